//! Which store file each article goes to: one article, one file, the same on every run and whatever the
//! order of the inputs.
//!
//! An article is known by its name (the file's name, or a JSON Lines id) and its source (the file it was
//! read from, or the JSON Lines file). The same name and source find their file again. A name held by
//! an article whose source is gone is taken over (the article moved). A name held by another article
//! whose source is still there gives the newcomer a file of its own (`x~0a1b2c3d.yaml`), with a warning:
//! two articles are never merged into one file. A store file written by the first versions under another
//! name moves to the name it has now; a file whose `article:` is not the article its name is for (one of
//! them edited by hand) is reported and left as it is, with its decisions.
//!
//! Not here: the names themselves (`store::names`), what happens to the decisions (`carry`).

use crate::error::{Error, Warning};
use crate::store::{names, ArticleRecord, Expected, StoreFile};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A store file as this run will write it.
pub struct Held {
    pub record: ArticleRecord,
    /// What the file held when the store was read.
    pub read: Expected,
    /// Whether that file held comments to carry over.
    pub comments: bool,
    /// The key its claims' ids are made from: the article's name, with the variant if it has one.
    pub key: String,
    /// Whether this run extracted it.
    pub from_run: bool,
    /// The file it is moving from (a name given by an older version), removed once it is written.
    pub migrate_from: Option<PathBuf>,
}

/// The store's files by path, and by the article they hold.
pub struct Index {
    dir: PathBuf,
    pub held: HashMap<PathBuf, Held>,
    by_source: HashMap<(String, String), PathBuf>,
    /// Files that could not be read: never written over.
    broken: HashSet<PathBuf>,
}

/// Where a run's article went.
pub enum Placed {
    /// Into this file (new, or holding the article's previous extraction).
    File(PathBuf),
    /// Nowhere: the same article was already given in this run.
    Repeated,
}

/// The source an article record says it came from, comparable across runs: the file, resolved where it
/// exists, without the `:LINE` of a JSON Lines record.
pub fn source_of(path: &str) -> String {
    let file = match path.rsplit_once(':') {
        Some((file, line)) if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => file,
        _ => path,
    };
    match std::fs::canonicalize(file) {
        Ok(p) => p.to_string_lossy().into_owned(),
        Err(_) => file.to_string(),
    }
}

fn source_exists(source: &str) -> bool {
    Path::new(source).exists()
}

/// The key of the article named `name` in the file `file`: its name, and its variant if the file has one.
fn key_of(name: &str, variant: Option<u32>) -> String {
    match variant {
        Some(v) => format!("{name}~{v:08x}"),
        None => name.to_string(),
    }
}

impl Index {
    /// The index of the files read from the store at `dir`; `broken` are those that could not be read.
    /// A file whose `article:` is not the article its name is for (one of them was edited by hand) is
    /// reported in `errors` and left as it is, as a file that does not parse is: which of the two is
    /// right is the reviewer's call, and moving the file would part its decisions from their article.
    pub fn new(
        dir: &Path,
        files: Vec<StoreFile>,
        broken: HashSet<PathBuf>,
        errors: &mut Vec<Error>,
    ) -> Index {
        let mut index = Index {
            dir: dir.to_path_buf(),
            held: HashMap::with_capacity(files.len()),
            by_source: HashMap::with_capacity(files.len()),
            broken,
        };
        let mut legacy = Vec::new();
        for mut f in files {
            let source = source_of(&f.record.meta.path);
            let file_name = f.path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let mut given = names::given(file_name, &f.record.meta.article);
            // `article: wire_011.tx` in `wire_011.yaml`, extracted from `articles/wire_011.txt`: a name
            // damaged so that the file's name reads as an older version's for it (which would move the file
            // away from its article); the article is the one its source file and the file's name both say.
            // Another damaged name is reported (`Foreign`).
            if given == names::Given::Older && !is_jsonl(&f.record.meta.path) {
                let from_source = Path::new(&f.record.meta.path)
                    .file_name()
                    .and_then(|n| n.to_str());
                if let Some(n) = from_source.filter(|n| names::given(file_name, n) == names::Given::Plain) {
                    f.record.meta.article = n.to_string();
                    given = names::Given::Plain;
                }
            }
            let name = f.record.meta.article.clone();
            let held = Held {
                key: key_of(&name, given.variant().flatten()),
                read: Expected::Hash(f.hash),
                comments: f.comments,
                from_run: false,
                migrate_from: None,
                record: f.record,
            };
            match given {
                names::Given::Plain | names::Given::Variant(_) => {
                    index.by_source.entry((name, source)).or_insert(f.path.clone());
                    index.held.insert(f.path, held);
                }
                names::Given::Older => legacy.push((f.path, held)),
                names::Given::Foreign => {
                    errors.push(Error::Store {
                        line: line_of(&f.path, "article:"),
                        message: format!(
                            "`article: {name}` is not the article this file's name is for ({} would be): \
                             set `article:` back or rename the file",
                            names::file_name(&name, None)
                        ),
                        path: f.path.clone(),
                    });
                    index.broken.insert(f.path);
                }
            }
        }
        for (old, mut h) in legacy {
            let source = source_of(&h.record.meta.path);
            let (path, variant) = index.free_file(&h.record.meta.article, &source);
            h.key = key_of(&h.record.meta.article, variant);
            h.read = Expected::Absent;
            h.migrate_from = Some(old);
            index
                .by_source
                .entry((h.record.meta.article.clone(), source))
                .or_insert(path.clone());
            index.held.insert(path, h);
        }
        index
    }

