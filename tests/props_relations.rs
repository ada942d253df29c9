//! Properties a user relies on when comparing claims (issue #13), checked on generated statements about
//! one story (deliveries, figures, dates, denials) so that many pairs do relate:
//! - `compare` does not depend on the order of the store: the claims reversed give the same relations,
//!   each pair with the same relation and score (`a` and `b` swapped); a claim never relates to itself;
//!   an article about something else relates to nothing (that it also changes no relation already found
//!   does not hold yet: see `an_article_about_something_else_is_related_to_nothing`);
//! - `relate` (the classifier behind both `compare` and `claimcheck relate`) never panics on any pair of
//!   strings, gives a score in 0..=1, the same answer twice, and the same answer whichever statement
//!   comes first;
//! - identities: every pair of spellings that `src/lang/fr/names.yaml` says is one person becomes one
//!   identity when two articles use them (and every pair it keeps apart stays two), and a claim's speaker
//!   does not change when articles about other people are added.
//!
//! `CLAIMCHECK_FUZZ_CASES` sets the cases of each property (default 64).

use claimcheck::claim::{Claim, Kind, RelationKind, Review, Stance};
use claimcheck::corpus::compare::compare;
use claimcheck::corpus::identity::{assign_speakers, identities, Aliases};
use claimcheck::corpus::relation::{classify, Statement, Verdict};
use claimcheck::lang::fr;
use claimcheck::store::ArticleRecord;
use claimcheck::text::fold;
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::{BTreeMap, HashSet};

