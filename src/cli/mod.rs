//! The command line: one file per command, each parsing nothing itself (clap does) and printing what the
//! library returns. `Cli` is the whole grammar; `run` dispatches and turns the outcome into an exit status.

pub mod check;
pub mod compare;
pub mod export;
pub mod extract;
pub mod list;
pub mod relate;
pub mod speakers;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Where the claim store lives unless `--claims` says otherwise.
pub const DEFAULT_STORE: &str = "claims";

#[derive(Parser, Debug)]
#[command(
    name = "claimcheck",
    version,
    about = "Extracts quoted statements and factual claims from news articles, with who said them, through whom \
             and where, and sets agreeing and conflicting claims side by side.",
    after_help = "Start with `claimcheck check seeds/`: it extracts the articles into claims/, then prints the \
                  speakers and the contradictions and agreements it found."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Extract(extract::Args),
    Export(export::Args),
    Compare(compare::Args),
    Relate(relate::Args),
    List(list::Args),
    Speakers(speakers::Args),
    Check(check::Args),
}

/// `--claims DIR`, shared by every command that reads or writes the store.
#[derive(clap::Args, Debug, Clone)]
pub struct StoreArg {
    /// The claim store: a folder of one YAML file per article.
    #[arg(long = "claims", value_name = "DIR", default_value = DEFAULT_STORE)]
    pub dir: PathBuf,
}

/// Output formats of the table-like commands.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for the terminal.
    Table,
    /// One JSON object per line.
    Jsonl,
    /// One JSON array.
    Json,
    /// Comma-separated values with a header row.
    Csv,
    /// A Markdown table.
    Md,
    /// A YAML sequence.
    Yaml,
}

/// What a command ended with: 0 success, 1 some input could not be read (the rest was processed).
pub type Outcome = Result<u8, crate::error::Error>;

/// Runs the parsed command and returns the process exit status.
pub fn run(cli: Cli) -> u8 {
    let outcome = match cli.command {
        Command::Extract(a) => extract::run(&a),
        Command::Export(a) => export::run(&a),
        Command::Compare(a) => compare::run(&a),
        Command::Relate(a) => relate::run(&a),
        Command::List(a) => list::run(&a),
        Command::Speakers(a) => speakers::run(&a),
        Command::Check(a) => check::run(&a),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("claimcheck: {e}");
            1
        }
    }
}

/// Reads the store for a command that only reads it: the records that parse, each failure on stderr.
pub fn read_store(store: &StoreArg) -> (Vec<crate::claim::Claim>, u8) {
    let (records, errors) = crate::store::load(&store.dir);
    for e in &errors {
        eprintln!("claimcheck: {e}");
    }
    (crate::store::all_claims(&records), u8::from(!errors.is_empty()))
}

/// Writes command output to standard output.
pub fn print(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    // A closed pipe (`claimcheck export | head`) is not an error worth a message.
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}
