//! The names of the store's files: which file holds which article, as a function of the article's name
//! (and, for a second article of the same name from another source, a variant number).
//!
//! An article `x.txt` (or `x.md`, or a JSON Lines id `x`) is held by `x.yaml`. The name is escaped so that
//! no article can become a hidden file (a leading `.`), take a reserved name (`aliases.yaml`), reach
//! another folder, or exceed what a file system takes; a second article of the same name from another
//! source gets `x~0a1b2c3d.yaml`. Which names collide is settled by `update::assign`, not here.
//!
//! Not here: reading or writing the files (`store`), deciding which source owns a name (`update`).

use std::ffi::OsStr;

/// Files of the store that are not article records, and the names no article may take.
pub const RESERVED: &[&str] = &["aliases.yaml"];

/// The longest store file name written, in bytes: below the 255 of common file systems, with room for
/// a variant.
const MAX_NAME: usize = 200;

/// The extensions an article file's name loses in its store file's name.
const ARTICLE_EXTENSIONS: &[&str] = &[".txt", ".md"];

/// The store file's name for the article named `article`; `variant` tells apart a second article of
/// the same name from another source.
pub fn file_name(article: &str, variant: Option<u32>) -> String {
    let mut name = base(article);
    if let Some(v) = variant {
        name.push_str(&format!("~{v:08x}"));
    }
    name.push_str(".yaml");
    name
}

/// What a store file's name says of the article it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    /// The article's own name.
    Plain,
    /// The name of a second article of that name from another source.
    Variant(u32),
    /// The name the first versions gave it (the article's name up to its last dot): the file moves to
    /// the name it has now.
    Older,
    /// No name ever given to that article: the file's `article:` or its name was edited by hand.
    Foreign,
}

impl Given {
    /// The variant, if the name is the article's own or one of its variants.
    pub fn variant(self) -> Option<Option<u32>> {
        match self {
            Given::Plain => Some(None),
            Given::Variant(v) => Some(Some(v)),
            Given::Older | Given::Foreign => None,
        }
    }
}

/// What the store file named `file` is for the article named `article`.
pub fn given(file: &str, article: &str) -> Given {
    let Some(rest) = file
        .strip_suffix(".yaml")
        .and_then(|stem| stem.strip_prefix(base(article).as_str()))
    else {
        // A space after the last dot is no name the first versions gave: a damaged `article:` line
        // (`wire_003.txt - 579`, a list item folded into it) is foreign, reported and left as it is.
        let after_dot = article.rsplit_once('.').map_or("", |(_, e)| e);
        return if file == older_name(article) && !after_dot.contains(char::is_whitespace) {
            Given::Older
        } else {
            Given::Foreign
        };
    };
    if rest.is_empty() {
        return Given::Plain;
    }
    match rest.strip_prefix('~') {
        Some(hex)
            if hex.len() == 8
                && hex
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) =>
        {
            u32::from_str_radix(hex, 16).map_or(Given::Foreign, Given::Variant)
        }
        _ => Given::Foreign,
    }
}

/// The name the first versions gave the store file of `article`: its name up to the last dot.
fn older_name(article: &str) -> String {
    let stem = std::path::Path::new(article)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(article);
    format!("{stem}.yaml")
}