fn cases() -> u32 {
    std::env::var("CLAIMCHECK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

const SUBJECTS: &[&str] = &[
    "L'Iran",
    "La Russie",
    "Téhéran",
    "Moscou",
    "Le ministère iranien de la Défense",
    "Washington",
    "Missiles et drones :",
    "Selon le Pentagone,",
    "Les Gardiens de la révolution",
];
const VERBS: &[&str] = &[
    "a livré",
    "n'a pas livré",
    "a fourni",
    "n'a jamais fourni",
    "aurait livré",
    "a reçu",
    "a démenti avoir livré",
    "dément avoir fourni",
    "a acheté",
    "n'a livré aucun",
    "a vendu",
];
const OBJECTS: &[&str] = &[
    "des missiles balistiques",
    "40 chars",
    "52 drones",
    "200 kilos d'uranium",
    "274 kilos d'uranium",
    "des drones Shahed",
    "plus de 1 000 obus",
    "moins de 500 obus",
    "des munitions",
];
const RECIPIENTS: &[&str] = &[
    "à la Russie",
    "à l'Iran",
    "au Hezbollah",
    "à l'armée soudanaise",
    "",
];
const TIMES: &[&str] = &[
    "en 2022",
    "en 2023",
    "le 7 mars",
    "le 24 février",
    "en janvier",
    "cette semaine",
    "",
];

/// A statement about the story, from the pieces above.
fn statement() -> impl Strategy<Value = String> {
    (
        prop::sample::select(SUBJECTS),
        prop::sample::select(VERBS),
        prop::sample::select(OBJECTS),
        prop::sample::select(RECIPIENTS),
        prop::sample::select(TIMES),
    )
        .prop_map(|(s, v, o, r, t)| {
            [s, v, o, r, t]
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
                + "."
        })
}

/// Statements about something else entirely: no word in common with the story.
const ELSEWHERE: &[&str] = &[
    "Le festival de jazz de Marciac affiche complet pour sa quarantième édition.",
    "La récolte des pommes normandes a été abondante grâce à un printemps doux.",
    "Le club de rugby toulousain remporte le championnat après une finale serrée.",
    "Une exposition consacrée aux impressionnistes ouvre ses portes à Giverny.",
    "Les températures resteront clémentes sur la côte bretonne jusqu'à dimanche.",
];

fn stance() -> impl Strategy<Value = Stance> {
    prop::sample::select(&[Stance::Assert, Stance::Accuse, Stance::Deny, Stance::Neutral][..])
}

fn claim(id: usize, article: &str, speaker: Option<&str>, stance: Stance, text: &str) -> Claim {
    Claim {
        id: format!("c{id:03}"),
        article: article.into(),
        outlet: None,
        agency: None,
        date: None,
        title: None,
        speaker: speaker.map(String::from),
        speaker_mention: speaker.map(String::from),
        speaker_name: speaker.map(String::from),
        speaker_kind: None,
        role: None,
        via: vec![],
        kind: if speaker.is_some() {
            Kind::Indirect
        } else {
            Kind::Outlet
        },
        stance,
        cue: None,
        text: text.into(),
        // Each claim on its own words.
        span: [id * 1000, id * 1000 + text.len()],
        rule: String::new(),
        review: Review::default(),
    }
}

/// A small store: up to six claims of the story over three articles and three voices, no two with the
/// same words and stance (wire copies are compared through their first copy, by design).
fn store() -> impl Strategy<Value = Vec<Claim>> {
    let one = (
        statement(),
        stance(),
        0usize..3,
        prop::option::of(prop::sample::select(&["Iran", "États-Unis", "Russie"][..])),
    );
    prop::collection::vec(one, 2..=6).prop_map(|raw| {
        let mut seen = HashSet::new();
        raw.into_iter()
            .filter(|(text, st, _, _)| seen.insert((fold(text), *st)))
            .enumerate()
            .map(|(i, (text, st, art, who))| claim(i, &format!("a{art}.txt"), who, st, &text))
            .collect()
    })
}

/// Relations as a map from the unordered pair to (relation, score).
fn by_pair(claims: &[Claim]) -> BTreeMap<(String, String), (RelationKind, f64)> {
    compare(claims)
        .into_iter()
        .map(|r| {
            let key = if r.a < r.b { (r.a, r.b) } else { (r.b, r.a) };
            (key, (r.relation, r.score))
        })
        .collect()
}

fn same_verdict(x: &Verdict, y: &Verdict) -> bool {
    x.relation == y.relation && x.score == y.score && x.share == y.share && x.overlap == y.overlap
}

proptest! {
    #![proptest_config(Config::with_cases(cases()))]

    #[test]
    fn compare_does_not_depend_on_the_order_of_the_store(claims in store()) {
        let forward = by_pair(&claims);
        let mut reversed = claims.clone();
        reversed.reverse();
        prop_assert_eq!(&forward, &by_pair(&reversed));
    }

    #[test]
    fn a_claim_never_relates_to_itself(claims in store()) {
        for r in compare(&claims) {
            prop_assert_ne!(&r.a, &r.b);
        }
        prop_assert!(compare(&claims[..1]).is_empty());
        // The same claim twice under two ids, in one article and one voice: one statement, no relation.
        let mut twice = claims[0].clone();
        twice.id = "copy".into();
        twice.span = [twice.span[1] + 1, twice.span[1] + 1 + twice.text.len()];
        prop_assert!(compare(&[claims[0].clone(), twice]).is_empty());
    }

    /// What holds today. The stronger property, that such an article changes no relation already
    /// found, does not: the rarity weights of `compare` grow with the number of claims in the store, so
    /// a store's shares move and a pair can cross a threshold (a new contradiction or agreement appears
    /// when an article about jazz is added).
    #[test]
    fn an_article_about_something_else_is_related_to_nothing(claims in store(), extra in 1usize..=5) {
        let mut more = claims.clone();
        for (i, text) in ELSEWHERE.iter().take(extra).enumerate() {
            more.push(claim(900 + i, "elsewhere.txt", Some("Météo-France"), Stance::Assert, text));
        }
        let story: HashSet<&str> = claims.iter().map(|c| c.id.as_str()).collect();
        for r in compare(&more) {
            prop_assert!(story.contains(r.a.as_str()) && story.contains(r.b.as_str()), "{r:?}");
        }
    }

    #[test]
    fn relate_never_panics_and_answers_the_same_twice(
        a in prop_oneof![any::<String>(), statement(), "[«»“”\"' a-zA-Z0-9.,:%\\n]{0,200}"],
        b in prop_oneof![any::<String>(), statement(), "[«»“”\"' a-zA-Z0-9.,:%\\n]{0,200}"],
        sa in stance(),
        sb in stance(),
    ) {
        let (x, y) = (Statement { text: &a, stance: sa }, Statement { text: &b, stance: sb });
        let v = classify(&x, &y);
        prop_assert!((0.0..=1.0).contains(&v.score), "score {}", v.score);
        prop_assert!(!v.reason.trim().is_empty());
        prop_assert!(same_verdict(&v, &classify(&x, &y)));
    }

    #[test]
    fn relate_gives_the_same_answer_whichever_statement_comes_first(
        a in statement(), b in statement(), sa in stance(), sb in stance(),
    ) {
        let (x, y) = (Statement { text: &a, stance: sa }, Statement { text: &b, stance: sb });
        let (v, w) = (classify(&x, &y), classify(&y, &x));
        prop_assert!(same_verdict(&v, &w), "{a:?} / {b:?}: {v:?} but the other way {w:?}");
    }
}

/// Two statements whose figures clash from one side only (`moins de 55.000` fits the year 2019 of the
/// other side): found on DACCORD, where the classifier said `contradict` one way and `agree` the other.
#[test]
fn a_figure_clash_is_seen_from_both_sides() {
    let a = "Le bilan établi par Santé Publique France fait état de 120.832 morts de Covid-19 en France \
             depuis 2019.";
    let b = "Selon Santé Publique France, il y a moins de 55.000 morts du COVID en France depuis 2019.";
    let st = |text| Statement {
        text,
        stance: Stance::Assert,
    };
    let (v, w) = (classify(&st(a), &st(b)), classify(&st(b), &st(a)));
    assert_eq!(
        (v.relation, w.relation),
        (RelationKind::Contradict, RelationKind::Contradict)
    );
    assert_eq!(v.score, w.score);
}

/// A record of one article whose claims are said by `names` (one claim each).
fn record(article: &str, names: &[&str]) -> ArticleRecord {
    ArticleRecord {
        meta: claimcheck::claim::ArticleMeta {
            article: article.into(),
            ..Default::default()
        },
        claims: names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let mut c = claim(
                    i,
                    article,
                    Some(n),
                    Stance::Assert,
                    "la coopération militaire continue",
                );
                c.id = format!("{article}-{i}");
                c.speaker = None;
                c.speaker_kind = Some(claimcheck::claim::SpeakerKind::Person);
                c
            })
            .collect(),
        retired: Vec::new(),
    }
}

