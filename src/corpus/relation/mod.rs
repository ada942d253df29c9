//! The relation between two statements: `agree`, `contradict`, `neutral` or `unrelated`, with a reason a
//! reviewer reads (the rule that fired and the words it matched).
//!
//! A statement is first read into a [`Profile`]: its content keys (accent-folded French Snowball stems,
//! stop words out; states as one entity whether named, adjectived or metonymised by their capital), the
//! keys that stand under a negation (`ne ... pas`, `aucun`, `sans`, a privative word, a verb of denial),
//! its quantities and dates, its predicates (verbs, and members of a predicate class: `livrer`, `fournir`,
//! `livraison` are one key) with the noun each governs. Two profiles are about the same proposition when
//! they share enough keys and neither the same predicate falls on other objects nor (when they agree)
//! their predicates have nothing in common; then a polarity reversal (a denial stance against an assertion, a negation on one side only, an
//! antonym), or numbers and dates that cannot both hold, make a contradiction. The language knowledge is
//! `lang/fr/relation.yaml`. This module does not pick candidate pairs in a store (`corpus::compare` does)
//! and never prints.

use crate::claim::{RelationKind, Stance};
use crate::lang;
use crate::text::{fold, stem, tokens};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

mod lex;
mod negation;
mod numbers;
mod predicate;

use self::{lex::*, negation::*, numbers::*, predicate::*};

/// One side of a comparison: the words and what their speaker does with them.
#[derive(Debug, Clone, Copy)]
pub struct Statement<'a> {
    pub text: &'a str,
    pub stance: Stance,
}

/// What the classifier decided, with its confidence (0 to 1) and its reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub relation: RelationKind,
    pub score: f64,
    pub reason: String,
    /// The share of the smaller statement's content weight that the two have in common (0 to 1).
    pub share: f64,
    /// The content weight in common over the two statements' mean weight (Dice, 0 to 1): low when a
    /// short statement meets a long one that says much else.
    pub overlap: f64,
    /// The statements share words but surely tell two propositions (the same predicate over other
    /// objects, or one predicate a side and none in common): a store should not relate them by a shared
    /// rare word either.
    pub distinct: bool,
}

/// The relation between two statements.
pub fn classify(a: &Statement, b: &Statement) -> Verdict {
    relate(
        &Profile::new(a.text),
        a.stance,
        &Profile::new(b.text),
        b.stance,
        &|_| 1.0,
    )
}

/// A statement read for comparison.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Content keys (stems, and `@State` for entities) with the first words that carried them, in order.
    keys: Vec<(String, String)>,
    /// Keys under an odd number of negations, with the negation's words.
    negated: HashMap<String, String>,
    /// Those of `negated` under a negation of grammar (`ne … pas`, `jamais`, `aucun`), not under a word
    /// that judges what is said (`dément`, `fausse`, `fake news`).
    said_no: HashSet<String>,
    quantities: Vec<Quantity>,
    /// Content keys that stand for an antonym's lemma (`combattent` → `combattr`), with that lemma's stem.
    lemmas: Vec<(String, String)>,
    /// The statement says its source neither confirms nor denies.
    neutral: bool,
    /// Keys that are predicates (verbs, class members).
    predicates: HashSet<String>,
    /// A predicate's key, the key of the head noun it governs and the predicate's token index, first
    /// occurrence only.
    themes: Vec<(String, String, usize)>,
    /// Every occurrence of a content key, by token index.
    at: Vec<(usize, String)>,
    /// A short phrase without a verb (`un beau party de famille`): a label, not a statement.
    label: bool,
}

impl Profile {
    /// Reads `text` with the French pack.
    pub fn new(text: &str) -> Profile {
        read(text)
    }

    /// Whether `key` stands under an odd number of negations.
    pub fn negates(&self, key: &str) -> bool {
        self.negated.contains_key(key)
    }

