//! A fast writer of block YAML for the claim store and `export --format yaml`: a serde `Serializer` that
//! writes straight into a `String`, in the layout serde_yaml writes (two-space indents, sequences in a
//! mapping not indented, `[]` for an empty list, no document marker).
//!
//! A string is written plain when YAML would read it back as that same string, in single quotes when
//! it would read as something else (`null`, `true`, `12`, `007`) or holds an indicator (`: `, ` #`, a
//! leading `-` and space), and in double quotes with escapes when it holds line breaks or characters
//! YAML does not print as they are (a tab, a byte-order mark, a character beyond the Basic Multilingual
//! Plane). The choice follows libyaml's emitter, so the store reads the same and diffs the same as when
//! it was written with serde_yaml, which serialises records about ten times slower.
//!
//! What the claim model never holds is refused with an error: bytes, enum variants with data, and map
//! keys that are not scalars.

use serde::ser::{self, Serialize};
use std::fmt::{self, Write};

/// Why a value could not be written.
#[derive(Debug)]
pub struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

/// `value` as a YAML document.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Unsupported> {
    let mut w = Writer {
        out: String::with_capacity(4096),
        at: Place::Top,
        key_only: false,
    };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// Where the next value goes.
#[derive(Clone, Copy)]
enum Place {
    /// The document itself.
    Top,
    /// After `key:` written at this column.
    AfterKey(usize),
    /// After `- ` whose dash is at this column.
    AfterDash(usize),
}

struct Writer {
    out: String,
    at: Place,
    /// Writing a map key: only a scalar may be written.
    key_only: bool,
}

impl Writer {
    /// Writes a scalar where the next value goes and ends its line; `write` puts the scalar itself.
    fn line(&mut self, write: impl FnOnce(&mut String)) {
        if let Place::AfterKey(_) = self.at {
            self.out.push(' ');
        }
        write(&mut self.out);
        self.out.push('\n');
    }

    /// A scalar that is written as it is (a number, `null`, `[]`).
    fn scalar(&mut self, text: &str) {
        self.line(|out| out.push_str(text));
    }

    /// A string, in the style YAML reads back as that string.
    fn string(&mut self, s: &str) {
        self.line(|out| push_string(out, s));
    }

    /// Opens a mapping or sequence here; entries are written by `Block::entry`.
    fn block(&mut self, sequence: bool) -> Result<Block<'_>, Unsupported> {
        if self.key_only {
            return Err(Unsupported("a map key must be a string or a number".into()));
        }
        let (column, inline_first) = match self.at {
            Place::Top => (0, false),
            // Sequences under a key are not indented, mappings are.
            Place::AfterKey(c) => (if sequence { c } else { c + 2 }, false),
            Place::AfterDash(c) => (c + 2, true),
        };
        Ok(Block {
            parent: self.at,
            column,
            inline_first,
            entries: 0,
            sequence,
            w: self,
        })
    }
}

/// An open mapping or sequence.
struct Block<'a> {
    w: &'a mut Writer,
    parent: Place,
    column: usize,
    inline_first: bool,
    entries: usize,
    sequence: bool,
}

impl Block<'_> {
    /// Starts the next entry's line: its indent, unless it shares the line of the parent's `- `.
    fn entry(&mut self) {
        if self.entries == 0 && matches!(self.parent, Place::AfterKey(_)) {
            self.w.out.push('\n');
        }
        if self.entries > 0 || !self.inline_first {
            self.w.out.extend(std::iter::repeat_n(' ', self.column));
        }
        self.entries += 1;
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.entry();
        self.w.out.push_str("- ");
        self.w.at = Place::AfterDash(self.column);
        value.serialize(&mut *self.w)
    }

    /// Starts an entry `key:`; `write` puts the key itself.
    fn key(&mut self, write: impl FnOnce(&mut String)) {
        self.entry();
        write(&mut self.w.out);
        self.w.out.push(':');
        self.w.at = Place::AfterKey(self.column);
    }

    fn close(self) -> Result<(), Unsupported> {
        if self.entries == 0 {
            self.w.at = self.parent;
            self.w.scalar(if self.sequence { "[]" } else { "{}" });
        }
        Ok(())
    }
}

/// Writes `s` in the style YAML reads back as the same string.
fn push_string(out: &mut String, s: &str) {
    if let Some(plain) = printable_style(s) {
        if plain {
            out.push_str(s);
        } else {
            out.push('\'');
            for part in s.split_inclusive('\'') {
                out.push_str(part);
                if part.ends_with('\'') {
                    out.push('\'');
                }
            }
            out.push('\'');
        }
        return;
    }
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if printable(c) && !is_break(c) => out.push(c),
            c if (c as u32) <= 0xFF => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            c if (c as u32) <= 0xFFFF => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08X}", c as u32);
            }
        }
    }
    out.push('"');
}

