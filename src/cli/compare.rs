//! `claimcheck compare`: related claims of the store side by side, contradictions first, each with the
//! rule that fired and the words it matched. The pairs and relations come from `corpus::compare`; this
//! file only filters and renders them. Claims a reviewer rejected leave the comparison unless
//! `--include-rejected`.

use super::{read_store, CompareDecisions, Format, OutArg, Outcome, StoreArg};
use crate::claim::{Claim, Relation, RelationKind, ReviewStatus};
use crate::corpus::compare::compare;
use crate::corpus::identity::speaker_matches;
use crate::report;
use crate::text::fold;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;

/// Set agreeing and conflicting claims of the store side by side, with the evidence for each relation.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck compare\n  claimcheck compare --only contradict --between-outlets\n  \
                        claimcheck compare --speaker Téhéran --format jsonl\n  \
                        claimcheck compare --status confirmed -o relations.csv"
)]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format: a side-by-side table, or one relation per row/object for programs (default: table,
    /// or what the --out file's extension names).
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<Format>,
    /// Only relations of this kind.
    #[arg(long, value_enum, ignore_case = true)]
    pub only: Option<Only>,
    /// Only pairs of claims published by two different outlets (both known).
    #[arg(long)]
    pub between_outlets: bool,
    /// Only pairs where one side is this speaker: any spelling or part of the name, accents and case ignored.
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    #[command(flatten)]
    pub decisions: CompareDecisions,
    #[command(flatten)]
    pub out: OutArg,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    Contradict,
    Agree,
    Neutral,
}

impl From<Only> for RelationKind {
    fn from(o: Only) -> RelationKind {
        match o {
            Only::Contradict => RelationKind::Contradict,
            Only::Agree => RelationKind::Agree,
            Only::Neutral => RelationKind::Neutral,
        }
    }
}

/// One relation with both claims' evidence: the contract's fields, then what a reviewer needs to judge.
#[derive(Debug, Serialize)]
pub struct Row<'a> {
    #[serde(flatten)]
    pub relation: &'a Relation,
    pub a_text: &'a str,
    pub a_speaker: Option<&'a str>,
    pub a_outlet: Option<&'a str>,
    pub a_article: &'a str,
    pub a_status: ReviewStatus,
    pub b_text: &'a str,
    pub b_speaker: Option<&'a str>,
    pub b_outlet: Option<&'a str>,
    pub b_article: &'a str,
    pub b_status: ReviewStatus,
}

fn row<'a>(r: &'a Relation, a: &'a Claim, b: &'a Claim) -> Row<'a> {
    Row {
        relation: r,
        a_text: &a.text,
        a_speaker: a.speaker.as_deref(),
        a_outlet: a.outlet.as_deref(),
        a_article: &a.article,
        a_status: a.review.status,
        b_text: &b.text,
        b_speaker: b.speaker.as_deref(),
        b_outlet: b.outlet.as_deref(),
        b_article: &b.article,
        b_status: b.review.status,
    }
}

/// Whether two claims were published by two different outlets, both known.
pub fn between_outlets(x: &Claim, y: &Claim) -> bool {
    let outlet = |c: &Claim| c.outlet.as_deref().map(fold);
    outlet(x).is_some() && outlet(y).is_some() && outlet(x) != outlet(y)
}

/// The pairs `a` keeps: the relation kind, outlets, speaker and review statuses asked for.
fn wanted(a: &Args, r: &Relation, x: &Claim, y: &Claim) -> bool {
    a.only.is_none_or(|o| r.relation == RelationKind::from(o))
        && (!a.between_outlets || between_outlets(x, y))
        && a.speaker
            .as_deref()
            .is_none_or(|s| speaker_matches(s, x) || speaker_matches(s, y))
        && a.decisions.keeps_pair(x, y)
}

/// The relations of `relations` whose claims are both in `by_id` and that `keep` keeps, as rows.
pub fn rows<'a>(
    relations: &'a [Relation],
    by_id: &HashMap<&str, &'a Claim>,
    keep: impl Fn(&Relation, &Claim, &Claim) -> bool,
) -> Vec<Row<'a>> {
    relations
        .iter()
        .filter_map(|r| {
            let (x, y) = (by_id.get(r.a.as_str())?, by_id.get(r.b.as_str())?);
            keep(r, x, y).then(|| row(r, x, y))
        })
        .collect()
}

