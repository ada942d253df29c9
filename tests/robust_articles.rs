//! No article takes a batch down, and the bytes of a real page do not change who speaks (issue #12):
//! a run of `les deux ministres` stays one pair of names, invisible characters and decomposed accents
//! inside a name leave the speaker as they are, a one-line article that starts with a timestamp is read,
//! a text wrapped at a fixed width keeps its quotations whole, and `relate` refuses a TSV row it cannot
//! read, naming its line. Real files, the real binary.

mod support;

use predicates::prelude::*;
use predicates::str::contains;
use std::fs;
use std::time::{Duration, Instant};
use support::{article, claimcheck, export, extract};
use tempfile::TempDir;

#[test]
fn a_run_of_les_deux_ministres_stays_small_and_the_batch_is_written() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    let mut text = String::from(
        "Deux ministres en visite au port\n\nLe ministre Paul Martin a déclaré que la réunion aurait lieu. \
         La ministre Anne Roy a affirmé le contraire.\n",
    );
    for i in 0..40 {
        text.push_str(&format!(
            "\nLes deux ministres ont évoqué « une coopération nécessaire numéro {i} ».\n"
        ));
    }
    article(&dir, "deux.txt", &text);
    article(
        &dir,
        "good.txt",
        "Un autre article\n\n« Le port restera ouvert », a déclaré le préfet Jean Dupuis.\n",
    );
    let store = tmp.path().join("claims");
    let started = Instant::now();
    extract(&[&dir], &store).code(0).stdout(contains("2 articles"));
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    let size = fs::metadata(store.join("deux.yaml")).unwrap().len();
    assert!(size < 100_000, "the store file grew to {size} bytes");
    let claims = export(&store);
    let pairs: Vec<&str> = claims
        .iter()
        .filter(|c| c["text"].as_str().unwrap().contains("coopération nécessaire"))
        .map(|c| c["speaker"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(pairs.len(), 40);
    assert!(pairs.iter().all(|s| *s == "Paul Martin et Anne Roy"), "{pairs:?}");
    assert!(claims
        .iter()
        .any(|c| c["article"] == "good.txt" && c["speaker"] == "Jean Dupuis"));
}

#[test]
fn invisible_characters_and_decomposed_accents_in_a_name_leave_the_speaker_as_it_is() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    let cases = [
        ("plain", "Paul Martin"),
        ("soft-hyphen", "Paul Mar\u{AD}tin"),
        ("zero-width-space", "Paul Mar\u{200B}tin"),
        ("zero-width-joiner", "Paul Mar\u{200D}tin"),
        ("zero-width-non-joiner", "Paul Mar\u{200C}tin"),
        ("right-to-left-mark", "Paul\u{200F} Martin"),
        ("nfd", "Paul Me\u{301}ndez"),
        ("nfc", "Paul Méndez"),
    ];
    for (name, who) in cases {
        let surname = who.rsplit(' ').next().unwrap();
        let bom = if name == "soft-hyphen" { "\u{FEFF}" } else { "" };
        article(
            &dir,
            &format!("{name}.txt"),
            &format!(
                "{bom}Le port de Varenne\n\nLe ministre des Transports, {who}, a démenti toute livraison d'armes au port. \
                 « Aucune arme n'a transité par nos quais », a assuré {surname} mardi.\n"
            ),
        );
    }
    let store = tmp.path().join("claims");
    extract(&[&dir], &store).code(0);
    let claims = export(&store);
    for (name, who) in cases {
        let want = if who.contains("nde") || who.contains("e\u{301}") {
            "Paul Méndez"
        } else {
            "Paul Martin"
        };
        let of: Vec<(&str, &str, &str)> = claims
            .iter()
            .filter(|c| c["article"] == format!("{name}.txt").as_str() && c["kind"] != "outlet")
            .map(|c| {
                (
                    c["kind"].as_str().unwrap(),
                    c["stance"].as_str().unwrap(),
                    c["speaker"].as_str().unwrap_or("(outlet)"),
                )
            })
            .collect();
        assert_eq!(
            of,
            [("indirect", "deny", want), ("direct", "assert", want)],
            "{name}"
        );
    }
    // The text a claim quotes still comes from the article's own bytes.
    let src = fs::read_to_string(dir.join("soft-hyphen.txt")).unwrap();
    for c in claims.iter().filter(|c| c["article"] == "soft-hyphen.txt") {
        let (a, b) = (
            c["span"][0].as_u64().unwrap() as usize,
            c["span"][1].as_u64().unwrap() as usize,
        );
        assert!(src.is_char_boundary(a) && src.is_char_boundary(b));
    }
}

#[test]
fn a_one_line_article_that_starts_with_a_timestamp_is_read() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    article(
        &dir,
        "a.txt",
        "24/11/2024 10:30 Le ministre des Transports Paul Martin a démenti toute livraison d'armes au port de Varenne.\n",
    );
    article(
        &dir,
        "b.txt",
        "24 novembre 2024 à 10h30 « Aucune arme n'a transité par nos quais », a assuré le ministre Paul Martin.\n",
    );
    let store = tmp.path().join("claims");
    extract(&[&dir], &store).code(0);
    let claims = export(&store);
    assert!(
        claims
            .iter()
            .any(|c| c["article"] == "a.txt" && c["stance"] == "deny" && c["speaker"] == "Paul Martin"),
        "{claims:?}"
    );
    assert!(
        claims.iter().any(|c| c["article"] == "b.txt"
            && c["text"] == "Aucune arme n'a transité par nos quais"
            && c["speaker"] == "Paul Martin"),
        "{claims:?}"
    );
}

