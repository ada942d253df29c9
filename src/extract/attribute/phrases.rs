//! Small readings of a sentence's words that attribution asks for: the cue an inner cue reports through,
//! where a source phrase after `selon` ends, the complements between a cue and its inverted subject, the
//! text around `selon X`, a relay's display name and a cue's display words.

use super::*;

/// The attribution that reports `atts[inner]` through its own: an earlier cue of the sentence whose `que`
/// opens the clause it stands in (`L'avocat X a déclaré que le juge a constaté …`), else `inner` itself.
pub(super) fn reporting_through(atts: &[Attribution], keys: &[Key], inner: usize) -> usize {
    let at = atts[inner].cue.as_ref().map_or(0, |c| c.start);
    atts.iter()
        .take_while(|e| e.cue.as_ref().is_some_and(|c| c.end < at))
        .position(|e| {
            e.speaker.is_some()
                && e.subject_end.is_none()
                && e.cue.as_ref().is_some_and(|c| {
                    keys[c.end..at]
                        .iter()
                        .take(12)
                        .any(|k| matches!(k.as_ref(), "que" | "qu'"))
                        && !keys[c.end..at].iter().any(|k| matches!(k.as_ref(), ";" | ":"))
                })
        })
        .unwrap_or(inner)
}

/// Where `Selon X, …` at a sentence's start closes its source: the comma after the phrase read (`Selon des
/// sources proches du dossier, …`), when it comes within a few words that hold no finite verb and no
/// quotation, and after a relative clause on the source (`, qui s'exprimait à la radio,`); else the phrase's
/// own end.
pub(super) fn source_phrase_end(toks: &[Token], keys: &[Key], end: usize) -> usize {
    let comma = |from: usize, most: usize| (from..toks.len().min(from + most)).find(|&j| keys[j] == ",");
    let c = match comma(end, 8) {
        // `Pour Marion X (Front national), …`: brackets may stand between the source and its comma.
        Some(c)
            if (end..c).all(|j| {
                matches!(toks[j].text, "(" | ")")
                    || toks[j].is_word() && !forms::classes(toks[j].text).finite_verb()
            }) =>
        {
            c
        }
        _ => end,
    };
    // `Selon le ministre, qui s'exprimait à la radio, …`: a relative clause on the source goes with it.
    if relative_after(keys, c) {
        return comma(c + 1, 16).unwrap_or(c);
    }
    c
}

/// Where the person a source cites opens, when `qui cite(nt)` or `citant` follows the source's phrase that
/// ends at `end` (`selon les médias qui citent X`, `selon l'agence citant X`).
pub(super) fn cited_at(keys: &[Key], end: usize) -> Option<usize> {
    let k = |j: usize| keys.get(j).map_or("", |k| k.as_ref());
    match (k(end), k(end + 1)) {
        ("qui", "cite" | "citent" | "citait" | "citaient") => Some(end + 2),
        ("citant", _) => Some(end + 1),
        _ => None,
    }
}

/// Whether the cue at `at` follows a quotation (`», a dit`, `» dit`).
pub(super) fn is_after_quotation(keys: &[Key], at: usize) -> bool {
    let closing = |i: usize| matches!(keys[i].as_ref(), "»" | "”" | "\"" | "›");
    closing(at - 1) || (at >= 2 && keys[at - 1] == "," && closing(at - 2))
}

/// Where the subject of an inverted cue starts, past the complements that may stand between them:
/// `indique auprès du journal Delphine V.`, `a balayé d'un revers de main le diplomate`, `ont fait
/// savoir dans une déclaration conjointe les ministères`. A complement is a preposition and the words it
/// governs; the subject is the first determiner or name that no preposition governs, within a few words
/// and before any punctuation. Without such a start, `at` itself.
pub(super) fn past_complements(toks: &[Token], keys: &[Key], at: usize) -> usize {
    const PREPOSITIONS: &[&str] = &[
        "a", "au", "aux", "aupres", "de", "d'", "du", "des", "dans", "lors", "devant", "sur", "avec",
        "depuis", "en", "pour", "par", "sous", "chez", "vers", "apres", "avant", "face",
    ];
    const DETERMINERS: &[&str] = &[
        "le", "la", "les", "l'", "un", "une", "ce", "cet", "cette", "son", "sa", "ses",
    ];
    if !keys.get(at).is_some_and(|k| PREPOSITIONS.contains(&k.as_ref())) {
        return at;
    }
    let mut governed = true;
    for i in at..keys.len().min(at + 10) {
        let k = keys[i].as_ref();
        // `a réagi sur franceinfo, Christophe Campestre`: a comma closes the complement.
        if k == "," && i > at && !governed {
            return i + 1;
        }
        // `a déclaré sur X (ex-Twitter) le président`: words in brackets belong to the complement.
        if toks[i].text == "(" || toks[i].text == ")" {
            continue;
        }
        if !toks[i].is_word() {
            return at;
        }
        // A run of capitalised words is one name (`sur Radio Azur`), unless a first name opens a person's
        // after it (`transmis à l'AFP Paul X`).
        let opens_person = |i: usize| {
            crate::lang::first_names::opens_name(toks[i].text)
                && !crate::lang::first_names::opens_name(toks[i - 1].text)
        };
        let starts_phrase = DETERMINERS.contains(&k)
            || toks[i].is_capitalised() && !(i > at && toks[i - 1].is_capitalised() && !opens_person(i));
        if starts_phrase && !governed && i > at {
            return i;
        }
        governed = PREPOSITIONS.contains(&k) || (governed && DETERMINERS.contains(&k));
    }
    at
}

