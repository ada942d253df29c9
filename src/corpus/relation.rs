//! The relation between two statements: `agree`, `contradict`, `neutral` or `unrelated`, with a reason a
//! reviewer reads (the rule that fired and the words it matched).
//!
//! A statement is first read into a [`Profile`]: its content keys (accent-folded French Snowball stems,
//! stop words out; states as one entity whether named, adjectived or metonymised by their capital), the
//! keys that stand under a negation (`ne ... pas`, `aucun`, `sans`, a privative word, a verb of denial),
//! its quantities and dates. Two profiles are about the same proposition when they share enough keys;
//! then a polarity reversal (a denial stance against an assertion, a negation on one side only, an
//! antonym), or numbers and dates that cannot both hold, make a contradiction. The language knowledge is
//! `lang/fr/relation.yaml`. This module does not pick candidate pairs in a store (`corpus::compare` does)
//! and never prints.

use crate::claim::{RelationKind, Stance};
use crate::lang;
use crate::text::{fold, stem, tokens};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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

/// A quantity read in a statement: an interval of values for one unit (a content stem, `%`, or a date part).
#[derive(Debug, Clone, PartialEq)]
struct Quantity {
    lo: f64,
    hi: f64,
    unit: String,
    surface: String,
}

/// A statement read for comparison.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Content keys (stems, and `@State` for entities) with the first words that carried them, in order.
    keys: Vec<(String, String)>,
    /// Keys under an odd number of negations, with the negation's words.
    negated: HashMap<String, String>,
    quantities: Vec<Quantity>,
    /// Content keys that stand for an antonym's lemma (`combattent` → `combattr`), with that lemma's stem.
    lemmas: Vec<(String, String)>,
    /// The statement says its source neither confirms nor denies.
    neutral: bool,
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
    let same = n_content >= 1 && shared.len() >= 2 && (share >= MIN_SHARE || shared.len() >= MANY_SHARED);
    if !same {
        return Verdict {
            share,
            overlap,
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

    if sa == Stance::Neutral || sb == Stance::Neutral || a.neutral || b.neutral {
        return Verdict {
            share,
            overlap,
            relation: RelationKind::Neutral,
            score: round(0.5 + 0.4 * strength),
            reason: format!("one side neither confirms nor denies (shared: {list})"),
        };
    }

    // Numbers and dates that cannot both hold contradict, unless one side denies: denying one figure
    // while another side gives a different one is no conflict between them.
    let one_denies = (sa == Stance::Deny) != (sb == Stance::Deny);
    // Looked for from both sides: `number_clash` asks whether a figure of the side it starts from is
    // given by the other side, which is not the same question the other way round.
    let clash = number_clash(a, b).or_else(|| number_clash(b, a).map(|(qb, qa)| (qa, qb)));
    if let Some((qa, qb)) = clash.filter(|_| share >= NUMBER_MIN_SHARE && !one_denies) {
        let what = if qa.unit.starts_with('@') {
            "dates"
        } else {
            "numbers"
        };
        return Verdict {
            share,
            overlap,
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
    let deny = |s: Stance| s == Stance::Deny;
    let asserts = |s: Stance| matches!(s, Stance::Assert | Stance::Accuse);
    if deny(sa) && asserts(sb) || deny(sb) && asserts(sa) {
        reversals.push(format!(
            "{} vs {} on the same proposition",
            crate::report::name_of(&sa),
            crate::report::name_of(&sb)
        ));
    }
    if let Some(r) = negation_asymmetry(a, b, &shared) {
        reversals.push(r);
    }
    if let Some(r) = antonym_clash(a, b, &shared, lx) {
        reversals.push(r);
    }
    match reversals.len() {
        1 | 3 => Verdict {
            share,
            overlap,
            relation: RelationKind::Contradict,
            score: round(0.55 + 0.4 * strength),
            reason: format!("{} (shared: {list})", reversals.join("; ")),
        },
        0 => Verdict {
            share,
            overlap,
            relation: RelationKind::Agree,
            score: round(0.4 + 0.5 * strength),
            reason: format!("same proposition, same polarity (shared: {list})"),
        },
        _ => Verdict {
            share,
            overlap,
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

/// Two quantities of the same unit, one per side, such that no quantity of that unit on one side fits
/// any on the other.
fn number_clash<'p>(a: &'p Profile, b: &'p Profile) -> Option<(&'p Quantity, &'p Quantity)> {
    for qa in &a.quantities {
        let others: Vec<&Quantity> = b.quantities.iter().filter(|q| q.unit == qa.unit).collect();
        let mine = a.quantities.iter().filter(|q| q.unit == qa.unit);
        let Some(first) = others.first() else {
            continue;
        };
        // A date clashes only when each side gives one: a story with several dates tells several events.
        let distinct = |qs: &mut dyn Iterator<Item = &Quantity>| {
            let mut v: Vec<(f64, f64)> = qs.map(|q| (q.lo, q.hi)).collect();
            v.dedup();
            v.len()
        };
        if qa.unit.starts_with('@')
            && (distinct(&mut mine.clone()) > 1 || distinct(&mut others.iter().copied()) > 1)
        {
            continue;
        }
        // Two per cent of slack for amounts (`1,34 milliard` and `1,342 milliard` are one figure rounded);
        // none for dates.
        let slack = if qa.unit.starts_with('@') { 1.0 } else { 1.02 };
        let fits = |x: &Quantity, y: &Quantity| x.lo <= y.hi * slack && y.lo <= x.hi * slack;
        // `40 des 52 drones`: a figure the other side also gives, in any unit, is no clash.
        let named_there = |x: &Quantity| b.quantities.iter().any(|y| fits(x, y));
        if !mine.clone().any(|x| others.iter().any(|y| fits(x, y))) && !named_there(qa) {
            return Some((qa, first));
        }
    }
    None
}

/// The French relation lexicon, compiled for lookups.
struct Lex {
    stop: HashSet<String>,
    particles: HashSet<String>,
    completers: HashSet<String>,
    standalone: HashSet<String>,
    idioms: Vec<Vec<String>>,
    breaks: HashSet<String>,
    privatives: HashSet<String>,
    copulas: HashSet<String>,
    anaphors: HashSet<String>,
    extends_over: HashSet<String>,
    denials: HashSet<String>,
    neutral: Vec<Vec<String>>,
    antonyms: HashMap<String, HashSet<String>>,
    prefixes: Vec<String>,
    min_base: usize,
    min_common: usize,
    max_ending: usize,
    number_words: HashMap<String, f64>,
    scales: HashMap<String, f64>,
    at_least: Vec<Vec<String>>,
    at_most: Vec<Vec<String>>,
    about: Vec<Vec<String>>,
    percent: Vec<Vec<String>>,
    months: HashMap<String, f64>,
    suffixes: Vec<String>,
    min_stem: usize,
    /// Folded word sequences naming a state (names, seats, adjectives) → `@State`.
    entities: HashMap<Vec<String>, String>,
    longest_entity: usize,
}

/// Folded words of a phrase, as the reader sees them.
fn phrase(s: &str) -> Vec<String> {
    tokens(s, 0)
        .iter()
        .filter(|t| t.is_word() || t.text == "%")
        .map(|t| fold(t.text))
        .collect()
}

fn lex() -> &'static Lex {
    static LEX: OnceLock<Lex> = OnceLock::new();
    LEX.get_or_init(|| {
        let pack = lang::fr();
        let r = &pack.relation;
        let set = |v: &[String]| v.iter().map(|w| fold(w)).collect::<HashSet<_>>();
        let keep = set(&r.stop_words.keep);
        let mut stop: HashSet<String> = stop_words::lookup("fr")
            .unwrap_or(&[])
            .iter()
            .map(|w| fold(w))
            .chain(r.stop_words.extra.iter().map(|w| fold(w)))
            .filter(|w| !keep.contains(w))
            .collect();
        stop.extend(["l'", "d'", "n'", "s'", "c'", "j'", "m'", "t'", "qu'"].map(String::from));
        let mut denials = set(&r.denials.words);
        let ambiguous = set(&r.denials.ambiguous);
        for v in pack
            .reporting
            .verbs
            .iter()
            .filter(|v| v.stance == Stance::Deny && !ambiguous.contains(&fold(&v.lemma)))
        {
            denials.insert(fold(&v.lemma));
            denials.extend(v.participles().iter().chain(&v.finite_forms()).map(|w| fold(w)));
        }
        let mut antonyms: HashMap<String, HashSet<String>> = HashMap::new();
        for [x, y] in &r.antonyms.pairs {
            let (x, y) = (stem(&fold(x)), stem(&fold(y)));
            antonyms.entry(x.clone()).or_default().insert(y.clone());
            antonyms.entry(y).or_default().insert(x);
        }
        let mut entities = HashMap::new();
        for s in &pack.world.states {
            let key = format!("@{}", s.name);
            for n in s.names.iter().chain(&s.seats).chain(&s.adjectives) {
                let mut words = phrase(n);
                while words
                    .first()
                    .is_some_and(|w| matches!(w.as_str(), "le" | "la" | "les" | "l'"))
                {
                    words.remove(0);
                }
                if !words.is_empty() {
                    entities.entry(words).or_insert_with(|| key.clone());
                }
            }
        }
        let longest_entity = entities.keys().map(Vec::len).max().unwrap_or(1);
        let n = &r.numbers;
        Lex {
            stop,
            particles: set(&r.negation.particles),
            completers: set(&r.negation.completers),
            standalone: set(&r.negation.standalone),
            idioms: r.negation.idioms.iter().map(|p| phrase(p)).collect(),
            breaks: set(&r.negation.clause_breaks),
            privatives: set(&r.privatives.words),
            copulas: set(&r.privatives.copulas),
            anaphors: set(&r.negation.anaphors),
            extends_over: set(&r.negation.extends_over),
            denials,
            neutral: r.neutral.phrases.iter().map(|p| phrase(p)).collect(),
            antonyms,
            prefixes: r.antonyms.prefixes.iter().map(|p| fold(p)).collect(),
            min_base: r.antonyms.min_base,
            min_common: r.antonyms.min_common,
            max_ending: r.antonyms.max_ending,
            number_words: n.words.iter().map(|(k, v)| (fold(k), *v)).collect(),
            scales: n.scales.iter().map(|(k, v)| (fold(k), *v)).collect(),
            at_least: n.at_least.iter().map(|p| phrase(p)).collect(),
            at_most: n.at_most.iter().map(|p| phrase(p)).collect(),
            about: n.about.iter().map(|p| phrase(p)).collect(),
            percent: n.percent.iter().map(|p| phrase(p)).collect(),
            months: n
                .months
                .iter()
                .enumerate()
                .map(|(i, m)| (fold(m), (i + 1) as f64))
                .collect(),
            suffixes: r.derivation.suffixes.iter().map(|s| fold(s)).collect(),
            min_stem: r.derivation.min_stem,
            entities,
            longest_entity,
        }
    })
}

/// A token as the reader sees it.
struct Word<'a> {
    surface: &'a str,
    folded: String,
    /// A word (or `%`), as opposed to punctuation.
    word: bool,
}

fn starts_with(words: &[Word], at: usize, seq: &[String]) -> bool {
    !seq.is_empty()
        && seq
            .iter()
            .enumerate()
            .all(|(k, s)| words.get(at + k).is_some_and(|w| w.word && &w.folded == s))
}

/// The length of the phrase of `seqs` that ends just before `at`, if any.
fn ends_before(words: &[Word], at: usize, seqs: &[Vec<String>]) -> bool {
    seqs.iter()
        .any(|s| at >= s.len() && starts_with(words, at - s.len(), s))
}

fn read(text: &str) -> Profile {
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
            if in_idiom(i) {
                // A cue word inside `sans doute`, `ou non`: no negation.
            } else if lx.particles.contains(f) {
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
                cue = Some((i, j, i));
            } else if lx.denials.contains(f) {
                cue = Some((i, i, s));
                judges_all = anaphoric;
            } else if lx.privatives.contains(f) {
                // After a copula (`est fausse`) the whole clause is judged; else what follows (`un faux camp`).
                let predicative = (i.saturating_sub(2)..i).any(|k| k >= s && is(k, &lx.copulas));
                cue = Some((i, i, if predicative { s } else { i }));
                judges_all = predicative && anaphoric;
            }
            if let Some((cs, ce, scope)) = cue {
                // `cette affirmation est fausse`, `a démenti cette information`: what is judged is
                // everything the statement says.
                let (scope, end) = if judges_all {
                    (0, words.len())
                } else {
                    (scope, end)
                };
                let text: Vec<&str> = words
                    .get(cs..=ce)
                    .unwrap_or(&[])
                    .iter()
                    .map(|w| w.surface)
                    .collect();
                let text = text.join(" ").replace("' ", "'").replace("’ ", "’");
                for k in cs..=ce {
                    if let Some(c) = cue_token.get_mut(k) {
                        *c = true;
                    }
                }
                for k in scope..end {
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

    // Content keys: states first (longest name), then stems of content words.
    let mut i = 0;
    let add = |p: &mut Profile, key: String, display: &str, at: usize| {
        if negations.get(at).is_some_and(|n| n % 2 == 1) && !cue_token.get(at).copied().unwrap_or(false) {
            if let Some(Some(cue)) = cue_of.get(at) {
                p.negated.entry(key.clone()).or_insert_with(|| cue.clone());
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
            && !lx.months.contains_key(&w.folded);
        if content {
            add(&mut p, stem(&w.folded), w.surface, i);
        }
        i += 1;
    }
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
fn stands_for(word: &str, lemma: &str, lx: &Lex) -> bool {
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

/// The value of a number at `i` (digits, with a decimal comma and thousands groups, or number words),
/// the index after it, and whether the word is an approximate collective (`dizaine`, `milliers`).
fn number_at(words: &[Word], i: usize, lx: &Lex) -> Option<(f64, usize, bool)> {
    let w = words.get(i)?;
    let (mut value, mut next, mut approx);
    if w.folded.starts_with(|c: char| c.is_ascii_digit()) {
        // `120.832` is a thousands group in French; `1.5` a decimal.
        let mut digits = match w.folded.split_once('.') {
            Some((int, frac)) if int.len() <= 3 && frac.split('.').all(|g| g.len() == 3) => {
                w.folded.replace('.', "")
            }
            _ => w.folded.clone(),
        };
        next = i + 1;
        // Thousands groups `3 000 000`, decimal comma `3,6`.
        while let Some(g) = words.get(next) {
            if g.folded.len() == 3 && g.folded.chars().all(|c| c.is_ascii_digit()) && !digits.contains('.') {
                digits.push_str(&g.folded);
                next += 1;
            } else if g.surface == ","
                && words
                    .get(next + 1)
                    .is_some_and(|d| d.folded.chars().all(|c| c.is_ascii_digit()))
            {
                digits.push('.');
                digits.push_str(words.get(next + 1).map(|d| d.folded.as_str()).unwrap_or("0"));
                next += 2;
                break;
            } else {
                break;
            }
        }
        value = digits.parse::<f64>().ok()?;
        approx = false;
    } else {
        let parts: Vec<&str> = w.folded.split('-').filter(|p| *p != "et").collect();
        if parts.is_empty() {
            return None;
        }
        let mut total = 0.0;
        for part in &parts {
            let v = *lx.number_words.get(*part)?;
            total = if v >= 100.0 && total > 0.0 && total < v {
                total * v
            } else {
                total + v
            };
        }
        value = total;
        next = i + 1;
        approx = w.folded.ends_with("aine")
            || w.folded.ends_with("aines")
            || w.folded.ends_with("ier")
            || w.folded.ends_with("iers");
    }
    // A scale word: `4 milliards`, `trois millions`.
    if let Some(scale) = words.get(next).and_then(|s| lx.scales.get(&s.folded)) {
        if value < 1000.0 {
            value *= scale;
            next += 1;
        }
    }
    if value.is_nan() {
        approx = true;
    }
    Some((value, next, approx))
}

fn quantities(words: &[Word], lx: &Lex) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((value, next, approx)) = number_at(words, i, lx) else {
            // A month alone: `en avril`.
            if let Some(m) = words.get(i).and_then(|w| lx.months.get(&w.folded)) {
                out.push(Quantity {
                    lo: *m,
                    hi: *m,
                    unit: "@month".into(),
                    surface: words.get(i).map(|w| w.surface).unwrap_or("").into(),
                });
            }
            i += 1;
            continue;
        };
        let surface_of = |end: usize| {
            words
                .get(i..end)
                .unwrap_or(&[])
                .iter()
                .map(|w| w.surface)
                .collect::<Vec<_>>()
                .join(" ")
        };
        // A day of a month: `le 12 mars`.
        if let Some(m) = words.get(next).and_then(|w| lx.months.get(&w.folded)) {
            if (1.0..=31.0).contains(&value) && value.fract() == 0.0 {
                let s = surface_of(next + 1);
                out.push(Quantity {
                    lo: m * 100.0 + value,
                    hi: m * 100.0 + value,
                    unit: "@date".into(),
                    surface: s.clone(),
                });
                out.push(Quantity {
                    lo: *m,
                    hi: *m,
                    unit: "@month".into(),
                    surface: s,
                });
                i = next + 1;
                continue;
            }
        }
        let prev = words
            .get(i.wrapping_sub(1))
            .map(|w| w.folded.as_str())
            .unwrap_or("");
        let is_year_value = value.fract() == 0.0
            && (1800.0..=2100.0).contains(&value)
            && words.get(i).is_some_and(|w| w.folded.len() == 4);
        let (mut lo, mut hi) = (value, value);
        if ends_before(words, i, &lx.at_least) {
            hi = f64::INFINITY;
        } else if ends_before(words, i, &lx.at_most) {
            lo = 0.0;
        } else if approx || ends_before(words, i, &lx.about) {
            lo = value * 0.75;
            hi = value * 1.25;
        }
        // A range: `de 18 à 20 %`, `entre 8 et 20`.
        let mut end = next;
        if words
            .get(end)
            .is_some_and(|w| matches!(w.folded.as_str(), "a" | "et" | "-"))
            && matches!(prev, "de" | "entre" | "d'")
        {
            if let Some((v2, n2, _)) = number_at(words, end + 1, lx) {
                if v2 > value {
                    hi = v2;
                    end = n2;
                }
            }
        }
        // The unit: `%`, or the next content word after `de`.
        let mut u = end;
        let percent = lx.percent.iter().find(|s| starts_with(words, u, s));
        let unit = if let Some(s) = percent {
            end = u + s.len();
            Some("%".to_string())
        } else {
            while words
                .get(u)
                .is_some_and(|w| matches!(w.folded.as_str(), "de" | "d'" | "des"))
            {
                u += 1;
            }
            words
                .get(u)
                .filter(|w| {
                    w.word
                        && !lx.stop.contains(&w.folded)
                        && !w.folded.starts_with(|c: char| c.is_ascii_digit())
                })
                .map(|w| {
                    end = u + 1;
                    stem(&w.folded)
                })
        };
        let is_year = unit.is_none() && is_year_value;
        let unit = if is_year { Some("@year".to_string()) } else { unit };
        if let Some(unit) = unit {
            out.push(Quantity {
                lo,
                hi,
                unit,
                surface: surface_of(end),
            });
        }
        i = end.max(i + 1);
    }
    out
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
