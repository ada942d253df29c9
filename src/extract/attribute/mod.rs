//! Attribution: for every sentence, who speaks at each cue (a preposed subject, an inverted one, a
//! relative `qui`, a coordinated verb sharing its subject, a pronoun following the flow of speakers, a
//! role resolved to the person the article introduced), through whom (`cité par l'agence X`), and then
//! which quotation, reported content or outlet statement each attribution covers.
//!
//! Not here: finding cues (`cues`), quotations (`quotes`), content extents (`reported`).

mod phrases;
mod sources;
mod speaker;
mod subjects;

use phrases::*;

use super::cues::{self, Cue};
use super::describe;
use super::lexicon::{Lexicon, VerbForm};
use super::np::{self, Key, Mention};
use super::people::{identified_by_state, People};
use super::quotes::Quote;
use super::reported::{self, Pieces};
use super::segment::{Doc, Sentence};
use crate::claim::{Kind, SpeakerKind, Stance};
use crate::lang::lexicon::{self as forms, Gender};
use crate::text::Token;

/// A speaker as resolved in this article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Speaker {
    /// The fullest name this article gives (a state's or medium's display name).
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    /// The words at this place that name the speaker.
    pub mention: String,
    /// Several people: two named together (`les deux ministres`) or an unnamed plural (`les juges`);
    /// never one person a pronoun or a later `les deux` can stand for.
    pub group: bool,
    /// The person's gender, where the article gives it: what `il` and `elle` agree with.
    pub gender: Option<Gender>,
    /// Whether the article names the speaker (a name, a state, a medium), rather than only describing
    /// it (`l'avocat de l'acteur`).
    pub named: bool,
}

/// A claim as found in the article, before it gets its id and the article's metadata.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: Kind,
    pub stance: Stance,
    pub speaker: Option<Speaker>,
    pub cue: Option<String>,
    pub via: Vec<String>,
    pub text: String,
    pub span: (usize, usize),
    pub rule: String,
}

/// One attribution in a sentence: a cue (or `selon`) with its speaker.
struct Attribution {
    cue: Option<Cue>,
    cue_text: Option<String>,
    speaker: Option<Speaker>,
    /// Where the subject ends when it follows the cue (inversion).
    subject_end: Option<usize>,
}

/// Walks an article's sentences in order, keeping the flow of speakers for pronouns.
pub struct Walker<'a> {
    doc: &'a Doc<'a>,
    /// The outermost quotations, in text order.
    top_quotes: Vec<&'a Quote>,
    people: People,
    lex: &'static Lexicon,
    /// People who spoke or were subjects, most recent last, each once (for `les deux responsables`).
    recent_people: Vec<Speaker>,
    /// The speaker of the last attribution in the previous paragraph, for a quote it introduces.
    /// The speaker of the last attributed sentence, its index, and whether it introduces what follows
    /// (it ends with `:` or quotes its speaker), for a quotation standing alone right after it.
    last_speaker: Option<(usize, Speaker, bool)>,
    /// The named person who was the subject of the last sentence, and its index: a quotation standing
    /// alone right after (`Tedesco a tenu à calmer le jeu. « Nous avons un match demain. »`) is theirs.
    last_subject: Option<(usize, Speaker)>,
    /// The last plural speaker or subject (`les syndicats`, `des soldats du camp`), for `ils` and `elles`.
    last_group: Option<Speaker>,
    /// The last claim's content, for `cette affirmation`.
    last_content: Option<(String, (usize, usize))>,
    /// Unnamed speakers that spoke, most recent last (`une source au gouvernement fédéral`), for a
    /// definite description with their head noun that follows (`a raconté la source`).
    unnamed_spoken: Vec<Speaker>,
    pub found: Vec<Found>,
}

impl<'a> Walker<'a> {
    pub fn new(doc: &'a Doc<'a>) -> Self {
        Walker {
            doc,
            top_quotes: doc.quotes.iter().filter(|q| q.depth == 0).collect(),
            people: People::build(doc),
            lex: Lexicon::get(),
            recent_people: Vec::new(),
            last_speaker: None,
            last_group: None,
            last_subject: None,
            last_content: None,
            unnamed_spoken: Vec::new(),
            found: Vec::new(),
        }
    }

    pub fn run(mut self) -> Vec<Found> {
        for si in 0..self.doc.sentences.len() {
            let from = self.found.len();
            self.sentence(si);
            self.share_joint_statements(from);
        }
        self.found
    }

