//! Per-article extraction: furniture → segment (paragraphs, quotations, sentences) → the article's
//! people → cues → attribution → reported speech and the outlet's own claims → claims with stable ids.
//! Each step is a module; this one chains them. Nothing here reads or writes files.

pub mod attribute;
pub mod cues;
pub mod furniture;
pub mod lexicon;
pub mod np;
pub mod people;
pub mod quotes;
pub mod reported;
pub mod segment;

use crate::article::Article;
use crate::claim::{Claim, Kind, Review};

/// Builds the language pack and every lookup compiled from it, on all cores at once, before articles
/// come: built by the first article instead, they would keep the other cores waiting on it.
pub fn prepare() {
    rayon::join(
        || {
            lexicon::Lexicon::get();
        },
        crate::article::prepare,
    );
}

/// Every claim of one article, in the order of the text.
pub fn extract(article: &Article) -> Vec<Claim> {
    let furniture = furniture::find(&article.text, article.body_start);
    let doc = segment::segment(&article.text, article.body_start, &furniture);
    let mut found = attribute::Walker::new(&doc).run();
    found.sort_by_key(|f| (f.span.0, f.span.1, f.kind));
    let m = &article.meta;
    let mut claims: Vec<Claim> = found
        .into_iter()
        .map(|f| {
            let speaker_name = f.speaker.as_ref().map(|s| s.name.clone());
            Claim {
                id: claim_id(&m.article, f.kind, f.span, &f.text, speaker_name.as_deref()),
                article: m.article.clone(),
                outlet: m.outlet.clone(),
                agency: m.agency.clone(),
                date: m.date.clone(),
                title: m.title.clone(),
                speaker: speaker_name.clone(),
                speaker_mention: f.speaker.as_ref().map(|s| s.mention.clone()),
                speaker_name,
                speaker_kind: f.speaker.as_ref().map(|s| s.kind),
                role: f.speaker.as_ref().and_then(|s| s.role.clone()),
                via: f.via,
                kind: f.kind,
                stance: f.stance,
                cue: f.cue,
                text: f.text,
                span: [f.span.0, f.span.1],
                rule: f.rule,
                review: Review::default(),
            }
        })
        .collect();
    claims.dedup_by(|a, b| a.id == b.id);
    claims
}

/// A stable id: FNV-1a over the article's name, the claim's kind, span, words and speaker. The same
/// claim of the same article gets the same id on every run and every machine.
pub fn claim_id(
    article: &str,
    kind: Kind,
    span: (usize, usize),
    text: &str,
    speaker: Option<&str>,
) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut hash = |part: &[u8]| {
        for &b in part.iter().chain(&[0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut digits = [0u8; 20];
    hash(article.as_bytes());
    hash(kind.name().as_bytes());
    hash(decimal(span.0, &mut digits));
    hash(decimal(span.1, &mut digits));
    hash(text.as_bytes());
    hash(speaker.unwrap_or("").as_bytes());
    let stem = std::path::Path::new(article)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(article);
    let short = stem.char_indices().nth(12).map_or(stem, |(end, _)| &stem[..end]);
    format!("{short}-{h:016x}")
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
