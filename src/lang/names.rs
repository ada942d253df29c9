//! `names.yaml`: how news French writes people's names, as data: titles and honorifics to strip, particles a
//! surname may carry or drop, the transliteration rewrites that give a name word its phonetic skeleton
//! (`Choïgou`, `Shoygu` → `choigu`), how close two skeletons may be, and the offices one person holds one
//! at a time. This module loads the data and applies it to one string at a time; deciding who is who
//! across articles is `corpus::identity`'s job.

use crate::text::fold;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// The names section of a language pack.
#[derive(Debug, Deserialize)]
#[serde(from = "RawNames")]
pub struct Names {
    /// Every title and honorific that precedes a name and is not part of it (`M.`, `Mme`, `général`).
    pub honorifics: Vec<String>,
    /// The same titles in their groups, each with its examples.
    pub honorific_groups: Vec<HonorificGroup>,
    /// Small words before a name (`le`, `l'`), folded.
    pub articles: Vec<String>,
    pub particles: Particles,
    pub joint: Joint,
    pub transliteration: Vec<Rewrite>,
    pub doubles: Examples,
    pub similarity: Similarity,
    pub matching: Examples,
    pub offices: Offices,
    /// Honorifics folded and split into words, longest first (for stripping).
    folded_honorifics: Vec<Vec<String>>,
    compiled: OnceLock<Vec<Option<regex::Regex>>>,
    /// Skeletons already computed (the same names come back claim after claim).
    cache: Mutex<HashMap<String, String>>,
}

/// How many skeletons the cache holds at most.
const SKELETON_CACHE: usize = 100_000;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNames {
    honorifics: Vec<HonorificGroup>,
    articles: Vec<String>,
    particles: Particles,
    joint: Joint,
    transliteration: Vec<Rewrite>,
    doubles: Examples,
    similarity: Similarity,
    matching: Examples,
    offices: Offices,
}

impl From<RawNames> for Names {
    fn from(r: RawNames) -> Names {
        let honorifics: Vec<String> = r
            .honorifics
            .iter()
            .flat_map(|g| g.forms.iter().cloned())
            .collect();
        let mut folded_honorifics: Vec<Vec<String>> = honorifics.iter().map(|h| name_words(h)).collect();
        folded_honorifics.retain(|h| !h.is_empty());
        folded_honorifics.sort_by_key(|h| std::cmp::Reverse(h.len()));
        Names {
            honorifics,
            honorific_groups: r.honorifics,
            articles: r.articles.iter().map(|a| fold(a)).collect(),
            particles: r.particles,
            joint: r.joint,
            transliteration: r.transliteration,
            doubles: r.doubles,
            similarity: r.similarity,
            matching: r.matching,
            offices: r.offices,
            folded_honorifics,
            compiled: OnceLock::new(),
            cache: Mutex::new(HashMap::new()),
        }
    }
}

/// A group of titles with examples: `[as written, what remains once stripped]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HonorificGroup {
    pub forms: Vec<String>,
    pub examples: Vec<[String; 2]>,
    /// The function the title says its bearer holds (`Me`: `avocat`), if any.
    #[serde(default)]
    pub role: Option<String>,
}

/// Particles inside surnames (`al`, `de`), with pairs of names that must stay one person.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Particles {
    pub forms: Vec<String>,
    pub examples: Vec<[String; 2]>,
}

/// Words that join names into one joint speaker, with pairs of names that must stay apart.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Joint {
    pub words: Vec<String>,
    pub examples: Vec<[String; 2]>,
}

/// One transliteration rewrite: a regular expression over a folded word and its replacement.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rewrite {
    pub from: String,
    pub to: String,
    /// Word pairs whose skeletons must be equal.
    pub same: Vec<[String; 2]>,
    /// Word pairs whose skeletons must differ.
    pub apart: Vec<[String; 2]>,
}

/// Pairs that must match and pairs that must stay apart.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    pub same: Vec<[String; 2]>,
    pub apart: Vec<[String; 2]>,
}

/// How close two skeletons of one name word may be when they are not equal.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Similarity {
    pub min_similarity: f64,
    pub max_vowel_edits: usize,
    pub min_length: usize,
}

/// Offices one person holds one at a time, with pairs of roles that can or cannot both hold.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offices {
    /// Small words a role's comparison ignores (`de`, `la`).
    pub ignore: Vec<String>,
    pub forms: Vec<String>,
    pub compatible: Vec<[String; 2]>,
    pub conflict: Vec<[String; 2]>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Byte spans of the words of a name as written: split on spaces and hyphens, an elided word keeping its
