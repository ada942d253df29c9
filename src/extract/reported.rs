//! What is reported: the extent of a cue's content (`que …`, `: …`, the clause around an inverted cue,
//! the object of `démentir`, `accuser X de …`), references back to the claim just reported
//! (`cette affirmation`), and the sentences in the outlet's own voice that a fact-checker would check.
//!
//! Not here: who reports it (`attribute`).

use super::cues::Cue;
use super::lexicon::Lexicon;
use super::np::{self, Key};
use crate::text::Token;

/// Token ranges of a cue's content (more than one when an incise is cut out).
pub type Pieces = Vec<(usize, usize)>;

/// Whether the reported words say that something never happened: `n'a jamais`, `ne … jamais`, or a clause
/// that opens with `aucun`/`aucune … n'` (`aucune arme n'a été livrée`), within the first clause.
pub fn never_happened(keys: &[Key], pieces: &Pieces) -> bool {
    let Some(&(s, e)) = pieces.first() else {
        return false;
    };
    let words = &keys[s..e.min(s + 12)];
    let negation = |k: &Key| matches!(k.as_ref(), "n'" | "ne");
    // `n'a jamais`, `n'avait jamais`: `jamais` right after the negation's verb.
    let never =
        (0..words.len()).any(|i| negation(&words[i]) && words[i + 1..].iter().take(2).any(|k| k == "jamais"));
    let none = words
        .iter()
        .position(|k| matches!(k.as_ref(), "aucun" | "aucune"))
        .is_some_and(|i| i <= 1 && words[i..].iter().take(5).any(negation));
    // `affirme n'avoir aucun combattant dans la zone`, `assure ne pas avoir mené l'attaque`: the speaker's
    // own deed, denied in the infinitive that opens what is reported.
    let own_deed = words.first().is_some_and(negation)
        && words[1..].iter().take(3).any(|k| {
            matches!(
                k.as_ref(),
                "aucun" | "aucune" | "jamais" | "pas" | "rien" | "nullement"
            )
        })
        && words[1..].iter().take(3).any(|k| {
            crate::lang::lexicon::fr().analyses(k).any(|a| {
                a.verb
                    .is_some_and(|v| v.mood == crate::lang::lexicon::Mood::Infinitive)
            })
        });
    never || none || own_deed
}

fn is_punct(t: &Token) -> bool {
    !t.is_word() && !"«»“”\"".contains(t.text)
}

/// Where a cue's clause ends: before the next cue's coordinator (`et a critiqué`, `, mais reconnaît`),
/// or the sentence's end.
fn clause_end(toks: &[Token], keys: &[Key], from: usize, next_cue: Option<usize>) -> usize {
    let Some(n) = next_cue else { return toks.len() };
    let mut e = n;
    // `… a pointé du doigt Israël, tandis que l'armée a assuré …`: `tandis que` or `alors que` with no
    // verb before the next cue opens that cue's clause; its subject is not this one's words.
    let opens_clause = |i: usize| {
        matches!(keys[i].as_ref(), "tandis" | "alors")
            && keys
                .get(i + 1)
                .is_some_and(|k| matches!(k.as_ref(), "que" | "qu'"))
    };
    if let Some(t) = (from..n).rev().find(|&i| opens_clause(i)) {
        // (Read on the words as written: the keys have lost their accents.)
        if !toks[t + 2..n]
            .iter()
            .any(|w| crate::lang::lexicon::classes(&w.text.to_lowercase()).finite_verb())
        {
            e = t;
        }
    }
    while e > from && matches!(keys[e - 1].as_ref(), "et" | "mais" | "," | "puis" | "ou" | ";") {
        e -= 1;
    }
    e
}

/// Drops a trailing `, selon …`, `, cité par …`, `, a-t-il ajouté` and end punctuation from `[s, e)`.
fn trim_tail(toks: &[Token], keys: &[Key], s: usize, mut e: usize) -> usize {
    let lex = Lexicon::get();
    if let Some(c) = (s..e).rev().find(|&i| keys[i] == ",") {
        let tail = &keys[c + 1..e];
        let relay = lex.relay_markers.at(tail, 0).next().is_some()
            || (!tail.is_empty() && lex.source_marker_at(tail, 0).is_some());
        if relay {
            e = c;
        }
    }
    while e > s && is_punct(&toks[e - 1]) {
        e -= 1;
    }
    e
}

