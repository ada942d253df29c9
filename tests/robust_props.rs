//! No input panics (issue #6): property tests over loading (`article::parse`), the quotation scanner
//! (`extract::quotes::scan`), extraction and attribution (`extract::extract`) and the store's YAML
//! round trip, with arbitrary bytes, arbitrary strings and strings built from quotation marks, cue words,
//! names and punctuation. Every claim must point inside its article, and the store must read back
//! exactly what it wrote.
//!
//! `CLAIMCHECK_FUZZ_CASES` sets the cases of each property (default 64); `CLAIMCHECK_FUZZ_SECONDS` makes
//! the fuzz loop run that long with fresh random seeds (default 2): `CLAIMCHECK_FUZZ_SECONDS=600 cargo
//! test --release --test robust_props fuzz -- --nocapture` is the long run.
//! (The comparison of claims is not covered yet: `corpus::compare` finds no relations so far.)

use claimcheck::claim::Kind;
use claimcheck::extract::{self, quotes};
use claimcheck::store::{self, ArticleRecord};
use claimcheck::{article, corpus};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::path::Path;
use std::time::{Duration, Instant};

/// Pieces that exercise the quotation scanner, cue finder, attribution and metadata detection.
const PIECES: &[&str] = &[
    "«",
    "»",
    "« ",
    " »",
    "“",
    "”",
    "„",
    "‹",
    "›",
    "\"",
    "'",
    "’",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "\u{feff}",
    " ",
    " ",
    " ",
    ". ",
    ", ",
    " : ",
    ": ",
    "; ",
    "? ",
    "! ",
    "…",
    " - ",
    " – ",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "---\n",
    "\t",
    "a déclaré",
    "a-t-il dit",
    "a-t-elle ajouté",
    " a affirmé que ",
    "selon",
    "Selon ",
    "a démenti",
    "dément",
    "accuse",
    "a accusé",
    "de",
    "a indiqué",
    "qui a dit",
    "ont assuré",
    "cité par",
    "citée par l'agence",
    "rapporte",
    "selon lui",
    "cette affirmation",
    "ces accusations",
    "que",
    "qu'",
    "il",
    "elle",
    "ils",
    "Il",
    "Elle",
    "nous",
    "Nous",
    "je",
    "Paul Martin",
    "M. Choïgou",
    "Mme Dupont",
    "Sergueï",
    "Téhéran",
    "Moscou",
    "le Kremlin",
    "Washington",
    "l'Iran",
    "la Russie",
    "le ministre",
    "le ministre russe de la Défense",
    "le président iranien",
    "l'agence Tasnim",
    "Mehr News Agency",
    "AFP",
    "Reuters",
    "le porte-parole",
    "missiles",
    "livré",
    "2024",
    "17 janvier 2025",
    "12/03/2024",
    "Avec AFP",
    "SOURCE: TASS",
    "Par Jean Dupont",
    "Partager sur Facebook",
    "Soutenez Epoch",
    "Lire aussi",
    "title: x\n",
    "colour: [\n",
    "M",
    "MM.",
    "J.-C.",
    "etc.",
    "É",
    "ÉTATS-UNIS",
    "ß",
    "ǅ",
    "İ",
    "ﬁ",
    "😀",
    "\u{301}",
    "\u{200b}",
    "\u{2028}",
    "l’",
    "d'",
    "aujourd'hui",
    "mardi",
];

fn cases() -> u32 {
    std::env::var("CLAIMCHECK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

fn built() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..160).prop_map(|p| p.concat())
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[«»“”\"‹›„ a-zA-Z.,:\\n]{0,300}",
        built(),
        (built(), built()).prop_map(|(front, body)| format!("---\n{front}\n---\n{body}")),
    ]
}

/// Loads and extracts `bytes` as an article, checks what every claim points at, and round-trips the
/// record through the store's YAML.
fn check_article(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(a) = article::parse(Path::new("fuzz.txt"), "fuzz.txt", bytes.to_vec()) else {
        return Ok(());
    };
    prop_assert!(a.body_start <= a.text.len() && a.text.is_char_boundary(a.body_start));
    for w in &a.warnings {
        prop_assert!(w.to_string().starts_with("fuzz.txt"));
    }
    let claims = extract::extract(&a);
    for c in &claims {
        let [s, e] = c.span;
        prop_assert!(
            s <= e && e <= a.text.len(),
            "span {:?} outside {} bytes",
            c.span,
            a.text.len()
        );
        prop_assert!(a.text.is_char_boundary(s) && a.text.is_char_boundary(e));
        prop_assert!(s >= a.body_start, "span {:?} in the front matter", c.span);
        if matches!(c.kind, Kind::Direct | Kind::Mixed | Kind::Outlet) {
            prop_assert_eq!(claimcheck::text::on_one_line(&a.text[s..e]), c.text.as_str());
        }
        prop_assert!(!c.text.trim().is_empty(), "empty claim text at {:?}", c.span);
    }
    let record = ArticleRecord {
        meta: a.meta.clone(),
        claims,
        retired: Vec::new(),
    };
    let yaml = store::to_yaml(&record);
    let back: ArticleRecord = serde_yaml::from_str(&yaml)
        .map_err(|e| TestCaseError::fail(format!("the store cannot read what it wrote: {e}")))?;
    prop_assert_eq!(&back, &record);
    Ok(())
}

