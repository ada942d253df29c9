//! How a speaker the article never names is shown: as the article describes it, with its determiner
//! (`les juges`, `une source diplomatique européenne`, `le ministère`). A bare noun (`juges`, `ministère`)
//! would read as a name, and `speakers` would gather under it people and bodies of different articles.

use super::np::{self, Mention};
use super::segment::Doc;
use crate::lang::lexicon::{self, Gender};
use crate::text::Token;

/// The words that show an unnamed speaker: the description `name` after the determiner the article
/// gives it (`Les juges` → `les juges`, `le rapport du ministère` → `le ministère`), else after one that
/// fits its number and gender (`des économistes`, `une porte-parole`, `un responsable`).
pub fn unnamed(m: &Mention, mention: &str, name: &str) -> String {
    // `l'un de ses avocats`: a description that is only a complement is shown with the words before it.
    if ["de ", "des ", "d'", "d\u{2019}"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        return lower_first(mention.trim());
    }
    if let Some(at) = mention.rfind(name) {
        let before = mention[..at].trim_end();
        let det_start = before
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let det = &before[det_start..];
        let glued = at == before.len(); // `l’expert`: no space after an elided determiner
        let article = match det.to_lowercase().as_str() {
            "du" | "au" => Some("le".to_string()),
            "aux" => Some("les".to_string()),
            _ if !det.is_empty() && lexicon::is_determiner(det) => Some(lower_first(det)),
            _ => None,
        };
        if let Some(a) = article {
            let space = if glued && a.ends_with(['\'', '\u{2019}']) {
                ""
            } else {
                " "
            };
            return format!("{a}{space}{name}");
        }
    }
    let determiner = if m.plural {
        "des"
    } else if m.gender == Some(Gender::Feminine) {
        "une"
    } else {
        "un"
    };
    format!("{determiner} {name}")
}

/// Determiners that point back to something already spoken of (`les avocats`, `ces syndicats`).
const DEFINITE: &[&str] = &["le", "la", "l'", "les", "ce", "cet", "cette", "ces"];

/// How many words before a description are searched for its fuller form: some pages of text.
const REACH: usize = 3000;

/// Words that open a noun's complement (`de Paul Roux`, `à l'origine de la plainte`).
const LINKS: &[&str] = &["de", "d'", "du", "des", "à", "au", "aux"];

/// A definite description that the article gave in full before (`les avocats` after `les avocats de Paul
/// Roux`, `le gouvernement` after `le gouvernement de transition`, `les deux experts` after `Deux experts
/// suisses`): the mention's words, then the words the fuller phrase adds, from the nearest one before,
/// the title included. The head-match step of coreference: a shorter description names what the longer
/// one named, and the longer one tells which.
pub fn fuller(doc: &Doc, m: &Mention) -> Option<String> {
    let here = doc.sentences.partition_point(|s| s.end <= m.start);
    let sentence = doc.sentences.get(here).filter(|s| s.start <= m.start)?;
    let from = sentence.tokens.partition_point(|t| t.start < m.start);
    let to = sentence.tokens.partition_point(|t| t.end <= m.end);
    // The determiner, then one to four words (`les avocats`, `le ministère de la santé`).
    if to < from + 2 || to > from + 5 || !DEFINITE.contains(&sentence.keys[from].as_ref()) {
        return None;
    }
    let words: Vec<&str> = sentence.keys[from + 1..to].iter().map(|k| k.as_ref()).collect();
    let before = doc.title.iter().chain(&doc.sentences[..=here]).rev();
    // Nearest first, and within reach: a phrase given far back (or a text of thousands of cues) is not
    // searched through again for every description.
    let mut budget = REACH;
    for s in before {
        let (toks, keys) = (&s.tokens, &s.keys);
        let upto = if std::ptr::eq(s, sentence) {
            from
        } else {
            toks.len()
        };
        for k in (0..(upto + 1).saturating_sub(words.len())).rev() {
            budget = budget.checked_sub(1)?;
            let end = k + words.len();
            // The phrase stands on its own (`les avocats de X`, `Deux avocats suisses`), not inside
            // another's complement (`l'élu d'opposition du groupe X` is no `opposition`).
            let opens = k == 0 || np::DETERMINERS.contains(&keys[k - 1].as_ref()) || !toks[k - 1].is_word();
            if !opens || !(0..words.len()).all(|w| keys[k + w] == words[w]) {
                continue;
            }
            let b = complement_end(toks, keys, end);
            if b > end {
                let mention = &doc.text[m.start..m.end];
                let more = &doc.text[toks[end - 1].end..toks[b - 1].end];
                return Some(format!("{}{more}", lower_first(mention.trim())));
            }
        }
    }
    None
}

