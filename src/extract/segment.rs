//! Segmentation: the article body (furniture set aside) into paragraphs (one a line, as scraped pages
//! give them; a block between blank lines where the text is wrapped at a fixed width, as wire copy and
//! plain-text pages are), quotations (`quotes`), and sentences whose boundaries never fall inside a
//! quotation. Every unit is a byte span into the untouched text.

use super::furniture::FurnitureSpan;
use super::quotes::{self, Quote};
use crate::text::{tokens, Token};

#[derive(Debug, Clone)]
pub struct Para {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    pub start: usize,
    pub end: usize,
    pub para: usize,
    pub tokens: Vec<Token<'a>>,
    /// Each token's lookup form (`np::key`), computed once for every step that reads the sentence.
    pub keys: Vec<super::np::Key<'a>>,
}

/// An article cut into paragraphs, quotations and sentences.
pub struct Doc<'a> {
    pub text: &'a str,
    pub paras: Vec<Para>,
    pub quotes: Vec<Quote>,
    pub sentences: Vec<Sentence<'a>>,
    /// The title, where the front matter gives it: not a sentence of the body (nothing is extracted from
    /// it), but the people it names are the article's (a pronoun that opens the body may stand for them).
    pub title: Option<Sentence<'a>>,
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "av", "J.-C", "etc", "cf", "p",
    "n", "No", "art", "Rep", "Gen", "Sen", "Jr", "Sr", "Lt", "Col", "Cie",
];

pub fn segment<'a>(text: &'a str, from: usize, furniture: &[FurnitureSpan]) -> Doc<'a> {
    let mut paras: Vec<Para> = Vec::new();
    let wrapped = hard_wrapped(&text[from..]);
    let mut pos = from;
    // Furniture spans are in text order and disjoint: one cursor walks them beside the lines.
    let mut fi = 0;
    // Whether the line before was part of the body, so that a wrapped line carries its paragraph on.
    let mut carries = false;
    for line in text[from..].split_inclusive('\n') {
        let (s, e) = (pos, pos + line.trim_end().len());
        pos += line.len();
        let lead = line.len() - line.trim_start().len();
        while furniture.get(fi).is_some_and(|f| f.end <= s) {
            fi += 1;
        }
        if line.trim().is_empty() || furniture.get(fi).is_some_and(|f| f.start <= s) {
            carries = false;
            continue;
        }
        match paras.last_mut() {
            Some(p) if wrapped && carries => p.end = e,
            _ => paras.push(Para {
                start: s + lead,
                end: e,
            }),
        }
        carries = true;
    }
    let mut quotes = Vec::new();
    let mut sentences = Vec::new();
    let mut continued = false;
    for (pi, p) in paras.iter().enumerate() {
        let next_opens = paras
            .get(pi + 1)
            .is_some_and(|n| quotes::opens_with_quote(&text[n.start..n.end]));
        let qs = super::incise::split(text, quotes::scan(text, p.start, p.end, next_opens, continued));
        continued = qs.iter().any(|q| q.depth == 0 && q.continues);
        split_sentences(text, p, pi, &qs, &mut sentences);
        quotes.extend(qs);
    }
    Doc {
        text,
        paras,
        quotes,
        sentences,
        title: None,
    }
}

/// Whether `body` is wrapped at a fixed width, its paragraphs separated by blank lines: most lines that
/// another line follows end without a sentence's final mark, and at least four go on mid-sentence into a
/// line that opens in lower case (`un animal` / `protégé », écrit le WWF`). Scraped pages, one paragraph a
/// line, end nearly every line with a mark.
fn hard_wrapped(body: &str) -> bool {
    let (mut followed, mut open, mut midword) = (0, 0, 0);
    let mut lines = body.lines().map(str::trim).peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek().filter(|n| !n.is_empty() && !line.is_empty()) else {
            continue;
        };
        followed += 1;
        if !line.ends_with(['.', '!', '?', '»', ':', '"', '”', '…', ')']) {
            open += 1;
            midword += usize::from(next.starts_with(char::is_lowercase));
        }
    }
    midword >= 4 && open * 2 > followed
}

/// The title's words where the front matter (`text[..body_start]`) holds them, as a sentence.
pub fn title_sentence<'a>(text: &'a str, body_start: usize, title: &str) -> Option<Sentence<'a>> {
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    let s = text.get(..body_start)?.find(title)?;
    let e = s + title.len();
    let tokens = tokens(&text[s..e], s);
    Some(Sentence {
        start: s,
        end: e,
        para: 0,
        keys: super::np::keys(&tokens),
        tokens,
    })
}

fn split_sentences<'a>(text: &'a str, p: &Para, pi: usize, qs: &[Quote], out: &mut Vec<Sentence<'a>>) {
    let mut start = p.start;
    let para = &text[p.start..p.end];
    let mut push = |s: usize, e: usize| {
        let (s, e) = (s, s + text[s..e].trim_end().len());
        if e > s {
            let tokens = tokens(&text[s..e], s);
            out.push(Sentence {
                start: s,
                end: e,
                para: pi,
                keys: super::np::keys(&tokens),
                tokens,
            });
        }
    };
    // Outermost quotations are disjoint and in text order: the one at or after a byte is found by a
    // binary search, so that a paragraph of thousands of quotations stays linear.
    let top: Vec<&Quote> = qs.iter().filter(|q| q.depth == 0).collect();
    let inside_quote = |i: usize| {
        top.get(top.partition_point(|q| q.end <= i))
            .is_some_and(|q| q.start <= i)
    };
    let closes_a_sentence = |i: usize| {
        top.get(top.partition_point(|q| q.outer_end <= i))
            .is_some_and(|q| q.close == Some(i) && text[q.start..q.end].ends_with(['.', '!', '?', '…']))
    };
    for (off, c) in para.char_indices() {
        let i = p.start + off;
        let after = i + c.len_utf8();
        let ends = match c {
            '.' if crate::text::is_inner_dot(text, i) => false, // `3.5`, `ACTUALITE.CD`
            '.' | '!' | '?' | '…' => !inside_quote(i) && !is_abbreviation(text, start, i),
            '»' | '”' | '"' | '″' | '’' | '\'' | '«' => closes_a_sentence(i),
            _ => false,
        };
        if !ends {
            continue;
        }
        let rest = text[after..p.end]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}');
        let next = rest.chars().next();
        if next.is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || "«“\"″‘(".contains(n))
            && after > start
        {
            push(start, after);
            start = after + (text[after..p.end].len() - rest.len());
        }
    }
    push(start, p.end);
}

fn is_abbreviation(text: &str, sentence_start: usize, dot: usize) -> bool {
    let before = &text[sentence_start..dot];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    ABBREVIATIONS.contains(&word) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(t: &str) -> Vec<String> {
        segment(t, 0, &[])
            .sentences
            .iter()
            .map(|s| t[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn splits_at_full_stops_but_not_after_titles_or_inside_quotes() {
        assert_eq!(
            sentences("M. Dupont a parlé. « Nous irons. Vite », a-t-il dit. Fin."),
            ["M. Dupont a parlé.", "« Nous irons. Vite », a-t-il dit.", "Fin."]
        );
    }

    #[test]
    fn a_quote_ending_a_sentence_ends_it() {
        assert_eq!(
            sentences("Il a ajouté : « C'est fini. » Il est parti."),
            ["Il a ajouté : « C'est fini. »", "Il est parti."]
        );
    }
}
