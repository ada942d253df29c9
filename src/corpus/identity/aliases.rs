//! The user's corrections to identities: `aliases.yaml` in the claim store, read and checked.
//!
//! Not here: how they are applied (`clusters`).

use super::*;

/// The user's corrections, from `aliases.yaml` in the claim store.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aliases {
    /// Identities the user declares: their display name and the names that are them.
    #[serde(default)]
    pub identities: Vec<AliasIdentity>,
    /// Pairs of names that are never one identity.
    #[serde(default, deserialize_with = "non_empty_pairs")]
    pub apart: Vec<[String; 2]>,
}

/// One declared identity.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasIdentity {
    /// The display name; also a name of the identity.
    #[serde(deserialize_with = "non_empty")]
    pub name: String,
    /// Other names (any spelling: they are compared as the automatic rules compare names).
    #[serde(default, deserialize_with = "non_empty_list")]
    pub forms: Vec<String>,
    /// When given, only these articles' claims are taken (and split off from any other identity).
    #[serde(default)]
    pub articles: Vec<String>,
    /// The identity's kind, when the automatic one is wrong.
    #[serde(default)]
    pub kind: Option<SpeakerKind>,
}

/// The file in the claim store that holds the user's aliases.
pub const ALIASES_FILE: &str = "aliases.yaml";

/// Reads `DIR/aliases.yaml`; no file (or an empty one) means no aliases. A malformed file is an error that
/// names the file and the line.
pub fn load_aliases(dir: &Path) -> Result<Aliases> {
    let path = dir.join(ALIASES_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Aliases::default()),
        Err(e) => return Err(Error::io(&path, "cannot read the aliases file", e)),
    };
    match serde_yaml::from_str::<Option<Aliases>>(&text) {
        Ok(a) => Ok(a.unwrap_or_default()),
        Err(e) => Err(Error::Store {
            path,
            line: e.location().map(|l| l.line()),
            message: format!("not an aliases file: {e}"),
        }),
    }
}

/// A name in the aliases file: a string that is not blank (checked as it is read, so an error has a line).
pub(super) fn non_empty<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<String, D::Error> {
    let s = String::deserialize(d)?;
    if s.trim().is_empty() {
        return Err(serde::de::Error::custom("a name cannot be empty"));
    }
    Ok(s.trim().to_string())
}

pub(super) fn non_empty_list<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Vec<String>, D::Error> {
    let v = Vec::<Name>::deserialize(d)?;
    Ok(v.into_iter().map(|n| n.0).collect())
}

pub(super) fn non_empty_pairs<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Vec<[String; 2]>, D::Error> {
    let v = Vec::<[Name; 2]>::deserialize(d)?;
    Ok(v.into_iter().map(|[a, b]| [a.0, b.0]).collect())
}

/// A non-empty name, for lists and pairs.
pub(super) struct Name(String);

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Name, D::Error> {
        non_empty(d).map(Name)
    }
}
