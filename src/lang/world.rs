//! `world.yaml`: states with the capitals and seats of power that stand for them, their adjectives, and
//! the news media. Facts true in every article, never about one article. Lookups go through folded
//! hash maps built once.

use crate::text::{fold, fold_into, WordMap};
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
pub struct World {
    pub states: Vec<State>,
    pub media: Vec<Medium>,
    #[serde(skip)]
    index: OnceLock<Index>,
}

#[derive(Debug, Deserialize)]
pub struct State {
    /// The display name (`Iran`).
    pub name: String,
    /// Other names of the state itself (`République islamique d'Iran`).
    pub names: Vec<String>,
    /// Capitals and seats of power that stand for its government (`Téhéran`, `le Kremlin`).
    pub seats: Vec<String>,
    /// Adjectives of the state, every gender and number (`iranien`, `iraniennes`).
    pub adjectives: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Medium {
    pub name: String,
    pub forms: Vec<String>,
    /// A wire service whose copy other outlets carry.
    pub agency: bool,
    /// A social network or video platform: where anyone publishes, never what `la presse` or `le
    /// journal` describes.
    #[serde(default)]
    pub platform: bool,
}

/// The table's folded names, built once on first lookup: each lookup is one fold and one hash probe
/// instead of a fold of every entry. Where two entries fold alike, the first in the file wins, as a
/// scan in file order would have it.
#[derive(Debug, Default)]
struct Index {
    /// Folded state name or seat, without its leading article → the state, and the name or seat as
    /// the table writes it (its place in `names` then `seats`).
    states: WordMap<String, (usize, usize)>,
    /// Folded adjective → state.
    adjectives: WordMap<String, usize>,
    /// Folded medium form → medium.
    media: WordMap<String, usize>,
    /// The most letters, digits and other ASCII characters a folded key of any table holds, with a
    /// leading article: folding keeps every ASCII character, so a text with more cannot be in a table.
    longest: usize,
}

impl World {
    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut ix = Index::default();
            for (i, s) in self.states.iter().enumerate() {
                for (j, n) in s.names.iter().chain(&s.seats).enumerate() {
                    ix.states
                        .entry(without_article(&fold(n)).to_string())
                        .or_insert((i, j));
                }
                for a in &s.adjectives {
                    ix.adjectives.entry(fold(a)).or_insert(i);
                }
            }
            for (i, m) in self.media.iter().enumerate() {
                for f in &m.forms {
                    ix.media.entry(fold(f)).or_insert(i);
                }
            }
            let keys = ix
                .states
                .keys()
                .chain(ix.adjectives.keys())
                .chain(ix.media.keys());
            ix.longest = keys.map(String::len).max().unwrap_or(0) + "les ".len();
            ix
        })
    }

    /// The state a name, seat or capital stands for (`Téhéran` → Iran, `le Caire` → Égypte), comparing
    /// accent- and case-folded, with or without a leading article.
    pub fn state_of(&self, words: &str) -> Option<&State> {
        self.state_form(words).map(|(state, _)| state)
    }

    /// The state a name stands for, with that name as the table writes it (`le kremlin` → Russie,
    /// `Kremlin`; `Le Caire` → Égypte, `Le Caire`).
    pub fn state_form(&self, words: &str) -> Option<(&State, &str)> {
        let (i, j) = self.look_up(words.trim(), |ix, folded| ix.states.get(without_article(folded)))?;
        let state = &self.states[i];
        let form = state.names.iter().chain(&state.seats).nth(j)?;
        Some((state, form.as_str()))
    }

    /// The state an adjective belongs to (`iraniens` → Iran).
    pub fn state_of_adjective(&self, word: &str) -> Option<&State> {
        let i = self.look_up(word, |ix, folded| ix.adjectives.get(folded))?;
        Some(&self.states[i])
    }

    /// The medium a name designates (`Mehr News Agency` → Mehr).
    pub fn medium(&self, words: &str) -> Option<&Medium> {
        let i = self.look_up(words, |ix, folded| ix.media.get(folded))?;
        Some(&self.media[i])
    }

    /// Looks `text` up, folded, in one of the index's tables. A text longer than any key is not
    /// folded at all (noun phrases are looked up whole); the others are folded into one buffer per
    /// thread.
    fn look_up<T: Copy>(
        &self,
        text: &str,
        table: impl for<'i> Fn(&'i Index, &str) -> Option<&'i T>,
    ) -> Option<T> {
        thread_local! {
            static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        let ix = self.index();
        if text.bytes().filter(u8::is_ascii).count() > ix.longest {
            return None;
        }
        FOLDED.with_borrow_mut(|folded| {
            fold_into(text, folded);
            table(ix, folded).copied()
        })
    }
}

/// A folded name without its leading article (`le caire` → `caire`, `l'iran` → `iran`).
fn without_article(folded: &str) -> &str {
    for a in ["le ", "la ", "les ", "l'"] {
        if let Some(r) = folded.strip_prefix(a) {
            return r;
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use crate::lang::fr;

    #[test]
    fn names_are_found_folded_with_or_without_their_article_and_long_phrases_are_not() {
        let world = &fr().world;
        let name = |text: &str| world.state_of(text).map(|s| s.name.as_str());
        assert_eq!(name("les États-Unis d'Amérique"), Some("États-Unis"));
        assert_eq!(name("la MAISON-BLANCHE"), Some("États-Unis"));
        assert_eq!(name("le Caire"), Some("Égypte"));
        assert_eq!(name("le président des États-Unis d'Amérique"), None);
        // Provinces and cantons speak for their governments; the federal capital stays the federation's.
        assert_eq!(name("Québec"), Some("Québec"));
        assert_eq!(name("le canton du Valais"), Some("Valais"));
        assert_eq!(name("Berne"), Some("Suisse"));
        assert_eq!(
            world.state_of_adjective("valaisannes").map(|s| s.name.as_str()),
            Some("Valais")
        );
        assert_eq!(
            world.state_of_adjective("Égyptiennes").map(|s| s.name.as_str()),
            Some("Égypte")
        );
    }
}
