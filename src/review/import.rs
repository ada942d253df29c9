//! Reviewers' decisions coming back into the store: rows of a CSV file as a spreadsheet saves it (the
//! columns `id`, `review_status`, `review_note`, `review_speaker`, `review_text` of `export --format csv`,
//! any order, comma, semicolon or tab separated, with or without a byte-order mark) or lines of JSON
//! Lines (`{"id": ..., "review": {...}}`, as `export --format jsonl` writes them).
//!
//! Each row's decision replaces the claim's review, field by field for the columns the file has. The
//! decisions are applied under the store's lock, each store file rewritten whole and synced, never over
//! a file saved by hand meanwhile (that file is read again and the rows applied to it). A row that cannot
//! be read or names no claim of the store is reported with its line and not applied; the others are.
//!
//! Not here: reading the store (`store`), how decisions follow claims on the next extraction (`update`).

use crate::claim::{Review, ReviewStatus};
use crate::error::{Error, Result};
use crate::store::{self, lock::StoreLock, ArticleRecord, Durability, Expected, Written};
use std::collections::HashMap;
use std::path::Path;

/// What a row says about a claim's review: for each field, its new value, or `None` where the file has
/// no such column (the field is left as it is).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Patch {
    pub status: Option<ReviewStatus>,
    pub note: Option<Option<String>>,
    pub speaker: Option<Option<String>>,
    pub text: Option<Option<String>>,
}

impl Patch {
    /// The review after this patch.
    pub fn applied_to(&self, old: &Review) -> Review {
        Review {
            status: self.status.unwrap_or(old.status),
            note: self.note.clone().unwrap_or_else(|| old.note.clone()),
            speaker: self.speaker.clone().unwrap_or_else(|| old.speaker.clone()),
            text: self.text.clone().unwrap_or_else(|| old.text.clone()),
        }
    }
}

/// One decision read from the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line the row starts on.
    pub line: u64,
    pub id: String,
    pub patch: Patch,
}

/// A row that was not applied, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: u64,
    pub message: String,
}

/// A decision that changed a claim's review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub line: u64,
    pub id: String,
    pub before: Review,
    pub after: Review,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub applied: Vec<Applied>,
    /// Rows whose decision the claim already had.
    pub unchanged: usize,
    pub problems: Vec<Problem>,
    /// Store files written.
    pub written: usize,
}

/// Reads the decisions of `bytes` (the file `path`, or `-` for standard input): JSON Lines when the first
/// thing in it is `{`, else CSV. An error is a file that cannot be used at all (no `id` column); a row
/// that cannot be read is a problem with its line.
pub fn read(path: &Path, bytes: &[u8]) -> Result<(Vec<Row>, Vec<Problem>)> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::input(
            path,
            format!("line {line}: not UTF-8 (save the spreadsheet as CSV in UTF-8, \"Unicode (UTF-8)\")"),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        Ok(read_jsonl(text))
    } else {
        read_csv(path, text)
    }
}

fn read_jsonl(text: &str) -> (Vec<Row>, Vec<Problem>) {
    #[derive(serde::Deserialize)]
    struct Line {
        id: String,
        review: Review,
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (n, l) in text.lines().enumerate() {
        let line = n as u64 + 1;
        if l.trim().is_empty() {
            continue;
        }
        // Only `id` and `review` are read: the other fields of an exported claim are the extractor's.
        match serde_json::from_str::<Line>(l) {
            Ok(Line { id, review }) => rows.push(Row {
                line,
                id,
                patch: Patch {
                    status: Some(review.status),
                    note: Some(review.note),
                    speaker: Some(review.speaker),
                    text: Some(review.text),
                },
            }),
            Err(e) => problems.push(Problem {
                line,
                message: format!(
                    "cannot be read: {e} (a line needs \"id\" and \"review\": {{\"status\": ..., \"note\": ..., \
                     \"speaker\": ..., \"text\": ...}})"
                ),
            }),
        }
    }
    (rows, problems)
}

/// The separator of a CSV file: the one of comma, semicolon and tab that its header line has most of
/// (a spreadsheet in French saves with semicolons).
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&s| (header.bytes().filter(|&b| b == s).count(), s == b','))
        .unwrap_or(b',')
}

