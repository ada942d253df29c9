//! Page furniture: the lines of a scraped page that are not the article's copy (navigation crumbs,
//! photo captions, a caption left in English, share buttons, by-lines, donation appeals, author bios).
//! The patterns are data (`lang/fr/furniture.yaml`); this module applies them line by line and returns
//! byte spans, so later steps skip them and no claim is ever made of them.

use crate::lang;
use crate::text::{fold, fold_into, is_word_char};

/// A line set aside, with the name of the pattern that caught it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FurnitureSpan {
    pub start: usize,
    pub end: usize,
    pub reason: String,
}

/// Why a single line is furniture, if it is. `footer` patterns are reported like the others here.
pub fn line_reason(line: &str) -> Option<(String, bool)> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    let f = &lang::fr().furniture;
    if let Some(p) = f.patterns.iter().find(|p| p.run <= 1 && p.regex.is_match(line)) {
        return Some((p.name.clone(), p.footer));
    }
    if is_english(line) {
        return Some(("caption in English".into(), false));
    }
    if is_bio(line) {
        return Some(("author bio".into(), false));
    }
    None
}

/// Whether a line is furniture (for metadata detection, which reads lines before extraction).
pub fn is_furniture_line(line: &str) -> bool {
    line_reason(line).is_some()
}

