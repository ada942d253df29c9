//! Small text utilities every step shares: accent and case folding, word tokens with byte offsets,
//! French Snowball stems, and the hash maps of folded words the lexicons are looked up in. Nothing here
//! knows about claims.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a, 64 bits: for the short words of the lexicons it hashes several times faster than the default
/// SipHash, and it is the same on every machine, so it also makes the store's stable ids and names.
#[derive(Debug, Clone, Copy)]
pub struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv64 {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    pub fn finish(self) -> u64 {
        self.0
    }
}

/// `text` on one line: each line break of a text wrapped at a fixed width, with the spaces around it, is one
/// space (`un animal\nprotégé` → `un animal protégé`); a text without one is returned as it is.
pub fn on_one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\n') {
        return text.into();
    }
    let lines: Vec<&str> = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ").into()
}

/// The FNV-1a hash of `bytes`.
pub fn fnv64(bytes: &[u8]) -> u64 {
    let mut h = Fnv64::default();
    h.write(bytes);
    h.finish()
}

/// `Fnv64` as a `Hasher` for the word maps. The maps are built from the language pack, never from
/// input, so hash flooding is not a concern.
#[derive(Default)]
pub struct WordHasher(Fnv64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
    fn finish(&self) -> u64 {
        self.0.finish()
    }
}

/// A map keyed by folded words.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A set of folded words.
pub type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// `SM`, `RDPC`, `CGT`: two letters or more, none in lower case, in one word.
pub fn is_acronym(word: &str) -> bool {
    !word.contains(char::is_whitespace)
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !word.chars().any(char::is_lowercase)
}

/// Accent-, case- and apostrophe-folded form of `s` (`Choïgou` → `choigou`, `l’Iran` → `l'iran`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `fold(s)` written into `out` (cleared first), so that a loop over words can reuse one buffer.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2212}' => out.push('-'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // The accented letters of French, without the general table's lookup.
            'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => out.push('a'),
            'ç' | 'Ç' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'î' | 'ï' | 'Î' | 'Ï' => out.push('i'),
            'ô' | 'ö' | 'Ô' | 'Ö' => out.push('o'),
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => out.push('u'),
            'ÿ' | 'Ÿ' => out.push('y'),
            // Invisible characters and combining accents (`e` + U+0301) fold to nothing: the letter
            // before them already stands for the whole.
            c if is_invisible(c) || is_combining_mark(c) => {}
            c => {
                for d in deunicode::deunicode_char(c).unwrap_or("").chars() {
                    out.push(d.to_ascii_lowercase());
                }
            }
        }
    }
}

/// A character that shows nothing and only guides rendering: the soft hyphen, zero-width spaces and
/// joiners, direction marks and embeddings, word joiners and the byte-order mark (Unicode's format
/// characters that occur in text). Matching looks through them; spans keep them.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{61C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// A word of the text with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// A letter or digit: ASCII and the Latin letters of Western European languages answered at once, the
/// rest of Unicode by its tables (whose lookup is a search, and runs on every character of the text).
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{C0}'..='\u{17F}') && c != '\u{D7}' && c != '\u{F7}'
        || !c.is_ascii() && c.is_alphanumeric()
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(is_word_char)
    }
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Splits `text` into word and punctuation tokens, with byte offsets relative to `base`.
///
/// French elisions end their token (`l’`, `d'`, `qu’`), hyphens inside a word keep it whole
/// (`Moyen-Orient`, `a-t-il` stays one token), every other non-space character is a token of its own.
/// The text is walked byte by byte: an ASCII byte is its own character, only the others are decoded.
pub fn tokens(text: &str, base: usize) -> Vec<Token<'_>> {
    // French runs at about one token for five bytes.
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < text.len() {
        let c = char_at(text, i);
        let mut end = i + c.len_utf8();
        if c.is_whitespace() || is_invisible(c) || is_combining_mark(c) {
            i = end;
            continue;
        }
        if is_word_char(c) {
            let bytes = text.as_bytes();
            loop {
                // Most of a word is ASCII letters and digits.
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                if end == text.len() {
                    break;
                }
                let d = char_at(text, end);
                if is_word_char(d) || d == '.' && is_inner_dot(text, end) || is_combining_mark(d) {
                    end += d.len_utf8();
                } else if d == '&'
                    && text[i..end].chars().all(|c| c.is_uppercase())
                    && text[end + 1..].chars().next().is_some_and(char::is_uppercase)
                {
                    // `CD&V`, `AT&T`: an ampersand between capitals joins an acronym.
                    end += 1;
                } else if is_invisible(d) && next_is_alnum_past_invisibles(text, end) {
                    // `Mar\u{AD}tin`: a soft hyphen or zero-width character inside a word leaves it whole.
                    end += d.len_utf8();
                } else if matches!(d, '-' | '\u{2010}' | '\u{2011}')
                    && next_is_alnum(text, end + d.len_utf8())
                    || matches!(d, '\u{2212}' | '\u{2013}')
                        && text[..end].chars().next_back().is_some_and(char::is_alphabetic)
                        && text[end + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic)
                {
                    // The hyphen, and the Unicode hyphens some pages type (`Pierre‐André`, `estime‐t‐il`);
                    // a minus sign or an en dash between letters is one too (`Saint−Basile`, `Laval–CSN`),
                    // not between figures (`2019–2020`).
                    end += d.len_utf8();
                } else if is_apostrophe(d) {
                    // An elision: `l’`, `d'`, `aujourd’hui` stays whole when the word goes on lowercase
                    // and the left part is not a short elidable word.
                    let left = &text[i..end];
                    // `décision’’`: apostrophes after a word that is no elision, before no letter, are marks
                    // (`’’` typed for `”`), not part of the word.
                    if !is_elision(left) && !next_is_alnum(text, end + d.len_utf8()) {
                        break;
                    }
                    end += d.len_utf8();
                    if is_elision(left) {
                        break;
                    }
                } else {
                    break;
                }
            }
        }
        out.push(Token {
            text: &text[i..end],
            start: base + i,
            end: base + end,
        });
        i = end;
    }
    out
}

