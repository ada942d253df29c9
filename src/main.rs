//! The `claimcheck` binary: parse the command line, run one command, exit with its status.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = claimcheck::cli::Cli::parse();
    std::process::ExitCode::from(claimcheck::cli::run(cli))
}
