//! No pathological slowness (issue #6): time grows at most linearly with the input. Each input is built
//! to defeat a quadratic loop (thousands of unclosed or nested quotation marks, of cues, of capitalised
//! words, a megabyte paragraph without a full stop, thousands of quotations, sentences or furniture
//! lines) and extracted through `article::parse` and `extract::extract` at two sizes, n and 4n: the larger
//! must take less than 8 times as long as the smaller (linear work takes 4 times, quadratic 16), and
//! the larger must finish within a bound.
//!
//! Then two whole runs of the program: a 50 MB article and a 1 MB line without a newline, generated
//! here. A debug build is about ten times slower, so there the big article is 5 MB unless
//! `CLAIMCHECK_BIG_MB` says otherwise; `cargo test --release` runs the full 50 MB.

use assert_cmd::Command;
use claimcheck::{article, extract, store};
use predicates::str::contains;
use std::path::Path;
use std::time::{Duration, Instant};

/// Extracts `text`, returning the fastest of three runs (one in a slow debug build) and the number of
/// claims.
fn timed(text: &str) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..if cfg!(debug_assertions) { 1 } else { 3 } {
        let started = Instant::now();
        let a = article::parse(Path::new("big.txt"), "big.txt", text.as_bytes().to_vec()).expect("parses");
        n = extract::extract(&a).len();
        best = best.min(started.elapsed());
    }
    (best, n)
}

/// Extracts `unit` repeated `n` and `4 n` times: checks the growth and the bound (in milliseconds for
/// a release build; a debug build is allowed 15 times more). Returns the claims found at 4n.
fn linear(name: &str, unit: &str, n: usize, release_ms: u64) -> usize {
    let (small, _) = timed(&unit.repeat(n));
    let text = unit.repeat(4 * n);
    let (large, claims) = timed(&text);
    eprintln!(
        "{name}: {} bytes in {small:?}, {} bytes in {large:?} ({claims} claims)",
        unit.len() * n,
        text.len()
    );
    let bound = Duration::from_millis(if cfg!(debug_assertions) {
        release_ms * 15
    } else {
        release_ms
    });
    assert!(large < bound, "{name}: {large:?} for {} bytes", text.len());
    // Below a few milliseconds timing is noise; above, 4 times the input must not take 8 times as long.
    assert!(
        large < small * 8 + Duration::from_millis(50),
        "{name}: {small:?} for n, {large:?} for 4n: worse than linear"
    );
    claims
}

#[test]
fn thousands_of_opening_guillemets_and_no_closing_one() {
    linear("open «", "« ", 5_000, 500);
}

#[test]
fn thousands_of_nested_curly_quotes() {
    linear("nested “", "“ mot ", 5_000, 1000);
}

#[test]
fn thousands_of_closing_marks_without_openings() {
    linear("close »", "mot » ” › ", 5_000, 1000);
}

#[test]
fn thousands_of_straight_quotes() {
    linear("straight", "a dit \"oui ", 5_000, 1000);
}

#[test]
fn thousands_of_short_quotations_in_one_paragraph() {
    linear(
        "quotes in a paragraph",
        "« Oui », a dit Paul Martin. ",
        1_250,
        3000,
    );
}

#[test]
fn thousands_of_quoted_paragraphs() {
    let unit = "« Nous ne livrerons aucune arme », a déclaré le ministre Paul Martin.\n";
    linear("quoted paragraphs", unit, 1_250, 3000);
}

#[test]
fn thousands_of_cues_in_one_sentence() {
    linear(
        "cues",
        "Le ministre a déclaré que la guerre continue et ",
        1_250,
        3000,
    );
}

#[test]
fn thousands_of_inverted_cues_in_one_sentence() {
    linear("inverted cues", "la guerre continue, a-t-il dit, ", 5_000, 3000);
}

