//! One identity per speaker across articles. (First version: the article's own fullest name.)

use crate::claim::Claim;
use crate::store::ArticleRecord;
use crate::text::fold;

/// Sets every claim's `speaker` to its identity's display name.
pub fn assign_speakers(records: &mut [ArticleRecord]) {
    for r in records {
        for c in &mut r.claims {
            c.speaker = c.speaker_name.clone();
        }
    }
}

/// Whether `query` names the claim's speaker (any part of the name, accents and case ignored).
pub fn speaker_matches(query: &str, c: &Claim) -> bool {
    let q = fold(query);
    [&c.speaker, &c.speaker_mention, &c.speaker_name].iter().any(|s| s.as_deref().is_some_and(|s| fold(s).contains(&q)))
}