/// apostrophe (`l'`), a trailing dot kept (`M.`), other punctuation trimmed.
fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let keep = |c: char| c.is_alphanumeric() || c == '.';
    let push = |a: usize, b: usize, out: &mut Vec<(usize, usize)>| {
        let w = &s[a..b];
        let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let trimmed = w[lead..].trim_end_matches(|c: char| !keep(c) && !is_apostrophe(c));
        if !trimmed.is_empty() {
            out.push((a + lead, a + lead + trimmed.len()));
        }
    };
    for (i, c) in s.char_indices() {
        if c.is_whitespace() || c == '-' {
            if let Some(a) = start.take() {
                push(a, i, &mut out);
            }
        } else if is_apostrophe(c) {
            if let Some(a) = start.take() {
                push(a, i + c.len_utf8(), &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(a) = start {
        push(a, s.len(), &mut out);
    }
    out
}

/// The folded words of a name (`l’Ayatollah Khamenei` → `["l'", "ayatollah", "khamenei"]`).
pub fn name_words(s: &str) -> Vec<String> {
    word_spans(s).into_iter().map(|(a, b)| fold(&s[a..b])).collect()
}

impl Names {
    /// How many leading words of `words` are articles and titles (`le général de brigade Ashtiani` → 4).
    fn title_words(&self, words: &[String]) -> usize {
        let mut i = 0;
        loop {
            let before = i;
            while i < words.len() && self.articles.contains(&words[i]) {
                i += 1;
            }
            if let Some(h) = self
                .folded_honorifics
                .iter()
                .find(|h| starts_with_words(&words[i..], h))
            {
                i += h.len();
            }
            if i == before {
                break;
            }
        }
        // A name that is only a title keeps its words.
        if i >= words.len() {
            0
        } else {
            i
        }
    }

    /// The folded words of `name` without its leading articles and titles (`le général Ashtiani` →
    /// `["ashtiani"]`).
    pub fn bare_words(&self, name: &str) -> Vec<String> {
        let words = name_words(name);
        let drop = self.title_words(&words);
        words[drop..].to_vec()
    }

    /// `name` as written, without its leading articles and titles (`l'Ayatollah Khamenei` → `Khamenei`).
    pub fn strip_titles<'a>(&self, name: &'a str) -> &'a str {
        let spans = word_spans(name);
        let words: Vec<String> = spans.iter().map(|&(a, b)| fold(&name[a..b])).collect();
        match spans.get(self.title_words(&words)) {
            // `le député RN`: a party's acronym alone after the titles is no name; the title stays.
            Some(&(a, b)) if b == name.trim_end().len() && crate::text::is_acronym(&name[a..b]) => {
                name.trim()
            }
            Some(&(a, _)) => name[a..].trim(),
            None => name.trim(),
        }
    }

    /// Whether a name joins several people (`Marek Zielinski et Petteri Lindholm`, `Jean, Marie`).
    pub fn is_joint(&self, name: &str) -> bool {
        name.contains(',')
            || name
                .split_whitespace()
                .any(|w| self.joint.words.iter().any(|j| fold(j) == fold(w)))
    }

    /// Whether a folded word is a surname particle (`al`, `de`).
    pub fn is_particle(&self, word: &str) -> bool {
        self.particles.forms.iter().any(|p| fold(p) == word)
    }

    /// The phonetic skeleton of one name word: folded, rewritten, doubled letters collapsed.
    pub fn skeleton(&self, word: &str) -> String {
        if let Some(s) = self.cache.lock().ok().and_then(|c| c.get(word).cloned()) {
            return s;
        }
        let out = self.compute_skeleton(word);
        if let Ok(mut c) = self.cache.lock() {
            // A bound on memory for long runs over many names: start afresh when full.
            if c.len() >= SKELETON_CACHE {
                c.clear();
            }
            c.insert(word.to_string(), out.clone());
        }
        out
    }

    /// The transliteration rules' patterns, compiled on first use (or by `prepare`).
    fn rules(&self) -> &[Option<regex::Regex>] {
        self.compiled.get_or_init(|| {
            self.transliteration
                .iter()
                .map(|r| regex::Regex::new(&r.from).ok())
                .collect()
        })
    }

    /// Compiles the transliteration rules now rather than on the first name compared.
    pub fn prepare(&self) {
        self.rules();
    }

    fn compute_skeleton(&self, word: &str) -> String {
        let rules = self.rules();
        let mut s: String = fold(word).chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        for (rule, re) in self.transliteration.iter().zip(rules) {
            if let Some(re) = re {
                s = re.replace_all(&s, rule.to.as_str()).into_owned();
            }
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        out
    }

    /// Whether every rewrite's pattern is a valid regular expression (the test suite checks the data).
    pub fn invalid_rewrites(&self) -> Vec<&str> {
        self.transliteration
            .iter()
            .filter(|r| regex::Regex::new(&r.from).is_err())
            .map(|r| r.from.as_str())
            .collect()
    }

    /// The office a role starts with (`le ministre iranien de la Défense` → `ministre`), folded.
    pub fn office_of(&self, role: &str) -> Option<String> {
        let words = name_words(role);
        let start = words.iter().take_while(|w| self.articles.contains(*w)).count();
        self.offices
            .forms
            .iter()
            .map(|f| name_words(f))
            .filter(|f| starts_with_words(&words[start..], f))
            .max_by_key(|f| f.len())
            .map(|f| f.join(" "))
    }
}

fn starts_with_words(words: &[String], prefix: &[String]) -> bool {
    !prefix.is_empty()
        && words.len() >= prefix.len()
        && words
            .iter()
            .zip(prefix)
            .all(|(w, p)| w.trim_end_matches('.') == p.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use crate::lang::fr;

    #[test]
    fn strips_articles_and_titles() {
        let n = &fr().names;
        assert_eq!(n.strip_titles("le général de brigade Karimi"), "Karimi");
        assert_eq!(n.strip_titles("l’Ayatollah Khamenei"), "Khamenei");
        assert_eq!(n.strip_titles("M. Choïgou"), "Choïgou");
        assert_eq!(n.strip_titles("Sergueï Choïgou"), "Sergueï Choïgou");
        assert_eq!(n.strip_titles("le général"), "le général");
    }

    #[test]
    fn skeletons_of_transliterations_agree() {
        let n = &fr().names;
        for w in ["Choïgou", "Shoygu", "Shoigu", "Choïgu"] {
            assert_eq!(n.skeleton(w), "choigu", "{w}");
        }
    }

    #[test]
    fn offices_are_found_after_an_article() {
        let n = &fr().names;
        assert_eq!(
            n.office_of("le ministre russe de la Défense").as_deref(),
            Some("ministre")
        );
        assert_eq!(
            n.office_of("chef d'état-major des armées").as_deref(),
            Some("chef d' etat major")
        );
        assert_eq!(n.office_of("haut responsable"), None);
    }
}
