//! The review page: one self-contained HTML file (inline style and script, nothing fetched) that shows the
//! disputes first, each with its sides next to each other, then the claims in no dispute. Each claim shows
//! its sentence in the article with the claim's words highlighted, who said it, the outlet and date with a
//! link to the article, and the reviewer's status. Filters by speaker, outlet, status and relation hide
//! what does not match; they can also be set from the address (`page.html#relation=contradict&speaker=Iran`),
//! and the address follows them, so a filtered view can be shared.
//!
//! A dispute is a list of sides, each a list of claims: a relation between two claims is a dispute of two
//! sides of one claim each, and a thread of claims on one proposition fits as it is.
//!
//! Not here: which relations exist (`corpus::compare`), which claims a comparison takes (`review`).

use crate::claim::{judged_words, ArticleMeta, Claim, Relation, RelationKind, ReviewStatus};
use crate::report::name_of;
use crate::store::ArticleRecord;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write;

/// Something to settle: claims on one question, in sides.
#[derive(Debug)]
pub struct Dispute<'a> {
    /// `contradict`, `neutral` or `agree`: what the sides do to each other.
    pub relation: RelationKind,
    pub score: f64,
    /// Why the sides were put together: the rule that fired and the words it matched.
    pub reason: String,
    pub sides: Vec<Vec<&'a Claim>>,
}

/// The relations as disputes, contradictions first, then the answers that neither confirm nor deny, then
/// agreements; within each, claims of two outlets first, then by score.
pub fn disputes<'a>(relations: &[Relation], by_id: &HashMap<&str, &'a Claim>) -> Vec<Dispute<'a>> {
    let rank = |k: RelationKind| match k {
        RelationKind::Contradict => 0,
        RelationKind::Neutral => 1,
        RelationKind::Agree => 2,
        RelationKind::Unrelated => 3,
    };
    let mut out: Vec<(bool, Dispute)> = relations
        .iter()
        .filter(|r| r.relation != RelationKind::Unrelated)
        .filter_map(|r| {
            let (a, b) = (*by_id.get(r.a.as_str())?, *by_id.get(r.b.as_str())?);
            let same_outlet = a.outlet.is_none() || b.outlet.is_none() || a.outlet == b.outlet;
            Some((
                same_outlet,
                Dispute {
                    relation: r.relation,
                    score: r.score,
                    reason: r.reason.clone(),
                    sides: vec![vec![a], vec![b]],
                },
            ))
        })
        .collect();
    out.sort_by(|(x_same, x), (y_same, y)| {
        rank(x.relation)
            .cmp(&rank(y.relation))
            .then(x_same.cmp(y_same))
            .then(y.score.total_cmp(&x.score))
    });
    out.into_iter().map(|(_, d)| d).collect()
}

/// The page for `claims` (as shown, with reviewers' corrections) of `records`, with the disputes of
/// `relations` first.
pub fn build(records: &[ArticleRecord], claims: &[Claim], relations: &[Relation]) -> String {
    let by_id: HashMap<&str, &Claim> = claims.iter().map(|c| (c.id.as_str(), c)).collect();
    render(records, claims, &disputes(relations, &by_id))
}

/// The article text of each record whose file can still be read, and each claim's extracted words, so
/// that a claim's sentence is taken from the article only where its span still points at them.
struct Sources<'a> {
    meta: HashMap<&'a str, &'a ArticleMeta>,
    extracted: HashMap<&'a str, &'a str>,
    texts: HashMap<&'a str, Option<String>>,
}

impl<'a> Sources<'a> {
    fn new(records: &'a [ArticleRecord]) -> Self {
        let mut meta = HashMap::new();
        let mut extracted = HashMap::new();
        for r in records {
            for c in &r.claims {
                meta.insert(c.id.as_str(), &r.meta);
                extracted.insert(c.id.as_str(), c.text.as_str());
            }
        }
        Sources {
            meta,
            extracted,
            texts: HashMap::new(),
        }
    }

