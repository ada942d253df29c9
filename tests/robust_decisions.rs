//! A reviewer's decision is never lost (issue #12): it belongs to the words a reviewer judged, so it
//! stays when the article is edited elsewhere, when the rules name the speaker better, and when the
//! claim moves; a note alone is kept; a store file with a key the store does not know is refused with
//! its line and left byte for byte. Real files, the real binary.

mod support;

use predicates::prelude::*;
use predicates::str::contains;
use std::fs;
use support::{article, decisions, export, extract, review};
use tempfile::TempDir;

const TITLE: &str = "Le port de Varenne reste ouvert malgré la grève des dockers\n\n";
const BODY: &str = "« Nous ne céderons pas aux pressions », a déclaré le ministre mardi.\n\n\
                    Il a ajouté : « Le port restera ouvert toute la nuit. »\n";

fn confirm_all(file: &std::path::Path) {
    review(
        file,
        "Nous ne céderons pas",
        "confirmed",
        Some("vu dans la vidéo"),
    );
    review(file, "Le port restera ouvert", "rejected", None);
}

#[test]
fn a_better_speaker_leaves_every_decision_as_it_was() {
    let tmp = TempDir::new().unwrap();
    let a = article(tmp.path(), "a.txt", &format!("{TITLE}{BODY}"));
    let store = tmp.path().join("claims");
    extract(&[&a], &store).code(0);
    let before = export(&store);
    assert!(before.iter().any(|c| c["speaker"] == "le ministre"), "{before:?}");
    let file = store.join("a.yaml");
    confirm_all(&file);

    // One sentence more names the minister: every claim of his now has a better speaker.
    fs::write(
        &a,
        format!("{TITLE}{BODY}\nLe ministre des Transports, Paul Martin, a quitté la salle sans répondre.\n"),
    )
    .unwrap();
    extract(&[&a], &store).code(0).stdout(contains(
        "reviewers' decisions: 2 kept, 0 to recheck (their words changed), 0 retired",
    ));
    let after = export(&store);
    for words in ["Nous ne céderons pas", "Le port restera ouvert"] {
        let old = before
            .iter()
            .find(|c| c["text"].as_str().unwrap().contains(words))
            .unwrap();
        let new = after
            .iter()
            .find(|c| c["text"].as_str().unwrap().contains(words))
            .unwrap();
        assert_eq!(new["speaker"], "Paul Martin");
        assert_eq!(new["id"], old["id"], "the id must not depend on the speaker");
    }
    let now = decisions(&file);
    assert!(now.contains(&(
        "Nous ne céderons pas aux pressions".into(),
        "confirmed".into(),
        Some("vu dans la vidéo".into())
    )));
    assert!(now.contains(&(
        "Le port restera ouvert toute la nuit.".into(),
        "rejected".into(),
        None
    )));
    assert!(!now.iter().any(|d| d.1 == "recheck"), "{now:?}");
}

#[test]
fn a_line_inserted_at_the_top_moves_no_decision() {
    let tmp = TempDir::new().unwrap();
    let a = article(tmp.path(), "a.txt", &format!("{TITLE}{BODY}"));
    let store = tmp.path().join("claims");
    extract(&[&a], &store).code(0);
    let file = store.join("a.yaml");
    confirm_all(&file);
    let ids: Vec<String> = export(&store).iter().map(|c| c["id"].to_string()).collect();
    let decided = decisions(&file);
    fs::write(
        &a,
        format!("Mis en ligne mardi soir par la rédaction\n\n{TITLE}{BODY}"),
    )
    .unwrap();
    extract(&[&a], &store).code(0);
    let moved: Vec<serde_json::Value> = export(&store);
    // Every claim found before is found again under the same id, its spans moved, its decision kept.
    for id in &ids {
        assert!(
            moved.iter().any(|c| &c["id"].to_string() == id),
            "id {id} lost: {moved:?}"
        );
    }
    for d in decided.iter().filter(|d| d.1 != "unreviewed") {
        assert!(
            decisions(&file).contains(d),
            "{d:?} not kept: {:?}",
            decisions(&file)
        );
    }
}

