//! Noun phrases that name a source: found by walking tokens backwards from a cue (a preposed subject)
//! or forwards from it (an inverted subject), then read into a `Mention`: a pronoun, a person's name
//! with the role around it, a state (also by its capital or seat of power), a medium, a body, a document.
//!
//! Not here: what a mention refers to elsewhere in the article (`people`).

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

const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "au", "aux",
];
const LINKS: &[&str] = &[
    "de", "d'", "du", "des", "la", "l'", "le", "les", "al", "ben", "bin", "van", "von", "el", "et",
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
    if t.is_capitalised() && after_name && !DETERMINERS.contains(&keys[i].as_ref()) && i >= 2 {
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
            || toks[h].is_capitalised()
                && crate::lang::first_names::gender(toks[h].text).is_none()
                && forms::classes(&toks[h].text.to_lowercase()).noun()
    };
    if toks[i].is_capitalised() || !is_adjective(&toks[i], &keys[i]) {
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
/// a past participle (`sécuritaires`, `locales`; not `affirme`, `interrogé`).
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
    t.is_word() && c.adjective() && !c.finite_verb() && !c.past_participle() && !c.grammatical()
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
        if in_np(lex, t, k)
            || in_name(toks, keys, j - 1)
            || LINKS.contains(&k)
            || title_dot()
            || place_link()
            || adjective()
            || complement()
        {
            j -= 1;
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
        let determiner = DETERMINERS.contains(&k) && i + 1 < ceiling && time_noun(&keys[i + 1]);
        // `lundi 29 novembre`, `le 4 mai`: a day of the month and its month.
        let date = k.bytes().all(|b| b.is_ascii_digit())
            && i + 1 < ceiling
            && MONTHS.contains(&keys[i + 1].as_ref())
            || MONTHS.contains(&k);
        if plain || determiner || date {
            i += 1;
        } else {
            break;
        }
    }
    i
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
    while i < ceiling {
        let t = &toks[i];
        let k = keys[i].as_ref();
        let title_dot = t.text == "." && i > first && lex.honorifics.contains(&format!("{}.", keys[i - 1]));
        let link_ok = LINKS.contains(&k)
            && toks
                .get(i + 1)
                .is_some_and(|n| in_np(lex, n, &keys[i + 1]) || LINKS.contains(&keys[i + 1].as_ref()));
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
        {
            i += 1;
        } else {
            break;
        }
    }
    while i > first && LINKS.contains(&keys[i - 1].as_ref()) {
        i -= 1;
    }
    (i > first).then_some((first, i))
}

/// The gender the words of a phrase give a person: a title (`M.`, `Mme`), the first name (`Delphine`), a
/// determiner or adjective before a role noun (`la ministre`, `l'ancienne patronne`) or the role noun
/// itself (`l'avocate`). `name_start..ne` is the name's run of tokens (empty when there is none).
fn gender_of(words: &[Token], keys: &[Key], name_start: usize, ne: usize) -> Option<Gender> {
    for k in keys.iter().take(name_start) {
        match k.as_ref() {
            "m" | "mm" | "monsieur" | "messieurs" => return Some(Gender::Masculine),
            "mme" | "mmes" | "mlle" | "madame" | "mademoiselle" => return Some(Gender::Feminine),
            _ => {}
        }
    }
    if name_start < ne {
        // A compound first name (`Jean-Pierre`) has the gender of its first part.
        let first = words[name_start].text.split('-').next().unwrap_or_default();
        if let Some(g) = crate::lang::first_names::gender(first) {
            return Some(g);
        }
    }
    // The words before the name (or the whole phrase without one): the first that has a gender.
    let upto = if name_start < ne { name_start } else { words.len() };
    words[..upto].iter().zip(keys).find_map(|(w, k)| {
        if matches!(k.as_ref(), "la" | "une" | "cette") {
            return Some(Gender::Feminine);
        }
        if matches!(k.as_ref(), "le" | "un" | "ce" | "cet") {
            return Some(Gender::Masculine);
        }
        // An elided or plural determiner says nothing of the gender (`l'ancienne`, `les`).
        if matches!(k.as_ref(), "l'" | "les" | "des" | "d'" | "du" | "de") {
            return None;
        }
        forms::classes(w.text).gender()
    })
}

/// Reads the tokens `toks[s..e]` of a noun phrase into a mention.
pub fn read(lex: &Lexicon, text: &str, toks: &[Token], keys: &[Key], s: usize, e: usize) -> Option<Mention> {
    let words = &toks[s..e];
    let (start, end) = (words.first()?.start, words.last()?.end);
    let mut m = Mention {
        start,
        end,
        kind: SpeakerKind::Person,
        name: None,
        role: None,
        pronoun: None,
        plural: false,
        gender: None,
        head: None,
        named: false,
        possessive: false,
        definite: false,
    };
    let keys = &keys[s..e];
    if words.len() == 1 && PRONOUNS.contains(&keys[0].as_ref()) {
        let k = &keys[0];
        m.plural = k.ends_with('s') || k.starts_with("ceux");
        m.pronoun = Some(k.to_string());
        m.gender = Some(if k.starts_with("elle") || k.starts_with("celle") {
            Gender::Feminine
        } else {
            Gender::Masculine
        });
        return Some(m);
    }
    let world = &lang::fr().world;
    m.plural = keys
        .first()
        .is_some_and(|k| matches!(k.as_ref(), "les" | "des" | "ces" | "leurs" | "aux"));
    // Capitalised words of a role form are the role's (`Premier ministre`), not a name.
    let mut in_role = vec![false; words.len()];
    for i in 0..words.len() {
        if let Some((form, _)) = lex.role_forms.at(keys, i).next() {
            in_role[i..i + form.len()].iter_mut().for_each(|x| *x = true);
        }
    }
    let name_at = |i: usize| in_name(words, keys, i) && !in_role[i];
    // The last run of name tokens, without leading titles and role domains (`Défense`).
    let mut ne = words.len();
    while ne > 0 && !name_at(ne - 1) {
        ne -= 1;
    }
    let mut ns = ne;
    while ns > 0 {
        let k = &keys[ns - 1];
        // `du`, `des` only inside a title opened by a capitalised article (`Le Courrier du Nord`), not in
        // `le président de la République du Sénégal`.
        let titled = ns >= 3
            && words[ns - 3].is_capitalised()
            && matches!(keys[ns - 3].as_ref(), "le" | "la" | "les" | "l'");
        let particle = (matches!(k.as_ref(), "al" | "ben" | "bin" | "van" | "von" | "el" | "de")
            || titled && matches!(k.as_ref(), "du" | "des"))
            && ns < ne
            && ns >= 2
            && name_at(ns - 2);
        if name_at(ns - 1) || particle {
            ns -= 1;
        } else {
            break;
        }
    }
    // Leading titles and role domains belong to the role, not the name.
    let mut name_start = ns;
    while name_start < ne {
        if let Some(len) = lex.domain_at(keys, name_start) {
            name_start = (name_start + len).min(ne);
            // What follows a domain after `de` is the role's complement, not a name (`le procureur de la
            // République de Nice`), unlike a particle after a title (`M. de Villepin`).
            if keys
                .get(name_start)
                .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des"))
            {
                name_start = ne;
            }
        } else if lex.honorifics.contains(&*keys[name_start])
            || matches!(keys[name_start].as_ref(), "m" | "mme")
        {
            name_start += 1;
            if name_start < ne && words[name_start].text == "." {
                name_start += 1;
            }
        } else {
            break;
        }
    }
    // `le ministre de la Communication et Médias`, `de l'Économie et des Finances`: common nouns after `et`
    // and a capitalised domain continue the domain; they are no name.
    let mut before_run = ns;
    if before_run > 0 && DETERMINERS.contains(&keys[before_run - 1].as_ref()) {
        before_run -= 1;
    }
    if before_run >= 2
        && keys[before_run - 1] == "et"
        && words[before_run - 2].is_capitalised()
        && (name_start..ne).all(|i| {
            crate::lang::first_names::gender(words[i].text).is_none()
                && forms::classes(&words[i].text.to_lowercase()).noun()
        })
    {
        name_start = ne;
    }
    // A body's acronym that opens the run is the phrase's head, not the name (`l'ONG Vigie`).
    // A body noun before a particle names the body with it (`la Banque de France`).
    while name_start + 1 < ne
        && lex.bodies.contains(&*keys[name_start])
        && !matches!(keys[name_start + 1].as_ref(), "de" | "du" | "des")
    {
        name_start += 1;
    }
    // A place that opens the run belongs to the role when a full name follows it (`à Moscou Kazem
    // Jalali`); before a single word it opens the name (`du Paris Saint-Germain`).
    while name_start + 2 < ne && world.state_of(words[name_start].text).is_some() {
        name_start += 1;
    }
    // After `de`, the last first name inside the run opens a full name, and the words before it are the
    // role's complement (`le maire de Nice Jean Durand`, `l'avocat de Georges Tron Eric Dupond`).
    let after_de = ns > 0 && matches!(keys[ns - 1].as_ref(), "de" | "d'" | "du");
    if after_de && name_start == ns {
        if let Some(i) = (name_start + 1..ne.saturating_sub(1)).rfind(|&i| {
            crate::lang::first_names::gender(words[i].text.split('-').next().unwrap_or_default()).is_some()
        }) {
            name_start = i;
        }
    }
    // A name that follows `de` belongs to the phrase's complement (`la police de Lyon`), unless a role
    // or title stands right before it.
    // The word before the name, over a determiner: `de l'OMS` is after `de`.
    let before_name = ns.checked_sub(1).map(|p| {
        if p > 0 && matches!(keys[p].as_ref(), "l'" | "la" | "le" | "les") {
            p - 1
        } else {
            p
        }
    });
    let link = |p: usize| {
        matches!(
            keys[p].as_ref(),
            "de" | "d'" | "du" | "des" | "a" | "au" | "aux" | "en" | "pour"
        )
    };
    // `le trésorier du parti Renouveau`: the name is the body's, and the body is the complement.
    let body_in_complement = |p: usize| {
        lex.is_body(&keys[p])
            && !in_role[p]
            && p > 0
            && (link(p - 1) || p > 1 && DETERMINERS.contains(&keys[p - 1].as_ref()) && link(p - 2))
    };
    let after_link = name_start == ns && before_name.is_some_and(|p| link(p) || body_in_complement(p));
    let mut name_text =
        (name_start < ne).then(|| text[words[name_start].start..words[ne - 1].end].to_string());
    m.gender = gender_of(words, keys, name_start, ne);
    let head = keys
        .iter()
        .position(|k| {
            lex.is_role(k)
                || lex.is_body(k)
                || lex.documents.contains(k.as_ref())
                || lex.relay_nouns.contains(k.as_ref())
        })
        .or_else(|| {
            keys.iter().position(|k| {
                !DETERMINERS.contains(&k.as_ref())
                    && !lex.honorifics.contains(k.as_ref())
                    && !LINKS.contains(&k.as_ref())
            })
        });
    let head_key = head.map(|h| keys[h].clone()).unwrap_or_default();
    // `l'Organisation`, `le Syndicat`: a body or role noun capitalised alone at the phrase's end refers
    // back to a body named before; it is no name (`l'Organisation mondiale de la santé` is one).
    if ne == name_start + 1
        && words[name_start].end == end
        && head == Some(name_start)
        && (lex.is_body(&head_key) || lex.is_role(&head_key))
    {
        name_text = None;
    }
    // `Le Monde`, `L'Équipe`, `la Transalpine`: a common noun capitalised after a definite article is a
    // title, and the article is part of it (without it, `Monde` reads as a bare noun).
    // Inside a phrase, a capitalised article opens a longer title too (`l'hebdomadaire Le Courrier du Nord`).
    let capital_article = name_start > 1 && words[name_start - 1].is_capitalised();
    // `l'Agence régionale de santé`: a capitalised noun with its adjective opens a body's name, no title.
    let adjective_follows =
        ne < words.len() && !words[ne].is_capitalised() && is_adjective(&words[ne], &keys[ne]);
    if name_text.is_some()
        && (ne == name_start + 1 && !adjective_follows || capital_article)
        && name_start > 0
        && matches!(keys[name_start - 1].as_ref(), "le" | "la" | "les" | "l'")
        && forms::classes(&words[name_start].text.to_lowercase()).noun()
    {
        name_text = Some(text[words[name_start - 1].start..words[ne - 1].end].to_string());
    }
    // `le camp Nord`, `la région Sud`: a point of the compass alone names a part of a place, nobody.
    if name_text
        .as_deref()
        .is_some_and(|n| COMPASS.iter().any(|c| n.eq_ignore_ascii_case(c)))
    {
        name_text = None;
    }
    m.head = head
        .filter(|&h| {
            let k = keys[h].as_ref();
            lex.is_role(k) || lex.is_body(k) || lex.documents.contains(k) || lex.relay_nouns.contains(k)
        })
        .map(|h| keys[h].to_string());
    m.possessive = keys
        .first()
        .is_some_and(|k| matches!(k.as_ref(), "son" | "sa" | "ses" | "leur" | "leurs"));
    m.definite = keys
        .first()
        .is_some_and(|k| matches!(k.as_ref(), "le" | "la" | "l'" | "ce" | "cet" | "cette"));
    // `économistes`: a plural head makes the phrase plural whatever its determiner.
    if let Some(h) = head.filter(|_| !m.plural) {
        m.plural = forms::classes(words[h].text).plural_noun();
    }
    m.named = name_text.is_some() && !after_link;
    let phrase = {
        let first = keys
            .iter()
            .position(|k| !DETERMINERS.contains(&k.as_ref()))
            .unwrap_or(0);
        text[words[first].start..end].to_string()
    };
    let role_text = |upto: usize| -> Option<String> {
        // Titles (`M.`, `général`) are not a role.
        let title = |i: usize| lex.honorifics.contains(&*keys[i]) || words[i].text == "." || keys[i] == "m";
        let first = (0..upto).find(|&i| !DETERMINERS.contains(&keys[i].as_ref()) && !title(i))?;
        let mut last = upto;
        while last > first
            && (LINKS.contains(&keys[last - 1].as_ref()) || words[last - 1].text == "," || title(last - 1))
        {
            last -= 1;
        }
        (last > first).then(|| text[words[first].start..words[last - 1].end].to_string())
    };
    // `l'ambassadeur d'Iran`, `le ministre … en Russie`: the place is the role's complement.
    if lex.is_role(&head_key) && after_link {
        m.role = role_text(words.len());
        return Some(m);
    }
    if let Some(state) = name_text
        .as_deref()
        .and_then(|n| world.state_of(n))
        .or_else(|| world.state_of(&phrase))
    {
        m.kind = SpeakerKind::State;
        m.name = Some(state.name.clone());
        m.named = true;
        return Some(m);
    }
    if let Some(medium) = name_text.as_deref().and_then(|n| world.medium(n)) {
        m.kind = SpeakerKind::Media;
        m.name = Some(medium.name.clone());
        m.named = true;
        return Some(m);
    }
    if lex.documents.contains(&*head_key) {
        // `le communiqué de l'agence X`, `le rapport du ministère`: the document's author speaks.
        let h = head?;
        let owner = (h + 1..words.len())
            .find(|&i| LINKS.contains(&keys[i].as_ref()))
            .filter(|&l| l == h + 1 || keys[h + 1..l].iter().all(|k| lex.is_state_adjective(k)))
            .and_then(|l| read(lex, text, words, keys, l + 1, words.len()).filter(|o| o.name.is_some()));
        if let Some(o) = owner {
            return Some(Mention { start, end, ..o });
        }
        m.kind = SpeakerKind::Document;
        m.name = Some(words[h].text.to_string());
        return Some(m);
    }
    // `l'Agence régionale de santé`: a capitalised body noun names a body, not a medium.
    let capitalised_body = head.is_some_and(|h| words[h].is_capitalised()) && lex.is_body(&head_key);
    if lex.relay_nouns.contains(&*head_key) && !capitalised_body {
        m.kind = SpeakerKind::Media;
        m.name = Some(match &name_text {
            Some(n) => n.clone(),
            None => phrase.clone(),
        });
        m.named = name_text.is_some();
        return Some(m);
    }
    if lex.is_body(&head_key) {
        // `le gouvernement iranien` speaks for its state.
        if let Some(state) = keys.iter().find_map(|k| world.state_of_adjective(k)) {
            if matches!(
                head_key.as_ref(),
                "gouvernement" | "presidence" | "diplomatie" | "autorites" | "regime" | "administration"
            ) {
                m.kind = SpeakerKind::State;
                m.name = Some(state.name.clone());
                m.named = true;
                return Some(m);
            }
        }
        m.kind = SpeakerKind::Organisation;
        m.name = Some(match &name_text {
            // `le Comité olympique`, `l'Organisation mondiale de la santé`: a capitalised body noun
            // opens a name that runs to the phrase's end.
            Some(_) if head == Some(name_start) && words[name_start].is_capitalised() => {
                text[words[name_start].start..end].to_string()
            }
            Some(n) if !after_link => n.clone(),
            _ => phrase.clone(),
        });
        // `la commission juridique de la LFP`: a body of a named one is named; so is one whose capitalised
        // domain names it (`le ministère des Affaires étrangères`).
        m.named = name_text.is_some() || ne > ns;
        return Some(m);
    }
    // `l'accord Russie-Iran`: names made only of states qualify a thing; they are nobody's name.
    let only_states = |n: &str| n.split(['-', ' ']).all(|part| world.state_of(part).is_some());
    match name_text {
        Some(n) if only_states(&n) => return None,
        Some(n) if !after_link || lex.is_role(&head_key) => {
            m.name = Some(n);
            m.role = role_text(name_start);
            m.named = true;
        }
        _ if lex.is_role(&head_key) => m.role = role_text(words.len()),
        _ => return None,
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn back(s: &str) -> Option<Mention> {
        let lex = Lexicon::get();
        let t = tokens(s, 0);
        let keys = keys(&t);
        let (a, b) = backward(lex, &t, &keys, 0, t.len())?;
        read(lex, s, &t, &keys, a, b)
    }

    #[test]
    fn a_lower_case_article_after_a_noun_opens_a_new_phrase() {
        let s = "à la sortie du conseil d'entreprise le secrétaire du syndicat";
        let m = back(s).unwrap();
        assert_eq!(&s[m.start..m.end], "le secrétaire du syndicat");
        let s = "le ministre de la Défense";
        assert_eq!(back(s).unwrap().start, 0);
    }

    #[test]
    fn a_capitalised_article_between_name_words_is_part_of_the_name() {
        let m = back("la députée Odile Le Garrec").unwrap();
        assert_eq!(m.name.as_deref(), Some("Odile Le Garrec"));
    }

    #[test]
    fn role_and_name() {
        let m = back("Le ministre russe de la Défense Sergueï Choïgou").unwrap();
        assert_eq!(m.name.as_deref(), Some("Sergueï Choïgou"));
        assert_eq!(m.role.as_deref(), Some("ministre russe de la Défense"));
    }

    #[test]
    fn titles_are_stripped() {
        assert_eq!(back("a dit M. Durand").unwrap().name.as_deref(), Some("Durand"));
        assert_eq!(
            back("le général de brigade Ali Karimi").unwrap().name.as_deref(),
            Some("Ali Karimi")
        );
    }

    #[test]
    fn capitals_stand_for_states_and_roles_stand_alone() {
        assert_eq!(back("Téhéran").unwrap().kind, SpeakerKind::State);
        assert_eq!(back("le Kremlin").unwrap().name.as_deref(), Some("Russie"));
        let m = back("ce haut diplomate iranien").unwrap();
        assert_eq!(
            (m.name, m.role.as_deref()),
            (None, Some("haut diplomate iranien"))
        );
    }

    #[test]
    fn media_and_documents() {
        assert_eq!(
            back("l'agence de presse iranienne Mehr News Agency")
                .unwrap()
                .name
                .as_deref(),
            Some("Mehr")
        );
        let m = back("les médias iraniens").unwrap();
        assert_eq!(
            (m.kind, m.name.as_deref()),
            (SpeakerKind::Media, Some("médias iraniens"))
        );
        assert_eq!(back("le communiqué").unwrap().kind, SpeakerKind::Document);
    }
}
