//! People's names compared: each name's words reduced to phonetic skeletons, titles and particles left
//! out, and what two names say about their bearers (one person, two, or maybe one).
//!
//! Not here: which names are joined into one identity (`clusters`).

use super::*;

/// A person's name, ready to compare: the skeletons of its words, titles and inner particles dropped.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct PersonName {
    pub(super) words: Vec<String>,
    /// Which words were written as an initial (`V.`).
    pub(super) initials: Vec<bool>,
}

/// What two names say about their bearers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Verdict {
    /// Different surnames.
    Different,
    /// The same surname with first names that disagree: two people.
    Conflict,
    /// The same surname, one side without a first name: maybe one person.
    Partial,
    /// The same surname and first names that agree: one person.
    Full,
}

/// A name's words as written between spaces, titles left out; a hyphenated word stays one word
/// (`Jean-Pierre` is one first name, `al-Assad` one surname), its particles dropped.
pub(super) fn person_name(names: &Names, name: &str) -> PersonName {
    let bare = names.strip_titles(name);
    let tokens: Vec<Vec<String>> = bare
        .split_whitespace()
        .map(|t| {
            let parts = name_words(t);
            let kept: Vec<String> = parts
                .iter()
                .filter(|p| !names.is_particle(p.trim_end_matches('\'')))
                .cloned()
                .collect();
            if kept.is_empty() {
                parts
            } else {
                kept
            }
        })
        .filter(|parts| !parts.is_empty())
        .collect();
    let n = tokens.len();
    let mut words = Vec::new();
    let mut initials = Vec::new();
    for (i, parts) in tokens.iter().enumerate() {
        let particle = parts.len() == 1 && names.is_particle(parts[0].trim_end_matches('\''));
        if particle && i + 1 < n {
            continue;
        }
        let sk: String = parts.iter().map(|p| names.skeleton(p)).collect();
        if sk.is_empty() {
            continue;
        }
        initials.push(parts.iter().all(|p| p.trim_end_matches('.').chars().count() == 1));
        words.push(sk);
    }
    PersonName { words, initials }
}

pub(super) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether two skeletons are one name word: equal, or differing a little in their vowels only (same
/// consonants in the same order, same first and last letter, close by Jaro-Winkler and edit distance).
pub(super) fn word_match(names: &Names, a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let s = &names.similarity;
    if a.len() < s.min_length || b.len() < s.min_length {
        return false;
    }
    let consonants = |w: &str| w.chars().filter(|c| !is_vowel(*c)).collect::<String>();
    a.chars().next() == b.chars().next()
        && a.chars().last() == b.chars().last()
        && consonants(a) == consonants(b)
        && strsim::levenshtein(a, b) <= s.max_vowel_edits
        && strsim::jaro_winkler(a, b) >= s.min_similarity
}

/// Whether a first name agrees with another: the same word, or an initial of it.
pub(super) fn given_match(names: &Names, a: &str, a_initial: bool, b: &str, b_initial: bool) -> bool {
    match (a_initial, b_initial) {
        (true, _) | (_, true) => a.chars().next() == b.chars().next(),
        _ => word_match(names, a, b),
    }
}

pub(super) fn given_verdict(names: &Names, a: &PersonName, na: usize, b: &PersonName, nb: usize) -> Verdict {
    if na == 0 || nb == 0 {
        return Verdict::Partial;
    }
    let (ga, gb) = (&a.words[..na], &b.words[..nb]);
    let no_initials = !a.initials[..na].iter().chain(&b.initials[..nb]).any(|i| *i);
    if no_initials && na != nb && word_match(names, &ga.concat(), &gb.concat()) {
        return Verdict::Full;
    }
    // The shorter list of first names must be found in the longer, in order.
    let (short, long, si, li) = if na <= nb {
        (ga, gb, &a.initials[..na], &b.initials[..nb])
    } else {
        (gb, ga, &b.initials[..nb], &a.initials[..na])
    };
    let mut j = 0;
    for (w, wi) in short.iter().zip(si) {
        match (j..long.len()).find(|&k| given_match(names, w, *wi, &long[k], li[k])) {
            Some(k) => j = k + 1,
            None => return Verdict::Conflict,
        }
    }
    Verdict::Full
}

pub(super) fn verdict(names: &Names, a: &PersonName, b: &PersonName) -> Verdict {
    let mut best = Verdict::Different;
    for (ka, kb) in [(1, 1), (2, 1), (1, 2), (2, 2)] {
        if a.words.len() < ka
            || b.words.len() < kb
            || (ka, kb) == (2, 2) && a.words.len() == 2 && b.words.len() == 2
        {
            continue;
        }
        let (na, nb) = (a.words.len() - ka, b.words.len() - kb);
        if a.initials[na..].iter().chain(&b.initials[nb..]).any(|i| *i) {
            continue;
        }
        let (sa, sb) = (a.words[na..].concat(), b.words[nb..].concat());
        if word_match(names, &sa, &sb) {
            let given = given_verdict(names, a, na, b, nb);
            // A surname alone, with no first name to confirm it, must be spelt alike: one vowel apart
            // (`Rivière` / `Rouvier`) is another name as often as another spelling.
            if given == Verdict::Partial && sa != sb {
                continue;
            }
            best = best.max(given);
        }
    }
    best
}

/// Whether two written names can be one person by their spelling alone (`Choïgou` and `Sergueï Shoigu`
/// can; `Jean Durand` and `Marie Durand` cannot).
pub fn names_match(a: &str, b: &str) -> bool {
    let names = &fr().names;
    if names.is_joint(a) || names.is_joint(b) {
        return name_key(names, a) == name_key(names, b);
    }
    verdict(names, &person_name(names, a), &person_name(names, b)) >= Verdict::Partial
}

/// The key of a name for exact comparisons (aliases): the skeletons of its words.
pub(super) fn name_key(names: &Names, name: &str) -> String {
    person_name(names, name).words.join(" ")
}
