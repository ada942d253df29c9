//! A statement read into a [`Profile`]: its content keys, the keys that stand under a negation (`ne ...
//! pas`, `aucun`, `sans`, a privative word, a verb of denial) and its quantities.
//!
//! Not here: how the quantities are read (`numbers`), how two profiles are compared (the parent module).

use super::*;

/// A token as the reader sees it.
pub(super) struct Word<'a> {
    pub(super) surface: &'a str,
    pub(super) folded: String,
    /// A word (or `%`), as opposed to punctuation.
    pub(super) word: bool,
}

pub(super) fn starts_with(words: &[Word], at: usize, seq: &[String]) -> bool {
    !seq.is_empty()
        && seq
            .iter()
            .enumerate()
            .all(|(k, s)| words.get(at + k).is_some_and(|w| w.word && &w.folded == s))
}

/// The length of the phrase of `seqs` that ends just before `at`, if any.
pub(super) fn ends_before(words: &[Word], at: usize, seqs: &[Vec<String>]) -> bool {
    seqs.iter()
        .any(|s| at >= s.len() && starts_with(words, at - s.len(), s))
}

/// The most content keys of a phrase without a verb read as a label (`un beau party de famille`), not a
/// statement.
const LABEL_KEYS: usize = 4;

pub(super) fn read(text: &str) -> Profile {
    let lx = lex();
    let words: Vec<Word> = tokens(text, 0)
        .into_iter()
        .map(|t| Word {
            surface: t.text,
            folded: fold(t.text),
            word: t.is_word() || t.text == "%",
        })
        .collect();
    let mut p = Profile {
        neutral: (0..words.len()).any(|i| lx.neutral.iter().any(|s| starts_with(&words, i, s))),
        ..Profile::default()
    };

    // Tokens inside an idiom where a cue word does not negate.
    let mut idiom = vec![false; words.len()];
    for i in 0..words.len() {
        for s in lx.idioms.iter().filter(|s| starts_with(&words, i, s)) {
            for flag in idiom.iter_mut().skip(i).take(s.len()) {
                *flag = true;
            }
        }
    }

    // Clauses: punctuation (not quotation marks or hyphens) and clause-breaking words end them.
    let mut clauses: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, w) in words.iter().enumerate() {
        let quote = matches!(w.surface, "\"" | "«" | "»" | "“" | "”" | "-" | "'" | "’");
        let breaks = !w.word && !quote || lx.breaks.contains(&w.folded);
        if breaks {
            if i > start {
                clauses.push((start, i));
            }
            start = i + 1;
        }
    }
    if start < words.len() {
        clauses.push((start, words.len()));
    }

    // Negation cues and their scope: the rest of the clause from the cue (its subject stays outside),
    // the whole clause for a privative word or a verb of denial.
    let mut cue_token = vec![false; words.len()];
    let mut negations = vec![0usize; words.len()];
    let mut cue_of: Vec<Option<String>> = vec![None; words.len()];
    let mut concord = vec![false; words.len()];
    let is = |k: usize, set: &HashSet<String>| words.get(k).is_some_and(|w| set.contains(&w.folded));
    let in_idiom = |k: usize| idiom.get(k).copied().unwrap_or(false);
    for (c, &(s, e)) in clauses.iter().enumerate() {
        // A negation of a clause that ends on `que` covers the clause after it (`n'indique pas que ...`).
        let end = match clauses.get(c + 1) {
            Some(&(_, next_end)) if is(e, &lx.extends_over) => next_end,
            _ => e,
        };
        let anaphoric = (s..e).any(|k| is(k, &lx.anaphors));
        let mut i = s;
        while i < e {
            let f = words.get(i).map(|w| w.folded.as_str()).unwrap_or("");
            let mut cue: Option<(usize, usize, usize)> = None; // (cue start, cue end, scope start)
            let mut judges_all = false;
            let mut scope_end: Option<usize> = None;
            // `ne`, `pas`, `aucun`, `ni`, `sans`: negative concord, several in a clause negate once.
            let mut syntactic = false;
            if in_idiom(i) {
                // A cue word inside `sans doute`, `ou non`: no negation.
            } else if lx.particles.contains(f) {
                syntactic = true;
                if let Some(j) = (i + 1..e.min(i + 7)).find(|&j| is(j, &lx.completers) && !in_idiom(j)) {
                    cue = Some((i, j, i));
                } else if i > s && is(i - 1, &lx.completers) && !cue_token.get(i - 1).copied().unwrap_or(true)
                {
                    // `personne ne`, `rien ne`: the completer stands before the particle.
                    cue = Some((i - 1, i, i - 1));
                }
            } else if lx.standalone.contains(f) && !cue_token.get(i).copied().unwrap_or(false) {
                // `non pas`, `sans jamais`: adjacent cue words are one negation.
                let mut j = i;
                while j + 1 < e
                    && (is(j + 1, &lx.standalone) || is(j + 1, &lx.completers))
                    && !in_idiom(j + 1)
                {
                    j += 1;
                }
                // `non` before a word is lexical (`non vaccinés`), not concord.
                syntactic = f != "non";
                cue = Some((i, j, i));
            } else if lx.denials.contains(f) {
                cue = Some((i, i, s));
                judges_all = anaphoric;
            } else if rejects_something_said(&words, i, e, lx) {
                // What is rejected is named after the verb (`rejette le terme`): the subject stays out.
                cue = Some((i, i, i));
            } else if lx.privatives.contains(f) {
                // After a copula (`est fausse`) the whole clause is judged; else what follows (`un faux camp`).
                let predicative = (i.saturating_sub(2)..i).any(|k| k >= s && is(k, &lx.copulas));
                cue = Some((i, i, if predicative { s } else { i }));
                judges_all = predicative && anaphoric;
                // `L'absence de cette infraction rend le PNF incompétent`: a privative word that judges no
                // clause covers its own phrase, up to the finite verb after it (`de faux appels à dénoncer
                // ses voisins circulent`: the infinitive is still the phrase's).
                // A label (`qualifie de « fake news » l'enquête`) judges what it names, wherever it stands.
                if !predicative && !lx.labels.contains(f) {
                    scope_end = (i + 1..end).find(|&k| words.get(k).is_some_and(finite));
                }
            }
            if let Some((cs, ce, scope)) = cue {
                // `cette affirmation est fausse`, `a démenti cette information`: what is judged is
                // everything the statement says.
                let (scope, end) = if judges_all {
                    (0, words.len())
                } else {
                    (scope, scope_end.unwrap_or(end))
                };
                let text: Vec<&str> = words
                    .get(cs..=ce)
                    .unwrap_or(&[])
                    .iter()
                    .map(|w| w.surface)
                    .collect();
                let text = text.join(" ").replace("' ", "'").replace("’ ", "’");
                // The cue's own words, not what stands between them (`n'utilise pas`: `utilise` is
                // content under the negation).
                let label = (cs..=ce).all(|k| is(k, &lx.labels));
                for k in cs..=ce {
                    let own = !label
                        && (k == cs
                            || k == ce
                            || is(k, &lx.particles)
                            || is(k, &lx.completers)
                            || is(k, &lx.standalone));
                    if let Some(c) = cue_token.get_mut(k).filter(|_| own) {
                        *c = true;
                    }
                }
                for k in scope..end {
                    if syntactic {
                        match concord.get_mut(k) {
                            Some(c) if *c => continue,
                            Some(c) => *c = true,
                            None => {}
                        }
                    }
                    if let Some(n) = negations.get_mut(k) {
                        *n += 1;
                    }
                    if let Some(c) = cue_of.get_mut(k) {
                        c.get_or_insert_with(|| text.clone());
                    }
                }
                i = ce + 1;
            } else {
                i += 1;
            }
        }
    }

    // Content keys: states first (longest name), then stems of content words (or their predicate
    // class). `key_at` keeps each token's key for the predicates and their themes.
    let mut key_at: Vec<Option<String>> = vec![None; words.len()];
    let mut i = 0;
    let add = |p: &mut Profile, key: String, display: &str, at: usize| {
        if negations.get(at).is_some_and(|n| n % 2 == 1) && !cue_token.get(at).copied().unwrap_or(false) {
            if let Some(Some(cue)) = cue_of.get(at) {
                p.negated.entry(key.clone()).or_insert_with(|| cue.clone());
            }
            if concord.get(at).copied().unwrap_or(false) {
                p.said_no.insert(key.clone());
            }
        }
        if !p.keys.iter().any(|(k, _)| *k == key) {
            p.keys.push((key, display.to_string()));
        }
    };
    while i < words.len() {
        let entity = (1..=lx.longest_entity.min(words.len() - i)).rev().find_map(|n| {
            let seq: Vec<String> = words.get(i..i + n)?.iter().map(|w| w.folded.clone()).collect();
            lx.entities.get(&seq).map(|k| (n, k.clone()))
        });
        if let Some((n, key)) = entity {
            let display = key.trim_start_matches('@').to_string();
            for k in key_at.iter_mut().skip(i).take(n) {
                *k = Some(key.clone());
            }
            add(&mut p, key, &display, i);
            i += n;
            continue;
        }
        let Some(w) = words.get(i) else { break };
        let content = w.word
            && !cue_token.get(i).copied().unwrap_or(false)
            && !lx.stop.contains(&w.folded)
            && !w.folded.ends_with('\'')
            && w.folded.chars().count() >= 2
            && !w.folded.starts_with(|c: char| c.is_ascii_digit())
            && !lx.number_words.contains_key(&w.folded)
            && !lx.scales.contains_key(&w.folded)
            && !lx.months.contains_key(&w.folded)
            && !lx.light.contains(&w.folded);
        if content && !compares_a_figure(&words, i, lx) {
            let key = word_key(w, lx);
            if let Some(k) = key_at.get_mut(i) {
                *k = Some(key.clone());
            }
            add(&mut p, key, w.surface, i);
        }
        i += 1;
    }
    p.at = key_at
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.clone().map(|k| (i, k)))
        .collect();
    // Predicates, and the head noun each governs.
    for &(s, e) in &clauses {
        for k in s..e {
            let Some(Some(key)) = key_at.get(k) else {
                continue;
            };
            if key.starts_with('@') || !is_predicate(&words, k, key) {
                continue;
            }
            p.predicates.insert(key.clone());
            let object = theme(&words, k, e, lx).and_then(|j| key_at.get(j).cloned().flatten());
            if let Some(t) = object.filter(|t| t != key) {
                if !p.themes.iter().any(|(pk, _, _)| pk == key) {
                    p.themes.push((key.clone(), t, k));
                }
            }
        }
    }
    p.label = p.predicates.is_empty() && p.keys.len() <= LABEL_KEYS && !words.iter().any(finite);
    p.quantities = quantities(&words, lx);
    p.lemmas = p
        .keys
        .iter()
        .filter(|(k, _)| !k.starts_with('@'))
        .flat_map(|(k, _)| {
            lx.antonyms
                .keys()
                .filter(|l| stands_for(k, l, lx))
                .map(move |l| (k.clone(), l.clone()))
        })
        .collect();
    p
}

