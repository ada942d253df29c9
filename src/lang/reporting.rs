//! `reporting.yaml`: how French news attributes words to a source: reporting verbs with their stance and
//! the forms they take, auxiliaries, source and relay markers, pronouns, role nouns and titles.
//!
//! Verbs are given by lemma only: their forms in every tense come from the full-form lexicon
//! (`lang::lexicon`, Lexique 3.83), regular or not.

use crate::claim::{Kind, Stance};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

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
    /// Nouns of an act of speech whose complement is its speaker (`la réplique de la ministre`).
    pub speech_nouns: Vec<String>,
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
    /// Nouns and participles after which a quotation is a name (`l'appellation « … »`, `baptisé « … »`).
    pub naming_words: Vec<String>,
    /// Attribution constructions that are not verbs, with examples.
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Debug, Deserialize)]
pub struct Verb {
    pub lemma: String,
    pub stance: Stance,
    /// Reports speech with a plain object (`a démenti l'information`). When false, the verb reports only
    /// with `que`, `:`, a quotation, or inverted after what is reported (`a lancé une opération` is no cue).
    #[serde(default = "yes")]
    pub object: bool,
    /// A verb by which media relay others' words (`rapporter`): beside another speaker it is a relay.
    #[serde(default)]
    pub relay: bool,
    /// A verb of wanting (`souhaiter`): an infinitive after it reports only under negation (`n'a pas
    /// souhaité commenter`), not `a souhaité informer les supporters`.
    #[serde(default)]
    pub wish: bool,
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
    /// A state's adjective after the noun gives the holder's nationality, not the state the role serves
    /// (`le sélectionneur belge du Cameroun`): two states do not make two holders.
    #[serde(default)]
    pub nationality: bool,
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

/// The forms of a reporting verb in every tense, read from the full-form lexicon (`lang::lexicon`):
/// third-person finite forms, past participles with their agreements, present participles. For a lemma
/// of several words (`faire savoir`, `mettre en garde`) the first word is conjugated and the rest follows.
#[derive(Debug, Default, Clone)]
pub struct Conjugation {
    pub finite: Vec<String>,
    pub participles: Vec<String>,
    pub gerunds: Vec<String>,
}

/// The conjugation of every verb of the French pack, by the verb's first word, from one walk of the
/// lexicon.
fn conjugations() -> &'static HashMap<String, Conjugation> {
    static ALL: OnceLock<HashMap<String, Conjugation>> = OnceLock::new();
    ALL.get_or_init(|| {
        let heads: Vec<String> = super::fr()
            .reporting
            .verbs
            .iter()
            .map(|v| v.head().to_string())
            .collect();
        let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
        let mut out: HashMap<String, Conjugation> = HashMap::new();
        for (form, readings) in super::lexicon::fr().verb_forms(&heads) {
            for a in readings {
                let c = out.entry(a.lemma.to_string()).or_default();
                let Some(v) = a.verb else { continue };
                let list = if v.is_past_participle() {
                    &mut c.participles
                } else if v.mood == super::lexicon::Mood::Participle {
                    &mut c.gerunds
                } else if v.is_finite() && v.person == Some(super::lexicon::Person::Third) {
                    &mut c.finite
                } else {
                    continue;
                };
                if !list.contains(&form) {
                    list.push(form.clone());
                }
            }
        }
        out
    })
}

impl Verb {
    /// The conjugated word of the lemma (`se féliciter` → `féliciter`, `faire savoir` → `faire`).
    fn head(&self) -> &str {
        self.bare_lemma().split(' ').next().unwrap_or_default()
    }

    /// The words after the conjugated one (`faire savoir` → ` savoir`), appended to each of its forms.
    fn rest(&self) -> &str {
        let l = self.bare_lemma();
        l.find(' ').map_or("", |i| &l[i..])
    }

    fn forms(&self, pick: impl Fn(&Conjugation) -> &Vec<String>) -> Vec<String> {
        conjugations()
            .get(self.head())
            .map(|c| pick(c).iter().map(|f| format!("{f}{}", self.rest())).collect())
            .unwrap_or_default()
    }

    /// The past participle and its agreements (`déclaré`, `déclarée`, `déclarés`, `déclarées`).
    pub fn participles(&self) -> Vec<String> {
        self.forms(|c| &c.participles)
    }

    /// Third-person finite forms in every tense and mood (`déclare`, `déclarèrent`, `déclarerait`).
    pub fn finite_forms(&self) -> Vec<String> {
        self.forms(|c| &c.finite)
    }

    /// Present participles (`déclarant`).
    pub fn gerunds(&self) -> Vec<String> {
        self.forms(|c| &c.gerunds)
    }

    /// The lemma without its reflexive pronoun (`se féliciter` → `féliciter`).
    pub fn bare_lemma(&self) -> &str {
        self.lemma.trim_start_matches("se ").trim_start_matches("s'")
    }
}