/// Past an aside between commas that stands between an incise's verb and its subject: `a indiqué, hier,
/// Fatou Diouf`, `a déclaré, bien plus posée, la présidente`, `a dit aux journalistes, rassemblés dans la
/// salle, le député`. An aside is a few words with no verb of its own and no quotation mark; without one
/// at `at` (a comma), `at` itself.
pub(super) fn past_aside(toks: &[Token], keys: &[Key], at: usize) -> usize {
    if keys.get(at).is_none_or(|k| k != ",") {
        return at;
    }
    let Some(close) = (at + 1..keys.len().min(at + 10)).find(|&i| keys[i] == ",") else {
        return at;
    };
    // `, Christophe Campestre, le maire`: a name or a determiner opens the subject, not an aside.
    let opens_subject =
        toks[at + 1].is_capitalised() || crate::lang::word_classes::is_determiner(&keys[at + 1]);
    let plain = !opens_subject
        && (at + 1..close).all(|i| {
            (toks[i].is_word() || matches!(keys[i].as_ref(), "'" | "-"))
                && !forms::classes(toks[i].text).finite_verb()
        });
    if close > at + 1 && plain {
        close + 1
    } else {
        at
    }
}

/// Whether the comma at `comma` opens a relative clause on the source before it (`selon X, qui …`).
pub(super) fn relative_after(keys: &[Key], comma: usize) -> bool {
    keys.get(comma).is_some_and(|k| k == ",")
        && keys
            .get(comma + 1)
            .is_some_and(|k| matches!(k.as_ref(), "qui" | "dont"))
}

/// The sentence around `selon X`, without it: `Selon X, …` or `…, selon X, …`; after `X, pour qui`, only what
/// follows.
pub(super) fn around_selon(toks: &[Token], keys: &[Key], i: usize, end: usize) -> Pieces {
    let mut pieces = Vec::new();
    let mut left = i;
    while left > 0 && keys[left - 1] == "," {
        left -= 1;
    }
    // `Paul X, délégué syndical, pour qui …`: the words before the relative name the source.
    let relative = keys.get(i + 1).is_some_and(|k| k == "qui");
    if left > 0 && !relative {
        pieces.push((0, left));
    }
    let mut right = end;
    while right < toks.len() && keys[right] == "," {
        right += 1;
    }
    // `…, selon X, qui avait demandé …`: a relative clause on the source is not what it says; the words
    // after the comma that closes it are (`Selon X, qui cite Y, la grippe recule`).
    if right > end && relative_after(keys, right - 1) {
        right = (right..toks.len())
            .find(|&j| keys[j] == ",")
            .map_or(toks.len(), |c| c + 1);
    }
    // The end punctuation goes; a closing quotation mark stays with the words it closes.
    let mut e = toks.len();
    while e > right && !toks[e - 1].is_word() && !matches!(toks[e - 1].text, "»" | "”" | "\"" | "›") {
        e -= 1;
    }
    if e > right {
        pieces.push((right, e));
    }
    pieces
}

/// A relay's name as the review table shows it: `agence Tasnim` for an agency named in one word,
/// the medium's own name otherwise (`Mehr News Agency`).
pub(super) fn relay_name(text: &str, toks: &[Token], keys: &[Key], a: usize, b: usize) -> Option<String> {
    let (words, keys) = (&toks[a..b], &keys[a..b]);
    let name_start = (0..words.len()).position(|i| np::is_name(&words[i], &keys[i]))?;
    let name = text[words[name_start].start..words[words.len() - 1].end].to_string();
    let agency = keys[..name_start].iter().any(|k| k == "agence");
    Some(if agency && name_start + 1 == words.len() {
        format!("agence {name}")
    } else {
        name
    })
}

/// `X, délégué central CFTC, s'est dit`, `X, secrétaire général Unité SGP Police-FO, a confirmé`: an
/// apposition from `start` that opens with a role and names a body, or a name that opens with no first
/// name, gives the affiliation of the person before it, who speaks.
pub(super) fn affiliation(lex: &Lexicon, keys: &[Key], start: usize, sp: &Speaker) -> bool {
    let body = sp.kind != SpeakerKind::Person
        || crate::extract::people::is_acronym(&sp.name)
        || !crate::lang::first_names::opens_name(&sp.name);
    lex.is_role(&keys[start]) && body
}

/// Cue words as a reviewer reads them: `Selon` at a sentence's start is `selon`.
pub(super) fn cue_words(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Whether a speaker's name reads as a person's: it opens with a first name the dictionary knows, or has
/// two words or more. A name of one word without a first name may be a body's or a place's (`Hezbollah`,
/// `Sahara`, `Figaro`).
pub(super) fn reads_as_personal_name(name: &str) -> bool {
    crate::lang::first_names::opens_name(name) || name.split_whitespace().count() >= 2
}

/// Whether a speaker may be the person a description of a function stands for (`« … », a insisté Sall. «
/// … », a ajouté l'opposant`): a name that reads as a person's, or a name of one word given bare, as a
/// surname is (not `le Hezbollah`), or last spoken of as `-t-il`, that is no acronym (`ONU`), no state, capital or medium the world
/// tables know, and no French word.
pub(super) fn may_be_a_person(sp: &Speaker) -> bool {
    if reads_as_personal_name(&sp.name) {
        return true;
    }
    let name = sp.name.as_str();
    let world = &crate::lang::fr().world;
    !name.contains(char::is_whitespace)
        && (sp.mention.trim() == name || sp.mention.starts_with("-t-"))
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).any(char::is_lowercase)
        && world.state_of(name).is_none()
        && world.medium(name).is_none()
        && !crate::lang::lexicon::fr().contains(name)
}
