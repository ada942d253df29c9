//! Noun phrases that name a source: found by walking tokens backwards from a cue (a preposed subject)
//! or forwards from it (an inverted subject), then read into a `Mention`: a pronoun, a person's name
//! with the role around it, a state (also by its capital or seat of power), a medium, a body, a document.
//!
//! This file finds where a phrase is (its words, its bounds); `read` says what it names.
//!
//! Not here: what a mention refers to elsewhere in the article (`people`).

mod read;
pub use read::{is_governing, name_tail, read};

use super::lexicon::Lexicon;
use crate::claim::SpeakerKind;
use crate::lang;
use crate::lang::lexicon::{self as forms, Gender};
use crate::text::{fold, Token};
use std::borrow::Cow;

/// What words name a source at one place in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span of the words in the article.
    pub start: usize,
    pub end: usize,
    pub kind: SpeakerKind,
    /// The name as written, titles stripped (`Sergueï Choïgou`, `Téhéran` → `Iran` for a state).
    pub name: Option<String>,
    /// The function given around the name (`ministre russe de la Défense`).
    pub role: Option<String>,
    /// A subject pronoun (`il`, `elle`, from `a-t-il` too).
    pub pronoun: Option<String>,
    pub plural: bool,
    /// The gender the words give, where they give one (`Mme`, `la ministre`, `l'avocate`, `Delphine`).
    pub gender: Option<Gender>,
    /// The phrase's head noun, folded, when it is a role, body, document or medium noun (`commission`,
    /// `communique`, `journal`).
    pub head: Option<String>,
    /// Whether the words name the source (a capitalised name, a state, a medium), rather than only
    /// describing it (`la commission`, `le ministre`, `un communiqué`).
    pub named: bool,
    /// A possessive before the head (`sa lettre`, `son communiqué`): the source is the one spoken of.
    pub possessive: bool,
    /// A definite description (`le ministre`, `cette source`), which refers back to someone already
    /// spoken of; an indefinite one (`un conseiller`, `des économistes`) brings in someone new.
    pub definite: bool,
}

impl Mention {
    /// A subject pronoun over bytes `start..end`: alone (`il`, `Celle-ci`, `ce dernier`) or carried by a verb
    /// (`a-t-il`, `devait-elle`); `p` is the pronoun, folded. A pronoun refers back, as a definite description does.
    pub fn pronoun(start: usize, end: usize, p: &str) -> Mention {
        Mention {
            start,
            end,
            kind: SpeakerKind::Person,
            name: None,
            role: None,
            pronoun: Some(p.to_string()),
            plural: p.ends_with('s') || p.starts_with("ceux"),
            gender: Some(
                if p.starts_with("elle")
                    || p.starts_with("celle")
                    || p.starts_with("cette")
                    || p.ends_with("eres")
                    || p.ends_with("ee")
                {
                    Gender::Feminine
                } else {
                    Gender::Masculine
                },
            ),
            head: None,
            named: false,
            possessive: false,
            definite: true,
        }
    }
}

pub(crate) const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "au", "aux",
];
const LINKS: &[&str] = &[
    "de", "d'", "du", "des", "la", "l'", "le", "les", "al", "ben", "bin", "van", "von", "der", "den", "el",
    "et",
];
/// Subject pronouns of the third person, personal and demonstrative (`Celle-ci a refusé`).
const PRONOUNS: &[&str] = &[
    "il",
    "elle",
    "ils",
    "elles",
    "celui-ci",
    "celle-ci",
    "ceux-ci",
    "celles-ci",
];

/// `ce dernier` (the latter) and its forms, folded: a pronoun for the one named last.
const THE_LATTER: &[(&str, &str)] = &[
    ("ce", "dernier"),
    ("cette", "derniere"),
    ("ces", "derniers"),
    ("ces", "dernieres"),
    // `déclare l'intéressé`: the person concerned, just spoken of.
    ("l'", "interesse"),
    ("l'", "interessee"),
];

/// Whether the two keys are `ce dernier` or one of its forms, or `l'intéressé`.
pub(crate) fn the_latter(first: &str, second: &str) -> bool {
    THE_LATTER.contains(&(first, second))
}

