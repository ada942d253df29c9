//! States and media: the world table's forms compiled for lookups, the canonical name of an outlet,
//! the state a capital or seat stands for, the medium a designation names.
//!
//! Not here: people's names (`names`) and roles (`roles`).

use super::*;

/// The media table's name for a designation, if it names a known medium (`AFP`, `l'agence TASS`).
pub fn known_medium_name(raw: &str) -> Option<&'static str> {
    known_medium(raw.trim())
}

/// The canonical name of an outlet (`FRENCH PRESS TV` → `Press TV`) by the media table; an outlet the table
/// does not know is returned trimmed, as written.
pub fn outlet_name(raw: &str) -> String {
    let raw = raw.trim();
    known_medium(raw).map_or_else(|| raw.to_string(), str::to_string)
}

/// The medium of the media table a designation names: one of its forms exactly (accents, case, spaces and
/// punctuation aside), else the longest form that ends the designation, as whole words (`l'agence TASS`,
/// `FRENCH PRESS TV`).
pub(super) fn known_medium(raw: &str) -> Option<&'static str> {
    if let Some(m) = medium_name(raw) {
        return Some(m);
    }
    let forms = table_forms();
    let key = compact(raw);
    if let Some((_, name)) = forms
        .media_compact
        .iter()
        .find(|(f, _)| !key.is_empty() && *f == key)
    {
        return Some(name);
    }
    let words = spaced(raw);
    forms
        .media_spaced
        .iter()
        .filter(|(f, _)| words.ends_with(f.as_str()))
        .max_by_key(|(f, _)| f.len())
        .map(|(_, name)| *name)
}

/// A designation's letters and digits only, folded (`FRENCH PRESS-TV` → `frenchpresstv`).
pub(super) fn compact(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The forms of the language pack's tables as identities compare them, built once: comparing a
/// designation or a role then costs a scan of ready strings instead of refolding every table entry.
pub(super) struct TableForms {
    /// Each medium's forms, compacted, with the medium's name.
    pub(super) media_compact: Vec<(String, &'static str)>,
    /// Each medium's forms of more than one letter, spaced, with the medium's name.
    pub(super) media_spaced: Vec<(String, &'static str)>,
    /// Every state's names, seats and adjectives, spaced, with the state's name.
    pub(super) state_phrases: Vec<(String, &'static str)>,
    /// Where in `state_phrases` the phrases starting with a word are.
    pub(super) state_phrases_by_first: HashMap<String, Vec<usize>>,
    /// Words of a role that say nothing about the office (`lang/fr/names.yaml`), folded.
    pub(super) office_ignore: BTreeSet<String>,
}

/// Builds the tables and patterns that comparing names needs, so that a caller can have them built
/// beside other work (extraction) instead of on the first name compared.
pub fn prepare() {
    table_forms();
    fr().names.prepare();
}

pub(super) fn table_forms() -> &'static TableForms {
    static FORMS: std::sync::OnceLock<TableForms> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let pack = fr();
        let state_phrases: Vec<(String, &'static str)> = pack
            .world
            .states
            .iter()
            .flat_map(|s| {
                s.names
                    .iter()
                    .chain(&s.seats)
                    .chain(&s.adjectives)
                    .map(move |p| (spaced(p), s.name.as_str()))
            })
            .filter(|(p, _)| !p.trim().is_empty())
            .collect();
        let mut state_phrases_by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (p, _)) in state_phrases.iter().enumerate() {
            if let Some(first) = p.split_whitespace().next() {
                state_phrases_by_first
                    .entry(first.to_string())
                    .or_default()
                    .push(i);
            }
        }
        let media = pack
            .world
            .media
            .iter()
            .flat_map(|m| m.forms.iter().map(move |f| (f, m.name.as_str())));
        TableForms {
            media_compact: media.clone().map(|(f, name)| (compact(f), name)).collect(),
            media_spaced: media
                .map(|(f, name)| (spaced(f), name))
                .filter(|(f, _)| f.trim().len() > 1)
                .collect(),
            state_phrases,
            state_phrases_by_first,
            office_ignore: pack
                .names
                .offices
                .ignore
                .iter()
                .map(|w| fold(w).trim_end_matches('\'').to_string())
                .collect(),
        }
    })
}
/// The state a name, capital or seat stands for (`le Kremlin` → `Russie`).
pub(super) fn state_name(s: &str) -> Option<&'static str> {
    state_entry(s).map(|(state, _)| state)
}

/// The state a name stands for and that name as the world table writes it (`le Kremlin` → `Russie`,
/// `Kremlin`; `Le Caire` → `Égypte`, `Le Caire`).
pub(super) fn state_entry(s: &str) -> Option<(&'static str, &'static str)> {
    fr().world
        .state_form(s)
        .map(|(state, form)| (state.name.as_str(), form))
}

/// The medium a name designates (`Mehr News Agency` → `Mehr`).
pub(super) fn medium_name(s: &str) -> Option<&'static str> {
    fr().world.medium(s.trim()).map(|m| m.name.as_str())
}