/// A cell as a value: line breaks as `\n`, white space around it left out, empty as `None`.
fn value(cell: &str) -> Option<String> {
    let v = cell.replace("\r\n", "\n").replace('\r', "\n");
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// A status as a reviewer may type it: any case, white space around it; empty is `unreviewed`.
pub fn status(cell: &str) -> std::result::Result<ReviewStatus, String> {
    let s = cell.trim().to_lowercase();
    if s.is_empty() {
        return Ok(ReviewStatus::Unreviewed);
    }
    <ReviewStatus as clap::ValueEnum>::from_str(&s, true).map_err(|_| {
        format!(
            "review_status `{}` is not one of unreviewed, confirmed, rejected, corrected, recheck",
            cell.trim()
        )
    })
}

fn read_csv(path: &Path, text: &str) -> Result<(Vec<Row>, Vec<Problem>)> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::input(path, format!("line 1: cannot read the header row: {e}")))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let Some(id) = column("id") else {
        return Err(Error::input(
            path,
            "line 1: no `id` column: review import reads the table `claimcheck export --format csv` writes \
             (columns id, review_status, review_note, review_speaker, review_text; the others are not read)",
        ));
    };
    let (st, note, speaker, words) = (
        column("review_status"),
        column("review_note"),
        column("review_speaker"),
        column("review_text"),
    );
    if [st, note, speaker, words].iter().all(Option::is_none) {
        return Err(Error::input(
            path,
            "line 1: none of the columns review_status, review_note, review_speaker, review_text: there is \
             no decision to read",
        ));
    }
    // The line a row starts on, from its byte offset: the reader's own line count is off with CRLF.
    let line_at = |p: Option<&csv::Position>| {
        p.map_or(0, |p| {
            let mut at = (p.byte() as usize).min(text.len());
            // A record read after a CR starts at the LF that ends its line.
            while text
                .as_bytes()
                .get(at)
                .is_some_and(|b| *b == b'\n' || *b == b'\r')
            {
                at += 1;
            }
            text.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1
        })
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = line_at(e.position());
                problems.push(Problem {
                    line,
                    message: format!("cannot be read: {e}"),
                });
                continue;
            }
        };
        let line = line_at(record.position());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: Option<usize>| i.map(|i| record.get(i).unwrap_or(""));
        let Some(claim) = cell(Some(id)).and_then(value) else {
            problems.push(Problem {
                line,
                message: "has no claim id".into(),
            });
            continue;
        };
        let status = match cell(st).map(status).transpose() {
            Ok(s) => s,
            Err(message) => {
                problems.push(Problem { line, message });
                continue;
            }
        };
        rows.push(Row {
            line,
            id: claim,
            patch: Patch {
                status,
                note: cell(note).map(value),
                speaker: cell(speaker).map(value),
                text: cell(words).map(value),
            },
        });
    }
    Ok((rows, problems))
}

/// Where a claim is in the store: its file, and whether among the retired claims, at which index.
type Place = (usize, bool, usize);

