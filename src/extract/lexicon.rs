//! The language pack compiled for extraction: every form of every reporting verb, auxiliary, marker and
//! noun in folded form, in hash maps built once (FNV-hashed, see `text::WordMap`), so that the per-token lookups of the hot path are
//! single hash probes.

use crate::claim::Stance;
use crate::lang;
use crate::text::{fold, WordMap, WordSet};
use std::sync::OnceLock;

/// The nouns that name a person, every form, one a line (`contrib/human_nouns/build.py`).
static HUMAN_NOUNS: &str = include_str!("../lang/fr/human_nouns.txt");
/// The participles among them (`accusé`, `plaignant`), read as nouns only after a determiner (same build).
static HUMAN_PARTICIPLES: &str = include_str!("../lang/fr/human_nouns_verbal.txt");

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

/// Phrases of folded words with a value each, found at a position of a sentence's keys through an index
/// by first word: a lookup probes one bucket instead of comparing every phrase.
pub struct Phrases<T> {
    entries: Vec<(Vec<String>, T)>,
    by_first: WordMap<String, Vec<usize>>,
}

impl<T> Phrases<T> {
    fn new(entries: Vec<(Vec<String>, T)>) -> Self {
        let mut by_first: WordMap<String, Vec<usize>> = WordMap::default();
        for (i, (words, _)) in entries.iter().enumerate() {
            if let Some(first) = words.first() {
                by_first.entry(first.clone()).or_default().push(i);
            }
        }
        Phrases { entries, by_first }
    }

    /// The phrases that start at `keys[i]`, in the order they were given.
    pub fn at<'a, K: AsRef<str>>(
        &'a self,
        keys: &'a [K],
        i: usize,
    ) -> impl Iterator<Item = &'a (Vec<String>, T)> + 'a {
        keys.get(i)
            .and_then(|k| self.by_first.get(k.as_ref()))
            .into_iter()
            .flatten()
            .map(|&e| &self.entries[e])
            .filter(move |(words, _)| starts_with(&keys[i..], words))
    }
}

/// Whether the keys start with the words of a phrase.
pub fn starts_with<K: AsRef<str>>(keys: &[K], words: &[String]) -> bool {
    keys.len() >= words.len() && keys.iter().zip(words).all(|(k, w)| k.as_ref() == w)
}

