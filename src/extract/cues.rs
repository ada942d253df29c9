//! Reporting cues in a sentence: the words that say someone says something (`a déclaré`, `a-t-il ajouté`,
//! `s'est dit`, `n'a ni confirmé ni nié`, `ajoutant`), with the verb's stance, its negation, and whether
//! its subject comes after it (inversion). Words inside a quotation are never cues.
//!
//! Not here: who the subject is (`attribute`), what is reported (`reported`).

use super::lexicon::{starts_with, Lexicon, VerbForm, VerbHit};
use super::np::Key;
use crate::claim::Stance;
use crate::lang::lexicon as forms;
use crate::text::Token;

#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Token range of the cue words in the sentence.
    pub start: usize,
    pub end: usize,
    pub verb: usize,
    pub stance: Stance,
    pub negated: bool,
    pub gerund: bool,
    /// The subject follows the cue (`», a déclaré X`, `a-t-il dit`).
    pub inverted: bool,
    /// A subject pronoun carried by the cue itself (`a-t-il`, `déclare-t-elle`).
    pub pronoun: Option<String>,
    /// A narrative infinitive (`Me X de conclure : « … »`, `Et d'ajouter que …`): its subject stands
    /// before `de`, or is the speaker of the sentences before.
    pub narrative: bool,
}

impl Cue {
    /// An inverted cue whose verb the pack does not list (`», poursuit-elle`, `», peut-on lire`): it
    /// asserts, and its subject follows.
    fn inverted_unlisted(lex: &Lexicon, start: usize, end: usize, pronoun: Option<&str>) -> Cue {
        Cue {
            start,
            end,
            verb: lex.any_verb,
            stance: Stance::Assert,
            negated: false,
            gerund: false,
            inverted: true,
            pronoun: pronoun.map(str::to_string),
            narrative: false,
        }
    }
}

const NOUN_DETERMINERS: &[&str] = &[
    "le", "la", "l'", "un", "une", "cette", "ce", "sa", "son", "ses", "des", "les", "de", "d'", "du", "leur",
    "leurs", "aucune", "aucun", "chaque", "notre", "votre",
];
const CLOSING: &[&str] = &["»", "”", "\"", "›", ","];
/// Object pronouns that stand between a subject and its verb (`Elle le qualifie de …`, `X lui a répondu`).
const CLITICS: &[&str] = &[
    "lui", "leur", "l'", "le", "la", "les", "me", "m'", "te", "t'", "nous", "vous", "y", "en",
];

/// Whether the word at `j` is an object pronoun before a verb: `lui`, `leur`, `y`, `en` always; `le`,
/// `la`, `les`, `l'` (which are articles too) only after a subject pronoun, a negation or a capitalised
/// name (`Valérie X le qualifie`, `Elle l'a qualifié`, `ne la cite`), not `la note` at a sentence's start.
fn clitic_at(toks: &[Token], keys: &[Key], j: usize) -> bool {
    let k = keys[j].as_ref();
    if !CLITICS.contains(&k) {
        return false;
    }
    if !matches!(k, "le" | "la" | "les" | "l'") {
        return true;
    }
    // `« … », l'a remercié X`: after a quotation and its comma, an inverted cue's object pronoun.
    let after_quotation = j > 1 && keys[j - 1] == "," && matches!(keys[j - 2].as_ref(), "»" | "”" | "\"");
    j > 0
        && (matches!(
            keys[j - 1].as_ref(),
            "il" | "elle" | "ils" | "elles" | "on" | "ne" | "n'"
        ) || toks[j - 1].is_capitalised() && j > 1 && toks[j - 2].is_capitalised()
            || after_quotation)
}

/// The start of a cue moved back over the object pronouns before it (`lui a répondu`, `l'a qualifié`).
fn past_clitics(toks: &[Token], keys: &[Key], mut start: usize) -> usize {
    while start > 0 && clitic_at(toks, keys, start - 1) {
        start -= 1;
    }
    start
}

