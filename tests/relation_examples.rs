//! Every example pair of `src/lang/fr/relation.yaml`, run through the relation classifier: each section's
//! entries must yield the relation their examples state. All failures are listed at once.

use claimcheck::corpus::relation::{classify, Statement};

#[test]
fn every_relation_example_yields_its_relation() {
    let lexicon = &claimcheck::lang::fr().relation;
    let examples = lexicon.all_examples();
    assert!(examples.len() >= 100, "too few examples: {}", examples.len());
    let mut failures = Vec::new();
    for (section, e) in &examples {
        let v = classify(
            &Statement {
                text: &e.a,
                stance: e.stance_a,
            },
            &Statement {
                text: &e.b,
                stance: e.stance_b,
            },
        );
        if v.relation != e.relation {
            failures.push(format!(
                "[{section}] {:?} / {:?}: expected {:?}, got {:?} ({})",
                e.a, e.b, e.relation, v.relation, v.reason
            ));
        }
        // The classifier is symmetric in its decision.
        let w = classify(
            &Statement {
                text: &e.b,
                stance: e.stance_b,
            },
            &Statement {
                text: &e.a,
                stance: e.stance_a,
            },
        );
        if w.relation != v.relation {
            failures.push(format!(
                "[{section}] {:?} / {:?}: not symmetric ({:?} vs {:?})",
                e.a, e.b, v.relation, w.relation
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples fail:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}

#[test]
fn every_section_has_examples_and_every_relation_is_exercised() {
    let lexicon = &claimcheck::lang::fr().relation;
    let examples = lexicon.all_examples();
    for section in [
        "negation",
        "privatives",
        "denials",
        "neutral",
        "antonyms",
        "numbers",
        "stop_words",
        "derivation",
        "predicates",
        "themes",
    ] {
        assert!(
            examples.iter().any(|(s, _)| *s == section),
            "section {section} has no example"
        );
    }
    use claimcheck::claim::RelationKind::*;
    for kind in [Agree, Contradict, Neutral, Unrelated] {
        assert!(
            examples.iter().any(|(_, e)| e.relation == kind),
            "no example of {kind:?}"
        );
    }
}
