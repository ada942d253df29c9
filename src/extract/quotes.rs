//! Quotation scanning: « » (with or without narrow no-break spaces), “ ”, ‹ ›, „ “, straight "…", the
//! double prime ″…″ and single ‘…’ of word processors, within one paragraph at a time. Handles quotes
//! nested in quotes, a quote closed by the wrong mark (`« … «,` closes), a quote never closed (it runs to
//! the end of its paragraph, or stops where the next « opens after a finished sentence), a doubled
//! opening mark, and a quote that runs over several paragraphs, each reopened with «. Linear in the
//! paragraph's length whatever the marks.
//!
//! Not here: whether a quotation is a claim, or who said it (`attribute`).

/// One quotation found in the text, as byte offsets into the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The opening mark.
    pub open: usize,
    /// The closing mark, if the quote is closed.
    pub close: Option<usize>,
    /// The quoted words, trimmed of spaces.
    pub start: usize,
    pub end: usize,
    /// Where the quotation ends in the text: after its closing mark, or where it stops unclosed.
    pub outer_end: usize,
    /// How many quotations enclose this one.
    pub depth: usize,
    /// The quote goes on in the next paragraph (left open, and the next paragraph opens with «).
    pub continues: bool,
    /// The quote carries on one left open in the previous paragraph.
    pub continued: bool,
    /// The quote carries on the one before it, after a reporting clause inside it (`incise`).
    pub resumes: bool,
}

struct Open {
    mark: char,
    pos: usize,
    depth: usize,
}

fn is_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '‹' | '›' | '“' | '”' | '„' | '"' | '″' | '‘')
}

/// Whether the apostrophe `mark` (`’` or `'`) at `i` closes a single quotation rather than eliding a
/// vowel (`l’école`): it follows a word and no letter or digit follows it.
fn closes_single(text: &str, i: usize, end: usize, mark: char) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + mark.len_utf8()..end].chars().next();
    before.is_some_and(|b| !is_space(b)) && after.is_none_or(|a| !a.is_alphanumeric())
}

/// Whether a single quotation mark at `i` opens a quotation: at the start of the paragraph or after a
/// space or an opening bracket, and before a word.
fn opens_single(text: &str, start: usize, i: usize, mark: char, end: usize) -> bool {
    let after = text[i + mark.len_utf8()..end].chars().next();
    let before = text[..i].chars().next_back();
    (i == start || before.is_none_or(|b| is_space(b) || "([{«“-—–/:".contains(b)))
        && after.is_some_and(|a| !is_space(a))
}

/// Whether a closing mark at `i` stands where a quotation opens: at the start of the paragraph before a
/// letter (a space between them allowed), or after a space or an apostrophe and right before a letter
/// (a closing » has a space after it).
fn opens_reversed(text: &str, start: usize, i: usize, mark: char, end: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = &text[i + mark.len_utf8()..end];
    let letter_next = |t: &str| t.chars().next().is_some_and(char::is_alphabetic);
    if i == start {
        letter_next(after.trim_start_matches(is_space))
    } else {
        before.is_some_and(|b| is_space(b) || "'’".contains(b)) && letter_next(after)
    }
}

/// Whether a mark at `i` of `len` bytes is followed only by spaces and then punctuation or the end of the
/// paragraph: a closing mark, whatever its shape (`« Nous irons au bout «, a-t-il dit`).
fn ends_a_phrase(text: &str, i: usize, len: usize, end: usize) -> bool {
    text[i + len..end]
        .chars()
        .find(|&c| !is_space(c))
        .is_none_or(|c| ",;.:!?)".contains(c))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}'
}

