//! The people an article introduces (a name with the roles given to it, in apposition or title:
//! `le président russe Vladimir Poutine`, `le ministre …, le général Mohammad Reza Ashtiani`), and the
//! resolution of later references to them: a shorter name (`M. Poutine`) or a role description
//! (`le dirigeant russe`, `ce haut diplomate iranien`) to the person that fits best.
//!
//! Not here: pronouns (they follow the flow of speakers, `attribute`), identities across articles
//! (`corpus::identity`).

use super::lexicon::Lexicon;
use super::np::{self, Key, Mention};
use super::segment::Doc;
use crate::claim::SpeakerKind;
use crate::lang;
use crate::lang::lexicon::Gender;
use crate::text::fold;

use super::roles::fit;
pub use super::roles::{role_desc, RoleDesc};

#[derive(Debug, Clone)]
pub struct Person {
    /// The fullest name the article gives.
    pub name: String,
    pub roles: Vec<RoleDesc>,
    /// Every place the article names the person, in the order of the text (never empty).
    pub named_at: Vec<usize>,
    /// The surname, folded: what tells two persons apart.
    surname: String,
    /// The gender the article gives the person, where it gives one.
    pub gender: Option<Gender>,
}

/// A body or medium the article names (`la Ligue`, `le groupe Nestlé`, `Le Parisien`), with the nouns it
/// was given (`groupe`), for the descriptions that refer back to it (`l'entreprise`, `le journal`).
#[derive(Debug, Clone)]
pub struct Body {
    pub name: String,
    pub kind: SpeakerKind,
    /// Head nouns the article gave it, folded.
    pub nouns: Vec<String>,
    /// Where the article names it, in text order.
    pub named_at: Vec<usize>,
}

impl Body {
    /// Where the article named it last before `at`.
    pub fn last_before(&self, at: usize) -> Option<usize> {
        let n = self.named_at.partition_point(|&p| p < at);
        n.checked_sub(1).map(|i| self.named_at[i])
    }
}

#[derive(Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    pub bodies: Vec<Body>,
    /// Acronyms the article spells out (`le Syndicat de la magistrature (SM)`), with the name they
    /// stand for.
    pub acronyms: Vec<(String, String)>,
    /// Where the article's opening (its first three paragraphs: title, lead, first paragraph) ends: a
    /// description there may stand for a person the body names further on.
    pub lead_end: usize,
    /// Where each sentence of the body ends, in order: a description refers forward within its own.
    pub sentence_ends: Vec<usize>,
}

/// Nouns that describe any company, team, party, union or association (`l'entreprise`, `le groupe`, `le
/// club`, its management: `la direction`, `le parti`, `le syndicat`): they refer back to the last
/// organisation named, whatever noun it was given (`le RDPC dénonce … Le parti assure …`).
pub(crate) const COMPANY_NOUNS: &[&str] = &[
    "parti",
    "formation",
    "syndicat",
    "mouvement",
    "collectif",
    "association",
    "organisation",
    "ong",
    "federation",
    "entreprise",
    "direction",
    "club",
    "equipe",
    "societe",
    "groupe",
    "firme",
    "compagnie",
    "constructeur",
    "multinationale",
    "geant",
];

/// Nouns that describe any institution at all (`l'instance`, `l'organisme`, `l'institution`): they refer
/// back to the last organisation named, whether a federation, a court or a company.
const INSTITUTION_NOUNS: &[&str] = &["instance", "organisme", "institution"];

/// Nouns of a news agency that are as often a public one's (`l'agence`): the last medium named, else the
/// last organisation named without a noun of its own (`« … », note l'ANSM. … précise l'agence`).
const AGENCY_NOUNS: &[&str] = &["agence"];

/// Nouns that describe a state (`le pays`, `le royaume`): they refer back to the last state named.
const STATE_NOUNS: &[&str] = &["pays", "royaume"];

impl Person {
    /// The last place before `at` where the article names the person: `named_at` is in the order of the
    /// text, so a binary search (a person named thousands of times costs no more).
    pub fn named_before(&self, at: usize) -> Option<usize> {
        let i = self.named_at.partition_point(|&n| n < at);
        i.checked_sub(1).map(|i| self.named_at[i])
    }
}

fn surname(name: &str) -> String {
    fold(name.split_whitespace().last().unwrap_or(name))
}

/// Whether two names sharing a surname can be one person: unless both give a first name and the first
/// names differ (`Aissatou Bah` and her husband `Mamadou Billo Bah`); an initial fits its first name
/// (`J. Dupont`, `Jean Dupont`).
fn same_person(a: &str, b: &str) -> bool {
    let given = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        (words.len() >= 2).then(|| fold(words[0]))
    };
    match (given(a), given(b)) {
        (Some(x), Some(y)) => {
            let (x, y) = (x.trim_end_matches('.'), y.trim_end_matches('.'));
            x == y || (x.len() == 1 || y.len() == 1) && x.chars().next() == y.chars().next()
        }
        _ => true,
    }
}