    /// A file for the article `name` from `source` that no other article holds: the plain name when it
    /// is free, else a variant numbered from the source's hash.
    fn free_file(&self, name: &str, source: &str) -> (PathBuf, Option<u32>) {
        let plain = self.dir.join(names::file_name(name, None));
        if self.is_free(&plain) {
            return (plain, None);
        }
        let mut v = crate::text::fnv64(source.as_bytes()) as u32;
        loop {
            let path = self.dir.join(names::file_name(name, Some(v)));
            if self.is_free(&path) {
                return (path, Some(v));
            }
            v = v.wrapping_add(1);
        }
    }

    /// Whether the store already holds the article `name` from `source`.
    pub fn knows(&self, name: &str, source: &str) -> bool {
        self.by_source
            .contains_key(&(name.to_string(), source.to_string()))
    }

    fn is_free(&self, path: &Path) -> bool {
        !self.held.contains_key(path) && !self.broken.contains(path) && !path.exists()
    }

    /// Places a record this run extracted; `given` holds every (name, source) of the run. Carries the
    /// decisions of what the file held before (see `carry`), and returns where it went with what the
    /// decisions did, or why it was not placed.
    pub fn place(
        &mut self,
        mut rec: ArticleRecord,
        given: &HashSet<(String, String)>,
        warnings: &mut Vec<Warning>,
    ) -> Result<(Placed, super::carry::Carried), Error> {
        let name = rec.meta.article.clone();
        let source = source_of(&rec.meta.path);
        let mut carried = super::carry::Carried::default();
        let known = self.by_source.get(&(name.clone(), source.clone())).cloned();
        let path = match known {
            Some(p) => {
                if self.held.get(&p).is_some_and(|h| h.from_run) {
                    let first = &self.held[&p].record.meta.path;
                    if is_jsonl(first) && *first != rec.meta.path {
                        return Err(Error::input(
                            Path::new(&rec.meta.path),
                            format!(
                                "article {name:?} was already given at {first}: an id names one article; \
                                 this one was not extracted"
                            ),
                        ));
                    }
                    return Ok((Placed::Repeated, carried));
                }
                p
            }
            None => {
                let plain = self.dir.join(names::file_name(&name, None));
                let moved = self.held.get(&plain).is_some_and(|h| {
                    let theirs = source_of(&h.record.meta.path);
                    h.record.meta.article == name
                        && !h.from_run
                        && !source_exists(&theirs)
                        && !given.contains(&(name.clone(), theirs))
                });
                if self.broken.contains(&plain) {
                    return Err(Error::input(
                        &plain,
                        format!(
                            "not updated from {}: the store file could not be used (see above); fix or \
                             move it, then run extract again",
                            rec.meta.path
                        ),
                    ));
                }
                if moved {
                    plain
                } else {
                    let (path, variant) = self.free_file(&name, &source);
                    if variant.is_some() {
                        let other = self
                            .held
                            .get(&plain)
                            .map(|h| h.record.meta.path.clone())
                            .unwrap_or_else(|| plain.display().to_string());
                        warnings.push(Warning {
                            path: PathBuf::from(&rec.meta.path),
                            line: None,
                            message: format!(
                                "shares its name {name} with {other}, another article: kept apart in {} \
                                 (rename one to tell them apart in tables)",
                                path.display()
                            ),
                        });
                    }
                    path
                }
            }
        };
        let variant = names::given(path.file_name().and_then(|n| n.to_str()).unwrap_or(""), &name)
            .variant()
            .flatten();
        let key = key_of(&name, variant);
        if variant.is_some() {
            crate::extract::assign_ids(&mut rec.claims, &key);
        }
        self.by_source.insert((name, source), path.clone());
        let entry = match self.held.remove(&path) {
            Some(mut old) => {
                carried = super::carry::carry_reviews(&old.record, &mut rec);
                old.record = rec;
                old.key = key;
                old.from_run = true;
                old
            }
            None => Held {
                record: rec,
                read: Expected::Absent,
                comments: false,
                key,
                from_run: true,
                migrate_from: None,
            },
        };
        self.held.insert(path.clone(), entry);
        Ok((Placed::File(path), carried))
    }
}

/// The line of `file` that starts with `key`, if there is one.
fn line_of(file: &Path, key: &str) -> Option<usize> {
    let text = std::fs::read_to_string(file).ok()?;
    text.lines().position(|l| l.starts_with(key)).map(|i| i + 1)
}

/// Whether an article's path names a JSON Lines record (`FILE:LINE`).
fn is_jsonl(path: &str) -> bool {
    path.rsplit_once(':')
        .is_some_and(|(_, line)| !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()))
}