/// Scans `text` as one paragraph from `from` and checks every quotation lies inside it.
fn check_scan(text: &str, from: usize, next_opens: bool, continued: bool) -> Result<(), TestCaseError> {
    let start = (0..=from.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    for q in quotes::scan(text, start, text.len(), next_opens, continued) {
        prop_assert!(start <= q.open && q.open < text.len());
        prop_assert!(q.start <= q.end && q.end <= q.outer_end && q.outer_end <= text.len());
        prop_assert!(q.open < q.start || q.start == q.end);
        prop_assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        if let Some(c) = q.close {
            prop_assert!(q.end <= c && c < q.outer_end);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(Config::with_cases(cases()))]

    #[test]
    fn parse_and_extract_never_panic_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        check_article(&bytes)?;
    }

    #[test]
    fn parse_and_extract_never_panic_on_text(text in arbitrary_text()) {
        check_article(text.as_bytes())?;
    }

    #[test]
    fn crlf_and_a_byte_order_mark_keep_claims_on_their_bytes(text in built()) {
        let crlf = format!("\u{feff}{}", text.replace("\r\n", "\n").replace('\n', "\r\n"));
        check_article(crlf.as_bytes())?;
    }

    #[test]
    fn the_quotation_scanner_stays_inside_its_paragraph(
        text in arbitrary_text(),
        from in 0usize..64,
        next_opens in any::<bool>(),
        continued in any::<bool>(),
    ) {
        check_scan(&text, from, next_opens, continued)?;
    }

    #[test]
    fn outlet_names_never_panic(name in arbitrary_text()) {
        let _ = corpus::identity::outlet_name(&name);
    }
}

fn fuzz_seconds() -> u64 {
    std::env::var("CLAIMCHECK_FUZZ_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2)
}

/// The fuzz loop: fresh random seeds, round after round, until `CLAIMCHECK_FUZZ_SECONDS` are up; arbitrary
/// bytes (up to 4 KiB), arbitrary and built text, and built text made long. A case slower than a few
/// seconds fails as well as a panic.
#[test]
fn fuzz_until_the_deadline() {
    let deadline = Instant::now() + Duration::from_secs(fuzz_seconds());
    let slow = Duration::from_secs(if cfg!(debug_assertions) { 30 } else { 3 });
    let long = prop::collection::vec(prop::sample::select(PIECES), 0..3000).prop_map(|p| p.concat());
    let (mut rounds, mut cases) = (0u64, 0u64);
    let timed = |bytes: &[u8]| {
        let t = Instant::now();
        check_article(bytes)?;
        let took = t.elapsed();
        if took > slow {
            return Err(TestCaseError::fail(format!("{took:?} for {} bytes", bytes.len())));
        }
        Ok(())
    };
    while Instant::now() < deadline {
        let config = Config {
            cases: 256,
            failure_persistence: None,
            ..Config::default()
        };
        let outcome = match rounds % 4 {
            0 => TestRunner::new(config)
                .run(&prop::collection::vec(any::<u8>(), 0..4096), |b| timed(&b))
                .map_err(|e| e.to_string()),
            1 => TestRunner::new(config)
                .run(&arbitrary_text(), |t| timed(t.as_bytes()))
                .map_err(|e| e.to_string()),
            2 => TestRunner::new(config)
                .run(
                    &(arbitrary_text(), 0usize..64, any::<bool>(), any::<bool>()),
                    |(t, f, n, c)| check_scan(&t, f, n, c),
                )
                .map_err(|e| e.to_string()),
            _ => TestRunner::new(Config { cases: 16, ..config })
                .run(&long, |t| timed(t.as_bytes()))
                .map_err(|e| e.to_string()),
        };
        if let Err(e) = outcome {
            panic!("fuzz round {rounds} failed after {cases} cases: {e}");
        }
        cases += if rounds % 4 == 3 { 16 } else { 256 };
        rounds += 1;
    }
    eprintln!("fuzz: {rounds} rounds, {cases} cases, no failure");
}