/// The character starting at byte `at` (a character boundary), ASCII without decoding.
fn char_at(text: &str, at: usize) -> char {
    match text.as_bytes()[at] {
        b if b.is_ascii() => char::from(b),
        _ => text[at..].chars().next().unwrap_or_default(),
    }
}

/// Whether the letters before an apostrophe are a word French elides (`l`, `qu`, `jusqu`).
fn is_elision(left: &str) -> bool {
    const ELIDED: [&str; 14] = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "presqu",
    ];
    if left.is_ascii() {
        ELIDED.iter().any(|e| left.eq_ignore_ascii_case(e))
    } else {
        ELIDED.contains(&fold(left).as_str())
    }
}

/// Whether, past any invisible characters from `at`, a letter or digit follows.
fn next_is_alnum_past_invisibles(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .find(|&c| !is_invisible(c))
        .is_some_and(is_word_char)
}

/// A combining mark: an accent written after its letter (`e` + U+0301 for `é` in decomposed text).
pub fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// A name or word as a reader should see it, whatever bytes the page held: its characters composed
/// (NFC: `e` + U+0301 → `é`) and the invisible ones left out. For display; spans keep the original bytes.
pub fn display(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if s.is_ascii() {
        return s.to_string();
    }
    s.nfc().filter(|&c| !is_invisible(c)).collect()
}

fn next_is_alnum(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(is_word_char)
}

/// A dot inside a number (`2.5`), an abbreviation like `S.A.` or a news site's address (`reporter.lu`)
/// continues the token.
pub fn is_inner_dot(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + 1..].chars().next();
    matches!((before, after), (Some(b), Some(a)) if b.is_ascii_digit() && a.is_ascii_digit())
        || before.is_some_and(|b| b.is_ascii_alphanumeric()) && domain_follows(&text[at + 1..])
}

/// The top-level domains of French-language news sites' addresses (`reporter.lu`, `lemonde.fr`).
const NEWS_DOMAINS: &[&str] = &[
    "fr", "be", "ch", "lu", "ca", "qc", "mc", "ma", "dz", "tn", "sn", "ci", "cm", "cd", "cg", "ml", "bf",
    "ne", "bj", "tg", "ga", "gn", "mg", "mu", "ht", "re", "com", "net", "org", "info", "news", "tv", "eu",
    "io",
];