    /// The content keys: stems of content words and `@State` for states, each once, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|(k, _)| k.as_str())
    }

    /// The words that carried `key` first, as written.
    pub fn display(&self, key: &str) -> Option<&str> {
        self.keys.iter().find(|(k, _)| k == key).map(|(_, d)| d.as_str())
    }
}

/// Minimum share of the smaller side's key weight that must be shared for the same proposition.
const MIN_SHARE: f64 = 0.3;
/// Shared keys that make the same proposition whatever the share.
const MANY_SHARED: usize = 4;
/// Numbers and dates clash only between statements this close: a story tells many events, each with
/// its own date and figures.
const NUMBER_MIN_SHARE: f64 = 0.4;

/// Decides the relation between two read statements. `weight` gives each key's weight (1 for a lone
/// pair; a store may weigh rare keys up).
pub fn relate(a: &Profile, sa: Stance, b: &Profile, sb: Stance, weight: &dyn Fn(&str) -> f64) -> Verdict {
    let lx = lex();
    let shared = shared_keys(a, b, lx);
    let shared_words: Vec<&str> = shared.iter().filter_map(|(ka, _)| a.display(ka)).collect();
    let list = shared_words.join(", ");
    let n_content = shared.iter().filter(|(k, _)| !k.starts_with('@')).count();
    // Counted from each side (a key of one side may match two of the other's, `rouble` / `roubles`), the
    // smaller: the share is then the same whichever statement comes first.
    let w_shared: f64 = shared
        .iter()
        .map(|(k, _)| weight(k))
        .sum::<f64>()
        .min(shared_keys(b, a, lx).iter().map(|(k, _)| weight(k)).sum());
    let w_a: f64 = a.keys().map(weight).sum();
    let w_b: f64 = b.keys().map(weight).sum();
    let share = if w_a.min(w_b) > 0.0 {
        w_shared / w_a.min(w_b)
    } else {
        0.0
    };
    let overlap = if w_a + w_b > 0.0 {
        (2.0 * w_shared / (w_a + w_b)).min(1.0)
    } else {
        0.0
    };
    // `Aucune vente n'a eu lieu`: a statement whose only content is an event's predicate is about that
    // event wherever it is told.
    let lone_event = shared.len() == 1
        && shared.iter().all(|(ka, _)| ka.starts_with('~'))
        && a.keys.len().min(b.keys.len()) == 1;
    // Shared names alone (a photographer's credit, `Jeff X - AFP`) make no proposition in common.
    // A word either side writes in lower case is a common word (`Missiles` opening a sentence is the
    // `missiles` of the other): asked of both, so the answer does not depend on which comes first.
    let lower = |p: &Profile, k: &str| {
        p.display(k)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase)
    };
    let shares_common_words = shared.iter().any(|(ka, kb)| lower(a, ka) || lower(b, kb));
    let same = n_content >= 1
        && (lone_event || shared.len() >= 2 && (share >= MIN_SHARE || shared.len() >= MANY_SHARED));
    if !same {
        return Verdict {
            share,
            overlap,
            distinct: false,
            relation: RelationKind::Unrelated,
            score: round(1.0 - share.min(1.0)),
            reason: if shared.is_empty() {
                "no content words in common".to_string()
            } else {
                format!("not the same proposition (shared only: {list})")
            },
        };
    }
    let strength = share.min(1.0);
    let share = strength;
    // Two propositions: unrelated whatever else is found when it is sure (`strong`); else only instead
    // of an agreement (a negation over shared words may still be a contradiction).
    // Numbers and dates that cannot both hold contradict, unless one side denies: denying one figure
    // while another side gives a different one is no conflict between them.
    let one_denies = (sa == Stance::Deny) != (sb == Stance::Deny);
    // Looked for from both sides: `number_clash` asks whether a figure of the side it starts from is
    // given by the other side, which is not the same question the other way round.
    let clash = number_clash(a, b)
        .or_else(|| number_clash(b, a).map(|(qb, qa)| (qa, qb)))
        .filter(|_| share >= NUMBER_MIN_SHARE && !one_denies && shares_common_words);
    // A measure both sides give is one proposition whatever their predicates.
    let other = match clash {
        Some(_) => None,
        // Asked from both sides (`shared` pairs each key of the first with one of the second), so the
        // answer does not depend on which statement comes first; a sure answer from either side wins.
        None => {
            let there = other_proposition(a, b, &shared, lx);
            let back = other_proposition(b, a, &shared_keys(b, a, lx), lx);
            match (there, back) {
                (Some((_, false)), Some(sure @ (_, true))) => Some(sure),
                (there, back) => there.or(back),
            }
        }
    };
    let unrelated = |why: &str, sure: bool| Verdict {
        share,
        overlap,
        distinct: sure,
        relation: RelationKind::Unrelated,
        score: round(1.0 - 0.5 * strength),
        reason: format!("{why} (shared: {list})"),
    };
    if let Some((why, true)) = &other {
        return unrelated(why, true);
    }

    if sa == Stance::Neutral || sb == Stance::Neutral || a.neutral || b.neutral {
        return Verdict {
            share,
            overlap,
            distinct: false,
            relation: RelationKind::Neutral,
            score: round(0.5 + 0.4 * strength),
            reason: format!("one side neither confirms nor denies (shared: {list})"),
        };
    }

    if let Some((qa, qb)) = clash {
        let what = if qa.unit.starts_with('@') {
            "dates"
        } else {
            "numbers"
        };
        return Verdict {
            share,
            overlap,
            distinct: false,
            relation: RelationKind::Contradict,
            score: round(0.6 + 0.3 * strength),
            reason: format!(
                "{what} that cannot both hold: \"{}\" vs \"{}\" (shared: {list})",
                qa.surface, qb.surface
            ),
        };
    }

    // Polarity reversals: each one flips the relation; two cancel.
    let mut reversals: Vec<String> = Vec::new();
    // A denial whose own words say no (`« Nous n'avons jamais livré d'armes », a démenti X`, `affirme
    // n'avoir jamais pris …`) denies once: the negation rule counts it, the stance does not again. A word
    // that judges (`rejette le terme de « fake news »`) is a second denial, and stays one.
    let said_in_words = |s: Stance, said_no: bool| match s {
        Stance::Deny if said_no => Stance::Assert,
        s => s,
    };
    let sa = said_in_words(sa, shared.iter().any(|(ka, _)| a.said_no.contains(*ka)));
    let sb = said_in_words(sb, shared.iter().any(|(_, kb)| b.said_no.contains(*kb)));
    let deny = |s: Stance| s == Stance::Deny;
    let asserts = |s: Stance| matches!(s, Stance::Assert | Stance::Accuse);
    // A denial of a phrase without a verb (`dénonce les verdicts de l'affaire du « complot contre l'État »`)
    // names what it rejects without a proposition; it reverses only the same judging label (`fake news`).
    let judged_label = shared
        .iter()
        .any(|(ka, _)| a.display(ka).is_some_and(|w| lx.labels.contains(&fold(w))));
    let denied_phrase = |s: Stance, p: &Profile| deny(s) && p.label;
    let names_a_phrase = (denied_phrase(sa, a) || denied_phrase(sb, b)) && !judged_label;
    let reversed = deny(sa) && asserts(sb) || deny(sb) && asserts(sa);
    if reversed && names_a_phrase {
        return unrelated("a denial of a phrase without a verb", false);
    }
    // Names alone in common (`les accusations de L'Hebdo des Marches` / `L'Hebdo des Marches tire à 40 000
    // exemplaires`) are no proposition a denial could reverse.
    if shares_common_words && reversed {
        reversals.push(format!(
            "{} vs {} on the same proposition",
            crate::report::name_of(&sa),
            crate::report::name_of(&sb)
        ));
    }
    if let Some(r) = negation_asymmetry(a, b, &shared) {
        // A short phrase without a verb (`changement de cap`, a label in quotation marks, a heading:
        // `Projet du parc éolien de Lorval`) asserts nothing a negation on the other side could reverse or
        // confirm; a phrase that negates (`Pas de hausse des prix en 2019`) says something.
        let asserts_nothing = |p: &Profile| p.label && p.negated.is_empty();
        if asserts_nothing(a) || asserts_nothing(b) {
            return unrelated("a phrase without a verb against a negation", false);
        }
        reversals.push(r);
    }
    if let Some(r) = antonym_clash(a, b, &shared, lx) {
        reversals.push(r);
    }
    match reversals.len() {
        1 | 3 => Verdict {
            share,
            overlap,
            distinct: false,
            relation: RelationKind::Contradict,
            score: round(0.55 + 0.4 * strength),
            reason: format!("{} (shared: {list})", reversals.join("; ")),
        },
        0 | 2 if other.is_some() => unrelated(other.as_ref().map(|(w, _)| w.as_str()).unwrap_or(""), false),
        0 | 2 if !shares_common_words => unrelated("only names in common", false),
        0 => Verdict {
            share,
            overlap,
            distinct: false,
            relation: RelationKind::Agree,
            score: round(0.4 + 0.5 * strength),
            reason: format!("same proposition, same polarity (shared: {list})"),
        },
        _ => Verdict {
            share,
            overlap,
            distinct: false,
            relation: RelationKind::Agree,
            score: round(0.3 + 0.3 * strength),
            reason: format!("two reversals cancel: {} (shared: {list})", reversals.join("; ")),
        },
    }
}

