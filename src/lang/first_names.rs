//! First names and their gender (`src/lang/fr/first_names.tsv`, from Jörg Michael's dictionary: see
//! `first_names.ORIGIN.md`): whether a word opens a person's name, and the agreement of `il` and `elle`
//! with the person they stand for. A name of either gender (`Dominique`) is known, with no gender.
//!
//! Not here: the gender a role noun or a title gives (`la ministre`, `Mme`): that is `extract::people`'s.

use crate::lang::lexicon::Gender;
use crate::text::{fold, WordMap};
use std::sync::OnceLock;

static NAMES: &str = include_str!("fr/first_names.tsv");

/// Whether a name opens with a first name the dictionary knows (`Jean-Paul Roux`, `Delphine`): its first
/// word, up to a space or a hyphen.
pub fn opens_name(name: &str) -> bool {
    is_first_name(
        name.split([' ', '-', '\u{2010}', '\u{2011}'])
            .next()
            .unwrap_or_default(),
    )
}

/// Whether the dictionary knows a word as a first name, of a gender or not (`Dominique`).
pub fn is_first_name(word: &str) -> bool {
    line(word).is_some()
}

/// The gender of a first name (`Delphine` → feminine); `None` for an unknown name and for one of either
/// gender (`Dominique`).
pub fn gender(first_name: &str) -> Option<Gender> {
    match line(first_name)? {
        "m" => Some(Gender::Masculine),
        "f" => Some(Gender::Feminine),
        _ => None,
    }
}

/// The code of a first name's line (`m`, `f`, or `u` for either gender), from an index of the file built
/// once (names are asked of many tokens of every article: a hash lookup beats a binary search over the
/// text).
fn line(first_name: &str) -> Option<&'static str> {
    index().get(fold(first_name).as_str()).copied()
}

/// Every name of the file with its code; `prepare` builds it before articles come.
fn index() -> &'static WordMap<&'static str, &'static str> {
    static INDEX: OnceLock<WordMap<&'static str, &'static str>> = OnceLock::new();
    INDEX.get_or_init(|| NAMES.lines().filter_map(|l| l.split_once('\t')).collect())
}

/// Builds the index now (see `extract::prepare`).
pub fn prepare() {
    index();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_have_the_gender_french_gives_them() {
        assert_eq!(gender("Delphine"), Some(Gender::Feminine));
        assert_eq!(gender("Éric"), Some(Gender::Masculine));
        assert_eq!(gender("Jean"), Some(Gender::Masculine));
        assert_eq!(gender("Marie"), Some(Gender::Feminine));
        assert_eq!(gender("Aminata"), Some(Gender::Feminine));
        assert_eq!(gender("Claude"), None, "unisex in France");
        assert_eq!(gender("Zzyzx"), None);
        assert_eq!(gender(""), None);
    }

    #[test]
    fn names_of_west_africa_and_the_arab_world_are_known_too() {
        // From nomquamgender, which nam_dict lacks them in.
        assert_eq!(gender("Ousmane"), Some(Gender::Masculine));
        assert_eq!(gender("Ibrahima"), Some(Gender::Masculine));
        assert_eq!(gender("Kadiatou"), Some(Gender::Feminine));
        assert_eq!(gender("Jannik"), Some(Gender::Masculine));
        // A name that is a French word too is left out (`Junior`, `Papa`, `Lune`).
        assert!(!is_first_name("Junior") && !is_first_name("Papa") && !is_first_name("Lune"));
    }

    #[test]
    fn a_name_of_either_gender_is_known_without_one() {
        assert!(is_first_name("Dominique") && gender("Dominique").is_none());
        assert!(opens_name("Camille Martin") && opens_name("Jean-Paul Roux"));
        // Function words the dictionary lists as rare names elsewhere are not first names here.
        assert!(!is_first_name("de") && !is_first_name("le") && !is_first_name("Paris"));
    }

    #[test]
    fn the_file_is_sorted_and_every_line_is_a_name_and_a_gender_or_u() {
        let mut prev = "";
        for line in NAMES.lines() {
            let (name, g) = line.split_once('\t').unwrap_or((line, ""));
            assert!(matches!(g, "m" | "f" | "u"), "{line:?}");
            assert!(prev.as_bytes() < name.as_bytes(), "{prev:?} before {name:?}");
            assert_eq!(fold(name), name);
            prev = name;
        }
    }
}