/// A line mostly in English: its English function words outnumber its French ones, over enough words.
fn is_english(line: &str) -> bool {
    let f = &lang::fr().furniture;
    let (mut words, mut en, mut fr) = (0, 0, 0);
    let mut folded = String::new();
    for w in line
        .split(|c: char| !is_word_char(c) && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
    {
        words += 1;
        // Function words are short; longer words need no lookup.
        if w.len() > f.longest_function_word() {
            continue;
        }
        fold_into(w, &mut folded);
        let (english, french) = f.function_word(&folded);
        en += usize::from(english);
        fr += usize::from(french);
    }
    words >= 6 && en >= 3 && en > 2 * fr
}

/// An author bio or tag list: three or more fragments of at most four words each, none with a verb's
/// usual company (no article, no conjunction), e.g. `Amateur de café. Écrivain. Fan de musique.` Read
/// fragment by fragment: a line of news copy fails at its first long fragment.
fn is_bio(line: &str) -> bool {
    let inner = line.trim_matches(|c: char| c.is_whitespace() || "«»\"“”".contains(c));
    let mut frags = 0;
    for fr in inner
        .split(['.', '|', '•'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        for (n, w) in fr.split_whitespace().enumerate() {
            let capitalised = w.chars().next().is_some_and(char::is_uppercase);
            if n >= 4
                || (n == 0 && !capitalised)
                || matches!(
                    fold(w).as_str(),
                    "le" | "la" | "les" | "est" | "sont" | "a" | "ont" | "que" | "qui"
                )
            {
                return false;
            }
        }
        frags += 1;
    }
    frags >= 3
}

/// Every furniture line of `text[from..]`, as byte spans into `text`. A footer pattern (a donation
/// appeal) after the article's first paragraph sets aside its line and everything after it; in the page's
/// header, before any paragraph, it is one line of furniture.
pub fn find(text: &str, from: usize) -> Vec<FurnitureSpan> {
    let mut out = Vec::new();
    let mut pos = from;
    let runs = &lang::fr().furniture.patterns;
    let runs: Vec<&lang::furniture::Pattern> = runs.iter().filter(|p| p.run > 1).collect();
    // The lines of the current run of a run pattern: (pattern, spans of its lines so far).
    let mut open: Option<(usize, Vec<(usize, usize)>)> = None;
    let close = |open: &mut Option<(usize, Vec<(usize, usize)>)>, out: &mut Vec<FurnitureSpan>| {
        if let Some((p, lines)) = open.take() {
            if lines.len() >= runs[p].run {
                out.extend(lines.into_iter().map(|(start, end)| FurnitureSpan {
                    start,
                    end,
                    reason: runs[p].name.clone(),
                }));
            }
        }
    };
    // Whether a line of prose (a sentence of some length that is not furniture) came before.
    let mut prose_seen = false;
    for line in text[from..].split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        // Blank lines and bullets (`-`) neither make nor break a run.
        if !trimmed.chars().any(char::is_alphanumeric) {
            continue;
        }
        let single = line_reason(line);
        match runs
            .iter()
            .position(|p| p.regex.is_match(trimmed))
            .filter(|_| single.is_none())
        {
            Some(p) if open.as_ref().is_some_and(|o| o.0 == p) => {
                if let Some(o) = open.as_mut() {
                    o.1.push((start, pos));
                }
                continue;
            }
            Some(p) => {
                close(&mut open, &mut out);
                open = Some((p, vec![(start, pos)]));
                continue;
            }
            None => close(&mut open, &mut out),
        }
        if single.is_none() && trimmed.split_whitespace().count() >= 12 {
            prose_seen = true;
        }
        if let Some((reason, footer)) = single {
            if footer && prose_seen {
                out.push(FurnitureSpan {
                    start,
                    end: text.len(),
                    reason: format!("{reason} (page footer)"),
                });
                break;
            }
            out.push(FurnitureSpan {
                start,
                end: pos,
                reason,
            });
        }
    }
    close(&mut open, &mut out);
    out.sort_by_key(|f| f.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_matches_its_examples_and_spares_its_counter_examples() {
        for p in &lang::fr().furniture.patterns {
            for e in &p.examples {
                assert!(
                    p.regex.is_match(e),
                    "pattern `{}` misses its example {e:?}",
                    p.name
                );
            }
            for n in &p.not {
                assert!(
                    line_reason(n).is_none(),
                    "{n:?} is news copy but was taken for furniture"
                );
            }
        }
    }

    #[test]
    fn english_caption_and_bio_are_furniture_french_copy_is_not() {
        assert_eq!(
            line_reason("The minister talks with the press during a visit to the capital on May 2 (AFP)")
                .map(|r| r.0),
            Some("caption in English".into())
        );
        assert_eq!(
            line_reason("« Amateur de thé. Écrivain. Passionné de web. Joueur. »").map(|r| r.0),
            Some("author bio".into())
        );
        assert_eq!(
            line_reason("Le ministre a démenti toute livraison d'armes à la Russie."),
            None
        );
    }

    #[test]
    fn a_list_of_related_headlines_is_furniture_one_headline_line_is_not() {
        let t = "Texte de l'article.\nSport / Mercato : Le club se sépare de cinq joueurs\n\nNordland : Le président en tournée dans l'est\nFin.\n";
        let f = find(t, 0);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(t[f[0].start..f[0].end].starts_with("Sport / Mercato"));
        assert!(t[f[1].start..f[1].end].starts_with("Nordland :"));
        assert!(find("Texte.\nNordland : Le président en tournée dans l'est\nFin.\n", 0).is_empty());
    }

    #[test]
    fn a_donation_appeal_in_the_page_header_is_one_line() {
        let t =
            "Soutenez\nLe maire a annoncé lundi que les travaux du pont commenceraient en mai prochain.\n";
        let f = find(t, 0);
        assert_eq!(f.len(), 1);
        assert_eq!(&t[f[0].start..f[0].end], "Soutenez\n");
    }

    #[test]
    fn a_donation_appeal_starts_the_footer() {
        let t = "Le maire a annoncé lundi que les travaux du pont commenceraient en mai prochain.\nSoutenez Le Journal à partir de 1€\nNous sommes un média libre.\n";
        let f = find(t, 0);
        assert_eq!(f.len(), 1);
        assert_eq!(
            &t[f[0].start..f[0].end],
            "Soutenez Le Journal à partir de 1€\nNous sommes un média libre.\n"
        );
    }
}
