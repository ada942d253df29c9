//! Relations across a claim store: which claims agree, contradict or stand neutral on the same
//! proposition, each with the classifier's reason.
//!
//! Comparing every pair is quadratic; instead an inverted index maps each content key (stem or state)
//! to the claims that carry it, keys carried by very many claims (topic words) are left out of the
//! blocking, and only claims that share enough keys become candidate pairs. A pair is kept when it joins
//! two articles, or two different voices of one article (an outlet and a quoted speaker, an allegation and
//! its denial). The classifier itself is `corpus::relation`; this module never prints.

use crate::claim::{Claim, Kind, Relation, RelationKind, Stance};
use crate::corpus::relation::{relate, Profile, Verdict};
use crate::text::fold;
use rayon::prelude::*;
use std::collections::HashMap;

/// Keys carried by more claims than this are topic words: they do not make candidates (they still count
/// in the classifier's shared words).
const MAX_POSTING: usize = 400;
/// Index keys two claims must share to be compared.
const MIN_KEYS: usize = 2;
/// The most agreements kept for one claim (the strongest); contradictions and neutral answers are all kept.
const MAX_AGREEMENTS: usize = 5;
/// The most candidates one claim is compared with (those sharing the most keys first).
const MAX_CANDIDATES: usize = 64;
/// In a store, unlike a pair put to `relate`, most claims meet by chance: a contradiction must share at
/// least this much of the smaller claim's (rarity-weighted) content...
const MIN_CONTRADICT_SHARE: f64 = 0.45;
/// ... and this much of both claims' content (Dice): a short claim is not contradicted by a long one
/// that only brushes it.
const MIN_CONTRADICT_OVERLAP: f64 = 0.3;
/// An agreement must overlap this much on both sides (Dice): two fragments that share a phrase inside
/// otherwise different statements are not the same claim.
const MIN_AGREE_OVERLAP: f64 = 0.3;
/// A content word carried by at most this many claims of the store is a rare term: two claims that share
/// it and another content word, with the same polarity, tell the same story even when they word it apart...
const RARE_DF: usize = 3;
/// ... provided the two are of comparable scope: this much of the smaller one's keys, and this overlap
/// (Dice) of both, are shared.
const RARE_MIN_SHARE: f64 = 0.25;
/// The shortest word that may count as a rare term.
const RARE_MIN_LEN: usize = 5;
const RARE_MIN_OVERLAP: f64 = 0.15;