impl People {
    /// Every person the article names, with the roles given around the name.
    pub fn build(doc: &Doc) -> People {
        let lex = Lexicon::get();
        let mut people = People::default();
        let first_para = doc.sentences.first().map_or(0, |s| s.para);
        people.lead_end = doc
            .sentences
            .iter()
            .take_while(|s| s.para <= first_para + 2)
            .last()
            .map_or(0, |s| s.end);
        people.sentence_ends = doc.sentences.iter().map(|s| s.end).collect();
        // A subhead (a paragraph of one sentence with no final punctuation: `Meurtre de Vaux-sur-Morges`)
        // capitalises as a title does.
        let sentences = &doc.sentences;
        let heading = |i: usize| {
            let s = &sentences[i];
            let alone = (i == 0 || sentences[i - 1].para != s.para)
                && sentences.get(i + 1).is_none_or(|n| n.para != s.para);
            let last = doc.text[s.start..s.end].trim_end().chars().last();
            alone && !last.is_some_and(|c| ".!?:;»\"”…)".contains(c))
        };
        for (s, in_title) in doc
            .title
            .iter()
            .map(|s| (s, true))
            .chain(sentences.iter().enumerate().map(|(i, s)| (s, heading(i))))
        {
            let (toks, keys) = (&s.tokens, &s.keys);
            people.spelled_out_acronyms(doc.text, toks, keys);
            let mut i = 0;
            while i < toks.len() {
                if !np::is_name(&toks[i], &keys[i]) {
                    // `l'armée burkinabè`, `le gouvernement togolais`: a body named by its state.
                    if lex.is_body(&keys[i])
                        && keys.get(i + 1).is_some_and(|k| lex.is_state_adjective(k))
                        && i > 0
                    {
                        if let Some(m) = np::read(lex, doc.text, toks, keys, i - 1, i + 2) {
                            if identified_by_state(&m) {
                                people.add_body(&m);
                            }
                        }
                    }
                    i += 1;
                    continue;
                }
                let mut e = i;
                while e < toks.len() && (np::in_name(toks, keys, e) || (keys[e].starts_with("al-") && e > i))
                {
                    e += 1;
                }
                // `1,5 milliard FCFA`, `300 MW`: an acronym after a figure is its unit.
                let unit = e == i + 1
                    && is_acronym(toks[i].text)
                    && i > 0
                    && (toks[i - 1].text.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            keys[i - 1].as_ref(),
                            "mille" | "million" | "millions" | "milliard" | "milliards"
                        ));
                // `le contrat de partage de production (CPP)`: an acronym in brackets that abbreviates the
                // common nouns before it names a thing, not a body.
                let thing =
                    e == i + 1 && is_acronym(toks[i].text) && abbreviates_things(doc.text, toks, keys, i);
                // `Le Premier ministre`: capitalised words that open a role running past them name no one.
                if unit
                    || thing
                    || (i..e).any(|j| lex.role_forms.at(keys, j).any(|(form, _)| j + form.len() > e))
                {
                    i = e;
                    continue;
                }
                // `le ministère des Affaires étrangères`: the adjectives after the name are the name's.
                while e < toks.len() && np::adjective_after_head(lex, toks, keys, i, e) {
                    e += 1;
                }
                if e == i + 1 {
                    e = np::name_tail(lex, toks, keys, i);
                }
                let phrase = np::backward(lex, toks, keys, 0, e);
                // `l'Autorité des marchés`, `la Ligue valdorienne de rugby`: a body noun's complement, as
                // `backward` reads one, is its name's.
                let complement = keys
                    .get(e)
                    .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des"));
                let phrase = phrase
                    .filter(|_| lex.is_body(&keys[e - 1]) || complement && lex.is_body(&keys[i]))
                    .and_then(|(a, _)| {
                        (e + 2..=(e + 3).min(toks.len()))
                            .rev()
                            .find_map(|end| np::backward(lex, toks, keys, 0, end).filter(|r| r.0 == a))
                    })
                    .or(phrase);
                let mut added = false;
                if let Some((a, b)) = phrase {
                    if let Some(m) = np::read(lex, doc.text, toks, keys, a, b) {
                        // A capitalised word alone where a sentence or a quotation opens (`« Rien à
                        // ajouter »`) may be any word: it names nobody by itself.
                        // So may one after a full stop inside a quotation of several sentences (`… situées.
                        // Ça paraît bizarre`).
                        let opens = i == 0
                            || matches!(
                                toks[i - 1].text,
                                "«" | "“" | "\"" | "‘" | "'" | "″" | "." | "!" | "?"
                            );
                        // `Benoît, un agriculteur de la Brie, a revendiqué`: a first name alone, which an
                        // apposition describes as a person, is one (someone who gives no surname).
                        let described_person = crate::lang::first_names::is_first_name(toks[i].text)
                            && keys.get(e).is_some_and(|k| k == ",")
                            && keys
                                .get(e + 1)
                                .is_some_and(|k| matches!(k.as_ref(), "un" | "une"))
                            && keys.get(e + 2).is_some_and(|k| lex.is_role(k));
                        let sentence_initial_alone =
                            opens && e == i + 1 && m.role.is_none() && !described_person;
                        // A state by its name (`le Mali`), for `le pays` after it.
                        if m.named
                            && matches!(
                                m.kind,
                                SpeakerKind::Organisation | SpeakerKind::Media | SpeakerKind::State
                            )
                            || identified_by_state(&m)
                        {
                            // `Le Parquet fédéral et Westerlo réclament`: a noun before a coordination
                            // heads the other phrase: this body's noun is the one after it, if any.
                            let after_and = keys.get(a..i).and_then(|ks| ks.iter().rposition(|k| k == "et"));
                            let head = match after_and {
                                Some(x) => {
                                    np::read(lex, doc.text, toks, keys, a + x + 1, b).and_then(|r| r.head)
                                }
                                None => m.head.clone(),
                            };
                            people.add_body(&Mention { head, ..m.clone() });
                        } else if !sentence_initial_alone && maybe_organisation(&m) {
                            people.add_body(&Mention {
                                kind: SpeakerKind::Organisation,
                                ..m.clone()
                            });
                        }
                        // `l'Open de Lisbonne`, `la Transalpine`: a name right after an article, with no
                        // role and no first name, is a title or a place, no person's.
                        let titled = m.role.is_none()
                            && a + 1 < b
                            && np::DETERMINERS.contains(&keys[a].as_ref())
                            && m.name.as_deref().is_some_and(|n| {
                                let n = n.trim_start_matches(|c: char| !c.is_uppercase());
                                doc.text[toks[a + 1].start..].starts_with(n)
                                    && !crate::lang::first_names::opens_name(
                                        n.split_whitespace().next().unwrap_or(n),
                                    )
                            });
                        // A title may capitalise any word (`Attentats de Bruxelles | …`): there, only a
                        // name that opens with a first name is a person's.
                        let title_case = in_title
                            && !m
                                .name
                                .as_deref()
                                .is_some_and(crate::lang::first_names::opens_name);
                        // `aux Sénégalais`: a people named by its state's adjective is nobody's name.
                        let demonym = e == i + 1 && lex.is_state_adjective(&keys[i]);
                        if m.kind == SpeakerKind::Person
                            && m.name.is_some()
                            && !sentence_initial_alone
                            && !demonym
                            && !titled
                            && !title_case
                        {
                            let mut roles: Vec<RoleDesc> =
                                m.role.as_deref().and_then(role_desc).into_iter().collect();
                            roles.extend(apposition_before(lex, doc.text, toks, keys, a));
                            roles.extend(apposition_after(lex, doc.text, toks, keys, b));
                            people.add(m.name.as_deref().unwrap_or_default(), roles, m.start, m.gender);
                            added = true;
                        }
                    }
                }
                // `un coup d'éclat de Mohamed X`: a full name in the complement of another noun is a person
                // of the article all the same, though the phrase is not theirs.
                let run = &doc.text[toks[i].start..toks[e - 1].end];
                if !added
                    && e >= i + 2
                    && i > 0
                    && matches!(keys[i - 1].as_ref(), "de" | "d'")
                    && (i..e).all(|j| np::is_name(&toks[j], &keys[j]))
                    && crate::lang::first_names::opens_name(run)
                {
                    let gender = crate::lang::first_names::gender(toks[i].text);
                    people.add(run, Vec::new(), toks[i].start, gender);
                }
                i = e;
            }
        }
        people
    }

    /// `le Syndicat de la magistrature (SM)`, `l'Union syndicale des magistrats (USM)`: the body's name
    /// before an acronym in brackets is what the acronym stands for.
    fn spelled_out_acronyms(&mut self, text: &str, toks: &[crate::text::Token], keys: &[Key]) {
        for open in 1..toks.len().saturating_sub(2) {
            let acronym = toks[open + 1].text;
            if toks[open].text != "(" || toks[open + 2].text != ")" || !is_acronym(acronym) {
                continue;
            }
            // The name: back from the bracket over words, to the first of the capitalised words that
            // open it (`Syndicat` of `le Syndicat de la magistrature`), within eight words.
            let floor = open.saturating_sub(8);
            let words = (floor..open)
                .rev()
                .take_while(|&j| toks[j].is_word() && !np::reads_as_finite_verb(toks[j].text))
                .collect::<Vec<_>>();
            let Some(&start) = words.iter().rev().find(|&&j| np::is_name(&toks[j], &keys[j])) else {
                continue;
            };
            let name = &text[toks[start].start..toks[open - 1].end];
            if abbreviates(acronym, name) && !self.acronyms.iter().any(|(a, _)| a == acronym) {
                self.acronyms.push((acronym.to_string(), name.to_string()));
            }
        }
    }

    /// The name an acronym stands for, where the article spelled it out.
    pub fn spelled_out(&self, acronym: &str) -> Option<&str> {
        self.acronyms
            .iter()
            .find(|(a, _)| a == acronym)
            .map(|(_, n)| n.as_str())
    }

    fn add(&mut self, name: &str, roles: Vec<RoleDesc>, at: usize, gender: Option<Gender>) {
        let sn = surname(name);
        if let Some(p) = self
            .persons
            .iter_mut()
            .find(|p| p.surname == sn && same_person(&p.name, name))
        {
            p.gender = p.gender.or(gender);
            p.named_at.push(at);
            if name.split_whitespace().count() > p.name.split_whitespace().count() {
                p.name = name.to_string();
            }
            for r in roles {
                if !p.roles.contains(&r) {
                    p.roles.push(r);
                }
            }
        } else {
            self.persons.push(Person {
                name: name.to_string(),
                roles,
                named_at: vec![at],
                surname: sn,
                gender,
            });
        }
    }

    fn add_body(&mut self, m: &Mention) {
        let Some(name) = m.name.as_deref() else { return };
        // `le Syndicat national des enseignants (SNE)`: the capitalised words alone are the start of the
        // name the acronym spells out.
        let spelled_out = self
            .acronyms
            .iter()
            .map(|(_, full)| full)
            .find(|full| full.strip_prefix(name).is_some_and(|rest| rest.starts_with(' ')))
            .cloned();
        let name = spelled_out.as_deref().unwrap_or(name);
        // `la Fédération` after `la Fédération royale de football`: the body named in full before.
        let name = self
            .fuller_body(name, m.start)
            .map(|b| b.name.clone())
            .unwrap_or(name.to_string());
        let name = name.as_str();
        // `le Tribunal` alone refers back to a body; a body's noun is never a body's whole name.
        if !name.contains(char::is_whitespace) && Lexicon::get().is_body(&fold(name)) {
            return;
        }
        let noun = m.head.clone().filter(|h| !fold(name).contains(h.as_str()));
        if let Some(b) = self.bodies.iter_mut().find(|b| b.name == name) {
            let at = b.named_at.partition_point(|&p| p < m.start);
            if b.named_at.get(at) != Some(&m.start) {
                b.named_at.insert(at, m.start);
            }
            b.nouns.extend(noun.filter(|n| !b.nouns.contains(n)));
        } else {
            self.bodies.push(Body {
                name: name.to_string(),
                kind: m.kind,
                nouns: noun.into_iter().collect(),
                named_at: vec![m.start],
            });
        }
    }

    /// The organisation or medium named `name` before `at` (`la formation Astana`, for `Astana` later).
    pub fn body_named(&self, name: &str, at: usize) -> Option<&Body> {
        let folded = fold(name);
        self.bodies.iter().find(|b| {
            b.kind != SpeakerKind::State && fold(&b.name) == folded && b.last_before(at + 1).is_some()
        })
    }

    /// For a body's noun alone used as a name (`la Fédération`, `le Comité`), the body named before `at`
    /// whose full name starts with that noun (`Fédération royale de football`), the nearest first.
    pub fn fuller_body(&self, name: &str, at: usize) -> Option<&Body> {
        if name.contains(char::is_whitespace) || !Lexicon::get().is_body(&fold(name)) {
            return None;
        }
        let prefix = format!("{} ", fold(name));
        self.bodies
            .iter()
            .filter(|b| fold(&b.name).starts_with(&prefix))
            .filter_map(|b| Some((b.last_before(at + 1)?, b)))
            .max_by_key(|&(last, _)| last)
            .map(|(_, b)| b)
    }

    /// The body a description names (`la commission`, `l'entreprise`, `le journal`), among those the
    /// article named before `at`, the nearest first: one given that noun or whose name holds it, else
    /// for a company noun the last organisation of no other kind, for an institution's noun the last
    /// organisation, for a medium's noun the last medium (for `l'agence`, else the last organisation of no
    /// other kind).
    pub fn body_for(&self, noun: &str, kind: SpeakerKind, at: usize) -> Option<&Body> {
        let mut nearest: Vec<(usize, &Body)> = self
            .bodies
            .iter()
            .filter_map(|b| Some((b.last_before(at)?, b)))
            .collect();
        nearest.sort_by_key(|&(last, _)| std::cmp::Reverse(last));
        let before = || nearest.iter().map(|&(_, b)| b);
        let singular = noun.strip_suffix('s').unwrap_or(noun);
        before()
            .find(|b| b.nouns.iter().any(|n| n == noun || n == singular) || fold(&b.name).contains(singular))
            .or_else(|| {
                // `l'entreprise`, `selon un communiqué`: the last organisation named.
                // One the article gave another body's noun (`le tribunal de Varenne`) is not `le
                // syndicat`; a noun of a trade (`le brasseur X`, `le géant de la distribution Y`) keeps a
                // company a company.
                let lex = Lexicon::get();
                let company_noun = |n: &str| !lex.is_body(n) || COMPANY_NOUNS.contains(&n);
                let untyped = |b: &Body| {
                    b.nouns.iter().all(|n| company_noun(n))
                        && !fold(&b.name).split_whitespace().any(|w| lex.is_body(w))
                };
                if STATE_NOUNS.contains(&noun) {
                    before().find(|b| b.kind == SpeakerKind::State)
                } else if INSTITUTION_NOUNS.contains(&singular) {
                    before().find(|b| b.kind == SpeakerKind::Organisation)
                } else if COMPANY_NOUNS.contains(&singular) {
                    before().find(|b| b.kind == SpeakerKind::Organisation && untyped(b))
                } else if kind == SpeakerKind::Document {
                    before().find(|b| b.kind == SpeakerKind::Organisation)
                } else if kind == SpeakerKind::Media {
                    let platform = |b: &Body| lang::fr().world.medium(&b.name).is_some_and(|m| m.platform);
                    before()
                        .find(|b| b.kind == SpeakerKind::Media && !platform(b))
                        .or_else(|| {
                            AGENCY_NOUNS
                                .contains(&singular)
                                .then(|| before().find(|b| b.kind == SpeakerKind::Organisation && untyped(b)))
                                .flatten()
                        })
                } else {
                    None
                }
            })
    }

    /// The person named last before `at` without any role, whose gender is known and is `gender`: whom a
    /// role no one was given stands for (`Agnès X` … `la ministre de la Santé`).
    pub fn last_named_without_role(&self, at: usize, gender: Gender) -> Option<&Person> {
        self.last_named_such(at, |p| p.roles.is_empty() && p.gender == Some(gender))
    }

    /// The person named last before `at` among those `keep` keeps.
    pub fn last_named_such(&self, at: usize, keep: impl Fn(&Person) -> bool) -> Option<&Person> {
        self.persons
            .iter()
            .filter(|p| keep(p))
            .filter_map(|p| p.named_before(at).map(|n| (n, p)))
            .max_by_key(|(n, _)| *n)
            .map(|(_, p)| p)
    }

    /// The person the article named last before `at` whose gender agrees (or is unknown): what a
    /// demonstrative (`Celle-ci`) stands for, and a pronoun when no one spoke before it.
    pub fn last_named(&self, at: usize, gender: Option<Gender>) -> Option<&Person> {
        self.last_named_such(at, |p| Gender::agree(gender, p.gender))
    }

    /// The person first named within `within` bytes after `at`, of a gender that agrees, when nobody was
    /// named before `at`: a pronoun that opens an article cut from a page looks ahead to its person.
    pub fn named_next(&self, at: usize, within: usize, gender: Option<Gender>) -> Option<&Person> {
        if self.persons.iter().any(|p| p.named_at[0] < at) {
            return None;
        }
        self.persons
            .iter()
            .filter(|p| Gender::agree(gender, p.gender))
            .filter(|p| p.named_at[0] <= at + within)
            .min_by_key(|p| p.named_at[0])
    }

    /// The person whose full name ends with `words` after a first name (`Paul Le Berre` for `Le Berre`).
    pub fn ending_with(&self, words: &str) -> Option<&Person> {
        let tail = format!(" {}", fold(words));
        self.persons.iter().find(|p| fold(&p.name).ends_with(&tail))
    }

    /// Whether the article gives a person of this surname with a first name (`Ashtiani` after `Amir
    /// Ashtiani`).
    pub fn given_in_full(&self, name: &str) -> bool {
        let sn = surname(name);
        self.persons
            .iter()
            .any(|p| p.surname == sn && p.name.split_whitespace().count() >= 2 && same_person(&p.name, name))
    }

    /// The person a name stands for (same surname), with the fullest name the article gives: of that
    /// surname and a first name that fits; of several (a surname alone, two people of one family), the one
    /// named last before `at`, else the first named.
    pub fn by_name(&self, name: &str, at: usize, gender: Option<Gender>) -> Option<&Person> {
        let sn = surname(name);
        // A first name alone (`Aissatou`, after `Aissatou Bah`; `Me Luc` after `Luc Antoine X`) stands for the
        // person of that first name, when it is nobody's surname (the first name alone, which the article
        // gives as a name of its own, aside).
        let first_name_alone = !name.contains(' ')
            && !self
                .persons
                .iter()
                .any(|p| p.surname == sn && p.name.contains(' '));
        let given_is = |p: &Person| {
            let mut words = p.name.split_whitespace();
            words.clone().count() >= 2 && words.next().is_some_and(|g| fold(g) == sn)
        };
        // `Madame Bah` is not her husband `Mamadou Bah`.
        let agrees = |p: &Person| Gender::agree(gender, p.gender);
        let fuller = first_name_alone && self.persons.iter().any(|p| given_is(p) && agrees(p));
        let mut fitting = self.persons.iter().filter(|p| {
            let alone = p.surname == sn && same_person(&p.name, name);
            (alone && !fuller || first_name_alone && given_is(p)) && agrees(p)
        });
        let first = fitting.next()?;
        let last_before = |p: &Person| p.named_before(at.saturating_add(1));
        Some(
            std::iter::once(first)
                .chain(fitting)
                .filter_map(|p| Some((last_before(p)?, p)))
                .max_by_key(|(n, _)| *n)
                .map_or(first, |(_, p)| p),
        )
    }

    /// The person a role description refers to: the best fit, the nearest one named before `at` on a tie.
    /// A person named after `at` only when named close by in the same sentence (`Le ministre … a annoncé, a
    /// précisé Jean X`), or further on when `at` is in the article's opening (the lead describes whom the
    /// body names) and no person without a role spoke just before (`», justifie Paul Y. « … », assure
    /// l'avocat. Anne X, l'avocate des plaignants, …` is Paul Y's), and never one of the other gender.
    pub fn by_role(
        &self,
        role: &str,
        at: usize,
        gender: Option<Gender>,
        roleless_spoke: bool,
    ) -> Option<&Person> {
        const CLOSE: usize = 300;
        let want = role_desc(role)?;
        let sentence_end = self
            .sentence_ends
            .get(self.sentence_ends.partition_point(|&e| e <= at))
            .map_or(usize::MAX, |&e| e);
        let lead_looks_ahead = at < self.lead_end && !roleless_spoke;
        let mut best: Option<(u32, bool, usize, &Person)> = None;
        for p in &self.persons {
            if gender.is_some() && p.gender.is_some() && p.gender != gender {
                continue;
            }
            let Some(score) = p.roles.iter().filter_map(|r| fit(&want, r)).max() else {
                continue;
            };
            let first = p.named_at[0];
            if (first > at + CLOSE || first > sentence_end) && !lead_looks_ahead {
                continue;
            }
            let before = first <= at;
            let distance = at.abs_diff(first);
            let better = match best {
                None => true,
                Some((s, b, d, _)) => {
                    (score, before, std::cmp::Reverse(distance)) > (s, b, std::cmp::Reverse(d))
                }
            };
            if better {
                best = Some((score, before, distance, p));
            }
        }
        best.map(|b| b.3)
    }

    /// Resolves a mention to the person it names: the article's fullest name and the role it gives
    /// (`roleless_spoke`: whether a person named without a role spoke just before it, see `by_role`).
    pub fn resolve(&self, m: &Mention, roleless_spoke: bool) -> Option<&Person> {
        if m.kind != SpeakerKind::Person || m.pronoun.is_some() {
            return None;
        }
        match (&m.name, &m.role) {
            (Some(n), _) => self.by_name(n, m.start, m.gender),
            (None, Some(r)) if !m.plural => self.by_role(r, m.start, m.gender, roleless_spoke),
            _ => None,
        }
    }
}

