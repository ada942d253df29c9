//! No pathological slowness (issue #6): time grows at most linearly with the input. Each input is built
//! to defeat a quadratic loop (thousands of unclosed or nested quotation marks, of cues, of capitalised
//! words, a megabyte paragraph without a full stop, thousands of quotations, sentences or furniture
//! lines) and extracted through `article::parse` and `extract::extract` at two sizes, n and 4n: the larger
//! must take less than 8 times as long as the smaller (linear work takes 4 times, quadratic 16), and
//! the larger must finish within a bound.

use claimcheck::{article, extract};
use std::path::Path;
use std::time::{Duration, Instant};

/// Extracts `text`, returning the fastest of three runs and the number of claims.
fn timed(text: &str) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..3 {
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
        large < small * 8 + Duration::from_millis(20),
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
    linear("nested “", "“ mot ", 5_000, 500);
}

#[test]
fn thousands_of_closing_marks_without_openings() {
    linear("close »", "mot » ” › ", 5_000, 500);
}

#[test]
fn thousands_of_straight_quotes() {
    linear("straight", "a dit \"oui ", 5_000, 500);
}

#[test]
fn thousands_of_short_quotations_in_one_paragraph() {
    linear(
        "quotes in a paragraph",
        "« Oui », a dit Paul Martin. ",
        1_250,
        1000,
    );
}

#[test]
fn thousands_of_quoted_paragraphs() {
    linear(
        "quoted paragraphs",
        "« Nous ne livrerons aucune arme », a déclaré le ministre Paul Martin.\n",
        1_250,
        1000,
    );
}

#[test]
fn thousands_of_cues_in_one_sentence() {
    linear(
        "cues",
        "Le ministre a déclaré que la guerre continue et ",
        5_000,
        1500,
    );
}

#[test]
fn thousands_of_inverted_cues_in_one_sentence() {
    linear("inverted cues", "la guerre continue, a-t-il dit, ", 5_000, 1500);
}

#[test]
fn thousands_of_capitalised_words() {
    linear("names", "Jean Pierre Marie Dupont Martin ", 5_000, 1500);
}

#[test]
fn thousands_of_selon_in_one_sentence() {
    linear("selon", "selon Paul Martin la guerre continue, ", 5_000, 1500);
}

#[test]
fn a_megabyte_paragraph_without_a_sentence_end() {
    linear("no full stop", "mot encore suivant ", 14_000, 1500);
}

#[test]
fn thousands_of_sentences_in_one_paragraph() {
    linear(
        "sentences",
        "Le ministre Paul Martin a déclaré que la guerre continue. ",
        5_000,
        2000,
    );
}

#[test]
fn thousands_of_furniture_lines() {
    linear(
        "furniture",
        "Partager sur Facebook\nUn paragraphe de texte ici.\n",
        5_000,
        1500,
    );
}
