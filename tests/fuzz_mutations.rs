//! No input panics, on inputs that look like articles (issue #13): the random-bytes fuzz of `robust_props`
//! reaches extraction in a tiny share of its cases, so this one starts from real-shaped text (the seeds
//! and `tests/articles/`, read at test time) and mutates it: sentences and paragraphs deleted, duplicated
//! and swapped; quotation marks of every kind inserted and removed; invisible characters (soft hyphen,
//! zero-width space and joiner, right-to-left mark, byte-order mark) and decomposed accents inserted;
//! case changed; the text truncated, spliced with another article, a paragraph repeated many times
//! (bounded), CRLF line ends, reporting cues inserted.
//!
//! Each case runs every stage through the library, one function per stage so a stage can be added (the
//! store's files and concurrent writers are next): `extract` (spans inside the text, on char
//! boundaries, after the front matter; a direct, mixed or outlet claim's text is its span's text; ids
//! unique), `identify` (identities over the case and two untouched articles), `export` (the store's YAML
//! reads back equal; JSON Lines, JSON, CSV and YAML hold every claim), `compare` (relations between known,
//! distinct claims, scores in 0..=1, each pair once, the same answer twice) and `relate` (pairs of claim
//! texts, directly and through a TSV file). Now and then a case also runs through the real binary
//! (`extract`, `export`, `compare`, `relate --pairs`), which must exit 0 and agree with the library.
//!
//! `CLAIMCHECK_FUZZ_SECONDS` bounds the run (default 3; `.ci/run` gives it 60 in release);
//! `CLAIMCHECK_FUZZ_SEED` replays a run (an allocation failure aborts the run: its seed is the first line
//! printed). The counts printed at the end say how many cases reached
//! extraction (it must be nearly all) and how many claims and relations they gave.

mod support;

use assert_cmd::Command;
use claimcheck::article::{self, Article};
use claimcheck::claim::{Claim, Kind, RelationKind, Stance};
use claimcheck::cli::{export, relate, Format};
use claimcheck::corpus::compare::compare;
use claimcheck::corpus::identity::{assign_speakers, identities, Aliases};
use claimcheck::corpus::relation::{classify, Statement};
use claimcheck::extract;
use claimcheck::store::{self, ArticleRecord};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use support::Rng;

/// The largest mutated article, in bytes.
const MAX_BYTES: usize = 300_000;

/// The starting texts: every seed and own test article.
fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["seeds", "tests/articles"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("the folder of starting texts")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("x").to_string();
            out.push((name, std::fs::read_to_string(&f).expect("a starting text reads")));
        }
    }
    assert!(out.len() >= 10, "too few starting texts: {}", out.len());
    out
}

const QUOTES: &[&str] = &[
    "«", "»", "« ", " »", "“", "”", "„", "‟", "‹", "›", "‚", "‘", "’", "\"", "'", "「", "」",
];
const INVISIBLE: &[&str] = &[
    "\u{ad}", "\u{200b}", "\u{200c}", "\u{200d}", "\u{200e}", "\u{200f}", "\u{feff}", "\u{2060}", "\u{a0}",
    "\u{202f}",
];
const CUES: &[&str] = &[
    ", a déclaré le ministre Paul Martin.",
    " a-t-il ajouté. ",
    "Selon l'agence Tasnim, ",
    " selon lui, ",
    "Téhéran a démenti cette affirmation. ",
    "Moscou dément ces accusations. ",
    "« Nous n'avons rien livré », a affirmé Mme Dupont, citée par l'AFP. ",
    "Le porte-parole a accusé Washington de mentir. ",
    " a indiqué le Kremlin dans un communiqué. ",
    "Il a nié avoir reçu des missiles. ",
    " n'a ni confirmé ni démenti ",
];
/// French precomposed letters and their decomposed (NFD) forms.
const NFD: &[(char, &str)] = &[
    ('é', "e\u{301}"),
    ('è', "e\u{300}"),
    ('ê', "e\u{302}"),
    ('ë', "e\u{308}"),
    ('à', "a\u{300}"),
    ('â', "a\u{302}"),
    ('ç', "c\u{327}"),
    ('î', "i\u{302}"),
    ('ï', "i\u{308}"),
    ('ô', "o\u{302}"),
    ('ù', "u\u{300}"),
    ('û', "u\u{302}"),
    ('É', "E\u{301}"),
    ('À', "A\u{300}"),
];

