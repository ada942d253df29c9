//! Reviewers' decisions follow their claims from one extraction of an article to the next.
//!
//! A decision (a status other than `unreviewed`, or a note) was taken on a claim's words. It goes, in
//! this order of preference:
//! 1. to the claim with the same id (same article, kind and words: see `extract::claim_id`);
//! 2. to a claim with the same words, whatever its kind, speaker or place in the article: a change of
//!    attribution rules or an edit elsewhere in the article leaves the decision as it was;
//! 3. to the closest claim whose words changed slightly (at least 80 % alike), marked `recheck` with a
//!    note saying what the words were;
//! 4. else among the record's `retired` claims, from where it comes back if its words do.
//!
//! Not here: which store file an article goes to (`assign`), writing it (`store`).

use crate::claim::{judged_words, Claim, Review, ReviewStatus};
use crate::store::ArticleRecord;
use std::collections::HashMap;

/// How the decisions of one or more records were carried.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Carried {
    /// On the same claim (same id), or on the same words found again.
    pub kept: usize,
    /// Onto words that changed slightly, now `recheck`.
    pub recheck: usize,
    /// Onto no claim: kept among the retired.
    pub retired: usize,
}

impl std::ops::AddAssign for Carried {
    fn add_assign(&mut self, o: Carried) {
        self.kept += o.kept;
        self.recheck += o.recheck;
        self.retired += o.retired;
    }
}

/// How alike two claims' words must be for a decision to follow them, marked `recheck`.
pub const SIMILAR: f64 = 0.8;

/// Carries the decisions of `old` (its claims and its retired claims) onto the claims of `new`.
pub fn carry_reviews(old: &ArticleRecord, new: &mut ArticleRecord) -> Carried {
    let mut done = Carried::default();
    let decided: Vec<&Claim> = old
        .claims
        .iter()
        .chain(&old.retired)
        .filter(|c| c.review != Review::default())
        .collect();
    if decided.is_empty() {
        return done;
    }
    let mut taken = vec![false; new.claims.len()];
    let mut pending: Vec<&Claim> = Vec::new();
    let by_id: HashMap<String, usize> = new
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.clone(), i))
        .collect();
    for oc in decided {
        match by_id.get(&oc.id) {
            Some(&i) if !taken[i] => {
                new.claims[i].review = oc.review.clone();
                taken[i] = true;
                done.kept += 1;
            }
            _ => pending.push(oc),
        }
    }
    // The same words: the claim of the same kind first, else the first in the text.
    let mut by_words: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in new.claims.iter().enumerate() {
        by_words.entry(judged_words(&c.text)).or_default().push(i);
    }
    let mut unmatched: Vec<&Claim> = Vec::new();
    for oc in pending {
        let free: Vec<usize> = by_words
            .get(&judged_words(&oc.text))
            .map(|v| v.iter().copied().filter(|&i| !taken[i]).collect())
            .unwrap_or_default();
        match free
            .iter()
            .find(|&&i| new.claims[i].kind == oc.kind)
            .or(free.first())
        {
            Some(&i) => {
                new.claims[i].review = oc.review.clone();
                taken[i] = true;
                done.kept += 1;
            }
            None => unmatched.push(oc),
        }
    }
    for oc in unmatched {
        match closest(oc, &new.claims, &taken) {
            Some(i) => {
                new.claims[i].review = recheck(oc);
                taken[i] = true;
                done.recheck += 1;
            }
            None => {
                if !new.retired.iter().any(|r| r.id == oc.id) {
                    new.retired.push(oc.clone());
                }
                done.retired += 1;
            }
        }
    }
    done
}

/// The free claim whose words are closest to `oc`'s, if at least `SIMILAR` alike.
fn closest(oc: &Claim, claims: &[Claim], taken: &[bool]) -> Option<usize> {
    let words = judged_words(&oc.text);
    let n = words.chars().count();
    claims
        .iter()
        .enumerate()
        .filter(|(i, _)| !taken[*i])
        .filter_map(|(i, c)| {
            let other = judged_words(&c.text);
            // Levenshtein over the longer costs its product of lengths: a length too far off cannot reach
            // the bar, so it is not computed.
            let m = other.chars().count();
            if (n.max(m) - n.min(m)) as f64 > (1.0 - SIMILAR) * n.max(m) as f64 {
                return None;
            }
            let s = strsim::normalized_levenshtein(&words, &other);
            (s >= SIMILAR).then_some((s, i))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, i)| i)
}

