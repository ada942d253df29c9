//! Per-article extraction: furniture → segment (paragraphs, quotations, sentences) → the article's
//! people → cues → attribution → reported speech and the outlet's own claims → claims with stable ids.
//! Each step is a module; this one chains them. Nothing here reads or writes files.

pub mod attribute;
pub mod cues;
pub mod describe;
pub mod furniture;
pub mod incise;
pub mod lexicon;
pub mod np;
pub mod people;
pub mod quotes;
pub mod reported;
pub mod roles;
pub mod segment;

use crate::article::Article;
use crate::claim::{judged_words, Claim, Kind, Review};
use crate::text::{display, Fnv64};
use std::collections::HashMap;

/// Builds the language pack and every lookup compiled from it, on all cores at once, before articles
/// come: built by the first article instead, they would keep the other cores waiting on it.
pub fn prepare() {
    rayon::join(
        || {
            lexicon::Lexicon::get();
        },
        || {
            rayon::join(crate::lang::furniture::prepare, || {
                rayon::join(crate::article::prepare, crate::lang::first_names::prepare)
            })
        },
    );
}

/// Every claim of one article, in the order of the text.
pub fn extract(article: &Article) -> Vec<Claim> {
    let furniture = furniture::find(&article.text, article.body_start);
    let mut doc = segment::segment(&article.text, article.body_start, &furniture);
    doc.title = (article.meta.title.as_deref())
        .and_then(|t| segment::title_sentence(&article.text, article.body_start, t));
    let mut found = attribute::Walker::new(&doc).run();
    found.sort_by_key(|f| (f.span, f.kind));
    // The same words found twice for the same speaker are one claim; for two speakers (`Paris et Berlin
    // ont démenti`), one claim each.
    found.dedup_by(|a, b| {
        a.span == b.span
            && a.kind == b.kind
            && a.text == b.text
            && a.speaker.as_ref().map(|s| &s.name) == b.speaker.as_ref().map(|s| &s.name)
    });
    let m = &article.meta;
    let mut claims: Vec<Claim> = found
        .into_iter()
        .map(|f| {
            // Names as a reader sees them, whatever invisible or decomposed characters the page held.
            let speaker_name = f.speaker.as_ref().map(|s| display(&s.name));
            Claim {
                id: String::new(),
                article: m.article.clone(),
                outlet: m.outlet.clone(),
                agency: m.agency.clone(),
                date: m.date.clone(),
                title: m.title.clone(),
                speaker: speaker_name.clone(),
                speaker_mention: f.speaker.as_ref().map(|s| display(&s.mention)),
                speaker_name,
                speaker_kind: f.speaker.as_ref().map(|s| s.kind),
                role: f.speaker.as_ref().and_then(|s| s.role.as_deref().map(display)),
                via: f.via.iter().map(|v| display(v)).collect(),
                kind: f.kind,
                stance: f.stance,
                cue: f.cue,
                text: crate::text::on_one_line(&f.text).into_owned(),
                span: [f.span.0, f.span.1],
                rule: f.rule,
                review: Review::default(),
            }
        })
        .collect();
    assign_ids(&mut claims, &m.article);
    claims
}

/// Gives each claim its stable id (see `claim_id`): the claims are in the order of the text, and the
/// same words of the same kind said twice in the article are told apart by their rank.
pub fn assign_ids(claims: &mut [Claim], article_key: &str) {
    let mut seen: HashMap<(Kind, String), u32> = HashMap::new();
    for c in claims {
        let words = judged_words(&c.text);
        let rank = *seen
            .entry((c.kind, words.clone()))
            .and_modify(|r| *r += 1)
            .or_insert(0);
        c.id = id_of_judged(article_key, c.kind, &words, rank);
    }
}

/// A stable id: FNV-1a over the article's key (its name in the store), the claim's kind and its words
/// (white space and invisible characters aside), and the rank of those words among the article's claims
/// of that kind. It depends on what a reviewer judged, not on where the words stand or whom the rules
/// give them to: the same claim gets the same id on every run and every machine, after an edit elsewhere
/// in the article, and after the attribution rules change.
pub fn claim_id(article_key: &str, kind: Kind, text: &str, rank: u32) -> String {
    id_of_judged(article_key, kind, &judged_words(text), rank)
}

/// `claim_id` of words already read by `judged_words`.
fn id_of_judged(article_key: &str, kind: Kind, judged: &str, rank: u32) -> String {
    let mut h = Fnv64::default();
    let mut part = |bytes: &[u8]| {
        h.write(bytes);
        h.write(&[0xff]);
    };
    let mut digits = [0u8; 20];
    part(article_key.as_bytes());
    part(kind.name().as_bytes());
    part(judged.as_bytes());
    if rank > 0 {
        part(decimal(rank as usize, &mut digits));
    }
    let stem = std::path::Path::new(article_key)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(article_key);
    let short = stem.char_indices().nth(12).map_or(stem, |(end, _)| &stem[..end]);
    format!("{short}-{:016x}", h.finish())
}

/// `n` written in decimal into `buf`, without allocating.
fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[at..];
        }
    }
}
