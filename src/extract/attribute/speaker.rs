//! Who a mention stands for: resolved through the article's people and the flow of speakers (a pronoun,
//! a description, a body named before, a person named before or after). Where a cue's subject stands is
//! `subjects.rs`.

use super::*;

/// Nouns that stand for a company named before (`l'entreprise`, `le groupe italien`), folded.
const COMPANY_HEADS: &[&str] = &[
    "entreprise",
    "societe",
    "groupe",
    "firme",
    "compagnie",
    "multinationale",
    "geant",
];

/// A body the article named, as the speaker a mention of it stands for.
fn body_speaker(body: &crate::extract::people::Body, mention_text: &str) -> Speaker {
    Speaker {
        name: body.name.clone(),
        kind: body.kind,
        role: None,
        mention: mention_text.to_string(),
        group: false,
        gender: None,
        named: true,
    }
}

impl Walker<'_> {
    pub(super) fn resolve(&self, m: &Mention, mention_text: &str) -> Option<Speaker> {
        if let Some(pronoun) = &m.pronoun {
            if m.plural {
                // `ont-ils affirmé`: the group spoken of last (`les syndicats`, `des soldats`).
                return self.last_group.clone().map(|g| Speaker {
                    mention: mention_text.to_string(),
                    ..g
                });
            }
            // `ce dernier` (the latter) stands for the person named last, and only lately: the one it sets
            // apart from the subject before, never who spoke (an unnamed one it may stand for is left
            // unresolved rather than given to a name further back).
            if pronoun.split_once(' ').is_some_and(|(a, b)| np::the_latter(a, b)) {
                return self.named_lately(m.start, m.gender).map(|p| Speaker {
                    mention: mention_text.to_string(),
                    ..p
                });
            }
            // A demonstrative (`Celle-ci`) stands for the person named last; a personal pronoun for
            // the one who spoke last, or, before anyone spoke, for the person named last.
            let personal = !pronoun.starts_with("cel");
            let spoke = personal.then(|| self.person_for(m.gender)).flatten();
            // `La réaction de Aïda X n'a pas tardé. « … », s'interroge-t-elle`: a person of the pronoun's
            // gender named since the sentence before goes before one who spoke but whose gender is unknown.
            let spoke = match spoke {
                Some(sp) if sp.gender.is_none() && m.gender.is_some() => {
                    Some(self.newly_named(m.start, m.gender, &sp.name).unwrap_or(sp))
                }
                other => other,
            };
            // Before anyone spoke, the named subject of the sentence before (`L'accusé X a demandé la
            // parole … de la prison de Haren. « … », a-t-il fustigé`) comes before whoever was named last.
            let subject = || {
                self.last_subject
                    .as_ref()
                    .map(|(_, sp)| sp)
                    .filter(|sp| Gender::agree(m.gender, sp.gender))
                    .cloned()
            };
            // `… a rapporté le ministère de la santé. Dans un communiqué, il fait état de …`: a body that
            // spoke in the sentence just before, the last to speak, is who a personal pronoun stands for,
            // before a person named earlier or spoken of in its words.
            let body_just_spoke = || {
                self.last_speaker
                    .as_ref()
                    .filter(|(prev, sp, _)| {
                        // A state that spoke by its bare name (`Québec a promis …`) is rarely `il`: the
                        // person who spoke before it is; one spoken of with a noun is (`le gouvernement
                        // burkinabè … Il souligne`).
                        let bare_state = sp.kind == SpeakerKind::State
                            && !sp
                                .mention
                                .split_whitespace()
                                .next()
                                .is_some_and(|w| crate::lang::lexicon::is_determiner(&w.to_lowercase()));
                        sp.kind != SpeakerKind::Person
                            && !bare_state
                            && !sp.group
                            && Gender::agree(m.gender, sp.gender)
                            && self.in_sentence_after(*prev, m.start)
                    })
                    .map(|(_, sp, _)| sp.clone())
            };
            // `Benoît, un agriculteur, a revendiqué l'action. « … », a-t-il déclaré`: the named subject of
            // the sentence just before, of the pronoun's gender, before someone who spoke earlier.
            let subject_just_before = || {
                self.last_subject
                    .as_ref()
                    .filter(|(prev, sp)| {
                        m.gender.is_some() && sp.gender == m.gender && self.in_sentence_after(*prev, m.start)
                    })
                    .map(|(_, sp)| sp.clone())
            };
            let spoke = match spoke {
                Some(sp)
                    if self.last_speaker.as_ref().is_none_or(|(prev, _, _)| {
                        self.last_subject.as_ref().is_some_and(|(subj, _)| prev < subj)
                    }) =>
                {
                    subject_just_before().or(Some(sp))
                }
                other => other,
            };
            // A demonstrative (`Celle-ci s'estime « surprise »`) stands for a body that spoke in the
            // sentence just before, before the person named last.
            return body_just_spoke()
                .filter(|_| personal)
                .or(spoke)
                .or_else(|| personal.then(subject).flatten())
                .or_else(|| (!personal).then(body_just_spoke).flatten())
                .or_else(|| self.named_before(m.start, m.gender))
                .or_else(|| self.named_next(m.start, m.gender))
                .map(|p| Speaker {
                    mention: mention_text.to_string(),
                    ..p
                });
        }
        // `la formation Astana … Astana rappelle`: a capital the article gave a body as its name is that body.
        if m.kind == SpeakerKind::State {
            if let Some(body) = self.people.body_named(mention_text, m.start) {
                return Some(body_speaker(body, mention_text));
            }
        }
        // `SM`, after `le Syndicat de la magistrature (SM)`: the name the article spelled out.
        if let Some(full) = m.name.as_deref().and_then(|n| self.people.spelled_out(n)) {
            return Some(Speaker {
                name: full.to_string(),
                kind: SpeakerKind::Organisation,
                role: None,
                mention: mention_text.to_string(),
                group: false,
                gender: None,
                named: true,
            });
        }
        // `a déclaré Le Berre`, after `Paul Le Berre`: a surname with a capitalised article, which the phrase
        // reader took for a determiner.
        let with_article = mention_text
            .split_once(' ')
            .is_some_and(|(article, rest)| matches!(article, "Le" | "La") && !rest.contains(' '));
        let by_surname = with_article
            .then(|| self.people.ending_with(mention_text))
            .flatten();
        if let Some(p) = by_surname.or_else(|| self.people.resolve(m, self.roleless_just_spoke(m.start))) {
            let role = m.role.clone().or_else(|| p.roles.first().map(|r| r.text.clone()));
            return Some(Speaker {
                name: p.name.clone(),
                kind: SpeakerKind::Person,
                role,
                mention: mention_text.to_string(),
                group: false,
                gender: p.gender.or(m.gender),
                named: true,
            });
        }
        // `les deux responsables`: the two people who spoke last.
        if m.plural && m.name.is_none() && mention_text.split_whitespace().any(|w| w == "deux") {
            if let [.., a, b] = self.recent_people.as_slice() {
                return Some(Speaker {
                    name: format!("{} et {}", a.name, b.name),
                    kind: SpeakerKind::Person,
                    role: m.role.clone(),
                    mention: mention_text.to_string(),
                    group: true,
                    gender: None,
                    named: true,
                });
            }
        }
        // `le ministre et porte-parole`, `l'expert`: a role no person of the article was given stands for
        // the person just spoken of, when their gender agrees.
        if m.kind == SpeakerKind::Person && m.name.is_none() && m.role.is_some() && !m.plural && m.definite {
            // `Un employé de l'usine a été renvoyé. « … », explique l'employé`: the unnamed person the
            // article introduced with that noun.
            if let Some(sp) = m
                .head
                .as_deref()
                .and_then(|h| self.unnamed_with_head(h, mention_text))
            {
                return Some(sp);
            }
            // An unnamed source described by another role (`un reporter`) is not `le Premier ministre`.
            let other_role = |p: &Speaker| !p.named && p.role.is_some() && p.role != m.role;
            // Nor is a role of one state (`le Premier ministre libanais`) the holder of that of another
            // (`le Premier ministre israélien X`).
            let other_state = |p: &Speaker| {
                let (mine, theirs) = (role_state(m.role.as_deref()), role_state(p.role.as_deref()));
                mine.is_some() && theirs.is_some() && mine != theirs
            };
            // Nor is a role someone whose name may be a body's or a place's (`may_be_a_person`), nor someone
            // its complement names (`l'institutrice du fils d'Anne X` is not Anne X).
            let in_complement = |p: &Speaker| {
                p.named
                    && p.name
                        .split_whitespace()
                        .last()
                        .is_some_and(|surname| mention_text.contains(surname))
            };
            if let Some(p) = self.person_for(m.gender).filter(|p| {
                !other_role(p) && !other_state(p) && (!p.named || may_be_a_person(p)) && !in_complement(p)
            }) {
                return Some(Speaker {
                    role: m.role.clone().or(p.role.clone()),
                    mention: mention_text.to_string(),
                    ..p
                });
            }
            // Before anyone spoke: the person of that gender the article named last without a role;
            // not for a role of a body the article names (`l'avocat de la LFP` is not the judge named
            // just before).
            let of_named_body = m.role.as_deref().is_some_and(|r| {
                r.split_whitespace().skip(1).any(|w| {
                    w.starts_with(char::is_uppercase) && !self.lex.domains.contains(&crate::text::fold(w))
                })
            });
            if let Some(p) = m
                .gender
                .filter(|_| !of_named_body)
                .and_then(|g| self.people.last_named_without_role(m.start, g))
                .filter(|p| reads_as_personal_name(&p.name))
            {
                return Some(Speaker {
                    name: p.name.clone(),
                    kind: SpeakerKind::Person,
                    role: m.role.clone(),
                    mention: mention_text.to_string(),
                    group: false,
                    gender: p.gender,
                    named: true,
                });
            }
        }
        // `a ajouté cette source`: a demonstrative description of a body or a source points back to whoever
        // spoke last.
        let demonstrative = mention_text
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "ce" | "cet" | "cette"));
        // `a ajouté la même source`: so does a source said to be the same.
        let same = m.head.as_deref() == Some("meme") || mention_text.ends_with(" même source");
        if (demonstrative && m.kind != SpeakerKind::Person || same) && !m.named && !m.plural {
            if let Some((_, sp, _)) = &self.last_speaker {
                return Some(Speaker {
                    mention: mention_text.to_string(),
                    ..sp.clone()
                });
            }
        }
        // `la commission`, `l'entreprise`, `le journal`, `sa lettre`: the body or person the article named.
        // A plural (`les médias iraniens`) describes a class, not one body named before.
        // One that names its own state (`l'armée malienne`) is that body, not the last army named.
        // `le groupe italien`, `le géant américain`: a company of that state, the one the article named.
        let company = m.definite && m.head.as_deref().is_some_and(|h| COMPANY_HEADS.contains(&h));
        if !m.named && !m.plural && m.kind != SpeakerKind::Person && (company || !identified_by_state(m)) {
            if let Some(sp) = self.described_source(m, mention_text) {
                return Some(sp);
            }
        }
        // `La Commission` the article never tied to a body it named: a body's noun alone is no name, and
        // is shown with its determiner.
        let bare_noun = m.name.as_deref().is_some_and(|n| {
            let k = crate::text::fold(n);
            !n.contains(char::is_whitespace) && (self.lex.is_body(&k) || self.lex.is_role(&k))
        });
        if bare_noun {
            let fuller = m
                .name
                .as_deref()
                .and_then(|n| self.people.fuller_body(n, m.start));
            if let Some(body) = fuller {
                return Some(body_speaker(body, mention_text));
            }
        }
        let named = !bare_noun && (m.named || (m.kind == SpeakerKind::Person && m.name.is_some()));
        // `… a déclaré une source au gouvernement fédéral. … a raconté la source`: a definite description
        // of one word stands for the unnamed speaker described before with that noun.
        if !named && m.definite && !m.plural {
            if let Some(sp) = m
                .head
                .as_deref()
                .and_then(|h| self.unnamed_with_head(h, mention_text))
            {
                return Some(sp);
            }
        }
        // `Côté français, les autorités ont redit …`: a government named by its noun alone, in a sentence
        // that opens with the side of a state, is that state.
        if !m.named {
            if let Some(state) = m
                .head
                .as_deref()
                .filter(|h| np::is_governing(h))
                .and_then(|_| self.side_of_state(m.start))
            {
                return Some(Speaker {
                    name: state.to_string(),
                    kind: SpeakerKind::State,
                    role: None,
                    mention: mention_text.to_string(),
                    group: false,
                    gender: None,
                    named: true,
                });
            }
        }
        let mut name = m.name.clone().or_else(|| m.role.clone())?;
        if !named {
            name = describe::fuller(self.doc, m).unwrap_or_else(|| describe::unnamed(m, mention_text, &name));
        }
        Some(Speaker {
            name,
            kind: m.kind,
            role: m.role.clone(),
            mention: mention_text.to_string(),
            // `les juges` are several people: no singular pronoun or description stands for them.
            group: m.plural && !named,
            gender: m.gender,
            named,
        })
    }

    /// The source a description of a body, medium or document stands for: for a possessive (`sa
    /// lettre`), the last speaker; else the body the article named last that the noun fits (see
    /// `People::body_for`).
    pub(super) fn described_source(&self, m: &Mention, mention_text: &str) -> Option<Speaker> {
        if m.possessive && m.kind == SpeakerKind::Document {
            // `sa lettre`: the person just spoken of, whether or not they spoke.
            let sp = self.person_for(None)?;
            return Some(Speaker {
                mention: mention_text.to_string(),
                ..sp
            });
        }
        let head = m.head.as_deref()?;
        if crate::extract::people::COMPANY_NOUNS.contains(&head) {
            if let Some(sp) = self.quotation_names_itself(m.start) {
                return Some(Speaker {
                    mention: mention_text.to_string(),
                    ..sp
                });
            }
        }
        // `Nordal affirme que … L'entreprise justifie …`: a company that spoke in this sentence or the one
        // before is what `l'entreprise` stands for, before a brand or company merely named since.
        if COMPANY_HEADS.contains(&head) {
            if let Some(sp) = self.spoke_just_before(m.start).filter(|sp| {
                // A one-word name with no first name (`Nordal affirme`) may be the company's.
                let company = sp.kind == SpeakerKind::Organisation
                    || sp.kind == SpeakerKind::Person && !reads_as_personal_name(&sp.name);
                sp.named
                    && company
                    && !crate::text::fold(&sp.name)
                        .split_whitespace()
                        .any(|w| self.lex.is_body(w))
            }) {
                return Some(Speaker {
                    mention: mention_text.to_string(),
                    ..sp.clone()
                });
            }
        }
        // `Solvania a rejeté les accusations de l'association X, selon un communiqué. …, assure le texte`:
        // a document spoken of right after a source spoke through one is that source's, before a body
        // merely named since.
        // So is one right after someone spoke through a document of theirs (`selon un communiqué du
        // procureur … . « … », indique le communiqué`).
        if m.kind == SpeakerKind::Document {
            let through_document = |sp: &Speaker| {
                crate::text::fold(&sp.mention)
                    .split_whitespace()
                    .any(|w| self.lex.documents.contains(w))
            };
            if let Some(sp) = self
                .spoke_just_before(m.start)
                .filter(|sp| sp.named && sp.kind != SpeakerKind::Person || through_document(sp))
            {
                return Some(Speaker {
                    mention: mention_text.to_string(),
                    ..sp.clone()
                });
            }
        }
        let body = self.people.body_for(head, m.kind, m.start)?;
        Some(body_speaker(body, mention_text))
    }

    /// The last speaker, when `at` is in the sentence where they spoke or the next one.
    fn spoke_just_before(&self, at: usize) -> Option<&Speaker> {
        let (prev, sp, _) = self.last_speaker.as_ref()?;
        (*prev..=*prev + 1)
            .any(|i| {
                self.doc
                    .sentences
                    .get(i)
                    .is_some_and(|s| s.start <= at && at < s.end)
            })
            .then_some(sp)
    }

    /// The unnamed speaker that spoke last whose description is headed by `head` (folded), when the
    /// mention `mention_text` is that noun alone after its determiner (`la source`, `le responsable`).
    fn unnamed_with_head(&self, head: &str, mention_text: &str) -> Option<Speaker> {
        let words: Vec<String> = crate::text::fold(mention_text)
            .replace(['\'', '\u{2019}'], "' ")
            .split_whitespace()
            .map(str::to_string)
            .collect();
        if words.len() != 2 || words[1] != head {
            return None;
        }
        self.unnamed_spoken
            .iter()
            .rev()
            .find(|sp| {
                let name = crate::text::fold(&sp.name).replace(['\'', '\u{2019}'], "' ");
                let mut w = name.split_whitespace();
                w.next().is_some_and(crate::lang::lexicon::is_determiner)
                    && w.next() == Some(head)
                    && w.next().is_some()
            })
            .map(|sp| Speaker {
                mention: mention_text.to_string(),
                ..sp.clone()
            })
    }

    /// `« Orano prend acte de la décision », a indiqué la société`: a communiqué names its issuer in the
    /// third person. The body that opens the quotation right before `at` as the subject of its first verb:
    /// one the article named as a body, or a name that is no person's.
    fn quotation_names_itself(&self, at: usize) -> Option<Speaker> {
        let text = self.doc.text;
        let q = self.top_quotes[..self.top_quotes.partition_point(|q| q.outer_end <= at)].last()?;
        let between = text.get(q.outer_end..at)?;
        if between.len() > 60 || between.contains(['.', '«', '»', '"', '“', '”']) {
            return None;
        }
        let inner = text.get(q.start..q.end)?;
        let inner = ["L'", "L\u{2019}", "Le ", "La ", "Les "]
            .iter()
            .find_map(|d| inner.strip_prefix(d))
            .unwrap_or(inner);
        let mut words = inner.split_whitespace();
        let mut name: Vec<&str> = Vec::new();
        let verb = loop {
            let w = words.next()?;
            if w.chars().next().is_some_and(char::is_uppercase) && name.len() < 4 {
                name.push(w);
            } else {
                break w;
            }
        };
        if name.is_empty() || !forms::classes(verb).finite_verb() {
            return None;
        }
        let name = name.join(" ");
        if let Some(body) = self
            .people
            .bodies
            .iter()
            .find(|b| crate::text::fold(&b.name) == crate::text::fold(&name))
        {
            return Some(body_speaker(body, ""));
        }
        // Not `Il`, `Cette`: a pronoun or a determiner; not a person's name.
        let first = name.split_whitespace().next().unwrap_or_default().to_lowercase();
        let grammatical =
            forms::classes(&first).grammatical() || self.lex.function_words.contains(first.as_str());
        let person =
            crate::lang::first_names::opens_name(&name) || self.people.by_name(&name, at, None).is_some();
        // `« Le Syndicat prend acte »`: a body's noun alone names none.
        let bare_noun = !name.contains(' ') && self.lex.is_body(&first);
        (!grammatical && !person && !bare_noun).then(|| Speaker {
            name,
            kind: SpeakerKind::Organisation,
            role: None,
            mention: String::new(),
            group: false,
            gender: None,
            named: true,
        })
    }

    /// Before anyone was named: the person named first in the next few sentences (`« … », a-t-il affirmé.
    /// … Jean X, qui ne s'était pas exprimé, …` at the top of an article cut from a page).
    pub(super) fn named_next(&self, at: usize, gender: Option<Gender>) -> Option<Speaker> {
        const WITHIN: usize = 400;
        Some(person_speaker(
            self.people.named_next(at, WITHIN, gender)?,
            gender,
        ))
    }

    /// The person named in this sentence last before its token `i`, by a name that opens with a first
    /// name (not `Unsa-Police` read after a role), as a speaker.
    pub(super) fn named_in_sentence_before(&self, toks: &[Token], i: usize) -> Option<Speaker> {
        let (start, at) = (toks.first()?.start, toks[i].start);
        let p = self.people.last_named_such(at, |p| {
            crate::lang::first_names::opens_name(&p.name) && p.named_before(at).is_some_and(|n| n >= start)
        })?;
        Some(person_speaker(p, p.gender))
    }

    /// The person the article named last before `at`, as a speaker.
    pub(super) fn named_before(&self, at: usize, gender: Option<Gender>) -> Option<Speaker> {
        Some(person_speaker(self.people.last_named(at, gender)?, gender))
    }

    /// Whether a person named without a role spoke in the sentence just before `at`: the one a description
    /// right after refers to (`», justifie Paul X. « … », assure l'avocat`), not someone named further on.
    fn roleless_just_spoke(&self, at: usize) -> bool {
        self.last_speaker.as_ref().is_some_and(|(si, sp, _)| {
            sp.kind == SpeakerKind::Person && sp.named && sp.role.is_none() && self.in_sentence_after(*si, at)
        })
    }

    /// The person the article named last before `at`, if named in the two sentences before or this one, of a
    /// gender that agrees, and surely a person: by a first name or with a role (`l'école Littré` is none).
    fn named_lately(&self, at: usize, gender: Option<Gender>) -> Option<Speaker> {
        let before = self.sentence_index(at).saturating_sub(2);
        let since = self.doc.sentences.get(before)?.start;
        let p = self.people.last_named_such(at, |p| {
            Gender::agree(gender, p.gender)
                && (!p.roles.is_empty() || crate::lang::first_names::opens_name(&p.name))
        })?;
        p.named_before(at)
            .is_some_and(|n| n >= since)
            .then(|| person_speaker(p, gender))
    }

    /// The person of a known `gender` the article named since the sentence before the one at `at`, other
    /// than `other`, when nobody spoke in this paragraph.
    fn newly_named(&self, at: usize, gender: Option<Gender>, other: &str) -> Option<Speaker> {
        let here = self.sentence_index(at);
        let before = here.checked_sub(1)?;
        // Whoever spoke in this paragraph is still who the pronoun stands for.
        let para = self.doc.sentences.get(here)?.para;
        if self
            .last_speaker
            .as_ref()
            .is_some_and(|(si, _, _)| self.doc.sentences[*si].para == para)
        {
            return None;
        }
        let since = self.doc.sentences.get(before)?.start;
        let p = self.people.last_named(at, gender)?;
        (p.gender == gender && p.name != other && p.named_before(at).is_some_and(|n| n >= since))
            .then(|| person_speaker(p, gender))
    }

    /// The index of the sentence that holds the byte `at` (the number of sentences when none does).
    fn sentence_index(&self, at: usize) -> usize {
        self.doc.sentences.partition_point(|s| s.end <= at)
    }

    /// The state whose side the sentence at `at` opens with (`Côté français, …`, `Du côté malien, …`).
    fn side_of_state(&self, at: usize) -> Option<&'static str> {
        let s = self.doc.sentences.get(self.sentence_index(at))?;
        let k = |i: usize| s.keys.get(i).map_or("", |k| k.as_ref());
        let open = match (k(0), k(1)) {
            ("cote", _) => 1,
            ("du", "cote") => 2,
            _ => return None,
        };
        let world = &crate::lang::fr().world;
        (k(open + 1) == ",")
            .then(|| world.state_of_adjective(k(open)))
            .flatten()
            .map(|st| st.name.as_str())
    }

    /// The person a third-person pronoun of this gender stands for: the most recent one who spoke or was
    /// a subject whose gender agrees (or is unknown).
    pub(super) fn person_for(&self, gender: Option<Gender>) -> Option<Speaker> {
        self.recent_people
            .iter()
            .rev()
            .find(|p| Gender::agree(gender, p.gender))
            .cloned()
    }

    /// `Paul Roux et Anne Lenoir ont démenti …`, `MM. Roux et Lenoir ont répété que …`: a statement
    /// reported of two people named together is each one's. The subject reads as the last name; this gives
    /// each reported statement found since `from` to the first too (a quotation keeps one speaker).
    /// The two, together, are then the group `eux` stands for (`Selon eux, …`).
    pub(super) fn share_joint_statements(&mut self, from: usize) {
        let names = &crate::lang::fr().names;
        let mut joint = Vec::new();
        let mut pair = None;
        for f in &self.found[from..] {
            let Some(sp) = f
                .speaker
                .as_ref()
                .filter(|sp| sp.kind == SpeakerKind::Person && sp.named && !sp.group)
            else {
                continue;
            };
            let Some((first, _)) = sp.mention.rsplit_once(" et ") else {
                continue;
            };
            let first = names.strip_titles(first);
            let words: Vec<&str> = first.split_whitespace().collect();
            if words.is_empty() || words.len() > 4 || !words.iter().all(|w| w.starts_with(char::is_uppercase))
            {
                continue;
            }
            if let Some(p) = self
                .people
                .by_name(first, f.span.0, None)
                .filter(|p| p.name != sp.name)
            {
                pair = Some(Speaker {
                    name: format!("{} et {}", p.name, sp.name),
                    role: None,
                    gender: None,
                    group: true,
                    ..sp.clone()
                });
                if f.kind != Kind::Indirect {
                    continue;
                }
                joint.push(Found {
                    speaker: Some(Speaker {
                        name: p.name.clone(),
                        role: p.roles.first().map(|r| r.text.clone()),
                        gender: p.gender,
                        ..sp.clone()
                    }),
                    ..f.clone()
                });
            }
        }
        self.found.extend(joint);
        if pair.is_some() {
            self.last_group = pair;
        }
    }

    /// Whether the byte `at` lies in the sentence right after sentence `prev`.
    fn in_sentence_after(&self, prev: usize, at: usize) -> bool {
        self.doc
            .sentences
            .get(prev + 1)
            .is_some_and(|s| s.start <= at && at < s.end)
    }

    /// The person named as the subject of the sentence after `si`, in the same paragraph.
    pub(super) fn next_sentence_person(&self, si: usize) -> Option<Speaker> {
        let (s, next) = (&self.doc.sentences[si], self.doc.sentences.get(si + 1)?);
        if next.para != s.para {
            return None;
        }
        self.sentence_subject(&next.tokens, &next.keys)
            .filter(|sp| sp.kind == SpeakerKind::Person && sp.named && !sp.group)
    }

    pub(super) fn mention_at(
        &self,
        toks: &[Token],
        keys: &[Key],
        range: Option<(usize, usize)>,
    ) -> Option<(Speaker, usize)> {
        let (a, b) = range?;
        let m = np::read(self.lex, self.doc.text, toks, keys, a, b)?;
        let text = self.span_text(toks, a, b);
        self.resolve(&m, &text).map(|s| (s, b))
    }

    /// Whether the words `range` describe a person without naming one (`le député du Nord`).
    pub(super) fn described(&self, toks: &[Token], keys: &[Key], (a, b): (usize, usize)) -> bool {
        np::read(self.lex, self.doc.text, toks, keys, a, b)
            .is_some_and(|m| m.kind == SpeakerKind::Person && m.name.is_none() && m.role.is_some())
    }
}

/// A person of the article as a speaker, with the first role the article gives them; `gender` where the
/// article gives them none.
fn person_speaker(p: &crate::extract::people::Person, gender: Option<Gender>) -> Speaker {
    Speaker {
        name: p.name.clone(),
        kind: SpeakerKind::Person,
        role: p.roles.first().map(|r| r.text.clone()),
        mention: String::new(),
        group: false,
        gender: p.gender.or(gender),
        named: true,
    }
}

/// The state a role names, by its adjective or its name (`Premier ministre libanais`, `ministre des
/// Affaires étrangères du Liban`).
fn role_state(role: Option<&str>) -> Option<&'static str> {
    let world = &crate::lang::fr().world;
    role?.split_whitespace().find_map(|w| {
        world
            .state_of_adjective(&crate::text::fold(w))
            .or_else(|| {
                w.starts_with(char::is_uppercase)
                    .then(|| world.state_of(w))
                    .flatten()
            })
            .map(|s| s.name.as_str())
    })
}