/// Whether the acronym's letters are initials of the name's words, in order, the first the first
/// (`USM`, `Union syndicale des magistrats`; not `PS` for `Jean Dupont`).
pub(crate) fn abbreviates(acronym: &str, name: &str) -> bool {
    const SMALL: &[&str] = &[
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "pour", "a", "au", "aux",
    ];
    let initials: Vec<char> = fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !SMALL.contains(w))
        .filter_map(|w| w.chars().next())
        .collect();
    let letters: Vec<char> = fold(acronym).chars().filter(|c| c.is_alphabetic()).collect();
    if letters.first() != initials.first() || letters.is_empty() {
        return false;
    }
    let mut rest = initials.iter();
    letters.iter().all(|l| rest.any(|i| i == l))
}

/// Whether the acronym at `toks[at]`, in brackets, abbreviates the lower-case words right before its
/// bracket (`le contrat de partage de production (CPP)`) that open with no body's noun (`le syndicat
/// national des enseignants (SNE)` is a body).
fn abbreviates_things(text: &str, toks: &[crate::text::Token], keys: &[Key], at: usize) -> bool {
    if at < 2 || toks[at - 1].text != "(" || toks.get(at + 1).is_none_or(|t| t.text != ")") {
        return false;
    }
    let open = at - 1;
    let lex = Lexicon::get();
    (open.saturating_sub(8)..open)
        .rev()
        .take_while(|&j| toks[j].is_word() && !toks[j].is_capitalised())
        .any(|start| {
            !np::DETERMINERS.contains(&keys[start].as_ref()) && !lex.is_body(&keys[start]) && {
                // The initials of its words, small words left out, spell the acronym.
                let initials: String = fold(&text[toks[start].start..toks[open - 1].end])
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 3)
                    .filter_map(|w| w.chars().next())
                    .collect();
                initials == fold(toks[at].text)
            }
        })
}

