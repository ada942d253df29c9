//! An article as read from disk: its original bytes as text (never rewritten; every span points into
//! it), its YAML front matter, and the metadata detected in the text itself when front matter is silent
//! (a `SOURCE:` line, `Avec AFP`, `(Reuters) -`, `Par NOM`, a French date, the title line).
//!
//! Not here: page furniture (`extract::furniture`) beyond the lines metadata detection reads.

use crate::claim::ArticleMeta;
use crate::error::{Error, Result, Warning};
use regex::Regex;
use std::path::Path;
use std::sync::OnceLock;

/// One article, ready for extraction.
#[derive(Debug, Clone)]
pub struct Article {
    pub meta: ArticleMeta,
    /// The file's text exactly as on disk (a UTF-8 byte-order mark included, so offsets are file offsets).
    pub text: String,
    /// Where the body starts: after the byte-order mark and the front matter.
    pub body_start: usize,
    /// What was odd but did not stop the article being read (an unknown front-matter key).
    pub warnings: Vec<Warning>,
}

/// Reads and parses one article file. `name` is the article's name in the store (its file name).
pub fn load(path: &Path) -> Result<Article> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, "cannot read the article", e))?;
    let name = path
        .file_name()
        .map_or_else(|| "article".to_string(), crate::store::names::article_name);
    parse(path, &name, bytes)
}

/// The 1-based line of byte offset `at`.
fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Parses an article from its bytes; `path` is only used in messages. Refuses, with a message saying
/// why and what to do: UTF-16, binary files, text that is not UTF-8, empty files and front matter that
/// is not valid YAML or never closed.
pub fn parse(path: &Path, name: &str, bytes: Vec<u8>) -> Result<Article> {
    parse_given(path, name, bytes, ArticleMeta::default())
}

/// Parses an article whose metadata partly comes from outside the text (the keys of a JSON Lines
/// record): each field `given` has wins over the text's front matter, which wins over detection.
pub fn parse_given(path: &Path, name: &str, bytes: Vec<u8>, given: ArticleMeta) -> Result<Article> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::input(
            path,
            "is UTF-16 (it starts with a UTF-16 byte-order mark); claimcheck reads UTF-8 so that spans are \
             byte offsets into the file: convert it with iconv -f UTF-16 -t UTF-8",
        ));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::input(
            path,
            format!(
                "line {}: a NUL byte at byte {at}: this is a binary file, not an article; skipped (give only \
                 .txt or .md text files; if it is UTF-16 text, convert it with iconv -f UTF-16 -t UTF-8)",
                line_of(&bytes, at)
            ),
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = line_of(e.as_bytes(), at);
            return Err(Error::input(
                path,
                format!(
                    "line {line}: not UTF-8 (byte {at}; probably Windows-1252 or Latin-1). claimcheck does not \
                     guess encodings, so that spans stay byte offsets into the file: convert it with \
                     iconv -f WINDOWS-1252 -t UTF-8"
                ),
            ));
        }
    };
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(Error::input(
            path,
            "is empty or holds only white space: there is nothing to extract; skipped",
        ));
    }
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut warnings = Vec::new();
    let (front, body_start) = front_matter(path, &text, bom, &mut warnings)?;
    let mut meta = front.unwrap_or_default();
    for (field, value) in [
        (&mut meta.title, given.title),
        (&mut meta.outlet, given.outlet),
        (&mut meta.agency, given.agency),
        (&mut meta.author, given.author),
        (&mut meta.date, given.date),
        (&mut meta.url, given.url),
        (&mut meta.language, given.language),
    ] {
        if value.is_some() {
            *field = value;
        }
    }
    meta.article = name.to_string();
    meta.path = path.display().to_string();
    detect(&text[body_start..], &mut meta);
    Ok(Article {
        meta,
        text,
        body_start,
        warnings,
    })
}

/// The front-matter keys the contract knows.
const KNOWN_KEYS: &str = "title, outlet, agency, author, date, url, language";

