//! Numbers and dates in a statement: quantities read as intervals of values for one unit, and two
//! quantities that cannot both hold.

use super::*;

/// A quantity read in a statement: an interval of values for one unit (a content stem, `%`, or a date part).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Quantity {
    pub(super) lo: f64,
    pub(super) hi: f64,
    pub(super) unit: String,
    pub(super) surface: String,
}
/// Two quantities of the same unit, one per side, such that no quantity of that unit on one side fits
/// any on the other.
pub(super) fn number_clash<'p>(a: &'p Profile, b: &'p Profile) -> Option<(&'p Quantity, &'p Quantity)> {
    for qa in &a.quantities {
        let others: Vec<&Quantity> = b.quantities.iter().filter(|q| q.unit == qa.unit).collect();
        let mine = a.quantities.iter().filter(|q| q.unit == qa.unit);
        let Some(first) = others.first() else {
            continue;
        };
        // A date clashes only when each side gives one: a story with several dates tells several events.
        let distinct = |qs: &mut dyn Iterator<Item = &Quantity>| {
            let mut v: Vec<(f64, f64)> = qs.map(|q| (q.lo, q.hi)).collect();
            v.dedup();
            v.len()
        };
        if qa.unit.starts_with('@')
            && (distinct(&mut mine.clone()) > 1 || distinct(&mut others.iter().copied()) > 1)
        {
            continue;
        }
        // Two per cent of slack for amounts (`1,34 milliard` and `1,342 milliard` are one figure rounded);
        // none for dates.
        let slack = if qa.unit.starts_with('@') { 1.0 } else { 1.02 };
        let fits = |x: &Quantity, y: &Quantity| x.lo <= y.hi * slack && y.lo <= x.hi * slack;
        // `40 des 52 drones`: a figure the other side also gives, in any unit, is no clash.
        // (A date is no amount: `depuis 2019` holds every year after, not every figure.)
        let named_there = |x: &Quantity| {
            b.quantities
                .iter()
                .any(|y| fits(x, y) && x.unit.starts_with('@') == y.unit.starts_with('@'))
        };
        if !mine.clone().any(|x| others.iter().any(|y| fits(x, y))) && !named_there(qa) {
            return Some((qa, first));
        }
    }
    None
}
/// The value of a number at `i` (digits, with a decimal comma and thousands groups, or number words),
/// the index after it, and whether the word is an approximate collective (`dizaine`, `milliers`).
pub(super) fn number_at(words: &[Word], i: usize, lx: &Lex) -> Option<(f64, usize, bool)> {
    let w = words.get(i)?;
    let (mut value, mut next, mut approx);
    if w.folded.starts_with(|c: char| c.is_ascii_digit()) {
        // `120.832` is a thousands group in French; `1.5` a decimal.
        let mut digits = match w.folded.split_once('.') {
            Some((int, frac)) if int.len() <= 3 && frac.split('.').all(|g| g.len() == 3) => {
                w.folded.replace('.', "")
            }
            _ => w.folded.clone(),
        };
        next = i + 1;
        // Thousands groups `3 000 000`, decimal comma `3,6`.
        while let Some(g) = words.get(next) {
            if g.folded.len() == 3 && g.folded.chars().all(|c| c.is_ascii_digit()) && !digits.contains('.') {
                digits.push_str(&g.folded);
                next += 1;
            } else if g.surface == ","
                && words
                    .get(next + 1)
                    .is_some_and(|d| d.folded.chars().all(|c| c.is_ascii_digit()))
            {
                digits.push('.');
                digits.push_str(words.get(next + 1).map(|d| d.folded.as_str()).unwrap_or("0"));
                next += 2;
                break;
            } else {
                break;
            }
        }
        value = digits.parse::<f64>().ok()?;
        approx = false;
    } else {
        let parts: Vec<&str> = w.folded.split('-').filter(|p| *p != "et").collect();
        if parts.is_empty() {
            return None;
        }
        let mut total = 0.0;
        for part in &parts {
            let v = *lx.number_words.get(*part)?;
            total = if v >= 100.0 && total > 0.0 && total < v {
                total * v
            } else {
                total + v
            };
        }
        value = total;
        next = i + 1;
        approx = w.folded.ends_with("aine")
            || w.folded.ends_with("aines")
            || w.folded.ends_with("ier")
            || w.folded.ends_with("iers");
    }
    // A scale word: `4 milliards`, `trois millions`.
    if let Some(scale) = words.get(next).and_then(|s| lx.scales.get(&s.folded)) {
        if value < 1000.0 {
            value *= scale;
            next += 1;
        }
    }
    if value.is_nan() {
        approx = true;
    }
    Some((value, next, approx))
}

