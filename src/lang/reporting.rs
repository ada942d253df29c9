//! `reporting.yaml`: how French news attributes words to a source: reporting verbs with their stance and
//! the forms they take, auxiliaries, source and relay markers, pronouns, role nouns and titles.
//!
//! Verbs are given by lemma; the forms of a regular `-er` verb (present, imperfect, simple past, future,
//! conditional, participle with its agreements) are derived here, and irregular verbs list theirs.

use crate::claim::{Kind, Stance};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Reporting {
    pub verbs: Vec<Verb>,
    /// Auxiliaries of compound tenses, third person, declarative and inverted (`a`, `ont`, `a-t-il`).
    pub auxiliaries: Vec<String>,
    /// Pronominal auxiliaries (`s'est`, `se sont`).
    pub pronominal_auxiliaries: Vec<String>,
    /// Words that may stand between an auxiliary and its participle, or a cue and its subject.
    pub adverbs: Vec<String>,
    /// Words that introduce a source without a verb (`selon`, `d'après`).
    pub source_markers: Vec<String>,
    /// Words that introduce the relay between speaker and outlet (`cité par`, `rapporté par`).
    pub relay_markers: Vec<String>,
    /// Nouns naming a medium or document that relays (`agence`, `journal`, `communiqué`).
    pub relay_nouns: Vec<String>,
    /// Subject pronouns that stand for a speaker, with their gender and number.
    pub pronouns: Vec<Pronoun>,
    /// Nouns of function (`ministre`, `porte-parole`), each with the broader nouns that may refer back to it.
    pub roles: Vec<Role>,
    /// Pairs of role descriptions naming the same function: the first is read as the second.
    pub role_synonyms: Vec<(String, String)>,
    /// Capitalised words that belong to a role, not to a name (`Défense`, `Affaires étrangères`).
    pub role_domains: Vec<String>,
    /// Nouns of a collective or institutional speaker (`gouvernement`, `ministère`, `armée`).
    pub bodies: Vec<String>,
    /// Nouns of a document that speaks (`communiqué`, `rapport`, `texte`).
    pub documents: Vec<String>,
    /// Lower-case words that may stand inside a speaker's noun phrase (`haut`, `adjoint`).
    pub np_words: Vec<String>,
    /// Function words that, capitalised at a sentence's start, are never a name (`Selon`, `Pour`).
    pub function_words: Vec<String>,
    /// Nouns that, after a demonstrative, refer back to the claim just reported (`cette affirmation`).
    pub anaphors: Vec<String>,
    /// Words that open a clause: a subject is never looked for across them.
    pub clause_words: Vec<String>,
    /// Words of a time expression that may stand between a cue and its subject (`mardi`, `soir`).
    pub time_words: Vec<String>,
    /// Attribution constructions that are not verbs, with examples.
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Debug, Deserialize)]
pub struct Verb {
    pub lemma: String,
    pub stance: Stance,
    /// The past participle, when the verb is not a regular `-er` verb.
    #[serde(default)]
    pub participle: Option<String>,
    /// Third-person finite forms, when the verb is not a regular `-er` verb.
    #[serde(default)]
    pub forms: Vec<String>,
    /// Words that must follow the participle for it to report speech (`dit` + `convaincu`).
    #[serde(default)]
    pub complement: Option<String>,
    /// Reports speech with a plain object (`a démenti l'information`). When false, the verb reports only
    /// with `que`, `:`, a quotation, or inverted after what is reported (`a lancé une opération` is no cue).
    #[serde(default = "yes")]
    pub object: bool,
    /// A verb by which media relay others' words (`rapporter`): beside another speaker it is a relay.
    #[serde(default)]
    pub relay: bool,
    /// Only used reflexively (`se féliciter`).
    #[serde(default)]
    pub pronominal: bool,
    pub examples: Vec<Example>,
}

#[derive(Debug, Deserialize)]
pub struct Pronoun {
    pub form: String,
    pub feminine: bool,
    pub plural: bool,
}

#[derive(Debug, Deserialize)]
pub struct Role {
    /// The noun, masculine and feminine forms (`ministre`, `président`/`présidente`).
    pub forms: Vec<String>,
    /// Broader nouns that may refer back to a holder of this role (`dirigeant`, `responsable`).
    #[serde(default)]
    pub broader: Vec<String>,
}

/// An example sentence and what the extractor must find in it (the first claim it yields).
#[derive(Debug, Deserialize)]
pub struct Example {
    pub text: String,
    pub speaker: Option<String>,
    #[serde(default)]
    pub cue: Option<String>,
    #[serde(default)]
    pub stance: Option<Stance>,
    #[serde(default)]
    pub kind: Option<Kind>,
    #[serde(default)]
    pub via: Option<Vec<String>>,
}

fn yes() -> bool {
    true
}

impl Verb {
    /// The participle and its agreements (`déclaré`, `déclarée`, `déclarés`, `déclarées`).
    pub fn participles(&self) -> Vec<String> {
        let base = match &self.participle {
            Some(p) => p.clone(),
            None => format!("{}é", self.stem()),
        };
        let mut out = vec![base.clone()];
        if !base.ends_with('s') {
            out.push(format!("{base}s"));
        }
        if base.ends_with('t')
            || base.ends_with('é')
            || base.ends_with('s')
            || base.ends_with('i')
            || base.ends_with('u')
        {
            out.push(format!("{base}e"));
            out.push(format!("{base}es"));
        }
        out
    }

    /// Third-person finite forms: listed ones, else the regular `-er` conjugation.
    pub fn finite_forms(&self) -> Vec<String> {
        if !self.forms.is_empty() || !self.lemma.ends_with("er") || self.bare_lemma().contains(' ') {
            return self.forms.clone();
        }
        let stem = self.stem();
        // `annoncer` → `annonça`, `interroger` → `interrogea` before a and o.
        let soft = if stem.ends_with('c') {
            format!("{}ç", &stem[..stem.len() - 1])
        } else if stem.ends_with('g') {
            format!("{stem}e")
        } else {
            stem.clone()
        };
        let l = self.bare_lemma();
        vec![
            format!("{stem}e"),
            format!("{stem}ent"),
            format!("{soft}ait"),
            format!("{soft}aient"),
            format!("{soft}a"),
            format!("{stem}èrent"),
            format!("{l}a"),
            format!("{l}ont"),
            format!("{l}ait"),
            format!("{l}aient"),
        ]
    }

    /// The lemma without its reflexive pronoun (`se féliciter` → `féliciter`).
    pub fn bare_lemma(&self) -> &str {
        self.lemma.trim_start_matches("se ").trim_start_matches("s'")
    }

    fn stem(&self) -> String {
        let l = self.bare_lemma();
        l.strip_suffix("er").unwrap_or(l).to_string()
    }
}
