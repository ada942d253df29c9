//! The French relation lexicon (`lang/fr/relation.yaml`: stop words, negations, cues of denial,
//! antonyms, number words), compiled once for lookups.

use super::*;

/// The French relation lexicon, compiled for lookups.
pub(super) struct Lex {
    pub(super) stop: HashSet<String>,
    pub(super) particles: HashSet<String>,
    pub(super) completers: HashSet<String>,
    pub(super) standalone: HashSet<String>,
    pub(super) idioms: Vec<Vec<String>>,
    pub(super) breaks: HashSet<String>,
    pub(super) privatives: HashSet<String>,
    /// Privative labels (`fake`, `calomnies`), which stay content keys.
    pub(super) labels: HashSet<String>,
    pub(super) copulas: HashSet<String>,
    pub(super) anaphors: HashSet<String>,
    pub(super) extends_over: HashSet<String>,
    pub(super) denials: HashSet<String>,
    /// Lemmas (folded) of verbs of denial that deny only when what they reject is something said.
    pub(super) ambiguous: HashSet<String>,
    /// Nouns of something said (`terme`, `accusations`), folded.
    pub(super) said: HashSet<String>,
    /// Lemma (as the lexicon spells it) → the key of its predicate class (`~livrer`).
    pub(super) classes: HashMap<String, String>,
    /// Words that only say an event took place (`lieu`), folded.
    pub(super) light: HashSet<String>,
    pub(super) neutral: Vec<Vec<String>>,
    pub(super) antonyms: HashMap<String, HashSet<String>>,
    pub(super) prefixes: Vec<String>,
    pub(super) min_base: usize,
    pub(super) min_common: usize,
    pub(super) max_ending: usize,
    pub(super) number_words: HashMap<String, f64>,
    pub(super) scales: HashMap<String, f64>,
    pub(super) at_least: Vec<Vec<String>>,
    pub(super) at_most: Vec<Vec<String>>,
    /// Keys of the verbs among the bounds (`dépasse` → the key of `dépasser`).
    pub(super) bound_verbs: HashSet<String>,
    pub(super) about: Vec<Vec<String>>,
    pub(super) percent: Vec<Vec<String>>,
    pub(super) months: HashMap<String, f64>,
    pub(super) suffixes: Vec<String>,
    pub(super) min_stem: usize,
    /// Folded word sequences naming a state (names, seats, adjectives) → `@State`.
    pub(super) entities: HashMap<Vec<String>, String>,
    pub(super) longest_entity: usize,
}

/// Folded words of a phrase, as the reader sees them.
pub(super) fn phrase(s: &str) -> Vec<String> {
    tokens(s, 0)
        .iter()
        .filter(|t| t.is_word() || t.text == "%")
        .map(|t| fold(t.text))
        .collect()
}

pub(super) fn lex() -> &'static Lex {
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
        let mut classes: HashMap<String, String> = HashMap::new();
        for class in &r.predicates.classes {
            if let Some(head) = class.first() {
                for lemma in class {
                    classes
                        .entry(lemma.to_lowercase())
                        .or_insert_with(|| format!("~{}", fold(head)));
                }
            }
        }
        // An antonym's key: its class's key when it belongs to a class, else its stem.
        let key_of = |w: &str| {
            classes
                .get(&w.to_lowercase())
                .cloned()
                .unwrap_or_else(|| stem(&fold(w)))
        };
        let mut antonyms: HashMap<String, HashSet<String>> = HashMap::new();
        for [x, y] in r.antonyms.pairs.iter().chain(&r.predicates.opposites) {
            let (x, y) = (key_of(x), key_of(y));
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
        let lexicon = lang::lexicon::fr();
        let bound_verbs = n
            .at_least
            .iter()
            .chain(&n.at_most)
            .filter(|h| !h.contains(' '))
            .flat_map(|h| {
                lexicon
                    .analyses(h)
                    .filter(|a| a.pos.is_verb())
                    .map(|a| stem(&fold(a.lemma)))
            })
            .collect();
        Lex {
            stop,
            particles: set(&r.negation.particles),
            completers: set(&r.negation.completers),
            standalone: set(&r.negation.standalone),
            idioms: r.negation.idioms.iter().map(|p| phrase(p)).collect(),
            breaks: set(&r.negation.clause_breaks),
            privatives: set(&r.privatives.words)
                .union(&set(&r.privatives.labels))
                .cloned()
                .collect(),
            labels: set(&r.privatives.labels),
            copulas: set(&r.privatives.copulas),
            anaphors: set(&r.negation.anaphors),
            extends_over: set(&r.negation.extends_over),
            denials,
            ambiguous,
            said: set(&r.denials.said),
            classes,
            light: set(&r.predicates.light_verbs),
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
            bound_verbs,
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