    /// The words before the claim in its sentence, the claim's evidence, the words after.
    fn sentence(&mut self, c: &Claim) -> Option<(String, String, String)> {
        let meta = *self.meta.get(c.id.as_str())?;
        let text = self
            .texts
            .entry(meta.path.as_str())
            .or_insert_with(|| std::fs::read_to_string(&meta.path).ok())
            .as_deref()?;
        let [s, e] = c.span;
        if s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            return None;
        }
        // The article may have changed since it was extracted: the span must still start with the
        // claim's first word.
        let first = judged_words(self.extracted.get(c.id.as_str())?)
            .split(' ')
            .next()?
            .to_string();
        if !judged_words(&text[s..e]).starts_with(&first) {
            return None;
        }
        let ends = |ch: char| matches!(ch, '.' | '!' | '?' | '\n');
        let mut start = text[..s]
            .char_indices()
            .rev()
            .find(|&(i, ch)| ends(ch) && i + 1 < s)
            .map_or(0, |(i, ch)| i + ch.len_utf8());
        start = start.max(floor(text, s.saturating_sub(400)));
        let mut end = text[e..]
            .char_indices()
            .find(|&(_, ch)| ends(ch))
            .map_or(text.len(), |(i, ch)| e + i + ch.len_utf8());
        end = end.min(ceil(text, e + 400));
        Some((
            text[start..s].trim_start().to_string(),
            text[s..e].to_string(),
            text[e..end].trim_end().to_string(),
        ))
    }
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Text made safe inside HTML, attributes included.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What a filter compares a claim by.
fn speaker(c: &Claim) -> String {
    c.speaker.clone().unwrap_or_else(|| "(outlet)".into())
}

fn outlet(c: &Claim) -> String {
    c.outlet.clone().unwrap_or_else(|| "(unknown outlet)".into())
}

/// How many disputes of a relation there are, in words.
fn relation_count(k: RelationKind, n: usize) -> String {
    match k {
        RelationKind::Contradict => crate::report::count(n, "contradiction", "contradictions"),
        RelationKind::Neutral => format!("{n} neither confirmed nor denied"),
        RelationKind::Agree => crate::report::count(n, "agreement", "agreements"),
        RelationKind::Unrelated => format!("{n} unrelated"),
    }
}

fn relation_label(k: Option<RelationKind>) -> &'static str {
    match k {
        Some(RelationKind::Contradict) => "contradiction",
        Some(RelationKind::Neutral) => "neither confirmed nor denied",
        Some(RelationKind::Agree) => "agreement",
        Some(RelationKind::Unrelated) => "unrelated",
        None => "in no dispute",
    }
}

/// A JSON array of strings for a `data-` attribute, which the page's script reads.
fn data_list<'s>(values: impl Iterator<Item = &'s str>) -> String {
    let set: BTreeSet<&str> = values.collect();
    esc(&serde_json::to_string(&set).expect("strings always serialise"))
}

fn claim_html(out: &mut String, c: &Claim, sources: &mut Sources) {
    let meta = sources.meta.get(c.id.as_str()).copied();
    let place: Vec<String> = [c.outlet.clone(), c.date.clone()].into_iter().flatten().collect();
    let place = if place.is_empty() {
        "the article".to_string()
    } else {
        place.join(", ")
    };
    // The article's address, else the article file itself where it still is.
    let url = meta.and_then(|m| m.url.clone()).or_else(|| {
        let file = std::fs::canonicalize(&meta?.path).ok()?;
        Some(format!("file://{}", file.display()))
    });
    let link = match url {
        Some(url) => format!("<a href=\"{}\">{}</a>", esc(&url), esc(&place)),
        None => esc(&place),
    };
    let status = name_of(&c.review.status);
    let _ = write!(
        out,
        "<article class=\"claim\" id=\"claim-{id}\"><p class=\"who\"><b>{who}</b> <span class=\"stance\">{stance}</span> \
         <span class=\"status s-{status}\">{status}</span></p><p class=\"where\">{link} · {article} · <code>{id}</code></p>",
        id = esc(&c.id),
        who = esc(&speaker(c)),
        stance = esc(&name_of(&c.stance)),
        article = esc(&c.article),
    );
    let corrected = c.review.text.is_some();
    match sources.sentence(c).filter(|_| !corrected) {
        Some((before, words, after)) => {
            let _ = write!(
                out,
                "<blockquote>{}<mark>{}</mark>{}</blockquote>",
                esc(&before),
                esc(&words),
                esc(&after)
            );
        }
        None => {
            let _ = write!(out, "<blockquote><mark>{}</mark></blockquote>", esc(&c.text));
        }
    }
    if let Some(note) = &c.review.note {
        let _ = write!(out, "<p class=\"note\">{}</p>", esc(note));
    }
    out.push_str("</article>");
}