/// Every agreement, contradiction and neutral stance between claims of `claims`: contradictions first,
/// then by score, then by ids, so the output is the same on every run.
pub fn compare(claims: &[Claim]) -> Vec<Relation> {
    // Claims with the same words and stance (wire copy carried by many outlets) are compared once,
    // through the first of them; every other copy is linked to that one as an agreement. The work and
    // the output then grow with the distinct statements, not with how often each is reprinted.
    let mut first_of: HashMap<(String, Stance), u32> = HashMap::new();
    let rep: Vec<u32> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| *first_of.entry((fold(&c.text), c.stance)).or_insert(i as u32))
        .collect();
    drop(first_of);
    let reps: Vec<usize> = (0..claims.len()).filter(|&i| rep[i] as usize == i).collect();
    let profiles: HashMap<usize, Profile> = reps
        .par_iter()
        .map(|&i| (i, Profile::new(&claims[i].text)))
        .collect();
    let mut index: HashMap<&str, Vec<u32>> = HashMap::new();
    for &i in &reps {
        for k in profiles[&i].keys() {
            index.entry(k).or_default().push(i as u32);
        }
    }
    let n = reps.len().max(1) as f64;
    // Rarer keys weigh more: one shared rare word says more than one shared topic word.
    let weights: HashMap<&str, f64> = index
        .iter()
        .map(|(k, v)| (*k, 1.0 + (n / v.len() as f64).ln()))
        .collect();
    let weight = |k: &str| weights.get(k).copied().unwrap_or(1.0);
    let df = |k: &str| index.get(k).map_or(0, Vec::len);

    let mut out: Vec<Relation> = reps
        .par_iter()
        .flat_map_iter(|&i| {
            let mut counts: HashMap<u32, usize> = HashMap::new();
            if let Some(p) = profiles.get(&i) {
                for k in p.keys() {
                    let Some(posting) = index.get(k).filter(|v| v.len() <= MAX_POSTING) else {
                        continue;
                    };
                    for &j in posting.iter().filter(|&&j| j as usize > i) {
                        *counts.entry(j).or_default() += 1;
                    }
                }
            }
            let mut cands: Vec<(u32, usize)> = counts.into_iter().filter(|&(_, c)| c >= MIN_KEYS).collect();
            cands.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
            cands.truncate(MAX_CANDIDATES);
            let mut found = Vec::new();
            for (j, _) in cands {
                let (Some(a), Some(b)) = (claims.get(i), claims.get(j as usize)) else {
                    continue;
                };
                if !worth_comparing(a, b) {
                    continue;
                }
                let (Some(pa), Some(pb)) = (profiles.get(&i), profiles.get(&(j as usize))) else {
                    continue;
                };
                let mut v = relate(pa, a.stance, pb, b.stance, &weight);
                if v.relation == RelationKind::Unrelated && !v.distinct {
                    v = rare_term(pa, a, pb, b, &df).unwrap_or(v);
                }
                if v.relation == RelationKind::Contradict && !may_dispute(a, pa, b, pb) {
                    continue;
                }
                if keep(&v) {
                    found.push(Relation {
                        a: a.id.clone(),
                        b: b.id.clone(),
                        relation: v.relation,
                        score: v.score,
                        reason: v.reason,
                    });
                }
            }
            // The strongest agreements of each claim; every contradiction and neutral answer.
            found.sort_by(|x, y| {
                rank(x.relation)
                    .cmp(&rank(y.relation))
                    .then(y.score.total_cmp(&x.score))
            });
            let mut agreements = 0;
            found.retain(|r| {
                agreements += usize::from(r.relation == RelationKind::Agree);
                r.relation != RelationKind::Agree || agreements <= MAX_AGREEMENTS
            });
            found
        })
        .collect();
    for (i, c) in claims.iter().enumerate() {
        let r = &claims[rep[i] as usize];
        if rep[i] as usize != i && worth_comparing(r, c) {
            out.push(Relation {
                a: r.id.clone(),
                b: c.id.clone(),
                relation: RelationKind::Agree,
                score: 1.0,
                reason: "the same words, carried again".to_string(),
            });
        }
    }
    out.sort_by(|x, y| {
        rank(x.relation)
            .cmp(&rank(y.relation))
            .then(y.score.total_cmp(&x.score))
            .then_with(|| x.a.cmp(&y.a))
            .then_with(|| x.b.cmp(&y.b))
    });
    out
}

/// Contradictions first, then agreements, then neutral stances.
fn rank(r: RelationKind) -> u8 {
    match r {
        RelationKind::Contradict => 0,
        RelationKind::Agree => 1,
        RelationKind::Neutral => 2,
        RelationKind::Unrelated => 3,
    }
}

fn keep(v: &Verdict) -> bool {
    match v.relation {
        RelationKind::Contradict => v.share >= MIN_CONTRADICT_SHARE && v.overlap >= MIN_CONTRADICT_OVERLAP,
        RelationKind::Agree => v.overlap >= MIN_AGREE_OVERLAP,
        RelationKind::Neutral => true,
        RelationKind::Unrelated => false,
    }
}

/// Two asserting claims that share a rare term of the store and another word, none of them negated on
/// either side, agree (`la fin du monde unipolaire` / `refusent un système unipolaire`).
fn rare_term(
    pa: &Profile,
    a: &Claim,
    pb: &Profile,
    b: &Claim,
    df: &dyn Fn(&str) -> usize,
) -> Option<Verdict> {
    let asserts = |c: &Claim| matches!(c.stance, Stance::Assert | Stance::Accuse);
    if !asserts(a) || !asserts(b) {
        return None;
    }
    let shared: Vec<&str> = pa.keys().filter(|k| pb.keys().any(|x| x == *k)).collect();
    let (na, nb) = (pa.keys().count(), pb.keys().count());
    let share = shared.len() as f64 / na.min(nb).max(1) as f64;
    let overlap = 2.0 * shared.len() as f64 / (na + nb).max(1) as f64;
    let content = shared.iter().filter(|k| !k.starts_with('@')).count();
    if share < RARE_MIN_SHARE || overlap < RARE_MIN_OVERLAP || content < 2 {
        return None;
    }
    // A rare name is a person or place, not what is said of them: only common words count.
    // Short words are mostly parts of set phrases (`au fil du temps`).
    // Either side may write it first in its sentence, capitalised: one side in lower case is enough
    // (asked of both, so the answer does not depend on which claim comes first).
    let common_word = |k: &str| {
        [pa, pb].iter().any(|p| {
            p.display(k).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_lowercase) && w.chars().count() >= RARE_MIN_LEN
            })
        })
    };
    let rare: Vec<&str> = shared
        .iter()
        .copied()
        .filter(|k| !k.starts_with('@') && common_word(k) && df(k) <= RARE_DF)
        .collect();
    if rare.is_empty() || shared.len() < 2 || shared.iter().any(|k| pa.negates(k) || pb.negates(k)) {
        return None;
    }
    let words = |ks: &[&str]| {
        ks.iter()
            .map(|k| pa.display(k).unwrap_or(k))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Some(Verdict {
        distinct: false,
        relation: RelationKind::Agree,
        score: 0.5,
        reason: format!(
            "a rare term of the store in common, same polarity: {} (shared: {})",
            words(&rare),
            words(&shared)
        ),
        share,
        overlap: overlap.max(MIN_AGREE_OVERLAP),
    })
}

