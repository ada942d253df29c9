//! `claimcheck extract`: reads articles and writes the claim store, one YAML file per article, then
//! prints a summary table. Articles come from files and folders, or from JSON Lines (`--jsonl`, see
//! `jsonl_input`). Inputs that cannot be read are named on stderr and the rest go on (exit 1); so are files
//! given by name that are not articles (a CSV, a store file), which are refused before anything is read.

use super::{print, Outcome, StoreArg};
use crate::error::Error;
use crate::jsonl_input;
use crate::report;
use crate::update::{self, Input};
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal};
use std::path::{Path, PathBuf};

/// Extract claims from articles into the claim store.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck extract seeds/\n  claimcheck extract a.txt b.md --claims /tmp/claims\n  \
                  claimcheck extract --jsonl corpus.jsonl\n  some-scraper | claimcheck extract --jsonl -"
)]
pub struct Args {
    /// Article files (.txt, .md) or folders of them.
    #[arg(value_name = "PATH", required_unless_present = "jsonl")]
    pub paths: Vec<PathBuf>,
    /// Also read articles from a JSON Lines file (`-` for standard input): one object a line with `id`
    /// (the article's name in the store), `text`, and any of title, outlet, agency, author, date, url,
    /// language. Spans are byte offsets into `text`.
    #[arg(long, value_name = "FILE")]
    pub jsonl: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
}

/// The articles of a run, pulled as extraction goes: the files first, then the JSON Lines.
type Inputs = Box<dyn Iterator<Item = Result<Input, Error>> + Send>;

/// Why a file given by name is not an article, from its extension: data files a user may mistake for
/// articles, with what to do with them instead.
fn not_an_article(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    let name = path.display();
    let (what, instead) = match ext.as_str() {
        "csv" | "tsv" => (
            "a table",
            format!("to bring reviewers' decisions back, use `claimcheck review import {name}`"),
        ),
        "json" | "jsonl" | "ndjson" => (
            "JSON",
            format!("articles as JSON Lines are read with `claimcheck extract --jsonl {name}`"),
        ),
        "yaml" | "yml" => (
            "YAML",
            "a claim store is given with `--claims DIR`; its files are not articles".to_string(),
        ),
        _ => return None,
    };
    Some(format!(
        "is {what}, not an article (extract reads .txt and .md files); {instead}. Nothing was read from it"
    ))
}

/// What an extraction run did, and whether some input failed; its errors and warnings are on stderr.
pub struct Run {
    pub outcome: update::Outcome,
    pub failed: bool,
}

/// Runs the extraction, naming every input that failed on stderr; shared with `check`.
pub fn extract(paths: &[PathBuf], jsonl: Option<&Path>, store: &StoreArg) -> Run {
    let mut files = Vec::new();
    let mut failed = false;
    for p in paths {
        if let Some(why) = (!p.is_dir()).then(|| not_an_article(p)).flatten() {
            eprintln!("claimcheck: {}", Error::input(p, why));
            failed = true;
            continue;
        }
        match update::article_files(p) {
            Ok(found) => files.extend(found),
            Err(e) => {
                eprintln!("claimcheck: {e}");
                failed = true;
            }
        }
    }
    let mut count = Some(files.len());
    let mut inputs: Inputs = Box::new(files.into_iter().map(|f| Ok(Input::File(f))));
    if let Some(file) = jsonl {
        let source = jsonl_input::source_name(file);
        if file == Path::new("-") {
            count = None;
            let lines = jsonl_input::read(BufReader::new(std::io::stdin()), source);
            inputs = Box::new(inputs.chain(lines));
        } else {
            match File::open(file) {
                Ok(opened) => {
                    count = count.map(|c| c + line_count(file));
                    let lines = jsonl_input::read(BufReader::new(opened), source);
                    inputs = Box::new(inputs.chain(lines));
                }
                Err(e) => {
                    eprintln!(
                        "claimcheck: {}",
                        Error::io(file, "cannot read the JSON Lines file", e)
                    );
                    failed = true;
                }
            }
        }
    }
    let bar = progress(count);
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let waiting = || {
        eprintln!(
            "claimcheck: another claimcheck run is writing to {}; waiting for it to finish",
            store.dir.display()
        )
    };
    let outcome = update::extract_into_store(inputs, &store.dir, &tick, &waiting);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    for w in &outcome.warnings {
        eprintln!("claimcheck: warning: {w}");
    }
    for e in &outcome.errors {
        eprintln!("claimcheck: {e}");
    }
    Run {
        failed: failed || !outcome.errors.is_empty(),
        outcome,
    }
}