/// Whether `ce dernier` at token `i` stands alone as a pronoun (`a ajouté ce dernier.`, `Ce dernier a
/// affirmé`), not before the noun it qualifies (`ce dernier rapport`): punctuation, a verb or nothing
/// follows.
fn the_latter_at(toks: &[Token], keys: &[Key], i: usize) -> bool {
    keys.get(i + 1).is_some_and(|k| the_latter(&keys[i], k))
        && toks.get(i + 2).is_none_or(|t| {
            !t.is_word() || {
                let c = forms::classes(&keys[i + 2]);
                c.finite_verb() || c.grammatical()
            }
        })
}

/// A token's form for lookups: words folded (accents, case, apostrophes), punctuation and quotation
/// marks as they are.
pub fn key<'t>(t: &Token<'t>) -> Cow<'t, str> {
    if t.is_word() && !is_folded(t.text) {
        Cow::Owned(fold(t.text))
    } else {
        Cow::Borrowed(t.text)
    }
}

/// A token's key (`key`): borrowed from the text when the word is already folded, as most words are.
pub type Key<'t> = Cow<'t, str>;

/// The keys of a run of tokens, in their order.
pub fn keys<'t>(toks: &[Token<'t>]) -> Vec<Key<'t>> {
    toks.iter().map(key).collect()
}

