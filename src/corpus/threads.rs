//! Claim threads: each proposition the store's claims argue about, with its sides and its independent
//! sources.
//!
//! A thread is a connected group of claims linked by the relations `corpus::compare` found: contradictions
//! and agreements on the same proposition, joined by union-find over those relations, so threads cost no
//! more than the comparison (never all pairs); an answer that neither confirms nor denies joins the thread
//! of the claims it answers. Its proposition is the text of
//! its most central asserting claim (an accusation first; the one with most relations in the thread),
//! shortened. Its sides:
//! `asserts` (assert and accuse claims), `denies` (deny claims, and claims that contradict the asserting
//! side, or agree with a denial), `neither` (neutral claims). On each side, claims that are one source
//! count once: the same speaker repeating himself, or the same words carried by several outlets (a wire
//! story reprinted); each such merge is named with its reason.
//!
//! Not here: which claims relate (`corpus::compare`), how threads are shown (`cli::threads`).

use crate::claim::{Claim, Relation, RelationKind, Stance};
use crate::text::fold;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

/// The longest proposition shown, in characters; a longer text is cut between words.
const PROPOSITION_CHARS: usize = 140;
/// Agreements weaker than this (a rare term of the store in common, 0.5) tell a related story, not the same
/// proposition: they do not join threads.
const MIN_AGREE_SCORE: f64 = 0.55;
/// Two texts whose word sets overlap this much (Jaccard) are the same words, reworded by a sub-editor at
/// most.
const SAME_WORDS: f64 = 0.8;

/// One claim of a thread, as a reviewer needs it: who, where, when, through whom, and the exact words.
#[derive(Debug, Clone, Serialize)]
pub struct ThreadClaim {
    pub id: String,
    pub article: String,
    pub speaker: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub via: Vec<String>,
    pub stance: Stance,
    pub text: String,
    /// The independent source this claim belongs to on its side (1, 2, ...): claims with the same
    /// number were merged into one source.
    pub source: usize,
}

/// Claims of one side counted as one source, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Merge {
    /// The claim ids merged, the first kept as the source's representative.
    pub claims: Vec<String>,
    /// Why they are one source: `the same speaker (États-Unis)`, `the same words (Le Quotidien, La Gazette)`.
    pub reason: String,
}

/// One side of a thread.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Side {
    /// Independent sources: the claims once merges are counted once.
    pub sources: usize,
    pub claims: Vec<ThreadClaim>,
    pub merged: Vec<Merge>,
}

impl Side {
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }
}

/// One disputed (or agreed) proposition with its sides.
#[derive(Debug, Clone, Serialize)]
pub struct Thread {
    /// 1, 2, ... in the order threads are listed.
    pub thread: usize,
    /// The proposition in plain words: the most central accusing or asserting claim's text, shortened.
    pub proposition: String,
    /// The claim whose text is the proposition.
    pub anchor: String,
    /// Both `asserts` and `denies` have claims.
    pub disputed: bool,
    /// An asserting and a denying claim were published by two different outlets (both known).
    pub between_outlets: bool,
    /// The claims of the thread, all sides.
    pub size: usize,
    pub asserts: Side,
    pub denies: Side,
    pub neither: Side,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Asserts,
    Denies,
    Neither,
}

