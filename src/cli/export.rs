//! `claimcheck export`: the review table, every claim with its attribution, in a format for people or
//! programs. Rows are sorted by article, then position in the article.

use super::{print, read_store, Format, Outcome, StoreArg};
use crate::claim::Claim;
use crate::report;
use std::path::PathBuf;

/// Export every claim of the store with its attribution and review status.
#[derive(clap::Args, Debug)]
#[command(after_help = "Example:\n  claimcheck export --format csv --out review.csv")]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Write to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// The review table's columns: every contract field, then the evidence and the reviewer's fields.
pub const HEADERS: &[&str] = &[
    "id",
    "article",
    "outlet",
    "agency",
    "date",
    "title",
    "speaker",
    "speaker_mention",
    "role",
    "via",
    "kind",
    "stance",
    "cue",
    "text",
    "span",
    "rule",
    "review_status",
    "review_note",
];

/// One claim as a row of the review table.
pub fn row(c: &Claim) -> Vec<String> {
    vec![
        c.id.clone(),
        c.article.clone(),
        report::opt(&c.outlet),
        report::opt(&c.agency),
        report::opt(&c.date),
        report::opt(&c.title),
        report::opt(&c.speaker),
        report::opt(&c.speaker_mention),
        report::opt(&c.role),
        c.via.join("; "),
        report::name_of(&c.kind),
        report::name_of(&c.stance),
        report::opt(&c.cue),
        c.text.clone(),
        format!("{}-{}", c.span[0], c.span[1]),
        c.rule.clone(),
        report::name_of(&c.review.status),
        report::opt(&c.review.note),
    ]
}

/// Renders claims in `format`.
pub fn render(claims: &[Claim], format: Format) -> String {
    match format {
        Format::Jsonl => report::jsonl(claims),
        Format::Json => report::json(claims),
        Format::Yaml => report::yaml(claims),
        Format::Csv => report::csv(HEADERS, &claims.iter().map(row).collect::<Vec<_>>()),
        Format::Md => report::markdown(HEADERS, &claims.iter().map(row).collect::<Vec<_>>()),
        Format::Table => report::table(HEADERS, &claims.iter().map(row).collect::<Vec<_>>()),
    }
}

pub fn run(a: &Args) -> Outcome {
    let (claims, status) = read_store(&a.store);
    let text = render(&claims, a.format);
    match &a.out {
        Some(path) => {
            crate::store::write_atomic(path, &text, crate::store::Durability::Regenerable)?;
        }
        None => print(&text),
    }
    Ok(status)
}
