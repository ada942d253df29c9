//! The one data model every step shares: an article's metadata, a claim with its attribution, a
//! reviewer's decision on it, and a relation between two claims.
//!
//! Every view (the YAML store, JSON Lines, CSV, Markdown, the terminal table) serialises these types;
//! nothing here formats or prints.

use serde::{Deserialize, Serialize};

/// What the article says about itself: from front matter first, else detected in its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// The article's file name, without its directory (the contract's `article` field).
    pub article: String,
    /// Where the article was read from, as given on the command line.
    #[serde(default)]
    pub path: String,
    pub title: Option<String>,
    /// The publication.
    pub outlet: Option<String>,
    /// The wire service whose copy it is (AFP, Reuters).
    pub agency: Option<String>,
    pub author: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub date: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

/// How a claim is carried in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A whole quotation.
    Direct,
    /// Quoted words inside reported speech.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
    /// A factual claim in the outlet's own voice.
    Outlet,
}

impl Kind {
    /// The kind's name as the store writes it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Mixed => "mixed",
            Kind::Indirect => "indirect",
            Kind::Outlet => "outlet",
        }
    }
}

/// What the speaker does with the proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    #[default]
    Assert,
    Accuse,
    Deny,
    /// Neither confirms nor denies.
    Neutral,
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    #[default]
    Person,
    /// A state or its government, also when named by its capital (`Téhéran`, `le Kremlin`).
    State,
    /// A ministry, an army, a party, a company, an international body.
    Organisation,
    /// A news agency or outlet (TASS, IRNA, les médias iraniens).
    Media,
    /// A document (`le communiqué`, `le texte de l'accord`).
    Document,
}

/// A reviewer's decision on a claim; it follows the claim's words across re-extractions (see
/// `update::carry`). A corrected speaker or text is what every view shows instead of the extracted one
/// (`Claim::shown`); the extracted values stay in the store beside it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub status: ReviewStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The speaker as the reviewer corrected it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The claim's words as the reviewer corrected them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Where a reviewer stands on a claim (also the values of `--status`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    #[default]
    Unreviewed,
    Confirmed,
    Rejected,
    Corrected,
    /// A decision carried over from a claim whose words changed since; a reviewer should look again.
    Recheck,
}

/// One claim with its attribution: the contract's fields plus the evidence behind them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Stable: derived from the article's key, the claim's kind and words (see `extract::claim_id`).
    pub id: String,
    pub article: String,
    pub outlet: Option<String>,
    pub agency: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    /// One canonical display name for the speaker across all articles; `None` for the outlet's voice.
    pub speaker: Option<String>,
    /// The words in this article that name the speaker at this claim (`M. Choïgou`, `il`, `Téhéran`).
    pub speaker_mention: Option<String>,
    /// The fullest name this article gives the speaker (before cross-article identities).
    #[serde(default)]
    pub speaker_name: Option<String>,
    #[serde(default)]
    pub speaker_kind: Option<SpeakerKind>,
    /// The speaker's function if the article gives one.
    pub role: Option<String>,
    /// Relaying sources between speaker and outlet, nearest the speaker first.
    pub via: Vec<String>,
    pub kind: Kind,
    pub stance: Stance,
    /// The reporting words (`a déclaré`, `selon`), if any.
    pub cue: Option<String>,
    /// The quoted words (without quotation marks) or the reported content.
    pub text: String,
    /// Byte offsets of `text`'s evidence in the article file.
    pub span: [usize; 2],
    /// The rule that found and attributed the claim, for the reviewer.
    #[serde(default)]
    pub rule: String,
    #[serde(default)]
    pub review: Review,
}

impl Claim {
    /// The claim as every view shows it: with the reviewer's corrected speaker and text, if any, in
    /// place of the extracted ones (the corrected speaker is also the name its identity is found by).
    pub fn shown(mut self) -> Claim {
        if let Some(s) = self.review.speaker.clone() {
            self.speaker_name = Some(s.clone());
            self.speaker = Some(s);
        }
        if let Some(t) = self.review.text.clone() {
            self.text = t;
        }
        self
    }
}

/// The words of a claim as a reviewer judged them: its text with each run of white space made one space
/// and the characters that show nothing (soft hyphen, zero-width space and joiners, direction marks,
/// byte-order mark) left out. Claim ids hash these, and a decision follows them.
pub fn judged_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            space = true;
        } else if !crate::text::is_invisible(c) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// The relation between two claims or statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationKind {
    Agree,
    Contradict,
    Neutral,
    Unrelated,
}

/// A relation between two stored claims, as `compare` reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub a: String,
    pub b: String,
    pub relation: RelationKind,
    pub score: f64,
    /// The rule that fired and the words it matched.
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_s_name_is_the_one_the_store_writes() {
        for k in [Kind::Direct, Kind::Mixed, Kind::Indirect, Kind::Outlet] {
            assert_eq!(serde_json::to_value(k).expect("a name"), k.name());
        }
    }

    #[test]
    fn a_claim_keeps_the_id_it_has_in_the_seeds_store() {
        let id = crate::extract::claim_id(
            "001_8bf0302b39726d07.txt",
            Kind::Mixed,
            "atteint un nouveau niveau élevé malgré les sanctions",
            0,
        );
        assert_eq!(id, "001_8bf0302b-a024b8f6dfa0f481");
        // White space and invisible characters are not part of the words a reviewer judged.
        let spaced = crate::extract::claim_id(
            "001_8bf0302b39726d07.txt",
            Kind::Mixed,
            " atteint un nouveau\n niveau éle\u{AD}vé malgré les sanctions",
            0,
        );
        assert_eq!(spaced, id);
    }

    #[test]
    fn judged_words_keep_the_words_and_drop_what_shows_nothing() {
        assert_eq!(
            judged_words("  Nous\u{200B}  ne\ncéderons\u{AD} pas. "),
            "Nous ne céderons pas."
        );
    }
}