#[test]
fn a_note_on_an_unreviewed_claim_survives_the_next_extract() {
    let tmp = TempDir::new().unwrap();
    let a = article(tmp.path(), "a.txt", &format!("{TITLE}{BODY}"));
    let store = tmp.path().join("claims");
    extract(&[&a], &store).code(0);
    let file = store.join("a.yaml");
    review(
        &file,
        "Le port restera ouvert",
        "unreviewed",
        Some("'source : à vérifier'"),
    );
    extract(&[&a], &store).code(0);
    assert!(decisions(&file).contains(&(
        "Le port restera ouvert toute la nuit.".into(),
        "unreviewed".into(),
        Some("source : à vérifier".into())
    )));
    // Its claim gone, the note is kept among the retired.
    fs::write(
        &a,
        format!("{TITLE}« Nous ne céderons pas aux pressions », a déclaré le ministre mardi.\n"),
    )
    .unwrap();
    extract(&[&a], &store).code(0);
    let rec = support::record(&file);
    assert_eq!(rec["retired"][0]["review"]["note"], "source : à vérifier");
}

#[test]
fn an_unknown_key_in_a_store_file_is_an_error_with_its_line_and_the_file_is_left_untouched() {
    let tmp = TempDir::new().unwrap();
    let a = article(tmp.path(), "a.txt", &format!("{TITLE}{BODY}"));
    let store = tmp.path().join("claims");
    extract(&[&a], &store).code(0);
    let file = store.join("a.yaml");
    let text = fs::read_to_string(&file).unwrap();
    let at = text.find("Le port restera ouvert").unwrap();
    let block = at + text[at..].find("    status: unreviewed\n").unwrap();
    let edited = format!(
        "{}    status: confirmed\n    notes: vu\n{}",
        &text[..block],
        &text[block + "    status: unreviewed\n".len()..]
    );
    fs::write(&file, &edited).unwrap();
    let line = edited[..edited.find("    notes: vu").unwrap()]
        .matches('\n')
        .count()
        + 1;
    fs::write(
        &a,
        format!("{TITLE}{BODY}\nUne phrase de plus sur le port de Varenne et ses quais.\n"),
    )
    .unwrap();
    extract(&[&a], &store).code(1).stderr(
        contains(format!(
            "{}: line {line}: not a claim store file: claims[",
            file.display()
        ))
        .and(contains("unknown field `notes`"))
        .and(contains("the file was left as it is")),
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), edited);
    // Readers say the same and exit 1.
    support::claimcheck()
        .args(["list", "--claims"])
        .arg(&store)
        .assert()
        .code(1)
        .stderr(contains("unknown field `notes`"));
}

mod edits {
    //! The property: for random edits of an article that keep a claim's words (sentences inserted or
    //! deleted around it, another sentence given another speaker), every decision on a surviving claim
    //! keeps its status.

    use claimcheck::claim::{judged_words, ReviewStatus};
    use claimcheck::store;
    use claimcheck::update::{extract_into_store, Input};
    use proptest::prelude::*;
    use std::collections::HashMap;
    use std::path::Path;

    const SPEAKERS: &[&str] = &[
        "le ministre Paul Martin",
        "la ministre Anne Roy",
        "le préfet Jean Dupuis",
        "le maire",
        "la porte-parole Inès Garnier",
        "il",
    ];
    const SHAPES: &[&str] = &[
        "« {q} », a déclaré {s}.",
        "{S} a affirmé que {q}.",
        "Selon {s}, {q}.",
        "{S} a démenti : « {q} ».",
        "« {q} », a ajouté {s} devant la presse.",
    ];
    const QUOTES: &[&str] = &[
        "le port restera ouvert toute la nuit",
        "aucune arme n'a transité par nos quais",
        "les dockers seront reçus jeudi",
        "la grève coûte cher à la région",
        "nous ne céderons pas aux pressions",
        "le trafic reprendra lundi matin",
        "les contrôles seront renforcés",
        "la sécurité des équipes est la priorité",
    ];

