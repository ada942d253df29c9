//! The agent of a passive reporting verb (`a été qualifié de « … » par X`), and the media a sentence names
//! as relays (`cité par l'agence X`, `a déclaré à Reuters`).

use super::*;

impl Walker<'_> {
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
    /// comma, then `par` and the source outside quotations. With `adjacent_only`, only a participle right
    /// before the quotation it qualifies counts. The agent and the cue's words.
    pub(super) fn passive_agent(
        &self,
        toks: &[Token],
        keys: &[Key],
        quoted: &dyn Fn(usize) -> bool,
        adjacent_only: bool,
    ) -> Option<(Speaker, String, Stance)> {
        // The word as written, not its folded key: `affirme` is no `affirmé`.
        let participle = |i: usize| {
            if quoted(i) || !forms::classes(toks[i].text).past_participle() {
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
        // `un procès qualifié de « mascarade » par les familles`, `Jugé « inévitable » par la ministre, …`: a
        // participle right before the quotation it qualifies needs no auxiliary.
        let opens = |j: usize| {
            keys.get(j)
                .is_some_and(|k| matches!(k.as_ref(), "«" | "“" | "\"" | "„"))
        };
        let before_quotation = |i: usize| {
            opens(i + 1)
                || keys
                    .get(i + 1)
                    .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "comme"))
                    && opens(i + 2)
        };
        let (p, hit) = (0..keys.len())
            .filter(|&i| before_quotation(i) || !adjacent_only && passive_before(i))
            .find_map(|i| participle(i).map(|h| (i, h)))?;
        // `par` within the clause: before its end, outside quotations, before any other verb of saying.
        let by = (p + 1..keys.len())
            .take_while(|&j| !matches!(keys[j].as_ref(), "." | ";" | "!" | "?" | ":"))
            .find(|&j| keys[j] == "par" && !quoted(j))?;
        // `qualifié de « mascarade » par les familles des détenus`: right after the quotation, an agent no
        // list holds is an unnamed speaker as described.
        let after_quotation = keys[by - 1] == "»" || keys[by - 1] == "”" || keys[by - 1] == "\"";
        // Without an auxiliary, the agent follows the quotation at once: `celui dit « du sondage », un
        // questionnaire financé par …` names a thing, and its `par` belongs to another participle.
        if !after_quotation && !passive_before(p) {
            return None;
        }
        let (sp, _) = self
            .mention_at(toks, keys, np::forward(self.lex, toks, keys, by + 1, toks.len()))
            .or_else(|| {
                after_quotation
                    .then(|| self.unlisted_person(toks, keys, by + 1))
                    .flatten()
            })?;
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
            // `selon les médias qui citent X`: the source relays X's words.
            if let Some(len) = self.lex.source_marker_at(keys, i) {
                if let Some((a, b)) = np::forward(self.lex, toks, keys, i + len, toks.len()) {
                    if cited_at(keys, b).is_some() {
                        let name = relay_name(self.doc.text, toks, keys, a, b)
                            .unwrap_or_else(|| self.span_text(toks, a, b));
                        out.push((name, i, b));
                    }
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
