//! The `claimcheck` binary: parse the command line, run one command, exit with its status.

use clap::Parser;

/// Extraction makes and drops many small strings on every thread; mimalloc's per-thread free lists
/// serve them with a fraction of the system allocator's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = claimcheck::cli::Cli::parse();
    std::process::ExitCode::from(claimcheck::cli::run(cli))
}