/// The char boundary at or before `at`.
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn random_point(rng: &mut Rng, text: &str) -> usize {
    floor(text, rng.below(text.len() + 1))
}

/// Splits into pieces that keep their separators, so joining them gives the text back.
fn pieces<'a>(text: &'a str, sep: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(sep) {
        let end = from + i + sep.len();
        out.push(&text[from..end]);
        from = end;
    }
    if from < text.len() {
        out.push(&text[from..]);
    }
    out
}

/// Deletes, duplicates or swaps sentences (`". "`) or paragraphs (`"\n\n"`).
fn shuffle_units(rng: &mut Rng, text: &str) -> (String, &'static str) {
    let sep = if rng.chance(50) { ". " } else { "\n\n" };
    let mut units: Vec<&str> = pieces(text, sep);
    if units.len() < 2 {
        return (text.to_string(), "nothing to shuffle");
    }
    let (i, j) = (rng.below(units.len()), rng.below(units.len()));
    let what = match rng.below(3) {
        0 => {
            units.remove(i);
            "delete a unit"
        }
        1 => {
            units.insert(j, units[i]);
            "duplicate a unit"
        }
        _ => {
            units.swap(i, j);
            "swap two units"
        }
    };
    (units.concat(), what)
}

/// One mutation of `text` (`other` is another article, for splicing); returns its name.
fn mutate(rng: &mut Rng, text: &str, other: &str) -> (String, &'static str) {
    let mut t = text.to_string();
    let what = match rng.below(14) {
        0 | 1 => return shuffle_units(rng, text),
        2 => {
            for _ in 0..1 + rng.below(6) {
                let at = random_point(rng, &t);
                t.insert_str(at, rng.pick::<&str>(QUOTES));
            }
            "insert quotation marks"
        }
        3 => {
            let marks: Vec<usize> = t
                .char_indices()
                .filter(|(_, c)| QUOTES.iter().any(|q| q.trim() == c.to_string()))
                .map(|(i, _)| i)
                .collect();
            if let Some(&at) = marks.get(rng.below(marks.len().max(1))) {
                let len = t[at..].chars().next().map_or(0, char::len_utf8);
                t.replace_range(at..at + len, "");
            }
            "remove a quotation mark"
        }
        4 => {
            for _ in 0..1 + rng.below(8) {
                let at = if rng.chance(20) { 0 } else { random_point(rng, &t) };
                t.insert_str(at, rng.pick::<&str>(INVISIBLE));
            }
            "insert invisible characters"
        }
        5 => {
            let all = rng.chance(50);
            let mut out = String::with_capacity(t.len() + 64);
            for c in t.chars() {
                match NFD.iter().find(|(p, _)| *p == c) {
                    Some((_, d)) if all || rng.chance(30) => out.push_str(d),
                    _ => out.push(c),
                }
            }
            t = out;
            "decompose accents"
        }
        6 => {
            let (s, e) = {
                let a = random_point(rng, &t);
                let b = random_point(rng, &t);
                (a.min(b), a.max(b))
            };
            let part = if rng.chance(50) {
                t[s..e].to_uppercase()
            } else {
                t[s..e].to_lowercase()
            };
            t.replace_range(s..e, &part);
            "change case"
        }
        7 => {
            let at = random_point(rng, &t);
            t.truncate(at);
            "truncate"
        }
        8 => {
            let a = random_point(rng, &t);
            let b = random_point(rng, other);
            t = format!("{}{}", &t[..a], &other[b..]);
            "splice two articles"
        }
        9 => {
            let paras = pieces(text, "\n\n");
            if paras.is_empty() {
                return (t, "nothing to repeat");
            }
            let p = rng.pick(&paras).to_string();
            let times = (1 + rng.below(400)).min(MAX_BYTES / p.len().max(1));
            let at = floor(&t, t.find(&p).unwrap_or(0));
            t.insert_str(at, &p.repeat(times));
            "repeat a paragraph many times"
        }
        10 => {
            t = if rng.chance(80) {
                t.replace("\r\n", "\n").replace('\n', "\r\n")
            } else {
                t.replace('\n', "\r")
            };
            "CRLF or CR line ends"
        }
        11 => {
            for _ in 0..1 + rng.below(4) {
                let at = match t.match_indices(". ").nth(rng.below(40)) {
                    Some((i, _)) if rng.chance(70) => i + 2,
                    _ => random_point(rng, &t),
                };
                t.insert_str(at, rng.pick::<&str>(CUES));
            }
            "insert reporting cues"
        }
        12 => {
            let front = *rng.pick(&[
                "---\noutlet: Le Quotidien\ndate: 2024-03-01\n---\n",
                "---\ntitle: « Un titre »\nagency: AFP\n---\n",
                "SOURCE: TASS\n\n",
                "Par Jean Dupont\n\n",
            ]);
            t.insert_str(0, front);
            "add front matter or a by-line"
        }
        _ => {
            let mut out = String::with_capacity(t.len());
            for c in t.chars() {
                if c == '\'' && rng.chance(50) {
                    out.push('’');
                } else if c == ' ' && rng.chance(5) {
                    out.push('\u{a0}');
                } else {
                    out.push(c);
                }
            }
            t = out;
            "typographic apostrophes and spaces"
        }
    };
    if t.len() > MAX_BYTES {
        let at = floor(&t, MAX_BYTES);
        t.truncate(at);
    }
    (t, what)
}

