//! `claimcheck list`: claims filtered by speaker, outlet, kind, stance, review status or article, as a
//! table (or any export format).

use super::{read_store, Decisions, Format, OutArg, Outcome, StoreArg};
use crate::claim::{Claim, Kind, Stance};
use crate::report;
use crate::text::fold;

/// List claims, filtered.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck list --speaker shoigu\n  claimcheck list --outlet 'press tv' --stance deny\n  \
                  claimcheck list --status recheck --wide"
)]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArg,
    /// Only claims by this speaker: any spelling or part of the name, accents and case ignored.
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only claims published by this outlet (part of its name, accents and case ignored).
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// Only claims of this kind.
    #[arg(long, value_enum, ignore_case = true)]
    pub kind: Option<KindArg>,
    /// Only claims with this stance.
    #[arg(long, value_enum, ignore_case = true)]
    pub stance: Option<StanceArg>,
    #[command(flatten)]
    pub decisions: Decisions,
    /// Only claims of articles whose file name contains this.
    #[arg(long, value_name = "NAME")]
    pub article: Option<String>,
    /// Output format (default: table, or what the --out file's extension names).
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub out: OutArg,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy)]
pub enum KindArg {
    Direct,
    Mixed,
    Indirect,
    Outlet,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy)]
pub enum StanceArg {
    Assert,
    Accuse,
    Deny,
    Neutral,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Direct => Kind::Direct,
            KindArg::Mixed => Kind::Mixed,
            KindArg::Indirect => Kind::Indirect,
            KindArg::Outlet => Kind::Outlet,
        }
    }
}

impl From<StanceArg> for Stance {
    fn from(s: StanceArg) -> Stance {
        match s {
            StanceArg::Assert => Stance::Assert,
            StanceArg::Accuse => Stance::Accuse,
            StanceArg::Deny => Stance::Deny,
            StanceArg::Neutral => Stance::Neutral,
        }
    }
}

fn contains_folded(hay: &Option<String>, needle: &str) -> bool {
    hay.as_deref().is_some_and(|h| fold(h).contains(&fold(needle)))
}

/// Whether a claim passes every filter given.
pub fn keep(a: &Args, c: &Claim) -> bool {
    a.speaker
        .as_deref()
        .is_none_or(|s| crate::corpus::identity::speaker_matches(s, c))
        && a.outlet.as_deref().is_none_or(|o| contains_folded(&c.outlet, o))
        && a.kind.is_none_or(|k| c.kind == k.into())
        && a.stance.is_none_or(|s| c.stance == s.into())
        && a.article
            .as_deref()
            .is_none_or(|n| fold(&c.article).contains(&fold(n)))
        && a.decisions.keeps(c)
}

/// The table's columns; the compact set leaves out what the text and speaker need the room for.
const COLUMNS: &[report::Column] = &[
    ("id", false),
    ("article", false),
    ("outlet", false),
    ("speaker", true),
    ("kind", false),
    ("stance", true),
    ("cue", false),
    ("status", true),
    ("text", true),
];

/// One claim as a row of the table.
pub fn row(c: &Claim) -> Vec<String> {
    vec![
        c.id.clone(),
        c.article.clone(),
        report::opt(&c.outlet),
        c.speaker
            .clone()
            .unwrap_or_else(|| format!("({})", c.outlet.as_deref().unwrap_or("outlet"))),
        report::name_of(&c.kind),
        report::name_of(&c.stance),
        report::opt(&c.cue),
        report::name_of(&c.review.status),
        c.text.clone(),
    ]
}

/// Claims as a table laid out as `shape` says, with a count line.
pub fn table(claims: &[Claim], shape: report::Shape) -> String {
    let rows: Vec<Vec<String>> = claims.iter().map(row).collect();
    report::table(COLUMNS, &rows, shape, ("claim", "claims"))
}

pub fn run(a: &Args) -> Outcome {
    let (claims, status) = read_store(&a.store);
    let kept: Vec<Claim> = claims.into_iter().filter(|c| keep(a, c)).collect();
    let text = match a.out.format(a.format, Format::Table) {
        Format::Table => table(&kept, a.out.shape()),
        f => super::export::render(&kept, f),
    };
    a.out.emit(&text)?;
    Ok(status)
}
