//! One identity per speaker across articles. (First version: the article's own fullest name.)

use crate::claim::Claim;
use crate::store::ArticleRecord;
use crate::text::fold;

/// A user's merges and splits of identities (first version: none).
#[derive(Debug, Default)]
pub struct Aliases;

/// Reads `aliases.yaml` from the store folder (first version: none).
pub fn load_aliases(_dir: &std::path::Path) -> crate::error::Result<Aliases> {
    Ok(Aliases)
}

/// Sets every claim's `speaker` to its identity's display name.
pub fn assign_speakers(records: &mut [ArticleRecord], _aliases: &Aliases) {
    for r in records {
        for c in &mut r.claims {
            c.speaker = c.speaker_name.clone();
        }
    }
}

/// Whether `query` names the claim's speaker (any part of the name, accents and case ignored).
pub fn speaker_matches(query: &str, c: &Claim) -> bool {
    let q = fold(query);
    [&c.speaker, &c.speaker_mention, &c.speaker_name]
        .iter()
        .any(|s| s.as_deref().is_some_and(|s| fold(s).contains(&q)))
}

/// The display name of an outlet (`FRENCH PRESS TV` → `Press TV`), through the media table.
pub fn outlet_name(raw: &str) -> String {
    let w = &crate::lang::fr().world;
    let raw = raw.trim();
    let f = fold(raw);
    w.media
        .iter()
        .find(|m| {
            m.forms
                .iter()
                .any(|x| f == fold(x) || f.ends_with(&format!(" {}", fold(x))))
        })
        .map_or_else(|| raw.to_string(), |m| m.name.clone())
}
