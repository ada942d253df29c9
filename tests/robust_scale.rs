//! No pathological slowness (issue #6): time grows at most linearly with the input.
//!
//! Growth: each workload is built to defeat a quadratic loop (thousands of unclosed or nested quotation
//! marks, of cues, of capitalised words, a megabyte paragraph without a full stop, thousands of quotations,
//! sentences or furniture lines) and extracted through `article::parse` and `extract::extract` at n and 8n
//! units, the fastest of a few runs each (the two sizes in turn), timed as the CPU the test's thread spent
//! (on Linux; elsewhere the wall clock), which other processes on a busy machine do not inflate. n is
//! doubled until the smaller run takes at least `MIN_SMALL_MS`, so timing noise is small beside it; then
//! 8n must take less than `MAX_RATIO` times as long (linear work takes 8 times, quadratic 64). Where each
//! unit yields claims, 8n must yield 8 times as many. These run in release only (`cargo test --release
//! --test robust_scale`, as `.ci/run` does): a debug build's timings say little about the program users
//! run.
//!
//! Then two whole runs of the program, in every build: a 50 MB article and a 1 MB line without a newline,
//! generated here. A debug build is about ten times slower, so there the big article is 5 MB unless
//! `CLAIMCHECK_BIG_MB` says otherwise; `cargo test --release` runs the full 50 MB.

use assert_cmd::Command;
use claimcheck::store;
use predicates::str::contains;
use std::time::{Duration, Instant};

#[cfg(not(debug_assertions))]
mod growth {
    use claimcheck::{article, extract};
    use std::path::Path;
    use std::time::Duration;

    /// The smaller run must take at least this long (n doubles until it does).
    const MIN_SMALL_MS: u64 = 25;
    /// The largest input n may reach, in bytes (8n then reaches 8 times this).
    const MAX_SMALL_BYTES: usize = 2_000_000;
    /// 8 times the input may take at most this many times as long: linear is 8, quadratic 64.
    const MAX_RATIO: f64 = 16.0;

    /// The CPU time this thread has spent so far.
    #[cfg(target_os = "linux")]
    fn now() -> Duration {
        let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
        Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
    }

    /// Without a thread clock, the wall clock since the first call.
    #[cfg(not(target_os = "linux"))]
    fn now() -> Duration {
        static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        START.get_or_init(std::time::Instant::now).elapsed()
    }

    /// Extracts `text` `runs` times: the fastest run and the claims found.
    fn fastest(text: &str, runs: usize) -> (Duration, usize) {
        let mut best = Duration::MAX;
        let mut claims = 0;
        for _ in 0..runs {
            let started = now();
            let a =
                article::parse(Path::new("big.txt"), "big.txt", text.as_bytes().to_vec()).expect("parses");
            claims = extract::extract(&a).len();
            best = best.min(now() - started);
        }
        (best, claims)
    }

    /// Extracts `unit` repeated n and 8n times, n from `n0` doubled until the smaller run is long enough,
    /// and checks the growth. Returns the claims found at n and at 8n.
    pub fn linear(name: &str, unit: &str, n0: usize) -> (usize, usize) {
        let mut n = n0;
        let (mut small, small_claims) = loop {
            let (t, c) = fastest(&unit.repeat(n), 3);
            if t >= Duration::from_millis(MIN_SMALL_MS) || unit.len() * n * 2 > MAX_SMALL_BYTES {
                break (t, c);
            }
            n *= 2;
        };
        // The two sizes in turn, so that a busy spell of the machine weighs on both alike.
        let (small_text, large_text) = (unit.repeat(n), unit.repeat(8 * n));
        let (mut large, mut large_claims) = (Duration::MAX, 0);
        for _ in 0..3 {
            let (t, c) = fastest(&large_text, 1);
            (large, large_claims) = (large.min(t), c);
            small = small.min(fastest(&small_text, 1).0);
        }
        let ratio = large.as_secs_f64() / small.as_secs_f64();
        eprintln!(
            "{name}: {} bytes in {small:?} ({small_claims} claims), 8 times that in {large:?} \
             ({large_claims} claims): {ratio:.1} times as long",
            unit.len() * n
        );
        assert!(
            small >= Duration::from_millis(MIN_SMALL_MS / 5),
            "{name}: {small:?} for {} bytes is too short to time",
            unit.len() * n
        );
        assert!(
            ratio < MAX_RATIO,
            "{name}: {small:?} for n, {large:?} for 8n ({ratio:.1} times): worse than linear"
        );
        (small_claims, large_claims)
    }
}

#[cfg(not(debug_assertions))]
mod workloads {
    use super::growth::linear;

    /// A workload whose every unit is one claim: 8 times the units, 8 times the claims.
    fn claims_grow(name: &str, unit: &str, n0: usize) {
        let (small, large) = linear(name, unit, n0);
        assert!(small > 0, "{name}: no claim");
        assert_eq!(large, 8 * small, "{name}: claims lost at 8n");
    }

    #[test]
    fn thousands_of_opening_guillemets_and_no_closing_one() {
        linear("open «", "« ", 5_000);
    }

    #[test]
    fn thousands_of_nested_curly_quotes() {
        linear("nested “", "“ mot ", 5_000);
    }

    #[test]
    fn thousands_of_closing_marks_without_openings() {
        linear("close »", "mot » ” › ", 5_000);
    }

    #[test]
    fn thousands_of_straight_quotes() {
        linear("straight", "a dit \"oui ", 5_000);
    }

    #[test]
    fn thousands_of_short_quotations_in_one_paragraph() {
        claims_grow("quotes in a paragraph", "« Oui », a dit Paul Martin. ", 1_250);
    }

    #[test]
    fn thousands_of_quoted_paragraphs() {
        let unit = "« Nous ne livrerons aucune arme », a déclaré le ministre Paul Martin.\n";
        claims_grow("quoted paragraphs", unit, 1_250);
    }

    #[test]
    fn thousands_of_cues_in_one_sentence() {
        claims_grow("cues", "Le ministre a déclaré que la guerre continue et ", 1_250);
    }

    #[test]
    fn thousands_of_inverted_cues_in_one_sentence() {
        linear("inverted cues", "la guerre continue, a-t-il dit, ", 5_000);
    }

    #[test]
    fn thousands_of_inverted_cues_with_their_subject() {
        claims_grow(
            "inverted cues with subjects",
            "la guerre continue, a déclaré Paul Martin, ",
            1_250,
        );
    }

    #[test]
    fn thousands_of_capitalised_words() {
        linear("names", "Jean Pierre Marie Dupont Martin ", 5_000);
    }

    #[test]
    fn thousands_of_selon_in_one_sentence() {
        linear("selon", "selon Paul Martin la guerre continue, ", 1_250);
    }

    #[test]
    fn a_megabyte_paragraph_without_a_sentence_end() {
        linear("no full stop", "mot encore suivant ", 14_000);
    }

    #[test]
    fn thousands_of_sentences_in_one_paragraph() {
        let unit = "Le ministre Paul Martin a déclaré que la guerre continue. ";
        claims_grow("sentences", unit, 1_250);
    }

    #[test]
    fn thousands_of_furniture_lines() {
        linear(
            "furniture",
            "Partager sur Facebook\nUn paragraphe de texte ici.\n",
            5_000,
        );
    }
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