/// The speaker a claim is attributed to, folded; `None` for the outlet's own voice.
fn voice(c: &Claim) -> Option<String> {
    c.speaker
        .as_deref()
        .or(c.speaker_name.as_deref())
        .or(c.speaker_mention.as_deref())
        .map(fold)
}

/// Whether two claims read as opposed can be two sides of a dispute. One voice within a month does not
/// dispute itself: two of its claims that read as opposed are two sides of one statement (`condamne` /
/// `rejette totalement`), or two figures of different scope. Within one article, the outlet's own
/// sentence beside a speaker's words tells the dispute it reports (`X désavoue alors …`), it takes no side
/// in it; nor do two outlets' own sentences dispute anything: a dispute has a speaker on one side.
/// Two speakers who each say what they themselves do (`le PS : il ne votera pas la censure`, `le RN :
/// « nous voterons la censure »`) tell two propositions, one per actor, however alike the words; what a
/// speaker says of their own act is disputed only by words that name them (`l'Iran a livré …` against
/// Tehran's `nous n'avons rien livré`), not by whatever else shares its words (a headline on the vote's
/// outcome). A condition (`s'il n'y a pas de changement de cap, …`) takes no side.
fn may_dispute(a: &Claim, pa: &Profile, b: &Claim, pb: &Profile) -> bool {
    if conditional(a) || conditional(b) {
        return false;
    }
    match (voice(a), voice(b)) {
        (None, None) => false,
        (Some(x), Some(y)) if x == y => months_apart(a, b),
        (None, _) | (_, None) if a.article == b.article => false,
        _ => {
            let (own_a, own_b) = (own_act(a), own_act(b));
            let each_of_itself = own_a.is_some() && own_b.is_some();
            // Only a sure reading: a subject pronoun may as well stand for a thing.
            let unnamed = |own: Option<Own>, x: &Claim, y: &Claim, py: &Profile| {
                own == Some(Own::Sure) && !names_speaker(y, py, x)
            };
            !(each_of_itself || unnamed(own_a, a, b, pb) || unnamed(own_b, b, a, pa))
        }
    }
}

/// How a claim's words are about its own speaker (`own_act`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Own {
    /// Through a subject pronoun of reported speech, which may as well stand for a thing (`il avait violé
    /// son espace aérien`, of a drone).
    Pronoun,
    /// In the first person, or through an infinitive whose subject is the speaker's.
    Sure,
}

/// Whether a claim's words open on a condition (`si`, `s'il`, `au cas où`).
fn conditional(c: &Claim) -> bool {
    let words = first_words(c, 2);
    match words.first().map(String::as_str) {
        Some("si" | "s'" | "s'il" | "s'ils") => true,
        Some("au") => words.get(1).is_some_and(|w| w == "cas"),
        _ => false,
    }
}

/// The first `n` words of a claim, folded.
fn first_words(c: &Claim, n: usize) -> Vec<String> {
    crate::text::tokens(&c.text, 0)
        .iter()
        .filter(|t| t.is_word())
        .take(n)
        .map(|t| fold(t.text))
        .collect()
}

/// Whether the claim `y` (read as `py`) names the speaker of `x`: the state they are or speak for, or
/// their name's last word.
fn names_speaker(y: &Claim, py: &Profile, x: &Claim) -> bool {
    let Some(speaker) = x.speaker.as_deref().or(x.speaker_name.as_deref()) else {
        return false;
    };
    if let Some(state) = crate::lang::fr().world.state_of(speaker) {
        let key = format!("@{}", state.name);
        return py.keys().any(|k| k == key);
    }
    let Some(last) = fold(speaker).split_whitespace().last().map(str::to_string) else {
        return false;
    };
    crate::text::tokens(&y.text, 0)
        .iter()
        .any(|t| t.is_word() && fold(t.text) == last)
}

