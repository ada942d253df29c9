//! Extracting articles into the claim store: the one operation that writes it. The run holds the
//! store's lock (`store::lock`) from reading to writing. Articles are read and extracted in parallel
//! (each article's text is dropped once its claims are out; an article whose extraction fails is
//! reported and the others go on), each goes to its own store file (`assign`), reviewers' decisions
//! follow their claims (`carry`), identities are recomputed over the whole store, and only files whose
//! content changed are rewritten, each atomically, never over a file changed on disk meanwhile. A store
//! file that does not parse is reported and left alone.

pub mod assign;
pub mod carry;

use crate::article;
use crate::error::{Error, Warning};
use crate::store::{self, comments, lock::StoreLock, write, ArticleRecord, Durability, Expected, Written};
use assign::{Held, Index, Placed};
use carry::Carried;
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What an extraction did, for the command to report.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The records of the articles extracted in this run, in input order.
    pub extracted: Vec<ArticleRecord>,
    /// Every input or store file that could not be used, with why.
    pub errors: Vec<Error>,
    /// What was odd in inputs that were still used (an unknown front-matter key, a shared name).
    pub warnings: Vec<Warning>,
    /// Store files written (their content changed).
    pub written: usize,
    /// What became of the reviewers' decisions on the articles extracted.
    pub carried: Carried,
}

/// One input's outcome: its record and the warnings its reading gave, or why it could not be read.
type Extracted = Result<(ArticleRecord, Vec<Warning>), Error>;

/// The article files a path stands for: the file itself, or every `.txt` / `.md` entry directly in a
/// folder, sorted by name. Sub-folders (and links to folders), other files and special files are passed
/// over; a link named like an article that leads nowhere is kept, so that reading it reports it.
pub fn article_files(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, "cannot read the article path", e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    // The listing says each entry's type; only a link (or a file system that does not say) costs a stat.
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| Error::io(path, "cannot list the folder", e))?
        .filter_map(|e| {
            let e = e.ok()?;
            let p = e.path();
            if !p.extension().is_some_and(|x| x == "txt" || x == "md") {
                return None;
            }
            let kind = e.file_type().ok()?;
            let keep = kind.is_file()
                || (!kind.is_dir() && std::fs::metadata(&p).map_or(kind.is_symlink(), |m| m.is_file()));
            keep.then_some(p)
        })
        .collect();
    files.sort();
    Ok(files)
}

/// A source of articles: files on disk, or already-parsed articles (from JSON Lines).
pub enum Input {
    File(PathBuf),
    Parsed(Box<article::Article>),
}

/// Threads that write the store files holding reviews, which wait on the disk to sync them.
const SYNCING_WRITERS: usize = 16;

