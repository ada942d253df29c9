//! Runs every example in `src/lang/fr/names.yaml`: titles that must strip, particles, transliteration
//! rewrites and doubled letters whose skeletons must agree or differ, whole names that must be one person
//! or stay apart, and roles that can or cannot both hold. Each failure names the entry.

use claimcheck::corpus::identity::{names_match, roles_conflict};
use claimcheck::lang::fr;

#[test]
fn every_rewrite_pattern_compiles() {
    assert_eq!(fr().names.invalid_rewrites(), Vec::<&str>::new());
}

#[test]
fn honorifics_strip_as_their_examples_say() {
    let names = &fr().names;
    let mut failures = Vec::new();
    for g in &names.honorific_groups {
        assert!(
            !g.examples.is_empty(),
            "honorific group {:?} has no example",
            g.forms
        );
        for [written, bare] in &g.examples {
            let got = names.strip_titles(written);
            if got != bare {
                failures.push(format!("{written:?} → {got:?}, expected {bare:?}"));
            }
        }
        for f in &g.forms {
            let written = format!("{f} Durand");
            let got = names.strip_titles(&written);
            if got != "Durand" {
                failures.push(format!("form {f:?}: {written:?} → {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn particles_keep_one_person() {
    let p = &fr().names.particles;
    assert!(!p.examples.is_empty());
    for [a, b] in &p.examples {
        assert!(
            names_match(a, b),
            "particles: {a:?} and {b:?} should be one person"
        );
    }
}

#[test]
fn joint_speakers_stay_apart_from_their_members() {
    let j = &fr().names.joint;
    assert!(!j.examples.is_empty());
    for [a, b] in &j.examples {
        assert!(fr().names.is_joint(a), "{a:?} should be a joint speaker");
        assert!(
            !names_match(a, b) && !names_match(b, a),
            "{a:?} and {b:?} should stay apart"
        );
    }
}

#[test]
fn transliteration_rewrites_agree_and_differ_as_their_examples_say() {
    let names = &fr().names;
    let mut failures = Vec::new();
    for r in &names.transliteration {
        assert!(
            !r.same.is_empty() && !r.apart.is_empty(),
            "rewrite {:?} needs same and apart examples",
            r.from
        );
        for [a, b] in &r.same {
            if names.skeleton(a) != names.skeleton(b) {
                failures.push(format!(
                    "{}: {a} ({}) ≠ {b} ({})",
                    r.from,
                    names.skeleton(a),
                    names.skeleton(b)
                ));
            }
        }
        for [a, b] in &r.apart {
            if names.skeleton(a) == names.skeleton(b) {
                failures.push(format!(
                    "{}: {a} and {b} should differ ({})",
                    r.from,
                    names.skeleton(a)
                ));
            }
        }
    }
    for [a, b] in &names.doubles.same {
        if names.skeleton(a) != names.skeleton(b) {
            failures.push(format!(
                "doubles: {a} ({}) ≠ {b} ({})",
                names.skeleton(a),
                names.skeleton(b)
            ));
        }
    }
    for [a, b] in &names.doubles.apart {
        if names.skeleton(a) == names.skeleton(b) {
            failures.push(format!("doubles: {a} and {b} should differ"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn whole_names_match_or_stay_apart() {
    let m = &fr().names.matching;
    let mut failures = Vec::new();
    for [a, b] in &m.same {
        if !names_match(a, b) || !names_match(b, a) {
            failures.push(format!("{a:?} and {b:?} should be one person"));
        }
    }
    for [a, b] in &m.apart {
        if names_match(a, b) || names_match(b, a) {
            failures.push(format!("{a:?} and {b:?} should stay apart"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn offices_conflict_as_their_examples_say() {
    let o = &fr().names.offices;
    let mut failures = Vec::new();
    for [a, b] in &o.compatible {
        if roles_conflict(a, b) || roles_conflict(b, a) {
            failures.push(format!("{a:?} and {b:?} can both hold"));
        }
    }
    for [a, b] in &o.conflict {
        if !roles_conflict(a, b) || !roles_conflict(b, a) {
            failures.push(format!("{a:?} and {b:?} cannot both hold"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

proptest::proptest! {
    /// No name, however odd, makes the name functions panic.
    #[test]
    fn any_string_is_handled(a in "\\PC{0,40}", b in "[ A-Za-zÀ-ÿ'’.-]{0,30}") {
        let names = &fr().names;
        let _ = names.skeleton(&a);
        let _ = names.strip_titles(&a);
        let _ = names.bare_words(&b);
        let _ = names_match(&a, &b);
        let _ = roles_conflict(&a, &b);
        let _ = claimcheck::corpus::identity::outlet_name(&a);
    }
}
