//! The command line: one file per command, each parsing nothing itself (clap does) and printing what the
//! library returns. `Cli` is the whole grammar; `run` dispatches and turns the outcome into an exit status.
//! What several commands share lives here: the store, output file, format and decision flags, and how a
//! table is laid out.

pub mod check;
pub mod compare;
pub mod completions;
pub mod export;
pub mod extract;
pub mod list;
pub mod relate;
pub mod report;
pub mod review;
pub mod speakers;
pub mod threads;

use crate::claim::{Claim, ReviewStatus};
use crate::report::Shape;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Where the claim store lives unless `--claims` says otherwise.
pub const DEFAULT_STORE: &str = "claims";

#[derive(Parser, Debug)]
#[command(
    name = "claimcheck",
    version,
    about = "Extracts quoted statements and factual claims from news articles, with who said them, through whom \
             and where, and sets agreeing and conflicting claims side by side.",
    after_help = "Start with `claimcheck check seeds/`: it extracts the articles into claims/, then prints a summary, \
                  the threads (each disputed proposition with its sides), the disputes between outlets, and the \
                  rest."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Fit tables to this many columns (default: the terminal's width; without a terminal, tables are
    /// tab-separated and unpadded). The `COLUMNS` variable works too.
    #[arg(long, global = true, value_name = "COLUMNS")]
    pub width: Option<u16>,
    /// Every column in tables, not only the compact set.
    #[arg(long, global = true)]
    pub wide: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Extract(extract::Args),
    Export(export::Args),
    Compare(compare::Args),
    Relate(relate::Args),
    List(list::Args),
    Speakers(speakers::Args),
    Threads(threads::Args),
    Check(check::Args),
    Review(review::Args),
    Report(report::Args),
    Completions(completions::Args),
    Man(completions::ManArgs),
}

/// `--claims DIR`, shared by every command that reads or writes the store.
#[derive(clap::Args, Debug, Clone)]
pub struct StoreArg {
    /// The claim store: a folder of one YAML file per article.
    #[arg(long = "claims", value_name = "DIR", default_value = DEFAULT_STORE)]
    pub dir: PathBuf,
}

/// `-o/--out FILE`, shared by every command that writes a view.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct OutArg {
    /// Write to FILE instead of standard output (`-`: standard output). Unless --format says otherwise,
    /// the format follows FILE's extension (.csv, .jsonl, .json, .md, .yaml, .tsv).
    #[arg(short = 'o', long = "out", value_name = "FILE")]
    pub out: Option<PathBuf>,
}

impl OutArg {
    /// The file to write, if not standard output.
    pub fn file(&self) -> Option<&Path> {
        self.out.as_deref().filter(|p| *p != Path::new("-"))
    }
    /// The format asked for, else the one the output file's extension names, else `default`.
    pub fn format(&self, asked: Option<Format>, default: Format) -> Format {
        asked
            .or_else(|| self.file().and_then(Format::of_extension))
            .unwrap_or(default)
    }
    /// Writes `text` to the output file (atomically), or to standard output.
    pub fn emit(&self, text: &str) -> Result<(), crate::error::Error> {
        match self.file() {
            Some(path) => {
                crate::store::write_atomic(path, text, crate::store::Durability::Regenerable)?;
            }
            None => print(text),
        }
        Ok(())
    }
    /// How a table is laid out: fitted to a width only when it goes to a terminal or a width is given.
    pub fn shape(&self) -> Shape {
        let mut s = shape();
        if self.file().is_some() && WIDTH.get().copied().flatten().is_none() {
            s.width = None;
        }
        s
    }
}

/// `--status` and `--include-rejected`: which claims a view or a comparison takes, given the reviewers'
/// decisions. The threads view takes them as `compare` does.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Decisions {
    /// Only claims with one of these review statuses (comma-separated; for pairs, either side).
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        ignore_case = true,
        value_name = "STATUS"
    )]
    pub status: Vec<ReviewStatus>,
}

impl Decisions {
    pub fn keeps(&self, c: &Claim) -> bool {
        crate::review::status_matches(&self.status, c)
    }
}

