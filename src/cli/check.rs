//! `claimcheck check`: the main job in one go. Extracts the given articles (default `seeds/`) into the
//! store, then prints who speaks, then the contradictions, the neutral answers and the agreements found
//! across the store, side by side with their reasons.

use super::{compare, extract, print, speakers, Format, Outcome, StoreArg};
use std::path::PathBuf;

/// Extract articles, then show speakers and agreeing and conflicting claims side by side.
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  claimcheck check\n  claimcheck check articles/ --claims /tmp/claims")]
pub struct Args {
    /// Article files (.txt, .md) or folders of them.
    #[arg(value_name = "PATH", default_value = "seeds")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(a: &Args) -> Outcome {
    let extracted = extract::extract_and_report(&a.paths, None, &a.store)?;
    print("\nSpeakers\n");
    let listed = speakers::run(&speakers::Args {
        store: a.store.clone(),
        format: Format::Table,
    })?;
    let mut status = extracted.max(listed);
    for (title, only) in [
        ("Contradictions", compare::Only::Contradict),
        ("Neither confirmed nor denied", compare::Only::Neutral),
        ("Agreements", compare::Only::Agree),
    ] {
        print(&format!("\n{title}\n"));
        let args = compare::Args {
            store: a.store.clone(),
            format: Format::Table,
            only: Some(only),
            between_outlets: false,
            speaker: None,
        };
        status = status.max(compare::run(&args)?);
    }
    Ok(status)
}
