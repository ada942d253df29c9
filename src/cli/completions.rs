//! `claimcheck completions SHELL` and `claimcheck man`: the shell completions (clap_complete) and the
//! manual page (clap_mangen), both made from the command-line grammar itself, so they never drift from it.

use super::{Cli, Outcome};
use clap::CommandFactory;

/// Print shell completions: `claimcheck completions bash > ~/.local/share/bash-completion/completions/claimcheck`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck completions bash > ~/.local/share/bash-completion/completions/claimcheck\n  \
                        claimcheck completions zsh > ~/.zfunc/_claimcheck\n  \
                        claimcheck completions fish > ~/.config/fish/completions/claimcheck.fish"
)]
pub struct Args {
    /// The shell to write completions for.
    #[arg(value_enum, ignore_case = true)]
    pub shell: clap_complete::Shell,
}

/// Print the manual page (roff): `claimcheck man > claimcheck.1; man ./claimcheck.1`.
#[derive(clap::Args, Debug)]
pub struct ManArgs {}

pub fn run(a: &Args) -> Outcome {
    let mut out = Vec::new();
    clap_complete::generate(a.shell, &mut Cli::command(), "claimcheck", &mut out);
    super::print(&String::from_utf8_lossy(&out));
    Ok(0)
}

pub fn man(_: &ManArgs) -> Outcome {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| crate::error::Error::io(std::path::Path::new("-"), "cannot write the manual page", e))?;
    super::print(&String::from_utf8_lossy(&out));
    Ok(0)
}
