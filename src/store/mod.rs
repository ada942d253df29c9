//! The claim store on disk: one YAML file per article in `claims/`, holding the article's metadata, its
//! claims and the reviewers' decisions on them.
//!
//! What is guaranteed (and tested in `tests/robust_store.rs`): a file is written whole or not at all
//! (`write`); a file that changed on disk since it was read is never overwritten blindly; one writer at a
//! time (`lock`); a file that does not read as a store file is reported with its line and left byte for
//! byte, as is a file with a key the store does not know (a misspelt `notes:`); reviewers' comments in a
//! file, its mode and its owner survive a rewrite (`comments`, `write`).
//! `aliases.yaml` in the same folder belongs to the user (see `corpus::identity`) and no article takes
//! its name (`names`).
//!
//! Not here: which file an article goes to when names collide, and how decisions follow claims when an
//! article is extracted again (`update`).

pub mod comments;
pub mod lock;
pub mod names;
pub mod write;

pub use names::{file_name, RESERVED};
pub use write::{write_atomic, write_checked, Durability, Expected, Written};

use crate::claim::{ArticleMeta, Claim};
use crate::error::{Error, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// One article's file in the store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "OnDisk")]
pub struct ArticleRecord {
    #[serde(flatten)]
    pub meta: ArticleMeta,
    pub claims: Vec<Claim>,
    /// Claims a reviewer decided on that the extractor no longer finds: kept, never dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<Claim>,
}

/// A store file as it must read: the record's fields and no other (serde cannot refuse unknown keys
/// through `flatten`, so reading goes through this twin of `ArticleRecord`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OnDisk {
    article: String,
    #[serde(default)]
    path: String,
    title: Option<String>,
    outlet: Option<String>,
    agency: Option<String>,
    author: Option<String>,
    date: Option<String>,
    url: Option<String>,
    language: Option<String>,
    claims: Vec<Claim>,
    #[serde(default)]
    retired: Vec<Claim>,
}

impl From<OnDisk> for ArticleRecord {
    fn from(d: OnDisk) -> Self {
        ArticleRecord {
            meta: ArticleMeta {
                article: d.article,
                path: d.path,
                title: d.title,
                outlet: d.outlet,
                agency: d.agency,
                author: d.author,
                date: d.date,
                url: d.url,
                language: d.language,
            },
            claims: d.claims,
            retired: d.retired,
        }
    }
}

impl ArticleRecord {
    /// Whether the record holds a reviewer's work: a decision or note on a claim, or a retired claim.
    pub fn holds_reviews(&self) -> bool {
        !self.retired.is_empty() || self.claims.iter().any(|c| c.review != Default::default())
    }
}

/// A store file as read: where it is, its record, and what its bytes were, so that a writer can tell
/// whether it changed on disk since.
#[derive(Debug)]
pub struct StoreFile {
    pub path: PathBuf,
    pub record: ArticleRecord,
    /// The FNV-1a hash of the bytes read.
    pub hash: u64,
    /// Whether the file holds YAML comments, which a rewrite must carry over.
    pub comments: bool,
}

/// Reads every article record in `dir`, sorted by file name. A file that does not parse, or is not a
/// regular file (a pipe, a device), is returned as an error beside the records that did. Files are
/// parsed in parallel; the order stays the files' order. Dot-files (temporary files, an editor's swap
/// files) and the reserved files are not records and are passed over. A folder that does not exist is
/// an error saying how to make a store.
pub fn scan(dir: &Path) -> (Vec<StoreFile>, Vec<Error>) {
    let mut errors = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (
                Vec::new(),
                vec![Error::input(
                    dir,
                    "there is no claim store here: `claimcheck extract ARTICLES --claims DIR` makes one \
                     (the default store is claims/)",
                )],
            )
        }
        Err(e) => return (Vec::new(), vec![Error::io(dir, "cannot read the claim store", e)]),
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        let is_record_name = path.extension().is_some_and(|x| x == "yaml")
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('.') && !RESERVED.contains(&n));
        if !is_record_name {
            continue;
        }
        let regular = entry.file_type().is_ok_and(|t| t.is_file())
            || std::fs::metadata(&path).is_ok_and(|m| m.is_file());
        if regular {
            paths.push(path);
        } else {
            errors.push(Error::input(
                &path,
                "is not a regular file (a folder, a pipe or a device), so not a claim store file; passed over",
            ));
        }
    }
    paths.sort();
    let read: Vec<Result<StoreFile>> = paths.into_par_iter().map(|p| read_file(&p)).collect();
    let mut files = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(f) => files.push(f),
            Err(e) => errors.push(e),
        }
    }
    (files, errors)
}