    /// One sentence: its shape, quotation and speaker, by index.
    type Sentence = (usize, usize, usize);

    fn render(sentences: &[Sentence], serial: &[usize]) -> String {
        let mut text = String::from("Le port de Varenne face à la grève des dockers\n\n");
        for (&(shape, q, s), n) in sentences.iter().zip(serial) {
            let who = SPEAKERS[s];
            let capital = who[..1].to_uppercase() + &who[1..];
            let line = SHAPES[shape]
                .replace("{q}", &format!("{} (point {n})", QUOTES[q]))
                .replace("{S}", &capital)
                .replace("{s}", who);
            text.push_str(&line);
            text.push_str("\n\n");
        }
        text
    }

    fn run(article: &Path, store: &Path) -> store::ArticleRecord {
        let out = extract_into_store(
            std::iter::once(Ok(Input::File(article.to_path_buf()))),
            store,
            &|| {},
            &|| {},
        );
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        store::read_record(&store.join("a.yaml")).expect("the store file")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn every_decision_on_a_surviving_claim_keeps_its_status(
            base in proptest::collection::vec((0..SHAPES.len(), 0..QUOTES.len(), 0..SPEAKERS.len()), 3..8),
            statuses in proptest::collection::vec(0..4usize, 16),
            inserted in proptest::collection::vec((0..9usize, (0..SHAPES.len(), 0..QUOTES.len(), 0..SPEAKERS.len())), 0..4),
            deleted in proptest::collection::vec(0..9usize, 0..3),
            respoken in proptest::collection::vec((0..9usize, 0..SPEAKERS.len()), 0..3),
        ) {
            let tmp = tempfile::TempDir::new().unwrap();
            let (art, store) = (tmp.path().join("a.txt"), tmp.path().join("claims"));
            // Each sentence keeps its serial number, so its words are its own wherever it moves.
            let mut serial: Vec<usize> = (0..base.len()).collect();
            std::fs::write(&art, render(&base, &serial)).unwrap();
            let first = run(&art, &store);
            // Decide on every claim, as a reviewer would, straight in the store file.
            let mut rec = first.clone();
            let all = [ReviewStatus::Confirmed, ReviewStatus::Rejected, ReviewStatus::Corrected, ReviewStatus::Unreviewed];
            let mut decided: HashMap<String, ReviewStatus> = HashMap::new();
            for (i, c) in rec.claims.iter_mut().enumerate() {
                c.review.status = all[statuses[i % statuses.len()]];
                if c.review.status == ReviewStatus::Unreviewed {
                    c.review.note = Some(format!("note {i}"));
                }
                decided.insert(judged_words(&c.text), c.review.status);
            }
            std::fs::write(store.join("a.yaml"), store::to_yaml(&rec)).unwrap();

            // Edit around the claims.
            let mut sentences = base.clone();
            for &(at, s) in &respoken {
                if let Some(x) = sentences.get_mut(at) {
                    x.2 = s;
                }
            }
            for &at in &deleted {
                if at < sentences.len() && sentences.len() > 1 {
                    sentences.remove(at);
                    serial.remove(at);
                }
            }
            for (k, &(at, s)) in inserted.iter().enumerate() {
                let at = at.min(sentences.len());
                sentences.insert(at, s);
                serial.insert(at, 100 + k);
            }
            std::fs::write(&art, render(&sentences, &serial)).unwrap();
            let second = run(&art, &store);
            for c in &second.claims {
                if let Some(&status) = decided.get(&judged_words(&c.text)) {
                    prop_assert_eq!(c.review.status, status, "{:?}", c.text);
                }
            }
            // Nothing decided is lost: each decision is on a claim or among the retired.
            let kept = second.claims.iter().chain(&second.retired).filter(|c| c.review != Default::default()).count();
            prop_assert_eq!(kept, rec.claims.iter().filter(|c| c.review != Default::default()).count());
        }
    }
}