/// The compiled lookups.
pub struct Lexicon {
    /// Folded single-word forms → verb.
    pub verbs: WordMap<String, Vec<VerbHit>>,
    /// Folded forms of several words (`laisse entendre`, `mis en garde`), by their first word.
    pub verbs_multi: WordMap<String, Vec<(Vec<String>, VerbHit)>>,
    pub stance: Vec<Stance>,
    /// The verb index of an incise whose verb is not a reporting verb of the pack (`», jubile X`): the
    /// place says it reports; its stance is `assert`.
    pub any_verb: usize,
    pub pronominal: Vec<bool>,
    /// The infinitive of each one-word verb that is not pronominal, folded (`conclure`), for narrative
    /// infinitives (`Et de conclure : « … »`).
    pub infinitives: WordMap<String, usize>,
    /// Whether the verb reports with a plain object (see `lang::reporting::Verb::object`).
    pub object: Vec<bool>,
    /// Whether the verb is one of wanting (see `lang::reporting::Verb::wish`).
    pub wish: Vec<bool>,
    /// Whether media relay others' words with it (`rapporter`).
    pub relay: Vec<bool>,
    pub auxiliaries: WordSet<String>,
    pub adverbs: WordSet<String>,
    /// Source markers as folded token sequences (`selon`, `d'après`).
    pub source_markers: Phrases<()>,
    pub relay_nouns: WordSet<String>,
    pub roles: WordMap<String, usize>,
    /// Every role form as folded tokens, with its role's index (`premier ministre` → 2 tokens).
    pub role_forms: Phrases<usize>,
    /// Each role's name: its first form, folded.
    pub role_names: Vec<String>,
    /// Other wordings of a function and the usual one (`chef de la diplomatie` → `ministre des affaires
    /// etrangeres`), folded and framed by spaces, ready to be replaced in a role framed the same way.
    pub role_synonyms: Vec<(String, String)>,
    /// Role index → broader nouns (folded).
    pub broader: Vec<Vec<String>>,
    /// Role index → whether a state's adjective after it is the holder's nationality (`Role::nationality`).
    pub nationality: Vec<bool>,
    /// Every form of every role and every broader noun, folded: the words `is_role` answers for.
    pub role_nouns: WordSet<String>,
    /// Every word `is_role` answers for, folded, gathered once so that a word costs one lookup: the role
    /// and broader nouns and their plurals in `-s`; every form of the nouns that name a person (`joueur`,
    /// `plaignante`: data built from WOLF, WordNet and Lexique, `src/lang/fr/human_nouns.txt`, see its
    /// ORIGIN file; a description headed by one is a person's, as one headed by a role is); and the
    /// feminine forms, singular and plural, of both by the regular endings of French (`préfète` of
    /// `préfet`, `directrice` of `directeur`: the lexicons list some feminines under their own lemma,
    /// which the lists then miss; see `feminine_forms`).
    pub person_nouns: WordSet<String>,
    /// Forms of those nouns that are more often participles (`accusé`, `plaignant`, `représentant`):
    /// a person's noun only right after a determiner (`role_at`).
    pub human_participles: WordSet<String>,
    pub domains: WordSet<String>,
    /// Role domains as folded token sequences (`affaires etrangeres`), longest first.
    pub domain_seqs: Phrases<()>,
    pub bodies: WordSet<String>,
    /// Every word `is_body` answers for: the nouns of `bodies` and their plurals (`associations`,
    /// `tribunaux` of `tribunal`).
    pub body_nouns: WordSet<String>,
    pub documents: WordSet<String>,
    /// Nouns of an act of speech whose complement is its speaker (`la réponse du club`), folded.
    pub speech_nouns: WordSet<String>,
    pub time_words: WordSet<String>,
    /// Words after which a quotation is a name, not words said (`appellation`, `baptisé`), folded.
    pub naming_words: WordSet<String>,
    pub np_words: WordSet<String>,
    pub clause_words: WordSet<String>,
    pub function_words: WordSet<String>,
    pub anaphors: WordSet<String>,
    /// Relay markers as folded token sequences (`cité par`).
    pub relay_markers: Phrases<()>,
    pub honorifics: WordSet<String>,
    /// Titles that say their bearer's function (`me` → `avocat`), folded.
    pub honorific_roles: Vec<(String, String)>,
    pub adjectives: WordSet<String>,
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(build)
    }

    /// The length in tokens of a role domain starting at `keys[i]` (`Affaires étrangères` → 2).
    pub fn domain_at<K: AsRef<str>>(&self, keys: &[K], i: usize) -> Option<usize> {
        self.domain_seqs.at(keys, i).next().map(|(m, _)| m.len())
    }

    /// The length in tokens of a source marker starting at `keys[i]`.
    pub fn source_marker_at<K: AsRef<str>>(&self, keys: &[K], i: usize) -> Option<usize> {
        self.source_markers.at(keys, i).next().map(|(m, _)| m.len())
    }

    pub fn is_aux(&self, folded: &str) -> bool {
        self.auxiliaries.contains(folded)
    }
    /// A role noun (its own forms or a broader noun like `dirigeant`), or one joined to `adjoint`
    /// (`procureur-adjoint`, `directrice-adjointe`).
    pub fn is_role(&self, folded: &str) -> bool {
        self.person_nouns.contains(folded)
            || is_partisan_noun(folded)
            || folded.split_once('-').is_some_and(|(head, tail)| {
                matches!(tail, "adjoint" | "adjointe" | "adjoints" | "adjointes")
                    && self.person_nouns.contains(head)
            })
    }

    /// Whether `keys[i]` is a role noun where it stands: one of `is_role`, or a participle that names a
    /// person right after a determiner (`l'accusé`, `les plaignants`, but `a accusé`).
    pub fn role_at<K: AsRef<str>>(&self, keys: &[K], i: usize) -> bool {
        let k = keys[i].as_ref();
        self.is_role(k)
            || i > 0
                && crate::extract::np::DETERMINERS.contains(&keys[i - 1].as_ref())
                && self.human_participles.contains(k)
    }

    /// A noun of a collective speaker, singular or plural (`ministère`, `associations`).
    pub fn is_body(&self, folded: &str) -> bool {
        self.body_nouns.contains(folded)
    }

    /// A state adjective (`iranien`, `russes`).
    pub fn is_state_adjective(&self, folded: &str) -> bool {
        self.adjectives.contains(folded)
    }
}