/// Union-find over claim indices.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// The threads of `claims`, given the relations `corpus::compare` found between them: disputed threads
/// first, those between outlets first among them, then the larger; the same on every run.
pub fn threads(claims: &[Claim], relations: &[Relation]) -> Vec<Thread> {
    let at: HashMap<&str, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    // The relations between claims both present, as (a, b, kind).
    let pairs = |keep: &dyn Fn(&Relation) -> bool| -> Vec<(usize, usize, RelationKind)> {
        relations
            .iter()
            .filter(|r| keep(r))
            .filter_map(|r| Some((*at.get(r.a.as_str())?, *at.get(r.b.as_str())?, r.relation)))
            .filter(|(a, b, _)| a != b)
            .collect()
    };
    // What joins claims into one thread: a contradiction, or an agreement on the same proposition.
    let links = pairs(&|r| {
        r.relation == RelationKind::Contradict
            || (r.relation == RelationKind::Agree && r.score >= MIN_AGREE_SCORE)
    });
    let mut sets = Sets((0..claims.len()).collect());
    for &(a, b, _) in &links {
        sets.union(a, b);
    }
    let mut size: HashMap<usize, usize> = HashMap::new();
    for i in 0..claims.len() {
        *size.entry(sets.find(i)).or_default() += 1;
    }
    // An answer that neither confirms nor denies, in no thread yet, joins the thread that holds most of
    // the claims it answers (ties: the earliest); it never joins two threads into one.
    let answers = pairs(&|r| r.relation == RelationKind::Neutral);
    let mut answered: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(a, b, _) in &answers {
        for (n, other) in [(a, b), (b, a)] {
            if claims[n].stance == Stance::Neutral && claims[other].stance != Stance::Neutral {
                answered.entry(n).or_default().push(other);
            }
        }
    }
    let mut joined = Vec::new();
    for (n, others) in answered {
        if size.get(&sets.find(n)).copied().unwrap_or(1) > 1 {
            continue;
        }
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for o in others {
            *votes.entry(sets.find(o)).or_default() += 1;
        }
        let best = votes
            .iter()
            .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
            .map(|(&root, _)| root);
        if let Some(root) = best {
            joined.push((n, root));
        }
    }
    for &(n, root) in &joined {
        sets.union(n, root);
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let joins = links
        .iter()
        .map(|&(a, b, _)| (a, b))
        .chain(joined.iter().copied());
    for (a, b) in joins {
        for i in [a, b] {
            groups.entry(sets.find(i)).or_default().push(i);
        }
    }
    let mut adjacency: HashMap<usize, Vec<(usize, RelationKind)>> = HashMap::new();
    for &(a, b, k) in &links {
        adjacency.entry(a).or_default().push((b, k));
        adjacency.entry(b).or_default().push((a, k));
    }
    let mut out: Vec<Thread> = groups
        .into_values()
        .map(|mut members| {
            members.sort_unstable();
            members.dedup();
            thread(claims, &members, &adjacency)
        })
        .collect();
    out.sort_by(|x, y| {
        y.disputed
            .cmp(&x.disputed)
            .then(y.between_outlets.cmp(&x.between_outlets))
            .then(y.size.cmp(&x.size))
            .then_with(|| x.anchor.cmp(&y.anchor))
    });
    for (n, t) in out.iter_mut().enumerate() {
        t.thread = n + 1;
    }
    out
}

fn asserting(c: &Claim) -> bool {
    matches!(c.stance, Stance::Assert | Stance::Accuse)
}

fn thread(
    claims: &[Claim],
    members: &[usize],
    adjacency: &HashMap<usize, Vec<(usize, RelationKind)>>,
) -> Thread {
    let degree = |i: usize| adjacency.get(&i).map_or(0, Vec::len);
    // The most central accusation, else asserting claim, else claim; ties to the earliest in the store.
    let central = |pool: &mut dyn Iterator<Item = usize>| {
        pool.max_by(|&x, &y| degree(x).cmp(&degree(y)).then(y.cmp(&x)))
    };
    let accusing = |i: usize| claims[i].stance == Stance::Accuse;
    let anchor = central(&mut members.iter().copied().filter(|&i| accusing(i)))
        .or_else(|| central(&mut members.iter().copied().filter(|&i| asserting(&claims[i]))))
        .or_else(|| central(&mut members.iter().copied()))
        .unwrap_or(0);
    // Sides from the anchor: an agreement keeps a claim's side, a contradiction turns it over; a denial is
    // always a denial and a neutral claim always neither.
    let mut side: HashMap<usize, Place> = HashMap::new();
    side.insert(anchor, Place::Asserts);
    let mut queue = VecDeque::from([anchor]);
    while let Some(i) = queue.pop_front() {
        let here = side[&i];
        for &(j, k) in adjacency.get(&i).into_iter().flatten() {
            if side.contains_key(&j) {
                continue;
            }
            let there = match (k, here) {
                (RelationKind::Agree, p) => p,
                (RelationKind::Contradict, Place::Asserts) => Place::Denies,
                (RelationKind::Contradict, Place::Denies) => Place::Asserts,
                _ => continue,
            };
            side.insert(j, there);
            queue.push_back(j);
        }
    }
    let place = |i: usize| match claims[i].stance {
        Stance::Deny => Place::Denies,
        Stance::Neutral => Place::Neither,
        Stance::Assert | Stance::Accuse => side.get(&i).copied().unwrap_or(Place::Asserts),
    };
    let of = |p: Place| -> Vec<&Claim> {
        members
            .iter()
            .filter(|&&i| place(i) == p)
            .map(|&i| &claims[i])
            .collect()
    };
    let (asserts, denies, neither) = (of(Place::Asserts), of(Place::Denies), of(Place::Neither));
    // Two outlets, one on each side: the known outlets of either side, unless both are one same outlet.
    let outlets = |cs: &[&Claim]| -> BTreeSet<String> {
        cs.iter().filter_map(|c| c.outlet.as_deref().map(fold)).collect()
    };
    let (a, d) = (outlets(&asserts), outlets(&denies));
    let between_outlets = !(a.is_empty() || d.is_empty() || a.len() == 1 && a == d);
    Thread {
        thread: 0,
        proposition: shorten(&claims[anchor].text),
        anchor: claims[anchor].id.clone(),
        disputed: !asserts.is_empty() && !denies.is_empty(),
        between_outlets,
        size: members.len(),
        asserts: make_side(&asserts),
        denies: make_side(&denies),
        neither: make_side(&neither),
    }
}

/// The text cut at the last word boundary before `PROPOSITION_CHARS`, with an ellipsis, spaces collapsed.
fn shorten(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= PROPOSITION_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(PROPOSITION_CHARS).collect();
    let head = cut.rfind(' ').map_or(cut.as_str(), |at| &cut[..at]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

/// Who speaks: the speaker, or for the outlet's own voice the outlet (else the article).
fn voice(c: &Claim) -> String {
    match (&c.speaker, &c.outlet) {
        (Some(s), _) => fold(s),
        (None, Some(o)) => format!("outlet:{}", fold(o)),
        (None, None) => format!("article:{}", c.article),
    }
}

fn words(text: &str) -> BTreeSet<String> {
    fold(text)
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether two texts are the same words (near-identical: a reprint, a sub-editor's touch).
fn same_words(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let shared = a.intersection(b).count();
    let all = a.union(b).count();
    all > 0 && shared as f64 / all as f64 >= SAME_WORDS
}

/// One side: its claims in store order (those of one source together), merged into independent sources, each merge named.
fn make_side(claims: &[&Claim]) -> Side {
    let n = claims.len();
    let mut sets = Sets((0..n).collect());
    let voices: Vec<String> = claims.iter().map(|c| voice(c)).collect();
    let texts: Vec<BTreeSet<String>> = claims.iter().map(|c| words(&c.text)).collect();
    let mut speaker_link = vec![false; n];
    let mut words_link = vec![false; n];
    // The same voice: each claim joins the first of its voice (linear).
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    for (i, v) in voices.iter().enumerate() {
        if let Some(&f) = first_of.get(v.as_str()) {
            sets.union(f, i);
            speaker_link[f] = true;
            speaker_link[i] = true;
        } else {
            first_of.insert(v, i);
        }
    }
    // The same words: only claims that share one of their three rarest words (on this side) are
    // compared, in buckets of bounded size, so a large side is not read pair by pair.
    const RAREST: usize = 3;
    const MAX_BUCKET: usize = 64;
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for t in &texts {
        for w in t {
            *freq.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut buckets: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in texts.iter().enumerate() {
        let mut ws: Vec<&str> = t.iter().map(String::as_str).collect();
        ws.sort_by_key(|w| (freq[w], *w));
        for w in ws.into_iter().take(RAREST) {
            buckets.entry(w).or_default().push(i);
        }
    }
    for members in buckets.values().filter(|m| m.len() > 1 && m.len() <= MAX_BUCKET) {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if same_words(&texts[i], &texts[j]) {
                    sets.union(i, j);
                    words_link[i] = true;
                    words_link[j] = true;
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        groups.entry(sets.find(i)).or_default().push(i);
    }
    let mut number = vec![0; n];
    let mut merged = Vec::new();
    for (k, members) in groups.values().enumerate() {
        for &i in members {
            number[i] = k + 1;
        }
        if members.len() < 2 {
            continue;
        }
        let mut reasons = Vec::new();
        if members.iter().any(|&i| speaker_link[i]) {
            let names: BTreeSet<String> = members
                .iter()
                .filter(|&&i| speaker_link[i])
                .map(|&i| who(claims[i]))
                .collect();
            reasons.push(format!(
                "the same speaker ({})",
                names.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        if members.iter().any(|&i| words_link[i]) {
            let outlets: BTreeSet<String> = members
                .iter()
                .filter(|&&i| words_link[i])
                .map(|&i| {
                    claims[i]
                        .outlet
                        .clone()
                        .unwrap_or_else(|| claims[i].article.clone())
                })
                .collect();
            reasons.push(format!(
                "the same words ({})",
                outlets.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        merged.push(Merge {
            claims: members.iter().map(|&i| claims[i].id.clone()).collect(),
            reason: reasons.join(" and "),
        });
    }
    let mut side = Side {
        sources: groups.len(),
        claims: claims
            .iter()
            .zip(number)
            .map(|(c, source)| ThreadClaim {
                id: c.id.clone(),
                article: c.article.clone(),
                speaker: c.speaker.clone(),
                outlet: c.outlet.clone(),
                date: c.date.clone(),
                via: c.via.clone(),
                stance: c.stance,
                text: c.text.clone(),
                source,
            })
            .collect(),
        merged,
    };
    // Claims of one source next to each other, sources in the order their first claim comes.
    side.claims.sort_by_key(|c| c.source);
    side
}

/// The speaker as a reader names it: the speaker, or the outlet's voice.
fn who(c: &Claim) -> String {
    match (&c.speaker, &c.outlet) {
        (Some(s), _) => s.clone(),
        (None, Some(o)) => format!("{o}'s own voice"),
        (None, None) => format!("{}'s own voice", c.article),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Kind, Review};

    fn claim(id: &str, outlet: &str, speaker: Option<&str>, stance: Stance, text: &str) -> Claim {
        Claim {
            id: id.into(),
            article: format!("{id}.txt"),
            outlet: Some(outlet.into()),
            agency: None,
            date: None,
            title: None,
            speaker: speaker.map(String::from),
            speaker_mention: speaker.map(String::from),
            speaker_name: speaker.map(String::from),
            speaker_kind: None,
            role: None,
            via: vec![],
            kind: Kind::Indirect,
            stance,
            cue: None,
            text: text.into(),
            span: [0, text.len()],
            rule: String::new(),
            review: Review::default(),
        }
    }

    fn rel(a: &str, b: &str, relation: RelationKind) -> Relation {
        Relation {
            a: a.into(),
            b: b.into(),
            relation,
            score: 1.0,
            reason: String::new(),
        }
    }

    /// One thread of `n` claims, each with its own speaker and words, chained by agreements and
    /// contradictions: the worst case for reading a side pair by pair.
    #[cfg(not(debug_assertions))]
    fn chain(n: usize) -> (Vec<Claim>, Vec<Relation>) {
        let claims: Vec<Claim> = (0..n)
            .map(|i| {
                let stance = if i % 2 == 0 { Stance::Assert } else { Stance::Deny };
                let text = format!(
                    "le témoin{i} affirme que le convoi{} est passé par la route{}",
                    i % 97,
                    i % 89
                );
                claim(
                    &format!("c{i}"),
                    &format!("Outlet{}", i % 50),
                    Some(&format!("Speaker{i}")),
                    stance,
                    &text,
                )
            })
            .collect();
        let relations = (1..n)
            .map(|i| {
                let kind = if i % 2 == 0 {
                    RelationKind::Agree
                } else {
                    RelationKind::Contradict
                };
                rel(&format!("c{}", i - 1), &format!("c{i}"), kind)
            })
            .collect();
        (claims, relations)
    }

    /// Threads grow with the claims and relations, not their square (release builds only: a debug build's
    /// timings say little). 8 times the claims may take at most 24 times as long (n log n with a busy
    /// machine's noise stays under it; quadratic takes 64).
    #[cfg(not(debug_assertions))]
    #[test]
    fn threads_grow_linearly_with_one_large_thread() {
        use std::time::{Duration, Instant};
        let time = |n: usize| {
            let (claims, relations) = chain(n);
            (0..5)
                .map(|_| {
                    let started = Instant::now();
                    assert_eq!(threads(&claims, &relations).len(), 1);
                    started.elapsed()
                })
                .min()
                .unwrap_or(Duration::MAX)
        };
        let (small, large) = (time(2_000), time(16_000));
        let ratio = large.as_secs_f64() / small.as_secs_f64();
        assert!(
            ratio < 16.0,
            "1,000 claims in {small:?}, 8,000 in {large:?}: {ratio:.1} times as long"
        );
    }

    #[test]
    fn a_reprint_is_one_source_and_a_denial_the_other_side() {
        let t = "la société a livré des armes au pays voisin";
        let claims = vec![
            claim("a", "Le Quotidien", None, Stance::Assert, t),
            claim("b", "La Gazette", None, Stance::Assert, t),
            claim("c", "Le Soir", Some("le ministre"), Stance::Deny, t),
            claim("d", "Le Soir", None, Stance::Assert, "le prix du pain a doublé"),
        ];
        let relations = vec![
            rel("a", "b", RelationKind::Agree),
            rel("a", "c", RelationKind::Contradict),
        ];
        let th = threads(&claims, &relations);
        assert_eq!(th.len(), 1);
        let t0 = &th[0];
        assert!(t0.disputed && t0.between_outlets);
        assert_eq!((t0.asserts.claims.len(), t0.asserts.sources), (2, 1));
        assert_eq!(
            t0.asserts.merged[0].reason,
            "the same words (La Gazette, Le Quotidien)"
        );
        assert_eq!(t0.denies.claims[0].id, "c");
    }

    #[test]
    fn a_rare_term_agreement_joins_nothing_and_an_answer_joins_the_thread_it_answers() {
        let claims = vec![
            claim("a", "X", Some("A"), Stance::Accuse, "il a livré des missiles"),
            claim("b", "Y", Some("B"), Stance::Deny, "il a livré des missiles"),
            claim("c", "Z", Some("C"), Stance::Neutral, "avoir reçu des missiles"),
            claim("d", "Z", None, Stance::Assert, "une exposition de missiles"),
        ];
        let mut weak = rel("d", "a", RelationKind::Agree);
        weak.score = 0.5;
        let relations = vec![
            rel("a", "b", RelationKind::Contradict),
            weak,
            rel("c", "a", RelationKind::Neutral),
            rel("c", "b", RelationKind::Neutral),
            rel("c", "d", RelationKind::Neutral),
        ];
        let th = threads(&claims, &relations);
        assert_eq!(th.len(), 1, "{th:?}");
        assert_eq!(th[0].size, 3);
        assert_eq!(th[0].neither.claims[0].id, "c");
    }

    #[test]
    fn a_contradicting_assertion_is_on_the_denying_side() {
        let claims = vec![
            claim("a", "X", Some("A"), Stance::Accuse, "il a livré des missiles"),
            claim(
                "b",
                "Y",
                Some("B"),
                Stance::Assert,
                "il n'a jamais livré de missiles",
            ),
            claim("c", "Z", Some("C"), Stance::Assert, "il n'a livré aucun missile"),
        ];
        let relations = vec![
            rel("a", "b", RelationKind::Contradict),
            rel("b", "c", RelationKind::Agree),
        ];
        let th = threads(&claims, &relations);
        let ids = |s: &Side| s.claims.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&th[0].asserts), ["a"]);
        assert_eq!(ids(&th[0].denies), ["b", "c"]);
        assert_eq!(th[0].denies.sources, 2);
    }
}