/// What the stages saw, over the whole run.
#[derive(Default, Debug)]
struct Counts {
    cases: u64,
    extracted: u64,
    refused: u64,
    claims: u64,
    relations: u64,
    related: u64,
    binary: u64,
}

/// Stage 1: parse and extract, and check every claim against the text it came from.
fn stage_extract(name: &str, text: &str) -> Result<Option<(Article, Vec<Claim>)>, String> {
    let a = match article::parse(Path::new(name), name, text.as_bytes().to_vec()) {
        Ok(a) => a,
        Err(e) => {
            let msg = e.to_string();
            return if msg.contains(name) {
                Ok(None)
            } else {
                Err(format!("a refusal that does not name the article: {msg}"))
            };
        }
    };
    if !(a.body_start <= a.text.len() && a.text.is_char_boundary(a.body_start)) {
        return Err(format!("body_start {} not on a char boundary", a.body_start));
    }
    let claims = extract::extract(&a);
    let mut ids = HashSet::new();
    for c in &claims {
        let [s, e] = c.span;
        if !(s <= e && e <= a.text.len()) {
            return Err(format!("span {:?} outside {} bytes", c.span, a.text.len()));
        }
        if !(a.text.is_char_boundary(s) && a.text.is_char_boundary(e)) {
            return Err(format!("span {:?} not on char boundaries", c.span));
        }
        if s < a.body_start {
            return Err(format!(
                "span {:?} in the front matter (body at {})",
                c.span, a.body_start
            ));
        }
        // The words as written, a line break of a wrapped text (and the spaces around it) read as one space.
        let as_written = claimcheck::text::on_one_line(&a.text[s..e]);
        if matches!(c.kind, Kind::Direct | Kind::Mixed | Kind::Outlet) && as_written != c.text {
            return Err(format!(
                "{:?} claim text {:?} is not its span's text {:?}",
                c.kind,
                c.text,
                &a.text[s..e]
            ));
        }
        if c.text.trim().is_empty() {
            return Err(format!("empty claim text at {:?}", c.span));
        }
        if c.article != name {
            return Err(format!("claim of article {:?}, not {name:?}", c.article));
        }
        if !ids.insert(c.id.clone()) {
            return Err(format!("id {} given twice", c.id));
        }
    }
    Ok(Some((a, claims)))
}