/// The start of a cue moved back over its object pronouns and then its `ne`, and whether it is negated
/// (`ne l'a pas qualifié`).
fn past_clitics_and_negation(toks: &[Token], keys: &[Key], start: usize) -> (usize, bool) {
    let start = past_clitics(toks, keys, start);
    let negated = start > 0 && matches!(keys[start - 1].as_ref(), "n'" | "ne");
    (start - usize::from(negated), negated)
}

/// The pronoun a hyphenated inversion carries (`a-t-il` → `il`), and the verb part.
pub fn split_inversion(k: &str) -> (&str, Option<&str>) {
    // Every inversion has a hyphen; most words have none.
    if !k.contains('-') {
        return (k, None);
    }
    for p in [
        "-t-elles", "-t-ils", "-t-elle", "-t-il", "-elles", "-ils", "-elle", "-il",
    ] {
        if let Some(v) = k.strip_suffix(p) {
            return (v, Some(p.rsplit('-').next().unwrap_or("il")));
        }
    }
    (k, None)
}

/// Finds the cues of a sentence, given its tokens and their keys (`np::key`). `quoted(i)` says whether
/// token `i` is inside a quotation.
pub fn find(toks: &[Token], keys: &[Key], quoted: &dyn Fn(usize) -> bool) -> Vec<Cue> {
    let lex = Lexicon::get();
    let mut out: Vec<Cue> = Vec::new();
    let mut i = 0;
    while i < keys.len() {
        if quoted(i) || out.last().is_some_and(|c| i < c.end) {
            i += 1;
            continue;
        }
        if let Some(c) = cue_at(lex, toks, keys, i)
            .filter(|c| reports(lex, toks, keys, c))
            .or_else(|| narrative_at(lex, keys, i))
            .or_else(|| {
                modal_at(lex, toks, keys, i)
                    .filter(|c| reports(lex, toks, keys, c) && out.last().is_none_or(|l| c.start >= l.end))
            })
        {
            i = c.end;
            out.push(c);
        } else {
            i += 1;
        }
    }
    // Then the incises whose verb the pack does not list, where no listed cue stands.
    // The listed cues are in order: one cursor finds the first that ends after `i`.
    let listed = out.len();
    let mut next = 0;
    for i in 0..keys.len() {
        while next < listed && out[next].end <= i {
            next += 1;
        }
        if quoted(i) || (next < listed && out[next].start <= i + 4) {
            continue;
        }
        if let Some(c) = incise_at(lex, toks, keys, i) {
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

pub(super) fn hits<K: AsRef<str>>(lex: &Lexicon, keys: &[K], i: usize) -> (Vec<VerbHit>, usize) {
    let longest = lex.verbs_multi.get(keys[i].as_ref()).and_then(|forms| {
        forms
            .iter()
            .filter(|(f, _)| starts_with(&keys[i..], f))
            .max_by_key(|(f, _)| f.len())
    });
    if let Some((form, _)) = longest {
        let len = form.len();
        let all = lex.verbs_multi[keys[i].as_ref()]
            .iter()
            .filter(|(f, _)| f.len() == len && starts_with(&keys[i..], f));
        return (all.map(|(_, h)| *h).collect(), len);
    }
    (lex.verbs.get(keys[i].as_ref()).cloned().unwrap_or_default(), 1)
}

/// `peut-on lire`, `pouvait-on également lire`, `lit-on`: reading a text reports its author's words; the
/// author stands in the complement after it (`dans un communiqué du SAES`, read by `attribute`). Where
/// the cue ends.
pub(super) fn reading_at<K: AsRef<str>>(lex: &Lexicon, keys: &[K], i: usize) -> Option<usize> {
    let k = keys[i].as_ref();
    let verb = k.strip_suffix("-t-on").or_else(|| k.strip_suffix("-on"))?;
    if verb == "lit" {
        return Some(i + 1);
    }
    if !matches!(verb, "peut" | "pouvait" | "pourra" | "pourrait") {
        return None;
    }
    let mut j = i + 1;
    while j < keys.len() && j < i + 3 && lex.adverbs.contains(keys[j].as_ref()) {
        j += 1;
    }
    (keys.get(j)?.as_ref() == "lire").then_some(j + 1)
}

fn cue_at(lex: &Lexicon, toks: &[Token], keys: &[Key], i: usize) -> Option<Cue> {
    if is_nickname(toks, keys, i) {
        return None;
    }
    if let Some(end) = reading_at(lex, keys, i) {
        return Some(Cue::inverted_unlisted(lex, i, end, None));
    }
    let (verb_key, inv_pronoun) = split_inversion(&keys[i]);
    let (found, len) = if inv_pronoun.is_some() {
        (lex.verbs.get(verb_key).cloned().unwrap_or_default(), 1)
    } else {
        hits(lex, keys, i)
    };
    if found.is_empty() {
        return None;
    }
    let pronominal_before = |at: usize| at > 0 && matches!(keys[at - 1].as_ref(), "s'" | "se");
    // A past participle after its auxiliary, perhaps with adverbs between (`a également indiqué`, `a bien
    // précisé`, `avait précédemment annoncé`: any word the lexicon reads as an adverb; `avait au contraire
    // plaidé`: an adverb of the pack's list).
    for h in found.iter().filter(|h| h.form == VerbForm::Participle) {
        let mut j = i;
        let mut steps = 0;
        while j > 0 && steps < 6 {
            let back = if keys[j - 1] == ","
                || matches!(keys[j - 1].as_ref(), "elles" | "eux" | "lui" | "elle")
                    && j >= 2
                    && keys[j - 2] == ","
            {
                1
            } else {
                adverb_ending_at(lex, toks, keys, j)
            };
            if back == 0 {
                break;
            }
            j -= back;
            steps += 1;
        }
        // `a dénoncé une grève et annoncé un service réduit`: a participle coordinated with an earlier
        // one shares its auxiliary.
        if j > 0
            && matches!(keys[j - 1].as_ref(), "et" | "puis" | "mais")
            && (j.saturating_sub(20)..j - 1)
                .any(|x| lex.is_aux(&keys[x]) && !toks[x].text.starts_with(['à', 'À']))
        {
            let mut c = Cue {
                start: i,
                end: i + len,
                verb: h.verb,
                stance: lex.stance[h.verb],
                negated: false,
                gerund: false,
                inverted: false,
                pronoun: None,
                narrative: false,
            };
            finish(toks, keys, &mut c);
            return Some(c);
        }
        if j > 0 {
            let (aux, aux_pronoun) = split_inversion(&keys[j - 1]);
            let pronominal_aux = matches!(
                aux,
                "est" | "sont" | "etait" | "etaient" | "serait" | "seraient" | "sera"
            ) && pronominal_before(j - 1);
            let plain_aux = lex.is_aux(&keys[j - 1]) || lex.is_aux(aux);
            if (pronominal_aux && lex.pronominal[h.verb]) || (plain_aux && !lex.pronominal[h.verb]) {
                let mut start = j - 1;
                if pronominal_aux {
                    start -= 1;
                }
                let (start, negated) = past_clitics_and_negation(toks, keys, start);
                let mut c = Cue {
                    start,
                    end: i + len,
                    verb: h.verb,
                    stance: lex.stance[h.verb],
                    negated,
                    gerund: false,
                    inverted: aux_pronoun.is_some(),
                    pronoun: aux_pronoun.map(str::to_string),
                    narrative: false,
                };
                extend_ni(lex, keys, &mut c);
                finish(toks, keys, &mut c);
                return Some(c);
            }
        }
    }
    // Keys drop accents, so `accusé` reads as `accuse`: a form written with the participle's `é` is
    // never finite (`Accusé de plagiat, le ministre …`).
    let written = toks[i].text.trim_end_matches(['s', 'e']);
    let participle_spelling = written.ends_with('é') || written.ends_with('É');
    let finite = found.iter().find(|h| {
        h.form == VerbForm::Finite
            && !participle_spelling
            && (!lex.pronominal[h.verb] || pronominal_before(i))
    });
    if let Some(h) = finite {
        let mut start = i;
        // `se dit « surpris »`, `s'estime lésé`: a verb of saying used as a pronominal one.
        if lex.pronominal[h.verb] || pronominal_before(i) {
            start -= 1;
        } else if i > 0 && clitic_at(toks, keys, i - 1) {
            start = past_clitics(toks, keys, i);
        } else if i > 0 && NOUN_DETERMINERS.contains(&keys[i - 1].as_ref()) {
            return None; // `la note`, `l'annonce`: a noun, not a verb
        } else if i >= 2
            && matches!(keys[i - 2].as_ref(), "un" | "une" | "des")
            && !(lex.is_role(&keys[i - 1]) || lex.is_body(&keys[i - 1]))
            && !keys
                .get(i + 1)
                .is_some_and(|k| matches!(k.as_ref(), "que" | "qu'" | ":" | "«" | "\"" | "“"))
        {
            return None; // `une résolution critique`: an adjective after a noun that is nobody
        }
        let negated = start > 0 && matches!(keys[start - 1].as_ref(), "n'" | "ne");
        if negated {
            start -= 1;
        }
        let mut c = Cue {
            start,
            end: i + len,
            verb: h.verb,
            stance: lex.stance[h.verb],
            negated,
            gerund: false,
            inverted: inv_pronoun.is_some(),
            pronoun: inv_pronoun.map(str::to_string),
            narrative: false,
        };
        finish(toks, keys, &mut c);
        return Some(c);
    }
    let h = found.iter().find(|h| h.form == VerbForm::Gerund)?;
    let start = if i > 0 && keys[i - 1] == "en" { i - 1 } else { i };
    Some(Cue {
        start,
        end: i + len,
        verb: h.verb,
        stance: lex.stance[h.verb],
        negated: false,
        gerund: true,
        inverted: false,
        pronoun: None,
        narrative: false,
    })
}

/// `Oumar Sylla dit « Foniké »`, `Jean Dubois, dit Le Gaucher`: `dit` between a name and one to three
/// capitalised words (quoted or not) gives a nickname; nobody speaks.
fn is_nickname(toks: &[Token], keys: &[Key], i: usize) -> bool {
    if !matches!(keys[i].as_ref(), "dit" | "dite" | "dits" | "dites" | "alias") || i == 0 {
        return false;
    }
    let before = if keys[i - 1] == "," && i >= 2 {
        i - 2
    } else {
        i - 1
    };
    if !toks[before].is_capitalised() {
        return false;
    }
    let mut j = i + 1;
    let quoted = toks
        .get(j)
        .is_some_and(|t| !t.is_word() && "«“\"‹".contains(t.text));
    if quoted {
        j += 1;
    }
    let start = j;
    while j < toks.len() && j < start + 4 && toks[j].is_capitalised() {
        j += 1;
    }
    let words = j - start;
    let closed = !quoted
        || toks
            .get(j)
            .is_some_and(|t| !t.is_word() && "»”\"›“".contains(t.text));
    (1..=3).contains(&words) && closed
}

/// How many tokens an adverb ending just before `j` has: one word the pack lists or the lexicon reads as an
/// adverb (`également`, `précédemment`), or a phrase the pack lists (`au contraire`, `pour sa part`); 0
/// when none ends there.
fn adverb_ending_at(lex: &Lexicon, toks: &[Token], keys: &[Key], j: usize) -> usize {
    // The longest first: `par ailleurs` is one adverb, not `ailleurs` after a preposition.
    let phrase = (2..=3).rev().filter(|&n| n <= j).find(|&n| {
        let phrase: Vec<&str> = keys[j - n..j].iter().map(|k| k.as_ref()).collect();
        lex.adverbs.contains(phrase.join(" ").as_str())
    });
    if let Some(n) = phrase {
        return n;
    }
    let word = &toks[j - 1];
    usize::from(
        lex.adverbs.contains(&*keys[j - 1])
            || word.is_word() && word.text.chars().count() > 1 && forms::classes(word.text).may_be_adverb(),
    )
}

/// Forms of `manquer` before `de` and an infinitive (`n'a pas manqué de rappeler`), folded.
const MANQUER: &[&str] = &[
    "manque",
    "manquee",
    "manquent",
    "manquait",
    "manquaient",
    "manquera",
];

/// A narrative infinitive: `de` or `d'`, a reporting verb in the infinitive, then what is reported
/// (`:`, `que`, a quotation): `Me X de conclure : « … »`, `Et d'ajouter que …`.
fn narrative_at(lex: &Lexicon, keys: &[Key], i: usize) -> Option<Cue> {
    if !matches!(keys[i].as_ref(), "de" | "d'") || i > 0 && MANQUER.contains(&keys[i - 1].as_ref()) {
        return None;
    }
    let verb = *lex.infinitives.get(keys.get(i + 1)?.as_ref())?;
    keys.get(i + 2)
        .is_some_and(|k| matches!(k.as_ref(), ":" | "que" | "qu'" | "«" | "\"" | "“"))
        .then(|| Cue {
            start: i,
            end: i + 2,
            verb,
            stance: lex.stance[verb],
            negated: false,
            gerund: false,
            inverted: false,
            pronoun: None,
            narrative: true,
        })
}

/// `a tenu à souligner que`, `tient à rappeler`, `a voulu préciser`, `n'a pas manqué de rappeler`: a verb
/// of wanting (or of not failing) before the
/// infinitive of a reporting verb reports as that verb (`souhaiter` is a reporting verb of its own:
/// `n'a pas souhaité commenter`). The cue runs from the auxiliary (or the
/// finite verb) to the infinitive, which stands at `i`.
fn modal_at(lex: &Lexicon, toks: &[Token], keys: &[Key], i: usize) -> Option<Cue> {
    let verb = *lex.infinitives.get(keys.get(i)?.as_ref())?;
    let mut m = i.checked_sub(1)?;
    let tenir = m > 0
        && keys[m] == "a"
        && toks[m].text.starts_with(['à', 'À'])
        && matches!(
            keys[m - 1].as_ref(),
            "tenu" | "tenue" | "tient" | "tiennent" | "tenait" | "tenaient" | "tiendra"
        );
    // `n'a pas manqué de rappeler`: not failing to say is saying (the negation is not the cue's).
    let manquer = m > 0 && matches!(keys[m].as_ref(), "de" | "d'") && MANQUER.contains(&keys[m - 1].as_ref());
    if tenir || manquer {
        m -= 1;
    } else if !matches!(keys[m].as_ref(), "voulu" | "veut" | "veulent" | "voulait") {
        return None;
    }
    // A participle (`tenu`, `voulu`, `manqué`) after its auxiliary, else a finite form.
    let participle =
        matches!(keys[m].as_ref(), "tenu" | "tenue" | "voulu") || manquer && toks[m].text.ends_with('é');
    // `a aussi tenu à`: over adverbs back to the auxiliary.
    let mut a = m;
    while a > 0 && lex.adverbs.contains(keys[a - 1].as_ref()) {
        a -= 1;
    }
    let start = if participle && a > 0 && lex.is_aux(&keys[a - 1]) {
        a - 1
    } else {
        m
    };
    if participle && start == m {
        return None;
    }
    let (start, negated) = past_clitics_and_negation(toks, keys, start);
    let mut c = Cue {
        start,
        end: i + 1,
        verb,
        stance: lex.stance[verb],
        negated: negated && !manquer,
        gerund: false,
        inverted: false,
        pronoun: None,
        narrative: false,
    };
    finish(toks, keys, &mut c);
    Some(c)
}

/// A verb in the place of a reporting clause right after a quotation, whatever the verb: `« … »,
/// jubile Me Diouf`, `», a balayé d'un revers de main le diplomate`, `» estime t-il`, `», fait-elle
/// valoir`. French puts a reporting clause there, and the verbs it uses there are open-ended; the
/// full-form lexicon says the word is a verb.
fn incise_at(lex: &Lexicon, toks: &[Token], keys: &[Key], i: usize) -> Option<Cue> {
    let after_quote = |at: usize| at > 0 && matches!(keys[at - 1].as_ref(), "»" | "”" | "\"" | "›");
    if !(after_quote(i) || (i >= 2 && keys[i - 1] == "," && after_quote(i - 1))) {
        return None;
    }
    let is_finite = |t: &Token| forms::classes(t.text).finite_verb();
    let is_participle = |t: &Token| forms::classes(t.text).past_participle();
    let t = &toks[i];
    let (verb_part, pronoun) = split_inversion(&keys[i]);
    let cue = |end: usize, pronoun: Option<&str>| Cue::inverted_unlisted(lex, i, end, pronoun);
    if let Some(p) = pronoun {
        // `fait-elle valoir`: the verb's form before the pronoun.
        let verb_text = &t.text[..t.text.len() - (keys[i].len() - verb_part.len())];
        let verb_token = Token {
            text: verb_text,
            ..*t
        };
        return (is_finite(&verb_token) || lex.is_aux(verb_part)).then(|| cue(i + 1, Some(p)));
    }
    // `», s'est remémoré X`: a pronominal verb's compound tense.
    if matches!(keys[i].as_ref(), "s'" | "se")
        && keys
            .get(i + 1)
            .is_some_and(|k| matches!(k.as_ref(), "est" | "sont" | "etait" | "etaient"))
        && toks
            .get(i + 2)
            .is_some_and(|t| !t.is_capitalised() && is_participle(t))
    {
        return Some(cue(i + 3, None));
    }
    if lex.is_aux(&keys[i]) && !t.text.starts_with(['à', 'À']) {
        // An auxiliary, perhaps adverbs, then a past participle: `a balayé`, `a ensuite lâché`; `a t-il
        // déclaré`, its inversion written apart.
        let mut j = i + 1;
        let pronoun = keys.get(j).and_then(|k| detached_pronoun(k));
        if pronoun.is_some() {
            j += 1;
        }
        while j < keys.len() && j < i + 4 && lex.adverbs.contains(&*keys[j]) {
            j += 1;
        }
        toks.get(j).filter(|t| !t.is_capitalised() && is_participle(t))?;
        // `« mort par noyade », a été retrouvé`: a passive reports nothing.
        if keys[j] == "ete" {
            return None;
        }
        return Some(cue(j + 1, pronoun));
    }
    if t.is_capitalised() || !is_finite(t) {
        return None;
    }
    // `sa demande « pour persécution » était en cours`: `être` after a quotation is the verb of a subject
    // that holds it, never a reporting clause.
    if forms::fr().has_lemma(&t.text.to_lowercase(), "être") {
        return None;
    }
    // `estime t-il`, `estime-t-il` written apart.
    let pronoun = keys.get(i + 1).and_then(|k| detached_pronoun(k));
    Some(match pronoun {
        Some(p) => cue(i + 2, Some(p)),
        None => cue(i + 1, None),
    })
}

/// Whether a cue reports speech here: verbs that need it are followed by `que`, `:` or a quotation
/// (`a lancé : « … »`, not `a lancé une opération`), or inverted after what they report.
fn reports(lex: &Lexicon, toks: &[Token], keys: &[Key], c: &Cue) -> bool {
    // `les magistrats qu'il avait critiqués`: in a relative clause on a noun, the verb's object is that
    // noun; nothing is reported.
    let relative = c.start >= 3
        && matches!(keys[c.start - 1].as_ref(), "il" | "elle" | "ils" | "elles" | "on")
        && matches!(keys[c.start - 2].as_ref(), "qu'" | "que")
        && {
            let n = forms::classes(toks[c.start - 3].text);
            toks[c.start - 3].is_word() && n.noun() && !n.finite_verb() && !n.past_participle()
        };
    if relative {
        return false;
    }
    if lex.object[c.verb] || c.inverted || c.pronoun.is_some() || subject_before_comma(toks, keys, c) {
        return true;
    }
    // `a affirmé avoir abattu`, `dément viser`, `affirme n'avoir aucun combattant`: an infinitive
    // complement, negated or not.
    let next = keys[c.end..].iter().find(|k| {
        !lex.adverbs.contains(k.as_ref())
            && !lex.time_words.contains(k.as_ref())
            && !matches!(k.as_ref(), "n'" | "ne")
    });
    if next.is_some_and(|k| {
        k == "avoir" || k == "etre" || k.len() > 4 && (k.ends_with("er") || k.ends_with("ir"))
    }) && (!lex.wish[c.verb] || c.negated)
    {
        return true;
    }
    keys[c.end..]
        .iter()
        .take(12)
        .take_while(|k| !matches!(k.as_ref(), "." | ";" | "!" | "?"))
        .any(|k| matches!(k.as_ref(), "que" | "qu'" | ":" | "«" | "\"" | "“"))
}

/// `n'a ni confirmé, ni nié`: a second participle joined by `ni` belongs to the same cue.
fn extend_ni(lex: &Lexicon, keys: &[Key], c: &mut Cue) {
    let mut j = c.end;
    if keys.get(j).is_some_and(|k| k == ",") {
        j += 1;
    }
    if keys.get(j).is_some_and(|k| k == "ni") {
        if let Some(next) = keys.get(j + 1) {
            if lex
                .verbs
                .get(next.as_ref())
                .is_some_and(|h| h.iter().any(|h| h.form == VerbForm::Participle))
            {
                c.end = j + 2;
                c.negated = true;
            }
        }
    }
}

/// The pronoun of an inversion written apart from its verb (`estime t-il`, `dit -t-elle`).
fn detached_pronoun(k: &str) -> Option<&str> {
    k.strip_prefix('-')
        .unwrap_or(k)
        .strip_prefix("t-")
        .filter(|p| matches!(*p, "il" | "elle" | "ils" | "elles"))
}

/// `X, dénonce dans un post « … »`, `X, s'est exprimé sur …`: after a comma that closes no quotation, a
/// verb followed by a complement has its subject before it (the comma closed the subject's apposition).
/// Not when a clause stands before the comma and nothing reported follows the verb: `Deux millions ont
/// été recensés, a déclaré à la presse le syndicaliste X` is an inversion after reported speech.
fn subject_before_comma(toks: &[Token], keys: &[Key], c: &Cue) -> bool {
    let after_quote = c.start >= 2 && matches!(keys[c.start - 2].as_ref(), "»" | "”" | "\"" | "›");
    // Both look a few words away only, so that a sentence of thousands of cues stays linear.
    const REACH: usize = 24;
    let speech_follows = || {
        keys[c.end..]
            .iter()
            .take(REACH)
            .take_while(|k| !matches!(k.as_ref(), "." | ";" | "!" | "?"))
            .any(|k| matches!(k.as_ref(), "que" | "qu'" | ":" | "«" | "\"" | "“"))
    };
    // An auxiliary before the comma: a clause was reported there (`a` the verb, not the preposition `à`).
    // Or a finite verb of a main clause (`Les sites fermeront dans deux mois, a indiqué à l'AFP X`), not
    // one of a relative clause (`X, qui dirige le groupe, dénonce dans un post`).
    let clause_before = || {
        let from = (c.start - 1).saturating_sub(REACH);
        (from..c.start - 1).any(|j| {
            let (k, t) = (keys[j].as_ref(), &toks[j]);
            t.text == "a"
                || matches!(
                    k,
                    "ont" | "est" | "sont" | "avait" | "avaient" | "etait" | "etaient" | "sera" | "seront"
                )
                || t.is_word()
                    && !t.is_capitalised()
                    && j > from
                    && !matches!(keys[j - 1].as_ref(), "qui" | "que" | "qu'" | "dont")
                    && forms::classes(t.text).finite_verb()
        })
    };
    // `X, directeur du département au ministère de la Défense, accuse la Thaïlande d'avoir …`: the
    // sentence up to the comma is a noun phrase and its apposition, with no verb: nothing was reported
    // before the verb, whose subject it is.
    // Not an incise (`X, ajoute le communiqué, a fait irruption`): its subject is followed by a comma.
    let incise = || keys[c.end..].iter().take(8).any(|k| k == ",");
    let noun_phrase_before = || {
        c.start >= 3
            && !incise()
            && c.start <= 2 * REACH
            && toks[0].is_capitalised()
            && toks[..c.start - 1]
                .iter()
                .all(|t| !t.is_word() || t.is_capitalised() || !forms::classes(t.text).finite_verb())
            && !clause_before()
    };
    c.start >= 1
        && keys[c.start - 1] == ","
        && !after_quote
        && (noun_phrase_before()
            || (speech_follows() || !clause_before())
                && keys.get(c.end).is_some_and(|a| {
                    matches!(
                        a.as_ref(),
                        "dans"
                            | "sur"
                            | "a"
                            | "au"
                            | "aux"
                            | "devant"
                            | "lors"
                            | "aupres"
                            | "en"
                            | "pour"
                            | "depuis"
                            | "avec"
                    )
                }))
}

/// Stance after negation, and whether the subject follows the cue.
fn finish(toks: &[Token], keys: &[Key], c: &mut Cue) {
    if c.negated {
        c.stance = Stance::Neutral;
    }
    if c.pronoun.is_none() {
        if let Some(p) = keys.get(c.end).and_then(|k| detached_pronoun(k)) {
            c.pronoun = Some(p.to_string());
            c.inverted = true;
            c.end += 1;
            return;
        }
    }
    if c.pronoun.is_none() {
        let before = c.start.checked_sub(1).map(|b| keys[b].as_ref());
        let after = keys.get(c.end).map(AsRef::as_ref);
        c.inverted = before.is_none_or(|b| CLOSING.contains(&b))
            && after.is_some_and(|a| !matches!(a, "que" | "qu'" | ":" | "«" | "\"" | "“" | "avoir" | "etre"))
            && before.is_some()
            && !subject_before_comma(toks, keys, c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn cues(s: &str) -> Vec<(String, Stance, bool)> {
        let t = tokens(s, 0);
        find(&t, &crate::extract::np::keys(&t), &|_| false)
            .into_iter()
            .map(|c| {
                (
                    s[t[c.start].start..t[c.end - 1].end].to_string(),
                    c.stance,
                    c.inverted,
                )
            })
            .collect()
    }

    #[test]
    fn compound_inverted_and_pronominal_cues() {
        // (sentence, the cue found in it, whether its subject follows it)
        let cases = [
            ("», a déclaré le ministre.", "a déclaré", true),
            ("», a-t-il ajouté.", "a-t-il ajouté", true),
            ("Il s'est dit convaincu", "s'est dit", false),
            // Reading a text reports its author's words; the author follows in the complement.
            (
                "», peut-on également lire dans un communiqué du syndicat.",
                "peut-on également lire",
                true,
            ),
            ("», lit-on sur le site.", "lit-on", true),
            // A verb of saying used as a pronominal one keeps its pronoun: the subject stands before it.
            ("La société Verdane se dit « très surprise »", "se dit", false),
            (
                "Le ministre a également indiqué que",
                "a également indiqué",
                false,
            ),
            // Not failing to say is saying: the negation of `manquer` leaves the stance an assertion.
            (
                "Le maire n'a pas manqué de rappeler que la route est fermée",
                "n'a pas manqué de rappeler",
                false,
            ),
        ];
        for (text, cue, inverted) in cases {
            assert_eq!(cues(text), [(cue.into(), Stance::Assert, inverted)], "{text}");
        }
    }

    #[test]
    fn negation_makes_a_cue_neutral() {
        assert_eq!(
            cues("Le Kremlin n’a ni confirmé, ni nié avoir reçu"),
            [("n’a ni confirmé, ni nié".into(), Stance::Neutral, false)]
        );
        assert_eq!(
            cues("Il n'a pas démenti"),
            [("n'a pas démenti".into(), Stance::Neutral, false)]
        );
    }

    #[test]
    fn nouns_are_not_cues() {
        assert!(cues("la note du ministère et l'annonce du président").is_empty());
        assert_eq!(
            cues("Téhéran a démenti cette affirmation."),
            [("a démenti".into(), Stance::Deny, false)]
        );
    }
}
