//! Which speaker each quotation of a sentence goes to: the cue after or before it, a verb and a colon, a
//! name before the colon, the quotation's own verb, `selon`, a passive's agent, the sentence's subject, and
//! the flow of speakers across sentences (the last speaker's words, a paragraph continued, the person the
//! next sentence names).

use super::*;

impl Walker<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn quotes(
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
                // the colon, in a sentence with no cue, speaks; not in one opened by its source (`Pour
                // Anne X, le seul recours est le président Marc Y : « … »`).
                .or_else(|| {
                    (chosen.is_none() && selon.is_none() && q_start >= 3 && keys[q_start - 1] == ":")
                        .then(|| np::backward(self.lex, toks, keys, 0, q_start - 1))
                        .flatten()
                        .and_then(|r| self.mention_at(toks, keys, Some(r)))
                        .map(|(sp, _)| sp)
                        .filter(|sp| {
                            // The full name as written there, not the one it resolves to.
                            sp.kind == SpeakerKind::Person
                                && sp.named
                                && sp.mention.contains(' ')
                                && crate::lang::first_names::opens_name(&sp.mention)
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
            // `Algérie : « le prix du pain est l'affaire de l'État » (Adjo)`: in a headline, a person's name
            // in brackets right after the quotation, ending the sentence, speaks.
            let bracketed_after = (chosen.is_none() && keys.get(q_end).is_some_and(|k| k.as_ref() == "("))
                .then(|| (q_end + 2..keys.len().min(q_end + 6)).find(|&c| keys[c].as_ref() == ")"))
                .flatten()
                .filter(|&c| keys[c + 1..].iter().all(|k| k.as_ref() == "."))
                .and_then(|c| self.mention_at(toks, keys, Some((q_end + 1, c))))
                .map(|(sp, _)| sp)
                // `« … » (Vidéo)`: a common noun in brackets labels the page's media, it names nobody.
                .filter(|sp| {
                    let common_noun =
                        !sp.name.contains(' ') && forms::classes(&sp.name.to_lowercase()).noun();
                    sp.named && sp.kind == SpeakerKind::Person && !common_noun
                });
            let by_passive = passive.as_ref().map(|(sp, cue, _)| {
                (
                    Some(sp.clone()),
                    Some(cue.clone()),
                    "agent of a passive reporting verb",
                )
            });
            // `un procès qualifié de « mascarade » par les familles`: a cue whose speaker was not found
            // yields to the agent of the participle before the quotation.
            let passive_first = by_passive
                .clone()
                .filter(|_| chosen.is_some_and(|a| a.speaker.is_none()));
            let (speaker, cue, rule) = if let Some(found) = passive_first {
                found
            } else if let Some(a) = after {
                (a.speaker.clone(), a.cue_text.clone(), "cue after the quotation")
            } else if let Some(sp) = colon_verb {
                (Some(sp), None, "verb and colon before the quotation")
            } else if let Some(a) = before {
                (a.speaker.clone(), a.cue_text.clone(), "cue before the quotation")
            } else if let Some(a) = later {
                (a.speaker.clone(), a.cue_text.clone(), "cue later in the sentence")
            } else if let Some(sp) = bracketed_after {
                (Some(sp), None, "name in brackets after the quotation")
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
            } else if let Some(found) = by_passive {
                found
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