/// Characters libyaml writes as they are (its `IS_PRINTABLE`, which also lets `\n` through).
fn printable(c: char) -> bool {
    matches!(c, '\n' | '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        && c != '\u{FEFF}'
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Whether a plain scalar with these characters would be read as null, a boolean or a number.
fn resolves_to_another_type(s: &str) -> bool {
    // Every such form starts with one of these (or is empty).
    if !s
        .bytes()
        .next()
        .is_none_or(|b| b.is_ascii_digit() || b"+-.~nNtTfF".contains(&b))
    {
        return false;
    }
    if s.is_empty()
        || matches!(
            s,
            "~" | "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        )
    {
        return true;
    }
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    // Leading zeros and digits (`007`) read as a string in YAML 1.2, but the reader quotes them.
    if unsigned.len() > 1 && unsigned.starts_with('0') && unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let (digits, radix) = match unsigned.get(..2) {
        Some("0x") => (&unsigned[2..], 16),
        Some("0o") => (&unsigned[2..], 8),
        Some("0b") => (&unsigned[2..], 2),
        _ => (unsigned, 10),
    };
    if !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix)) {
        return true;
    }
    // One sign only: `++0` is a string to the reader, though Rust parses `+0` after the first `+`.
    let float = s
        .strip_prefix('+')
        .filter(|rest| !rest.starts_with(['+', '-']))
        .unwrap_or(s);
    matches!(unsigned, ".inf" | ".Inf" | ".INF" | ".nan" | ".NaN" | ".NAN")
        || float.parse::<f64>().is_ok_and(f64::is_finite)
}

/// Bytes that need a closer look when a string's style is decided: control characters, the lead bytes
/// of the characters libyaml does not print as they are (C1 controls and NEL after 0xC2, the line and
/// paragraph separators after 0xE2, the byte-order mark and U+FFFE/U+FFFF after 0xEF, anything beyond
/// the Basic Multilingual Plane), and the indicators `:` and `#`. Everything else passes in one scan.
static ATTENTION: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = b < 0x20
            || b == 0x7F
            || b == 0xC2
            || b == 0xE2
            || b == 0xEF
            || b >= 0xF0
            || b == b':' as usize
            || b == b'#' as usize;
        b += 1;
    }
    t
};

/// The bytes a plain scalar may not start with: indicators, quotes and a space. A table, because
/// `contains` on a byte string calls `memchr`, and this runs for every string written.
static NEVER_FIRST: [bool; 256] = {
    let set = b"#,[]{}&*!|>'\"%@` ";
    let mut t = [false; 256];
    let mut i = 0;
    while i < set.len() {
        t[set[i] as usize] = true;
        i += 1;
    }
    t
};

/// `None` when `s` needs double quotes (a line break or a character not printed as it is); else whether
/// it may be written plain, by libyaml's test for a plain scalar in block context (no leading or
/// trailing space, no document marker, no indicator where it would start a structure: `- `, `? `, `: `,
/// ` #`, a leading `[`, `&`, `'`…) and the reader's (it must not read as another type).
fn printable_style(s: &str) -> Option<bool> {
    let b = s.as_bytes();
    let first_blocked = b.first().is_some_and(|&f| {
        NEVER_FIRST[usize::from(f)]
            || (matches!(f, b'?' | b':' | b'-') && b.get(1).is_none_or(|&n| n == b' '))
    });
    let mut plain = !first_blocked && !s.starts_with("---") && !s.starts_with("...") && !s.ends_with(' ');
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&x| ATTENTION[usize::from(x)]) {
        let j = i + off;
        let (next, after) = (b.get(j + 1).copied(), b.get(j + 2).copied());
        match b[j] {
            b':' => plain &= next.is_some_and(|n| n != b' '),
            b'#' => plain &= !(j > 0 && b[j - 1] == b' '),
            0xC2 if next.is_some_and(|n| n > 0x9F) => {}
            0xE2 if !(next == Some(0x80) && matches!(after, Some(0xA8 | 0xA9))) => {}
            0xEF if !matches!(
                (next, after),
                (Some(0xBB), Some(0xBF)) | (Some(0xBF), Some(0xBE | 0xBF))
            ) => {}
            _ => return None,
        }
        i = j + 1;
    }
    Some(plain && !resolves_to_another_type(s) && !yaml11_reads_another_type(s))
}