/// Whether a claim's words are about its own speaker: they open on a subject in the first person (`nous
/// censurerons`, `je ne regrette rien`), on an infinitive whose subject is the speaker's (`voter la
/// motion`, `ne pas censurer`, `[a décidé] de voter la motion`), or, in reported speech, on a subject
/// pronoun that stands for the speaker (`[a indiqué qu']il ne voterait pas la censure`).
fn own_act(c: &Claim) -> Option<Own> {
    let words = first_words(c, 4);
    let mut i = usize::from(words.first().is_some_and(|w| matches!(w.as_str(), "de" | "d'")));
    while words
        .get(i)
        .is_some_and(|w| matches!(w.as_str(), "ne" | "n'" | "pas" | "jamais" | "plus"))
    {
        i += 1;
    }
    let first = words.get(i)?;
    let infinitive = || {
        crate::lang::lexicon::fr().analyses(first).any(|a| {
            a.verb
                .is_some_and(|v| v.mood == crate::lang::lexicon::Mood::Infinitive)
        })
    };
    match first.as_str() {
        "je" | "j'" | "nous" => Some(Own::Sure),
        "il" | "elle" | "ils" | "elles" => (c.kind == Kind::Indirect).then_some(Own::Pronoun),
        _ => (c.kind != Kind::Outlet && infinitive()).then_some(Own::Sure),
    }
}

/// Whether the two claims' articles are dated at least 30 days apart (a speaker may contradict what they
/// said months before); `false` when a date is missing.
fn months_apart(a: &Claim, b: &Claim) -> bool {
    let days = |c: &Claim| {
        let d = c.date.as_deref()?;
        let mut parts = d.get(..10)?.split('-').map(|p| p.parse::<i64>().ok());
        let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
        Some(y * 365 + m * 30 + d)
    };
    matches!((days(a), days(b)), (Some(x), Some(y)) if (x - y).abs() >= 30)
}

