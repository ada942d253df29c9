//! `claimcheck extract`: reads articles and writes the claim store, one YAML file per article, then
//! prints a summary table. Inputs that cannot be read are named on stderr and the rest go on (exit 1).

use super::{print, Outcome, StoreArg};
use crate::report;
use crate::update::{self, Input};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Extract claims from articles into the claim store.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck extract seeds/\n  claimcheck extract a.txt b.md --claims /tmp/claims"
)]
pub struct Args {
    /// Article files (.txt, .md) or folders of them.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
}

/// Runs the extraction and prints what it did; shared with `check`.
pub fn extract_and_report(paths: &[PathBuf], store: &StoreArg) -> Outcome {
    let mut inputs = Vec::new();
    let mut failed = false;
    for p in paths {
        match update::article_files(p) {
            Ok(files) => inputs.extend(files.into_iter().map(Input::File)),
            Err(e) => {
                eprintln!("claimcheck: {e}");
                failed = true;
            }
        }
    }
    let bar = progress(inputs.len());
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let outcome = update::extract_into_store(inputs, &store.dir, &tick);
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
    print(&format!(
        "\n{} articles, {claims} claims; {} store files written in {}\n",
        outcome.extracted.len(),
        outcome.written,
        store.dir.display()
    ));
    Ok(u8::from(failed || !outcome.errors.is_empty()))
}

/// A progress bar on standard error when it is a terminal and the run is long enough to want one.
fn progress(n: usize) -> Option<indicatif::ProgressBar> {
    (n >= 50 && std::io::stderr().is_terminal()).then(|| {
        let b = indicatif::ProgressBar::new(n as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {per_sec} eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    })
}

pub fn run(a: &Args) -> Outcome {
    extract_and_report(&a.paths, &a.store)
}