pub(crate) use crate::text::is_acronym;

/// Nouns of a trade that describe a company before its name (`le brasseur AB InBev`, `le chantier naval
/// Dakarnave`, `le géant de la distribution Delhaize`): the name is the company's, not a person's.
const TRADE_NOUNS: &[&str] = &[
    "brasseur",
    "distributeur",
    "fabricant",
    "assureur",
    "operateur",
    "transporteur",
    "equipementier",
    "chantier",
    "exploitant",
    "editeur",
    "constructeur",
    "geant",
    "groupe",
    "firme",
    "compagnie",
    "multinationale",
    "societe",
    "entreprise",
];

/// A name the article gives without a role, a title or a first name (`Nestlé Waters`, `Barrick Gold`):
/// perhaps a company, which `l'entreprise` may refer back to.
fn maybe_organisation(m: &Mention) -> bool {
    // An acronym is a body's, whatever gender its article gives it (`le RDPC`, `la CGT`).
    let acronym = m.name.as_deref().is_some_and(is_acronym);
    let trade = m.head.as_deref().is_some_and(|h| TRADE_NOUNS.contains(&h));
    m.kind == SpeakerKind::Person
        && m.named
        && (m.role.is_none() || trade)
        && (m.gender.is_none() || acronym || trade)
        && m.name.as_deref().is_some_and(|n| {
            // No known first name (an acronym opening a name in mixed case is none: `AB InBev`), and
            // not only words of the language capitalised (`Arrivé lundi, …`).
            let first = n.split_whitespace().next().unwrap_or(n);
            let acronym_first = is_acronym(first) && n.chars().any(char::is_lowercase);
            (acronym_first || !crate::lang::first_names::opens_name(n))
                && !n
                    .split_whitespace()
                    .all(|w| crate::lang::lexicon::classes(w).known())
        })
}