fn scalar(v: &serde_yaml::Value) -> Option<Option<String>> {
    match v {
        serde_yaml::Value::String(s) => Some(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
        serde_yaml::Value::Number(n) => Some(Some(n.to_string())),
        serde_yaml::Value::Bool(b) => Some(Some(b.to_string())),
        serde_yaml::Value::Null => Some(None),
        _ => None,
    }
}

/// The file line (1-based) of a top-level `key:` in the front matter whose YAML starts on file line 2.
fn key_line(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            let l = l.trim_start_matches('\u{feff}');
            [key.to_string(), format!("\"{key}\""), format!("'{key}'")]
                .iter()
                .any(|k| {
                    l.strip_prefix(k.as_str())
                        .is_some_and(|r| r.trim_start().starts_with(':'))
                })
        })
        .map(|i| i + 2)
}

/// Parses front matter between two `---` lines at the very top. Returns the metadata and where the body
/// starts. Malformed or unclosed front matter is an error naming the line; an unknown key, or a known key
/// whose value is not a single value, is a warning naming the line, and the rest is used.
fn front_matter(
    path: &Path,
    text: &str,
    from: usize,
    warnings: &mut Vec<Warning>,
) -> Result<(Option<ArticleMeta>, usize)> {
    let rest = &text[from..];
    let first_line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if rest[..first_line_end].trim_end() != "---" {
        return Ok((None, from));
    }
    let mut pos = first_line_end;
    let mut close = None;
    while pos < rest.len() {
        let end = rest[pos..].find('\n').map_or(rest.len(), |i| pos + i + 1);
        if rest[pos..end].trim_end() == "---" {
            close = Some((pos, end));
            break;
        }
        pos = end;
    }
    let Some((yaml_end, body)) = close else {
        return Err(Error::input(
            path,
            "line 1: front matter opened with `---` is never closed: add a `---` line after its last key \
             (or remove the first line if the article has no front matter); skipped",
        ));
    };
    let yaml = &rest[first_line_end..yaml_end];
    let invalid = |line: usize, what: &str| {
        Error::input(
            path,
            format!(
                "line {line}: front matter is not valid: {what}; fix it or remove it (known keys: {KNOWN_KEYS}); skipped"
            ),
        )
    };
    let value: serde_yaml::Value = if yaml.trim().is_empty() {
        serde_yaml::Value::Null
    } else {
        serde_yaml::from_str(yaml).map_err(|e| {
            let line = e.location().map_or(2, |l| l.line() + 1);
            invalid(line, first_sentence(&e.to_string()))
        })?
    };
    let mut meta = ArticleMeta::default();
    let map = match value {
        serde_yaml::Value::Null => serde_yaml::Mapping::new(),
        serde_yaml::Value::Mapping(m) => m,
        _ => return Err(invalid(2, "it is not a list of `key: value` lines")),
    };
    for (k, v) in &map {
        let key = match k {
            serde_yaml::Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other)
                .unwrap_or_default()
                .trim()
                .to_string(),
        };
        let slot = match key.as_str() {
            "title" => &mut meta.title,
            "outlet" => &mut meta.outlet,
            "agency" => &mut meta.agency,
            "author" => &mut meta.author,
            "date" => &mut meta.date,
            "url" => &mut meta.url,
            "language" => &mut meta.language,
            _ => {
                warnings.push(Warning {
                    path: path.to_path_buf(),
                    line: key_line(yaml, &key),
                    message: format!(
                        "unknown front-matter key `{key}` ignored (known keys: {KNOWN_KEYS}); the article was read"
                    ),
                });
                continue;
            }
        };
        match scalar(v) {
            Some(s) => *slot = s,
            None => warnings.push(Warning {
                path: path.to_path_buf(),
                line: key_line(yaml, &key),
                message: format!(
                    "front-matter key `{key}` holds a list or a mapping, not one value; ignored, the article was read"
                ),
            }),
        }
    }
    // `outlet: Le Courrier du Sud (AFP)`: a medium in brackets after the outlet credits the agency whose
    // copy the outlet ran; the outlet is the name before it.
    if let Some(o) = meta.outlet.take() {
        let credit = o.trim_end().strip_suffix(')').and_then(|s| s.rsplit_once('('));
        match credit {
            Some((name, agency))
                if !name.trim().is_empty()
                    && crate::corpus::identity::known_medium_name(agency).is_some() =>
            {
                meta.agency.get_or_insert_with(|| agency.trim().to_string());
                meta.outlet = Some(crate::corpus::identity::outlet_name(name));
            }
            _ => meta.outlet = Some(crate::corpus::identity::outlet_name(&o)),
        }
    }
    Ok((Some(meta), from + body))
}

