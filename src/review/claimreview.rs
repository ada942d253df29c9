//! The reviewed claims as schema.org `ClaimReview` records (JSON-LD), the form fact-checks are published
//! in and that Google's Fact Check tools read: what was claimed (`claimReviewed`), the claim itself
//! (`itemReviewed`, a `Claim` whose `author` is the speaker and whose `appearance` is the article with its
//! URL, date, title and publisher), the reviewer's verdict (`reviewRating`) and the reviewing
//! organisation (`author`).
//!
//! A record is made for each claim a reviewer confirmed, rejected or corrected; the verdict is that
//! status (`alternateName`) with the reviewer's note as its explanation. Not here: which claims were
//! asked for (`cli::export`).

use crate::claim::{ArticleMeta, Claim, ReviewStatus, SpeakerKind};
use crate::store::ArticleRecord;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::path::PathBuf;

/// Each claim's article, by claim id.
pub fn articles_of(records: &[(PathBuf, ArticleRecord)]) -> HashMap<&str, &ArticleMeta> {
    records
        .iter()
        .flat_map(|(_, r)| r.claims.iter().map(move |c| (c.id.as_str(), &r.meta)))
        .collect()
}

/// Whether a claim carries a verdict a ClaimReview can publish.
pub fn is_reviewed(c: &Claim) -> bool {
    matches!(
        c.review.status,
        ReviewStatus::Confirmed | ReviewStatus::Rejected | ReviewStatus::Corrected
    )
}

/// The ClaimReview records of the reviewed claims among `claims` (as shown: with their corrections), as
/// a JSON array, by the organisation `org`.
pub fn render(claims: &[Claim], articles: &HashMap<&str, &ArticleMeta>, org: &str) -> String {
    let records: Vec<Value> = claims
        .iter()
        .filter(|c| is_reviewed(c))
        .map(|c| record(c, articles.get(c.id.as_str()).copied(), org))
        .collect();
    serde_json::to_string_pretty(&records).expect("JSON values always serialise") + "\n"
}

/// An object of a schema.org type with the properties that have a value.
fn thing(kind: &str, props: &[(&str, Option<Value>)]) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), json!(kind));
    for (k, v) in props {
        if let Some(v) = v {
            m.insert((*k).into(), v.clone());
        }
    }
    Value::Object(m)
}

fn text(s: Option<&str>) -> Option<Value> {
    s.map(str::trim).filter(|s| !s.is_empty()).map(|s| json!(s))
}

/// One claim's record.
fn record(c: &Claim, meta: Option<&ArticleMeta>, org: &str) -> Value {
    let outlet = c.outlet.as_deref().or(meta.and_then(|m| m.outlet.as_deref()));
    let publisher = text(outlet).map(|name| thing("NewsMediaOrganization", &[("name", Some(name))]));
    // A claim in the outlet's own voice is the outlet's.
    let author = match c.speaker.as_deref() {
        Some(name) => {
            let kind = match c.speaker_kind {
                Some(SpeakerKind::Person) | None => "Person",
                Some(SpeakerKind::State) => "GovernmentOrganization",
                Some(SpeakerKind::Media) => "NewsMediaOrganization",
                Some(SpeakerKind::Organisation | SpeakerKind::Document) => "Organization",
            };
            Some(thing(kind, &[("name", text(Some(name)))]))
        }
        None => publisher.clone(),
    };
    let date = c.date.as_deref().or(meta.and_then(|m| m.date.as_deref()));
    let appearance = thing(
        "NewsArticle",
        &[
            ("url", text(meta.and_then(|m| m.url.as_deref()))),
            ("headline", text(c.title.as_deref())),
            ("datePublished", text(date)),
            ("publisher", publisher),
        ],
    );
    let verdict = match c.review.status {
        ReviewStatus::Confirmed => "Confirmed",
        ReviewStatus::Rejected => "Rejected",
        _ => "Corrected",
    };
    let note = text(c.review.note.as_deref());
    let mut out = thing(
        "ClaimReview",
        &[
            ("identifier", Some(json!(c.id))),
            ("claimReviewed", Some(json!(c.text))),
            (
                "itemReviewed",
                Some(thing(
                    "Claim",
                    &[
                        ("author", author),
                        ("appearance", Some(appearance)),
                        ("datePublished", text(date)),
                    ],
                )),
            ),
            (
                "author",
                Some(thing("Organization", &[("name", Some(json!(org)))])),
            ),
            (
                "reviewRating",
                Some(thing(
                    "Rating",
                    &[
                        ("alternateName", Some(json!(verdict))),
                        ("ratingExplanation", note.clone()),
                    ],
                )),
            ),
            ("reviewBody", note),
        ],
    );
    out.as_object_mut()
        .expect("an object")
        .insert("@context".into(), json!("https://schema.org"));
    out
}