/// The decision on a claim whose words changed: to be looked at again, saying what they were.
fn recheck(oc: &Claim) -> Review {
    let mut review = oc.review.clone();
    if oc.review.status == ReviewStatus::Recheck {
        return review;
    }
    let note = match oc.review.status {
        ReviewStatus::Unreviewed => format!("written when the text read: {}", oc.text),
        s => format!(
            "was {} when the text read: {}",
            crate::report::name_of(&s),
            oc.text
        ),
    };
    if oc.review.status != ReviewStatus::Unreviewed {
        review.status = ReviewStatus::Recheck;
    }
    review.note = Some(match &oc.review.note {
        Some(n) => format!("{n} ({note})"),
        None => note,
    });
    review
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Kind;

    fn record(claims: &[(Kind, &str, &str)]) -> ArticleRecord {
        let mut claims: Vec<Claim> = claims
            .iter()
            .map(|(kind, text, speaker)| Claim {
                id: String::new(),
                article: "a.txt".into(),
                outlet: None,
                agency: None,
                date: None,
                title: None,
                speaker: Some(speaker.to_string()),
                speaker_mention: None,
                speaker_name: Some(speaker.to_string()),
                speaker_kind: None,
                role: None,
                via: Vec::new(),
                kind: *kind,
                stance: Default::default(),
                cue: None,
                text: text.to_string(),
                span: [0, text.len()],
                rule: String::new(),
                review: Review::default(),
            })
            .collect();
        crate::extract::assign_ids(&mut claims, "a.txt");
        ArticleRecord {
            meta: Default::default(),
            claims,
            retired: Vec::new(),
        }
    }

    fn decide(r: &mut ArticleRecord, i: usize, status: ReviewStatus, note: Option<&str>) {
        r.claims[i].review = Review {
            status,
            note: note.map(str::to_string),
            ..Review::default()
        };
    }

    #[test]
    fn a_new_speaker_or_kind_leaves_the_decision_as_it_was() {
        let mut old = record(&[(Kind::Direct, "Nous ne céderons pas.", "le ministre")]);
        decide(&mut old, 0, ReviewStatus::Confirmed, Some("vu"));
        let mut new = record(&[(Kind::Mixed, "Nous  ne céderons\u{AD} pas.", "Paul Hamon")]);
        let done = carry_reviews(&old, &mut new);
        assert_eq!(
            done,
            Carried {
                kept: 1,
                recheck: 0,
                retired: 0
            }
        );
        assert_eq!(new.claims[0].review, old.claims[0].review);
    }

    #[test]
    fn a_note_without_a_status_is_a_decision_too() {
        let mut old = record(&[(Kind::Direct, "Nous ne céderons pas.", "X")]);
        decide(&mut old, 0, ReviewStatus::Unreviewed, Some("source ?"));
        let mut new = record(&[(Kind::Direct, "Nous ne céderons pas.", "X")]);
        carry_reviews(&old, &mut new);
        assert_eq!(new.claims[0].review.note.as_deref(), Some("source ?"));
        let mut gone = record(&[]);
        assert_eq!(carry_reviews(&old, &mut gone).retired, 1);
        assert_eq!(gone.retired[0].review.note.as_deref(), Some("source ?"));
    }

    #[test]
    fn the_same_words_twice_keep_their_decisions_in_order() {
        let mut old = record(&[(Kind::Direct, "Non.", "A"), (Kind::Direct, "Non.", "B")]);
        decide(&mut old, 0, ReviewStatus::Confirmed, None);
        decide(&mut old, 1, ReviewStatus::Rejected, None);
        assert_ne!(old.claims[0].id, old.claims[1].id);
        let mut new = record(&[(Kind::Direct, "Non.", "A"), (Kind::Direct, "Non.", "B")]);
        carry_reviews(&old, &mut new);
        assert_eq!(new.claims[0].review.status, ReviewStatus::Confirmed);
        assert_eq!(new.claims[1].review.status, ReviewStatus::Rejected);
    }

    #[test]
    fn the_bar_for_recheck_is_eighty_percent_alike() {
        // 20 characters: 4 changed is 80 % alike, 5 is below.
        let words = "abcdefghijklmnopqrst";
        let mut old = record(&[(Kind::Direct, words, "A")]);
        decide(&mut old, 0, ReviewStatus::Confirmed, None);
        let mut four = record(&[(Kind::Direct, "WXYZefghijklmnopqrst", "A")]);
        assert_eq!(carry_reviews(&old, &mut four).recheck, 1);
        assert_eq!(four.claims[0].review.status, ReviewStatus::Recheck);
        assert_eq!(
            four.claims[0].review.note.as_deref(),
            Some("was confirmed when the text read: abcdefghijklmnopqrst")
        );
        let mut five = record(&[(Kind::Direct, "VWXYZfghijklmnopqrst", "A")]);
        assert_eq!(carry_reviews(&old, &mut five).retired, 1);
        assert_eq!(five.retired[0].review.status, ReviewStatus::Confirmed);
    }

    #[test]
    fn a_corrected_speaker_and_text_follow_their_words() {
        let mut old = record(&[(Kind::Direct, "Nous ne céderons pas.", "le ministre")]);
        old.claims[0].review.speaker = Some("Paul Hamon".into());
        old.claims[0].review.text = Some("Nous ne céderons jamais.".into());
        let mut moved = record(&[
            (Kind::Direct, "Autre chose.", "X"),
            (Kind::Indirect, "Nous ne céderons pas.", "Y"),
        ]);
        assert_eq!(carry_reviews(&old, &mut moved).kept, 1);
        assert_eq!(moved.claims[1].review, old.claims[0].review);
        let shown = moved.claims[1].clone().shown();
        assert_eq!(shown.speaker.as_deref(), Some("Paul Hamon"));
        assert_eq!(shown.text, "Nous ne céderons jamais.");
    }

    #[test]
    fn a_retired_decision_comes_back_with_its_words() {
        let mut old = record(&[(Kind::Direct, "Nous ne céderons pas.", "A")]);
        decide(&mut old, 0, ReviewStatus::Corrected, Some("orthographe"));
        let mut gone = record(&[]);
        carry_reviews(&old, &mut gone);
        let mut back = record(&[(Kind::Indirect, "Nous ne céderons pas.", "B")]);
        assert_eq!(carry_reviews(&gone, &mut back).kept, 1);
        assert!(back.retired.is_empty());
        assert_eq!(back.claims[0].review.status, ReviewStatus::Corrected);
    }
}