pub(super) fn quantities(words: &[Word], lx: &Lex) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((value, next, approx)) = number_at(words, i, lx) else {
            // A month alone: `en avril`.
            if let Some(m) = words.get(i).and_then(|w| lx.months.get(&w.folded)) {
                out.push(Quantity {
                    lo: *m,
                    hi: *m,
                    unit: "@month".into(),
                    surface: words.get(i).map(|w| w.surface).unwrap_or("").into(),
                });
            }
            i += 1;
            continue;
        };
        let surface_of = |end: usize| {
            words
                .get(i..end)
                .unwrap_or(&[])
                .iter()
                .map(|w| w.surface)
                .collect::<Vec<_>>()
                .join(" ")
        };
        // A day of a month: `le 12 mars`; or one of a span or list of days before it (`du 26 au 27
        // septembre`, `les 9, 10 et 11 mai`), each a day of that month.
        let is_day = |w: &Word| w.folded.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
        let mut month_at = next;
        while month_at < next + 6
            && words
                .get(month_at)
                .is_some_and(|w| matches!(w.folded.as_str(), "au" | "et" | "," | "-") || is_day(w))
        {
            month_at += 1;
        }
        if let Some(m) = words.get(month_at).and_then(|w| lx.months.get(&w.folded)) {
            if (1.0..=31.0).contains(&value) && value.fract() == 0.0 {
                let s = surface_of(month_at + 1);
                out.push(Quantity {
                    lo: m * 100.0 + value,
                    hi: m * 100.0 + value,
                    unit: "@date".into(),
                    surface: s.clone(),
                });
                out.push(Quantity {
                    lo: *m,
                    hi: *m,
                    unit: "@month".into(),
                    surface: s,
                });
                i = if month_at == next { next + 1 } else { next };
                continue;
            }
        }
        let prev = words
            .get(i.wrapping_sub(1))
            .map(|w| w.folded.as_str())
            .unwrap_or("");
        let is_year_value = value.fract() == 0.0
            && (1800.0..=2100.0).contains(&value)
            && words.get(i).is_some_and(|w| w.folded.len() == 4);
        let (mut lo, mut hi) = (value, value);
        // `maire depuis 2001`: a state that began then holds in every year after.
        if is_year_value && prev == "depuis" || ends_before(words, i, &lx.at_least) {
            hi = f64::INFINITY;
        } else if ends_before(words, i, &lx.at_most) {
            lo = 0.0;
        } else if approx || ends_before(words, i, &lx.about) {
            lo = value * 0.75;
            hi = value * 1.25;
        }
        // A range: `de 18 à 20 %`, `entre 8 et 20`.
        let mut end = next;
        if words
            .get(end)
            .is_some_and(|w| matches!(w.folded.as_str(), "a" | "et" | "-"))
            && matches!(prev, "de" | "entre" | "d'")
        {
            if let Some((v2, n2, _)) = number_at(words, end + 1, lx) {
                if v2 > value {
                    hi = v2;
                    end = n2;
                }
            }
        }
        // The unit: `%`, or the next content word after `de`.
        let mut u = end;
        let percent = lx.percent.iter().find(|s| starts_with(words, u, s));
        let unit = if let Some(s) = percent {
            end = u + s.len();
            Some("%".to_string())
        } else {
            while words
                .get(u)
                .is_some_and(|w| matches!(w.folded.as_str(), "de" | "d'" | "des"))
            {
                u += 1;
            }
            words
                .get(u)
                .filter(|w| {
                    w.word
                        && !lx.stop.contains(&w.folded)
                        && !w.folded.starts_with(|c: char| c.is_ascii_digit())
                })
                .map(|w| {
                    end = u + 1;
                    stem(&w.folded)
                })
        };
        let is_year = unit.is_none() && is_year_value;
        let unit = if is_year { Some("@year".to_string()) } else { unit };
        if let Some(unit) = unit {
            out.push(Quantity {
                lo,
                hi,
                unit,
                surface: surface_of(end),
            });
        }
        i = end.max(i + 1);
    }
    out
}