/// A body the article identifies by its state rather than by a name (`le gouvernement togolais`, which
/// speaks for Togo; `l'armée burkinabè`): a later `le gouvernement`, `l'armée` refers back to it.
pub fn identified_by_state(m: &Mention) -> bool {
    let world = &lang::fr().world;
    // One body, not a class (`les forces armées russes et iraniennes`).
    m.head.is_some()
        && !m.plural
        && match m.kind {
            SpeakerKind::State => true,
            SpeakerKind::Organisation => {
                !m.named
                    && m.name.as_deref().is_some_and(|n| {
                        n.split_whitespace()
                            .any(|w| world.state_of_adjective(&fold(w)).is_some())
                    })
            }
            _ => false,
        }
}

/// A role in apposition before a name: `le ministre iranien de la Défense, le général … Ashtiani`.
fn apposition_before(
    lex: &Lexicon,
    text: &str,
    toks: &[crate::text::Token],
    keys: &[Key],
    np_start: usize,
) -> Option<RoleDesc> {
    if np_start == 0 || toks[np_start - 1].text != "," {
        return None;
    }
    let (a, b) = np::backward(lex, toks, keys, 0, np_start - 1)?;
    let m = np::read(lex, text, toks, keys, a, b)?;
    if m.name.is_some() {
        return None;
    }
    role_desc(m.role.as_deref()?)
}

