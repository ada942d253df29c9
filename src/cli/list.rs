//! `claimcheck list`: claims filtered by speaker, outlet, kind, stance or article, as a table.

use super::{print, read_store, Format, Outcome, StoreArg};
use crate::claim::{Claim, Kind, Stance};
use crate::text::fold;

/// List claims, filtered.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck list --speaker shoigu\n  claimcheck list --outlet 'press tv' --stance deny"
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
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only claims with this stance.
    #[arg(long, value_enum)]
    pub stance: Option<StanceArg>,
    /// Only claims of articles whose file name contains this.
    #[arg(long, value_name = "NAME")]
    pub article: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
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
}

const HEADERS: &[&str] = &["article", "speaker", "kind", "stance", "cue", "text"];

pub fn run(a: &Args) -> Outcome {
    let (claims, status) = read_store(&a.store);
    let kept: Vec<Claim> = claims.into_iter().filter(|c| keep(a, c)).collect();
    let text = match a.format {
        Format::Table => {
            let rows: Vec<Vec<String>> = kept
                .iter()
                .map(|c| {
                    vec![
                        c.article.clone(),
                        c.speaker
                            .clone()
                            .unwrap_or_else(|| format!("({})", c.outlet.as_deref().unwrap_or("outlet"))),
                        crate::report::name_of(&c.kind),
                        crate::report::name_of(&c.stance),
                        c.cue.clone().unwrap_or_default(),
                        c.text.clone(),
                    ]
                })
                .collect();
            format!("{}{} claims\n", crate::report::table(HEADERS, &rows), kept.len())
        }
        f => super::export::render(&kept, f),
    };
    print(&text);
    Ok(status)
}
