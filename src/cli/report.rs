//! `claimcheck report --html FILE`: the review page of the store (see `review::page`): one self-contained
//! HTML file, the disputes first, with filters by speaker, outlet, status and relation.

use super::{read_records, shown_claims, CompareDecisions, Outcome, StoreArg};
use crate::claim::Claim;
use crate::store::ArticleRecord;
use std::path::PathBuf;

/// Write the review page: disputes side by side, then every other claim, in one HTML file.
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  claimcheck report --html review.html\n  \
                        claimcheck report --html - --status unreviewed > todo.html")]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArg,
    /// The page to write (`-` for standard output).
    #[arg(long, value_name = "FILE")]
    pub html: PathBuf,
    #[command(flatten)]
    pub decisions: CompareDecisions,
}

pub fn run(a: &Args) -> Outcome {
    let (records, status) = read_records(&a.store);
    let claims: Vec<Claim> = a
        .decisions
        .claims(shown_claims(&records))
        .into_iter()
        .filter(|c| a.decisions.decisions.keeps(c))
        .collect();
    let records: Vec<ArticleRecord> = records.into_iter().map(|(_, r)| r).collect();
    let relations = crate::corpus::compare::compare(&claims);
    let page = crate::review::page::build(&records, &claims, &relations);
    let out = super::OutArg {
        out: Some(a.html.clone()),
    };
    out.emit(&page)?;
    Ok(status)
}
