//! `furniture.yaml`: page furniture (navigation crumbs, captions, share buttons, donation appeals, bios,
//! by-lines, cookie notices) as regular expressions over a line, plus the English function words that
//! give away a caption left in English inside a French page. The word lists are also compiled, once, into
//! one hash map of folded words for the per-line checks.

use crate::text::{fold, WordMap};
use regex::Regex;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
pub struct Furniture {
    pub patterns: Vec<Pattern>,
    /// Function words of English: a line mostly made of them is not French copy.
    pub english_words: Vec<String>,
    /// Function words of French, to tell a French line from an English one.
    pub french_words: Vec<String>,
    #[serde(skip)]
    compiled: OnceLock<Compiled>,
}

/// The lookups built once from the lists above.
#[derive(Debug)]
struct Compiled {
    /// Every function word, folded, with whether it is English and whether it is French (`a` is both).
    function_words: WordMap<String, (bool, bool)>,
    /// The longest word of either list, in bytes as written (an accent takes two).
    longest: usize,
}

impl Furniture {
    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            let mut function_words: WordMap<String, (bool, bool)> = WordMap::default();
            for w in &self.english_words {
                function_words.entry(w.clone()).or_default().0 = true;
            }
            for w in &self.french_words {
                function_words.entry(fold(w)).or_default().1 = true;
            }
            Compiled {
                function_words,
                longest: self
                    .english_words
                    .iter()
                    .chain(&self.french_words)
                    .map(|w| w.len())
                    .max()
                    .unwrap_or(0),
            }
        })
    }

    /// The length in bytes of the longest function word: a longer word of a line needs no lookup.
    pub fn longest_function_word(&self) -> usize {
        self.compiled().longest
    }

    /// Whether a folded word is one of the English function words, and whether one of the French.
    pub fn function_word(&self, folded: &str) -> (bool, bool) {
        self.compiled()
            .function_words
            .get(folded)
            .copied()
            .unwrap_or_default()
    }
}

#[derive(Debug, Deserialize)]
pub struct Pattern {
    /// What the pattern finds, shown as the reason a line was set aside.
    pub name: String,
    /// A regular expression matched against one line, trimmed.
    pub regex: LineRegex,
    /// The line starts the page footer: it and every line after it are furniture.
    #[serde(default)]
    pub footer: bool,
    /// The pattern sets lines aside only in a run of at least this many lines that all match it (a list
    /// of related headlines); 0 or 1 for a pattern that a single line matches.
    #[serde(default)]
    pub run: usize,
    /// Lines it must match.
    pub examples: Vec<String>,
    /// Lines of news copy it must leave alone.
    #[serde(default)]
    pub not: Vec<String>,
}

/// A pattern's expression, compiled on first use: compiling them all is a good part of the start-up
/// (the bounded repetitions of Unicode classes build large automata), so `prepare` compiles them on
/// threads of their own while the rest of the language pack is built.
#[derive(Debug, Deserialize)]
#[serde(from = "String")]
pub struct LineRegex {
    source: String,
    compiled: OnceLock<Regex>,
}

impl From<String> for LineRegex {
    fn from(source: String) -> Self {
        LineRegex {
            source,
            compiled: OnceLock::new(),
        }
    }
}

impl LineRegex {
    pub fn is_match(&self, line: &str) -> bool {
        self.get().is_match(line)
    }

    /// Compiles the pattern with ASCII word boundaries: a Unicode `\b` makes the regex crate's fast
    /// automaton give up at the first accented letter and scan the line again with its slow one (most of
    /// a page's time went there). Both boundaries agree beside an ASCII letter or digit; beside an
    /// accented one (`publié`) a pattern says what may follow instead, and its examples test it. The
    /// patterns are compiled in and every one is compiled by the test suite, so a failure here is a
    /// build defect.
    fn get(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            Regex::new(&self.source.replace(r"\b", r"(?-u:\b)"))
                .unwrap_or_else(|e| panic!("src/lang/fr/furniture.yaml: a pattern does not compile: {e}"))
        })
    }
}

/// Compiles every pattern of the pack, on two threads of their own (not rayon's: see `lang::fr`).
pub fn prepare() {
    let patterns = &super::fr().furniture.patterns;
    let (first, second) = patterns.split_at(patterns.len() / 2);
    std::thread::scope(|s| {
        s.spawn(|| first.iter().for_each(|p| _ = p.regex.get()));
        second.iter().for_each(|p| _ = p.regex.get());
    });
}
