//! `claimcheck relate`: the relation classifier (`corpus::relation`) on two statements given on the
//! command line, or on every row of a TSV file with `id`, `premise` and `hypothesis` columns. It reads no
//! claim store; for a store's claims, see `compare`.

use super::{Format, OutArg, Outcome};
use crate::claim::{RelationKind, Stance};
use crate::corpus::relation::{classify, Statement};
use crate::error::Error;
use crate::report;
use serde::Serialize;
use std::path::PathBuf;

/// Decide whether two statements agree, contradict, are neutral or unrelated, with the reason.
#[derive(clap::Args, Debug)]
#[command(
    group(clap::ArgGroup::new("input").required(true).args(["pairs", "premise"])),
    after_help = "Examples:\n  claimcheck relate \"Le traité inclut une clause de défense mutuelle.\" \\\n      \
                        \"Le traité ne comporte pas de clause de défense mutuelle.\"\n  \
                        claimcheck relate --pairs pairs.tsv --format jsonl"
)]
pub struct Args {
    /// A TSV file whose header names the columns `id`, `premise` and `hypothesis` (others are ignored);
    /// `-` for standard input.
    #[arg(long, value_name = "FILE.tsv", conflicts_with_all = ["premise", "hypothesis"])]
    pub pairs: Option<PathBuf>,
    /// The first statement (without --pairs).
    #[arg(value_name = "STATEMENT1", requires = "hypothesis")]
    pub premise: Option<String>,
    /// The second statement (without --pairs).
    #[arg(value_name = "STATEMENT2")]
    pub hypothesis: Option<String>,
    /// Output format (default: jsonl, or what the --out file's extension names).
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub out: OutArg,
}

/// One row's answer: the contract's `relate` object.
#[derive(Debug, Serialize)]
pub struct Row {
    pub id: String,
    pub relation: RelationKind,
    pub score: f64,
    pub reason: String,
}

fn answer(id: String, premise: &str, hypothesis: &str) -> Row {
    let v = classify(
        &Statement {
            text: premise,
            stance: Stance::Assert,
        },
        &Statement {
            text: hypothesis,
            stance: Stance::Assert,
        },
    );
    Row {
        id,
        relation: v.relation,
        score: v.score,
        reason: v.reason,
    }
}

/// Reads the TSV and classifies every row; a row that cannot be read is an error naming the file and line.
pub fn rows_of(path: &std::path::Path) -> Result<Vec<Row>, Error> {
    let input: Box<dyn std::io::Read> = if path == std::path::Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| Error::io(path, "cannot read the pairs file", e))?)
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| Error::input(path, format!("cannot read the header row: {e}")))?
        .clone();
    let column = |name: &str| {
        headers.iter().position(|h| h.trim() == name).ok_or_else(|| {
            Error::input(
                path,
                format!("the header row has no `{name}` column (it needs id, premise and hypothesis)"),
            )
        })
    };
    let (id, premise, hypothesis) = (column("id")?, column("premise")?, column("hypothesis")?);
    let mut out = Vec::new();
    let needed = id.max(premise).max(hypothesis) + 1;
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| Error::input(path, format!("line {}: {e}", n + 2)))?;
        let line = record.position().map_or(n as u64 + 2, |p| p.line());
        // A row is one line: a field that runs over lines opened a quotation mark it never closed, and
        // swallowed the rows after it.
        if let Some(i) = (0..record.len()).find(|&i| record[i].contains('\n')) {
            return Err(Error::input(
                path,
                format!(
                    "line {line}: the `{}` field opens a quotation mark that does not close on its line, \
                     so it would swallow the rows after it (write a quotation mark inside a field as \"\")",
                    headers.get(i).unwrap_or("?")
                ),
            ));
        }
        if record.len() < needed {
            return Err(Error::input(
                path,
                format!(
                    "line {line}: {} column{} where the header has {} (a row needs its id, premise and \
                     hypothesis; columns are separated by tabs)",
                    record.len(),
                    if record.len() == 1 { "" } else { "s" },
                    headers.len()
                ),
            ));
        }
        let cell = |i: usize| record.get(i).unwrap_or("").trim();
        out.push(answer(cell(id).to_string(), cell(premise), cell(hypothesis)));
    }
    Ok(out)
}

fn render(rows: &[Row], format: Format, shape: report::Shape) -> String {
    const COLUMNS: &[report::Column] = &[
        ("id", true),
        ("relation", true),
        ("score", true),
        ("reason", true),
    ];
    const HEADERS: &[&str] = &["id", "relation", "score", "reason"];
    let cells = || -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| {
                vec![
                    r.id.clone(),
                    report::name_of(&r.relation),
                    format!("{:.2}", r.score),
                    r.reason.clone(),
                ]
            })
            .collect()
    };
    match format {
        Format::Jsonl => report::jsonl(rows),
        Format::Json => report::json(rows),
        Format::Yaml => report::yaml(rows),
        Format::Csv => report::csv(HEADERS, &cells()),
        Format::Md => report::markdown(HEADERS, &cells()),
        Format::Table => report::table(COLUMNS, &cells(), shape, ("pair", "pairs")),
    }
}

pub fn run(a: &Args) -> Outcome {
    let rows = match (&a.pairs, &a.premise, &a.hypothesis) {
        (Some(path), _, _) => rows_of(path)?,
        (None, Some(p), Some(h)) => vec![answer("1".to_string(), p, h)],
        // clap requires either --pairs or both statements.
        _ => Vec::new(),
    };
    let format = a.out.format(a.format, Format::Jsonl);
    a.out.emit(&render(&rows, format, a.out.shape()))?;
    Ok(0)
}