    fn span_text(&self, toks: &[Token], s: usize, e: usize) -> String {
        self.doc.text[toks[s].start..toks[e - 1].end].to_string()
    }

    /// Turns a mention into a speaker, through the article's people and the flow of speakers.
    fn sentence(&mut self, si: usize) {
        let doc = self.doc;
        let s: &Sentence = &doc.sentences[si];
        let toks = &s.tokens;
        let keys = &s.keys;
        // Outermost quotations are disjoint and in text order: binary searches find those of this
        // sentence, so the work stays linear however many quotations the article holds.
        let top = &self.top_quotes;
        let near: Vec<&'a Quote> = top
            [top.partition_point(|q| q.outer_end <= s.start)..top.partition_point(|q| q.open < s.end)]
            .to_vec();
        let quotes: Vec<&Quote> = near.iter().copied().filter(|q| q.open >= s.start).collect();
        // Whether each token is inside a quotation, computed once per sentence.
        let inside: Vec<bool> = toks
            .iter()
            .map(|t| {
                near.get(near.partition_point(|q| q.outer_end <= t.start))
                    .is_some_and(|q| q.open <= t.start)
            })
            .collect();
        let quoted = |i: usize| inside[i];
        let found_cues = cues::find(toks, keys, &quoted);

        // Speakers at each cue.
        let mut atts: Vec<Attribution> = Vec::new();
        for c in &found_cues {
            let cue_text = Some(cue_words(&self.span_text(toks, c.start, c.end)));
            let (speaker, subject_end) = if let Some(p) = &c.pronoun {
                // After a quotation (`« … », a-t-elle révélé`), the pronoun looks back from where the
                // quotation opened: a name inside it is what was said, not whom the pronoun stands for.
                let at = toks[c.start].start;
                let from = near
                    .iter()
                    .rev()
                    .find(|q| {
                        q.outer_end <= at && doc.text[q.outer_end..at].trim_matches([' ', ',']).is_empty()
                    })
                    .map_or(at, |q| q.open);
                let mut m = Mention::pronoun(at, toks[c.end - 1].end, p);
                m.start = from;
                (self.resolve(&m, &format!("-t-{p}")), Some(c.end))
            } else if let Some(sp) = c
                .inverted
                .then(|| self.apposed_subject(toks, keys, c.start))
                .flatten()
            {
                // `Son homologue, Marek Z., a qualifié …`: subject and apposition, not an inversion.
                (Some(sp), None)
            } else if c.inverted {
                // Inverted when a subject follows; else an incise stood between subject and verb.
                match self.inverted_subject(toks, keys, c.start, c.end) {
                    Some((sp, end)) => (Some(sp), Some(end)),
                    None => (self.subject_before(toks, keys, c.start), None),
                }
            } else if c.gerund
                || keys[c.start] == "avoir"
                || c.start > 0 && matches!(keys[c.start - 1].as_ref(), "avoir" | "etre")
            {
                // `ajoutant que`, `après avoir annoncé`: no subject of its own; it shares its neighbour's.
                (None, None)
            } else if c.narrative {
                // `Me X de conclure :`; `Et de conclure :` opening a sentence goes on with the speaker
                // of before; `…, a précisé X, avant d'ajouter :` shares the sentence's subject (below).
                let last = || self.last_speaker.as_ref().map(|(_, sp, _)| sp.clone());
                let opens = c.start <= 1;
                (
                    self.subject_before(toks, keys, c.start)
                        .or_else(|| opens.then(last).flatten()),
                    None,
                )
            } else {
                (self.subject_before(toks, keys, c.start), None)
            };
            atts.push(Attribution {
                cue: Some(c.clone()),
                cue_text,
                speaker,
                subject_end,
            });
        }
        // Coordinated verbs and gerunds share the subject of their neighbour in the sentence: the nearest
        // before (once shared, it passes on), else the nearest after; one pass each way keeps it linear.
        let mut next_with = vec![None; atts.len()];
        let mut seen = None;
        for i in (0..atts.len()).rev() {
            next_with[i] = seen;
            if atts[i].speaker.is_some() {
                seen = Some(i);
            }
        }
        let mut prev_with: Option<usize> = None;
        for i in 0..atts.len() {
            if atts[i].speaker.is_none() {
                // `X a déclaré que le juge a constaté …, ajoutant que …`: the gerund is X's.
                let gerund = atts[i].cue.as_ref().is_some_and(|c| c.gerund);
                let prev = prev_with.map(|j| {
                    if gerund {
                        reporting_through(&atts, keys, j)
                    } else {
                        j
                    }
                });
                // Not across a subordinate clause: in `X a demandé la parole quand la présidente assurait
                // que …`, the clause after `quand` has a subject of its own.
                let cue_at = |a: &Attribution| a.cue.as_ref().map_or(0, |c| c.start);
                let next = next_with[i].filter(|&j| {
                    !keys[cue_at(&atts[i])..cue_at(&atts[j])].iter().any(|k| {
                        matches!(
                            k.as_ref(),
                            "quand"
                                | "lorsque"
                                | "lorsqu'"
                                | "tandis"
                                | "alors"
                                | "pendant"
                                | "puisque"
                                | "parce"
                        )
                    })
                });
                atts[i].speaker = prev.or(next).and_then(|j| atts[j].speaker.clone()).map(|mut sp| {
                    sp.mention = String::new();
                    sp
                });
                // `X s'en est pris aux médias, les qualifiant de « … »`, `Après avoir affirmé que « … »,
                // X a quitté la salle`: with no reporting neighbour, a participle's subject or an
                // infinitive's is the sentence's.
                let infinitive = atts[i].cue.as_ref().is_some_and(|c| {
                    keys[c.start] == "avoir"
                        || c.start > 0 && matches!(keys[c.start - 1].as_ref(), "avoir" | "etre")
                });
                if (gerund || infinitive) && atts[i].speaker.is_none() {
                    atts[i].speaker = self.sentence_subject(toks, keys);
                }
            }
            if atts[i].speaker.is_some() {
                prev_with = Some(i);
            }
        }
        for a in &mut atts {
            if let Some(sp) = &mut a.speaker {
                if sp.mention.is_empty() {
                    sp.mention = sp.name.clone();
                }
            }
        }

        // `selon X`: a source without a verb.
        let mut selon = self.source_marker(toks, keys, &quoted);
        let mut relays = self.relays(toks, keys, &quoted);
        let has_other_speaker = atts
            .iter()
            .any(|a| a.speaker.as_ref().is_some_and(|sp| sp.kind != SpeakerKind::Media));
        // A medium that only relays: `selon l'agence X` or `a rapporté X` beside another speaker.
        if let Some((sp, i, _, _)) = &selon {
            if sp.kind == SpeakerKind::Media && has_other_speaker {
                relays.push((sp.name.clone(), *i, *i));
                selon = None;
            }
        }
        if has_other_speaker {
            let mut kept = Vec::new();
            for a in atts.drain(..) {
                let relay_verb = a.speaker.as_ref().is_some_and(|sp| sp.kind == SpeakerKind::Media)
                    && a.cue.as_ref().is_some_and(|c| self.lex.relay[c.verb]);
                if relay_verb {
                    if let Some(sp) = &a.speaker {
                        relays.push((sp.name.clone(), 0, 0));
                    }
                } else {
                    kept.push(a);
                }
            }
            atts = kept;
        }
        let via: Vec<String> = {
            let mut v: Vec<String> = Vec::new();
            for (name, _, _) in &relays {
                if !v.contains(name) {
                    v.push(name.clone());
                }
            }
            v
        };

        let before = self.found.len();
        // The sentence's subject, read at most once: by a quotation that needs it, then for the flow.
        let mut subject: Option<Option<Speaker>> = None;
        let passive = (!quotes.is_empty() && atts.is_empty() && selon.is_none())
            .then(|| self.passive_agent(toks, keys, &quoted))
            .flatten();
        self.quotes(si, &quotes, &atts, &selon, &passive, &via, keys, &mut subject);
        self.indirect(si, &atts, &selon, &via, keys, &quoted);
        let attributed =
            self.found.len() > before || atts.iter().any(|a| a.speaker.is_some()) || selon.is_some();
        if !attributed && quotes.is_empty() && reported::is_factual(toks, keys, &doc.text[s.start..s.end]) {
            let text = doc.text[s.start..s.end].to_string();
            self.last_content = Some((text.clone(), (s.start, s.end)));
            self.found.push(Found {
                kind: Kind::Outlet,
                stance: Stance::Assert,
                speaker: None,
                cue: None,
                via: Vec::new(),
                text,
                span: (s.start, s.end),
                rule: "statement in the outlet's own voice".into(),
            });
        }

        // The flow of speakers, for pronouns in the sentences that follow.
        let last_att = self.found[before..]
            .iter()
            .rev()
            .find_map(|f| f.speaker.clone())
            .or_else(|| atts.iter().rev().find_map(|a| a.speaker.clone()));
        if let Some(sp) = last_att.as_ref().filter(|sp| !sp.named && !sp.group) {
            self.unnamed_spoken.retain(|u| u.name != sp.name);
            self.unnamed_spoken.push(sp.clone());
        }
        if let Some(sp) = last_att.clone() {
            let introduces = doc.text[s.start..s.end].trim_end().ends_with(':')
                || self.found[before..]
                    .iter()
                    .any(|f| matches!(f.kind, Kind::Direct | Kind::Mixed));
            self.last_speaker = Some((si, sp, introduces));
        }
        let one_person = |sp: &Speaker| sp.kind == SpeakerKind::Person && !sp.group;
        let subject = subject.unwrap_or_else(|| self.sentence_subject(toks, keys));
        // `Un employé de l'usine a été renvoyé vendredi.`: an unnamed person a sentence introduces as its
        // subject may speak later as `l'employé`.
        let introduced = subject.as_ref().filter(|sp| {
            let mut words = sp.name.split_whitespace();
            one_person(sp)
                && !sp.named
                && words
                    .next()
                    .is_some_and(|w| matches!(w.to_lowercase().as_str(), "un" | "une"))
                && words.count() >= 2
        });
        if let Some(sp) = introduced {
            self.unnamed_spoken.retain(|u| u.name != sp.name);
            self.unnamed_spoken.push(sp.clone());
        }
        if let Some(g) = last_att
            .iter()
            .chain(subject.iter())
            .find(|sp| sp.group && !sp.named)
        {
            self.last_group = Some(g.clone());
        }
        self.last_subject = subject
            .clone()
            .filter(|sp| one_person(sp) && sp.named)
            .map(|sp| (si, sp));
        // The sentence's speaker, then its subject when another person (`X, que Y accuse de …, n'a pas
        // répondu`): a pronoun in the next sentence looks back to the subject first. A name of one word
        // that the article never gave with a first name may be a body or a medium (`le Figaro`): not taken.
        let full_name = |sp: &Speaker| {
            // `Ashtiani`, a surname the article gave in full before.
            reads_as_personal_name(&sp.name) || self.people.given_in_full(&sp.name)
        };
        // After an inverted cue (`X a « … », a martelé le procureur Y`), the words before the cue are what
        // was said and their subject is spoken of; the speaker, named after, is the one to look back to.
        let inverted = atts
            .iter()
            .rev()
            .find(|a| a.speaker.is_some())
            .and_then(|a| a.cue.as_ref())
            .is_some_and(|c| c.inverted || c.pronoun.is_some());
        let subject = subject.filter(|sp| one_person(sp) && sp.named && full_name(sp));
        let mut people = [last_att.filter(one_person), subject];
        if inverted {
            people.reverse();
        }
        for p in people.into_iter().flatten() {
            self.recent_people.retain(|r| r.name != p.name);
            self.recent_people.push(p);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn quotes(
        &mut self,
        si: usize,
        quotes: &[&Quote],
        atts: &[Attribution],
        selon: &Option<(Speaker, usize, usize, String)>,
        passive: &Option<(Speaker, String, Stance)>,
        via: &[String],
        keys: &[Key],
        subject: &mut Option<Option<Speaker>>,
    ) {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let toks = &s.tokens;
        let cue_of = |a: &Attribution| a.cue.as_ref().map_or(0, |c| c.start);
        // The attributions are in the order of their cues. For each, the nearest with a speaker at or
        // before it and at or after it, so that each quotation finds its cues by binary search: the work
        // stays linear however many quotations and cues a sentence holds.
        let mut last_with: Vec<Option<usize>> = Vec::with_capacity(atts.len());
        for (i, a) in atts.iter().enumerate() {
            let prev = last_with.last().copied().flatten();
            last_with.push(if a.speaker.is_some() { Some(i) } else { prev });
        }
        let mut next_with: Vec<Option<usize>> = vec![None; atts.len() + 1];
        for i in (0..atts.len()).rev() {
            next_with[i] = if atts[i].speaker.is_some() {
                Some(i)
            } else {
                next_with[i + 1]
            };
        }
        // Where each quotation's run ends: `« Nous avons gagné » avec « 70 % », « … », a affirmé X` is one
        // run of quotations joined by commas or a word of joining, reported by the cue after the last.
        let spans: Vec<(usize, usize)> = quotes
            .iter()
            .map(|q| {
                (
                    toks.partition_point(|t| t.start < q.open),
                    toks.partition_point(|t| t.start < q.outer_end),
                )
            })
            .collect();
        let mut run_end = vec![0; quotes.len()];
        for k in (0..quotes.len()).rev() {
            let e = spans[k].1;
            run_end[k] = match spans.get(k + 1) {
                Some(&(next, _))
                    if quotes[k].close.is_some()
                        && next >= e
                        && next - e <= 2
                        && keys[e..next]
                            .iter()
                            .all(|k| matches!(k.as_ref(), "," | "et" | "avec" | "puis")) =>
                {
                    run_end[k + 1]
                }
                _ => e,
            };
        }
        for (qi, q) in quotes.iter().enumerate() {
            let words = doc.text[q.start..q.end].split_whitespace().count();
            if words == 0 {
                continue;
            }
            let (q_start, q_end) = spans[qi];
            let first_after = atts.partition_point(|a| cue_of(a) < q_end);
            // A cue right after the quotation (or its run) reports it only when inverted (`», a déclaré X`).
            let r_end = run_end[qi];
            let after = atts[atts.partition_point(|a| cue_of(a) < r_end)..]
                .iter()
                .take_while(|a| cue_of(a) <= r_end + 1)
                .find(|a| {
                    (cue_of(a) == r_end || cue_of(a) == r_end + 1 && keys[r_end] == ",")
                        && a.subject_end.is_some()
                        && a.speaker.is_some()
                });
            // The last cue that ends before the quotation (cues are disjoint, so they end in order).
            let ending_before = atts.partition_point(|a| a.cue.as_ref().is_none_or(|c| c.end <= q_start));
            let before = ending_before
                .checked_sub(1)
                .and_then(|i| last_with[i])
                .filter(|&i| atts[i].cue.as_ref().is_some_and(|c| c.end <= q_start))
                // `L'avocat X a déclaré que le juge a constaté « … »`: a cue inside what an earlier cue
                // reports (after its `que`) reports through it; the quoted words are the outer speaker's.
                .map(|i| &atts[reporting_through(atts, keys, i)]);
            let later = next_with[first_after].map(|i| &atts[i]);
            // Within what a cue reports, even a word or two in quotation marks is the speaker's: after a
            // cue, before an inverted one (`même « la plus basse », avaient soutenu ses avocats`), or in a
            // sentence whose source is given by `selon`.
            let reported_by_cue = before.is_some()
                || after.is_some()
                || later.is_some_and(|a| a.subject_end.is_some())
                || selon.is_some()
                || passive.is_some();
            // `X a estimé qu'« … », a-t-il affirmé`: the pronoun after the quotation is the subject that
            // opened it, who speaks.
            let pronoun = |a: &Attribution| a.cue.as_ref().is_some_and(|c| c.pronoun.is_some());
            let after = after.filter(|a| !(pronoun(a) && before.is_some_and(|b| b.speaker.is_some())));
            let chosen = after.or(before).or(later);
            // `l'avocat X tempête : « … »`: a verb no list holds, right before a colon that opens the
            // quotation, introduces it; its subject speaks (when no cue ends there).
            let colon_verb = (q_start >= 3
                && keys[q_start - 1] == ":"
                && toks[q_start - 2].is_word()
                && !toks[q_start - 2].is_capitalised()
                && forms::classes(toks[q_start - 2].text).may_be_finite_verb()
                && before.is_none_or(|b| b.cue.as_ref().is_some_and(|c| c.end + 1 < q_start)))
            .then(|| {
                // `s'emporte :` — the subject stands before the reflexive pronoun.
                let verb = q_start - 2;
                let at = if matches!(keys[verb - 1].as_ref(), "s'" | "se") {
                    verb - 1
                } else {
                    verb
                };
                self.subject_before(toks, keys, at)
            })
            .flatten()
            .filter(|sp| sp.kind == SpeakerKind::Person || sp.named);
            // `l'Union africaine « condamne fermement » les propos`: a quotation that opens with a
            // finite reporting verb, right after a noun phrase, is its subject's words.
            let own_verb = (chosen.is_none() && q_start >= 1 && toks[q_start - 1].is_word())
                .then(|| {
                    let v = q_start + 1;
                    let finite = self
                        .lex
                        .verbs
                        .get(keys.get(v)?.as_ref())?
                        .iter()
                        .find(|h| h.form == VerbForm::Finite)?;
                    let sp = self.subject_before(toks, keys, q_start)?;
                    Some((sp, toks[v].text.to_string(), self.lex.stance[finite.verb]))
                })
                .flatten();
            // `Marine Dubois : « Un grand danger »`, a subhead or a line of reactions: a name alone before
            // the colon that opens the quotation speaks.
            let name_and_colon = (chosen.is_none() && q_start >= 2 && keys[q_start - 1] == ":")
                .then(|| np::forward(self.lex, toks, keys, 0, q_start - 1))
                .flatten()
                .filter(|&(a, b)| a == 0 && b == q_start - 1)
                .and_then(|r| self.mention_at(toks, keys, Some(r)))
                .map(|(sp, _)| sp)
                .filter(|sp| sp.named)
                // `… ont trouvé le soutien du maire Gilles X : « … »`: a person's full name right before
                // the colon, in a sentence with no cue, speaks.
                .or_else(|| {
                    (chosen.is_none() && q_start >= 3 && keys[q_start - 1] == ":")
                        .then(|| np::backward(self.lex, toks, keys, 0, q_start - 1))
                        .flatten()
                        .and_then(|r| self.mention_at(toks, keys, Some(r)))
                        .map(|(sp, _)| sp)
                        .filter(|sp| {
                            sp.kind == SpeakerKind::Person
                                && sp.named
                                && sp.name.contains(' ')
                                && crate::lang::first_names::opens_name(&sp.name)
                        })
                })
                // `Réponse claire de Dadis X : « … »`: a noun of speech opening the sentence, then `de` and
                // who spoke, before the colon.
                .or_else(|| {
                    (chosen.is_none() && q_start >= 4 && keys[q_start - 1] == ":")
                        .then(|| speech_complement(self.lex, toks, keys, q_start - 1))
                        .flatten()
                        .and_then(|r| self.mention_at(toks, keys, Some(r)))
                        .map(|(sp, _)| sp)
                        .filter(|sp| sp.named)
                });
            let (speaker, cue, rule): (Option<Speaker>, Option<String>, &str) = if let Some(a) = after {
                (a.speaker.clone(), a.cue_text.clone(), "cue after the quotation")
            } else if let Some(sp) = colon_verb {
                (Some(sp), None, "verb and colon before the quotation")
            } else if let Some(a) = before {
                (a.speaker.clone(), a.cue_text.clone(), "cue before the quotation")
            } else if let Some(a) = later {
                (a.speaker.clone(), a.cue_text.clone(), "cue later in the sentence")
            } else if let Some(sp) = name_and_colon {
                (Some(sp), None, "name and colon before the quotation")
            } else if let Some((sp, verb, _)) = &own_verb {
                (
                    Some(sp.clone()),
                    Some(verb.clone()),
                    "quotation opening with its subject's verb",
                )
            } else if let Some((sp, _, _, cue)) = selon {
                (Some(sp.clone()), Some(cue.clone()), "selon")
            } else if let Some((sp, cue, _)) = passive {
                (
                    Some(sp.clone()),
                    Some(cue.clone()),
                    "agent of a passive reporting verb",
                )
            } else if let Some(sp) = (q.open > s.start)
                .then(|| {
                    subject
                        .get_or_insert_with(|| self.sentence_subject(toks, keys))
                        .clone()
                })
                .flatten()
            {
                (Some(sp), None, "subject of the sentence")
            } else if let Some((_, sp, _)) = self.last_speaker.clone().filter(|(prev, _, introduces)| {
                q.continued || q.resumes || q.open == s.start && *introduces && *prev + 1 == si
            }) {
                (
                    Some(sp),
                    None,
                    if q.continued {
                        "quotation continued from the previous paragraph"
                    } else if q.resumes {
                        "quotation resumed after its reporting clause"
                    } else {
                        "introduced just before"
                    },
                )
            } else if let Some((_, sp, _)) = self.last_speaker.clone().filter(|(prev, _, _)| {
                // A quotation standing alone as a sentence goes on the words of the last speaker, when
                // they spoke in one of the two sentences before it.
                q.open == s.start && si - *prev <= 2 && doc.sentences[*prev].para + 1 >= s.para
            }) {
                (Some(sp), None, "quotation after its speaker's last words")
            } else if let Some((_, sp, _)) = self.last_speaker.clone().filter(|(prev, _, _)| {
                // `… a indiqué l'Autorité. Ses modalités ont été jugées « ni nécessaires »`: a quotation
                // in a sentence without a source, right after its speaker's words in the same paragraph.
                q.open > s.start && *prev + 1 == si && doc.sentences[*prev].para == s.para
            }) {
                (
                    Some(sp),
                    None,
                    "quotation in the sentence after its speaker's words",
                )
            } else if let Some((_, sp)) = self.last_subject.clone().filter(|(prev, _)| {
                // A quotation running on over paragraphs only after a sentence that announces it
                // (`… a fait la déclaration suivante :`).
                let announced = doc.text[doc.sentences[*prev].start..doc.sentences[*prev].end]
                    .trim_end()
                    .ends_with(':');
                q.open == s.start && (!q.continues || announced) && *prev + 1 == si
            }) {
                (Some(sp), None, "quotation after a sentence about its speaker")
            } else if let Some(sp) = (q.open == s.start && s.end <= q.outer_end + 2)
                .then(|| self.next_sentence_person(si))
                .flatten()
            {
                // `« C'est un coup de massue. » Jean X est sonné.`: a quotation standing alone at the head of
                // a paragraph, which nobody before spoke, goes to the person the next sentence names.
                (Some(sp), None, "quotation before a sentence about its speaker")
            } else {
                (None, None, "unattributed")
            };
            if speaker.is_none() {
                continue;
            }
            let direct =
                q.open == s.start || q_start > 0 && keys[q_start - 1] == ":" || q.continued || q.resumes;
            if words <= 2 && !reported_by_cue && own_verb.is_none() && !direct {
                continue; // scare quotes and titles: a claim only when someone is said to say them
            }
            // `le site « Veritas »`, `l'appellation « eau de source »`, `la société « Nordal Waters »`: a
            // name in quotation marks, not words anyone says.
            let inside =
                toks.partition_point(|t| t.start < q.start)..toks.partition_point(|t| t.start < q.end);
            // `« Les Soulèvements de la Terre »`: a name's linking words inside it are the name's too.
            let name_link = |i: usize| {
                matches!(
                    keys[i].as_ref(),
                    "de" | "d'" | "du" | "des" | "la" | "le" | "les" | "l'" | "et" | "en" | "sur"
                )
            };
            let names_only = words <= 6
                && toks.get(inside.start).is_some_and(|t| t.is_capitalised())
                && inside.clone().all(|i| {
                    !toks[i].is_word() || np::is_name(&toks[i], &keys[i]) || i > inside.start && name_link(i)
                })
                && inside
                    .clone()
                    .rev()
                    .find(|&i| toks[i].is_word())
                    .is_some_and(|i| !name_link(i));
            // `le groupe écologiste « Les Soulèvements »`, `des pancartes « … »`: a naming word or a body's
            // noun before a short quotation, over an adjective, names what is quoted.
            let short = words <= 6;
            let naming_before = |p: usize| {
                let k = keys[p].as_ref();
                self.lex.naming_words.contains(k)
                    || short
                        && self.lex.is_body(k)
                        && toks.get(inside.start).is_some_and(|t| t.is_capitalised())
            };
            let after_naming_word = q_start > 0
                && (naming_before(q_start - 1)
                    || short
                        && q_start > 1
                        && !toks[q_start - 1].is_capitalised()
                        && forms::classes(toks[q_start - 1].text).adjective()
                        && naming_before(q_start - 2));
            if !direct && (names_only || after_naming_word) {
                continue;
            }
            // A passive agent is looked for only in a sentence with no cue and no `selon`.
            let stance = match (passive, &own_verb) {
                (Some((_, _, stance)), _) => *stance,
                (None, Some((_, _, stance))) if chosen.is_none() => *stance,
                _ => chosen
                    .and_then(|a| a.cue.as_ref())
                    .map_or(Stance::Assert, |c| c.stance),
            };
            let text = doc.text[q.start..q.end].to_string();
            self.last_content = Some((text.clone(), (q.start, q.end)));
            self.found.push(Found {
                kind: if direct { Kind::Direct } else { Kind::Mixed },
                stance,
                speaker,
                cue,
                via: via.to_vec(),
                text,
                span: (q.start, q.end),
                rule: rule.to_string(),
            });
        }
    }

    fn indirect(
        &mut self,
        si: usize,
        atts: &[Attribution],
        selon: &Option<(Speaker, usize, usize, String)>,
        via: &[String],
        keys: &[Key],
        quoted: &dyn Fn(usize) -> bool,
    ) {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let toks = &s.tokens;
        let mut out: Vec<Pending> = Vec::new();
        for (i, a) in atts.iter().enumerate() {
            let (Some(c), Some(speaker)) = (&a.cue, &a.speaker) else {
                continue;
            };
            let next = atts.get(i + 1).and_then(|n| n.cue.as_ref()).map(|n| n.start);
            let pieces = if let Some(subject_end) = a.subject_end {
                // Right after a quotation, the quotation is what is reported: its claim is made.
                let mut b = c.start;
                while b > 0 && keys[b - 1] == "," {
                    b -= 1;
                }
                if b > 0 && quoted(b - 1) {
                    continue;
                }
                let floor = i.checked_sub(1).map_or(0, |p| {
                    let prev = &atts[p];
                    let end = prev.cue.as_ref().map_or(0, |pc| pc.end);
                    prev.subject_end.unwrap_or(end).max(end)
                });
                reported::around_inverted(toks, keys, c, subject_end, floor, next)
            } else {
                reported::after_cue(toks, keys, c, next)
            };
            let Some(pieces) = pieces else { continue };
            let content = if reported::is_anaphor(keys, &pieces) {
                // `Téhéran a démenti cette affirmation`: the claim it answers, with this sentence as evidence.
                // With nothing reported before, the words themselves (`l'information`) are the content.
                match self.last_content.clone() {
                    Some((text, _)) => Content::Reference(text),
                    None => Content::Pieces(pieces),
                }
            } else if reported::words_outside(toks, &pieces, quoted)
                >= if c.stance == Stance::Assert { 3 } else { 1 }
            {
                Content::Pieces(pieces)
            } else {
                continue;
            };
            // `…, assure le texte, que l'entreprise n'a jamais dissimulé le moindre rapport`: what is
            // asserted is that something never happened, a denial.
            let stance = match &content {
                Content::Pieces(p) if c.stance == Stance::Assert && reported::never_happened(keys, p) => {
                    Stance::Deny
                }
                // `dénonce une « manipulation »`: calling what was said false is denying it.
                Content::Pieces(p) if c.stance == Stance::Accuse && reported::only_a_dismissal(keys, p) => {
                    Stance::Deny
                }
                _ => c.stance,
            };
            out.push(Pending {
                content,
                speaker: speaker.clone(),
                cue: a.cue_text.clone(),
                stance,
                rule: "reported speech",
            });
        }
        if atts.iter().all(|a| a.speaker.is_none()) {
            if let Some((sp, i, end, cue)) = selon {
                let pieces = around_selon(toks, keys, *i, *end);
                if reported::words_outside(toks, &pieces, quoted) >= 3 {
                    out.push(Pending {
                        content: Content::Pieces(pieces),
                        speaker: sp.clone(),
                        cue: Some(cue.clone()),
                        rule: "selon",
                        stance: Stance::Assert,
                    });
                }
            }
        }
        for p in out {
            let (text, span, rule) = match p.content {
                Content::Reference(text) => (
                    text,
                    (s.start, s.end),
                    "reference back to the claim just reported",
                ),
                Content::Pieces(pieces) => {
                    let text = pieces
                        .iter()
                        .map(|&(a, b)| &doc.text[toks[a].start..toks[b - 1].end])
                        .collect::<Vec<_>>()
                        .join(" ");
                    let span = (toks[pieces[0].0].start, toks[pieces[pieces.len() - 1].1 - 1].end);
                    (text, span, p.rule)
                }
            };
            self.last_content = Some((text.clone(), span));
            self.found.push(Found {
                kind: Kind::Indirect,
                stance: p.stance,
                speaker: Some(p.speaker),
                cue: p.cue,
                via: via.to_vec(),
                text,
                span,
                rule: rule.into(),
            });
        }
    }
}

/// What an indirect claim reports.
enum Content {
    /// Token ranges of the sentence.
    Pieces(Pieces),
    /// A reference back: the text of the claim it answers.
    Reference(String),
}

struct Pending {
    content: Content,
    speaker: Speaker,
    cue: Option<String>,
    stance: Stance,
    rule: &'static str,
}

/// `Réponse claire de X`, `La réaction du syndicat Y`: the words `[0, end)` open with a noun of speech (after
/// a determiner, before adjectives) and `de`; where its complement, the speaker, lies.
fn speech_complement(lex: &Lexicon, toks: &[Token], keys: &[Key], end: usize) -> Option<(usize, usize)> {
    let mut h = usize::from(
        keys.first()
            .is_some_and(|k| np::DETERMINERS.contains(&k.as_ref())),
    );
    if !keys.get(h).is_some_and(|k| lex.speech_nouns.contains(k.as_ref())) {
        return None;
    }
    h += 1;
    while h < end && !toks[h].is_capitalised() && forms::classes(toks[h].text).adjective() {
        h += 1;
    }
    (h + 1 < end && matches!(keys[h].as_ref(), "de" | "d'" | "du" | "des")).then_some((h + 1, end))
}