/// Already in folded form: lowercase ASCII without a typographic apostrophe, as most words are.
fn is_folded(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// A capitalised word that may be (part of) a name: not a determiner or a function word (`Selon`).
/// `k` is the token's key (`key`).
pub fn is_name(t: &Token, k: &str) -> bool {
    // A news site's address names it, capitalised or not (`reporter.lu`).
    if crate::text::is_web_address(t.text) {
        return true;
    }
    t.is_capitalised()
        && !DETERMINERS.contains(&k)
        && !Lexicon::get().function_words.contains(k)
        // An elided word (`C'est`, `Qu'il`), a pronoun or a determiner (`Celle-ci`, `Nos`) opening a
        // sentence.
        && !k.ends_with(['\'', '\u{2019}'])
        && !forms::classes(k).grammatical()
}

/// Whether a word reads as a third-person finite verb: its most frequent reading is a verb, and one of
/// its verb readings is finite in the third person (`enfonce`, `jubile`; not `président`, a noun first).
pub fn reads_as_finite_verb(word: &str) -> bool {
    forms::classes(word).finite_verb()
}

/// Whether token `i` continues or is part of a name, in context: a name word (`is_name`), a capitalised
/// function word right after one (`Pierre-Olivier Sur`), or the full stop of an initial between two
/// (`Paul B. Biya`).
pub fn in_name(toks: &[Token], keys: &[Key], i: usize) -> bool {
    let t = &toks[i];
    if is_name(t, &keys[i]) {
        return true;
    }
    let after_name = i > 0 && is_name(&toks[i - 1], &keys[i - 1]) && toks[i - 1].end + 1 >= t.start;
    if t.is_capitalised() && after_name && !DETERMINERS.contains(&keys[i].as_ref()) {
        return true;
    }
    // `Reporters sans frontières`, `Médecins Sans Frontières`: the lower-case words that end the names of a
    // family of bodies.
    let frontier = |k: &str| matches!(k, "frontieres" | "frontiere");
    if keys[i] == "sans" && after_name && keys.get(i + 1).is_some_and(|k| frontier(k)) {
        return true;
    }
    if frontier(&keys[i]) && i >= 2 && keys[i - 1] == "sans" && is_name(&toks[i - 2], &keys[i - 2]) {
        return true;
    }
    // `Marine Le Pen`, `Jean de La Fontaine`: a capitalised article between two name words.
    if t.is_capitalised()
        && after_name
        && DETERMINERS.contains(&keys[i].as_ref())
        && toks
            .get(i + 1)
            .is_some_and(|n| t.end + 1 >= n.start && is_name(n, &keys[i + 1]))
    {
        return true;
    }
    t.text == "."
        && after_name
        && toks[i - 1].text.chars().count() == 1
        && toks.get(i + 1).is_some_and(|n| is_name(n, &keys[i + 1]))
}

/// The points of the compass (ASCII, compared without case): alone, capitalised, they name a part of a
/// place.
const COMPASS: &[&str] = &[
    "nord",
    "sud",
    "est",
    "ouest",
    "nord-est",
    "nord-ouest",
    "sud-est",
    "sud-ouest",
    "centre",
];

/// Whether a token may stand inside a source's noun phrase.
fn in_np(lex: &Lexicon, t: &Token, k: &str) -> bool {
    is_name(t, k)
        || DETERMINERS.contains(&k)
        || lex.is_role(k)
        || lex.is_state_adjective(k)
        || lex.np_words.contains(k)
        || lex.is_body(k)
        || lex.documents.contains(k)
        || lex.relay_nouns.contains(k)
        || lex.domains.contains(k)
        || lex.honorifics.contains(k)
}

/// The masculine singular of a lower-case word with the endings of a nationality or place adjective
/// (`soudanaise` → `soudanais`, `finlandaises` → `finlandais`), or `None` when it has none of them.
pub fn adjective_lemma(k: &str) -> Option<String> {
    const ENDINGS: &[(&[&str], &str)] = &[
        (&["iennes", "ienne", "iens", "ien"], "ien"),
        (&["aises", "aise", "ais"], "ais"),
        (&["aines", "aine", "ains", "ain"], "ain"),
        (&["oises", "oise", "ois"], "ois"),
        (&["anes", "ane", "ans", "an"], "an"),
        (&["iques", "ique"], "ique"),
        (&["oles", "ole", "ols", "ol"], "ol"),
        (&["ites", "ite"], "ite"),
    ];
    if k.chars().count() < 5 || !k.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    ENDINGS.iter().find_map(|(forms, lemma)| {
        forms
            .iter()
            .find_map(|f| k.strip_suffix(f))
            .filter(|stem| stem.len() >= 2)
            .map(|stem| format!("{stem}{lemma}"))
    })
}

/// A lower-case adjective right after a role or body noun (`l'armée soudanaise`, `des sources
/// sécuritaires`), after a capitalised common noun that opens a name (`des Affaires étrangères`, `le Parti
/// socialiste`), or after other adjectives that follow one (`des sources sécuritaires locales`); `keys[i]`
/// is the word, `floor` the first token the phrase may reach back to.
pub fn adjective_after_head(lex: &Lexicon, toks: &[Token], keys: &[Key], floor: usize, i: usize) -> bool {
    let head = |h: usize| {
        let hk = keys[h].as_ref();
        lex.is_role(hk)
            || lex.is_body(hk)
            || lex.relay_nouns.contains(hk)
            || lex.is_state_adjective(hk)
            // `la Santé publique`: a capitalised noun after an article is no first name, even one the
            // list of first names holds.
            || toks[h].is_capitalised()
                && (crate::lang::first_names::gender(toks[h].text).is_none()
                    || h > 0 && DETERMINERS.contains(&keys[h - 1].as_ref()))
                && forms::classes(&toks[h].text.to_lowercase()).noun()
            // `l'Agence internationale de l'énergie atomique`: a common noun inside a body's name.
            || forms::classes(toks[h].text).noun()
                && (floor..h).any(|x| toks[x].is_capitalised() && lex.is_body(&keys[x]))
    };
    if toks[i].is_capitalised() || !is_adjective(&toks[i], &keys[i]) {
        return false;
    }
    // `le Gouvernement de Transition informe l'opinion`: a word that may be a verb, followed by an article
    // or `que`, is the verb.
    let object_follows = keys.get(i + 1).is_some_and(|k| {
        matches!(
            k.as_ref(),
            "le" | "la" | "les" | "l'" | "que" | "qu'" | "un" | "une" | "des"
        )
    });
    if object_follows && forms::classes(toks[i].text).may_be_finite_verb() {
        return false;
    }
    // Back over at most two adjectives to the head.
    let mut h = i;
    while h > floor && i - h <= 2 {
        h -= 1;
        if head(h) {
            return true;
        }
        if toks[h].is_capitalised() || !is_adjective(&toks[h], &keys[h]) {
            return false;
        }
    }
    false
}

/// An adjective as a phrase's words can hold one after their head: the ending of a nationality or place
/// (`soudanaise`, known or not), or an adjective of the lexicon that is not read first as a finite verb or as
/// a past participle or first as a preposition (`sécuritaires`, `locales`; not `affirme`, `interrogé`,
/// `sur`).
fn is_adjective(t: &Token, k: &str) -> bool {
    if adjective_lemma(k).is_some() {
        return true;
    }
    let c = forms::classes(t.text);
    if !c.known() {
        // A form the lexicon lacks (`sécuritaires`) with an adjective's ending.
        const ENDINGS: &[&str] = &[
            "aire", "aires", "ale", "ales", "aux", "elle", "elles", "ive", "ives", "euse", "euses",
        ];
        return t.is_word() && k.chars().count() >= 6 && ENDINGS.iter().any(|e| k.ends_with(e));
    }
    listed_adjective(t)
}

/// An adjective the lexicon lists that is not read first as a finite verb, a past participle, a grammatical
/// word or a preposition (`sécuritaires`, `locales`; not `affirme`, `interrogé`, `sur`).
pub(crate) fn listed_adjective(t: &Token) -> bool {
    let c = forms::classes(t.text);
    t.is_word()
        && c.adjective()
        && !c.finite_verb()
        && !c.past_participle()
        && !c.grammatical()
        && !c.preposition_first()
}

/// Whether the phrase at `i` is a relay's (`l'agence X`, `le journal Y`), perhaps after a determiner.
pub(crate) fn relay_at(lex: &Lexicon, keys: &[Key], i: usize) -> bool {
    let i = if keys.get(i).is_some_and(|k| DETERMINERS.contains(&k.as_ref())) {
        i + 1
    } else {
        i
    };
    keys.get(i).is_some_and(|k| lex.relay_nouns.contains(k.as_ref()))
}

/// Whether the capitalised words ending before token `end` are a person's full name: two or more, the
/// first a first name (`Paul Roux`, `Marie-Anne de La Tour`).
fn person_name_ends_at(toks: &[Token], keys: &[Key], end: usize) -> bool {
    let mut start = end;
    while start > 0
        && (toks[start - 1].is_capitalised() || LINKS.contains(&keys[start - 1].as_ref()) && start < end)
    {
        start -= 1;
    }
    while start < end && !toks[start].is_capitalised() {
        start += 1;
    }
    end >= start + 2 && crate::lang::first_names::gender(toks[start].text).is_some()
}

/// The noun phrase ending just before token `end` (exclusive), not reaching before `floor`.
/// Returns the token range, or `None` when nothing there names a source.
pub fn backward(
    lex: &Lexicon,
    toks: &[Token],
    keys: &[Key],
    floor: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let mut j = end;
    if j > floor && PRONOUNS.contains(&keys[j - 1].as_ref()) {
        return Some((j - 1, j));
    }
    if j > floor + 1 && the_latter_at(toks, keys, j - 2) {
        return Some((j - 2, j));
    }
    while j > floor {
        let t = &toks[j - 1];
        let k = keys[j - 1].as_ref();
        // A lower-case article opens its phrase: before it, only a linking word continues a longer one
        // (`le ministre de la Défense`), never a noun (`du conseil d'entreprise le secrétaire de l'X`).
        if j < end
            && matches!(keys[j].as_ref(), "le" | "la" | "les" | "l'" | "un" | "une")
            && !toks[j].is_capitalised()
            && !LINKS.contains(&k)
            && !matches!(k, "tout" | "toute" | "tous" | "toutes")
        {
            break;
        }
        // `du ministre Paul Roux et de ses homologues …`: a person's full name before `et de` ends a
        // phrase of its own; the complement after it is not theirs (`de la Culture et de la Communication`
        // is one name).
        if k == "et"
            && j < end
            && matches!(keys[j].as_ref(), "de" | "d'" | "du" | "des")
            && person_name_ends_at(toks, keys, j - 1)
        {
            break;
        }
        // `le Premier ministre de 48 ans`: an age stays in the phrase.
        if k == "ans" && j >= 3 && keys[j - 2].bytes().all(|b| b.is_ascii_digit()) && keys[j - 3] == "de" {
            j -= 3;
            continue;
        }
        // `L'Organisation mondiale de la santé (OMS)`: an acronym in brackets stays in the phrase.
        if t.text == ")" && j >= 3 && toks[j - 3].text == "(" && is_name(&toks[j - 2], &keys[j - 2]) {
            j -= 3;
            continue;
        }
        // The cheap tests first; the others only when those fail.
        let title_dot = || t.text == "." && j >= 2 && lex.honorifics.contains(&format!("{}.", keys[j - 2]));
        // `l'ambassadeur d'Iran à Moscou Kazem …`: a place after `à` or `en` inside the phrase.
        let place_link = || matches!(k, "a" | "en") && j < end && is_name(&toks[j], &keys[j]);
        let adjective = || j >= 2 && adjective_after_head(lex, toks, keys, floor, j - 1);
        // `les associations de parents d'élèves`: a common noun complementing the head after `de`.
        // `les associations de parents d'élèves`, `le parti d'extrême droite`, `de la santé publique`: the
        // nouns and adjectives of a complement after `de`, up to three words.
        let complement = || {
            let plain = |i: usize| {
                toks[i].is_word()
                    && !toks[i].is_capitalised()
                    && !lex.function_words.contains(&*keys[i])
                    && !lex.clause_words.contains(&*keys[i])
            };
            let content = |i: usize| {
                plain(i) && {
                    let c = forms::classes(toks[i].text);
                    c.noun() || c.adjective()
                }
            };
            plain(j - 1)
                && (1..=3).any(|back| {
                    j > back
                        && matches!(keys[j - 1 - back].as_ref(), "de" | "d'" | "des" | "du")
                        && (j - back..j - 1).all(content)
                        && (back == 1 || content(j - 1))
                })
        };
        // `L'accusé Mohamed X`: a word the lexicon reads as a noun, between a determiner and a name, is the
        // head, whatever else it may be (`accusé` is more often a participle).
        let noun_after_determiner = || {
            j >= 2
                && j < end
                && is_name(&toks[j], &keys[j])
                && t.is_word()
                && !t.is_capitalised()
                && DETERMINERS.contains(&keys[j - 2].as_ref())
                && forms::classes(t.text).noun()
        };
        if in_np(lex, t, k)
            || in_name(toks, keys, j - 1)
            || LINKS.contains(&k)
            || title_dot()
            || place_link()
            || adjective()
            || complement()
            || noun_after_determiner()
        {
            j -= 1;
        } else if let Some(len) = (2..=4).filter(|&len| j >= floor + len).find(|&len| {
            lex.role_forms
                .at(keys, j - len)
                .any(|(form, _)| form.len() == len)
        }) {
            // `le metteur en scène X`: a role of several words whose first word no list of nouns holds.
            j -= len;
        } else {
            break;
        }
    }
    // A phrase starts with a determiner, a title, a role or a name, never with a linking word.
    while j < end && LINKS.contains(&keys[j].as_ref()) && !DETERMINERS.contains(&keys[j].as_ref()) {
        j += 1;
    }
    while j < end && matches!(keys[j].as_ref(), "du" | "des" | "au" | "aux") {
        j += 1;
    }
    (j < end).then_some((j, end))
}

/// Where the time words and adverbs from `start` end (`mardi soir`, `également`), before `ceiling`; a
/// determiner is never one of them.
pub fn past_time_words(lex: &Lexicon, keys: &[Key], start: usize, ceiling: usize) -> usize {
    const MONTHS: &[&str] = &[
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ];
    // A determiner belongs to the time words only before a noun of time (`ce matin`, `la veille`).
    let time_noun = |k: &str| {
        lex.time_words.contains(k)
            && !DETERMINERS.contains(&k)
            && !lex.adverbs.contains(k)
            && !matches!(k, "plus" | "pour" | "dernier" | "derniere" | "prochain")
    };
    let mut i = start;
    while i < ceiling {
        let k = keys[i].as_ref();
        let plain = (lex.time_words.contains(k) || lex.adverbs.contains(k)) && !DETERMINERS.contains(&k);
        // `quelques minutes plus tôt`, `plusieurs jours auparavant`: a quantity counts as a determiner there.
        let determiner = (DETERMINERS.contains(&k) || matches!(k, "quelques" | "plusieurs"))
            && i + 1 < ceiling
            && time_noun(&keys[i + 1]);
        // `lundi 29 novembre`, `le 4 mai`: a day of the month and its month.
        let date = k.bytes().all(|b| b.is_ascii_digit())
            && i + 1 < ceiling
            && MONTHS.contains(&keys[i + 1].as_ref())
            || MONTHS.contains(&k);
        if plain || determiner || date {
            i += 1;
        } else if let Some(end) = time_phrase(keys, i, ceiling, &time_noun) {
            i = end;
        } else {
            break;
        }
    }
    i
}

/// Where a time phrase opened by a preposition at `i` ends: `en fin d'après-midi`, `dans la soirée`,
/// `en début de semaine`, `vers midi`. The phrase must end on a noun of time.
fn time_phrase(keys: &[Key], i: usize, ceiling: usize, time_noun: &dyn Fn(&str) -> bool) -> Option<usize> {
    if !matches!(
        keys[i].as_ref(),
        "en" | "dans" | "vers" | "durant" | "pendant" | "a" | "au" | "tout"
    ) {
        return None;
    }
    let mut j = i + 1;
    let at = |j: usize| (j < ceiling).then(|| keys[j].as_ref());
    if matches!(at(j), Some("fin" | "debut" | "milieu" | "cours")) {
        j += 1;
        if matches!(at(j), Some("de" | "d'" | "du")) {
            j += 1;
        } else {
            return None;
        }
    }
    if at(j).is_some_and(|k| DETERMINERS.contains(&k)) {
        j += 1;
    }
    at(j).is_some_and(time_noun).then_some(j + 1)
}

/// The noun phrase starting at token `start`, after any time words (`mardi soir`), up to `ceiling`.
pub fn forward(
    lex: &Lexicon,
    toks: &[Token],
    keys: &[Key],
    start: usize,
    ceiling: usize,
) -> Option<(usize, usize)> {
    let mut i = past_time_words(lex, keys, start, ceiling);
    let first = i;
    if i < ceiling && PRONOUNS.contains(&keys[i].as_ref()) {
        return Some((i, i + 1));
    }
    if i + 1 < ceiling && the_latter_at(toks, keys, i) {
        return Some((i, i + 2));
    }
    while i < ceiling {
        let t = &toks[i];
        let k = keys[i].as_ref();
        let title_dot = t.text == "." && i > first && lex.honorifics.contains(&format!("{}.", keys[i - 1]));
        // `le Syndicat des 2400 chauffeurs`: a figure and a noun after a link.
        let figure_then_noun = |j: usize| {
            toks.get(j)
                .is_some_and(|n| n.text.bytes().all(|b| b.is_ascii_digit()))
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_word() && !n.is_capitalised() && forms::classes(n.text).noun())
        };
        let link_ok = LINKS.contains(&k)
            && (toks
                .get(i + 1)
                .is_some_and(|n| in_np(lex, n, &keys[i + 1]) || LINKS.contains(&keys[i + 1].as_ref()))
                || figure_then_noun(i + 1));
        if i > first && i + 2 <= ceiling && LINKS.contains(&keys[i - 1].as_ref()) && figure_then_noun(i) {
            i += 2;
            continue;
        }
        // `le médiateur Felix Braun`, `une usagère, Odile Bernard`: one unlisted common noun may head a
        // phrase after its determiner, before a name or a comma and a first name.
        let unlisted_head = i > first
            && DETERMINERS.contains(&keys[i - 1].as_ref())
            && t.is_word()
            && !t.is_capitalised()
            && (toks.get(i + 1).is_some_and(|n| is_name(n, &keys[i + 1]))
                || keys.get(i + 1).is_some_and(|k| k == ",")
                    && toks
                        .get(i + 2)
                        .is_some_and(|n| crate::lang::first_names::gender(n.text).is_some()));
        let adjective = i > first && adjective_after_head(lex, toks, keys, first, i);
        // `une source proche du dossier`, `le directeur chargé de la communication`: what a source is
        // close to or in charge of is part of its description.
        if i > first
            && matches!(
                keys[i - 1].as_ref(),
                "proche" | "proches" | "charge" | "chargee" | "charges" | "chargees"
            )
            && matches!(k, "de" | "d'" | "du" | "des")
        {
            let mut j = i + 1;
            if keys.get(j).is_some_and(|k| DETERMINERS.contains(&k.as_ref())) {
                j += 1;
            }
            if j < ceiling && toks[j].is_word() && !forms::classes(toks[j].text).finite_verb() {
                i = j + 1;
                continue;
            }
        }
        // `le texte publié par le ministère`: a document's author, after a participle and `par`, is in its
        // phrase (the document's author speaks); an agency or a medium there only carried it.
        if i > first
            && lex.documents.contains(&*keys[i - 1])
            && keys.get(i + 1).is_some_and(|k| k == "par")
            && t.is_word()
            && forms::classes(t.text).past_participle()
            && !relay_at(lex, keys, i + 2)
        {
            i += 2;
            continue;
        }
        // `a averti l'accusé`: a participle that names a person heads the phrase after its determiner.
        let participle_head = i > first && lex.role_at(keys, i);
        // `Christian X au Parisien`: after a person's full name, `à` opens whom it was said to.
        if matches!(k, "a" | "au" | "aux") && i >= first + 2 && is_name(&toks[i - 1], &keys[i - 1]) {
            let name_start = (first..i)
                .rev()
                .take_while(|&j| is_name(&toks[j], &keys[j]))
                .last();
            if name_start.is_some_and(|j| j + 1 < i && crate::lang::first_names::is_first_name(toks[j].text))
            {
                break;
            }
        }
        // `Verdane au réseau TSN`, `X à la chaîne Y`, `X au micro de Z`: after any name, `à` and a medium's
        // noun open whom it was said to.
        if matches!(k, "a" | "au" | "aux") && i > first && is_name(&toks[i - 1], &keys[i - 1]) {
            let mut n = i + 1;
            while keys
                .get(n)
                .is_some_and(|k| matches!(k.as_ref(), "la" | "l'" | "le" | "les"))
            {
                n += 1;
            }
            if keys
                .get(n)
                .is_some_and(|k| lex.relay_nouns.contains(k.as_ref()) || k == "micro")
            {
                break;
            }
        }
        // `le metteur en scène X`: a role of several words whose first word no list of nouns holds.
        if let Some(len) = lex.role_forms.at(keys, i).next().map(|(form, _)| form.len()) {
            if len > 1 && i + len <= ceiling {
                i += len;
                continue;
            }
        }
        // `l'Agence régionale de santé (ARS) de Bretagne`: an acronym in brackets stays in the phrase.
        if t.text == "("
            && i > first
            && toks.get(i + 2).is_some_and(|c| c.text == ")")
            && toks.get(i + 1).is_some_and(|a| is_name(a, &keys[i + 1]))
        {
            i += 3;
            continue;
        }
        if in_np(lex, t, k)
            || (i > first && in_name(toks, keys, i))
            || link_ok
            || title_dot
            || unlisted_head
            || adjective
            || participle_head
        {
            i += 1;
        } else {
            break;
        }
    }
    // `le Syndicat national des enseignants du Nord (SNEN)`: the words up to an acronym in brackets that
    // abbreviates them from the phrase's first capital are the name it spells out.
    if let Some(open) = (i..ceiling.min(i + 8)).find(|&j| !toks[j].is_word()) {
        let spelled = toks[open].text == "("
            && toks.get(open + 2).is_some_and(|c| c.text == ")")
            && crate::extract::people::is_acronym(toks[open + 1].text)
            && (first..i)
                .find(|&j| toks[j].is_capitalised())
                .is_some_and(|from| {
                    let name: Vec<&str> = toks[from..open].iter().map(|t| t.text).collect();
                    crate::extract::people::abbreviates(toks[open + 1].text, &name.join(" "))
                });
        if spelled {
            i = open + 3;
        }
    }
    // A phrase never ends on a preposition (`la ministre en mêlée de presse`: `en` opened a complement)
    // or a determiner (`le ministère ce mardi`: `ce` opened a time).
    while i > first
        && (LINKS.contains(&keys[i - 1].as_ref())
            || keys[i - 1] == "en"
            || DETERMINERS.contains(&keys[i - 1].as_ref()) && !toks[i - 1].is_capitalised())
    {
        i -= 1;
    }
    (i > first).then_some((first, i))
}
