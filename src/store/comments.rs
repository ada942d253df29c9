//! Reviewers' comments in a store file (`# seen in the video`) survive the file's rewrite. The store is
//! written from its data, which has no place for comments, so they are read off the old file's lines,
//! each tied to the claim it stands in or above (or to the file's head), and written back at the same
//! place in the new file: above the claim's `- id:` line, or at the end when the claim is gone. A comment
//! at the end of a line is kept as a line of its own above its claim.
//!
//! Not here: writing the file (`write`).

/// Where a comment belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Anchor {
    /// Before the first claim: the article's metadata.
    Head,
    /// Inside or right above the claim with this id.
    Claim(String),
}

/// Whether the bytes may hold a comment (a `#` at the start of a line or after a space): a quick test,
/// so that only such files are read again at write time.
pub fn any(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'#' && (i == 0 || matches!(bytes[i - 1], b' ' | b'\n' | b'\t')))
}

/// The comments of `old`, each with its anchor, in file order.
fn collect(old: &str) -> Vec<(Anchor, String)> {
    let mut out = Vec::new();
    // Comments waiting for the next line that says what they stand above, with their indentation.
    let mut pending: Vec<(usize, String)> = Vec::new();
    let mut anchor = Anchor::Head;
    let mut block_indent: Option<usize> = None;
    for line in old.lines() {
        let indent = line.len() - line.trim_start().len();
        let body = line.trim_start();
        if let Some(b) = block_indent {
            if body.is_empty() || indent > b {
                continue;
            }
            block_indent = None;
        }
        if body.starts_with('#') {
            pending.push((indent, body.to_string()));
            continue;
        }
        if body.is_empty() {
            continue;
        }
        if let Some(id) = claim_id(body) {
            // A comment indented deeper than the new claim still stood inside the one before.
            let inside = pending.iter().take_while(|(i, _)| *i > indent).count();
            out.extend(pending.drain(..inside).map(|(_, c)| (anchor.clone(), c)));
            anchor = Anchor::Claim(id);
        }
        out.extend(pending.drain(..).map(|(_, c)| (anchor.clone(), c)));
        let (content, trailing) = split_comment(body);
        if let Some(c) = trailing {
            out.push((anchor.clone(), c.to_string()));
        }
        if content.ends_with('|') || content.contains(": |") || content.contains(": >") {
            block_indent = Some(indent);
        }
    }
    out.extend(pending.into_iter().map(|(_, c)| (anchor.clone(), c)));
    out
}

/// The id of the claim a line opens (`- id: x` or `- id: 'x'`).
fn claim_id(body: &str) -> Option<String> {
    let v = body.strip_prefix("- id:")?.trim();
    let (v, _) = split_comment(v);
    Some(v.trim().trim_matches(['\'', '"']).to_string())
}

/// A line's content and its comment, if any: a `#` after a space, outside quotes.
fn split_comment(body: &str) -> (&str, Option<&str>) {
    let bytes = body.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(b'"') if b == b'\\' => i += 1,
            Some(q) if b == q => {
                // `''` inside single quotes is an escaped quote.
                if q == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                    i += 1;
                } else {
                    quote = None;
                }
            }
            Some(_) => {}
            None if (b == b'\'' || b == b'"') && (i == 0 || matches!(bytes[i - 1], b' ' | b'[' | b',')) => {
                quote = Some(b)
            }
            None if b == b'#' && i > 0 && matches!(bytes[i - 1], b' ' | b'\t') => {
                return (body[..i].trim_end(), Some(&body[i..]));
            }
            None => {}
        }
        i += 1;
    }
    (body, None)
}

/// `new` with the comments of `old` put back where they belong.
pub fn carry(old: &str, new: &str) -> String {
    let comments = collect(old);
    if comments.is_empty() {
        return new.to_string();
    }
    let mut out = String::with_capacity(new.len() + comments.len() * 40);
    for (a, c) in &comments {
        if *a == Anchor::Head {
            out.push_str(c);
            out.push('\n');
        }
    }
    let mut placed: Vec<bool> = comments.iter().map(|(a, _)| *a == Anchor::Head).collect();
    for line in new.lines() {
        let body = line.trim_start();
        if let Some(id) = claim_id(body) {
            let indent = &line[..line.len() - body.len()];
            for (i, (a, c)) in comments.iter().enumerate() {
                if !placed[i] && *a == Anchor::Claim(id.clone()) {
                    out.push_str(indent);
                    out.push_str(c);
                    out.push('\n');
                    placed[i] = true;
                }
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    for (i, (a, c)) in comments.iter().enumerate() {
        if !placed[i] {
            if let Anchor::Claim(id) = a {
                out.push_str(&format!("# (on claim {id}, no longer in this file) "));
                out.push_str(c.trim_start_matches('#').trim_start());
            } else {
                out.push_str(c);
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "# relu le 3 mai\narticle: a.txt\nclaims:\n# la citation clé\n- id: a-1\n  text: 'un # pas un commentaire'\n  review:\n    status: confirmed # vu dans la vidéo\n- id: a-2\n  text: deux\n  # à revoir\n- id: a-3\n  text: trois # fin\n";

    #[test]
    fn comments_find_their_claims_again() {
        let new = "article: a.txt\nclaims:\n- id: a-2\n  text: deux\n- id: a-1\n  text: 'un # pas un commentaire'\n  review:\n    status: confirmed\n";
        assert_eq!(
            carry(OLD, new),
            "# relu le 3 mai\narticle: a.txt\nclaims:\n# à revoir\n- id: a-2\n  text: deux\n# la citation clé\n# vu dans la vidéo\n- id: a-1\n  text: 'un # pas un commentaire'\n  review:\n    status: confirmed\n# (on claim a-3, no longer in this file) fin\n"
        );
    }

    #[test]
    fn a_hash_inside_quotes_or_a_word_is_no_comment() {
        assert_eq!(split_comment("text: 'a # b'"), ("text: 'a # b'", None));
        assert_eq!(
            split_comment("text: \"a \\\" # b\""),
            ("text: \"a \\\" # b\"", None)
        );
        assert_eq!(split_comment("text: C#"), ("text: C#", None));
        assert_eq!(split_comment("note: l'avis # c"), ("note: l'avis", Some("# c")));
        assert!(!any(b"text: C#\n"));
        assert!(any(b"a: b\n# c\n"));
    }

    #[test]
    fn a_file_without_comments_is_written_as_it_is() {
        let new = "article: a.txt\nclaims: []\n";
        assert_eq!(carry("article: a.txt\nclaims: []\n", new), new);
    }
}
