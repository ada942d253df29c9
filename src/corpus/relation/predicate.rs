//! The predicates of a statement and what they are about: a content word's key is its predicate
//! class's (`fourni`, `livraison` → `~livrer`) when the full-form lexicon gives it a lemma of a class of
//! `relation.yaml`; a word is a predicate when it is a verb (its most frequent reading, or a past
//! participle after an auxiliary) or a member of a class; a predicate's theme is the head noun of the
//! noun phrase it governs (`a fourni des tentes aux sinistrés` → `tentes`).
//!
//! Not here: which keys two statements share and what follows from it (the parent module).

use super::*;
use crate::lang::lexicon::{self, Pos};

/// The key of a content word: its class's key (`~livrer`) when one of its lemmas as a noun or a verb
/// is a class member and no other noun reading comes first (`livre`, a book, is not `livrer`); else the
/// accent-folded Snowball stem of its lemma for a verb, of the word itself for anything else.
pub(super) fn word_key(w: &Word, lx: &Lex) -> String {
    let lexicon = lexicon::fr();
    let mut readings = lexicon
        .analyses(w.surface)
        .filter(|a| matches!(a.pos, Pos::Noun | Pos::Verb | Pos::Adjective))
        .peekable();
    // The most frequent reading decides between a noun and a verb of the same form.
    let top = readings.peek().map(|a| (a.pos, a.lemma));
    let class = match top {
        Some((Pos::Noun, lemma)) => lx.classes.get(lemma),
        Some(_) => readings.find_map(|a| match a.pos {
            Pos::Noun | Pos::Verb => lx.classes.get(a.lemma),
            _ => None,
        }),
        None => None,
    };
    if let Some(class) = class {
        return class.clone();
    }
    // A verb by its lemma's stem: the stemmer alone leaves `dépassent` as `dep` and `respectent` whole.
    match top {
        Some((Pos::Verb, lemma)) => stem(&fold(lemma)),
        _ => stem(&w.folded),
    }
}

/// Whether the word at `i` is a predicate: a class member, a verb in its most frequent reading, or a
/// past participle after an auxiliary (`a été détruit`, `ont ouvert`).
pub(super) fn is_predicate(words: &[Word], i: usize, key: &str) -> bool {
    if key.starts_with('~') {
        return true;
    }
    let Some(w) = words.get(i) else {
        return false;
    };
    let lexicon = lexicon::fr();
    let Some(top) = lexicon.analyses(w.surface).next() else {
        return false;
    };
    if top.pos == Pos::Verb && !noun_participle(w.surface) {
        return true;
    }
    let participle = lexicon
        .analyses(w.surface)
        .any(|a| a.pos == Pos::Verb && a.verb.is_some_and(|v| v.is_past_participle()));
    participle
        && i > 0
        && words
            .get(i - 1)
            .is_some_and(|p| lexicon.is_pos(p.surface, Pos::Auxiliary))
}

/// What kind of word the theme finder sees.
#[derive(PartialEq)]
enum Slot {
    Determiner,
    Preposition,
    /// Adverbs, negation words, adjectives, numbers: passed over.
    Skip,
    Noun,
    Other,
}

fn slot(w: &Word, lx: &Lex) -> Slot {
    if !w.word {
        return Slot::Other;
    }
    match w.folded.as_str() {
        "au" | "aux" => return Slot::Preposition,
        "de" | "d'" | "des" | "du" | "tout" | "tous" | "toute" | "toutes" => return Slot::Determiner,
        _ => {}
    }
    if w.folded.starts_with(|c: char| c.is_ascii_digit()) || lx.number_words.contains_key(&w.folded) {
        return Slot::Skip;
    }
    let lexicon = lexicon::fr();
    let Some(top) = lexicon.analyses(w.surface).next() else {
        // Not in the lexicon: a name or a rare word, the head of its phrase.
        return Slot::Noun;
    };
    if noun_participle(w.surface) {
        return Slot::Noun;
    }
    match top.pos {
        p if p.is_determiner() || p == Pos::IndefiniteAdjective || p == Pos::NumeralAdjective => {
            Slot::Determiner
        }
        Pos::Preposition => Slot::Preposition,
        Pos::Adverb | Pos::Adjective => Slot::Skip,
        Pos::Noun => Slot::Noun,
        _ if lx.completers.contains(&w.folded) || lx.particles.contains(&w.folded) => Slot::Skip,
        _ => Slot::Other,
    }
}

/// The head noun of the object of the predicate at `i`, within `end`: the first noun of a noun phrase
/// that is not the object of a preposition (`a fourni à l'agence des données` → `données`). For a noun
/// predicate (`la vente des terres`), the noun after its `de`.
pub(super) fn theme(words: &[Word], i: usize, end: usize, lx: &Lex) -> Option<usize> {
    // Inside a prepositional phrase; a determiner after a noun or an adjective opens a new phrase.
    let mut in_pp = false;
    let mut after_head = false;
    for j in i + 1..end.min(i + 12) {
        let w = words.get(j)?;
        match slot(w, lx) {
            Slot::Preposition => {
                in_pp = true;
                after_head = false;
            }
            Slot::Determiner => {
                if after_head && !matches!(w.folded.as_str(), "de" | "d'" | "du") {
                    in_pp = false;
                }
                after_head = false;
            }
            Slot::Skip => {}
            Slot::Noun => {
                let content = !lx.stop.contains(&w.folded) && !lx.light.contains(&w.folded);
                if !in_pp && content {
                    return Some(j);
                }
                after_head = true;
            }
            Slot::Other => return None,
        }
    }
    None
}

/// A present participle that is also a noun (`attaquant`, `manifestant`): a noun in a noun phrase.
fn noun_participle(form: &str) -> bool {
    let lexicon = lexicon::fr();
    let present = lexicon.analyses(form).any(|a| {
        a.pos == Pos::Verb
            && a.verb.is_some_and(|v| {
                v.mood == lexicon::Mood::Participle && v.tense == Some(lexicon::Tense::Present)
            })
    });
    present && lexicon.is_pos(form, Pos::Noun)
}