/// Whether `rest` (after a dot) starts with a top-level domain of `NEWS_DOMAINS` that ends the word.
fn domain_follows(rest: &str) -> bool {
    // All lower case or all upper case (`ACTUALITE.CD`), never mixed (`fait.Ne pas`).
    let lower = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let upper = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let n = lower.max(upper);
    NEWS_DOMAINS.contains(&rest[..n].to_ascii_lowercase().as_str())
        && rest[n..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Whether a word is a web address of the kind that names a news site (`reporter.lu`, `Le360.ma`).
pub fn is_web_address(word: &str) -> bool {
    // A byte loop, not `rfind`: most words are short and have no dot, and this runs on every token.
    word.bytes()
        .rposition(|b| b == b'.')
        .is_some_and(|dot| dot >= 2 && domain_follows(&word[dot + 1..]) && !word[..dot].contains(' '))
}

/// The French Snowball stem of an already folded word.
pub fn stem(folded_word: &str) -> String {
    static STEMMER: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    STEMMER
        .get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::French))
        .stem(folded_word)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_news_site_address_is_one_token() {
        let t = tokens("indique reporter.lu. Selon Le360.ma, 3.5 fois.", 0);
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "indique",
                "reporter.lu",
                ".",
                "Selon",
                "Le360.ma",
                ",",
                "3.5",
                "fois",
                "."
            ]
        );
        assert!(is_web_address("reporter.lu") && is_web_address("ACTUALITE.CD"));
        assert!(!is_web_address("fois.Il") && !is_web_address("fait.Ne"));
    }

    #[test]
    fn the_latin_shortcut_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{2FF}').chain(['’', '«', '»', '\u{202F}', 'ß', 'Я', '日']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn the_french_letters_fold_as_the_general_table_folds_them() {
        for c in "àâäÀÂÄçÇéèêëÉÈÊËîïÎÏôöÔÖùûüÙÛÜÿŸ".chars() {
            let general = deunicode::deunicode_char(c).unwrap_or("").to_ascii_lowercase();
            assert_eq!(fold(&c.to_string()), general, "{c}");
        }
    }

    #[test]
    fn folds_accents_case_and_apostrophes() {
        assert_eq!(fold("Choïgou"), "choigou");
        assert_eq!(fold("l’Iran"), "l'iran");
        assert_eq!(fold("Œuvre"), "oeuvre");
    }

    #[test]
    fn tokens_keep_elisions_and_hyphens() {
        let t: Vec<_> = tokens("l’ambassadeur d'Iran, a-t-il dit «", 0)
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(t, ["l’", "ambassadeur", "d'", "Iran", ",", "a-t-il", "dit", "«"]);
        // The Unicode hyphens some pages type join a word as the hyphen does, and fold to it.
        let t: Vec<_> = tokens("Pierre\u{2010}André estime\u{2011}t\u{2011}il", 0)
            .iter()
            .map(|t| fold(t.text))
            .collect();
        assert_eq!(t, ["pierre-andre", "estime-t-il"]);
        // So does a minus sign between letters (`Saint−Basile`), not between figures (`3−2`).
        let t: Vec<_> = tokens("Saint\u{2212}Basile\u{2212}le\u{2212}Grand, 3\u{2212}2", 0)
            .iter()
            .map(|t| fold(t.text))
            .collect();
        assert_eq!(t, ["saint-basile-le-grand", ",", "3", "-", "2"]);
        // And an en dash between letters (`Laval–CSN`), not between figures or between spaces.
        let t: Vec<_> = tokens("Laval\u{2013}CSN, 2019\u{2013}2020, Roux \u{2013} Vidal", 0)
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            [
                "Laval\u{2013}CSN",
                ",",
                "2019",
                "\u{2013}",
                "2020",
                ",",
                "Roux",
                "\u{2013}",
                "Vidal"
            ]
        );
    }

    #[test]
    fn an_ampersand_between_capitals_joins_an_acronym() {
        let t: Vec<_> = tokens("du CD&V Sammy, Marks & Spencer", 0)
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(t, ["du", "CD&V", "Sammy", ",", "Marks", "&", "Spencer"]);
    }

    #[test]
    fn an_elision_ends_its_token_in_any_case_and_other_apostrophes_do_not() {
        let t: Vec<_> = tokens("Qu’il JUSQU'ici aujourd’hui Iran’s 2.5-3", 0)
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            ["Qu’", "il", "JUSQU'", "ici", "aujourd’hui", "Iran’s", "2.5-3"]
        );
    }

    #[test]
    fn token_offsets_are_bytes_into_the_text() {
        let s = "Téhéran a démenti.";
        for t in tokens(s, 0) {
            assert_eq!(&s[t.start..t.end], t.text);
        }
    }
}
