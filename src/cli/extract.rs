//! `claimcheck extract`: reads articles and writes the claim store, one YAML file per article, then
//! prints a summary table. Articles come from files and folders, or from JSON Lines (`--jsonl`, see
//! `jsonl_input`). Inputs that cannot be read are named on stderr and the rest go on (exit 1).

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

/// Runs the extraction and prints what it did; shared with `check`.
pub fn extract_and_report(paths: &[PathBuf], jsonl: Option<&Path>, store: &StoreArg) -> Outcome {
    let mut files = Vec::new();
    let mut failed = false;
    for p in paths {
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
                count(crate::claim::Kind::Direct),
                count(crate::claim::Kind::Mixed),
                count(crate::claim::Kind::Indirect),
                count(crate::claim::Kind::Outlet),
                speakers.len().to_string(),
            ]
        })
        .collect();
    print(&report::table(
        &[
            "article",
            "outlet",
            "date",
            "direct",
            "mixed",
            "indirect",
            "outlet's own",
            "speakers",
        ],
        &rows,
    ));
    let claims: usize = outcome.extracted.iter().map(|r| r.claims.len()).sum();
    let c = outcome.carried;
    let decisions = if c == Default::default() {
        String::new()
    } else {
        format!(
            "; reviewers' decisions: {} kept, {} to recheck (their words changed), {} retired (their claim is gone)",
            c.kept, c.recheck, c.retired
        )
    };
    print(&format!(
        "\n{} articles, {claims} claims; {} store files written in {}{decisions}\n",
        outcome.extracted.len(),
        outcome.written,
        store.dir.display()
    ));
    let code = u8::from(failed || !outcome.errors.is_empty());
    // Tens of thousands of claims are freed string by string: on all cores, not on this one alone.
    outcome.extracted.into_par_iter().for_each(drop);
    Ok(code)
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