/// Stage 2: identities across the records; a speaker only where the article names one, and the
/// `speakers` counts add up to the claims that have one.
fn stage_identify(records: &mut [ArticleRecord]) -> Result<(), String> {
    let aliases = Aliases::default();
    assign_speakers(records, &aliases);
    let claims: Vec<Claim> = records.iter().flat_map(|r| r.claims.iter().cloned()).collect();
    for c in &claims {
        if c.speaker_name.is_none() && c.speaker.is_some() {
            return Err(format!(
                "claim {} has speaker {:?} but no speaker_name",
                c.id, c.speaker
            ));
        }
        if c.speaker.as_deref().is_some_and(|s| s.trim().is_empty()) {
            return Err(format!("claim {} has an empty speaker", c.id));
        }
    }
    let with_speaker = claims.iter().filter(|c| c.speaker.is_some()).count();
    let counted: usize = identities(&claims, &aliases).iter().map(|i| i.claims).sum();
    if counted != with_speaker {
        return Err(format!(
            "identities count {counted} claims, {with_speaker} have a speaker"
        ));
    }
    Ok(())
}

/// Stage 3: the store's YAML reads back equal, and JSON Lines hold every claim; with `thorough`, so do
/// JSON, YAML, CSV and Markdown.
fn stage_export(record: &ArticleRecord, thorough: bool) -> Result<(), String> {
    let yaml = store::to_yaml(record);
    let back: ArticleRecord =
        serde_yaml::from_str(&yaml).map_err(|e| format!("the store cannot read what it wrote: {e}"))?;
    if &back != record {
        return Err("the store's YAML does not read back equal".into());
    }
    let claims = &record.claims;
    let jsonl = export::render(claims, Format::Jsonl);
    let lines: Vec<Claim> = jsonl
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("JSON Lines do not parse: {e}"))?;
    if &lines != claims {
        return Err("JSON Lines do not give the claims back".into());
    }
    if !thorough {
        return Ok(());
    }
    let json: Vec<Claim> = serde_json::from_str(&export::render(claims, Format::Json))
        .map_err(|e| format!("JSON does not parse: {e}"))?;
    let yaml: Vec<Claim> = serde_yaml::from_str(&export::render(claims, Format::Yaml))
        .map_err(|e| format!("exported YAML does not parse: {e}"))?;
    if &json != claims || &yaml != claims {
        return Err("JSON or YAML export does not give the claims back".into());
    }
    let csv = export::render(claims, Format::Csv);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .map_err(|e| format!("CSV does not parse: {e}"))?;
    if rows.len() != claims.len()
        || rows
            .iter()
            .zip(claims)
            .any(|(r, c)| r.get(0) != Some(c.id.as_str()))
    {
        return Err(format!("CSV has {} rows for {} claims", rows.len(), claims.len()));
    }
    let md = export::render(claims, Format::Md);
    if md.lines().count() != claims.len() + 2 {
        return Err("the Markdown table is not one line per claim".into());
    }
    Ok(())
}