fn set(items: &[String]) -> WordSet<String> {
    items.iter().map(|s| fold(s)).collect()
}

/// Phrases of the language pack as the folded tokens a sentence's keys are compared with (`d'après` →
/// `d'`, `apres`).
fn phrases(items: &[String]) -> Vec<(Vec<String>, ())> {
    items
        .iter()
        .map(|m| {
            (
                crate::text::tokens(m, 0).iter().map(|t| fold(t.text)).collect(),
                (),
            )
        })
        .collect()
}

fn build() -> Lexicon {
    let pack = lang::fr();
    let r = &pack.reporting;
    let mut verbs: WordMap<String, Vec<VerbHit>> = WordMap::default();
    let mut verbs_multi: WordMap<String, Vec<(Vec<String>, VerbHit)>> = WordMap::default();
    let mut add = |form: &str, hit: VerbHit| {
        let words: Vec<String> = fold(form).split_whitespace().map(str::to_string).collect();
        match words.as_slice() {
            [w] => verbs.entry(w.clone()).or_default().push(hit),
            [first, .., last] => {
                let forms = verbs_multi.entry(first.clone()).or_default();
                // `parler de` is `parle d'` before a vowel.
                if last == "de" {
                    let mut elided = words.clone();
                    *elided.last_mut().unwrap() = "d'".to_string();
                    forms.push((elided, hit));
                }
                forms.push((words.clone(), hit));
            }
            [] => {}
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
        for g in v.gerunds() {
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
    let mut role_forms = Vec::new();
    let mut role_names = Vec::new();
    for (i, role) in r.roles.iter().enumerate() {
        role_names.push(role.forms.first().map(|f| fold(f)).unwrap_or_default());
        for f in &role.forms {
            roles.insert(fold(f), i);
            role_forms.push((
                fold(f)
                    .replace('\'', "' ")
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
                i,
            ));
        }
        broader.push(role.broader.iter().map(|b| fold(b)).collect());
    }
    let nationality = r.roles.iter().map(|role| role.nationality).collect();
    let adjectives = pack
        .world
        .states
        .iter()
        .flat_map(|s| s.adjectives.iter().map(|a| fold(a)))
        .collect();
    let role_nouns: WordSet<String> = roles.keys().chain(broader.iter().flatten()).cloned().collect();
    Lexicon {
        verbs,
        verbs_multi,
        infinitives: r
            .verbs
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.pronominal && !v.lemma.contains(' '))
            .map(|(i, v)| (fold(&v.lemma), i))
            .collect(),
        stance: r.verbs.iter().map(|v| v.stance).chain([Stance::Assert]).collect(),
        any_verb: r.verbs.len(),
        pronominal: r.verbs.iter().map(|v| v.pronominal).chain([false]).collect(),
        object: r.verbs.iter().map(|v| v.object).chain([false]).collect(),
        wish: r.verbs.iter().map(|v| v.wish).chain([false]).collect(),
        relay: r.verbs.iter().map(|v| v.relay).chain([false]).collect(),
        auxiliaries: set(&r.auxiliaries),
        adverbs: set(&r.adverbs),
        source_markers: Phrases::new(phrases(&r.source_markers)),
        relay_nouns: set(&r.relay_nouns),
        person_nouns: person_nouns(&role_nouns),
        role_nouns,
        human_participles: HUMAN_PARTICIPLES.lines().map(fold).collect(),
        roles,
        role_forms: Phrases::new(role_forms),
        role_synonyms: r
            .role_synonyms
            .iter()
            .map(|(from, to)| {
                (
                    format!(" {} ", fold(from).replace('\'', "' ")),
                    format!(" {} ", fold(to)),
                )
            })
            .collect(),
        role_names,
        broader,
        nationality,
        domains: set(&r.role_domains),
        domain_seqs: {
            let mut d = phrases(&r.role_domains);
            d.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
            Phrases::new(d)
        },
        bodies: set(&r.bodies),
        body_nouns: plurals(set(&r.bodies)),
        documents: set(&r.documents),
        speech_nouns: set(&r.speech_nouns),
        time_words: set(&r.time_words),
        naming_words: set(&r.naming_words),
        np_words: set(&r.np_words),
        clause_words: set(&r.clause_words),
        function_words: set(&r.function_words),
        anaphors: set(&r.anaphors),
        relay_markers: Phrases::new(phrases(&r.relay_markers)),
        honorifics: set(&pack.names.honorifics),
        honorific_roles: pack
            .names
            .honorific_groups
            .iter()
            .filter_map(|g| Some((g, g.role.clone()?)))
            .flat_map(|(g, role)| g.forms.iter().map(move |f| (fold(f), role.clone())))
            .collect(),
        adjectives,
    }
}

/// A noun of a follower of a doctrine or a side (`putschistes`, `djihadiste`, `indépendantistes`): French
/// forms them with `-iste`, and the wordnet behind `human_nouns` lacks many. A word of seven letters or
/// more (not `liste`, `piste`) that the lexicon has as a noun, or lacks.
fn is_partisan_noun(folded: &str) -> bool {
    let stem = folded.strip_suffix('s').unwrap_or(folded);
    stem.len() >= 7 && stem.ends_with("iste") && {
        let c = crate::lang::lexicon::classes(folded);
        c.noun() || !c.known()
    }
}

/// The words `is_role` answers for (see `Lexicon::person_nouns`).
fn person_nouns(role_nouns: &WordSet<String>) -> WordSet<String> {
    let human_nouns: WordSet<String> = HUMAN_NOUNS.lines().map(fold).collect();
    let mut all = feminine_forms(role_nouns.iter().chain(&human_nouns));
    all.extend(role_nouns.iter().map(|r| format!("{r}s")));
    all.extend(role_nouns.iter().cloned());
    all.extend(human_nouns);
    all
}

/// Nouns with their plurals: `-s`, and `-aux` for a noun in `-al` (`tribunaux`).
fn plurals(nouns: WordSet<String>) -> WordSet<String> {
    let mut all = WordSet::default();
    for n in &nouns {
        all.insert(format!("{n}s"));
        if let Some(stem) = n.strip_suffix("al") {
            all.insert(format!("{stem}aux"));
        }
    }
    all.extend(nouns);
    all
}

/// The feminine forms, singular and plural, of masculine nouns of persons, by the regular endings of
/// French (`préfet` → `préfète`, `conseiller` → `conseillère`, `directeur` → `directrice`, `directeuse`,
/// `chirurgien` → `chirurgienne`, `avocat` → `avocate`, `député` → `députée`). Never a bare final `-e`
/// (`marin` would give `marine`, a navy).
fn feminine_forms<'a>(masculines: impl Iterator<Item = &'a String>) -> WordSet<String> {
    const ENDINGS: &[(&str, &[&str])] = &[
        ("et", &["ete"]),
        ("er", &["ere"]),
        ("eur", &["euse", "rice"]),
        ("ien", &["ienne"]),
        ("e", &["ee"]),
        ("at", &["ate"]),
        ("ent", &["ente"]),
        ("ant", &["ante"]),
        ("int", &["inte"]),
        ("and", &["ande"]),
    ];
    let mut out = WordSet::default();
    for m in masculines {
        // `cheffe` of `chef`, `sous-cheffe`.
        if m.ends_with("chef") {
            out.insert(format!("{m}fe"));
            out.insert(format!("{m}fes"));
        }
        for (masc, fems) in ENDINGS {
            let Some(stem) = m.strip_suffix(masc).filter(|s| s.len() >= 3) else {
                continue;
            };
            for fem in *fems {
                out.insert(format!("{stem}{fem}"));
                out.insert(format!("{stem}{fem}s"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participle_that_names_a_person_is_a_role_only_after_a_determiner() {
        let lex = Lexicon::get();
        assert!(lex.role_at(&["l'", "accuse"], 1));
        assert!(lex.role_at(&["les", "plaignants"], 1));
        assert!(!lex.role_at(&["a", "accuse"], 1));
        assert!(!lex.role_at(&["accuse"], 0));
    }

    #[test]
    fn a_feminine_of_a_role_is_a_role_and_a_bare_final_e_is_not() {
        let lex = Lexicon::get();
        for role in [
            "prefete",
            "prefetes",
            "cheffe",
            "directrice",
            "conseillere",
            "avocate",
            "deputee",
            "presidente",
        ] {
            assert!(lex.is_role(role), "{role}");
        }
        // `la marine` is a navy, not a sailor; `la presse` no press-man.
        for other in ["marine", "presse", "porte"] {
            assert!(!lex.is_role(other), "{other}");
        }
    }
}
