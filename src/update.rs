//! Extracting articles into the claim store: the one operation that writes it. Articles are read and
//! extracted in parallel (each article's text is dropped once its claims are out), reviewers' decisions
//! are carried over, identities are recomputed over the whole store, and only files whose content
//! changed are rewritten, each atomically. A store file that does not parse is reported and left alone.

use crate::article;
use crate::claim::{Claim, ReviewStatus};
use crate::error::{Error, Warning};
use crate::store::{self, ArticleRecord, Durability};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What an extraction did, for the command to report.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The records of the articles extracted in this run, in input order.
    pub extracted: Vec<ArticleRecord>,
    /// Every input or store file that could not be used, with why.
    pub errors: Vec<Error>,
    /// What was odd in inputs that were still used (an unknown front-matter key).
    pub warnings: Vec<Warning>,
    /// Store files written (their content changed).
    pub written: usize,
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

/// Extracts `inputs` into the store at `dir`. `tick` is called once per article processed.
///
/// Inputs are pulled one at a time by the worker threads, so only the articles being extracted are in
/// memory; an `Err` input (a line of JSON Lines that does not parse) is reported in its place in the
/// order of the errors. Records are written in parallel, and the run's records are handed back without
/// a second copy.
pub fn extract_into_store<I>(inputs: I, dir: &Path, tick: &(dyn Fn() + Sync)) -> Outcome
where
    I: IntoIterator<Item = Result<Input, Error>>,
    I::IntoIter: Send,
{
    let mut outcome = Outcome::default();
    crate::extract::prepare();
    let (existing, store_errors) = store::load(dir);
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
                let rec = art.map(|a| {
                    let rec = ArticleRecord {
                        claims: crate::extract::extract(&a),
                        meta: a.meta,
                        retired: Vec::new(),
                    };
                    (rec, a.warnings)
                });
                (n, rec)
            })
            .collect::<Vec<(usize, Extracted)>>()
    });
    results.sort_unstable_by_key(|r| r.0);

    let mut by_file: HashMap<PathBuf, ArticleRecord> = existing.into_iter().collect();
    let mut taken: HashMap<PathBuf, String> = HashMap::new();
    // The store file of each record of this run, in input order.
    let mut run_files: Vec<PathBuf> = Vec::new();
    for (_, r) in results {
        match r {
            Ok((mut rec, warnings)) => {
                outcome.warnings.extend(warnings);
                let file = store_file(dir, &rec, &by_file, &taken);
                if broken.contains(&file) {
                    outcome.errors.push(Error::input(
                        &file,
                        format!(
                            "not updated from {}: the store file could not be read (see above); \
                             fix or move it, then run extract again",
                            rec.meta.path
                        ),
                    ));
                    continue;
                }
                if let Some(old) = by_file.get(&file) {
                    carry_reviews(old, &mut rec);
                }
                taken.insert(file.clone(), rec.meta.path.clone());
                run_files.push(file.clone());
                by_file.insert(file, rec);
            }
            Err(e) => outcome.errors.push(e),
        }
    }

    let mut files: Vec<PathBuf> = by_file.keys().cloned().collect();
    files.sort();
    let mut records: Vec<ArticleRecord> = files
        .iter()
        .map(|f| by_file.remove(f).expect("listed key"))
        .collect();
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
    let (synced, regenerable): (Vec<usize>, Vec<usize>) =
        (0..files.len()).partition(|&i| records[i].holds_reviews());
    let write = |which: &[usize], durability: Durability| -> Vec<(usize, Result<bool, Error>)> {
        which
            .par_iter()
            .map(|&i| {
                let text = store::to_yaml(&records[i]);
                (i, store::write_atomic(&files[i], &text, durability))
            })
            .collect()
    };
    let mut written = write(&regenerable, Durability::Regenerable);
    if !synced.is_empty() {
        written.extend(
            match rayon::ThreadPoolBuilder::new()
                .num_threads(SYNCING_WRITERS)
                .build()
            {
                Ok(pool) => pool.install(|| write(&synced, Durability::Synced)),
                Err(_) => write(&synced, Durability::Synced),
            },
        );
    }
    written.sort_unstable_by_key(|w| w.0);
    for (_, w) in written {
        match w {
            Ok(true) => outcome.written += 1,
            Ok(false) => {}
            Err(e) => outcome.errors.push(e),
        }
    }
    // The run's records, with the identities just assigned, moved out of the store's records (a file
    // given twice in one run is the only one copied).
    let at: HashMap<&PathBuf, usize> = files.iter().enumerate().map(|(i, f)| (f, i)).collect();
    let mut slots: Vec<Option<ArticleRecord>> = records.into_iter().map(Some).collect();
    let mut moved: HashMap<usize, usize> = HashMap::new();
    for f in &run_files {
        let i = at[f];
        match slots[i].take() {
            Some(rec) => {
                moved.insert(i, outcome.extracted.len());
                outcome.extracted.push(rec);
            }
            None => {
                let again = outcome.extracted[moved[&i]].clone();
                outcome.extracted.push(again);
            }
        }
    }
    outcome
}

/// The store file for an article: its file name, or, when another article of the same name from
/// another folder already holds that file, the name with a short hash of the path.
fn store_file(
    dir: &Path,
    rec: &ArticleRecord,
    existing: &HashMap<PathBuf, ArticleRecord>,
    taken: &HashMap<PathBuf, String>,
) -> PathBuf {
    let plain = dir.join(store::file_name_for(&rec.meta.article));
    let other_path = taken.get(&plain).cloned().or_else(|| {
        existing
            .get(&plain)
            .map(|r| r.meta.path.clone())
            .filter(|p| !p.is_empty() && Path::new(p).exists())
    });
    match other_path {
        Some(p) if p != rec.meta.path && !same_file(&p, &rec.meta.path) => {
            let stem = plain.file_stem().and_then(|s| s.to_str()).unwrap_or("article");
            dir.join(format!("{stem}~{:08x}.yaml", fnv32(&rec.meta.path)))
        }
        _ => plain,
    }
}

fn same_file(a: &str, b: &str) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

fn fnv32(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Carries reviewers' decisions from the previous record: to the claim with the same id; else, when
/// the claim's words changed slightly, to the closest claim of the same kind and speaker, marked for
/// re-review; a decision whose claim is gone is kept among the record's retired claims.
fn carry_reviews(old: &ArticleRecord, new: &mut ArticleRecord) {
    let reviewed = old
        .claims
        .iter()
        .chain(&old.retired)
        .filter(|c| c.review.status != ReviewStatus::Unreviewed);
    for oc in reviewed {
        if let Some(nc) = new.claims.iter_mut().find(|c| c.id == oc.id) {
            nc.review = oc.review.clone();
            continue;
        }
        let close = new
            .claims
            .iter_mut()
            .filter(|c| {
                c.review.status == ReviewStatus::Unreviewed
                    && c.kind == oc.kind
                    && c.speaker_name == oc.speaker_name
            })
            .map(|c| (strsim::normalized_levenshtein(&c.text, &oc.text), c))
            .filter(|(s, _)| *s >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match close {
            Some((_, nc)) => {
                nc.review = oc.review.clone();
                nc.review.status = ReviewStatus::Recheck;
                let was = crate::report::name_of(&oc.review.status);
                let note = format!("was {was} when the text read: {}", oc.text);
                nc.review.note = Some(match &oc.review.note {
                    Some(n) => format!("{n} ({note})"),
                    None => note,
                });
            }
            None => {
                if !new.retired.iter().any(|r: &Claim| r.id == oc.id) {
                    new.retired.push(oc.clone());
                }
            }
        }
    }
}
