//! Sources named without a verb of saying: `selon X`, `d'après X`, `pour X,` at a sentence's start, `aux
//! yeux de X`, and their pronouns (`selon lui`, `selon eux`).

use super::*;

impl Walker<'_> {
    /// The source a marker names in this sentence, outside quotations: the speaker, where the marker
    /// starts and the source's phrase ends, and the marker's display words.
    pub(super) fn source_marker(
        &self,
        toks: &[Token],
        keys: &[Key],
        quoted: &dyn Fn(usize) -> bool,
    ) -> Option<(Speaker, usize, usize, String)> {
        for i in 0..keys.len() {
            // `À ses yeux, …`, `à son avis`: the person spoken of last (`à leurs yeux`: the group).
            if let Some((len, plural)) = (!quoted(i)).then(|| possessive_source_at(keys, i)).flatten() {
                let sp = if plural {
                    self.last_group.clone()
                } else {
                    self.person_for(None).or_else(|| self.body_that_spoke())
                };
                if let Some(sp) = sp {
                    let words = self.span_text(toks, i, i + len);
                    let sp = Speaker {
                        mention: words.clone(),
                        ..sp
                    };
                    return Some((sp, i, i + len, cue_words(&words)));
                }
            }
            // `Paul X, délégué syndical, pour qui « … »`: the person named last in the sentence before it.
            if i >= 1
                && keys[i - 1] == ","
                && keys[i] == "pour"
                && keys.get(i + 1).is_some_and(|k| k == "qui")
            {
                if let Some(sp) = (!quoted(i))
                    .then(|| self.named_in_sentence_before(toks, i))
                    .flatten()
                {
                    let sp = Speaker {
                        mention: toks[i + 1].text.to_string(),
                        ..sp
                    };
                    return Some((sp, i, i + 2, cue_words(&self.span_text(toks, i, i + 2))));
                }
            }
            // `Pour la ministre, …`: at the sentence's start, `pour` and a source closed by a comma.
            let pour = i == 0 && keys[0] == "pour";
            let Some(len) = (!quoted(i))
                .then(|| self.lex.source_marker_at(keys, i).or(pour.then_some(1)))
                .flatten()
            else {
                continue;
            };
            let after = past_speech_noun(self.lex, keys, i + len);
            if keys.get(after).is_some_and(|k| {
                matches!(
                    k.as_ref(),
                    "laquelle" | "lequel" | "lesquels" | "lesquelles" | "moi" | "nous" | "vous"
                )
            }) {
                continue;
            }
            let pron = keys
                .get(after)
                .filter(|k| matches!(k.as_ref(), "lui" | "elle"))
                .map(|k| {
                    if k == "elle" {
                        Gender::Feminine
                    } else {
                        Gender::Masculine
                    }
                });
            // `Selon eux`: the group spoken of last.
            let group = keys
                .get(after)
                .is_some_and(|k| matches!(k.as_ref(), "eux" | "elles"));
            let sp = if group {
                self.last_group.clone().map(|g| {
                    (
                        Speaker {
                            mention: toks[after].text.to_string(),
                            ..g
                        },
                        after + 1,
                    )
                })
            } else if let Some(g) = pron {
                // `selon lui`: the person of that gender spoken of last; else a body that spoke last
                // (`Le parti a réagi. Pour lui, …`).
                self.person_for(Some(g))
                    .or_else(|| self.body_that_spoke())
                    .map(|p| {
                        (
                            Speaker {
                                mention: toks[after].text.to_string(),
                                ..p
                            },
                            after + 1,
                        )
                    })
            } else {
                self.mention_at(toks, keys, np::forward(self.lex, toks, keys, after, toks.len()))
            };
            // After `pour`, only a phrase that names or describes a source and is closed by a comma, perhaps
            // after its complement (`Pour l'avocat de la partie civile, …`).
            let sp = sp.filter(|(sp, end)| {
                !pour
                    || (keys
                        .get(source_phrase_end(toks, keys, *end))
                        .is_some_and(|k| k == ",")
                        && sp.kind != SpeakerKind::Document)
            });
            if let Some((mut sp, mut end)) = sp {
                // `selon les médias qui citent X`, `selon l'agence citant X`: X speaks, through them.
                if let Some((cited, cited_end)) = cited_at(keys, end)
                    .and_then(|j| {
                        self.mention_at(toks, keys, np::forward(self.lex, toks, keys, j, toks.len()))
                    })
                    .filter(|(c, _)| c.named)
                {
                    (sp, end) = (cited, cited_end);
                }
                let end = if i == 0 {
                    let whole = source_phrase_end(toks, keys, self.apposition_end(toks, keys, end));
                    // `Pour l'avocat de la partie civile Paul Roux, …`: the name at the end of the whole
                    // phrase up to its comma is the source's.
                    if let Some((named, _)) = (whole > end && !sp.named)
                        .then(|| self.mention_at(toks, keys, Some((after, whole))))
                        .flatten()
                        .filter(|(n, _)| n.named && n.kind == SpeakerKind::Person)
                    {
                        sp = named;
                    }
                    whole
                } else {
                    end
                };
                return Some((sp, i, end, cue_words(&self.span_text(toks, i, after))));
            }
        }
        None
    }

    /// Where the appositions after a source's name end (`Selon X, directeur de Y, filiale de Z, …`): the
    /// comma after each part between commas that opens with a role (the first) or a noun whose complement
    /// names something (the next), with no verb; `end` itself when none follows.
    fn apposition_end(&self, toks: &[Token], keys: &[Key], end: usize) -> usize {
        let mut at = end;
        for part in 0..2 {
            if keys.get(at).is_none_or(|k| k != ",") {
                break;
            }
            let Some(next) = (at + 2..toks.len().min(at + 14)).find(|&j| keys[j] == ",") else {
                break;
            };
            let first = at + 1 + usize::from(crate::lang::word_classes::is_determiner(&keys[at + 1]));
            let opens = first < next
                && toks[first].is_word()
                && !toks[first].is_capitalised()
                && if part == 0 {
                    self.lex.role_at(keys, first)
                } else {
                    (first + 1..next).any(|j| toks[j].is_capitalised())
                        && forms::classes(toks[first].text).noun()
                };
            let verbless = (at + 1..next).all(|j| !forms::classes(toks[j].text).finite_verb());
            if !(opens && verbless) {
                break;
            }
            at = next;
        }
        at
    }

    /// The body (not a person, not a document) that spoke last: whom `selon lui` stands for when no
    /// person was spoken of (`Le parti a réagi. Pour lui, …`).
    fn body_that_spoke(&self) -> Option<Speaker> {
        self.last_speaker
            .as_ref()
            .map(|(_, sp, _)| sp.clone())
            .filter(|sp| sp.kind != SpeakerKind::Person && sp.kind != SpeakerKind::Document)
    }
}