/// Stage 4: relations between known, distinct claims, each pair once, scores in 0..=1; with `thorough`,
/// the same answer twice.
fn stage_compare(claims: &[Claim], thorough: bool) -> Result<usize, String> {
    let relations = compare(claims);
    let ids: HashSet<&str> = claims.iter().map(|c| c.id.as_str()).collect();
    let mut pairs = HashSet::new();
    for r in &relations {
        if r.a == r.b {
            return Err(format!("claim {} related to itself", r.a));
        }
        if !ids.contains(r.a.as_str()) || !ids.contains(r.b.as_str()) {
            return Err(format!("relation between unknown claims {} and {}", r.a, r.b));
        }
        let key = if r.a < r.b { (&r.a, &r.b) } else { (&r.b, &r.a) };
        if !pairs.insert(key) {
            return Err(format!("the pair {} {} related twice", r.a, r.b));
        }
        if !(0.0..=1.0).contains(&r.score) {
            return Err(format!("score {} outside 0..=1", r.score));
        }
        if r.relation == RelationKind::Unrelated || r.reason.trim().is_empty() {
            return Err(format!(
                "relation {:?} with reason {:?} reported",
                r.relation, r.reason
            ));
        }
    }
    if thorough && compare(claims) != relations {
        return Err("compare gave another answer the second time".into());
    }
    Ok(relations.len())
}

/// Stage 5: the classifier on pairs of claim texts; with `thorough`, the same answer twice and through a
/// TSV file read as `relate --pairs` reads it.
fn stage_relate(rng: &mut Rng, claims: &[Claim], dir: &Path, thorough: bool) -> Result<usize, String> {
    if claims.is_empty() {
        return Ok(0);
    }
    let pairs: Vec<(&str, &str)> = (0..6)
        .map(|_| (rng.pick(claims).text.as_str(), rng.pick(claims).text.as_str()))
        .collect();
    let mut direct = Vec::new();
    for (p, h) in &pairs {
        let st = |text| Statement {
            text,
            stance: Stance::Assert,
        };
        let v = classify(&st(p), &st(h));
        if !(0.0..=1.0).contains(&v.score) || v.reason.trim().is_empty() {
            return Err(format!(
                "relate {p:?} / {h:?}: score {} reason {:?}",
                v.score, v.reason
            ));
        }
        if thorough && classify(&st(p), &st(h)) != v {
            return Err(format!("relate {p:?} / {h:?}: another answer the second time"));
        }
        direct.push(v);
    }
    if !thorough {
        return Ok(pairs.len());
    }
    let tsv = dir.join("pairs.tsv");
    let mut w = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .from_path(&tsv)
        .map_err(|e| e.to_string())?;
    w.write_record(["id", "premise", "hypothesis"])
        .map_err(|e| e.to_string())?;
    for (i, (p, h)) in pairs.iter().enumerate() {
        w.write_record([&i.to_string(), *p, *h])
            .map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())?;
    let rows = relate::rows_of(&tsv).map_err(|e| format!("the TSV of claim texts does not read: {e}"))?;
    if rows.len() != pairs.len() {
        return Err(format!("{} rows answered for {} pairs", rows.len(), pairs.len()));
    }
    for (i, (r, v)) in rows.iter().zip(&direct).enumerate() {
        // The TSV reader trims cells; the texts of claims are trimmed already.
        if r.id != i.to_string() || r.relation != v.relation {
            return Err(format!(
                "TSV row {i}: {:?} {:?}, directly {:?}",
                r.id, r.relation, v.relation
            ));
        }
    }
    Ok(pairs.len())
}

