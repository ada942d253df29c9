//! `claimcheck review import FILE`: reviewers' decisions from a spreadsheet's CSV or JSON Lines back into
//! the store (see `review::import`), then what was applied, one line per claim, and what was not, with
//! its line, on stderr.

use super::{print, Outcome, StoreArg};
use crate::claim::Review;
use crate::error::Error;
use crate::report::name_of;
use std::io::Read;
use std::path::PathBuf;

/// Bring reviewers' decisions back into the claim store.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub command: ReviewCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum ReviewCommand {
    Import(ImportArgs),
}

/// Apply the decisions of a CSV (as `export --format csv` writes it and a spreadsheet saves it) or of JSON
/// Lines to the claims of the store, by claim id.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "The CSV's columns id, review_status (unreviewed, confirmed, rejected, corrected, recheck), \
review_note, review_speaker and review_text are read, in any order, separated by commas, semicolons or tabs; \
the other columns are not. A JSON Lines file has one {\"id\": ..., \"review\": {...}} a line, as \
`export --format jsonl` writes it.\n\nExamples:\n  claimcheck export -o review.csv\n  \
(edit review.csv in a spreadsheet, save it as CSV)\n  claimcheck review import review.csv"
)]
pub struct ImportArgs {
    /// The file of decisions (`-` for standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub store: StoreArg,
}

/// A quoted value for the summary of a change, short enough for a line.
fn quoted(s: &str) -> String {
    let one_line = s.replace('\n', " ");
    let mut out: String = one_line.chars().take(100).collect();
    if one_line.chars().count() > 100 {
        out.push('…');
    }
    format!("\"{out}\"")
}

/// What changed in a review, in words.
fn change(before: &Review, after: &Review) -> String {
    let mut parts = Vec::new();
    if before.status != after.status {
        parts.push(format!(
            "{} → {}",
            name_of(&before.status),
            name_of(&after.status)
        ));
    }
    let fields = [
        ("note", &before.note, &after.note),
        ("speaker", &before.speaker, &after.speaker),
        ("text", &before.text, &after.text),
    ];
    for (name, b, a) in fields {
        if b != a {
            parts.push(match a {
                Some(v) => format!("{name} {}", quoted(v)),
                None => format!("{name} removed"),
            });
        }
    }
    parts.join("; ")
}

pub fn run(a: &Args) -> Outcome {
    let ReviewCommand::Import(a) = &a.command;
    let bytes = if a.file == std::path::Path::new("-") {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| Error::io(&a.file, "cannot read standard input", e))?;
        b
    } else {
        std::fs::read(&a.file).map_err(|e| Error::io(&a.file, "cannot read the decisions file", e))?
    };
    let (rows, mut problems) = crate::review::import::read(&a.file, &bytes)?;
    let read = rows.len() + problems.len();
    let waiting = || {
        eprintln!(
            "claimcheck: another claimcheck run is writing to {}; waiting for it to finish",
            a.store.dir.display()
        )
    };
    let outcome = crate::review::import::apply(&a.store.dir, rows, waiting)?;
    problems.extend(outcome.problems);
    problems.sort_by_key(|p| p.line);
    let mut out = String::new();
    for c in &outcome.applied {
        out.push_str(&format!(
            "line {}: {}: {}\n",
            c.line,
            c.id,
            change(&c.before, &c.after)
        ));
    }
    out.push_str(&format!(
        "{} read: {} applied ({} store files written in {}), {} already as they were, {} not applied\n",
        crate::report::count(read, "row", "rows"),
        crate::report::count(outcome.applied.len(), "decision", "decisions"),
        outcome.written,
        a.store.dir.display(),
        outcome.unchanged,
        problems.len()
    ));
    print(&out);
    for p in &problems {
        eprintln!("claimcheck: {}: line {}: {}", a.file.display(), p.line, p.message);
    }
    Ok(u8::from(!problems.is_empty()))
}