/// Wire copy and plain-text pages wrap their lines at a fixed width and separate paragraphs with blank
/// lines: a quotation over a line break is one claim, on one line, with the speaker after it; a paragraph
/// of a page that gives one paragraph a line does not run into the next.
#[test]
fn a_text_wrapped_at_a_fixed_width_keeps_each_quotation_whole() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    article(
        &dir,
        "wrapped.txt",
        "L'association Terre Vive a déposé une plainte contre le préfet\n\
         auprès du tribunal administratif, a-t-elle annoncé mardi.\n\
         «Les services de l'Etat ont détruit illégalement une zone\n\
         humide protégée», écrit Terre Vive. Dans ces conditions, l'association\n\
         estime ne plus pouvoir siéger au comité de suivi du\n\
         chantier.\n\n\
         Le préfet Louis Garnier ne s'en étonne pas. «Sur le fond, chacun\n\
         lit la loi à sa manière», a dit M. Garnier à la radio.\n",
    );
    article(
        &dir,
        "lines.txt",
        "Le maire Paul Roux a présenté le budget\n\
         Le conseil municipal votera jeudi.\n\
         « Nous tiendrons nos engagements », a affirmé le maire.\n",
    );
    let store = tmp.path().join("claims");
    extract(&[&dir], &store).code(0);
    let claims = export(&store);
    let said = |file: &str, words: &str| {
        claims
            .iter()
            .find(|c| c["article"] == file && c["text"] == words)
            .map(|c| c["speaker"].as_str().unwrap_or("(none)").to_string())
    };
    assert_eq!(
        said(
            "wrapped.txt",
            "Les services de l'Etat ont détruit illégalement une zone humide protégée"
        )
        .as_deref(),
        Some("Terre Vive"),
        "{claims:#?}"
    );
    assert_eq!(
        said("wrapped.txt", "Sur le fond, chacun lit la loi à sa manière").as_deref(),
        Some("Louis Garnier"),
        "{claims:#?}"
    );
    assert_eq!(
        said("lines.txt", "Nous tiendrons nos engagements").as_deref(),
        Some("Paul Roux"),
        "{claims:#?}"
    );
    assert!(
        !claims.iter().any(|c| c["article"] == "lines.txt"
            && c["text"].as_str().unwrap().contains("conseil")
            && c["text"].as_str().unwrap().contains("budget")),
        "{claims:#?}"
    );
}

/// A cue after `et ,` (a word dropped by a page, or a mutation of the fuzzer): the subject of a verb after a
/// comma and the subject of a coordinated verb must not ask each other forever (they once did, and the
/// stack overflowed).
#[test]
fn a_cue_after_et_and_a_comma_is_read_without_recursing_forever() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    article(
        &dir,
        "a.txt",
        "Titre\n\nPaul Morel et , a déclaré que la guerre continue.\n\n« Nous tiendrons », a déclaré Paul Morel.\n",
    );
    let store = tmp.path().join("claims");
    extract(&[&dir], &store).code(0);
    let claims = export(&store);
    assert!(
        claims
            .iter()
            .any(|c| c["text"] == "Nous tiendrons" && c["speaker"] == "Paul Morel"),
        "{claims:?}"
    );
}

/// An article cut right after the addressee's preposition (`a déclaré à la`, a truncated page or a mutation
/// of the fuzzer): the reader once stepped past the end of the text looking for the addressee's noun and
/// panicked. The article is read and the other articles of the batch are written.
#[test]
fn an_article_cut_after_the_addressees_preposition_is_read() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    for (name, end) in [("a.txt", "à la"), ("b.txt", "à l'"), ("c.txt", "aux")] {
        article(
            &dir,
            name,
            &format!(
                "Titre\n\n« Nous tiendrons », a déclaré Paul Morel.\n\n« Nous partons », a déclaré {end}"
            ),
        );
    }
    let store = tmp.path().join("claims");
    extract(&[&dir], &store).code(0);
    let claims = export(&store);
    for name in ["a.txt", "b.txt", "c.txt"] {
        assert!(
            claims.iter().any(|c| c["article"] == name
                && c["text"] == "Nous tiendrons"
                && c["speaker"] == "Paul Morel"),
            "{name}: {claims:?}"
        );
    }
}

#[test]
fn relate_refuses_a_row_it_cannot_read_naming_its_line() {
    let tmp = TempDir::new().unwrap();
    let short = tmp.path().join("short.tsv");
    fs::write(
        &short,
        "id\tpremise\thypothesis\n1\tLe chômage a baissé.\tLe chômage a augmenté.\n2\tseulement deux\n",
    )
    .unwrap();
    claimcheck()
        .args(["relate", "--pairs"])
        .arg(&short)
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "claimcheck: {}: line 3: 2 columns where the header has 3 (a row needs its id, premise and hypothesis; \
             columns are separated by tabs)\n",
            short.display()
        ));
    let unbalanced = tmp.path().join("quote.tsv");
    fs::write(
        &unbalanced,
        "id\tpremise\thypothesis\n1\ta\tb\n2\t\"Le ministre a dit.\tautre\n3\tc\td\n4\te\tf\n",
    )
    .unwrap();
    claimcheck()
        .args(["relate", "--pairs"])
        .arg(&unbalanced)
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(
            "line 3: the `premise` field opens a quotation mark that does not close on its line",
        ));
    // A field quoted as a spreadsheet quotes it is read.
    let quoted = tmp.path().join("ok.tsv");
    fs::write(
        &quoted,
        "id\tpremise\thypothesis\n1\t\"Il a dit \"\"non\"\".\"\tIl a dit oui.\n",
    )
    .unwrap();
    claimcheck()
        .args(["relate", "--pairs"])
        .arg(&quoted)
        .assert()
        .code(0)
        .stdout(contains("\"id\":\"1\"").and(contains("\"relation\"")));
}
