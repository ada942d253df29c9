//! `claimcheck export`: the review table, every claim with its attribution and its review, in a format for
//! people or programs, or the reviewed claims as schema.org ClaimReview records. Rows are sorted by
//! article, then position in the article. The CSV is what `review import` reads back.

use super::{read_records, shown_claims, Decisions, Format, OutArg, Outcome, StoreArg};
use crate::claim::Claim;
use crate::report;
use std::path::Path;

/// Export every claim of the store with its attribution and review status.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck export -o review.csv\n  claimcheck export --format jsonl --status confirmed\n  \
                        claimcheck export --format claimreview --org 'Les Vérificateurs' -o reviews.jsonld"
)]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format (default: jsonl, or what the --out file's extension names; .jsonld is claimreview).
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<ExportFormat>,
    /// The organisation that reviewed the claims: the ClaimReview records' author (with --format claimreview).
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    #[command(flatten)]
    pub decisions: Decisions,
    #[command(flatten)]
    pub out: OutArg,
}

/// What `export` writes: the views every command has, and ClaimReview.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Jsonl,
    Json,
    Csv,
    Md,
    Yaml,
    Table,
    /// schema.org ClaimReview JSON-LD for the claims a reviewer confirmed, rejected or corrected.
    Claimreview,
}

impl ExportFormat {
    fn of_extension(path: &Path) -> Option<ExportFormat> {
        if path.extension().is_some_and(|x| x.eq_ignore_ascii_case("jsonld")) {
            return Some(ExportFormat::Claimreview);
        }
        Some(match Format::of_extension(path)? {
            Format::Jsonl => ExportFormat::Jsonl,
            Format::Json => ExportFormat::Json,
            Format::Csv => ExportFormat::Csv,
            Format::Md => ExportFormat::Md,
            Format::Yaml => ExportFormat::Yaml,
            Format::Table => ExportFormat::Table,
        })
    }
}

/// The review table's columns: every contract field, then the evidence and the reviewer's fields; the
/// compact set (a terminal table without `--wide`) is the id, who, the stance, the status and the words.
pub const COLUMNS: &[report::Column] = &[
    ("id", true),
    ("article", false),
    ("outlet", false),
    ("agency", false),
    ("date", false),
    ("title", false),
    ("speaker", true),
    ("speaker_mention", false),
    ("role", false),
    ("via", false),
    ("kind", false),
    ("stance", true),
    ("cue", false),
    ("text", true),
    ("span", false),
    ("rule", false),
    ("review_status", true),
    ("review_note", false),
    ("review_speaker", false),
    ("review_text", false),
];

/// One claim as a row of the review table.
pub fn row(c: &Claim) -> Vec<String> {
    vec![
        c.id.clone(),
        c.article.clone(),
        report::opt(&c.outlet),
        report::opt(&c.agency),
        report::opt(&c.date),
        report::opt(&c.title),
        report::opt(&c.speaker),
        report::opt(&c.speaker_mention),
        report::opt(&c.role),
        c.via.join("; "),
        report::name_of(&c.kind),
        report::name_of(&c.stance),
        report::opt(&c.cue),
        c.text.clone(),
        format!("{}-{}", c.span[0], c.span[1]),
        c.rule.clone(),
        report::name_of(&c.review.status),
        report::opt(&c.review.note),
        report::opt(&c.review.speaker),
        report::opt(&c.review.text),
    ]
}

/// Renders claims in `format`; a table is laid out as every table on standard output is.
pub fn render(claims: &[Claim], format: Format) -> String {
    render_shaped(claims, format, super::shape())
}

fn render_shaped(claims: &[Claim], format: Format, shape: report::Shape) -> String {
    let headers: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
    let rows = || claims.iter().map(row).collect::<Vec<_>>();
    match format {
        Format::Jsonl => report::jsonl(claims),
        Format::Json => report::json(claims),
        Format::Yaml => report::yaml(claims),
        Format::Csv => report::csv(&headers, &rows()),
        Format::Md => report::markdown(&headers, &rows()),
        Format::Table => report::table(COLUMNS, &rows(), shape, ("claim", "claims")),
    }
}

pub fn run(a: &Args) -> Outcome {
    let format = a
        .format
        .or_else(|| a.out.file().and_then(ExportFormat::of_extension))
        .unwrap_or(ExportFormat::Jsonl);
    let (records, status) = read_records(&a.store);
    let claims: Vec<Claim> = shown_claims(&records)
        .into_iter()
        .filter(|c| a.decisions.keeps(c))
        .collect();
    let view = |f| render_shaped(&claims, f, a.out.shape());
    let text = match format {
        ExportFormat::Jsonl => view(Format::Jsonl),
        ExportFormat::Json => view(Format::Json),
        ExportFormat::Csv => view(Format::Csv),
        ExportFormat::Md => view(Format::Md),
        ExportFormat::Yaml => view(Format::Yaml),
        ExportFormat::Table => view(Format::Table),
        ExportFormat::Claimreview => {
            let Some(org) = a.org.as_deref().map(str::trim).filter(|o| !o.is_empty()) else {
                eprintln!(
                    "claimcheck: --format claimreview needs --org NAME: the organisation that reviewed the \
                     claims, which the records name as their author"
                );
                return Ok(2);
            };
            let articles = crate::review::claimreview::articles_of(&records);
            crate::review::claimreview::render(&claims, &articles, org)
        }
    };
    a.out.emit(&text)?;
    Ok(status)
}
