//! Role descriptions (`le ministre russe de la Défense`, `l'avocate du camp X`) read into what matters
//! for matching one to another: the role noun, its state, its domains and its complement; and how well a
//! role mentioned fits a role held.
//!
//! Not here: the people who hold roles (`people`).

use super::lexicon::Lexicon;
use super::np::{self, Key};
use crate::lang;
use crate::text::fold;

/// A role description read into the parts that matter for matching.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleDesc {
    pub text: String,
    /// The role noun (`ministre`, `diplomate`), folded.
    pub head: String,
    /// The state the role is of (`russe`, `d'Iran` → Russie, Iran).
    pub state: Option<String>,
    /// Capitalised domain words (`défense`), folded.
    pub domains: Vec<String>,
    /// The first noun of the role's complement (`porte-parole des garde-côtes` → `garde-cotes`,
    /// `avocat de Gérard D.` → `gerard`), folded: two roles of different complements are two functions.
    pub of: Option<String>,
}

/// Reads a role description (`le ministre iranien de la Défense`).
pub fn role_desc(text: &str) -> Option<RoleDesc> {
    let lex = Lexicon::get();
    let world = &lang::fr().world;
    // Another wording of the same function reads as the usual one (`chef de la diplomatie`).
    let mut folded = format!(" {} ", fold(text).replace(['’', ','], " ").replace('\'', "' "));
    for (from, to) in &lex.role_synonyms {
        if folded.contains(from.as_str()) {
            folded = folded.replace(from.as_str(), to);
        }
    }
    let keys: Vec<Key> = folded.split_whitespace().map(Key::Borrowed).collect();
    let (head_at, head) = role_head(lex, &keys)?;
    // The state: a known adjective or name, else an adjective of nationality the tables lack.
    let state = keys
        .iter()
        .find_map(|k| world.state_of_adjective(k).or_else(|| world.state_of(k)))
        .map(|s| s.name.clone())
        .or_else(|| keys.get(head_at + 1).and_then(|k| np::adjective_lemma(k)));
    let domains = (0..keys.len())
        .filter_map(|i| lex.domain_at(&keys, i).map(|len| keys[i..i + len].join(" ")))
        .collect();
    let of = keys
        .iter()
        .skip(head_at + 1)
        .skip_while(|k| !matches!(k.as_ref(), "de" | "d'" | "du" | "des"))
        .skip(1)
        .find(|k| !matches!(k.as_ref(), "la" | "l'" | "le" | "les"))
        // A state is compared as the role's state, not as its complement.
        .filter(|k| world.state_of(k).is_none() && world.state_of_adjective(k).is_none())
        .map(|k| k.to_string());
    Some(RoleDesc {
        text: text.to_string(),
        head,
        state,
        domains,
        of,
    })
}

/// The role noun of a description: the longest role form found (`premier ministre` before `ministre`),
/// named by its entry's first form so that every form of one role compares equal; else a broader noun.
fn role_head(lex: &Lexicon, keys: &[Key]) -> Option<(usize, String)> {
    let mut best: Option<(usize, usize, String)> = None;
    for i in 0..keys.len() {
        for (form, entry) in lex.role_forms.at(keys, i) {
            if best.as_ref().is_none_or(|b| form.len() > b.1) {
                best = Some((i, form.len(), lex.role_names[*entry].clone()));
            }
        }
    }
    if let Some((i, _, head)) = best {
        return Some((i, head));
    }
    let i = keys.iter().position(|k| lex.is_role(k))?;
    // The noun's lemma, so that every form of it compares equal (`avocate`, `avocats`: `avocat`).
    let lemma = crate::lang::lexicon::fr()
        .analyses(&keys[i])
        .find(|a| a.pos == crate::lang::lexicon::Pos::Noun)
        .map(|a| fold(a.lemma));
    Some((
        i,
        lemma.unwrap_or_else(|| keys[i].trim_end_matches('s').to_string()),
    ))
}

/// How well a role mention fits a role held; `None` when they cannot be the same.
pub(super) fn fit(mention: &RoleDesc, held: &RoleDesc) -> Option<u32> {
    let lex = Lexicon::get();
    let mut score = if mention.head == held.head {
        3
    } else if lex
        .role_names
        .iter()
        .position(|n| *n == held.head)
        .is_some_and(|i| lex.broader[i].contains(&mention.head))
    {
        2
    } else {
        return None;
    };
    // `le sélectionneur belge` may be the coach of Cameroon's team: the adjective is their nationality.
    let nationality = lex
        .role_names
        .iter()
        .position(|n| *n == held.head)
        .is_some_and(|i| lex.nationality[i]);
    match (&mention.state, &held.state) {
        (Some(a), Some(b)) if a != b && !nationality => return None,
        (Some(_), Some(_)) => score += 2,
        _ => {}
    }
    if let (Some(a), Some(b)) = (&mention.of, &held.of) {
        if a != b {
            return None;
        }
        score += 1;
    }
    for d in &mention.domains {
        if !held.domains.contains(d) {
            return None;
        }
        score += 1;
    }
    Some(score)
}
