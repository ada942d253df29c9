//! `claimcheck check`: the main job in one go. Extracts the given articles (default `seeds/`) into the
//! store, then reports on those articles only: a short summary first, then the threads (each disputed
//! proposition with its sides and their independent sources, disputed threads first), then the disputes
//! between outlets (contradicting claims published by two outlets), then the other contradictions, the answers that
//! neither confirm nor deny, the agreements, the speakers and the articles. `--html FILE` also writes the
//! review page of the same articles.
//!
//! Not here: how relations and threads are found (`corpus::compare`, `corpus::threads`), how the page is
//! built (`review::page`).

use super::{compare, extract, print, speakers, threads, Format, Outcome, StoreArg};
use crate::claim::{Claim, Relation, RelationKind};
use crate::store::ArticleRecord;
use std::collections::HashMap;
use std::path::PathBuf;

/// Extract articles, then show a summary, the threads (disputed first), the disputes between outlets, and
/// the rest.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  claimcheck check\n  claimcheck check articles/ --claims /tmp/claims --html review.html"
)]
pub struct Args {
    /// Article files (.txt, .md) or folders of them.
    #[arg(value_name = "PATH", default_value = "seeds")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
    /// Also write the review page of these articles to FILE (one self-contained HTML file).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

pub fn run(a: &Args) -> Outcome {
    let run = extract::extract(&a.paths, None, &a.store);
    if run.failed && run.outcome.extracted.is_empty() {
        // Nothing was read: the errors are already printed, an empty report would only hide them.
        return Ok(1);
    }
    let records: Vec<ArticleRecord> = run.outcome.extracted.clone();
    let claims: Vec<Claim> = records
        .iter()
        .flat_map(|r| r.claims.iter().cloned())
        .map(Claim::shown)
        .collect();
    let compared = crate::review::comparable(claims.clone(), false);
    let by_id: HashMap<&str, &Claim> = compared.iter().map(|c| (c.id.as_str(), c)).collect();
    let relations = crate::corpus::compare::compare(&compared);
    let aliases = crate::corpus::identity::load_aliases(&a.store.dir)?;
    let ids = crate::corpus::identity::identities(&claims, &aliases);
    let shape = super::shape();

    let of = |kind: RelationKind, between: Option<bool>| {
        compare::rows(&relations, &by_id, move |r: &Relation, x: &Claim, y: &Claim| {
            r.relation == kind && between.is_none_or(|b| compare::between_outlets(x, y) == b)
        })
    };
    let disputes = of(RelationKind::Contradict, Some(true));
    let others = of(RelationKind::Contradict, Some(false));
    let neutral = of(RelationKind::Neutral, None);
    let agree = of(RelationKind::Agree, None);

    let n = crate::report::count;
    let summary = format!(
        "{}, {}, {}\n{}, {}, {}, {}\n{}",
        n(records.len(), "article", "articles"),
        n(claims.len(), "claim", "claims"),
        n(ids.len(), "speaker", "speakers"),
        n(
            disputes.len(),
            "dispute between outlets",
            "disputes between outlets"
        ),
        n(others.len(), "other contradiction", "other contradictions"),
        n(
            neutral.len(),
            "answer that neither confirms nor denies",
            "answers that neither confirm nor deny"
        ),
        n(agree.len(), "agreement", "agreements"),
        extract::written_line(&run.outcome, &a.store)
    );
    print(&crate::report::wrap(&summary, shape.width));
    let found = crate::corpus::threads::threads(&compared, &relations);
    print(&format!("\nThreads\n{}", threads::table(&found, shape)));
    for (title, rows) in [
        ("Disputes between outlets", &disputes),
        ("Other contradictions", &others),
        ("Neither confirmed nor denied", &neutral),
        ("Agreements", &agree),
    ] {
        print(&format!("\n{title}\n{}", compare::table(rows, &by_id, shape)));
    }
    print(&format!(
        "\nSpeakers\n{}\nArticles\n{}",
        speakers::render(&ids, Format::Table, shape),
        extract::summary_table(&run.outcome, shape)
    ));
    if let Some(path) = &a.html {
        let page = crate::review::page::build(&records, &claims, &relations);
        crate::store::write_atomic(path, &page, crate::store::Durability::Regenerable)?;
        print(&format!("review page written to {}\n", path.display()));
    }
    Ok(u8::from(run.failed))
}