/// Applies `rows` to the store at `dir` under its lock; `waiting` is called once if another run holds it.
pub fn apply(dir: &Path, rows: Vec<Row>, waiting: impl FnOnce()) -> Result<Outcome> {
    if !dir.is_dir() {
        return Err(Error::input(
            dir,
            "there is no claim store here: `claimcheck extract ARTICLES --claims DIR` makes one",
        ));
    }
    let _lock = StoreLock::acquire(dir, waiting)?;
    let (files, errors) = store::scan(dir);
    let mut out = Outcome::default();
    let mut place: HashMap<String, Place> = HashMap::new();
    for (f, file) in files.iter().enumerate() {
        for (i, c) in file.record.claims.iter().enumerate() {
            place.insert(c.id.clone(), (f, false, i));
        }
        for (i, c) in file.record.retired.iter().enumerate() {
            place.entry(c.id.clone()).or_insert((f, true, i));
        }
    }
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut by_file: HashMap<usize, Vec<Row>> = HashMap::new();
    for row in rows {
        if let Some(first) = seen.get(&row.id) {
            out.problems.push(Problem {
                line: row.line,
                message: format!(
                    "claim {} is also on line {first}; this row was not applied",
                    row.id
                ),
            });
            continue;
        }
        seen.insert(row.id.clone(), row.line);
        match place.get(&row.id) {
            Some(&(f, _, _)) => by_file.entry(f).or_default().push(row),
            None => out.problems.push(Problem {
                line: row.line,
                message: format!(
                    "no claim {} in {}{}",
                    row.id,
                    dir.display(),
                    if errors.is_empty() {
                        ""
                    } else {
                        " (some store files could not be read; see above)"
                    }
                ),
            }),
        }
    }
    let mut order: Vec<usize> = by_file.keys().copied().collect();
    order.sort_unstable();
    for f in order {
        let file = &files[f];
        let rows = &by_file[&f];
        let mut record = file.record.clone();
        let changes = patch(&mut record, rows);
        out.unchanged += rows.len() - changes.len();
        if changes.is_empty() {
            continue;
        }
        match write(&file.path, &record, rows, Expected::Hash(file.hash))? {
            Some(changes) => out.applied.extend(changes),
            None => out.applied.extend(changes),
        }
        out.written += 1;
    }
    out.applied.sort_by_key(|a| a.line);
    out.problems.sort_by_key(|p| p.line);
    Ok(out)
}

/// Applies the rows to a record's claims; returns the changes made.
fn patch(record: &mut ArticleRecord, rows: &[Row]) -> Vec<Applied> {
    let mut changes = Vec::new();
    for row in rows {
        let claim = record
            .claims
            .iter_mut()
            .chain(record.retired.iter_mut())
            .find(|c| c.id == row.id);
        if let Some(c) = claim {
            let after = row.patch.applied_to(&c.review);
            if after != c.review {
                changes.push(Applied {
                    line: row.line,
                    id: row.id.clone(),
                    before: std::mem::replace(&mut c.review, after.clone()),
                    after,
                });
            }
        }
    }
    changes
}

/// The file's new text with the comments its old text has, put back where they were.
fn with_comments(path: &Path, text: String) -> String {
    match std::fs::read(path) {
        Ok(old) if store::comments::any(&old) => {
            store::comments::carry(&String::from_utf8_lossy(&old), &text)
        }
        _ => text,
    }
}

/// Writes a patched record, synced; if the file was saved by hand since it was read, the rows are applied
/// to what it holds now (and those changes returned) and the write tried once more.
fn write(
    path: &Path,
    record: &ArticleRecord,
    rows: &[Row],
    expected: Expected,
) -> Result<Option<Vec<Applied>>> {
    let text = with_comments(path, store::to_yaml(record));
    match store::write_checked(path, &text, Durability::Synced, expected)? {
        Written::Written | Written::Unchanged => Ok(None),
        Written::ChangedOnDisk(now) => {
            let mut theirs = store::parse(path, &now)?;
            let changes = patch(&mut theirs, rows);
            let text = with_comments(path, store::to_yaml(&theirs));
            match store::write_checked(
                path,
                &text,
                Durability::Synced,
                Expected::Hash(crate::text::fnv64(&now)),
            )? {
                Written::ChangedOnDisk(_) => Err(Error::input(
                    path,
                    "changed on disk twice while review import wrote it: left as it is; run the import again",
                )),
                _ => Ok(Some(changes)),
            }
        }
    }
}