#[test]
fn thousands_of_inverted_cues_with_their_subject() {
    linear(
        "inverted cues with subjects",
        "la guerre continue, a déclaré Paul Martin, ",
        1_250,
        3000,
    );
}

#[test]
fn thousands_of_capitalised_words() {
    linear("names", "Jean Pierre Marie Dupont Martin ", 5_000, 3000);
}

#[test]
fn thousands_of_selon_in_one_sentence() {
    linear("selon", "selon Paul Martin la guerre continue, ", 1_250, 3000);
}

#[test]
fn a_megabyte_paragraph_without_a_sentence_end() {
    linear("no full stop", "mot encore suivant ", 14_000, 3000);
}

#[test]
fn thousands_of_sentences_in_one_paragraph() {
    let unit = "Le ministre Paul Martin a déclaré que la guerre continue. ";
    linear("sentences", unit, 1_250, 3000);
}

#[test]
fn thousands_of_furniture_lines() {
    linear(
        "furniture",
        "Partager sur Facebook\nUn paragraphe de texte ici.\n",
        5_000,
        3000,
    );
}

/// A paragraph the extractor finds exactly one claim in.
const QUOTE: &str = "« Nous essaierons de développer la coopération dans tous les domaines », a déclaré le \
                     président iranien Massoud Pezechkian.";

/// Prose with no claim in it.
const FILLER: &str = "les discussions se poursuivent dans un climat jugé tendu par les observateurs, qui \
                      attendent la suite des négociations sans date précise.\n\n";

/// Runs `extract` on `text` written to a file; returns the record and how long the run took.
fn extract_file(text: &str, bound: Duration) -> (store::ArticleRecord, Duration) {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let file = tmp.path().join("big.txt");
    std::fs::write(&file, text).expect("write the article");
    let store_dir = tmp.path().join("claims");
    let started = Instant::now();
    Command::cargo_bin("claimcheck")
        .expect("the binary is built")
        .arg("extract")
        .arg(&file)
        .arg("--claims")
        .arg(&store_dir)
        .timeout(bound)
        .assert()
        .code(0)
        .stderr("")
        .stdout(contains("1 articles"));
    let took = started.elapsed();
    (
        store::read_record(&store_dir.join("big.yaml")).expect("big.yaml parses"),
        took,
    )
}

#[test]
fn a_50_mb_article_is_extracted_whole() {
    let mb: usize = std::env::var("CLAIMCHECK_BIG_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 5 } else { 50 });
    // A claim every 100 paragraphs, the last one at the very end of the file.
    let unit = format!("{}{QUOTE}\n\n", FILLER.repeat(100));
    let units = mb * 1_000_000 / unit.len() + 1;
    let text = format!("Un titre assez long pour être un titre\n\n{}", unit.repeat(units));
    let (rec, took) = extract_file(&text, Duration::from_secs(300));
    eprintln!("{} bytes, {} claims, {took:?}", text.len(), rec.claims.len());
    assert_eq!(rec.claims.len(), units);
    let last = rec.claims.last().expect("claims");
    let end =
        text.len() - "\n\n".len() - ", a déclaré le président iranien Massoud Pezechkian.".len() - " »".len();
    assert_eq!(last.span[1], end);
    assert_eq!(&text[last.span[0]..last.span[1]], last.text);
}

#[test]
fn a_1_mb_line_without_a_newline() {
    let text = format!("{}{QUOTE}", FILLER.replace("\n\n", " ").repeat(7_500));
    assert!(text.len() > 1_000_000 && !text.contains('\n'));
    let (rec, took) = extract_file(&text, Duration::from_secs(120));
    eprintln!("{} bytes, {} claims, {took:?}", text.len(), rec.claims.len());
    assert_eq!(rec.meta.title, None);
    let texts: Vec<&str> = rec.claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Nous essaierons de développer la coopération dans tous les domaines"]
    );
    let [s, e] = rec.claims[0].span;
    assert_eq!(&text[s..e], rec.claims[0].text);
}