/// A possessive phrase that makes its owner a source (`à ses yeux`, `à son avis`, `de son point de vue`):
/// its length in tokens, and whether the owner is plural (`à leurs yeux`).
fn possessive_source_at(keys: &[Key], i: usize) -> Option<(usize, bool)> {
    let k = |j: usize| keys.get(i + j).map_or("", |k| k.as_ref());
    let owner = |w: &str| match w {
        "ses" | "son" => Some(false),
        "leurs" | "leur" => Some(true),
        _ => None,
    };
    match (k(0), k(1), k(2), k(3)) {
        ("a", w, "yeux", _) | ("a", w, "avis", _) => owner(w).map(|p| (3, p)),
        ("de", w, "point", "de") if k(4) == "vue" => owner(w).map(|p| (5, p)),
        _ => None,
    }
}

/// `selon les propos tenus alors par X`, `selon les termes de la ministre`: past a noun of speech and the
/// words that link it to its speaker, where the speaker's phrase starts; else `at`.
fn past_speech_noun(lex: &Lexicon, keys: &[Key], at: usize) -> usize {
    let mut j = at;
    if keys.get(j).is_some_and(|k| np::DETERMINERS.contains(&k.as_ref())) {
        j += 1;
    }
    if !keys.get(j).is_some_and(|k| lex.speech_nouns.contains(k.as_ref())) {
        return at;
    }
    j += 1;
    while keys.get(j).is_some_and(|k| {
        lex.adverbs.contains(k.as_ref())
            || matches!(
                k.as_ref(),
                "tenu" | "tenus" | "tenue" | "tenues" | "prononce" | "prononces" | "prononcee" | "prononcees"
            )
    }) {
        j += 1;
    }
    // `du ministre`: the article is in `du`, which opens the phrase.
    match keys.get(j).map(|k| k.as_ref()) {
        Some("par" | "de" | "d'") => j + 1,
        Some("du" | "des") => j,
        _ => at,
    }
}
