//! A reporting clause inside a quotation: `« Nous ne céderons pas, a-t-il déclaré, à ces pressions »`,
//! `« Ce n'est pas prévu, a affirmé le président du syndicat, Éric G. Maintenant, … »`. The quotation is
//! cut in two around the clause, which then stands outside it like any other cue: the first piece ends
//! where the clause starts, the second resumes after it (`Quote::resumes`).
//!
//! A clause is recognised by its place and shape: after a comma inside the quotation, a reporting
//! verb of the pack (`a déclaré`, `explique`, `dit-il`) or any verb inverted with its pronoun
//! (`poursuit-elle`), its subject, and the comma or full stop that closes it, within a dozen words.
//!
//! Not here: who the subject is (`attribute`), finding the quotations (`quotes`).

use super::lexicon::{Lexicon, VerbForm};
use super::quotes::Quote;
use crate::text::{fold, tokens};

/// The longest reporting clause looked for, in tokens.
const MAX_CLAUSE: usize = 14;

/// The quotations with each outermost one that holds a reporting clause cut around it.
pub fn split(text: &str, quotes: Vec<Quote>) -> Vec<Quote> {
    if !quotes
        .iter()
        .any(|q| q.depth == 0 && text[q.start..q.end].contains(", "))
    {
        return quotes;
    }
    let lex = Lexicon::get();
    let mut out = Vec::with_capacity(quotes.len() + 2);
    for q in quotes {
        if q.depth > 0 {
            out.push(q);
            continue;
        }
        match clause(lex, text, &q) {
            Some((clause_start, resume)) => {
                let (s1, e1) = trim(text, q.start, clause_start);
                out.push(Quote {
                    close: None,
                    start: s1,
                    end: e1,
                    outer_end: clause_start,
                    continues: false,
                    ..q.clone()
                });
                let (s2, e2) = trim(text, resume, q.end);
                out.push(Quote {
                    open: s2,
                    start: s2,
                    end: e2.max(s2),
                    continued: false,
                    resumes: true,
                    ..q
                });
            }
            None => out.push(q),
        }
    }
    // Nested quotations now inside a piece keep their place; the pieces keep the text order.
    out.sort_by_key(|q| (q.open, q.depth));
    out
}

/// The reporting clause of a quotation, if it holds one with words on both sides: where the clause
/// starts (its comma) and where the quotation resumes.
fn clause(lex: &Lexicon, text: &str, q: &Quote) -> Option<(usize, usize)> {
    let inner = &text[q.start..q.end];
    let toks = tokens(inner, q.start);
    let keys: Vec<String> = toks.iter().map(|t| fold(t.text)).collect();
    for c in (1..toks.len().saturating_sub(3)).filter(|&c| toks[c].text == ",") {
        let Some(verb_end) = verb_at(lex, &keys, c + 1) else {
            continue;
        };
        // The clause closes at the next comma or full stop, past an apposed name (`…, Éric G.`).
        let mut end = None;
        let mut i = verb_end;
        // `a-t-il poursuivi en rappelant qu'il faut trois ans pour former une infirmière.`: a gerund after
        // the verb runs the clause on to its full stop.
        let gerund = keys.get(verb_end).is_some_and(|k| k == "en")
            && toks.get(verb_end + 1).is_some_and(|t| t.text.ends_with("ant"));
        let mut reach = if gerund { 2 * MAX_CLAUSE } else { MAX_CLAUSE };
        let mut relative = false;
        while i < toks.len() && i < c + reach {
            match toks[i].text {
                "." | ";" => {
                    end = Some(i);
                    break;
                }
                "," => {
                    let apposed_name = toks.get(i + 1).is_some_and(|t| t.is_capitalised())
                        && (i + 2..toks.len().min(i + 6))
                            .find(|&j| matches!(toks[j].text, "," | "." | ";"))
                            .is_some_and(|j| {
                                toks[i + 1..j].iter().all(|t| t.is_capitalised() || !t.is_word())
                            });
                    // `…, Paulo X, dans un communiqué. Les prochaines étapes …`: a complement of the
                    // clause up to its full stop belongs to it.
                    let complement_to_stop = matches!(
                        keys.get(i + 1).map(String::as_str),
                        Some("dans" | "lors" | "devant" | "aupres" | "via")
                    ) && (i + 2..toks.len().min(i + 8))
                        .find(|&j| !toks[j].is_word())
                        .is_some_and(|j| toks[j].text == ".");
                    if complement_to_stop && i > verb_end {
                        i += 1;
                        continue;
                    }
                    // `…, calcule X, infirmier et secrétaire du syndicat, qui rappelle que … . Le
                    // personnel …`: the speaker's apposition and a relative clause about them, up to the
                    // full stop, belong to the clause.
                    let about_speaker = keys.get(i + 1).is_some_and(|k| k == "qui" || lex.is_role(k));
                    if about_speaker && i > verb_end {
                        reach = 2 * MAX_CLAUSE;
                        relative = true;
                        i += 1;
                        continue;
                    }
                    if !apposed_name || i == verb_end {
                        end = Some(i);
                        break;
                    }
                }
                // Words quoted inside a relative clause about the speaker (`qui qualifie la situation
                // d'«horrible»`) are the clause's.
                "«" | "»" | "“" | "”" | "\"" if !relative => break,
                _ => {}
            }
            i += 1;
        }
        let end = end?;
        // Words must follow the clause: else it is a plain reporting clause after the quotation.
        if end + 1 >= toks.len() || !toks[end + 1..].iter().any(|t| t.is_word()) {
            continue;
        }
        return Some((toks[c].start, toks[end].end));
    }
    None
}

