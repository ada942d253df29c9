//! The reviewer's side of the store: decisions coming back in from a spreadsheet or JSON Lines
//! (`import`), which claims a view or a comparison takes given their decisions (this file), the HTML
//! review page (`page`) and schema.org ClaimReview records (`claimreview`).
//!
//! Not here: how decisions follow their claims when an article is extracted again (`update::carry`),
//! writing store files (`store::write`).

pub mod claimreview;
pub mod import;
pub mod page;

use crate::claim::{Claim, ReviewStatus};

/// Whether a claim passes a `--status` filter: any claim when no status is asked for.
pub fn status_matches(wanted: &[ReviewStatus], c: &Claim) -> bool {
    wanted.is_empty() || wanted.contains(&c.review.status)
}

/// The claims a comparison (relations, threads) takes: a claim a reviewer rejected leaves them unless
/// `include_rejected`.
pub fn comparable(claims: Vec<Claim>, include_rejected: bool) -> Vec<Claim> {
    if include_rejected {
        return claims;
    }
    claims
        .into_iter()
        .filter(|c| c.review.status != ReviewStatus::Rejected)
        .collect()
}
