//! Who speaks at a place of the sentence: a mention resolved through the article's people and the flow
//! of speakers (a pronoun, a description, a body named before), and the subjects a cue can have
//! (preposed, inverted, apposed, the sentence's own), with the relays named around them.

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
            // A demonstrative (`Celle-ci`) stands for the person named last; a personal pronoun for
            // the one who spoke last, or, before anyone spoke, for the person named last.
            let personal = !pronoun.starts_with("cel");
            let spoke = personal.then(|| self.person_for(m.gender)).flatten();
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
                        sp.kind != SpeakerKind::Person
                            && !sp.group
                            && Gender::agree(m.gender, sp.gender)
                            && self
                                .doc
                                .sentences
                                .get(prev + 1)
                                .is_some_and(|s| s.start <= m.start && m.start < s.end)
                    })
                    .map(|(_, sp, _)| sp.clone())
            };
            return personal
                .then(body_just_spoke)
                .flatten()
                .or(spoke)
                .or_else(|| personal.then(subject).flatten())
                .or_else(|| self.named_before(m.start, m.gender))
                .or_else(|| self.named_next(m.start, m.gender))
                .map(|p| Speaker {
                    mention: mention_text.to_string(),
                    ..p
                });
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
        if let Some(p) = self.people.resolve(m) {
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
            // An unnamed source described by another role (`un reporter`) is not `le Premier ministre`.
            let other_role = |p: &Speaker| !p.named && p.role.is_some() && p.role != m.role;
            // Nor is a role of one state (`le Premier ministre libanais`) the holder of that of another
            // (`le Premier ministre israélien X`).
            let other_state = |p: &Speaker| {
                let (mine, theirs) = (role_state(m.role.as_deref()), role_state(p.role.as_deref()));
                mine.is_some() && theirs.is_some() && mine != theirs
            };
            // Nor is a role someone whose name may be a body's or a place's (`may_be_a_person`).
            if let Some(p) = self
                .person_for(m.gender)
                .filter(|p| !other_role(p) && !other_state(p) && (!p.named || may_be_a_person(p)))
            {
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
                return Some(Speaker {
                    name: body.name.clone(),
                    kind: body.kind,
                    role: None,
                    mention: mention_text.to_string(),
                    group: false,
                    gender: None,
                    named: true,
                });
            }
        }
        let named = !bare_noun && (m.named || (m.kind == SpeakerKind::Person && m.name.is_some()));
        let mut name = m.name.clone().or_else(|| m.role.clone())?;
        if !named {
            name = describe::unnamed(m, mention_text, &name);
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
        // `Nordal affirme que … L'entreprise justifie …`: a company that spoke in this sentence or the one
        // before is what `l'entreprise` stands for, before a brand or company merely named since.
        if COMPANY_HEADS.contains(&head) {
            if let Some((_, sp, _)) = self.last_speaker.as_ref().filter(|(prev, sp, _)| {
                // A one-word name with no first name (`Nordal affirme`) may be the company's.
                let company = sp.kind == SpeakerKind::Organisation
                    || sp.kind == SpeakerKind::Person && !reads_as_personal_name(&sp.name);
                sp.named
                    && company
                    && !crate::text::fold(&sp.name)
                        .split_whitespace()
                        .any(|w| self.lex.is_body(w))
                    && (*prev..=*prev + 1).any(|i| {
                        self.doc
                            .sentences
                            .get(i)
                            .is_some_and(|s| s.start <= m.start && m.start < s.end)
                    })
            }) {
                return Some(Speaker {
                    mention: mention_text.to_string(),
                    ..sp.clone()
                });
            }
        }
        let body = self.people.body_for(head, m.kind, m.start)?;
        Some(Speaker {
            name: body.name.clone(),
            kind: body.kind,
            role: None,
            mention: mention_text.to_string(),
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

    /// The person the article named last before `at`, as a speaker.
    pub(super) fn named_before(&self, at: usize, gender: Option<Gender>) -> Option<Speaker> {
        Some(person_speaker(self.people.last_named(at, gender)?, gender))
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

    /// The subject of a cue whose subject comes before it.
    pub(super) fn subject_before(&self, toks: &[Token], keys: &[Key], at: usize) -> Option<Speaker> {
        if at == 0 {
            return None;
        }
        let prev = keys[at - 1].as_ref();
        if prev == ")" {
            // `L'Organisation mondiale de la santé (OMS) a`: the parenthesis closes the subject.
            if let Some((sp, _)) = self.mention_at(toks, keys, np::backward(self.lex, toks, keys, 0, at)) {
                return Some(sp);
            }
            // `Jacques M. (ministre de l'Enseignement) a dénoncé`: the subject before the parenthesis.
            let open = (at.saturating_sub(16)..at - 1).rev().find(|&i| keys[i] == "(")?;
            let before = self.subject_before(toks, keys, open)?;
            // `Le parti (PDN) a dénoncé`: an acronym in the parenthesis names the body described.
            let acronym = (open + 2 == at - 1)
                .then(|| toks[open + 1].text)
                .filter(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()));
            return Some(match acronym {
                Some(name) if !before.named && before.kind == SpeakerKind::Organisation => Speaker {
                    name: name.to_string(),
                    named: true,
                    ..before
                },
                _ => before,
            });
        }
        if prev == "qui" {
            let end = if at >= 2 && keys[at - 2] == "," {
                at - 2
            } else {
                at - 1
            };
            let range = np::backward(self.lex, toks, keys, 0, end);
            let sp = self.mention_at(toks, keys, range).map(|s| s.0);
            // `celui de Gérald D., député du Nord, qui écrit`: past the apposition, the name.
            if let Some((a, _)) = range.filter(|&r| self.described(toks, keys, r)) {
                if a >= 1 && keys[a - 1] == "," {
                    let named = self
                        .mention_at(toks, keys, np::backward(self.lex, toks, keys, 0, a - 1))
                        .map(|s| s.0)
                        .filter(|sp| sp.named);
                    if named.is_some() {
                        return named;
                    }
                }
            }
            return sp;
        }
        // `Il y dénonce les rumeurs, et affirme …`: a verb coordinated with the one before shares its
        // subject, the sentence's. (Not after a comma: `sentence_subject` asks `subject_before` about a
        // verb after a comma, and the two would ask each other forever.)
        if matches!(prev, "et" | "mais" | "puis") {
            return self
                .sentence_subject(toks, keys)
                .filter(|sp| sp.kind == SpeakerKind::Person || sp.named);
        }
        if self.lex.clause_words.contains(prev) {
            return None;
        }
        if prev == "," {
            // `« Si nous devons subir cela, je partirai », a averti X`: a quotation ends before the comma,
            // and no subject stands inside it.
            if at >= 2 && toks[at - 2].text.chars().all(|c| "»”\"“«".contains(c)) {
                return None;
            }
            // An incise between subject and verb: `X, cité par Y, a déclaré`; or an apposition that
            // names the subject: `Le porte-parole de …, le général X, a déclaré`.
            // An apposition may be long: `X, directeur du département de la politique et des affaires
            // étrangères au ministère de la Défense, accuse`.
            // A relative clause may be longer still: `L'ancien président, qui doit être incarcéré après sa
            // condamnation ce jeudi dans l'affaire dite du financement libyen de sa campagne, a dénoncé`.
            let relative = |i: usize| {
                keys.get(i + 1)
                    .is_some_and(|k| matches!(k.as_ref(), "qui" | "dont"))
            };
            let open = (at.saturating_sub(40)..at - 1)
                .rev()
                .find(|&i| keys[i] == "," && (i + 24 >= at || relative(i)))?;
            // `X, accompagné de sa femme, Y, déclare`: Y is in apposition to the participle's complement,
            // and X, before the participle, speaks.
            let participle_phrase = (open.saturating_sub(10)..open)
                .rev()
                .find(|&i| keys[i] == ",")
                .filter(|&c| {
                    toks.get(c + 1)
                        .is_some_and(|t| !t.is_capitalised() && forms::classes(t.text).past_participle())
                        && keys
                            .get(c + 2)
                            .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des" | "par"))
                });
            if let Some(c) = participle_phrase {
                if let Some(sp) = self
                    .mention_at(toks, keys, np::backward(self.lex, toks, keys, 0, c))
                    .map(|s| s.0)
                    .filter(|sp| sp.named)
                {
                    return Some(sp);
                }
            }
            // `X, poussé au départ par Y, qui juge …, n'a pas répondu`: past incises that open with a
            // participle or a relative pronoun, back to the name that opens the sentence.
            let opens_incise = |c: usize| {
                toks.get(c + 1).is_some_and(|t| {
                    !t.is_capitalised()
                        && (matches!(keys[c + 1].as_ref(), "qui" | "que" | "qu'" | "dont")
                            || forms::classes(t.text).past_participle())
                })
            };
            let commas: Vec<usize> = (at.saturating_sub(40)..at - 1)
                .filter(|&i| keys[i] == ",")
                .collect();
            if let Some(&first) = commas.first() {
                let incises_only = commas.iter().all(|&c| opens_incise(c)) && commas.len() >= 2;
                if incises_only {
                    if let Some(sp) = np::backward(self.lex, toks, keys, 0, first)
                        .filter(|&(b, _)| b == 0)
                        .and_then(|r| self.mention_at(toks, keys, Some(r)))
                        .map(|s| s.0)
                        .filter(|sp| sp.named && sp.kind == SpeakerKind::Person)
                    {
                        return Some(sp);
                    }
                }
            }
            let apposition = np::backward(self.lex, toks, keys, open + 1, at - 1)
                .filter(|&(b, _)| b == open + 1)
                .and_then(|r| self.mention_at(toks, keys, Some(r)))
                .map(|s| s.0)
                .filter(|sp| sp.named);
            return apposition.or_else(|| {
                self.mention_at(toks, keys, np::backward(self.lex, toks, keys, 0, open))
                    .map(|s| s.0)
            });
        }
        // `Rosetta X, employée chez Y depuis 36 ans déclare`: an apposition the page left without its
        // closing comma; the person named before it speaks.
        let unclosed_apposition = |from: usize| {
            let comma = (from.saturating_sub(10)..from).rev().find(|&i| keys[i] == ",")?;
            let (s, e) = np::backward(self.lex, toks, keys, 0, comma)?;
            (s == 0 || keys[s - 1] == ",")
                .then(|| self.mention_at(toks, keys, Some((s, e))))
                .flatten()
                .map(|m| m.0)
                .filter(|sp| sp.named && sp.kind == SpeakerKind::Person)
        };
        let Some(range) = np::backward(self.lex, toks, keys, 0, at) else {
            return unclosed_apposition(at);
        };
        // `bien qu'il appelle`: a pronoun in a subordinate clause stands for the sentence's subject.
        let subordinate = range.1 == range.0 + 1
            && range.0 > 0
            && matches!(
                keys[range.0 - 1].as_ref(),
                "que" | "qu'" | "lorsque" | "lorsqu'" | "quand" | "si" | "puisque" | "puisqu'" | "comme"
            );
        if subordinate && matches!(keys[range.0].as_ref(), "il" | "elle") {
            return self
                .sentence_subject(toks, keys)
                .filter(|sp| sp.kind == SpeakerKind::Person);
        }
        self.mention_at(toks, keys, Some(range))
            .map(|s| s.0)
            .or_else(|| unclosed_apposition(range.0))
    }

    /// The subject after an inverted cue: past whom it was said to (`explique à RFI X`), and, when the
    /// phrase is a role, the name in apposition after it (`a déclaré le directeur de l'OMS, Hans Kluge,`).
    pub(super) fn inverted_subject(
        &self,
        toks: &[Token],
        keys: &[Key],
        cue_start: usize,
        mut at: usize,
    ) -> Option<(Speaker, usize)> {
        // The preposition that opens an addressee, and its length: `à`, `au`, `aux`, `auprès de` (`auprès
        // du Monde`); 0 where none opens.
        let addressee = |i: usize| match keys.get(i).map(|k| k.as_ref()) {
            Some("a" | "au" | "aux") => 1,
            Some("aupres")
                if keys
                    .get(i + 1)
                    .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des")) =>
            {
                2
            }
            _ => 0,
        };
        // `a déclaré ce matin à l'agence Belga X`: the time first, then the addressee.
        let j = np::past_time_words(self.lex, keys, at, toks.len());
        if addressee(j) > 0 {
            at = j;
        }
        let preposition = addressee(at);
        if preposition > 0 {
            // Skip the addressee: a determiner, then a name (`à l'AFP`) or one noun (`à la presse`).
            at += preposition;
            while keys
                .get(at)
                .is_some_and(|k| matches!(k.as_ref(), "l'" | "la" | "le" | "les"))
            {
                at += 1;
            }
            let world = &crate::lang::fr().world;
            let medium = |at: usize| {
                (1..=3).rev().find(|&n| {
                    at + n <= toks.len()
                        && toks[at..at + n]
                            .iter()
                            .zip(&keys[at..at + n])
                            .all(|(t, k)| np::is_name(t, k))
                        && world.medium(&self.span_text(toks, at, at + n)).is_some()
                })
            };
            if let Some(n) = medium(at) {
                at += n; // `à RFI Iouri Ignat`: the medium, then the speaker
            } else if toks.get(at).is_some_and(|t| np::is_name(t, &keys[at])) {
                while toks.get(at).is_some_and(|t| np::is_name(t, &keys[at])) {
                    at += 1;
                }
            } else {
                at += 1;
                // `à l'agence Belga`: the noun, then the medium's name.
                at += medium(at).unwrap_or(0);
            }
        }
        // Complements stand between a verb and its subject in the incise after a quotation.
        let at = if cue_start >= 1 && is_after_quotation(keys, cue_start) {
            // `a déclaré mardi, dans un communiqué, le ministre`, `a estimé samedi sur France Inter le
            // député`: time words and commas first.
            let j = np::past_time_words(self.lex, keys, at, toks.len());
            let at = if j > at && keys.get(j).is_some_and(|k| k == ",") {
                j + 1
            } else if j > at
                && keys
                    .get(j)
                    .is_some_and(|k| matches!(k.as_ref(), "sur" | "dans" | "lors" | "devant" | "aupres"))
            {
                j
            } else {
                at
            };
            past_complements(toks, keys, at)
        } else {
            at
        };
        let (a, b) = np::forward(self.lex, toks, keys, at, toks.len())?;
        // The name in apposition within a few words after `end`.
        let apposed = |end: usize| {
            let comma = (end..toks.len().min(end + 6)).find(|&i| keys[i] == ",")?;
            np::forward(self.lex, toks, keys, comma + 1, toks.len())
                .and_then(|r| self.mention_at(toks, keys, Some(r)))
                .filter(|(n, _)| n.kind == SpeakerKind::Person && n.role.is_none())
                .filter(|(n, _)| crate::lang::first_names::opens_name(&n.name) || n.name.contains(' '))
        };
        let Some((sp, end)) = self.mention_at(toks, keys, Some((a, b))) else {
            // `se plaint une usagère, Odile Bernard`: a noun no list holds, then the person's name.
            return apposed(b)
                .filter(|_| keys.get(b).is_some_and(|k| k == ","))
                .map(|(named, e2)| {
                    let mention = format!("{}, {}", self.span_text(toks, a, b), named.mention);
                    (Speaker { mention, ..named }, e2)
                });
        };
        // An unresolved role, or a phrase that names a body rather than a person (`la permanente Setca du
        // secteur du commerce, Fabienne X`): the person named in apposition speaks.
        if self.described(toks, keys, (a, b))
            || sp.kind != SpeakerKind::Person
            || !crate::lang::first_names::opens_name(&sp.name)
        {
            if let Some((named, e2)) = apposed(end) {
                let role = sp.role.clone();
                return Some((
                    Speaker {
                        role,
                        mention: format!("{}, {}", sp.mention, named.mention),
                        ..named
                    },
                    e2,
                ));
            }
        }
        // `le secrétaire général de la CGT, Philippe Martin`, the role already resolved to him: his name in
        // apposition is part of the subject, not of what he says.
        let same_named = keys
            .get(end)
            .is_some_and(|k| k == ",")
            .then(|| np::forward(self.lex, toks, keys, end + 1, toks.len()))
            .flatten()
            .and_then(|r| self.mention_at(toks, keys, Some(r)))
            .filter(|(named, _)| named.name == sp.name && named.kind == SpeakerKind::Person);
        if let Some((_, e2)) = same_named {
            return Some((sp, e2));
        }
        Some((sp, end))
    }

    /// A subject followed by its apposition before the verb, from the sentence's start:
    /// `Le porte-parole de l'armée, le général X, a déclaré`. `None` when the text before the cue is
    /// not two noun phrases (then a comma before the cue may well mark an inversion).
    pub(super) fn apposed_subject(&self, toks: &[Token], keys: &[Key], at: usize) -> Option<Speaker> {
        if at < 2 || keys[at - 1] != "," {
            return None;
        }
        let open = (0..at - 1).rev().find(|&i| keys[i] == ",")?;
        let (hs, _) = np::backward(self.lex, toks, keys, 0, open)?;
        if hs != 0 {
            return None;
        }
        let inner = np::forward(self.lex, toks, keys, open + 1, at - 1).filter(|&(_, e)| e == at - 1)?;
        let named = self.mention_at(toks, keys, Some(inner)).map(|s| s.0);
        named.filter(|sp| sp.kind == SpeakerKind::Person).or_else(|| {
            self.mention_at(toks, keys, np::backward(self.lex, toks, keys, 0, open))
                .map(|s| s.0)
        })
    }

    /// The subject of the sentence, for a quotation with no cue (`Il a attribué cela aux « … »`).
    pub(super) fn sentence_subject(&self, toks: &[Token], keys: &[Key]) -> Option<Speaker> {
        // The subject stands before the first verb: alone, or with its apposition between commas.
        // A word right after a determiner is a noun (`L'accusé X a demandé`), whatever else it may be.
        let finite = |i: usize| {
            !toks[i].is_capitalised()
                && toks[i].is_word()
                && !(i > 0 && np::DETERMINERS.contains(&keys[i - 1].as_ref()))
                && np::reads_as_finite_verb(toks[i].text)
        };
        // The clause that governs a quotation ends where the quotation or a colon starts.
        let limit = keys
            .iter()
            .position(|k| matches!(k.as_ref(), ":" | "«" | "“" | "\"" | "„"))
            .unwrap_or(keys.len());
        // `Ainsi, devait-il déclarer : « … »`: a pronoun inverted after a verb is the clause's subject.
        let inverted = (0..limit).find_map(|i| {
            let (verb, pronoun) = crate::extract::cues::split_inversion(&keys[i]);
            pronoun.filter(|_| !verb.is_empty()).map(|p| (i, p))
        });
        if let Some((i, p)) = inverted {
            let m = Mention::pronoun(toks[i].start, toks[i].end, p);
            return self.resolve(&m, &self.span_text(toks, i, i + 1));
        }
        // `Il y dénonce …`: a personal pronoun opening the sentence, unless impersonal (`il y a`, `il faut`).
        let impersonal = keys.get(1).is_some_and(|k| {
            matches!(
                k.as_ref(),
                "faut" | "s'" | "semble" | "est" | "etait" | "reste" | "suffit"
            ) || k == "y"
                && keys
                    .get(2)
                    .is_some_and(|k2| matches!(k2.as_ref(), "a" | "avait" | "aura"))
        });
        if let Some(p) = keys
            .first()
            .filter(|k| matches!(k.as_ref(), "il" | "elle" | "ils" | "elles"))
        {
            if !impersonal {
                let m = Mention::pronoun(toks[0].start, toks[0].end, p);
                return self.resolve(&m, toks[0].text);
            }
        }
        let v = (0..limit)
            .find(|&i| {
                let k = &keys[i];
                // `à` folds to `a`, the auxiliary's form: the text tells them apart.
                (self.lex.is_aux(k) && !toks[i].text.starts_with(['à', 'À']))
                    || matches!(k.as_ref(), "n'" | "ne" | "s'" | "se" | "est" | "etait" | "sont")
                    || (i > 0 && finite(i))
            })
            // `Le député X « pense que … »`: a quotation that opens with the verb; the subject stands before it.
            .or_else(|| {
                let first = limit + 1;
                (limit > 0
                    && first < keys.len()
                    && keys[limit] != ":"
                    && (matches!(keys[first].as_ref(), "n'" | "ne") || finite(first)))
                .then_some(limit)
            })?;
        if v == 0 {
            return None;
        }
        if let Some(sp) = self.apposed_subject(toks, keys, v) {
            return Some(sp);
        }
        // `Toutefois, Me X, avocat de Y, a exprimé`: the name before its apposition.
        if keys[v - 1] == "," {
            return self.subject_before(toks, keys, v).filter(|sp| sp.named);
        }
        let (s, e) = np::backward(self.lex, toks, keys, 0, v)?;
        let after_adverbial = s > 0 && keys[s - 1] == ",";
        (s == 0 || after_adverbial)
            .then(|| self.mention_at(toks, keys, Some((s, e))))
            .flatten()
            .map(|m| m.0)
    }

    /// The medium named at `at`, over a determiner: one the world tables know in its first words (`à
    /// Reuters Anne X`: Reuters, then the speaker), else a phrase that reads as a named medium (`au
    /// quotidien Le Soir`). Its name and where it ends.
    fn medium_at(&self, toks: &[Token], keys: &[Key], mut at: usize) -> Option<(String, usize)> {
        while keys
            .get(at)
            .is_some_and(|k| matches!(k.as_ref(), "l'" | "la" | "le" | "les"))
        {
            at += 1;
        }
        let world = &crate::lang::fr().world;
        let known = (1..=3).rev().find_map(|n| {
            let words = toks.get(at..at + n)?;
            let all_names = words
                .iter()
                .zip(&keys[at..at + n])
                .all(|(t, k)| np::is_name(t, k));
            let medium = world
                .medium(&self.span_text(toks, at, at + n))
                .filter(|_| all_names)?;
            Some((medium.name.clone(), at + n))
        });
        known.or_else(|| {
            let (a, b) = np::forward(self.lex, toks, keys, at, toks.len())?;
            let m = np::read(self.lex, self.doc.text, toks, keys, a, b)?;
            (m.kind == SpeakerKind::Media && m.named).then_some((m.name?, b))
        })
    }

    /// The agent of a passive reporting verb (`a été qualifié de « … » par X`, `jugée « … » par Y`,
    /// `Le texte, dénoncé par Z comme « … »`): the participle of a reporting verb after a form of `être` or a
    /// comma, then `par` and the source outside quotations. The agent and the cue's words.
    pub(super) fn passive_agent(
        &self,
        toks: &[Token],
        keys: &[Key],
        quoted: &dyn Fn(usize) -> bool,
    ) -> Option<(Speaker, String, Stance)> {
        let participle = |i: usize| {
            if quoted(i) {
                return None;
            }
            self.lex.verbs.get(&*keys[i])?.iter().find(|h| {
                h.form == crate::extract::lexicon::VerbForm::Participle && !self.lex.pronominal[h.verb]
            })
        };
        let passive_before = |i: usize| {
            i > 0
                && (matches!(
                    keys[i - 1].as_ref(),
                    "ete"
                        | "etee"
                        | "etes"
                        | "etees"
                        | "est"
                        | "sont"
                        | "etait"
                        | "etaient"
                        | "fut"
                        | "furent"
                ) || keys[i - 1] == "," && !quoted(i - 1))
        };
        let (p, hit) = (0..keys.len())
            .filter(|&i| passive_before(i))
            .find_map(|i| participle(i).map(|h| (i, h)))?;
        // `par` within the clause: before its end, outside quotations, before any other verb of saying.
        let by = (p + 1..keys.len())
            .take_while(|&j| !matches!(keys[j].as_ref(), "." | ";" | "!" | "?" | ":"))
            .find(|&j| keys[j] == "par" && !quoted(j))?;
        let (sp, _) = self.mention_at(toks, keys, np::forward(self.lex, toks, keys, by + 1, toks.len()))?;
        (sp.kind != SpeakerKind::Document)
            .then(|| (sp, format!("{} par", toks[p].text), self.lex.stance[hit.verb]))
    }

    /// Relays named in the sentence (`cité par l'agence X`, `selon l'agence X` beside another speaker).
    pub(super) fn relays(
        &self,
        toks: &[Token],
        keys: &[Key],
        quoted: &dyn Fn(usize) -> bool,
    ) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        for i in 0..keys.len() {
            if quoted(i) {
                continue;
            }
            // `a indiqué à l'AFP`, `a réagi auprès de l'AFP`, `a déclaré au quotidien Le Soir`: the medium
            // the words were given to.
            let to = match keys[i].as_ref() {
                "a" | "au" | "aux" => 1,
                "aupres"
                    if keys
                        .get(i + 1)
                        .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du")) =>
                {
                    2
                }
                _ => 0,
            };
            if to > 0 && i > 0 && crate::lang::lexicon::classes(toks[i - 1].text).past_participle() {
                if let Some((name, b)) = self.medium_at(toks, keys, i + to) {
                    out.push((name, i, b));
                }
            }
            for (m, _) in self.lex.relay_markers.at(keys, i) {
                let s = i + m.len();
                if let Some((a, b)) = np::forward(self.lex, toks, keys, s, toks.len()) {
                    if let Some(name) = relay_name(self.doc.text, toks, keys, a, b) {
                        out.push((name, i, b));
                    }
                }
            }
        }
        out.dedup_by(|x, y| x.0 == y.0);
        out
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