/// Where the words that qualify a noun ending before `from` end: adjectives (`médicaux`, `rwandaises`),
/// an acronym in brackets (`(FMOQ)`), a name right after the noun (`les contrôleurs TGV`) and complements
/// (`de Paul Roux`, `du Québec`, `à l'origine de la plainte`). Stops at a verb, a comma, `et`, `qui`.
fn complement_end(toks: &[Token], keys: &[np::Key], from: usize) -> usize {
    let word = |i: usize| toks.get(i).filter(|t| t.is_word());
    let name = |i: usize| word(i).is_some_and(|t| t.is_capitalised());
    let noun = |i: usize| {
        word(i).is_some_and(|t| {
            let c = lexicon::classes(t.text);
            t.is_capitalised() || c.noun() && !c.finite_verb() && !c.grammatical() && !c.preposition_first()
        })
    };
    let lex = super::lexicon::Lexicon::get();
    let adjective = |i: usize| {
        word(i).is_some_and(|t| {
            !t.is_capitalised() && (lex.is_state_adjective(&keys[i]) || np::listed_adjective(t))
        })
    };
    let mut i = from;
    let mut done = from;
    while i < toks.len() && i < from + 10 {
        let k = keys[i].as_ref();
        if toks[i].text == "(" && name(i + 1) && toks.get(i + 2).is_some_and(|t| t.text == ")") {
            i += 3;
        } else if adjective(i) || i == from && name(i) || i > from && name(i) && name(i - 1) {
            i += 1;
        } else if LINKS.contains(&k) {
            let mut j = i + 1;
            if keys
                .get(j)
                .is_some_and(|k| matches!(k.as_ref(), "la" | "le" | "les" | "l'"))
            {
                j += 1;
            }
            if !noun(j) {
                break;
            }
            // `de grande instance`: the words of the complement, up to its last noun or adjective.
            i = j + 1;
            while i < from + 10 && (noun(i) && !name(i - 1) || adjective(i) || name(i) && name(i - 1)) {
                i += 1;
            }
        } else {
            break;
        }
        done = i;
    }
    done
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SpeakerKind;

    fn mention(plural: bool, gender: Option<Gender>) -> Mention {
        Mention {
            start: 0,
            end: 1,
            kind: SpeakerKind::Person,
            name: None,
            role: None,
            pronoun: None,
            plural,
            gender,
            head: None,
            named: false,
            possessive: false,
            definite: false,
        }
    }

    #[test]
    fn the_articles_own_determiner_is_kept() {
        let m = mention(true, None);
        assert_eq!(unnamed(&m, "Les juges", "juges"), "les juges");
        assert_eq!(
            unnamed(&m, "des sources proches", "sources proches"),
            "des sources proches"
        );
        let m = mention(false, None);
        assert_eq!(unnamed(&m, "L'expert", "expert"), "l'expert");
        assert_eq!(unnamed(&m, "l’expert", "expert"), "l’expert");
        assert_eq!(unnamed(&m, "son cabinet", "cabinet"), "son cabinet");
        assert_eq!(
            unnamed(&m, "ces responsables", "responsables"),
            "ces responsables"
        );
        assert_eq!(
            unnamed(&m, "Le rapport du ministère", "ministère"),
            "le ministère"
        );
        assert_eq!(unnamed(&m, "selon des experts", "experts"), "des experts");
        assert_eq!(
            unnamed(&m, "L’un de ses avocats", "de ses avocats"),
            "l’un de ses avocats"
        );
        // A no-break space is two bytes.
        assert_eq!(unnamed(&m, "M\u{a0}le ministre", "ministre"), "le ministre");
    }

    #[test]
    fn a_determiner_is_given_where_the_article_has_none() {
        assert_eq!(
            unnamed(&mention(true, None), "économistes", "économistes"),
            "des économistes"
        );
        assert_eq!(
            unnamed(
                &mention(false, Some(Gender::Feminine)),
                "porte-parole",
                "porte-parole"
            ),
            "une porte-parole"
        );
        assert_eq!(
            unnamed(&mention(false, None), "responsable", "responsable"),
            "un responsable"
        );
    }
}