/// Where the verb of a reporting clause starting at `i` ends: a listed reporting verb, finite or after
/// its auxiliary (`a déclaré`, `explique`), or any verb inverted with its pronoun (`poursuit-elle`,
/// `a-t-il déclaré`).
fn verb_at(lex: &Lexicon, keys: &[String], i: usize) -> Option<usize> {
    let k = keys.get(i)?;
    // `…, peut-on lire. …`: a text read stands for its author's words.
    if let Some(end) = super::cues::reading_at(lex, keys, i) {
        return Some(end);
    }
    let hits = |k: &str| lex.verbs.get(k).cloned().unwrap_or_default();
    if k.contains("-t-")
        || k.ends_with("-il")
        || k.ends_with("-elle")
        || k.ends_with("-ils")
        || k.ends_with("-elles")
    {
        // `a-t-il déclaré`: the participle follows.
        let next_participle = keys
            .get(i + 1)
            .is_some_and(|n| hits(n).iter().any(|h| h.form == VerbForm::Participle));
        return Some(if next_participle { i + 2 } else { i + 1 });
    }
    if lex.is_aux(k) {
        let mut j = i + 1;
        while j < keys.len() && j < i + 4 && lex.adverbs.contains(keys[j].as_str()) {
            j += 1;
        }
        if j >= keys.len() {
            return None;
        }
        // `a laissé savoir`, `a fait valoir`: a locution's participle and the words after it.
        let (found, len) = super::cues::hits(lex, keys, j);
        return found
            .iter()
            .any(|h| h.form == VerbForm::Participle)
            .then_some(j + len);
    }
    hits(k)
        .iter()
        .any(|h| h.form == VerbForm::Finite)
        .then_some(i + 1)
}

fn trim(text: &str, s: usize, e: usize) -> (usize, usize) {
    let piece = &text[s..e.max(s)];
    let lead = piece.len() - piece.trim_start().len();
    let inner = piece.trim();
    (s + lead, s + lead + inner.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(t: &str) -> Vec<String> {
        let qs = crate::extract::quotes::scan(t, 0, t.len(), false, false);
        split(t, qs)
            .iter()
            .map(|q| t[q.start..q.end].to_string())
            .collect()
    }

    #[test]
    fn a_text_read_is_a_reporting_clause() {
        assert_eq!(
            pieces(
                "« Le club regrette cet incident, peut-on lire. Nous présentons nos excuses aux joueuses. »"
            ),
            [
                "Le club regrette cet incident",
                "Nous présentons nos excuses aux joueuses."
            ]
        );
    }

    #[test]
    fn a_complement_after_the_clause_up_to_its_full_stop_belongs_to_it() {
        assert_eq!(
            pieces("« Nous travaillons avec le comité, a déclaré le porte-parole, Paul Sen, dans un communiqué. La suite est à l'étude. »"),
            ["Nous travaillons avec le comité", "La suite est à l'étude."]
        );
    }

    #[test]
    fn the_speakers_apposition_and_a_relative_clause_about_them_belong_to_the_clause() {
        assert_eq!(
            pieces("«C'est grave, réagit une employée de la clinique sous le couvert de l'anonymat, qui qualifie la situation d'«intenable». C'est usant. Nous portons tout.»"),
            // The word she quotes inside the clause stays a quotation of its own.
            ["C'est grave", "intenable", "C'est usant. Nous portons tout."]
        );
        assert_eq!(
            pieces("« Il y a 80 % de grévistes, calcule Anne Morel, infirmière et secrétaire du syndicat, qui rappelle que la dernière grève remonte à 2019. Tout le monde a suivi. »"),
            ["Il y a 80 % de grévistes", "Tout le monde a suivi."]
        );
    }

    #[test]
    fn a_gerund_after_the_clause_runs_it_to_its_full_stop() {
        assert_eq!(
            pieces("« On ne peut pas les inventer, les sages-femmes, a-t-il poursuivi en rappelant qu'il faut quatre ans pour former une sage-femme dans la province. Il faut faire avec l'équipe qu'on a. »"),
            ["On ne peut pas les inventer, les sages-femmes", "Il faut faire avec l'équipe qu'on a."]
        );
    }

    #[test]
    fn a_clause_inside_a_quotation_cuts_it_in_two() {
        assert_eq!(
            pieces("« Nous ne céderons pas, a-t-il déclaré, à ces pressions », a-t-il dit."),
            ["Nous ne céderons pas", "à ces pressions"]
        );
        assert_eq!(
            pieces("« Ce n'est pas prévu, a affirmé le président du syndicat, Éric Gingras. Maintenant, on verra. »"),
            ["Ce n'est pas prévu", "Maintenant, on verra."]
        );
        assert_eq!(
            pieces("« C'est pourquoi, poursuit-elle, nous resterons. »"),
            ["C'est pourquoi", "nous resterons."]
        );
        // A locution of several words after its auxiliary (`a laissé savoir`).
        assert_eq!(
            pieces("« Après réflexion, nous partons, a laissé savoir Verdane au réseau TSN dans un communiqué. Nous restons fiers. »"),
            ["Après réflexion, nous partons", "Nous restons fiers."]
        );
    }

    #[test]
    fn a_comma_without_a_reporting_verb_leaves_the_quotation_whole() {
        assert_eq!(
            pieces("« Nous avons attendu, nous avons vu, nous partirons »"),
            ["Nous avons attendu, nous avons vu, nous partirons"]
        );
        assert_eq!(
            pieces("« Nous partirons, a-t-il déclaré »"),
            ["Nous partirons, a-t-il déclaré"]
        );
    }
}