/// Runs the real binary on the case and two untouched articles: every command exits 0, prints what
/// parses, and the binary's claims are the library's.
fn stage_binary(dir: &Path, files: &[(String, String)], library_ids: &HashSet<String>) -> Result<(), String> {
    let arts = dir.join("articles");
    let _ = std::fs::remove_dir_all(&arts);
    let _ = std::fs::remove_dir_all(dir.join("claims"));
    std::fs::create_dir_all(&arts).map_err(|e| e.to_string())?;
    for (name, text) in files {
        std::fs::write(arts.join(name), text).map_err(|e| e.to_string())?;
    }
    let run = |args: &[&str]| -> Result<String, String> {
        let out = Command::cargo_bin("claimcheck")
            .map_err(|e| e.to_string())?
            .current_dir(dir)
            .args(args)
            .timeout(Duration::from_secs(120))
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!(
                "claimcheck {args:?} exited {:?}: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        String::from_utf8(out.stdout).map_err(|e| format!("claimcheck {args:?}: output not UTF-8: {e}"))
    };
    run(&["extract", "articles", "--claims", "claims"])?;
    let exported = run(&["export", "--claims", "claims", "--format", "jsonl"])?;
    let claims: Vec<Claim> = exported
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("export's JSON Lines do not parse: {e}"))?;
    let ids: HashSet<String> = claims.iter().map(|c| c.id.clone()).collect();
    if &ids != library_ids {
        return Err(format!(
            "the binary found {} claims, the library {} (or other ids)",
            ids.len(),
            library_ids.len()
        ));
    }
    for line in run(&["compare", "--claims", "claims", "--format", "jsonl"])?.lines() {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("compare's line does not parse: {e}"))?;
        for side in ["a", "b"] {
            if !v[side].as_str().is_some_and(|id| ids.contains(id)) {
                return Err(format!("compare names an unknown claim: {line}"));
            }
        }
    }
    let tsv = dir.join("pairs.tsv");
    if tsv.exists() {
        for line in run(&["relate", "--pairs", "pairs.tsv", "--format", "jsonl"])?.lines() {
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("relate's line does not parse: {e}"))?;
            if v["relation"].as_str().is_none() || !v["score"].is_number() {
                return Err(format!("relate's line lacks a field: {line}"));
            }
        }
    }
    Ok(())
}

/// How far a case goes beyond the checks every case gets.
#[derive(Clone, Copy, PartialEq)]
enum Depth {
    /// Every stage, its cheaper checks.
    Quick,
    /// Every format, every answer twice, the TSV path.
    Thorough,
    /// Thorough, and the real binary too.
    Binary,
}

/// One case: an article and the mutations made to it.
struct Case {
    start: String,
    mutations: Vec<&'static str>,
    text: String,
}

/// Picks a starting text and applies one to four mutations to it.
fn make_case(rng: &mut Rng, base: &[(String, String)]) -> Case {
    let (start, text) = rng.pick(base).clone();
    let other = &rng.pick(base).1;
    let mut case = Case {
        start,
        mutations: Vec::new(),
        text,
    };
    for _ in 0..1 + rng.below(4) {
        let (t, what) = mutate(rng, &case.text, other);
        case.text = t;
        case.mutations.push(what);
    }
    case
}

/// Runs the case beside two untouched articles through every stage.
fn run_case(
    rng: &mut Rng,
    case: &Case,
    base: &[(String, String)],
    dir: &Path,
    depth: Depth,
    counts: &mut Counts,
) -> Result<(), String> {
    let thorough = depth != Depth::Quick;
    let case_name = format!("case_{}", case.start);
    let Some((a, claims)) = stage_extract(&case_name, &case.text)? else {
        counts.refused += 1;
        return Ok(());
    };
    counts.extracted += 1;
    counts.claims += claims.len() as u64;
    let mut records = vec![ArticleRecord {
        meta: a.meta.clone(),
        claims,
        retired: Vec::new(),
    }];
    let mut files = vec![(case_name.clone(), case.text.clone())];
    for _ in 0..2 {
        let (n, t) = rng.pick(base);
        if files.iter().any(|f| &f.0 == n) {
            continue;
        }
        let (a, claims) = stage_extract(n, t)?.ok_or_else(|| format!("the untouched {n} is refused"))?;
        records.push(ArticleRecord {
            meta: a.meta,
            claims,
            retired: Vec::new(),
        });
        files.push((n.clone(), t.clone()));
    }
    stage_identify(&mut records)?;
    stage_export(&records[0], thorough)?;
    let all: Vec<Claim> = records.iter().flat_map(|r| r.claims.iter().cloned()).collect();
    counts.relations += stage_compare(&all, thorough)? as u64;
    counts.related += stage_relate(rng, &all, dir, thorough)? as u64;
    if depth == Depth::Binary {
        let ids = all.iter().map(|c| c.id.clone()).collect();
        stage_binary(dir, &files, &ids)?;
        counts.binary += 1;
    }
    Ok(())
}

