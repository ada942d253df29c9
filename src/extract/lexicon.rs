//! The language pack compiled for extraction: every form of every reporting verb, auxiliary, marker and
//! noun in folded form, in hash maps built once, so that the per-token lookups of the hot path are
//! single hash probes.

use crate::claim::Stance;
use crate::lang;
use crate::text::{fold, WordMap, WordSet};
use std::sync::OnceLock;

/// What a word form is as a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// A finite form (`déclare`, `a-t-il` is an auxiliary, not this).
    Finite,
    /// A past participle, used after an auxiliary.
    Participle,
    /// A present participle (`ajoutant`), whose subject is the clause's.
    Gerund,
}

#[derive(Debug, Clone, Copy)]
pub struct VerbHit {
    pub verb: usize,
    pub form: VerbForm,
}

/// The compiled lookups.
pub struct Lexicon {
    /// Folded single-word forms → verb.
    pub verbs: WordMap<String, Vec<VerbHit>>,
    /// Folded two-word forms (`laisse entendre`, `fait savoir`): first word → second word → verb.
    verbs2: WordMap<String, WordMap<String, Vec<VerbHit>>>,
    pub stance: Vec<Stance>,
    pub pronominal: Vec<bool>,
    /// Whether the verb reports with a plain object (see `lang::reporting::Verb::object`).
    pub object: Vec<bool>,
    /// Whether media relay others' words with it (`rapporter`).
    pub relay: Vec<bool>,
    pub auxiliaries: WordSet<String>,
    pub adverbs: WordSet<String>,
    /// Source markers as folded token sequences (`selon`, `d'après`).
    pub source_markers: Vec<Vec<String>>,
    pub relay_nouns: WordSet<String>,
    pub roles: WordMap<String, usize>,
    /// Role index → broader nouns (folded).
    pub broader: Vec<Vec<String>>,
    /// Every broader noun of every role (folded), for `is_role`.
    broader_nouns: WordSet<String>,
    pub domains: WordSet<String>,
    pub bodies: WordSet<String>,
    pub documents: WordSet<String>,
    pub time_words: WordSet<String>,
    pub np_words: WordSet<String>,
    pub clause_words: WordSet<String>,
    pub function_words: WordSet<String>,
    pub anaphors: WordSet<String>,
    /// Relay markers as folded token sequences (`cité par`).
    pub relay_markers: Vec<Vec<String>>,
    pub honorifics: WordSet<String>,
    pub adjectives: WordSet<String>,
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(build)
    }

    /// The length in tokens of a source marker starting at `keys[i]`.
    pub fn source_marker_at(&self, keys: &[String], i: usize) -> Option<usize> {
        self.source_markers
            .iter()
            .find(|m| keys[i..].starts_with(m))
            .map(Vec::len)
    }

    pub fn is_aux(&self, folded: &str) -> bool {
        self.auxiliaries.contains(folded)
    }
    /// A role noun (its own forms or a broader noun like `dirigeant`).
    pub fn is_role(&self, folded: &str) -> bool {
        self.roles.contains_key(folded) || self.broader_nouns.contains(folded)
    }
    /// The verbs a two-word form is (`laisse entendre`).
    pub fn two_word_verb(&self, first: &str, second: &str) -> Option<&Vec<VerbHit>> {
        self.verbs2.get(first)?.get(second)
    }
    /// A state adjective (`iranien`, `russes`).
    pub fn is_state_adjective(&self, folded: &str) -> bool {
        self.adjectives.contains(folded)
    }
}

fn set(items: &[String]) -> WordSet<String> {
    items.iter().map(|s| fold(s)).collect()
}

fn build() -> Lexicon {
    let pack = lang::fr();
    let r = &pack.reporting;
    let mut verbs: WordMap<String, Vec<VerbHit>> = WordMap::default();
    let mut verbs2: WordMap<String, WordMap<String, Vec<VerbHit>>> = WordMap::default();
    let mut add = |form: &str, hit: VerbHit| {
        let f = fold(form);
        let words: Vec<&str> = f.split_whitespace().collect();
        match words.as_slice() {
            [w] => verbs.entry(w.to_string()).or_default().push(hit),
            [a, b] => verbs2
                .entry(a.to_string())
                .or_default()
                .entry(b.to_string())
                .or_default()
                .push(hit),
            _ => {}
        }
    };
    for (i, v) in r.verbs.iter().enumerate() {
        for p in v.participles() {
            add(
                &p,
                VerbHit {
                    verb: i,
                    form: VerbForm::Participle,
                },
            );
        }
        for f in v.finite_forms() {
            add(
                &f,
                VerbHit {
                    verb: i,
                    form: VerbForm::Finite,
                },
            );
        }
        if let Some(g) = gerund(v) {
            add(
                &g,
                VerbHit {
                    verb: i,
                    form: VerbForm::Gerund,
                },
            );
        }
    }
    let mut roles = WordMap::default();
    let mut broader = Vec::new();
    for (i, role) in r.roles.iter().enumerate() {
        for f in &role.forms {
            roles.insert(fold(f), i);
        }
        broader.push(role.broader.iter().map(|b| fold(b)).collect());
    }
    let adjectives = pack
        .world
        .states
        .iter()
        .flat_map(|s| s.adjectives.iter().map(|a| fold(a)))
        .collect();
    let broader_nouns = broader.iter().flatten().cloned().collect();
    Lexicon {
        verbs,
        verbs2,
        stance: r.verbs.iter().map(|v| v.stance).collect(),
        pronominal: r.verbs.iter().map(|v| v.pronominal).collect(),
        object: r.verbs.iter().map(|v| v.object).collect(),
        relay: r.verbs.iter().map(|v| v.relay).collect(),
        auxiliaries: set(&r.auxiliaries),
        adverbs: set(&r.adverbs),
        source_markers: r
            .source_markers
            .iter()
            .map(|m| crate::text::tokens(m, 0).iter().map(|t| fold(t.text)).collect())
            .collect(),
        relay_nouns: set(&r.relay_nouns),
        roles,
        broader,
        broader_nouns,
        domains: set(&r.role_domains),
        bodies: set(&r.bodies),
        documents: set(&r.documents),
        time_words: set(&r.time_words),
        np_words: set(&r.np_words),
        clause_words: set(&r.clause_words),
        function_words: set(&r.function_words),
        anaphors: set(&r.anaphors),
        relay_markers: r
            .relay_markers
            .iter()
            .map(|m| crate::text::tokens(m, 0).iter().map(|t| fold(t.text)).collect())
            .collect(),
        honorifics: set(&pack.names.honorifics),
        adjectives,
    }
}

/// The present participle of a regular `-er` verb (`ajouter` → `ajoutant`); irregular verbs list theirs.
fn gerund(v: &lang::reporting::Verb) -> Option<String> {
    let lemma = v.bare_lemma();
    if lemma.contains(' ') {
        return None;
    }
    let stem = lemma.strip_suffix("er")?;
    Some(if let Some(s) = stem.strip_suffix('c') {
        format!("{s}çant")
    } else if stem.ends_with('g') {
        format!("{stem}eant")
    } else {
        format!("{stem}ant")
    })
}