/// Extracts `inputs` into the store at `dir`. `tick` is called once per article processed; `waiting`
/// once if another run holds the store's lock and this one waits for it.
///
/// Inputs are pulled one at a time by the worker threads, so only the articles being extracted are in
/// memory; an `Err` input (a line of JSON Lines that does not parse) is reported in its place in the
/// order of the errors. Records are written in parallel, and the run's records are handed back without
/// a second copy.
pub fn extract_into_store<I>(inputs: I, dir: &Path, tick: &(dyn Fn() + Sync), waiting: &dyn Fn()) -> Outcome
where
    I: IntoIterator<Item = Result<Input, Error>>,
    I::IntoIter: Send,
{
    let mut outcome = Outcome::default();
    crate::extract::prepare();
    let _lock = match StoreLock::acquire(dir, waiting) {
        Ok(l) => l,
        Err(e) => {
            outcome.errors.push(e);
            return outcome;
        }
    };
    write::remove_stale_temporaries(dir);
    let (existing, store_errors) = store::scan(dir);
    // A store file that could not be read is never written over: it may hold a reviewer's work.
    let broken: HashSet<PathBuf> = store_errors.iter().map(|e| e.path().to_path_buf()).collect();
    outcome.errors.extend(store_errors);

    // The tables that comparing names needs are built beside the extraction, which does not use them.
    let inputs = inputs.into_iter();
    let (_, mut results) = rayon::join(crate::corpus::identity::prepare, || {
        inputs
            .enumerate()
            .par_bridge()
            .map(|(n, input)| {
                let art = input.and_then(|input| match input {
                    Input::File(p) => article::load(&p),
                    Input::Parsed(a) => Ok(*a),
                });
                tick();
                (n, art.and_then(extract_one))
            })
            .collect::<Vec<(usize, Extracted)>>()
    });
    results.sort_unstable_by_key(|r| r.0);

    let mut index = Index::new(dir, existing, broken, &mut outcome.errors);
    let mut records: Vec<(usize, ArticleRecord)> = Vec::with_capacity(results.len());
    for (n, r) in results {
        match r {
            Ok((rec, warnings)) => {
                outcome.warnings.extend(warnings);
                records.push((n, rec));
            }
            Err(e) => outcome.errors.push(e),
        }
    }
    // Articles already in the store find their files first, then the others in the order of their
    // names and sources, so that which one keeps a shared name does not depend on the inputs' order.
    let given: HashSet<(String, String)> = records
        .iter()
        .map(|(_, r)| (r.meta.article.clone(), assign::source_of(&r.meta.path)))
        .collect();
    records.sort_by_cached_key(|(n, r)| {
        let source = assign::source_of(&r.meta.path);
        let known = index.knows(&r.meta.article, &source);
        (
            !known,
            if known {
                String::new()
            } else {
                r.meta.article.clone()
            },
            source,
            *n,
        )
    });
    let mut run_files: Vec<(usize, PathBuf)> = Vec::new();
    for (n, rec) in records {
        match index.place(rec, &given, &mut outcome.warnings) {
            Ok((Placed::File(path), carried)) => {
                outcome.carried += carried;
                run_files.push((n, path));
            }
            Ok((Placed::Repeated, _)) => {}
            Err(e) => outcome.errors.push(e),
        }
    }
    run_files.sort_unstable();

    let mut files: Vec<PathBuf> = index.held.keys().cloned().collect();
    files.sort();
    let (mut records, helds): (Vec<ArticleRecord>, Vec<Held>) = files
        .iter()
        .map(|f| {
            let mut h = index.held.remove(f).expect("listed key");
            (std::mem::take(&mut h.record), h)
        })
        .unzip();
    let aliases = match crate::corpus::identity::load_aliases(dir) {
        Ok(a) => a,
        Err(e) => {
            outcome.errors.push(e);
            Default::default()
        }
    };
    crate::corpus::identity::assign_speakers(&mut records, &aliases);
    // A file holding a reviewer's work is synced, which waits on the disk: more writers than cores keep
    // the disk busy. The others cost only CPU and the folder's lock, and go fastest with one writer per
    // core (1,000 files: 46 to 59 ms with 2 writers, 67 to 91 ms with 16).
    let (mut synced, mut regenerable): (Vec<(usize, &mut ArticleRecord)>, Vec<_>) = records
        .iter_mut()
        .enumerate()
        .partition(|(_, r)| r.holds_reviews());
    let write = |which: &mut [(usize, &mut ArticleRecord)], durability: Durability| {
        which
            .par_iter_mut()
            .map(|(i, rec)| (*i, write_record(&files[*i], rec, &helds[*i], durability)))
            .collect::<Vec<(usize, Result<Written, Error>)>>()
    };
    let mut written = write(&mut regenerable, Durability::Regenerable);
    if !synced.is_empty() {
        written.extend(
            match rayon::ThreadPoolBuilder::new()
                .num_threads(SYNCING_WRITERS)
                .build()
            {
                Ok(pool) => pool.install(|| write(&mut synced, Durability::Synced)),
                Err(_) => write(&mut synced, Durability::Synced),
            },
        );
    }
    drop((synced, regenerable));
    written.sort_unstable_by_key(|w| w.0);
    for (i, w) in written {
        match w {
            Ok(Written::Written) => {
                outcome.written += 1;
                if let Some(old) = &helds[i].migrate_from {
                    if let Err(e) = std::fs::remove_file(old) {
                        outcome.errors.push(Error::io(
                            old,
                            "moved to its new name, but cannot remove the old file",
                            e,
                        ));
                    }
                }
            }
            Ok(Written::Unchanged) => {}
            Ok(Written::ChangedOnDisk(_)) => outcome.warnings.push(Warning {
                path: files[i].clone(),
                line: None,
                message: "changed on disk while extract ran: left as it is (its speakers are brought up to \
                          date on the next run)"
                    .into(),
            }),
            Err(e) => outcome.errors.push(e),
        }
    }
    // The run's records, with the identities just assigned, moved out of the store's records.
    let at: std::collections::HashMap<&PathBuf, usize> =
        files.iter().enumerate().map(|(i, f)| (f, i)).collect();
    for (_, f) in &run_files {
        let i = at[f];
        outcome.extracted.push(std::mem::take(&mut records[i]));
    }
    outcome
}

/// Extracts one article; a failure inside extraction (a defect) is this article's error, not the run's.
fn extract_one(a: article::Article) -> Extracted {
    let path = PathBuf::from(&a.meta.path);
    let claims = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| crate::extract::extract(&a)))
        .map_err(|panic| {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Error::input(
                &path,
                format!(
                    "could not be extracted: claimcheck failed on it ({why}); the other articles were \
                     written. Please report this file"
                ),
            )
        })?;
    Ok((
        ArticleRecord {
            claims,
            meta: a.meta,
            retired: Vec::new(),
        },
        a.warnings,
    ))
}

/// Writes one record to its file, never over a reviewer's save made while the run went on: a file
/// that changed on disk since it was read is read again, the decisions it holds now are carried onto
/// the record, and the write is tried once more. Comments in the file are carried over.
fn write_record(
    path: &Path,
    rec: &mut ArticleRecord,
    held: &Held,
    durability: Durability,
) -> Result<Written, Error> {
    let mut expected = held.read;
    let mut comments_from: Option<Vec<u8>> = if held.comments {
        std::fs::read(path)
            .ok()
            .filter(|b| expected == Expected::Hash(crate::text::fnv64(b)))
    } else if let Some(old) = &held.migrate_from {
        std::fs::read(old).ok().filter(|b| comments::any(b))
    } else {
        None
    };
    for _ in 0..2 {
        let mut text = store::to_yaml(rec);
        if let Some(old) = &comments_from {
            text = comments::carry(&String::from_utf8_lossy(old), &text);
        }
        match store::write_checked(path, &text, durability, expected)? {
            Written::ChangedOnDisk(now) if held.from_run => {
                // A reviewer saved the file meanwhile: their decisions win, carried onto this run's claims.
                let theirs = store::parse(path, &now)?;
                let mut fresh = rec.clone();
                fresh.retired.clear();
                for c in &mut fresh.claims {
                    c.review = Default::default();
                }
                carry::carry_reviews(&theirs, &mut fresh);
                *rec = fresh;
                expected = Expected::Hash(crate::text::fnv64(&now));
                comments_from = comments::any(&now).then_some(now);
            }
            other => return Ok(other),
        }
    }
    Err(Error::input(
        path,
        "changed on disk twice while extract wrote it: left as it is; run extract again",
    ))
}