fn first_sentence(s: &str) -> &str {
    s.split(" at line ").next().unwrap_or(s)
}

struct Patterns {
    source: Regex,
    with_agency: LineStart,
    dateline_agency: Regex,
    byline: Regex,
    date_fr: Regex,
    date_num: Regex,
    self_name: LineStart,
}

/// A pattern searched over the whole text that must open a line (`(?m)^\s*Avec AFP`). The line anchor
/// keeps the matcher from looking for the pattern's words first and sends it through every byte with its
/// slow engine (16 times slower on an article); the same words searched without the anchor say first
/// whether the text can hold a match at all, and it seldom does.
struct LineStart {
    words: Regex,
    anchored: Regex,
}

impl LineStart {
    /// `words` is the pattern after its line start (`^\s*`).
    fn new(words: &str) -> LineStart {
        LineStart {
            words: Regex::new(words).unwrap(),
            anchored: Regex::new(&format!(r"(?m)^\s*{words}")).unwrap(),
        }
    }

    fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        if !self.words.is_match(text) {
            return None;
        }
        self.anchored.captures(text)
    }
}

/// Compiles the metadata patterns now rather than on the first article.
pub fn prepare() {
    patterns();
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        source: Regex::new(r"(?m)^\s*(?:SOURCE|Source)\s*:\s*(\S[^\n]{0,60}?)\s*$").unwrap(),
        // Searched over the whole text: `(?:\W|$)` where `\b` would be, because a Unicode word boundary
        // sends the matcher to its slow engine on any non-ASCII text (4 times slower here).
        with_agency: LineStart::new(r"(?:Avec|avec|\(?Source\s*:?)\s+(AFP|Reuters|AP|Belga|ATS|dpa)(?:\W|$)"),
        dateline_agency: Regex::new(r"\((AFP|Reuters|AP|Belga|ATS|dpa)\)\s*[-–—]").unwrap(),
        byline: Regex::new(r"(?m)^\s*(?:Par|By)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*$").unwrap(),
        date_fr: Regex::new(
            r"(?i)\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(\d{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+(\d{4})\b",
        )
        .unwrap(),
        date_num: Regex::new(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b").unwrap(),
        self_name: LineStart::new(r"(?:Soutenez|Abonnez-vous à)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})"),
    })
}

fn month(m: &str) -> u32 {
    match crate::text::fold(m).as_str() {
        "janvier" => 1,
        "fevrier" => 2,
        "mars" => 3,
        "avril" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" => 7,
        "aout" => 8,
        "septembre" => 9,
        "octobre" => 10,
        "novembre" => 11,
        _ => 12,
    }
}

/// Fills what front matter left empty from the article's own text. Never invents an outlet the text does
/// not name: a `SOURCE:` line, the page naming itself (`Soutenez NAME`), or the agency for agency copy.
fn detect(body: &str, meta: &mut ArticleMeta) {
    let p = patterns();
    // Dates and by-lines sit in the page header; the whole text is searched only for credit lines.
    let head: &str = {
        let mut end = 0;
        for (n, l) in body.split_inclusive('\n').enumerate() {
            end += l.len();
            if n >= 12 {
                break;
            }
        }
        &body[..end]
    };
    if meta.agency.is_none() {
        meta.agency = p
            .with_agency
            .captures(body)
            .or_else(|| p.dateline_agency.captures(head))
            .map(|c| c[1].to_string());
    }
    if meta.outlet.is_none() {
        meta.outlet = p
            .source
            .captures(body)
            .map(|c| c[1].to_string())
            .or_else(|| p.self_name.captures(body).map(|c| c[1].to_string()))
            .or_else(|| meta.agency.clone())
            .map(|o| crate::corpus::identity::outlet_name(&o));
    }
    if meta.author.is_none() {
        meta.author = p.byline.captures(head).map(|c| c[1].to_string());
    }
    if meta.date.is_none() {
        meta.date = p
            .date_fr
            .captures(head)
            .and_then(|c| date(&c[3], month(&c[2]), &c[1]))
            .or_else(|| {
                p.date_num
                    .captures(head)
                    .and_then(|c| date(&c[3], c[2].parse().ok()?, &c[1]))
            });
    }
    if meta.title.is_none() {
        // A headline is one short line; a longer one is copy (and every claim carries the title).
        meta.title = body
            .lines()
            .map(str::trim)
            .find(|l| {
                l.len() <= MAX_TITLE
                    && l.split_whitespace().count() >= 4
                    && !crate::extract::furniture::is_furniture_line(l)
            })
            .map(str::to_string);
    }
}

