//! `claimcheck speakers` (to be written).

use super::Outcome;

/// (to be written)
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_a: &Args) -> Outcome {
    Ok(0)
}