/// The escaped stem: the name without an article file's extension, `%XX` for the bytes that would make it
/// another kind of file name, and a hash of the whole name in place of what is too long.
fn base(article: &str) -> String {
    let stem = ARTICLE_EXTENSIONS
        .iter()
        .find_map(|ext| article.strip_suffix(ext).filter(|s| !s.is_empty()))
        .unwrap_or(article);
    let mut out = String::with_capacity(stem.len());
    for (i, c) in stem.char_indices() {
        let escape = matches!(c, '%' | '~' | '/' | '\\' | '\0')
            || c.is_control()
            || (i == 0 && c == '.')
            || crate::text::is_invisible(c);
        if escape {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    if out.is_empty() {
        out.push_str("%00");
    }
    if RESERVED
        .iter()
        .any(|r| r.strip_suffix(".yaml") == Some(out.as_str()))
    {
        let first = out.remove(0);
        out.insert_str(0, &format!("%{:02X}", first as u32));
    }
    if out.len() > MAX_NAME {
        let mut cut = MAX_NAME - 20;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push_str(&format!("%~{:016x}", crate::text::fnv64(article.as_bytes())));
    }
    out
}

/// An article's name from its file name: the name itself when it is UTF-8, else with each byte that is
/// not UTF-8 written `%XX`, so that two names that differ only there stay two names.
pub fn article_name(file_name: &OsStr) -> String {
    if let Some(s) = file_name.to_str() {
        return s.to_string();
    }
    let bytes = file_name.as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_file_loses_its_extension_and_nothing_else() {
        assert_eq!(file_name("003_ff88.txt", None), "003_ff88.yaml");
        assert_eq!(file_name("note.md", None), "note.yaml");
        assert_eq!(file_name("lemonde.fr-1001", None), "lemonde.fr-1001.yaml");
        assert_eq!(file_name("lemonde.fr-1002", None), "lemonde.fr-1002.yaml");
        assert_eq!(file_name("x.txt", Some(0x1a2b)), "x~00001a2b.yaml");
    }

    #[test]
    fn no_article_becomes_a_hidden_reserved_or_foreign_file() {
        assert_eq!(file_name(".cache.txt", None), "%2Ecache.yaml");
        assert_eq!(file_name("aliases.txt", None), "%61liases.yaml");
        assert_eq!(file_name("aliases", None), "%61liases.yaml");
        assert_eq!(file_name("a/b", None), "a%2Fb.yaml");
        assert_eq!(file_name("50%~x.txt", None), "50%25%7Ex.yaml");
        assert_eq!(file_name(".txt", None), "%2Etxt.yaml");
        assert_eq!(file_name("", None), "%00.yaml");
        assert_eq!(file_name("a\u{200B}b", None), "a%E2%80%8Bb.yaml");
    }

    #[test]
    fn a_long_name_is_cut_with_a_hash_of_the_whole() {
        let long = "é".repeat(150);
        let a = file_name(&format!("{long}a"), None);
        let b = file_name(&format!("{long}b"), None);
        assert!(a.len() <= MAX_NAME + 5 && b.len() <= MAX_NAME + 5, "{a}");
        assert_ne!(a, b);
        let v = file_name(&format!("{long}a"), Some(7));
        assert!(v.len() < 255 - 30, "{}", v.len());
        assert_eq!(given(&v, &format!("{long}a")), Given::Variant(7));
    }

    #[test]
    fn the_variant_and_an_older_name_are_read_back_and_other_names_are_foreign() {
        assert_eq!(given("x.yaml", "x.txt"), Given::Plain);
        assert_eq!(given("x~0000002a.yaml", "x.txt"), Given::Variant(42));
        assert_eq!(given("x~2a.yaml", "x.txt"), Given::Foreign);
        assert_eq!(given("x~0000002A.yaml", "x.txt"), Given::Foreign);
        assert_eq!(given("lemonde.yaml", "lemonde.fr-1001"), Given::Older);
        assert_eq!(given("y.yaml", "x.txt"), Given::Foreign);
        assert_eq!(given("004_d1fb.yaml", "004_d1!b.txt"), Given::Foreign);
        assert_eq!(given("wire_003.yaml", "wire_003.txt - 579"), Given::Foreign);
    }

    #[test]
    fn names_that_differ_only_in_bytes_that_are_not_utf8_stay_apart() {
        use std::os::unix::ffi::OsStrExt;
        let a = article_name(OsStr::from_bytes(b"caf\xe9.txt"));
        let b = article_name(OsStr::from_bytes(b"caf\xe8.txt"));
        assert_eq!(a, "caf%E9.txt");
        assert_ne!(a, b);
        assert_eq!(article_name(OsStr::new("café.txt")), "café.txt");
    }
}