/// Finds the quotations of the paragraph `text[start..end]`. `next_para_opens` says whether the next
/// paragraph begins with an opening mark (a quote running over paragraphs); `continued` whether this
/// paragraph's first quote carries on one left open before.
pub fn scan(text: &str, start: usize, end: usize, next_para_opens: bool, continued: bool) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let para = &text[start..end];
    // Where the last » of the paragraph is, to tell a wrong closing mark from a nested one.
    let last_guillemet = para.rfind('»').map(|i| start + i);
    // Where the last `’` (`'`) that can close a single quotation is: a `‘` (`'`) opens one only before it.
    let last_close = |mark: char| {
        para.rmatch_indices(mark)
            .map(|(k, _)| start + k)
            .find(|&k| closes_single(text, k, end, mark))
    };
    let (last_curly_close, last_straight_close) = (last_close('’'), last_close('\''));
    let close = |out: &mut Vec<Quote>, o: Open, close_at: Option<usize>, stop: usize, outer_end: usize| {
        // `‘’` typed for `“` is two marks long.
        let mark_len = if o.mark == '“' && text[o.pos..].starts_with('‘') {
            2 * '‘'.len_utf8()
        } else {
            o.mark.len_utf8()
        };
        let (s, e) = trim(text, o.pos + mark_len, stop);
        out.push(Quote {
            open: o.pos,
            close: close_at,
            start: s,
            end: e,
            outer_end,
            depth: o.depth,
            continues: false,
            continued: false,
            resumes: false,
        });
    };
    // Only the marks matter: they start with `"`, `'` or with the lead byte 0xC2 (« ») or 0xE2 (“ ” „ ‹ › ‘ ’ ″),
    // so the scan jumps from one such byte to the next.
    // Where the last character that is neither a space nor a quotation mark ends, to tell `« «` (a
    // doubled mark) from a quote opened inside another.
    let mut last_content = 0usize;
    let bytes = para.as_bytes();
    let mut next = 0;
    while let Some(skip) = bytes[next..]
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
    {
        let off = next + skip;
        // The bytes jumped over hold no mark: their last character that is not a space is content.
        if let Some((k, d)) = para[next..off].char_indices().rev().find(|&(_, d)| !is_space(d)) {
            last_content = start + next + k + d.len_utf8();
        }
        let c = para[off..]
            .chars()
            .next()
            .expect("a character starts at a lead byte");
        next = off + c.len_utf8();
        let i = start + off;
        if !is_space(c) && !is_mark(c) {
            last_content = i + c.len_utf8();
        }
        // `‘’Nous ferons appel’’`: two single marks typed for a double one open (close) a quotation as `“`
        // (`”`) does.
        let doubled = matches!(c, '‘' | '’') && para[next..].starts_with(['‘', '’']);
        if doubled && c == '‘' && stack.last().is_none_or(|o| o.mark != '“') {
            stack.push(Open {
                mark: '“',
                pos: i,
                depth: stack.len(),
            });
            next += '’'.len_utf8();
            continue;
        }
        if doubled && stack.last().is_some_and(|o| o.mark == '“') {
            let o = stack.pop().expect("just seen");
            close(&mut out, o, Some(i), i, i + 2 * c.len_utf8());
            next += '’'.len_utf8();
            continue;
        }
        match c {
            '«' | '‹' => {
                if let Some(top) = stack.iter().rposition(|o| o.mark == c) {
                    if last_content <= stack[top].pos {
                        continue; // a doubled mark: « «
                    }
                    if ends_a_phrase(text, i, c.len_utf8(), end) {
                        // A closing mark typed as an opening one: `« … «, a-t-il dit`.
                        while stack.len() > top + 1 {
                            let o = stack.pop().expect("len > top + 1");
                            close(&mut out, o, None, i, i);
                        }
                        let o = stack.pop().expect("found at `top`");
                        close(&mut out, o, Some(i), i, i + c.len_utf8());
                        continue;
                    }
                    // `«C'est grave, dit-elle, qui la qualifie d'«intenable». C'est usant.»`: a « whose
                    // paragraph holds two » before any other « opens a quotation nested in the first.
                    // (The look-ahead stops at the next «, so the scan stays linear.)
                    let rest = &text[i + c.len_utf8()..end];
                    let rest = &rest[..rest.find("\n\n").unwrap_or(rest.len())];
                    let closing = if c == '«' { '»' } else { '›' };
                    let nested = rest
                        .chars()
                        .take_while(|&ch| ch != c)
                        .filter(|&ch| ch == closing)
                        .count()
                        >= 2;
                    if nested {
                        stack.push(Open {
                            mark: c,
                            pos: i,
                            depth: stack.len(),
                        });
                        continue;
                    }
                    // A « inside an open « most often means the first was never closed: it stops here.
                    while stack.len() > top {
                        let o = stack.pop().expect("len > top");
                        close(&mut out, o, None, i, i);
                    }
                }
                stack.push(Open {
                    mark: c,
                    pos: i,
                    depth: stack.len(),
                });
            }
            // `“Nous irons au bout“, a-t-il dit`: a “ after an open one and before punctuation closes it.
            '“' if stack.last().is_some_and(|o| o.mark == '“')
                && last_content > stack.last().map_or(0, |o| o.pos)
                && ends_a_phrase(text, i, c.len_utf8(), end) =>
            {
                let o = stack.pop().expect("just seen");
                close(&mut out, o, Some(i), i, i + c.len_utf8());
            }
            '“' | '„' => stack.push(Open {
                mark: c,
                pos: i,
                depth: stack.len(),
            }),
            // `» Il ne fait aucun doute », a-t-il dit`, `ajoutant qu' »Amazon a fui »`: a » that opens a
            // word, with none open and another » to come in the paragraph, is an opening mark typed the
            // wrong way round.
            '»' if !stack.iter().any(|o| o.mark == '«')
                && opens_reversed(text, start, i, c, end)
                && last_guillemet.is_some_and(|g| g > i) =>
            {
                stack.push(Open {
                    mark: '«',
                    pos: i,
                    depth: stack.len(),
                })
            }
            '»' | '›' => {
                let want = if c == '»' { '«' } else { '‹' };
                if let Some(at) = stack.iter().rposition(|o| o.mark == want) {
                    while stack.len() > at + 1 {
                        let o = stack.pop().expect("len > at + 1");
                        close(&mut out, o, None, i, i);
                    }
                    let o = stack.pop().expect("found at `at`");
                    close(&mut out, o, Some(i), i, i + c.len_utf8());
                }
            }
            // `”Si nous devons encore subir cela”, a averti l'accusé`: a ” that opens a word, with nothing
            // open, is an opening mark typed as a closing one.
            '”' if stack.is_empty() && opens_reversed(text, start, i, c, end) => stack.push(Open {
                mark: '“',
                pos: i,
                depth: 0,
            }),
            '”' => match stack.last() {
                Some(o) if o.mark == '“' || o.mark == '„' => {
                    let o = stack.pop().expect("just seen");
                    close(&mut out, o, Some(i), i, i + c.len_utf8());
                }
                Some(o) if o.mark == '«' && last_guillemet.is_none_or(|g| g < i) => {
                    let o = stack.pop().expect("just seen");
                    close(&mut out, o, Some(i), i, i + c.len_utf8());
                }
                _ => {}
            },
            '’' | '\''
                if stack
                    .last()
                    .is_some_and(|o| o.mark == if c == '’' { '‘' } else { c })
                    && closes_single(text, i, end, c) =>
            {
                let o = stack.pop().expect("just seen");
                close(&mut out, o, Some(i), i, i + c.len_utf8());
            }
            '‘' | '\'' => {
                let last = if c == '‘' {
                    last_curly_close
                } else {
                    last_straight_close
                };
                if opens_single(text, start, i, c, end) && last.is_some_and(|k| k > i) {
                    stack.push(Open {
                        mark: c,
                        pos: i,
                        depth: stack.len(),
                    });
                }
            }
            '"' | '″' => {
                let len = c.len_utf8();
                let before = text[..i].chars().next_back();
                let after = text[i + len..end].chars().next();
                // `"… la tête.""Demain, …", reprend X`: a mark glued to one that just closed opens.
                let glued_to_closed = before == Some(c) && stack.last().is_none_or(|o| o.mark != c);
                // `… obtenu par l'AFP."Puisqu'il …`: a mark glued to the end of a sentence and to the capital
                // of the next opens, when none is open.
                let glued_to_sentence = before.is_some_and(|b| ".!?".contains(b))
                    && after.is_some_and(char::is_uppercase)
                    && stack.last().is_none_or(|o| o.mark != c);
                let opener = (before.is_none_or(|b| is_space(b) || "([{«“'’-—–/".contains(b) || i == start)
                    || glued_to_closed
                    || glued_to_sentence)
                    && after.is_some_and(|a| !is_space(a));
                let closer = before.is_some_and(|b| !is_space(b))
                    && after.is_none_or(|a| is_space(a) || a.is_ascii_punctuation() || "»”…".contains(a));
                // `" Je n'ai jamais été informé ", a-t-il dit`: a mark with spaces on both sides opens
                // when none is open, and closes the one open.
                let open = stack.last().is_some_and(|o| o.mark == c);
                let (opener, closer) = if before.is_none_or(is_space) && open {
                    let closes = after.is_none_or(|a| is_space(a) || a.is_ascii_punctuation());
                    (opener && !closes, closes)
                } else if before.is_none_or(is_space) && after.is_some_and(is_space) {
                    (!ends_a_phrase(text, i, len, end), false)
                } else {
                    (opener, closer)
                };
                match stack.last() {
                    Some(o) if o.mark == c && (closer || !opener) => {
                        let o = stack.pop().expect("just seen");
                        close(&mut out, o, Some(i), i, i + len);
                    }
                    _ if opener => stack.push(Open {
                        mark: c,
                        pos: i,
                        depth: stack.len(),
                    }),
                    // `“Un grand danger"`: a straight mark closes a curly one.
                    Some(o) if o.mark == '“' && closer => {
                        let o = stack.pop().expect("just seen");
                        close(&mut out, o, Some(i), i, i + len);
                    }
                    Some(o) if o.mark == '«' && closer && last_guillemet.is_none_or(|g| g < i) => {
                        let o = stack.pop().expect("just seen");
                        close(&mut out, o, Some(i), i, i + len);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    // Whatever is still open runs to the end of the paragraph.
    let para_end = start + para.trim_end_matches(is_space).len();
    while let Some(o) = stack.pop() {
        let outermost = stack.is_empty();
        close(&mut out, o, None, para_end, para_end);
        if outermost && next_para_opens {
            if let Some(q) = out.last_mut() {
                q.continues = true;
            }
        }
    }
    out.sort_by_key(|q| (q.open, q.depth));
    if continued {
        if let Some(q) = out.iter_mut().find(|q| q.depth == 0) {
            q.continued = true;
        }
    }
    out
}

/// Whether a paragraph opens with a quotation mark (it may carry on a quote left open before it).
pub fn opens_with_quote(para: &str) -> bool {
    para.trim_start_matches(is_space)
        .starts_with(['«', '“', '"', '″'])
}

fn trim(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    if e < s {
        return (s, s);
    }
    while let Some(c) = text[s..e].chars().next().filter(|c| is_space(*c)) {
        s += c.len_utf8();
    }
    while let Some(c) = text[s..e].chars().next_back().filter(|c| is_space(*c)) {
        e -= c.len_utf8();
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<(usize, String, bool)> {
        scan(t, 0, t.len(), false, false)
            .into_iter()
            .map(|q| (q.depth, t[q.start..q.end].to_string(), q.close.is_some()))
            .collect()
    }

    #[test]
    fn guillemets_with_narrow_spaces() {
        assert_eq!(
            texts("Il a dit\u{a0}: «\u{202f}Oui\u{202f}», puis."),
            [(0, "Oui".into(), true)]
        );
    }

    #[test]
    fn nested_curly_quotes_inside_guillemets() {
        // A straight mark glued to one that just closed opens the next quotation.
        let q = texts("\"On tient bon.\"\"Demain, on revient\", reprend-il.");
        assert!(q.iter().any(|(_, t, _)| t == "Demain, on revient"), "{q:?}");
        // A « nested in a « whose paragraph closes both.
        let q = texts("«C'est grave, dit-elle, qui la qualifie d'«intenable». C'est usant.»");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().any(|(_, t, _)| t == "intenable"), "{q:?}");
        assert!(q.iter().any(|(_, t, _)| t.ends_with("C'est usant.")), "{q:?}");
        let q = texts("« Il a parlé de “paix durable” hier », a-t-il dit.");
        assert_eq!(q[0], (0, "Il a parlé de “paix durable” hier".into(), true));
        assert_eq!(q[1], (1, "paix durable".into(), true));
    }

    #[test]
    fn straight_quotes_pair_up() {
        assert_eq!(
            texts(r#"prêts à "renforcer" leur coopération, et "vite"."#).len(),
            2
        );
    }

    #[test]
    fn an_unclosed_quote_stops_at_the_next_one_after_a_full_stop() {
        let q = texts("ajoutant : « Les sanctions ont échoué. « Nous avançons », indique le texte.");
        assert_eq!(q[0], (0, "Les sanctions ont échoué.".into(), false));
        assert_eq!(q[1], (0, "Nous avançons".into(), true));
    }

    #[test]
    fn a_doubled_opening_mark_is_one_mark() {
        assert_eq!(
            texts("que « « Le texte est clair.» Puis."),
            [(0, "« Le texte est clair.".into(), true)]
        );
    }

    #[test]
    fn wrong_closing_mark_closes() {
        assert_eq!(
            texts("« Nous resterons” a-t-il dit."),
            [(0, "Nous resterons".into(), true)]
        );
    }

    #[test]
    fn a_straight_mark_closes_a_curly_one() {
        assert_eq!(
            texts("X : “Un grand danger\". Puis."),
            [(0, "Un grand danger".into(), true)]
        );
    }

    #[test]
    fn straight_quotes_with_spaces_inside_pair_up() {
        assert_eq!(
            texts("\" Nous n'avons rien su, jamais \", a-t-il dit. Il parle d'une \" affaire de claques \"."),
            [
                (0, "Nous n'avons rien su, jamais".into(), true),
                (0, "affaire de claques".into(), true)
            ]
        );
    }

    #[test]
    fn an_opening_mark_typed_as_a_closing_one_opens() {
        assert_eq!(
            texts("» Rien ne bouge », a dit la maire, ajoutant qu' »Alba a tout bloqué »."),
            [
                (0, "Rien ne bouge".into(), true),
                (0, "Alba a tout bloqué".into(), true)
            ]
        );
        assert_eq!(
            texts("”Nous partirons”, a averti le prévenu. Il a ri."),
            [(0, "Nous partirons".into(), true)]
        );
        // A » after a word closes nothing and opens nothing.
        assert_eq!(texts("les mots » et « autres »."), [(0, "autres".into(), true)]);
    }

    #[test]
    fn a_closing_guillemet_typed_as_an_opening_one_closes() {
        assert_eq!(
            texts("« Nous tiendrons bon «, a dit la maire. « Oui », a-t-elle ajouté."),
            [(0, "Nous tiendrons bon".into(), true), (0, "Oui".into(), true)]
        );
    }

    #[test]
    fn single_curly_quotes_pair_up_around_apostrophes() {
        assert_eq!(
            texts("Elle a dit : ‘Nous n’irons pas à l’usine.’ Puis elle est partie, aujourd’hui."),
            [(0, "Nous n’irons pas à l’usine.".into(), true)]
        );
        // A lone ‘ with no closing ’ after it opens nothing.
        assert!(texts("Le ‘ signe et l’apostrophe.").is_empty());
    }

    #[test]
    fn straight_single_quotes_pair_up_around_apostrophes() {
        assert_eq!(
            texts("Il a dit: 'C'est clair, je fais de la 'Realpolitik'. Voilà.' Puis l'heure."),
            [
                (0, "C'est clair, je fais de la 'Realpolitik'. Voilà.".into(), true),
                (1, "Realpolitik".into(), true)
            ]
        );
        assert!(texts("L'État et l'école d'aujourd'hui.").is_empty());
    }

    #[test]
    fn double_primes_pair_up_like_straight_quotes() {
        assert_eq!(
            texts("Il a prévenu : ″Nous gagnerons.″ Fin."),
            [(0, "Nous gagnerons.".into(), true)]
        );
    }

    #[test]
    fn never_closed_runs_to_paragraph_end_and_may_continue() {
        let t = "« Premier paragraphe de la citation.";
        let q = scan(t, 0, t.len(), true, false);
        assert!(q[0].continues && q[0].close.is_none());
        assert_eq!(&t[q[0].start..q[0].end], "Premier paragraphe de la citation.");
    }

    #[test]
    fn thousands_of_opening_marks_stay_linear() {
        let t = "« ".repeat(20000) + "fin";
        let started = std::time::Instant::now();
        let q = scan(&t, 0, t.len(), false, false);
        assert!(started.elapsed().as_millis() < 500);
        assert_eq!(q.len(), 1);
    }
}

#[cfg(test)]
mod typed_marks {
    use super::*;

    fn texts(t: &str) -> Vec<(usize, String, bool)> {
        scan(t, 0, t.len(), false, false)
            .into_iter()
            .map(|q| (q.depth, t[q.start..q.end].to_string(), q.close.is_some()))
            .collect()
    }

    #[test]
    fn two_single_marks_for_a_double_one() {
        assert_eq!(
            texts("‘’Nous ferons appel’’ explique Luc Arnaud."),
            [(0, "Nous ferons appel".into(), true)]
        );
        assert_eq!(
            texts("‘’Nous ferons appel” explique-t-il."),
            [(0, "Nous ferons appel".into(), true)]
        );
    }

    #[test]
    fn a_straight_mark_glued_to_a_sentence_end_opens() {
        assert_eq!(
            texts("selon l'AFP.\"Nous ferons appel\", a dit Luc Arnaud."),
            [(0, "Nous ferons appel".into(), true)]
        );
    }
}