/// Whether a YAML 1.1 reader (PyYAML, Ruby's Psych, most spreadsheets' importers) would read the plain
/// scalar as a boolean, a date, a number or a merge key, where YAML 1.2 (serde_yaml) reads a string:
/// `No`, `on`, `y`, `2024-11-24`, `1_000`, `1:20`, `<<`. Such strings are quoted so that every reader
/// gets the string back.
pub(crate) fn yaml11_reads_another_type(s: &str) -> bool {
    const BOOLEANS: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
    ];
    if BOOLEANS.contains(&s) || s == "<<" || s == "=" {
        return true;
    }
    let b = s.as_bytes();
    let numeric = !b.is_empty()
        && (b[0].is_ascii_digit() || matches!(b[0], b'+' | b'-' | b'.'))
        && b.iter().all(|c| c.is_ascii_digit() || b"+-._:eE".contains(c));
    if numeric && (s.contains('_') || s.contains(':')) {
        return true;
    }
    // A date, or a date and time: `2024-11-24`, `2024-11-24 10:30:00Z`.
    let date = b.len() >= 8
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5].is_ascii_digit()
        && b.iter().all(|c| c.is_ascii_digit() || b"-:. tTzZ+".contains(c))
        && b.iter().filter(|&&c| c == b'-').count() >= 2;
    date
}

macro_rules! display_scalar {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Unsupported> {
            self.scalar(&v.to_string());
            Ok(())
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Block<'a>;
    type SerializeTuple = Block<'a>;
    type SerializeTupleStruct = Block<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = Block<'a>;
    type SerializeStruct = Block<'a>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    display_scalar!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128);

    fn serialize_f32(self, v: f32) -> Result<(), Unsupported> {
        self.serialize_f64(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Result<(), Unsupported> {
        let text = if v.is_nan() {
            ".nan".to_string()
        } else if v.is_infinite() {
            if v > 0.0 { ".inf" } else { "-.inf" }.to_string()
        } else {
            let t = v.to_string();
            if t.contains(['.', 'e']) {
                t
            } else {
                format!("{t}.0")
            }
        };
        self.scalar(&text);
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        self.string(v);
        Ok(())
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported("bytes have no YAML form here".into()))
    }

    fn serialize_none(self) -> Result<(), Unsupported> {
        self.scalar("null");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.scalar("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        Err(Unsupported(format!("enum variant `{variant}` holds data")))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Block<'a>, Unsupported> {
        self.block(true)
    }

    fn serialize_tuple(self, _: usize) -> Result<Block<'a>, Unsupported> {
        self.block(true)
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Block<'a>, Unsupported> {
        self.block(true)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported(format!("enum variant `{variant}` holds data")))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Block<'a>, Unsupported> {
        self.block(false)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Block<'a>, Unsupported> {
        self.block(false)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported(format!("enum variant `{variant}` holds data")))
    }
}

impl ser::SerializeSeq for Block<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.item(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.close()
    }
}

impl ser::SerializeTuple for Block<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.item(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Block<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.item(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.close()
    }
}

impl ser::SerializeStruct for Block<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.key(|out| push_string(out, key));
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.close()
    }
}

impl ser::SerializeMap for Block<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unsupported> {
        let mut text = Writer {
            out: String::new(),
            at: Place::Top,
            key_only: true,
        };
        key.serialize(&mut text)?;
        self.key(|out| out.push_str(text.out.trim_end_matches('\n')));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.close()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{ArticleMeta, Claim, Kind, Review, SpeakerKind, Stance};
    use crate::store::ArticleRecord;
    use proptest::prelude::*;

    fn claim(text: &str) -> Claim {
        Claim {
            id: "a-0123456789abcdef".into(),
            article: "a.txt".into(),
            outlet: Some("Le Monde".into()),
            agency: None,
            date: Some("2024-09-10".into()),
            title: Some("Titre : l'Iran et la Russie".into()),
            speaker: Some("Sergueï Choïgou".into()),
            speaker_mention: Some("M. Choïgou".into()),
            speaker_name: Some("Sergueï Choïgou".into()),
            speaker_kind: Some(SpeakerKind::Person),
            role: None,
            via: Vec::new(),
            kind: Kind::Direct,
            stance: Stance::Deny,
            cue: Some("a démenti".into()),
            text: text.into(),
            span: [12, 40],
            rule: "cue before the quotation".into(),
            review: Review::default(),
        }
    }