/// Two claims of different articles, or of one article in two voices (the same speaker, or the outlet
/// twice, is one voice).
fn worth_comparing(a: &Claim, b: &Claim) -> bool {
    if a.article != b.article {
        return true;
    }
    // Two readings of the same words (a quotation and the reported speech around it) are one claim.
    if a.span[0] < b.span[1] && b.span[0] < a.span[1] {
        return false;
    }
    voice(a) != voice(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Review;

    fn claim(id: &str, article: &str, speaker: Option<&str>, stance: Stance, text: &str) -> Claim {
        Claim {
            id: id.into(),
            article: article.into(),
            outlet: None,
            agency: None,
            date: None,
            title: None,
            speaker: speaker.map(String::from),
            speaker_mention: speaker.map(String::from),
            speaker_name: speaker.map(String::from),
            speaker_kind: None,
            role: None,
            via: vec![],
            kind: if speaker.is_some() {
                Kind::Indirect
            } else {
                Kind::Outlet
            },
            stance,
            cue: None,
            text: text.into(),
            // Distinct places in the article: claims of one article never stand on the same words here.
            span: {
                let at = id.bytes().map(usize::from).sum::<usize>() * 1000;
                [at, at + text.len()]
            },
            rule: String::new(),
            review: Review::default(),
        }
    }

    #[test]
    fn an_allegation_and_its_denial_in_one_article_contradict() {
        let text = "l'Iran a livré des missiles balistiques de courte portée à la Russie";
        let claims = vec![
            claim("a1", "x.txt", Some("États-Unis"), Stance::Accuse, text),
            claim("a2", "x.txt", Some("Iran"), Stance::Deny, text),
            claim(
                "a3",
                "x.txt",
                None,
                Stance::Assert,
                "Le prix du pain a doublé à Lyon cette année.",
            ),
        ];
        let r = compare(&claims);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].a.as_str(), r[0].b.as_str(), r[0].relation),
            ("a1", "a2", RelationKind::Contradict)
        );
    }

    #[test]
    fn two_speakers_each_saying_what_they_themselves_do_do_not_dispute() {
        let contradictions = |a: &str, b: &str| {
            let claims = vec![
                claim("a1", "x.txt", Some("Parti du Progrès"), Stance::Assert, a),
                claim("a2", "y.txt", Some("Union des Verts"), Stance::Assert, b),
            ];
            compare(&claims)
                .into_iter()
                .filter(|r| r.relation == RelationKind::Contradict)
                .count()
        };
        // Each party about its own vote: two actors, two propositions.
        assert_eq!(
            contradictions(
                "il votera la motion de censure contre le gouvernement",
                "il ne votera pas la motion de censure contre le gouvernement"
            ),
            0
        );
        assert_eq!(
            contradictions(
                "voter la motion de censure contre le gouvernement",
                "ne pas voter la motion de censure contre le gouvernement"
            ),
            0
        );
        // An infinitive after `de` (`[a décidé] de voter …`) is the speaker's own act too.
        assert_eq!(
            contradictions(
                "de voter la motion de censure contre le gouvernement",
                "il ne votera pas la motion de censure contre le gouvernement"
            ),
            0
        );
        // One of them about a third party: the same proposition, disputed.
        assert_eq!(
            contradictions(
                "le gouvernement a caché le rapport sur la pollution",
                "il n'a jamais caché le rapport sur la pollution"
            ),
            1
        );
    }

    #[test]
    fn what_a_speaker_says_of_their_own_act_is_disputed_only_by_words_that_name_them() {
        let contradictions = |other: Claim| {
            let own = claim(
                "a",
                "1.txt",
                Some("Parti du Progrès"),
                Stance::Assert,
                "ne pas voter la motion de censure contre le gouvernement Marchal",
            );
            compare(&[own, other])
                .into_iter()
                .filter(|r| r.relation == RelationKind::Contradict)
                .count()
        };
        // A headline on the vote's outcome shares the words, not the proposition.
        let headline = "Les députés votent la motion de censure contre le gouvernement Marchal";
        assert_eq!(
            contradictions(claim("b", "2.txt", None, Stance::Assert, headline)),
            0
        );
        // Words that name the party dispute what it says of itself.
        let named = "le Parti du Progrès va voter la motion de censure contre le gouvernement Marchal";
        assert_eq!(
            contradictions(claim("b", "2.txt", Some("Lucie Verne"), Stance::Assert, named)),
            1
        );
        // A condition takes no side.
        let condition = "s'il ne retire pas le texte, la motion de censure contre le gouvernement Marchal";
        let a = claim("a", "1.txt", Some("Lucie Verne"), Stance::Assert, condition);
        let b = claim(
            "b",
            "2.txt",
            None,
            Stance::Assert,
            "le gouvernement Marchal a retiré le texte",
        );
        assert!(compare(&[a, b])
            .iter()
            .all(|r| r.relation != RelationKind::Contradict));
    }

    #[test]
    fn a_dispute_needs_two_voices_and_a_speaker() {
        let text = "l'usine de Vernay a rejeté des solvants dans la rivière";
        let contradictions = |claims: &[Claim]| {
            compare(claims)
                .into_iter()
                .filter(|r| r.relation == RelationKind::Contradict)
                .map(|r| (r.a, r.b))
                .collect::<Vec<_>>()
        };
        // One speaker, two articles of the same week: no dispute with himself.
        let mut a = claim("a", "1.txt", Some("Paul Roux"), Stance::Accuse, text);
        let mut b = claim("b", "2.txt", Some("Paul Roux"), Stance::Deny, text);
        a.date = Some("2024-05-02".into());
        b.date = Some("2024-05-06".into());
        assert!(contradictions(&[a.clone(), b.clone()]).is_empty());
        // Months apart, he may take back what he said.
        b.date = Some("2024-11-06".into());
        assert_eq!(contradictions(&[a, b]), [("a".to_string(), "b".to_string())]);
        // Two outlets' own sentences dispute nothing; an outlet's sentence and a speaker of another
        // article do.
        let o1 = claim("o1", "1.txt", None, Stance::Assert, text);
        let o2 = claim("o2", "2.txt", None, Stance::Deny, text);
        assert!(contradictions(&[o1.clone(), o2]).is_empty());
        let s = claim("s", "2.txt", Some("Usine de Vernay"), Stance::Deny, text);
        assert_eq!(contradictions(&[o1, s]), [("o1".to_string(), "s".to_string())]);
    }

    #[test]
    fn one_voice_of_one_article_is_not_compared_with_itself() {
        let t = "La Russie utilise les drones iraniens en Ukraine.";
        let claims = vec![
            claim("a", "x.txt", None, Stance::Assert, t),
            claim("b", "x.txt", None, Stance::Assert, t),
        ];
        assert!(compare(&claims).is_empty());
    }

    #[test]
    fn output_order_is_stable() {
        let t = "La Russie utilise les drones iraniens en Ukraine.";
        let claims: Vec<Claim> = (0..6)
            .map(|i| claim(&format!("c{i}"), &format!("{i}.txt"), None, Stance::Assert, t))
            .collect();
        let first = compare(&claims);
        // One statement reprinted six times: each copy is linked once to the first.
        assert_eq!(first.len(), 5);
        assert!(first
            .iter()
            .all(|r| r.a == "c0" && r.relation == RelationKind::Agree));
        assert_eq!(first, compare(&claims));
    }
}