fn round(x: f64) -> f64 {
    (x.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// Pairs of keys (one of `a`, one of `b`) that name the same thing: equal, or one derived from the other.
fn shared_keys<'p>(a: &'p Profile, b: &'p Profile, lx: &Lex) -> Vec<(&'p str, &'p str)> {
    let mut out = Vec::new();
    for ka in a.keys() {
        if let Some(kb) = b
            .keys()
            .find(|kb| *kb == ka)
            .or_else(|| b.keys().find(|kb| derived(ka, kb, lx)))
        {
            out.push((ka, kb));
        }
    }
    out
}

/// Statements with at most this many predicates each, none of them shared, are two propositions even
/// when a negation falls on their shared words (unless they share `MANY_SHARED` keys).
const ONE_PREDICATE: usize = 1;

/// Why two statements that share words still tell two propositions, if they do: one predicate over two
/// different objects (`a fourni des tentes` / `a fourni des explications`), or predicates on both sides
/// with none in common, neither equal nor opposite (`a visité l'hôpital` / `a annoncé un plan pour les
/// hôpitaux`).
fn other_proposition(a: &Profile, b: &Profile, shared: &[(&str, &str)], lx: &Lex) -> Option<(String, bool)> {
    // Whether `key` stands after the token `pos` (among what the predicate there governs).
    let after = |p: &Profile, key: &str, pos: usize| {
        p.at.iter()
            .any(|(i, k)| *i > pos && (k == key || derived(k, key, lx)))
    };
    let theme = |p: &Profile, key: &str| {
        p.themes
            .iter()
            .find(|(pk, _, _)| pk == key)
            .map(|(_, t, at)| (t.clone(), *at))
    };
    // Many shared words make one proposition whatever its object is called (`une lettre` / `un
    // courrier`), unless they are only names of states and predicates (`l'Iran a envoyé à la Russie des
    // drones` / `l'Iran a livré à la Russie des missiles`).
    let described = shared
        .iter()
        .filter(|(ka, kb)| !ka.starts_with('@') && !a.predicates.contains(*ka) && !b.predicates.contains(*kb))
        .count();
    let few_shared = shared.len() <= MANY_SHARED || described <= 1;
    for (ka, kb) in shared {
        if !a.predicates.contains(*ka) || !b.predicates.contains(*kb) {
            continue;
        }
        if let (Some((ta, pa)), Some((tb, pb))) = (theme(a, ka), theme(b, kb)) {
            // Neither object is found after the other side's predicate (`condamné l'ancien maire` /
            // `l'ancien maire a condamné les violences`: the mayor is no object there).
            if few_shared && ta != tb && !derived(&ta, &tb, lx) && !after(b, &ta, pb) && !after(a, &tb, pa) {
                return Some((
                    format!(
                        "the same predicate over other objects: \"{}\" vs \"{}\"",
                        a.display(&ta).unwrap_or(&ta),
                        b.display(&tb).unwrap_or(&tb)
                    ),
                    true,
                ));
            }
        }
    }
    let predicate_shared = shared
        .iter()
        .any(|(ka, kb)| a.predicates.contains(*ka) || b.predicates.contains(*kb));
    if !a.predicates.is_empty()
        && !b.predicates.is_empty()
        && !predicate_shared
        && antonym_clash(a, b, shared, lx).is_none()
    {
        let first = |p: &Profile| {
            p.keys
                .iter()
                .find(|(k, _)| p.predicates.contains(k))
                .map(|(_, d)| d.clone())
                .unwrap_or_default()
        };
        // One predicate a side, none shared: two propositions however the words around them fall.
        let sure = a.predicates.len() <= ONE_PREDICATE
            && b.predicates.len() <= ONE_PREDICATE
            && shared.len() < MANY_SHARED;
        return Some((
            format!("no predicate in common: \"{}\" vs \"{}\"", first(a), first(b)),
            sure,
        ));
    }
    None
}

/// Whether one stem is the other plus a derivational suffix (`mond` / `mondial`).
fn derived(x: &str, y: &str, lx: &Lex) -> bool {
    if x.starts_with('@') || y.starts_with('@') {
        return false;
    }
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    short.len() >= lx.min_stem
        && long
            .strip_prefix(short)
            .is_some_and(|rest| lx.suffixes.iter().any(|s| s == rest))
}

/// A negation that covers shared content on one side only: the words of the negation and the shared
/// words under it.
fn negation_asymmetry(a: &Profile, b: &Profile, shared: &[(&str, &str)]) -> Option<String> {
    let under = |p: &Profile, keys: &mut dyn Iterator<Item = &str>| -> Vec<(String, String)> {
        keys.filter_map(|k| {
            p.negated
                .get(k)
                .map(|cue| (cue.clone(), p.display(k).unwrap_or(k).to_string()))
        })
        .collect()
    };
    let na = under(a, &mut shared.iter().map(|(ka, _)| *ka));
    let nb = under(b, &mut shared.iter().map(|(_, kb)| *kb));
    let (neg, cue_side) = match (na.is_empty(), nb.is_empty()) {
        (false, true) => (na, "first"),
        (true, false) => (nb, "second"),
        _ => return None,
    };
    let cue = neg.first().map(|(c, _)| c.clone()).unwrap_or_default();
    let words: Vec<&str> = neg.iter().map(|(_, w)| w.as_str()).collect();
    Some(format!(
        "negation on one side only: \"{cue}\" in the {cue_side} statement over {}",
        words.join(", ")
    ))
}

/// An antonym pair split across the sides (`hausse` / `baisse`, `exact` / `inexact`), each word absent
/// from the other side. A negated antonym (`pas inefficace`) is counted by the negation rule instead.
fn antonym_clash(a: &Profile, b: &Profile, shared: &[(&str, &str)], lx: &Lex) -> Option<String> {
    let in_a: HashSet<&str> = shared.iter().map(|(k, _)| *k).collect();
    let in_b: HashSet<&str> = shared.iter().map(|(_, k)| *k).collect();
    let has = |p: &Profile, lemma: &str| p.lemmas.iter().any(|(_, l)| l == lemma);
    let lemma_pair = |x: &str, y: &str| {
        a.lemmas.iter().filter(|(k, _)| k == x).any(|(_, la)| {
            b.lemmas.iter().filter(|(k, _)| k == y).any(|(_, lb)| {
                !has(a, lb) && !has(b, la) && lx.antonyms.get(la).is_some_and(|ys| ys.contains(lb))
            })
        })
    };
    for x in a.keys().filter(|k| !in_a.contains(k) && !k.starts_with('@')) {
        for y in b.keys().filter(|k| !in_b.contains(k) && !k.starts_with('@')) {
            // (A key outside the shared ones has no equal on the other side.)
            // `aucune hausse` / `aucune baisse` deny both; one negated antonym is the negation rule's reversal.
            if a.negated.contains_key(x) && b.negated.contains_key(y) {
                continue;
            }
            if lemma_pair(x, y) || prefixed(x, y, lx) || prefixed(y, x, lx) {
                return Some(format!(
                    "antonyms: \"{}\" vs \"{}\"",
                    a.display(x).unwrap_or(x),
                    b.display(y).unwrap_or(y)
                ));
            }
        }
    }
    None
}

/// Whether `long` is `short` with a privative prefix (`inexact` / `exact`).
fn prefixed(short: &str, long: &str, lx: &Lex) -> bool {
    short.len() >= lx.min_base
        && lx
            .prefixes
            .iter()
            .any(|p| long.strip_prefix(p.as_str()) == Some(short))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(a: &str, b: &str) -> Verdict {
        classify(
            &Statement {
                text: a,
                stance: Stance::Assert,
            },
            &Statement {
                text: b,
                stance: Stance::Assert,
            },
        )
    }

    #[test]
    fn capitals_count_as_their_state() {
        let p = Profile::new("Téhéran a livré des drones à Moscou");
        let keys: Vec<&str> = p.keys().collect();
        assert!(keys.contains(&"@Iran") && keys.contains(&"@Russie"), "{keys:?}");
    }

    #[test]
    fn negation_scope_leaves_the_subject_out() {
        let p = Profile::new("Le traité ne comporte pas de clause de défense mutuelle.");
        assert!(p.negated.contains_key("claus"));
        assert!(!p.negated.contains_key("trait"));
    }

    #[test]
    fn restrictive_ne_que_is_not_a_negation() {
        assert!(Profile::new("Il ne fait que répéter le rapport.")
            .negated
            .is_empty());
    }

    #[test]
    fn reads_numbers_words_ranges_and_dates() {
        let q =
            Profile::new("De 18 à 20 % de la batterie, trois millions de doses, le 12 mars 2022.").quantities;
        assert!(
            q.iter().any(|q| q.unit == "%" && q.lo == 18.0 && q.hi == 20.0),
            "{q:?}"
        );
        assert!(q.iter().any(|q| q.unit == "dos" && q.lo == 3_000_000.0), "{q:?}");
        assert!(q.iter().any(|q| q.unit == "@date" && q.lo == 312.0), "{q:?}");
        assert!(q.iter().any(|q| q.unit == "@year" && q.lo == 2022.0), "{q:?}");
    }

    #[test]
    fn deny_against_accuse_is_a_contradiction_naming_both_stances() {
        let v = classify(
            &Statement {
                text: "l'Iran a livré des missiles balistiques à la Russie",
                stance: Stance::Accuse,
            },
            &Statement {
                text: "Téhéran a livré des missiles balistiques à la Russie",
                stance: Stance::Deny,
            },
        );
        assert_eq!(v.relation, RelationKind::Contradict);
        assert!(
            v.reason
                .starts_with("accuse vs deny on the same proposition (shared: "),
            "{}",
            v.reason
        );
        assert!(
            v.reason.contains("missiles") && v.reason.contains("Iran"),
            "{}",
            v.reason
        );
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for s in [
            "",
            " ",
            "«»",
            "ne",
            "n'",
            "de 3 à",
            "12",
            "1 000 000 000 000 000 000 000",
            "2,",
            "-",
            "l'",
        ] {
            let _ = rel(s, s);
            let _ = rel(s, "Le traité ne comporte pas de clause.");
        }
    }
}
