//! `claimcheck speakers`: one row per identity in the store — display name, kind, roles, the name forms
//! seen, articles, outlets and claims by stance. Identities are worked out afresh from the store and the
//! user's `aliases.yaml` (so an edit to the aliases shows without extracting again); this file only renders.

use super::{read_store, Format, OutArg, Outcome, StoreArg};
use crate::corpus::identity::{identities, load_aliases, Identity};
use crate::report;

/// List every speaker: one identity per person or body, however spelled.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck speakers\n  claimcheck speakers --format csv > speakers.csv\n\n\
Identities can be corrected in DIR/aliases.yaml (merge, split, display names); see docs/aliases.md."
)]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format (default: table, or what the --out file's extension names).
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub out: OutArg,
}

/// The columns; the compact set is who, what sort, how many claims, where, and how many denials.
const COLUMNS: &[report::Column] = &[
    ("speaker", true),
    ("kind", true),
    ("roles", false),
    ("forms", false),
    ("articles", false),
    ("outlets", true),
    ("claims", true),
    ("assert", false),
    ("accuse", false),
    ("deny", true),
    ("neutral", false),
];

fn row(i: &Identity) -> Vec<String> {
    vec![
        i.speaker.clone(),
        report::name_of(&i.kind),
        i.roles.join("; "),
        i.forms.join("; "),
        i.articles.join("; "),
        i.outlets.join("; "),
        i.claims.to_string(),
        i.stances.assert.to_string(),
        i.stances.accuse.to_string(),
        i.stances.deny.to_string(),
        i.stances.neutral.to_string(),
    ]
}

/// The identities of `claims` in `format`; a table is laid out as `shape` says.
pub fn render(ids: &[Identity], format: Format, shape: report::Shape) -> String {
    let headers: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
    let rows = || ids.iter().map(row).collect::<Vec<_>>();
    match format {
        Format::Table => report::table(COLUMNS, &rows(), shape, ("speaker", "speakers")),
        Format::Jsonl => report::jsonl(ids),
        Format::Json => report::json(ids),
        Format::Yaml => report::yaml(ids),
        Format::Csv => report::csv(&headers, &rows()),
        Format::Md => report::markdown(&headers, &rows()),
    }
}

pub fn run(a: &Args) -> Outcome {
    let aliases = load_aliases(&a.store.dir)?;
    let (claims, status) = read_store(&a.store);
    let ids = identities(&claims, &aliases);
    a.out.emit(&render(
        &ids,
        a.out.format(a.format, Format::Table),
        a.out.shape(),
    ))?;
    Ok(status)
}