/// Whether a word's stem stands for a lemma's stem: equal, or sharing `min_common` first letters with
/// short endings after them (`combattant` / `combattre`).
pub(super) fn stands_for(word: &str, lemma: &str, lx: &Lex) -> bool {
    if word == lemma {
        return true;
    }
    let common = word
        .chars()
        .zip(lemma.chars())
        .take_while(|(x, y)| x == y)
        .count();
    common >= lx.min_common
        && word.chars().count() - common <= lx.max_ending
        && lemma.chars().count() - common <= lx.max_ending
}

/// Whether the word at `i` is an ambiguous verb of denial (`rejeter`) whose object, within three words
/// and the clause, is something said (`rejette les accusations`, `rejette le terme`).
fn rejects_something_said(words: &[Word], i: usize, end: usize, lx: &Lex) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    let verb = crate::lang::lexicon::fr()
        .analyses(w.surface)
        .any(|a| a.pos.is_verb() && lx.ambiguous.contains(&fold(a.lemma)));
    verb && (i + 1..end.min(i + 4)).any(|j| words.get(j).is_some_and(|x| lx.said.contains(&x.folded)))
}

/// Whether the word at `i` is a verb of a quantity's bound (`dépasser`, as `at_least` lists it) right
/// before a figure (`ne dépasseraient pas 200 kilos`): part of the figure, not content.
fn compares_a_figure(words: &[Word], i: usize, lx: &Lex) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    let bound = lx.bound_verbs.contains(&word_key(w, lx));
    let mut j = i + 1;
    while words.get(j).is_some_and(|x| lx.completers.contains(&x.folded)) {
        j += 1;
    }
    bound && number_at(words, j, lx).is_some()
}

/// Whether a word is a finite verb in its first reading (`rend`, `circulent`).
fn finite(w: &Word) -> bool {
    w.word && crate::lang::lexicon::classes(w.surface).finite_verb()
}
