//! `claimcheck speakers`: one row per identity in the store — display name, kind, roles, the name forms
//! seen, articles, outlets and claims by stance. Identities are worked out afresh from the store and the
//! user's `aliases.yaml` (so an edit to the aliases shows without extracting again); this file only renders.

use super::{print, read_store, Format, Outcome, StoreArg};
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
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

const HEADERS: &[&str] = &[
    "speaker", "kind", "roles", "forms", "articles", "outlets", "claims", "assert", "accuse", "deny",
    "neutral",
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

pub fn run(a: &Args) -> Outcome {
    let aliases = load_aliases(&a.store.dir)?;
    let (claims, status) = read_store(&a.store);
    let ids = identities(&claims, &aliases);
    let rows = || ids.iter().map(row).collect::<Vec<_>>();
    let text = match a.format {
        Format::Table => format!("{}{} speakers\n", report::table(HEADERS, &rows()), ids.len()),
        Format::Jsonl => report::jsonl(&ids),
        Format::Json => report::json(&ids),
        Format::Yaml => report::yaml(&ids),
        Format::Csv => report::csv(HEADERS, &rows()),
        Format::Md => report::markdown(HEADERS, &rows()),
    };
    print(&text);
    Ok(status)
}