/// The page: counts and filters, the disputes, then the claims in no dispute.
pub fn render(records: &[ArticleRecord], claims: &[Claim], disputes: &[Dispute]) -> String {
    let mut sources = Sources::new(records);
    let mut items = String::new();
    let mut in_dispute: HashSet<&str> = HashSet::new();
    let mut by_relation: BTreeMap<RelationKind, usize> = BTreeMap::new();
    let section = |out: &mut String,
                   relation: Option<RelationKind>,
                   sides: &[Vec<&Claim>],
                   head: &str,
                   sources: &mut Sources| {
        let all = || sides.iter().flatten();
        let speakers: Vec<String> = all().map(|c| speaker(c)).collect();
        let outlets: Vec<String> = all().map(|c| outlet(c)).collect();
        let statuses: Vec<String> = all().map(|c| name_of(&c.review.status)).collect();
        let rel = relation.map_or("none".to_string(), |r| name_of(&r));
        let _ = write!(
            out,
            "<section class=\"item r-{rel}\" data-relation=\"{rel}\" data-speaker=\"{}\" data-outlet=\"{}\" data-status=\"{}\">{head}<div class=\"sides\">",
            data_list(speakers.iter().map(String::as_str)),
            data_list(outlets.iter().map(String::as_str)),
            data_list(statuses.iter().map(String::as_str)),
        );
        for side in sides {
            out.push_str("<div class=\"side\">");
            for c in side {
                claim_html(out, c, sources);
            }
            out.push_str("</div>");
        }
        out.push_str("</div></section>\n");
    };
    for d in disputes {
        *by_relation.entry(d.relation).or_default() += 1;
        in_dispute.extend(d.sides.iter().flatten().map(|c| c.id.as_str()));
        let head = format!(
            "<h2><span class=\"rel\">{}</span> <span class=\"score\">{:.2}</span></h2><p class=\"reason\">{}</p>",
            esc(relation_label(Some(d.relation))),
            d.score,
            esc(&d.reason)
        );
        section(&mut items, Some(d.relation), &d.sides, &head, &mut sources);
    }
    let alone: Vec<&Claim> = claims
        .iter()
        .filter(|c| !in_dispute.contains(c.id.as_str()))
        .collect();
    if !alone.is_empty() {
        items.push_str("<h2 class=\"part\">Claims in no dispute</h2>\n");
    }
    for c in &alone {
        section(&mut items, None, &[vec![c]], "", &mut sources);
    }

    let options = |values: BTreeSet<String>| -> String {
        values
            .iter()
            .map(|v| format!("<option value=\"{0}\">{0}</option>", esc(v)))
            .collect()
    };
    let statuses: BTreeMap<String, usize> = claims.iter().fold(BTreeMap::new(), |mut m, c| {
        *m.entry(name_of(&c.review.status)).or_default() += 1;
        m
    });
    let articles: BTreeSet<&str> = claims.iter().map(|c| c.article.as_str()).collect();
    let total = disputes.len() + alone.len();
    let mut counts = format!(
        "<b>{}</b> {} ({}), <b>{}</b> claims in <b>{}</b> articles; statuses: {}",
        disputes.len(),
        if disputes.len() == 1 {
            "dispute"
        } else {
            "disputes"
        },
        [
            RelationKind::Contradict,
            RelationKind::Neutral,
            RelationKind::Agree
        ]
        .iter()
        .filter_map(|k| by_relation.get(k).map(|n| relation_count(*k, *n)))
        .collect::<Vec<_>>()
        .join(", "),
        claims.len(),
        articles.len(),
        statuses
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if disputes.is_empty() {
        counts = counts.replacen(" ()", "", 1);
    }
    let relations: String = [
        RelationKind::Contradict,
        RelationKind::Neutral,
        RelationKind::Agree,
    ]
    .iter()
    .map(|k| {
        format!(
            "<option value=\"{}\">{}</option>",
            name_of(k),
            relation_label(Some(*k))
        )
    })
    .collect::<String>()
        + "<option value=\"none\">in no dispute</option>";
    let all_statuses = [
        ReviewStatus::Unreviewed,
        ReviewStatus::Confirmed,
        ReviewStatus::Rejected,
        ReviewStatus::Corrected,
        ReviewStatus::Recheck,
    ]
    .iter()
    .map(name_of)
    .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
         <title>claimcheck: claims to review</title><style>{STYLE}</style></head><body>\n<header><h1>Claims to review</h1>\
         <p id=\"counts\">{counts}</p><form id=\"filters\">\
         <label>speaker <select name=\"speaker\"><option value=\"\">all</option>{}</select></label>\
         <label>outlet <select name=\"outlet\"><option value=\"\">all</option>{}</select></label>\
         <label>status <select name=\"status\"><option value=\"\">all</option>{}</select></label>\
         <label>relation <select name=\"relation\"><option value=\"\">all</option>{relations}</select></label>\
         </form><p id=\"shown\">showing <b id=\"n-shown\">{total}</b> of {total}</p></header>\n<main>\n{items}</main>\n\
         <script>{SCRIPT}</script></body></html>\n",
        options(claims.iter().map(speaker).collect()),
        options(claims.iter().map(outlet).collect()),
        options(all_statuses),
    )
}

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#f6f6f4}\
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5rem 1rem;z-index:1}\
h1{font-size:1.2rem;margin:.2rem 0}#counts,#shown{margin:.2rem 0}#filters label{margin-right:1rem}\
main{padding:.5rem 1rem}.item{background:#fff;border:1px solid #ddd;border-left:5px solid #999;margin:.7rem 0;padding:.4rem .8rem}\
.r-contradict{border-left-color:#c0392b}.r-agree{border-left-color:#27ae60}.r-neutral{border-left-color:#d4a017}\
.item h2{font-size:1rem;margin:.2rem 0}.rel{text-transform:uppercase}.score{color:#777;font-weight:normal}\
.reason{color:#555;font-size:.9rem;margin:.2rem 0}.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}\
.claim p{margin:.2rem 0}.where{font-size:.85rem;color:#555}blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #eee}\
mark{background:#fde68a}.stance{font-style:italic}.status{font-size:.8rem;border-radius:3px;padding:0 .3rem;background:#eee}\
.s-confirmed{background:#c8ecd1}.s-rejected{background:#f6c6c0}.s-corrected{background:#cfe0fb}.s-recheck{background:#fbe3b8}\
.note{font-size:.9rem;color:#334}.part{font-size:1rem;margin-top:1.5rem}[hidden]{display:none}";

/// Applies the filters to every item, keeps the address in step with them, and reads them from it.
const SCRIPT: &str = r#"
(function () {
  var form = document.getElementById('filters');
  var items = Array.prototype.slice.call(document.querySelectorAll('section.item'));
  var keys = ['speaker', 'outlet', 'status', 'relation'];
  function apply() {
    var shown = 0;
    items.forEach(function (item) {
      var ok = keys.every(function (k) {
        var want = form.elements[k].value;
        if (!want) return true;
        if (k === 'relation') return item.dataset.relation === want;
        return JSON.parse(item.dataset[k]).indexOf(want) >= 0;
      });
      item.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById('n-shown').textContent = shown;
  }
  function fromAddress() {
    var params = new URLSearchParams(location.hash.slice(1));
    keys.forEach(function (k) { form.elements[k].value = params.get(k) || ''; });
    apply();
  }
  form.addEventListener('change', function () {
    var params = new URLSearchParams();
    keys.forEach(function (k) { if (form.elements[k].value) params.set(k, form.elements[k].value); });
    history.replaceState(null, '', '#' + params.toString());
    apply();
  });
  window.addEventListener('hashchange', fromAddress);
  fromAddress();
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(
            esc("<a href=\"x\">l'été & co</a>"),
            "&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; co&lt;/a&gt;"
        );
    }
}