    fn record(texts: &[&str]) -> ArticleRecord {
        ArticleRecord {
            meta: ArticleMeta {
                article: "a.txt".into(),
                path: "seeds/a.txt".into(),
                title: Some("Titre : l'Iran et la Russie".into()),
                outlet: Some("Le Monde".into()),
                date: Some("2024-09".into()),
                ..Default::default()
            },
            claims: texts.iter().map(|t| claim(t)).collect(),
            retired: Vec::new(),
        }
    }

    #[test]
    fn a_record_is_written_exactly_as_serde_yaml_writes_it() {
        let mut rec = record(&[
            "« nous n'avons livré aucun missile »",
            "007",
            "true",
            "- une liste ?",
            "texte : suite # pas un commentaire",
            "12.5",
            "",
            " espace devant",
            "Nouvelle\u{202F}!",
            "++0",
            "-.inf",
            "0x1F",
            "2024-09-10",
        ]);
        rec.claims[0].via = vec!["IRNA".into(), "agence Mehr".into()];
        rec.claims[1].review.note = Some("vu".into());
        rec.retired.push(claim("ancien"));
        // serde_yaml writes a date plain; the store quotes it (see the test below).
        let ours = to_string(&rec).unwrap();
        assert_eq!(
            ours.replace("'2024-09-10'", "2024-09-10"),
            serde_yaml::to_string(&rec).unwrap()
        );
    }

    #[test]
    fn what_a_yaml_1_1_reader_takes_for_another_type_is_quoted() {
        for s in [
            "No",
            "yes",
            "on",
            "OFF",
            "y",
            "2024-11-24",
            "2024-11-24 10:30:00Z",
            "1_000",
            "1:20",
            "<<",
            "=",
        ] {
            assert_eq!(to_string(s).unwrap(), format!("'{s}'\n"), "{s}");
            assert_eq!(serde_yaml::from_str::<String>(&to_string(s).unwrap()).unwrap(), s);
        }
        for s in ["Non", "yesterday", "2024-11", "Nord", "10 h 30"] {
            assert!(!to_string(s).unwrap().starts_with('\''), "{s}");
        }
    }

    #[test]
    fn an_empty_list_and_the_layout_of_nested_lists() {
        let rec = record(&[]);
        let yaml = to_string(&rec).unwrap();
        assert!(yaml.contains("\nclaims: []\n"), "{yaml}");
        let nested = vec![vec![1, 2], vec![], vec![3]];
        assert_eq!(to_string(&nested).unwrap(), "- - 1\n  - 2\n- []\n- - 3\n");
    }

    #[test]
    fn line_breaks_tabs_and_astral_characters_are_escaped_in_double_quotes() {
        assert_eq!(to_string("a\nb\tc 😀").unwrap(), "\"a\\nb\\tc \\U0001F600\"\n");
        assert_eq!(to_string("dit \"non\"\n").unwrap(), "\"dit \\\"non\\\"\\n\"\n");
    }

    #[test]
    fn what_the_model_never_holds_is_refused() {
        #[derive(serde::Serialize)]
        enum E {
            Data(u8),
        }
        assert!(to_string(&E::Data(1)).is_err());
        let mut m = std::collections::BTreeMap::new();
        m.insert(vec![1], 2);
        assert!(to_string(&m).is_err());
    }

    proptest! {
        /// Whatever the words, the store reads back the record it wrote.
        #[test]
        fn any_text_reads_back_as_written(texts in proptest::collection::vec(
            "[ a-zA-Z0-9:#'\"\\-?,\\[\\]{}&*!|>%@`~.+\t\n\r\u{7F}\u{80}\u{85}\u{9F}\u{A0}\u{202F}\u{2028}\u{2029}\u{D7FF}\u{E000}\u{FEFF}\u{FFFD}\u{FFFE}\u{FFFF}éÉœ«»’😀]{0,12}", 0..4)
        ) {
            let rec = record(&texts.iter().map(String::as_str).collect::<Vec<_>>());
            let yaml = to_string(&rec).unwrap();
            let back: ArticleRecord = serde_yaml::from_str(&yaml).unwrap();
            prop_assert_eq!(back, rec);
        }

        /// A one-line text is written as serde_yaml writes it, so the store diffs as before.
        #[test]
        fn one_line_texts_are_written_as_serde_yaml_writes_them(
            text in "[ a-zA-Z0-9:#'\"\\-?,\\[\\]{}&*!|>%@`~.+éÉœ«»’\u{A0}\u{202F}\u{D7FF}\u{E000}\u{FFFD}]{0,12}"
        ) {
            prop_assume!(!yaml11_reads_another_type(&text));
            prop_assert_eq!(to_string(&text).unwrap(), serde_yaml::to_string(&text).unwrap());
        }
    }
}
