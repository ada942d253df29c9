//! `claimcheck compare` (first version: reports no relations yet).

use super::{Format, Outcome, StoreArg};

/// Related claims side by side.
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