/// The decisions flags of the commands that compare claims (`compare`, threads): `--status` holds when
/// either side of a pair passes it; rejected claims leave the comparison unless `--include-rejected`
/// (or `--status rejected`) keeps them.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct CompareDecisions {
    #[command(flatten)]
    pub decisions: Decisions,
    /// Keep the claims a reviewer rejected in the comparison (they leave it by default).
    #[arg(long)]
    pub include_rejected: bool,
}

impl CompareDecisions {
    /// The claims the comparison takes.
    pub fn claims(&self, claims: Vec<Claim>) -> Vec<Claim> {
        let keep = self.include_rejected || self.decisions.status.contains(&ReviewStatus::Rejected);
        crate::review::comparable(claims, keep)
    }
    /// Whether a pair of claims passes `--status`.
    pub fn keeps_pair(&self, a: &Claim, b: &Claim) -> bool {
        self.decisions.keeps(a) || self.decisions.keeps(b)
    }
}

/// Output formats of the table-like commands.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for the terminal (tab-separated when piped or written to a file).
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

impl Format {
    /// The format a file name's extension names.
    pub fn of_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            "csv" => Format::Csv,
            "md" | "markdown" => Format::Md,
            "yaml" | "yml" => Format::Yaml,
            "tsv" | "txt" => Format::Table,
            _ => return None,
        })
    }
}

/// What a command ended with: 0 success, 1 some input could not be read (the rest was processed).
pub type Outcome = Result<u8, crate::error::Error>;

/// `--width`, as given on the command line.
static WIDTH: OnceLock<Option<u16>> = OnceLock::new();
/// `--wide`.
static WIDE: OnceLock<bool> = OnceLock::new();

/// How tables printed on standard output are laid out: `--width`, else `COLUMNS`, else the terminal's
/// width; none of these (output piped), tab-separated.
pub fn shape() -> Shape {
    let width = WIDTH.get().copied().flatten().or_else(|| {
        let columns = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok());
        columns.or_else(|| {
            std::io::stdout()
                .is_terminal()
                .then(|| terminal_size::terminal_size().map_or(100, |(w, _)| w.0))
        })
    });
    Shape {
        width: width.map(|w| w.max(20)),
        wide: WIDE.get().copied().unwrap_or(false),
    }
}

/// Runs the parsed command and returns the process exit status.
pub fn run(cli: Cli) -> u8 {
    let _ = WIDTH.set(cli.width);
    let _ = WIDE.set(cli.wide);
    let outcome = match cli.command {
        Command::Extract(a) => extract::run(&a),
        Command::Export(a) => export::run(&a),
        Command::Compare(a) => compare::run(&a),
        Command::Relate(a) => relate::run(&a),
        Command::List(a) => list::run(&a),
        Command::Speakers(a) => speakers::run(&a),
        Command::Threads(a) => threads::run(&a),
        Command::Check(a) => check::run(&a),
        Command::Review(a) => review::run(&a),
        Command::Report(a) => report::run(&a),
        Command::Completions(a) => completions::run(&a),
        Command::Man(a) => completions::man(&a),
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
pub fn read_records(store: &StoreArg) -> (Vec<(PathBuf, crate::store::ArticleRecord)>, u8) {
    let (records, errors) = crate::store::load(&store.dir);
    for e in &errors {
        eprintln!("claimcheck: {e}");
    }
    (records, u8::from(!errors.is_empty()))
}

/// The claims of `records` as every view shows them: with the reviewers' corrections.
pub fn shown_claims(records: &[(PathBuf, crate::store::ArticleRecord)]) -> Vec<Claim> {
    crate::store::all_claims(records)
        .into_iter()
        .map(Claim::shown)
        .collect()
}

/// Reads the store's claims as every view shows them, each failure on stderr.
pub fn read_store(store: &StoreArg) -> (Vec<Claim>, u8) {
    let (records, status) = read_records(store);
    (shown_claims(&records), status)
}

/// Writes command output to standard output.
pub fn print(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    // A closed pipe (`claimcheck export | head`) is not an error worth a message.
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}