/// A claim's text and its review status.
type Decided = Vec<(String, String)>;

/// The (text, status) of each claim and of each retired one, apart.
fn claims_and_retired(file: &std::path::Path) -> (Decided, Decided) {
    let rec = support::record(file);
    let list = |key: &str| -> Decided {
        rec[key]
            .as_sequence()
            .into_iter()
            .flatten()
            .map(|c| {
                (
                    c["text"].as_str().unwrap_or("").to_string(),
                    c["review"]["status"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    (list("claims"), list("retired"))
}

#[test]
fn a_retired_decision_comes_back_with_its_words() {
    let tmp = TempDir::new().unwrap();
    let a = article(tmp.path(), "a.txt", &format!("{TITLE}{BODY}"));
    let store = tmp.path().join("claims");
    extract(&[&a], &store).success();
    let file = store.join("a.yaml");
    review(
        &file,
        "Le port restera ouvert",
        "corrected",
        Some("phrase tronquée"),
    );

    // The quotation is cut from the article: its decision waits among the retired.
    fs::write(
        &a,
        format!("{TITLE}« Nous ne céderons pas aux pressions », a déclaré le ministre mardi.\n"),
    )
    .unwrap();
    extract(&[&a], &store)
        .success()
        .stdout(contains("0 kept, 0 to recheck (their words changed), 1 retired"));
    let (claims, retired) = claims_and_retired(&file);
    assert!(
        !claims.iter().any(|c| c.0.contains("Le port restera")),
        "{claims:?}"
    );
    assert_eq!(
        retired,
        [(
            "Le port restera ouvert toute la nuit.".to_string(),
            "corrected".to_string()
        )]
    );

    // The quotation is back: so is its decision, on the claim, and no longer among the retired.
    fs::write(&a, format!("{TITLE}{BODY}")).unwrap();
    extract(&[&a], &store).success().stdout(contains("1 kept"));
    let (claims, retired) = claims_and_retired(&file);
    assert!(claims.contains(&(
        "Le port restera ouvert toute la nuit.".to_string(),
        "corrected".to_string()
    )));
    assert!(retired.is_empty(), "{retired:?}");
    assert!(decisions(&file).contains(&(
        "Le port restera ouvert toute la nuit.".into(),
        "corrected".into(),
        Some("phrase tronquée".into())
    )));
}

#[test]
fn words_at_least_80_percent_alike_are_rechecked_and_fewer_are_retired() {
    let quote = "Nous ne céderons jamais aux pressions des syndicats du port";
    let text = |q: &str| format!("{TITLE}« {q} », a déclaré le ministre mardi.\n");
    for (changed, slightly) in [
        // `jamais` → `pas`, `syndicats` → `dockers`: 81 % alike (edit distance over the longer), above.
        ("Nous ne céderons pas aux pressions des dockers du port", true),
        // `pressions` → `menaces`, `syndicats` → `dockers`: 76 % alike, below.
        ("Nous ne céderons jamais aux menaces des dockers du port", false),
    ] {
        let tmp = TempDir::new().unwrap();
        let a = article(tmp.path(), "a.txt", &text(quote));
        let store = tmp.path().join("claims");
        extract(&[&a], &store).success();
        let file = store.join("a.yaml");
        review(&file, quote, "confirmed", Some("vérifié"));
        fs::write(&a, text(changed)).unwrap();
        let summary = if slightly {
            "0 kept, 1 to recheck (their words changed), 0 retired"
        } else {
            "0 kept, 0 to recheck (their words changed), 1 retired"
        };
        extract(&[&a], &store).success().stdout(contains(summary));
        let (claims, retired) = claims_and_retired(&file);
        if slightly {
            assert!(
                claims.contains(&(changed.to_string(), "recheck".to_string())),
                "{claims:?}"
            );
        } else {
            assert_eq!(retired, [(quote.to_string(), "confirmed".to_string())]);
        }
    }
}
