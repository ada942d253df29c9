//! Roles compared: a role reduced to its office, its state and its words, and whether two roles can be
//! one person's.

use super::*;

/// A role reduced to what decides whether two roles can be one person's: its office, its state, its words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct Role {
    pub(super) office: Option<String>,
    pub(super) state: Option<String>,
    pub(super) words: BTreeSet<String>,
}

pub(super) fn spaced(s: &str) -> String {
    let f: String = fold(s)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    format!(" {} ", f.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A role's office, state and words. The state is the one named first (`ambassadeur d'Iran en Russie` is
/// Iran's); every state's words are left out of the role's words.
pub(super) fn parse_role(role: &str) -> Role {
    let forms = table_forms();
    let original = spaced(role);
    let mut text = original.clone();
    let mut first: Option<(usize, &str)> = None;
    // A phrase is found as whole words, so only those whose first word the role has are searched, in
    // the table's order.
    let mut candidates: Vec<usize> = original
        .split_whitespace()
        .filter_map(|w| forms.state_phrases_by_first.get(w))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    for (phrase, state) in candidates.iter().map(|&c| &forms.state_phrases[c]) {
        if let Some(at) = original.find(phrase.as_str()) {
            if first.is_none_or(|(f, _)| at < f) {
                first = Some((at, state));
            }
            text = text.replace(phrase.as_str(), " ");
        }
    }
    let state = first.map(|(_, s)| s.to_string());
    let words = text
        .split_whitespace()
        .filter(|w| !forms.office_ignore.contains(*w))
        .map(crate::text::stem)
        .collect();
    Role {
        office: fr().names.office_of(role),
        state,
        words,
    }
}

/// Whether one person cannot hold both roles at once: roles of two states, or two different offices.
pub(super) fn role_conflict(a: &Role, b: &Role) -> bool {
    if let (Some(x), Some(y)) = (&a.state, &b.state) {
        if x != y {
            return true;
        }
    }
    match (&a.office, &b.office) {
        (Some(x), Some(y)) if x != y => true,
        (Some(_), Some(_)) => !a.words.is_subset(&b.words) && !b.words.is_subset(&a.words),
        _ => false,
    }
}

/// Whether two roles are the same function (same office, same words, no two states).
pub(super) fn role_same(a: &Role, b: &Role) -> bool {
    a.office.is_some() && !role_conflict(a, b) && a.office == b.office && a.words == b.words
}

/// Whether two roles, as written, cannot both be one person's (`ministre russe de la Défense` and
/// `ministre iranien de la Défense`).
pub fn roles_conflict(a: &str, b: &str) -> bool {
    role_conflict(&parse_role(a), &parse_role(b))
}
