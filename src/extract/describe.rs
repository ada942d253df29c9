//! How a speaker the article never names is shown: as the article describes it, with its determiner
//! (`les juges`, `une source diplomatique européenne`, `le ministère`). A bare noun (`juges`, `ministère`)
//! would read as a name, and `speakers` would gather under it people and bodies of different articles.

use super::np::Mention;
use crate::lang::lexicon::{self, Gender};

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
