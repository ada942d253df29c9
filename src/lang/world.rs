//! `world.yaml`: states with the capitals and seats of power that stand for them, their adjectives, and
//! the news media. Facts true in every article, never about one article.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct World {
    pub states: Vec<State>,
    pub media: Vec<Medium>,
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

impl World {
    /// The state a name, seat or capital stands for (`Téhéran` → Iran, `le Caire` → Égypte), comparing
    /// accent- and case-folded, with or without a leading article.
    pub fn state_of(&self, words: &str) -> Option<&State> {
        let folded = crate::text::fold(words.trim());
        let key = without_article(&folded);
        self.states.iter().find(|s| {
            s.names
                .iter()
                .chain(&s.seats)
                .any(|n| without_article(&crate::text::fold(n)) == key)
        })
    }

    /// The state an adjective belongs to (`iraniens` → Iran).
    pub fn state_of_adjective(&self, word: &str) -> Option<&State> {
        let key = crate::text::fold(word);
        self.states
            .iter()
            .find(|s| s.adjectives.iter().any(|a| crate::text::fold(a) == key))
    }

    /// The medium a name designates (`Mehr News Agency` → Mehr).
    pub fn medium(&self, words: &str) -> Option<&Medium> {
        let key = crate::text::fold(words);
        self.media
            .iter()
            .find(|m| m.forms.iter().any(|f| crate::text::fold(f) == key))
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
