//! `claimcheck speakers` (first version, until identities land).

use super::{Format, Outcome, StoreArg};

/// Every speaker.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

pub fn run(_a: &Args) -> Outcome {
    Ok(0)
}