/// The content of a preposed cue: after `que`, `:`, or the verb's object, up to the clause's end.
pub fn after_cue(toks: &[Token], keys: &[Key], cue: &Cue, next_cue: Option<usize>) -> Option<Pieces> {
    let lex = Lexicon::get();
    let mut s = cue.end;
    while s < toks.len()
        && (lex.adverbs.contains(&*keys[s])
            || lex.time_words.contains(&*keys[s])
                && !matches!(keys[s].as_ref(), "la" | "le" | "ce" | "cette" | "sa"))
    {
        s += 1;
    }
    s = past_addressee(toks, keys, s);
    let introduced = keys
        .get(s)
        .is_some_and(|k| matches!(k.as_ref(), "que" | "qu'" | ":"));
    if introduced {
        s += 1;
    } else if cue.gerund || keys.get(s).is_some_and(|k| matches!(k.as_ref(), "," | "." | ";")) {
        return None; // `Washington accuse, Téhéran dément`: nothing follows the verb
    }
    let mut end = clause_end(toks, keys, s, next_cue);
    // `Après avoir affirmé que « … » étaient nécessaires, la ministre …`: a clause of a past infinitive
    // opening the sentence ends at its first comma outside quotation marks.
    let opening_infinitive = cue.start <= 2
        && keys
            .first()
            .is_some_and(|k| matches!(k.as_ref(), "apres" | "sans"));
    if opening_infinitive {
        if let Some(c) = comma_outside_quotes(toks, keys, s, end) {
            end = c;
        }
    }
    let e = trim_tail(toks, keys, s, end);
    (e > s).then(|| vec![(s, e)])
}

/// The first comma of `[from, to)` outside quotation marks (« », “ ”, straight marks): where a clause
/// opening the sentence ends (`Se disant « surpris, déçu », le Conseil …`).
pub fn comma_outside_quotes(toks: &[Token], keys: &[Key], from: usize, to: usize) -> Option<usize> {
    let (mut depth, mut straight) = (0i32, false);
    (from..to).find(|&j| {
        match toks[j].text {
            "«" | "“" => depth += 1,
            "»" | "”" => depth -= 1,
            "\"" => straight = !straight,
            _ => {}
        }
        keys[j] == "," && depth <= 0 && !straight
    })
}

/// Past whom the words were said to, when `que` follows it (`a indiqué à l'AFP que`, `a précisé au
/// Monde qu'`, `a confié auprès de ses proches que`): the addressee is not part of what is said.
fn past_addressee(toks: &[Token], keys: &[Key], s: usize) -> usize {
    let open = match keys.get(s).map(|k| k.as_ref()) {
        Some("a" | "au" | "aux") => 1,
        Some("aupres")
            if keys
                .get(s + 1)
                .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des")) =>
        {
            2
        }
        _ => return s,
    };
    (s + open..toks.len().min(s + open + 7))
        .take_while(|&i| toks[i].is_word() || keys[i] == "'")
        .find(|&i| matches!(keys[i].as_ref(), "que" | "qu'"))
        .unwrap_or(s)
}

/// The content of an inverted cue (`…, a déclaré X.` or `…, a-t-il dit, …`): the clause around it,
/// from the previous attribution (`floor`) to the next cue, without the cue and its subject.
pub fn around_inverted(
    toks: &[Token],
    keys: &[Key],
    cue: &Cue,
    subject_end: usize,
    floor: usize,
    next_cue: Option<usize>,
) -> Option<Pieces> {
    let mut left_end = cue.start;
    while left_end > floor && (keys[left_end - 1] == "," || is_punct(&toks[left_end - 1])) {
        left_end -= 1;
    }
    let mut right = subject_end.max(cue.end);
    // An incise: `…, a-t-il dit, les pays …` goes on after the comma that closes it; a relative clause
    // there is about the speaker (`…, a annoncé X, qui demande …`), not what was said.
    let relative = keys.get(right + 1).is_some_and(|k| {
        matches!(
            k.as_ref(),
            "qui" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles"
        )
    });
    let right_piece = if keys.get(right).is_some_and(|k| k == ",") && !relative {
        right += 1;
        let e = trim_tail(toks, keys, right, clause_end(toks, keys, right, next_cue));
        (e > right).then_some((right, e))
    } else {
        None
    };
    let mut pieces = Vec::new();
    let mut left_start = floor;
    while left_start < left_end && (keys[left_start] == "," || is_punct(&toks[left_start])) {
        left_start += 1;
    }
    if left_end > left_start {
        pieces.push((left_start, left_end));
    }
    pieces.extend(right_piece);
    (!pieces.is_empty()).then_some(pieces)
}

/// Whether a content is only a label that calls what it names false (`dénonce une « manipulation »`, `des
/// calomnies`: the labels of `relation.yaml`): the one who uses it denies.
pub fn only_a_dismissal(keys: &[Key], pieces: &Pieces) -> bool {
    let labels = &crate::lang::fr().relation.privatives.labels;
    let mut words = pieces
        .iter()
        .flat_map(|&(s, e)| keys[s..e].iter())
        .map(AsRef::as_ref)
        .filter(|k| !matches!(*k, "." | "," | "«" | "»" | "“" | "”" | "\""));
    let Some(first) = words.next() else {
        return false;
    };
    let label = |w: &str| labels.iter().any(|l| crate::text::fold(l) == w);
    match (first, words.next(), words.next()) {
        (w, None, None) => label(w),
        (d, Some(w), None) => {
            matches!(d, "une" | "un" | "des" | "de" | "d'" | "la" | "le" | "les") && label(w)
        }
        _ => false,
    }
}