/// The records of `scan`, for the commands that only read the store.
pub fn load(dir: &Path) -> (Vec<(PathBuf, ArticleRecord)>, Vec<Error>) {
    let (files, errors) = scan(dir);
    (files.into_iter().map(|f| (f.path, f.record)).collect(), errors)
}

/// Reads one store file.
pub fn read_record(path: &Path) -> Result<ArticleRecord> {
    read_file(path).map(|f| f.record)
}

fn read_file(path: &Path) -> Result<StoreFile> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, "cannot read the store file", e))?;
    let hash = crate::text::fnv64(&bytes);
    let record = parse(path, &bytes)?;
    Ok(StoreFile {
        path: path.to_path_buf(),
        record,
        hash,
        comments: comments::any(&bytes),
    })
}

/// Parses a store file's bytes; errors name the file and line.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<ArticleRecord> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Error::Store {
            path: path.to_path_buf(),
            line: Some(bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1),
            message: format!("not UTF-8 at byte {at}, so not a claim store file"),
        }
    })?;
    // An editor may save the file with a byte-order mark (Notepad does): it is no part of the YAML.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    serde_yaml::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        Error::Store {
            path: path.to_path_buf(),
            line: e.location().map(|l| l.line()),
            message: format!("not a claim store file: {message}"),
        }
    })
}

/// Serialises a record as the store writes it.
pub fn to_yaml(record: &ArticleRecord) -> String {
    crate::yaml_writer::to_string(record).expect("claim records always serialise")
}

/// Every claim of the store, in article then position order.
pub fn all_claims(records: &[(PathBuf, ArticleRecord)]) -> Vec<Claim> {
    records
        .iter()
        .flat_map(|(_, r)| r.claims.iter().cloned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::ReviewStatus;

    fn record() -> ArticleRecord {
        let text = "Le ministre a déclaré : « Nous n'avons rien livré. »\n";
        let article = crate::article::parse(Path::new("a.txt"), "a.txt", text.as_bytes().to_vec()).unwrap();
        ArticleRecord {
            claims: crate::extract::extract(&article),
            meta: article.meta,
            retired: Vec::new(),
        }
    }

    #[test]
    fn a_record_holds_reviews_once_a_decision_a_note_or_a_retired_claim_is_in_it() {
        let mut rec = record();
        assert!(!rec.claims.is_empty());
        assert!(!rec.holds_reviews());
        rec.claims[0].review.note = Some("à vérifier".into());
        assert!(rec.holds_reviews());
        rec.claims[0].review.note = None;
        rec.claims[0].review.status = ReviewStatus::Confirmed;
        assert!(rec.holds_reviews());
        rec.claims[0].review = Default::default();
        rec.retired.push(rec.claims[0].clone());
        assert!(rec.holds_reviews());
    }

    #[test]
    fn a_key_the_store_does_not_know_is_an_error_with_its_line() {
        let yaml = to_yaml(&record());
        for (from, to) in [
            (
                "    status: unreviewed\n",
                "    status: unreviewed\n    notes: vu\n",
            ),
            ("claims:\n", "claim: []\nclaims:\n"),
            ("  stance: ", "  stanse: assert\n  stance: "),
        ] {
            let edited = yaml.replacen(from, to, 1);
            assert_ne!(edited, yaml);
            let line = edited[..edited.find(to).unwrap()].matches('\n').count() + to.lines().count();
            match parse(Path::new("claims/a.yaml"), edited.as_bytes()) {
                Err(Error::Store {
                    line: Some(l),
                    message,
                    ..
                }) => {
                    assert!(message.contains("unknown field"), "{message}");
                    assert!(
                        l + 1 >= line && l <= line,
                        "line {l} for {to:?} (expected about {line})"
                    );
                }
                other => panic!("{to:?} was read: {other:?}"),
            }
        }
    }
}
