//! `relation.yaml`: what the relation classifier (`corpus::relation`) knows of French: negation cues and
//! their scope, privative words, denial markers, antonym pairs and privative prefixes, number words,
//! quantity hedges and months, extra stop words, derivational suffixes, predicate classes and opposite
//! directions, and the phrases of a source that neither confirms nor denies.
//!
//! Every section carries example pairs with the relation they must yield; `tests/relation_examples.rs`
//! runs them all through the classifier. This module only holds the data; it decides nothing.

use crate::claim::{RelationKind, Stance};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct RelationLexicon {
    pub negation: Negation,
    pub privatives: Privatives,
    pub denials: Denials,
    pub neutral: PhraseSection,
    pub antonyms: Antonyms,
    pub numbers: Numbers,
    pub stop_words: StopWords,
    pub derivation: Derivation,
    pub predicates: Predicates,
    /// Pairs that share words but not a proposition (the same predicate over other objects, or no
    /// predicate in common).
    pub themes: ExampleSection,
    /// Whole-classifier examples: same proposition, unrelated statements, stances.
    pub examples: Vec<PairExample>,
}

/// Negation cues: `ne` ... completer, and words that negate their clause alone.
#[derive(Debug, Deserialize)]
pub struct Negation {
    /// The preverbal particle (`ne`, `n'`).
    pub particles: Vec<String>,
    /// What completes the particle into a negation (`pas`, `jamais`, `aucun`).
    pub completers: Vec<String>,
    /// Words that negate their clause without the particle (`aucun`, `sans`, `non`).
    pub standalone: Vec<String>,
    /// Word sequences where a cue word does not negate (`sans doute`, `ou non`, `non seulement`).
    pub idioms: Vec<String>,
    /// Demonstratives that point back at what was said (`cette affirmation`): a verb of denial or a
    /// predicative privative in their clause judges the whole statement.
    pub anaphors: Vec<String>,
    /// A negation whose clause ends on one of these (`que`) covers the next clause too.
    pub extends_over: Vec<String>,
    /// Words that end a clause, hence a negation's scope (`mais`, `qui`, `car`); punctuation always does.
    pub clause_breaks: Vec<String>,
    pub examples: Vec<PairExample>,
}

/// Words whose meaning is negative (`absent`, `faux`, `infondé`).
#[derive(Debug, Deserialize)]
pub struct Privatives {
    pub words: Vec<String>,
    /// Labels that call what they name false (`fake news`, `calomnies`): they negate as privative
    /// words do, and stay content (two statements about one label share it).
    pub labels: Vec<String>,
    /// After one of these the privative judges its whole clause (`l'information est fausse`).
    pub copulas: Vec<String>,
    pub examples: Vec<PairExample>,
}

/// Verbs of denial beyond reporting.yaml's `deny` verbs, and those of them that do not negate.
#[derive(Debug, Deserialize)]
pub struct Denials {
    pub words: Vec<String>,
    /// Lemmas of deny verbs with a sense outside speech (`rejeter une résolution`).
    pub ambiguous: Vec<String>,
    /// Nouns of something said (`terme`, `accusations`): an ambiguous verb of denial followed by one
    /// of them denies (`rejette les accusations`).
    pub said: Vec<String>,
    pub examples: Vec<PairExample>,
}

/// A list of phrases (folded, punctuation ignored when compared) with its examples.
#[derive(Debug, Deserialize)]
pub struct PhraseSection {
    pub phrases: Vec<String>,
    pub examples: Vec<PairExample>,
}

/// General French antonyms, and the prefixes that make an adjective its own opposite (`in`+`exact`).
#[derive(Debug, Deserialize)]
pub struct Antonyms {
    pub pairs: Vec<[String; 2]>,
    pub prefixes: Vec<String>,
    /// The shortest stem a prefix may attach to (shorter ones give `port`/`import`).
    pub min_base: usize,
    /// Letters a word's stem must share with an antonym's stem to stand for it (`combattant`/`combattre`).
    pub min_common: usize,
    /// At most this many letters of the word's stem may follow the shared part.
    pub max_ending: usize,
    pub examples: Vec<PairExample>,
}

/// Numbers written as words, scale words, hedges that make a number approximate or a bound, months.
#[derive(Debug, Deserialize)]
pub struct Numbers {
    pub words: BTreeMap<String, f64>,
    pub scales: BTreeMap<String, f64>,
    /// `plus de`, `au moins`: the number is a lower bound.
    pub at_least: Vec<String>,
    /// `moins de`, `jusqu'à`: the number is an upper bound.
    pub at_most: Vec<String>,
    /// `environ`, `près de`: the number is approximate.
    pub about: Vec<String>,
    /// Words that make a number's unit a percentage (`%`, `pour cent`).
    pub percent: Vec<String>,
    pub months: Vec<String>,
    pub examples: Vec<PairExample>,
}

/// Stop words beyond the maintained list (`stop-words`, NLTK's French), and words of that list to keep.
#[derive(Debug, Deserialize)]
pub struct StopWords {
    pub extra: Vec<String>,
    pub keep: Vec<String>,
    pub examples: Vec<PairExample>,
}

/// Suffixes that derive one content word from another (`monde` → `mondial`): such stems count as shared.
#[derive(Debug, Deserialize)]
pub struct Derivation {
    pub suffixes: Vec<String>,
    pub min_stem: usize,
    pub examples: Vec<PairExample>,
}

/// Predicate classes (lemmas naming one predicate: `livrer`, `fournir`, `livraison`), opposite
/// directions, and verbs that only say an event took place.
#[derive(Debug, Deserialize)]
pub struct Predicates {
    pub classes: Vec<Vec<String>>,
    /// Pairs of lemmas (or of class members, standing for their class) of opposite direction.
    pub opposites: Vec<[String; 2]>,
    /// Words of `avoir lieu`, `se produire`: no content of their own.
    pub light_verbs: Vec<String>,
    pub examples: Vec<PairExample>,
}

/// A section that only holds examples.
#[derive(Debug, Deserialize)]
pub struct ExampleSection {
    pub examples: Vec<PairExample>,
}

/// Two statements and the relation the classifier must find between them.
#[derive(Debug, Deserialize)]
pub struct PairExample {
    pub a: String,
    pub b: String,
    #[serde(default)]
    pub stance_a: Stance,
    #[serde(default)]
    pub stance_b: Stance,
    pub relation: RelationKind,
}

impl RelationLexicon {
    /// Every example of every section, with the section's name.
    pub fn all_examples(&self) -> Vec<(&'static str, &PairExample)> {
        let sections: [(&'static str, &Vec<PairExample>); 11] = [
            ("negation", &self.negation.examples),
            ("privatives", &self.privatives.examples),
            ("denials", &self.denials.examples),
            ("neutral", &self.neutral.examples),
            ("antonyms", &self.antonyms.examples),
            ("numbers", &self.numbers.examples),
            ("stop_words", &self.stop_words.examples),
            ("derivation", &self.derivation.examples),
            ("predicates", &self.predicates.examples),
            ("themes", &self.themes.examples),
            ("examples", &self.examples),
        ];
        sections
            .into_iter()
            .flat_map(|(name, ex)| ex.iter().map(move |e| (name, e)))
            .collect()
    }
}