/// The summary table's columns: the counts by kind only with `--wide`.
const COLUMNS: &[report::Column] = &[
    ("article", true),
    ("outlet", true),
    ("date", true),
    ("claims", true),
    ("direct", false),
    ("mixed", false),
    ("indirect", false),
    ("outlet's own", false),
    ("speakers", true),
];

/// One row per article extracted: what it is and what was found in it (the summary line counts them).
pub fn summary_table(outcome: &update::Outcome, shape: report::Shape) -> String {
    let rows: Vec<Vec<String>> = outcome
        .extracted
        .iter()
        .map(|r| {
            let count = |k: crate::claim::Kind| r.claims.iter().filter(|c| c.kind == k).count().to_string();
            let mut speakers: Vec<&str> = r.claims.iter().filter_map(|c| c.speaker.as_deref()).collect();
            speakers.sort_unstable();
            speakers.dedup();
            vec![
                r.meta.article.clone(),
                report::opt(&r.meta.outlet),
                report::opt(&r.meta.date),
                r.claims.len().to_string(),
                count(crate::claim::Kind::Direct),
                count(crate::claim::Kind::Mixed),
                count(crate::claim::Kind::Indirect),
                count(crate::claim::Kind::Outlet),
                speakers.len().to_string(),
            ]
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    report::columns_grid(COLUMNS, &rows, shape)
}

/// What the run read and wrote, and what became of the reviewers' decisions.
pub fn summary_line(outcome: &update::Outcome, store: &StoreArg) -> String {
    let claims: usize = outcome.extracted.iter().map(|r| r.claims.len()).sum();
    format!(
        "{} articles, {claims} claims; {}",
        outcome.extracted.len(),
        written_line(outcome, store)
    )
}

/// What the run wrote, and what became of the reviewers' decisions.
pub fn written_line(outcome: &update::Outcome, store: &StoreArg) -> String {
    let mut out = format!(
        "{} store files written in {}\n",
        outcome.written,
        store.dir.display()
    );
    let c = outcome.carried;
    if c != Default::default() {
        out.push_str(&format!(
            "reviewers' decisions: {} kept, {} to recheck (their words changed), {} retired (their claim is gone)\n",
            c.kept, c.recheck, c.retired
        ));
        if c.recheck > 0 {
            out.push_str("`claimcheck list --status recheck` shows the decisions to look at again\n");
        }
    }
    out
}

/// Runs the extraction and prints what it did.
pub fn extract_and_report(paths: &[PathBuf], jsonl: Option<&Path>, store: &StoreArg) -> Outcome {
    let run = extract(paths, jsonl, store);
    print(&summary_table(&run.outcome, super::shape()));
    print(&report::wrap(
        &summary_line(&run.outcome, store),
        super::shape().width,
    ));
    // Tens of thousands of claims are freed string by string: on all cores, not on this one alone.
    run.outcome.extracted.into_par_iter().for_each(drop);
    Ok(u8::from(run.failed))
}

/// A progress bar on standard error when it is a terminal and the run is long enough to want one;
/// with no known length (JSON Lines on standard input), a counter.
fn progress(n: Option<usize>) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() || n.is_some_and(|n| n < 50) {
        return None;
    }
    let (bar, template) = match n {
        Some(n) => (
            indicatif::ProgressBar::new(n as u64),
            "{bar:40} {pos}/{len} articles {per_sec} eta {eta}",
        ),
        None => (
            indicatif::ProgressBar::no_length(),
            "{spinner} {pos} articles {per_sec}",
        ),
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template(template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// The number of lines of a file, for the progress bar only (0 when it cannot be read: the reading
/// proper reports the error).
fn line_count(file: &Path) -> usize {
    File::open(file).map_or(0, |f| BufReader::new(f).split(b'\n').count())
}

pub fn run(a: &Args) -> Outcome {
    extract_and_report(&a.paths, a.jsonl.as_deref(), &a.store)
}