fn speakers(records: &[ArticleRecord]) -> Vec<(String, Option<String>)> {
    records
        .iter()
        .flat_map(|r| r.claims.iter().map(|c| (c.id.clone(), c.speaker.clone())))
        .collect()
}

#[test]
fn spellings_the_names_file_calls_one_person_are_one_identity() {
    let m = &fr().names.matching;
    assert!(!m.same.is_empty() && !m.apart.is_empty());
    let mut failures = Vec::new();
    for ([a, b], one) in m
        .same
        .iter()
        .map(|p| (p, true))
        .chain(m.apart.iter().map(|p| (p, false)))
    {
        let mut records = vec![record("x.txt", &[a]), record("y.txt", &[b])];
        assign_speakers(&mut records, &Aliases::default());
        let claims: Vec<Claim> = records.iter().flat_map(|r| r.claims.clone()).collect();
        let n = identities(&claims, &Aliases::default()).len();
        if (n == 1) != one {
            failures.push(format!(
                "{a:?} and {b:?}: {n} identities ({:?}), expected {}",
                claims.iter().map(|c| c.speaker.clone()).collect::<Vec<_>>(),
                if one { "one" } else { "two" }
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// People in no example of the names file, nor like any of them.
const OTHERS: &[&str] = &[
    "Ingrid Larsson",
    "Kwame Mensah",
    "Haruki Tanaka",
    "Lucía Fernández",
    "Olumide Adeyemi",
    "Astrid Nygaard",
];

proptest! {
    #![proptest_config(Config::with_cases(cases()))]

    #[test]
    fn a_speaker_stays_when_articles_about_others_are_added(
        picks in prop::collection::vec((0usize..4, any::<prop::sample::Index>()), 1..8),
        others in prop::collection::vec(prop::sample::select(OTHERS), 1..6),
    ) {
        let pool: Vec<&str> = fr().names.matching.same.iter().flat_map(|[a, b]| [a.as_str(), b.as_str()]).collect();
        let mut by_article: Vec<Vec<&str>> = vec![Vec::new(); 4];
        for (art, name) in &picks {
            by_article[*art].push(*name.get(&pool));
        }
        let mut records: Vec<ArticleRecord> = by_article
            .iter()
            .enumerate()
            .filter(|(_, names)| !names.is_empty())
            .map(|(i, names)| record(&format!("a{i}.txt"), names))
            .collect();
        let mut more = records.clone();
        assign_speakers(&mut records, &Aliases::default());
        let before = speakers(&records);
        more.push(record("others.txt", &others));
        assign_speakers(&mut more, &Aliases::default());
        let after: Vec<_> = speakers(&more).into_iter().filter(|(id, _)| !id.starts_with("others.txt")).collect();
        prop_assert_eq!(before, after);
    }
}
