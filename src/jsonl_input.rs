//! Articles as JSON Lines, for `extract --jsonl FILE` (or `-` for standard input): one JSON object a
//! line with `id` (the article's name in the store), `text`, and any of the front-matter keys `title`,
//! `outlet`, `agency`, `author`, `date`, `url`, `language`. Spans are byte offsets into `text`.
//!
//! Lines are read one at a time, so a corpus is never all in memory. A line that is not such an
//! object is an error naming the file and the line, and the lines after it are still read. Blank lines
//! are passed over.
//!
//! Not here: extraction and the store (`update`), which take the articles this module yields.

use crate::article;
use crate::claim::ArticleMeta;
use crate::error::Error;
use crate::update::Input;
use serde::Deserialize;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// One line of the input.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    id: String,
    text: String,
    title: Option<String>,
    outlet: Option<String>,
    agency: Option<String>,
    author: Option<String>,
    date: Option<String>,
    url: Option<String>,
    language: Option<String>,
}

/// What errors call the input: the file as given, or `standard input` for `-`.
pub fn source_name(file: &Path) -> PathBuf {
    if file == Path::new("-") {
        PathBuf::from("standard input")
    } else {
        file.to_path_buf()
    }
}

/// The articles of a JSON Lines stream, in order; `source` names it in errors. Each item is an
/// article ready for extraction, or the error of one line. An error reading the stream itself ends it.
pub fn read<R: BufRead + Send>(
    reader: R,
    source: PathBuf,
) -> impl Iterator<Item = Result<Input, Error>> + Send {
    let mut failed = false;
    reader
        .split(b'\n')
        .enumerate()
        .map_while(move |(n, line)| {
            if failed {
                return None;
            }
            Some(match line {
                Ok(bytes) => parse_line(&source, n + 1, bytes),
                Err(e) => {
                    failed = true;
                    Some(Err(Error::io(&source, "cannot read the JSON Lines input", e)))
                }
            })
        })
        .flatten()
}

/// One line: `None` when it is blank.
fn parse_line(source: &Path, line: usize, bytes: Vec<u8>) -> Option<Result<Input, Error>> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let at = |message: String| Error::input(source, format!("line {line}: {message}"));
    let rec: Record = match serde_json::from_slice(&bytes) {
        Ok(r) => r,
        Err(e) => {
            return Some(Err(at(format!(
                "not an article object ({e}; expected keys: id, text, title, outlet, agency, author, date, url, language)"
            ))))
        }
    };
    if rec.id.trim().is_empty() || rec.id.contains(['/', '\\']) || rec.id == "." || rec.id == ".." {
        return Some(Err(at(format!(
            "`id` {:?} cannot name an article in the store (it must be non-empty, without `/` or `\\`)",
            rec.id
        ))));
    }
    let given = ArticleMeta {
        title: clean(rec.title),
        outlet: clean(rec.outlet).map(|o| crate::corpus::identity::outlet_name(&o)),
        agency: clean(rec.agency),
        author: clean(rec.author),
        date: clean(rec.date),
        url: clean(rec.url),
        language: clean(rec.language),
        ..ArticleMeta::default()
    };
    // The article's path in the store is the file and line it came from.
    let origin = PathBuf::from(format!("{}:{line}", source.display()));
    Some(
        article::parse_given(&origin, &rec.id, rec.text.into_bytes(), given)
            .map(|a| Input::Parsed(Box::new(a)))
            .map_err(|e| match e {
                Error::Input { message, .. } => at(format!("article {:?} {message}", rec.id)),
                other => other,
            }),
    )
}

/// A value as front matter reads it: trimmed, and absent when empty.
fn clean(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(input: &str) -> Vec<Result<Input, Error>> {
        read(input.as_bytes(), PathBuf::from("in.jsonl")).collect()
    }

    #[test]
    fn keys_are_front_matter_and_the_id_names_the_article() {
        let got = items(
            "{\"id\": \"x1\", \"text\": \"---\\noutlet: Autre\\nauthor: A\\n---\\nTexte.\", \"outlet\": \"Le Monde\"}\n",
        );
        let [Ok(Input::Parsed(a))] = got.as_slice() else {
            panic!("one article expected")
        };
        assert_eq!(a.meta.article, "x1");
        assert_eq!(a.meta.path, "in.jsonl:1");
        assert_eq!(a.meta.outlet.as_deref(), Some("Le Monde"));
        assert_eq!(a.meta.author.as_deref(), Some("A"));
        assert_eq!(&a.text[a.body_start..], "Texte.");
    }

    #[test]
    fn bad_lines_are_errors_with_their_number_and_blank_lines_are_skipped() {
        let got = items(
            "{\"id\": \"a\", \"text\": \"Un.\"}\n\n{\"id\": \"b\"}\n{\"id\": \"c\", \"text\": \"  \"}\n{\"id\": \"../d\", \"text\": \"Deux.\"}\n{\"id\": \"e\", \"text\": \"Trois.\", \"colour\": 1}\n",
        );
        let msgs: Vec<String> = got
            .iter()
            .map(|r| match r {
                Ok(Input::Parsed(a)) => format!("ok {}", a.meta.article),
                Ok(Input::File(_)) => unreachable!("JSON Lines yields parsed articles"),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(msgs.len(), 5);
        assert_eq!(msgs[0], "ok a");
        assert!(
            msgs[1].starts_with("in.jsonl: line 3: not an article object (missing field `text`"),
            "{}",
            msgs[1]
        );
        assert_eq!(
            msgs[2],
            "in.jsonl: line 4: article \"c\" is empty or holds only white space: there is nothing to extract; skipped"
        );
        assert!(
            msgs[3].starts_with("in.jsonl: line 5: `id` \"../d\" cannot name"),
            "{}",
            msgs[3]
        );
        assert!(
            msgs[4].starts_with("in.jsonl: line 6: not an article object (unknown field `colour`"),
            "{}",
            msgs[4]
        );
    }
}