/// A role in apposition after a name, closed by a comma or the sentence's end: `Jérémie A., l'avocat
/// de l'acteur, a dénoncé`, `Me Rodrigue D., avocat de M. Thiam, a exprimé`.
fn apposition_after(
    lex: &Lexicon,
    text: &str,
    toks: &[crate::text::Token],
    keys: &[Key],
    np_end: usize,
) -> Option<RoleDesc> {
    if toks.get(np_end).is_none_or(|t| t.text != ",") {
        return None;
    }
    let (a, b) = np::forward(lex, toks, keys, np_end + 1, toks.len())?;
    if a != np_end + 1
        || toks
            .get(b)
            .is_some_and(|t| !matches!(t.text, "," | "." | ";" | ")"))
    {
        return None;
    }
    let m = np::read(lex, text, toks, keys, a, b)?;
    if m.name.is_some()
        && !m
            .role
            .as_deref()
            .is_some_and(|r| m.name.as_deref().is_some_and(|n| r.contains(n)))
    {
        return None;
    }
    role_desc(m.role.as_deref()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::segment::segment;

    fn people(t: &str) -> People {
        People::build(&segment(t, 0, &[]))
    }

    #[test]
    fn a_role_description_finds_the_person_introduced_with_that_role() {
        let t = "Le président russe Vladimir Poutine a reçu le ministre iranien de la Défense, le général Ali Karimi. \
                 Le dirigeant russe a parlé.";
        let p = people(t);
        assert_eq!(
            p.by_role("le dirigeant russe", t.len(), None, false)
                .unwrap()
                .name,
            "Vladimir Poutine"
        );
        assert_eq!(
            p.by_role("le ministre iranien de la Défense", t.len(), None, false)
                .unwrap()
                .name,
            "Ali Karimi"
        );
        assert!(p
            .by_role("le ministre russe de la Défense", t.len(), None, false)
            .is_none());
    }

    #[test]
    fn a_subhead_capitalises_as_a_title_does() {
        let p = people("Meurtre de Valbonne-sur-Loue\n\nLe procureur arrive au bout de son enquête.");
        let names: Vec<&str> = p.persons.iter().map(|p| p.name.as_str()).collect();
        assert!(!names.contains(&"Meurtre de Valbonne-sur-Loue"), "{names:?}");
    }

    #[test]
    fn a_role_apposed_after_another_persons_name_is_not_theirs() {
        let t =
            "Le traité a été signé en présence du ministre belge Paul Roux et de ses homologues du Togo et \
                 du Niger, Awa Kone et Ali Sani. Le ministre belge a parlé.";
        let p = people(t);
        assert_eq!(
            p.by_role("le ministre belge", t.len(), None, false).unwrap().name,
            "Paul Roux"
        );
        let sani = p.persons.iter().find(|p| p.name == "Ali Sani").unwrap();
        assert!(
            sani.roles.iter().all(|r| !r.text.contains("Roux")),
            "{:?}",
            sani.roles
        );
    }

    #[test]
    fn an_acronym_of_common_nouns_names_no_body() {
        let p = people(
            "Sonalgaz a mis fin au contrat de partage de production (CPP). La Banque mondiale de l'énergie (BME) a réagi.",
        );
        let names: Vec<&str> = p.bodies.iter().map(|b| b.name.as_str()).collect();
        assert!(!names.contains(&"CPP"), "{names:?}");
        assert_eq!(p.spelled_out("BME"), Some("Banque mondiale de l'énergie"));
    }

    #[test]
    fn a_bodys_noun_capitalised_alone_names_no_body() {
        let p = people(
            "Le Tribunal a rejeté l'appel. Cette décision du tribunal signifie que le club est éliminé.",
        );
        let names: Vec<&str> = p.bodies.iter().map(|b| b.name.as_str()).collect();
        assert!(!names.contains(&"Tribunal"), "{names:?}");
    }

    #[test]
    fn a_short_name_finds_the_full_one() {
        let p = people("L'ambassadeur Kazem Rahimi est arrivé. M. Rahimi a parlé.");
        assert_eq!(
            p.by_name("Rahimi", usize::MAX, None).unwrap().name,
            "Kazem Rahimi"
        );
    }

    #[test]
    fn a_broader_noun_and_a_state_named_by_its_country() {
        let t = "L'ambassadeur de l'Iran à Paris Ali Sadeghi a parlé. Ce haut diplomate iranien a ajouté.";
        assert_eq!(
            people(t)
                .by_role("ce haut diplomate iranien", t.len(), None, false)
                .unwrap()
                .name,
            "Ali Sadeghi"
        );
    }
}