/// A claim as a table cell: who, with the stance and any reviewer's status, where, when, then the words.
fn side(c: &Claim) -> String {
    let who = c.speaker.as_deref().unwrap_or("(outlet)");
    let status = match c.review.status {
        ReviewStatus::Unreviewed => String::new(),
        s => format!(", {}", report::name_of(&s)),
    };
    let meta: Vec<&str> = [c.outlet.as_deref(), c.date.as_deref(), Some(c.article.as_str())]
        .into_iter()
        .flatten()
        .collect();
    format!(
        "{who} [{}{status}] ({}): {}",
        report::name_of(&c.stance),
        meta.join(", "),
        c.text
    )
}

const HEADERS: &[&str] = &[
    "a",
    "b",
    "relation",
    "score",
    "reason",
    "a_speaker",
    "a_outlet",
    "a_article",
    "a_status",
    "a_text",
    "b_speaker",
    "b_outlet",
    "b_article",
    "b_status",
    "b_text",
];

fn cells(r: &Row) -> Vec<String> {
    let opt = |s: Option<&str>| s.unwrap_or("").to_string();
    vec![
        r.relation.a.clone(),
        r.relation.b.clone(),
        report::name_of(&r.relation.relation),
        format!("{:.2}", r.relation.score),
        r.relation.reason.clone(),
        opt(r.a_speaker),
        opt(r.a_outlet),
        r.a_article.to_string(),
        report::name_of(&r.a_status),
        r.a_text.to_string(),
        opt(r.b_speaker),
        opt(r.b_outlet),
        r.b_article.to_string(),
        report::name_of(&r.b_status),
        r.b_text.to_string(),
    ]
}

/// The side-by-side table's columns: the claim ids only with `--wide`.
const TABLE: &[report::Column] = &[
    ("a", false),
    ("claim", true),
    ("relation and reason", true),
    ("claim", true),
    ("b", false),
];

/// The two claims of each relation left and right of the relation and its reason, with a count line.
pub fn table(rows: &[Row], by_id: &HashMap<&str, &Claim>, shape: report::Shape) -> String {
    let table: Vec<Vec<String>> = rows
        .iter()
        .filter_map(|r| {
            let (a, b) = (
                by_id.get(r.relation.a.as_str())?,
                by_id.get(r.relation.b.as_str())?,
            );
            let middle = format!(
                "{} {:.2}\n{}",
                report::name_of(&r.relation.relation).to_uppercase(),
                r.relation.score,
                r.relation.reason
            );
            Some(vec![a.id.clone(), side(a), middle, side(b), b.id.clone()])
        })
        .collect();
    report::table(TABLE, &table, shape, ("relation", "relations"))
}

/// Renders the rows in `format`; a table is laid out as `shape` says.
pub fn render(rows: &[Row], by_id: &HashMap<&str, &Claim>, format: Format, shape: report::Shape) -> String {
    match format {
        Format::Jsonl => report::jsonl(rows),
        Format::Json => report::json(rows),
        Format::Yaml => report::yaml(rows),
        Format::Csv => report::csv(HEADERS, &rows.iter().map(cells).collect::<Vec<_>>()),
        Format::Md => report::markdown(HEADERS, &rows.iter().map(cells).collect::<Vec<_>>()),
        Format::Table => table(rows, by_id, shape),
    }
}

pub fn run(a: &Args) -> Outcome {
    let (claims, status) = read_store(&a.store);
    let claims = a.decisions.claims(claims);
    let by_id: HashMap<&str, &Claim> = claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let relations = compare(&claims);
    let rows = rows(&relations, &by_id, |r, x, y| wanted(a, r, x, y));
    match a.out.format(a.format, Format::Table) {
        Format::Jsonl if a.out.file().is_none() => {
            // Streamed: a large store's relations are not held twice, once as rows and once as text.
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for r in &rows {
                let line = serde_json::to_string(r).expect("rows always serialise");
                if writeln!(out, "{line}").is_err() {
                    break; // a closed pipe (`| head`) is not an error worth a message
                }
            }
            let _ = out.flush();
        }
        f => a.out.emit(&render(&rows, &by_id, f, a.out.shape()))?,
    }
    Ok(status)
}
