//! The gender of first names (`src/lang/fr/first_names.tsv`, from Jörg Michael's dictionary: see
//! `first_names.ORIGIN.md`), for the agreement of `il` and `elle` with the person they stand for. A name
//! the dictionary leaves unisex, or does not know, has no gender here.
//!
//! Not here: the gender a role noun or a title gives (`la ministre`, `Mme`): that is `extract::people`'s.

use crate::lang::lexicon::Gender;
use crate::text::fold;

static NAMES: &str = include_str!("fr/first_names.tsv");

/// Whether a name opens with a first name the dictionary knows (`Jean-Paul Roux`, `Delphine`): its first
/// word, up to a space or a hyphen.
pub fn opens_name(name: &str) -> bool {
    gender(name.split([' ', '-']).next().unwrap_or_default()).is_some()
}

/// The gender of a first name (`Delphine` → feminine), by binary search over the sorted lines.
pub fn gender(first_name: &str) -> Option<Gender> {
    let want = fold(first_name);
    let text = NAMES.as_bytes();
    let (mut lo, mut hi) = (0, text.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = text[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = text[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |p| start + p);
        let line = &NAMES[start..end];
        let (name, g) = line.split_once('\t')?;
        match name.as_bytes().cmp(want.as_bytes()) {
            std::cmp::Ordering::Equal => {
                return match g {
                    "m" => Some(Gender::Masculine),
                    "f" => Some(Gender::Feminine),
                    _ => None,
                }
            }
            std::cmp::Ordering::Less => lo = (end + 1).min(text.len()),
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
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
    fn the_file_is_sorted_and_every_line_is_a_name_and_a_gender() {
        let mut prev = "";
        for line in NAMES.lines() {
            let (name, g) = line.split_once('\t').unwrap_or((line, ""));
            assert!(matches!(g, "m" | "f"), "{line:?}");
            assert!(prev.as_bytes() < name.as_bytes(), "{prev:?} before {name:?}");
            assert_eq!(fold(name), name);
            prev = name;
        }
    }
}