/// Caps the test's address space (and its children's) at 4 GiB: an input that makes memory explode
/// (a 41 KB article once asked for 1.2 GB, then for more) fails with an allocation error instead of
/// taking the machine down. The seed printed first replays it.
#[cfg(target_os = "linux")]
fn cap_memory() {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    const CAP: u64 = 4 << 30;
    let now = getrlimit(Resource::As);
    if now.current.is_none_or(|c| c > CAP) {
        let _ = setrlimit(
            Resource::As,
            Rlimit {
                current: Some(CAP),
                maximum: now.maximum,
            },
        );
    }
}

#[cfg(not(target_os = "linux"))]
fn cap_memory() {}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[test]
fn mutated_articles_go_through_every_stage() {
    let seconds = env_u64("CLAIMCHECK_FUZZ_SECONDS").unwrap_or(3);
    let seed = env_u64("CLAIMCHECK_FUZZ_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
    eprintln!("fuzz_mutations: seed {seed} (CLAIMCHECK_FUZZ_SEED={seed} replays it), {seconds} s");
    cap_memory();
    let base = corpus();
    extract::prepare();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let mut rng = Rng(seed);
    let mut counts = Counts::default();
    let slow = Duration::from_secs(if cfg!(debug_assertions) { 60 } else { 10 });
    let deadline = Instant::now() + Duration::from_secs(seconds);
    // Every 8th case is thorough, every 64th goes through the binary too, the first case included.
    while counts.cases == 0 || Instant::now() < deadline {
        let started = Instant::now();
        let n = counts.cases;
        let depth = match n % 64 {
            0 => Depth::Binary,
            c if c % 8 == 0 => Depth::Thorough,
            _ => Depth::Quick,
        };
        let case = make_case(&mut rng, &base);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run_case(&mut rng, &case, &base, tmp.path(), depth, &mut counts)
        }));
        let failure = match outcome {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(e),
            Err(_) => Some("panicked (see above)".to_string()),
        };
        if let Some(e) = failure {
            let kept = std::env::temp_dir().join(format!("claimcheck-fuzz-{seed}-{n}.txt"));
            let _ = std::fs::write(&kept, &case.text);
            panic!(
                "case {n} of seed {seed}: {e}\n  start: {}; mutations: {:?}; input kept in {}; \
                 CLAIMCHECK_FUZZ_SEED={seed} replays the run",
                case.start,
                case.mutations,
                kept.display()
            );
        }
        let took = started.elapsed();
        assert!(took < slow, "case {n} of seed {seed} took {took:?}");
        counts.cases += 1;
    }
    eprintln!(
        "fuzz_mutations: {} cases, {} reached extraction ({} refused), {} claims, {} relations, {} pairs \
         related, {} through the binary",
        counts.cases,
        counts.extracted,
        counts.refused,
        counts.claims,
        counts.relations,
        counts.related,
        counts.binary
    );
    // About one case in a hundred is refused (4,214 of 4,250 reached extraction in a run of 40 s). The run
    // is bounded by time, so a busy machine makes few cases, and three refused among 52 is chance (CI saw it
    // once): the bound is 5 % plus three cases, which mutations that no longer make articles still break.
    assert!(
        (counts.cases - counts.extracted) * 20 <= counts.cases + 60,
        "only {} of {} cases reached extraction: the mutations no longer make articles",
        counts.extracted,
        counts.cases
    );
    assert!(
        counts.claims >= counts.extracted,
        "fewer claims than cases: {counts:?}"
    );
    assert!(counts.binary >= 1);
}
