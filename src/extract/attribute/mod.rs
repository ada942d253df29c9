//! Attribution: for every sentence, who speaks at each cue (a preposed subject, an inverted one, a
//! relative `qui`, a coordinated verb sharing its subject, a pronoun following the flow of speakers, a
//! role resolved to the person the article introduced), through whom (`cité par l'agence X`), and then
//! which quotation, reported content or outlet statement each attribution covers.
//!
//! Not here: finding cues (`cues`), quotations (`quotes`), content extents (`reported`).

mod phrases;
mod quotations;
mod relays;
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

    /// An unnamed speaker a later definite description may stand for (`l'employé`), as the latest of them.
    fn remember_unnamed(&mut self, sp: &Speaker) {
        self.unnamed_spoken.retain(|u| u.name != sp.name);
        self.unnamed_spoken.push(sp.clone());
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
            } else if c.gerund || is_infinitive_cue(keys, c) {
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
                let infinitive = atts[i].cue.as_ref().is_some_and(|c| is_infinitive_cue(keys, c));
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
        // A cue without a speaker yields only to a participle that qualifies the quotation itself.
        let passive = (!quotes.is_empty() && atts.iter().all(|a| a.speaker.is_none()) && selon.is_none())
            .then(|| self.passive_agent(toks, keys, &quoted, !atts.is_empty()))
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
            self.remember_unnamed(sp);
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
            self.remember_unnamed(sp);
        }
        if let Some(g) = last_att
            .iter()
            .chain(subject.iter())
            .find(|sp| sp.group && !sp.named)
        {
            self.last_group = Some(g.clone());
        } else if let Some(body) = atts
            .iter()
            .rev()
            .find(|a| a.speaker.is_some())
            .filter(|a| {
                a.cue
                    .as_ref()
                    .is_some_and(|c| !c.inverted && plural_verb(&keys[c.start]))
            })
            .and_then(|a| a.speaker.clone())
            .filter(|sp| sp.kind != SpeakerKind::Person)
        {
            // `le collège des chefs d'État … ont estimé`: a body the article makes agree in the plural is
            // whom `ils` stands for next.
            self.last_group = Some(body);
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
        // `selon X, qui avait demandé …`: a relative clause on the source says more of it; what the
        // sentence reports is still the source's.
        let on_source = |a: &Attribution, end: usize| {
            a.cue
                .as_ref()
                .is_some_and(|c| c.start > end + 1 && relative_after(keys, end))
        };
        if let Some((sp, i, end, cue)) = selon
            .as_ref()
            .filter(|(_, _, end, _)| atts.iter().all(|a| a.speaker.is_none() || on_source(a, *end)))
        {
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

/// Whether a verb form is finite and plural in every finite reading (`ont`, `affirment`; not `dément`).
fn plural_verb(form: &str) -> bool {
    let mut finite = crate::lang::lexicon::fr()
        .analyses(form)
        .filter(|a| a.verb.is_some_and(|v| v.is_finite()))
        .peekable();
    finite.peek().is_some() && finite.all(|a| a.number == Some(crate::lang::lexicon::Number::Plural))
}

/// `après avoir annoncé`, `a tenu à préciser` with `avoir` in the cue: an infinitive, which has no subject
/// of its own.
fn is_infinitive_cue(keys: &[Key], c: &Cue) -> bool {
    keys[c.start] == "avoir" || c.start > 0 && matches!(keys[c.start - 1].as_ref(), "avoir" | "etre")
}