/// The longest line, in bytes, taken for a title detected in the text.
const MAX_TITLE: usize = 300;

fn date(year: &str, month: u32, day: &str) -> Option<String> {
    let d: u32 = day.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&d)).then(|| format!("{year}-{month:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        parse(Path::new("t.txt"), "t.txt", text.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn front_matter_wins_and_body_starts_after_it() {
        let a = article(
            "---\noutlet: Le Monde\ndate: 2024-09-10\n---\nPar Jean Dupont\nTexte de l'article ici.\n",
        );
        assert_eq!(a.meta.outlet.as_deref(), Some("Le Monde"));
        assert_eq!(a.meta.date.as_deref(), Some("2024-09-10"));
        assert_eq!(a.meta.author.as_deref(), Some("Jean Dupont"));
        assert!(a.text[a.body_start..].starts_with("Par Jean"));
    }

    #[test]
    fn detects_agency_copy_source_line_and_french_dates() {
        let a = article("Un titre assez long pour compter\nmardi 3 septembre 2024\nLe texte.\n\nAvec AFP");
        assert_eq!(a.meta.agency.as_deref(), Some("AFP"));
        assert_eq!(a.meta.outlet.as_deref(), Some("AFP"));
        assert_eq!(a.meta.date.as_deref(), Some("2024-09-03"));
        assert_eq!(a.meta.title.as_deref(), Some("Un titre assez long pour compter"));
        let b = article("24-11-2024 02:55 AM\nTitre de la dépêche du jour\n");
        assert_eq!(b.meta.date.as_deref(), Some("2024-11-24"));
        assert_eq!(b.meta.outlet, None);
    }

    #[test]
    fn an_agency_in_brackets_after_the_outlet_is_the_agency_whose_copy_it_ran() {
        let a = article("---\noutlet: Le Courrier du Sud (AFP)\n---\n\nLe texte.\n");
        assert_eq!(a.meta.outlet.as_deref(), Some("Le Courrier du Sud"));
        assert_eq!(a.meta.agency.as_deref(), Some("AFP"));
        // Brackets that name no medium stay in the outlet's name.
        let b = article("---\noutlet: Radio Nord (Lille)\n---\n\nLe texte.\n");
        assert_eq!(b.meta.outlet.as_deref(), Some("Radio Nord (Lille)"));
        assert_eq!(b.meta.agency, None);
    }

    #[test]
    fn unknown_front_matter_key_is_a_warning_with_its_line() {
        let a = parse(
            Path::new("x.txt"),
            "x.txt",
            b"---\noutlet: A\ncolour: red\n---\nTexte.".to_vec(),
        )
        .unwrap();
        assert_eq!(a.meta.outlet.as_deref(), Some("A"));
        assert_eq!(a.warnings.len(), 1);
        assert_eq!(
            a.warnings[0].to_string(),
            "x.txt: line 3: unknown front-matter key `colour` ignored (known keys: title, outlet, agency, \
             author, date, url, language); the article was read"
        );
    }

    #[test]
    fn malformed_front_matter_names_its_file_line() {
        let e = parse(
            Path::new("x.txt"),
            "x.txt",
            b"---\ntitle: Un titre\noutlet: [Le Monde\n---\nTexte.".to_vec(),
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("x.txt: line 4: front matter is not valid: "), "{e}");
    }
}
