//! Where the subject of a cue stands and who it is: before the cue (preposed, past an incise or an
//! apposition), after it (inverted, past a time or a complement), apposed, the sentence's own.
//!
//! Not here: the agent of a passive and the media a sentence names as relays (`relays`).

use super::*;
use crate::lang::lexicon::{Mood, Tense};

impl Walker<'_> {
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
            // `a précisé l'édile à l'AFP, qui a indiqué que …`: a medium the words were said to is not
            // what `qui` stands for; the verb shares the speaker of the cue before it.
            let addressee = range.is_some_and(|(a, _)| {
                let mut p = a;
                if p > 0 && matches!(keys[p - 1].as_ref(), "l'" | "la" | "le" | "les") {
                    p -= 1;
                }
                p > 0 && matches!(keys[p - 1].as_ref(), "a" | "au" | "aux")
            }) && sp.as_ref().is_some_and(|sp| sp.kind == SpeakerKind::Media);
            if addressee {
                return None;
            }
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
            // `X, qui vit à Garoua, dans le nord du pays, a déclaré`: a complement of place between commas
            // belongs to the relative clause before it.
            let complement = keys
                .get(open + 1)
                .is_some_and(|k| matches!(k.as_ref(), "dans" | "en" | "a" | "au" | "aux" | "pres" | "sur"));
            let open = if complement {
                (at.saturating_sub(40)..open)
                    .rev()
                    .find(|&i| keys[i] == "," && relative(i))
                    .unwrap_or(open)
            } else {
                open
            };
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
                .filter(|sp| sp.named && !affiliation(self.lex, keys, open + 1, sp));
            let before = np::backward(self.lex, toks, keys, 0, open);
            // `X, représentant le colonel Y, principal accusé, a affirmé`: Y is the object of a present
            // participle in an incise; X, before it, speaks.
            let participle_object = before.and_then(|(s, _)| {
                (s >= 2
                    && keys[s - 2] == ","
                    && toks[s - 1].is_word()
                    && !toks[s - 1].is_capitalised()
                    && forms::classes(toks[s - 1].text).present_participle())
                .then(|| self.mention_at(toks, keys, np::backward(self.lex, toks, keys, 0, s - 2)))
                .flatten()
                .map(|m| m.0)
                .filter(|sp| sp.named)
            });
            return apposition
                .or(participle_object)
                .or_else(|| self.mention_at(toks, keys, before).map(|s| s.0));
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
            // `La présidente de la commission sur les prix a affirmé`: a complement of things, which a
            // preposition opens a few words before the verb.
            let plain = |i: usize| toks[i].is_word() && !toks[i].is_capitalised();
            let complement = (at.saturating_sub(4)..at)
                .rev()
                .take_while(|&i| plain(i))
                .find(|&i| forms::classes(toks[i].text).preposition_first());
            return unclosed_apposition(at).or_else(|| {
                complement.and_then(|p| self.subject_before_complement(toks, keys, p + 1, false))
            });
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
        // `Carole Vasseur, du syndicat Sinfo qualifie`: a body's complement of affiliation right after a
        // comma, its closing comma left out by the page, is the apposition of the person before it.
        let mut p = range.0;
        if p > 0 && matches!(keys[p - 1].as_ref(), "la" | "l'") {
            p -= 1;
        }
        let affiliation =
            p >= 2 && matches!(keys[p - 1].as_ref(), "de" | "d'" | "du" | "des") && keys[p - 2] == ",";
        if affiliation {
            if let Some(sp) = unclosed_apposition(p - 1) {
                return Some(sp);
            }
        }
        // `La coalition qui a investi X « condamne … »`: X is the object of a relative clause on the
        // subject; the noun before `qui` speaks.
        if let Some(sp) = self.subject_before_relative(toks, keys, range) {
            return Some(sp);
        }
        let found = self.mention_at(toks, keys, Some(range)).map(|s| s.0);
        // A body named in the complement (`Le directeur venu de la Banque mondiale a affirmé`) gives way
        // only to the subject of a participle; a person named there, to none.
        let named_body = found
            .as_ref()
            .is_some_and(|sp| sp.named && sp.kind != SpeakerKind::Person);
        if found.as_ref().is_none_or(|sp| !sp.named) || named_body {
            if let Some(sp) = self.subject_before_complement(toks, keys, range.0, named_body) {
                return Some(sp);
            }
        }
        found.or_else(|| unclosed_apposition(range.0))
    }

    /// The subject before `qui` when the phrase `object` is the object of the relative clause it opens (`La
    /// coalition qui a investi X`, `Le syndicat qui représente les infirmiers`): `qui`, then only a verb
    /// with its auxiliary or adverbs before the phrase. A subject the article does not name is described
    /// with its relative clause (`la coalition qui a investi X`), which tells it from any other.
    fn subject_before_relative(
        &self,
        toks: &[Token],
        keys: &[Key],
        object: (usize, usize),
    ) -> Option<Speaker> {
        let verb_word = |i: usize| {
            let c = forms::classes(toks[i].text);
            toks[i].is_word()
                && !toks[i].is_capitalised()
                && (c.finite_verb()
                    || c.past_participle()
                    || self.lex.is_aux(&keys[i])
                    || self.lex.adverbs.contains(&*keys[i]))
        };
        let mut q = object.0;
        while q > 0 && object.0 - q < 4 && verb_word(q - 1) {
            q -= 1;
        }
        if q == object.0 || q == 0 || keys[q - 1] != "qui" {
            return None;
        }
        let (a, b) = np::backward(self.lex, toks, keys, 0, q - 1)?;
        let (sp, _) = self.mention_at(toks, keys, Some((a, b)))?;
        if sp.kind == SpeakerKind::Document {
            return None;
        }
        Some(if sp.named {
            sp
        } else {
            let mut described = self.span_text(toks, a, object.1);
            // `La coalition …` opening the sentence is `la coalition …` anywhere else.
            if crate::lang::lexicon::is_determiner(&keys[a]) {
                described = described.replacen(toks[a].text, &toks[a].text.to_lowercase(), 1);
            }
            Speaker {
                name: described.clone(),
                mention: described,
                ..sp
            }
        })
    }

    /// The subject of a verb when the phrase right before it is a complement, which a preposition opens:
    /// `La présidente de la commission sur les prix a affirmé` (the complement's head and the complement),
    /// `Le collectif à l'origine de la pétition a dénoncé` (through a complement of the complement), `Un
    /// militaire disant parler au nom du comité a annoncé`, `La ministre s'exprimant devant les députés a
    /// déclaré` (the phrase before the participle that opens the complement's clause). `start` is where
    /// the phrase before the verb starts; with `participle_only`, only a participle's subject is taken.
    fn subject_before_complement(
        &self,
        toks: &[Token],
        keys: &[Key],
        start: usize,
        participle_only: bool,
    ) -> Option<Speaker> {
        let prep = start.checked_sub(1)?;
        let opens_complement = |i: usize| {
            !toks[i].is_capitalised()
                && (matches!(keys[i].as_ref(), "du" | "des" | "au" | "aux" | "de" | "d'")
                    || forms::classes(toks[i].text).preposition_first())
        };
        // A phrase that opens the sentence (`Des militaires ont annoncé`) complements nothing.
        if prep == 0 || !opens_complement(prep) {
            return None;
        }
        // Back over the clause (never past a comma, a quotation mark or a clause word) to a participle,
        // whose subject speaks.
        let floor = prep.saturating_sub(12);
        for i in (floor..prep).rev() {
            let k = keys[i].as_ref();
            if k == "," || is_quote_mark(&toks[i]) || self.lex.clause_words.contains(k) {
                break;
            }
            if !toks[i].is_capitalised() && is_participle(toks[i].text) {
                let at = if i > 0 && matches!(keys[i - 1].as_ref(), "s'" | "se") {
                    i - 1
                } else {
                    i
                };
                return self
                    .mention_at(toks, keys, np::backward(self.lex, toks, keys, 0, at))
                    .map(|s| s.0);
            }
        }
        if participle_only {
            return None;
        }
        // No participle: the phrase the complement hangs on, or, when that names no source and is a
        // complement itself, the one it hangs on (`Le collectif à l'origine de la pétition dénonce`).
        let plain = |i: usize| toks[i].is_word() && !toks[i].is_capitalised();
        let mut prep = prep;
        for _ in 0..3 {
            if let Some((head_start, _)) = np::backward(self.lex, toks, keys, 0, prep) {
                if (head_start..start).any(|i| is_quote_mark(&toks[i])) {
                    return None;
                }
                if let Some((sp, _)) = self.mention_at(toks, keys, Some((head_start, prep))) {
                    return (sp.kind != SpeakerKind::Document).then_some(sp);
                }
            }
            // The preposition that opens the phrase of common words before this one (`à l'origine`).
            prep = (prep.saturating_sub(4)..prep)
                .rev()
                .take_while(|&i| plain(i))
                .find(|&i| i > 0 && opens_complement(i))?;
        }
        None
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
        // `», peut-on lire dans un communiqué du SAES`: the text's author, in the complement, speaks. A text
        // the complement gives no author (`dans le document`, `dans un communiqué de presse`) leaves the
        // quotation to whoever the sentences before name.
        if at >= 1 && keys[at - 1] == "lire" {
            if !keys.get(at).is_some_and(|k| matches!(k.as_ref(), "dans" | "sur")) {
                return None;
            }
            let (a, b) = np::forward(self.lex, toks, keys, at + 1, toks.len())?;
            let m = np::read(self.lex, self.doc.text, toks, keys, a, b)?;
            let authored = m.kind != SpeakerKind::Document && (m.named || m.kind != SpeakerKind::Media);
            return authored
                .then(|| self.resolve(&m, &self.span_text(toks, a, b)))
                .flatten()
                .map(|sp| (sp, b));
        }
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
            } else if at < toks.len() {
                at += 1;
                // `à l'agence Belga`: the noun, then the medium's name.
                at += medium(at).unwrap_or(0);
            }
        }
        // `se sont inquiétés des présidents d'université dans une motion`: what read as a complement
        // (`s'inquiéter de`) may be the subject when nothing after it names one.
        let before_complements = at;
        // Complements stand between a verb and its subject in the incise after a quotation.
        let at = if cue_start >= 1 && is_after_quotation(keys, cue_start) {
            // `s'est empressée de déclarer, ravie, X`, `a tenu à préciser X`: the verb of saying in the
            // infinitive belongs to the incise.
            let reporting_infinitive = keys
                .get(at)
                .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "a"))
                && keys
                    .get(at + 1)
                    .is_some_and(|k| self.lex.infinitives.contains_key(k.as_ref()));
            let at = if reporting_infinitive { at + 2 } else { at };
            // `a indiqué, hier, X`: an aside right after the verb.
            let at = past_aside(toks, keys, at);
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
            // `a déclaré aux journalistes, rassemblés dans la salle, X`: an aside after the complement.
            let at = past_complements(toks, keys, at);
            if at > 0 && keys[at - 1] == "," {
                past_aside(toks, keys, at - 1).max(at)
            } else {
                past_aside(toks, keys, at)
            }
        } else if cue_start >= 1 && keys[cue_start - 1] == "," {
            // `…, a indiqué, hier, X` after reported words: an aside (a comma before a verb closes a
            // relative clause as often: `X, qui …, a demandé à la cour de condamner le prévenu`). Past a
            // complement of medium or place too (`…, a annoncé sur Twitter l'association X.`), when what
            // follows it names a source and ends the clause: an object is rarely one (`a annoncé dans un
            // communiqué la fermeture du site`).
            let at = past_aside(toks, keys, at);
            let medium = keys
                .get(at)
                .is_some_and(|k| matches!(k.as_ref(), "sur" | "dans" | "lors" | "devant" | "via"));
            let past = medium
                .then(|| past_complements(toks, keys, at))
                .filter(|&p| p > at);
            let source = past.and_then(|p| {
                let (a, b) = np::forward(self.lex, toks, keys, p, toks.len())?;
                let ends = keys
                    .get(b)
                    .is_none_or(|k| matches!(k.as_ref(), "." | "," | ";" | "("));
                let (sp, _) = self.mention_at(toks, keys, Some((a, b)))?;
                (a == p && ends && (sp.named || sp.kind != SpeakerKind::Person || sp.role.is_some()))
                    .then_some(p)
            });
            source.unwrap_or(at)
        } else {
            at
        };
        let phrase = np::forward(self.lex, toks, keys, at, toks.len());
        if phrase
            .and_then(|r| self.mention_at(toks, keys, Some(r)))
            .is_none()
            && is_after_quotation(keys, cue_start)
        {
            if let Some(found) = self.unlisted_person(toks, keys, at) {
                return Some(found);
            }
        }
        let indefinite_plural = || {
            (keys.get(before_complements).is_some_and(|k| k == "des") && before_complements < at)
                .then(|| np::forward(self.lex, toks, keys, before_complements, toks.len()))
                .flatten()
                .filter(|&r| self.mention_at(toks, keys, Some(r)).is_some())
        };
        let (a, b) = phrase
            .filter(|&r| self.mention_at(toks, keys, Some(r)).is_some())
            .or_else(indefinite_plural)
            .or(phrase)?;
        // The name in apposition within a few words after `end`.
        let apposed = |end: usize| {
            let mut comma = (end..toks.len().min(end + 6)).find(|&i| keys[i] == ",")?;
            // `le ministre du Commerce, de la Consommation et des PME, Abdou X`: more of the role's
            // complement between commas, then the name.
            while keys
                .get(comma + 1)
                .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des"))
            {
                comma = (comma + 1..toks.len().min(comma + 16))
                    .take_while(|&i| toks[i].is_word() || matches!(toks[i].text, "," | "(" | ")" | "-"))
                    .find(|&i| keys[i] == ",")?;
            }
            let r = np::forward(self.lex, toks, keys, comma + 1, toks.len())?;
            // A role of their own is allowed when the apposition writes the full name after it (`son
            // directeur, le metteur en scène Olivier X`), not a role resolved to someone named before.
            let written_in_full =
                |n: &Speaker| n.name.contains(' ') && self.span_text(toks, r.0, r.1).contains(&n.name);
            self.mention_at(toks, keys, Some(r))
                .filter(|(n, _)| n.kind == SpeakerKind::Person && (n.role.is_none() || written_in_full(n)))
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
        // `affirme l'Agence belge pour la sécurité alimentaire (Afsca)`: the word in brackets that closes
        // a body's description is its name.
        let bracketed = (sp.kind == SpeakerKind::Organisation && !sp.named)
            .then(|| {
                (end..toks.len().min(end + 12))
                    .take_while(|&i| keys[i] != "," && keys[i] != ".")
                    .find(|&i| toks[i].text == "(")
            })
            .flatten()
            .filter(|&p| {
                toks.get(p + 2).is_some_and(|t| t.text == ")")
                    && toks[p + 1].is_word()
                    && toks[p + 1].is_capitalised()
            });
        if let Some(p) = bracketed {
            let name = toks[p + 1].text.to_string();
            return Some((
                Speaker {
                    name,
                    named: true,
                    ..sp
                },
                p + 3,
            ));
        }
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

    /// `», commente un autre`, `», nous confie une dame`, `», a ajouté la défense`, `», a affirmé la cellule
    /// de communication du parti`, `», ont affirmé les familles des victimes`: after a quotation, where French
    /// inverts the subject (or after the `par` of a passive), a phrase of common words no list holds, ending
    /// the clause, is an unnamed speaker as the article describes them (not the speaker before), a group
    /// after `les`; a definite one keeps its complement (`de communication du parti`). The speaker and where
    /// the phrase ends.
    pub(super) fn unlisted_person(
        &self,
        toks: &[Token],
        keys: &[Key],
        at: usize,
    ) -> Option<(Speaker, usize)> {
        let (gender, definite, group) = match keys.get(at)?.as_ref() {
            "un" => (Some(Gender::Masculine), false, false),
            "une" => (Some(Gender::Feminine), false, false),
            "le" => (Some(Gender::Masculine), true, false),
            "la" => (Some(Gender::Feminine), true, false),
            "l'" => (None, true, false),
            "les" => (None, true, true),
            _ => return None,
        };
        let words = (at + 1..toks.len().min(at + 4))
            .take_while(|&i| {
                let c = forms::classes(toks[i].text);
                // `un autre`: another one, whoever spoke before.
                keys[i] == "autre"
                    || toks[i].is_word()
                        && !toks[i].is_capitalised()
                        && (c.noun() || c.adjective())
                        && !c.finite_verb()
                        && !c.preposition_first()
                        && !self.lex.function_words.contains(keys[i].as_ref())
            })
            .count();
        let noun_end = at + 1 + words;
        // `soupire une dame devant la boulangerie`: a complement of place or origin may close the clause.
        let end = self.past_trailing_complement(toks, keys, noun_end);
        let closes = keys
            .get(end)
            .is_none_or(|k| matches!(k.as_ref(), "." | "," | ";" | "!" | "?"));
        // `la triple candidate`: a definite phrase of a person's noun the reader did not take stands for
        // someone named before, whom the rules after this one find.
        // Nor does `l'un d'eux`: one of a group spoken of before.
        let person_noun = (at + 1..noun_end)
            .any(|i| self.lex.is_role(&keys[i]) || matches!(keys[i].as_ref(), "un" | "une"));
        // `dans une motion publiée la semaine dernière`: a phrase of time words is when, not who.
        let time = (at + 1..noun_end).all(|i| self.lex.time_words.contains(keys[i].as_ref()));
        if words == 0 || !closes || definite && person_noun || time {
            return None;
        }
        let of = keys
            .get(noun_end)
            .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des"));
        let name_end = if definite && of { end } else { noun_end };
        let name = self.span_text(toks, at, name_end).to_lowercase();
        Some((
            Speaker {
                name: name.clone(),
                kind: SpeakerKind::Person,
                role: None,
                mention: name,
                group,
                gender,
                named: false,
            },
            end,
        ))
    }

    /// Past a complement opened by a preposition (`devant la boulangerie`, `du quartier`, `à Lyon`) when no
    /// verb or quotation mark stands in it before a few words end it; else `at`.
    fn past_trailing_complement(&self, toks: &[Token], keys: &[Key], at: usize) -> usize {
        let opens = keys.get(at).is_some_and(|k| {
            matches!(k.as_ref(), "de" | "d'" | "du" | "des" | "a" | "au" | "aux")
                || forms::classes(toks[at].text).preposition_first()
        });
        if !opens {
            return at;
        }
        (at + 1..toks.len().min(at + 8))
            .find(|&i| !toks[i].is_word() || forms::classes(toks[i].text).finite_verb())
            .filter(|&i| !toks[i].is_word())
            .unwrap_or(at)
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
        named
            .filter(|sp| sp.kind == SpeakerKind::Person && !affiliation(self.lex, keys, open + 1, sp))
            .or_else(|| {
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
        // `Se disant « … », le Conseil s'est incliné`, `Réaffirmant « … », X a …`: a clause of a present
        // participle opening the sentence, its quotations and all, runs to the first comma outside quotation
        // marks; the sentence's own clause starts after it.
        let participle_at = |j: usize| {
            toks.get(j).is_some_and(|t| {
                crate::lang::lexicon::fr()
                    .analyses(&t.text.to_lowercase())
                    .any(|a| {
                        a.verb
                            .is_some_and(|v| v.mood == Mood::Participle && v.tense == Some(Tense::Present))
                    })
            })
        };
        // `Après avoir affirmé que « … », X a …`: so does a clause of a past infinitive.
        let opens_with_infinitive = keys
            .first()
            .is_some_and(|k| matches!(k.as_ref(), "apres" | "sans"))
            && keys
                .get(1)
                .is_some_and(|k| matches!(k.as_ref(), "avoir" | "etre"));
        let opens_with_participle = participle_at(0)
            || keys.first().is_some_and(|k| matches!(k.as_ref(), "se" | "s'")) && participle_at(1)
            || opens_with_infinitive;
        let main_start = if opens_with_participle {
            reported::comma_outside_quotes(toks, keys, 0, keys.len()).map_or(0, |comma| comma + 1)
        } else {
            0
        };
        // The clause that governs a quotation ends where the quotation or a colon starts.
        let limit = (main_start..keys.len())
            .find(|&i| matches!(keys[i].as_ref(), ":" | "«" | "“" | "\"" | "„"))
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
        // `Il y dénonce …`: a personal pronoun opening the sentence, unless impersonal (`il y a`, `il faut`);
        // also after a linking adverb (`Puis il a rejoint …`, `Ensuite, elle a lu …`).
        let mut p0 = usize::from(keys.first().is_some_and(|k| {
            matches!(
                k.as_ref(),
                "puis"
                    | "ensuite"
                    | "enfin"
                    | "mais"
                    | "et"
                    | "pourtant"
                    | "cependant"
                    | "toutefois"
                    | "alors"
            )
        }));
        if p0 == 1 && keys.get(1).is_some_and(|k| k == ",") {
            p0 = 2;
        }
        let impersonal = keys.get(p0 + 1).is_some_and(|k| {
            matches!(
                k.as_ref(),
                "faut" | "s'" | "semble" | "est" | "etait" | "reste" | "suffit"
            ) || k == "y"
                && keys
                    .get(p0 + 2)
                    .is_some_and(|k2| matches!(k2.as_ref(), "a" | "avait" | "aura"))
        });
        if let Some(p) = keys
            .get(p0)
            .filter(|k| matches!(k.as_ref(), "il" | "elle" | "ils" | "elles"))
        {
            if !impersonal {
                let m = Mention::pronoun(toks[p0].start, toks[p0].end, p);
                return self.resolve(&m, toks[p0].text);
            }
        }
        // `À Lomé, où étaient réunis les ministres, X enfonce le clou`, `Alors que la tension monte, X a
        // déclaré`: a clause opened by a relative or subordinating word at the start or after a comma runs
        // to the next comma; its verb is not the sentence's.
        let mut skip_to = main_start;
        let v = (0..limit)
            .find(|&i| {
                if i < skip_to {
                    return false;
                }
                let k = &keys[i];
                let opens_clause = match k.as_ref() {
                    // `où`, not `ou`: the accent tells them apart.
                    "ou" => toks[i].text.to_lowercase() == "où",
                    "alors" | "tandis" => keys
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.as_ref(), "que" | "qu'")),
                    "qui" | "dont" | "lorsque" | "lorsqu'" | "quand" | "puisque" => true,
                    _ => false,
                };
                if (i == 0 || keys[i - 1] == ",") && opens_clause {
                    if let Some(comma) = (i + 1..limit).find(|&j| keys[j] == ",") {
                        skip_to = comma + 1;
                        return false;
                    }
                }
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
        // `Le ministre de …, X, y est allé`, `Paul Roux lui a répondu`: object pronouns stand between a
        // subject that names someone and its verb (a pronoun subject is left to the speakers before).
        let mut past_clitics = v;
        while past_clitics > 0
            && !toks[past_clitics - 1].is_capitalised()
            && matches!(
                keys[past_clitics - 1].as_ref(),
                "y" | "en" | "lui" | "leur" | "l'" | "le" | "la" | "les"
            )
        {
            past_clitics -= 1;
        }
        let v = if past_clitics < v
            && past_clitics > 0
            && (keys[past_clitics - 1] == ","
                || np::is_name(&toks[past_clitics - 1], &keys[past_clitics - 1]))
        {
            past_clitics
        } else {
            v
        };
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
        // `La réplique de la ministre ne s'est pas fait attendre : « … »`: the complement of a noun of
        // speech is who speaks.
        let mut p = s;
        if p >= 2 && matches!(keys[p - 1].as_ref(), "la" | "l'" | "les") {
            p -= 1;
        }
        let of_speech = p >= 2
            && matches!(keys[p - 1].as_ref(), "de" | "d'" | "du" | "des")
            && self.lex.speech_nouns.contains(keys[p - 2].as_ref())
            && (p == 2 || p == 3 && np::DETERMINERS.contains(&keys[0].as_ref()));
        if of_speech {
            return self.mention_at(toks, keys, Some((s, e))).map(|m| m.0);
        }
        let after_adverbial = s > 0 && keys[s - 1] == ",";
        (s == 0 || after_adverbial)
            .then(|| self.mention_at(toks, keys, Some((s, e))))
            .flatten()
            .map(|m| m.0)
    }
}

/// `disant`, `venu`: a participle, present or past, in one of the word's verb readings.
fn is_participle(word: &str) -> bool {
    crate::lang::lexicon::fr().analyses(word).any(|a| {
        a.pos == crate::lang::lexicon::Pos::Verb
            && a.verb
                .is_some_and(|v| v.mood == crate::lang::lexicon::Mood::Participle)
    })
}

/// `«`, `»`, `“`, `”`, `"`: a quotation mark, which no subject's phrase crosses.
fn is_quote_mark(t: &Token) -> bool {
    t.text.chars().all(|c| "«»“”\"".contains(c))
}