/// Whether a content is only a reference back to a claim (`cette affirmation`, `ces accusations`).
pub fn is_anaphor(keys: &[Key], pieces: &Pieces) -> bool {
    let lex = Lexicon::get();
    let [(s, e)] = pieces.as_slice() else {
        return false;
    };
    let words: Vec<&str> = keys[*s..*e]
        .iter()
        .map(AsRef::as_ref)
        .filter(|k| !matches!(*k, "." | ","))
        .collect();
    matches!(words.as_slice(), [d, n] if matches!(*d, "cette" | "ces" | "cet" | "ce" | "l'" | "les" | "ses") && lex.anaphors.contains(*n))
        || matches!(words.as_slice(), [d, n, a] if matches!(*d, "cette" | "ces" | "cet" | "ce") && lex.anaphors.contains(*n) && a.len() > 2)
}

/// Counts the words of the pieces that stand outside quotations.
pub fn words_outside(toks: &[Token], pieces: &Pieces, quoted: &dyn Fn(usize) -> bool) -> usize {
    pieces
        .iter()
        .flat_map(|&(s, e)| s..e)
        .filter(|&i| toks[i].is_word() && !quoted(i))
        .count()
}

/// A sentence in the outlet's own voice that a fact-checker would check: a statement (not a question or
/// a heading), long enough, naming someone or something, or giving a number or a date.
pub fn is_factual(toks: &[Token], keys: &[Key], text: &str) -> bool {
    let words: Vec<(&Token, &str)> = toks
        .iter()
        .zip(keys)
        .filter(|(t, _)| t.is_word())
        .map(|(t, k)| (t, k.as_ref()))
        .collect();
    if words.len() < 6 || text.trim_end().ends_with(['?', ':']) {
        return false;
    }
    let first_person = words.iter().any(|(_, k)| {
        matches!(
            *k,
            "je" | "nous" | "vous" | "tu" | "j'" | "notre" | "nos" | "votre" | "vos"
        )
    });
    // A capitalised first word is a name only when it looks like one on its own (`Météo-France`, `OTAN`),
    // not when the capital is the sentence's (`Titre de la dépêche`).
    let proper_on_its_own = |t: &Token| t.text.chars().skip(1).any(char::is_uppercase);
    let named = words.iter().skip(1).any(|(t, k)| np::is_name(t, k))
        || words
            .first()
            .is_some_and(|(t, k)| np::is_name(t, k) && proper_on_its_own(t))
        || words
            .iter()
            .any(|(t, _)| t.text.chars().any(|c| c.is_ascii_digit()));
    !first_person && named
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn never(s: &str) -> bool {
        let t = tokens(s, 0);
        let keys = np::keys(&t);
        never_happened(&keys, &vec![(0, t.len())])
    }

    #[test]
    fn a_clause_that_says_something_never_happened() {
        assert!(never("l'usine n'a jamais déversé de mercure"));
        assert!(never("aucune arme n'a été livrée à Moscou"));
        assert!(!never("l'usine a déversé du mercure"));
        assert!(!never("l'usine n'a pas encore publié ses chiffres"));
        assert!(!never("le ministre a dit qu'aucun accord ne serait signé"));
        // The speaker's own deed, denied in an infinitive.
        assert!(never("n'avoir aucun combattant dans la zone"));
        assert!(never("ne pas avoir mené l'attaque"));
        assert!(!never("ne pas encore connaître les causes"));
    }

    #[test]
    fn a_label_that_calls_something_false_is_a_dismissal() {
        let dismissal = |s: &str| {
            let t = tokens(s, 0);
            let keys = np::keys(&t);
            only_a_dismissal(&keys, &vec![(0, t.len())])
        };
        assert!(dismissal("une « manipulation »"));
        assert!(dismissal("des calomnies"));
        assert!(!dismissal("une manipulation des chiffres par le ministère"));
        assert!(!dismissal("des exécutions sommaires"));
    }

    #[test]
    fn a_clause_of_tandis_que_before_the_next_cue_is_that_cues() {
        // The words up to the next cue (`a assuré`, at the index of `a`), as `clause_end` cuts them.
        let upto = |s: &str| {
            let t = tokens(s, 0);
            let keys = np::keys(&t);
            let next = t.iter().rposition(|w| w.text == "a").unwrap();
            let e = clause_end(&t, &keys, 0, Some(next));
            t[..e].iter().map(|w| w.text).collect::<Vec<_>>().join(" ")
        };
        assert_eq!(upto("Israël , tandis que l'armée a assuré"), "Israël");
        // A verb after `alors que` makes it a clause of these words.
        assert_eq!(
            upto("les prix montent alors que les salaires stagnent , a ajouté"),
            "les prix montent alors que les salaires stagnent"
        );
    }
}
