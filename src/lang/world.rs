//! `world.yaml`: states with the capitals and seats of power that stand for them, their adjectives, and
//! the news media. Facts true in every article, never about one article. Lookups go through folded
//! hash maps built once.

use crate::text::{fold, WordMap};
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
        let (i, j) = *self.index().states.get(without_article(&fold(words.trim())))?;
        let state = &self.states[i];
        let form = state.names.iter().chain(&state.seats).nth(j)?;
        Some((state, form.as_str()))
    }

    /// The state an adjective belongs to (`iraniens` → Iran).
    pub fn state_of_adjective(&self, word: &str) -> Option<&State> {
        let i = *self.index().adjectives.get(&fold(word))?;
        Some(&self.states[i])
    }

    /// The medium a name designates (`Mehr News Agency` → Mehr).
    pub fn medium(&self, words: &str) -> Option<&Medium> {
        let i = *self.index().media.get(&fold(words))?;
        Some(&self.media[i])
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
