//! Views of the data model for people and for other programs: terminal tables (comfy-table), JSON Lines,
//! JSON, CSV (the `csv` crate), Markdown and YAML. Each takes serde values or rows of cells; none decides
//! what goes in a row (that is the command's job).
//!
//! A terminal table is fitted to a width, with its text wrapped between words and never inside one, and
//! ends with a count line; without a width (output piped or written to a file) it is tab-separated and
//! unpadded, one row a line, so a large table costs no more than its text.

use comfy_table::{presets, Cell, ColumnConstraint, ContentArrangement, Table, Width};
use serde::Serialize;

/// How a table is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shape {
    /// The width to fit (a terminal's, `--width`, `COLUMNS`); `None`: tab-separated, unpadded.
    pub width: Option<u16>,
    /// Every column instead of the compact set.
    pub wide: bool,
}

/// A column of a table: its header, and whether the compact default shows it.
pub type Column = (&'static str, bool);

/// A table of `rows` (one cell per column of `columns`) as `shape` says, then a count line naming
/// `noun` (singular, plural); an empty table is the line `no PLURAL`.
pub fn table(columns: &[Column], rows: &[Vec<String>], shape: Shape, noun: (&str, &str)) -> String {
    if rows.is_empty() {
        return format!("no {}\n", noun.1);
    }
    let mut out = columns_grid(columns, rows, shape);
    out.push_str(&count(rows.len(), noun.0, noun.1));
    out.push('\n');
    out
}

/// The columns of `columns` that `shape` shows, under their headers, without a count line.
pub fn columns_grid(columns: &[Column], rows: &[Vec<String>], shape: Shape) -> String {
    let keep: Vec<usize> = (0..columns.len())
        .filter(|&i| shape.wide || columns[i].1)
        .collect();
    let headers: Vec<&str> = keep.iter().map(|&i| columns[i].0).collect();
    let cells: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| {
            keep.iter()
                .map(|&i| r.get(i).map_or("", String::as_str))
                .collect()
        })
        .collect();
    grid(&headers, &cells, shape.width)
}

/// The rows under their headers, fitted to `width` or tab-separated without one; ends with a newline.
pub fn grid<S: AsRef<str>>(headers: &[&str], rows: &[Vec<S>], width: Option<u16>) -> String {
    let Some(width) = width else {
        let flat = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let mut out = headers.join("\t");
        out.push('\n');
        for r in rows {
            let line: Vec<String> = r.iter().map(|c| flat(c.as_ref())).collect();
            out.push_str(&line.join("\t"));
            out.push('\n');
        }
        return out;
    };
    // No column is narrower than its longest word, so the wrapping never has to cut one.
    let longest: Vec<u16> = (0..headers.len())
        .map(|i| {
            std::iter::once(headers[i])
                .chain(rows.iter().map(|r| r.get(i).map_or("", |c| c.as_ref())))
                .flat_map(str::split_whitespace)
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0)
                .min(usize::from(u16::MAX - 2)) as u16
        })
        .collect();
    let render = |lines_between_rows: bool| {
        let mut t = Table::new();
        t.load_preset(if lines_between_rows {
            presets::UTF8_FULL
        } else {
            presets::UTF8_FULL_CONDENSED
        })
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(headers.iter().map(Cell::new));
        for r in rows {
            t.add_row(r.iter().map(|c| Cell::new(c.as_ref())));
        }
        for (col, &w) in t.column_iter_mut().zip(&longest) {
            col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(w + 2)));
        }
        t.to_string()
    };
    let condensed = render(false);
    // Rows that wrap over several lines are told apart by a line between them.
    let mut out = if condensed.lines().count() > rows.len() + 4 {
        render(true)
    } else {
        condensed
    };
    out.push('\n');
    out
}

/// Prose for the terminal: each line of `text` wrapped between words to `width` (when there is one), the
/// lines it wraps onto indented by two spaces. A word longer than the line stays whole.
pub fn wrap(text: &str, width: Option<u16>) -> String {
    let Some(width) = width.map(usize::from) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        let (body, end) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
        let mut used = 0;
        for word in body.split(' ') {
            let n = word.chars().count();
            if used > 0 && used + 1 + n > width {
                out.push_str("\n  ");
                used = 2;
            } else if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += n;
        }
        out.push_str(end);
    }
    out
}

/// A count with its noun: `1 claim`, `2 claims`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A Markdown table; `|` and line breaks inside cells are escaped so every row stays one line.
pub fn markdown(headers: &[&str], rows: &[Vec<String>]) -> String {
    let esc = |s: &str| s.replace('|', "\\|").replace(['\n', '\r'], " ");
    let mut out = format!("| {} |\n|{}\n", headers.join(" | "), "---|".repeat(headers.len()));
    for r in rows {
        out.push_str(&format!(
            "| {} |\n",
            r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")
        ));
    }
    out
}

/// CSV with a header row, quoted as needed.
pub fn csv(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(headers).expect("writing to memory");
    for r in rows {
        w.write_record(r).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("csv of UTF-8 cells")
}

/// One JSON object per line.
pub fn jsonl<T: Serialize>(items: &[T]) -> String {
    let mut out = String::new();
    for i in items {
        out.push_str(&serde_json::to_string(i).expect("model types always serialise"));
        out.push('\n');
    }
    out
}

/// A JSON array, pretty-printed.
pub fn json<T: Serialize>(items: &[T]) -> String {
    serde_json::to_string_pretty(items).expect("model types always serialise") + "\n"
}

/// A YAML sequence.
pub fn yaml<T: Serialize>(items: &[T]) -> String {
    crate::yaml_writer::to_string(items).expect("model types always serialise")
}

/// A cell for an optional value: empty when absent.
pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The string serde gives a unit enum value (`Stance::Deny` → `deny`).
pub fn name_of<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[Column] = &[("speaker", true), ("cue", false), ("text", true)];

    fn rows() -> Vec<Vec<String>> {
        vec![
            vec![
                "Sergueï Choïgou".into(),
                "a déclaré".into(),
                "La coopération militaire et technique entre nos deux pays atteint un nouveau niveau \
                 élevé malgré les sanctions occidentales"
                    .into(),
            ],
            vec![
                "Iran".into(),
                "a démenti".into(),
                "Nous n'avons rien livré".into(),
            ],
        ]
    }

    #[test]
    fn a_fitted_table_wraps_between_words_and_counts_its_rows() {
        let out = table(
            COLUMNS,
            &rows(),
            Shape {
                width: Some(40),
                wide: false,
            },
            ("claim", "claims"),
        );
        assert!(out.lines().all(|l| l.chars().count() <= 40), "{out}");
        assert!(out.ends_with("\n2 claims\n"), "{out}");
        assert!(!out.contains("cue"), "the compact set leaves the cue out: {out}");
        let words: Vec<String> = rows()
            .concat()
            .iter()
            .flat_map(|c| c.split_whitespace().map(String::from).collect::<Vec<_>>())
            .collect();
        for w in out
            .lines()
            .take(out.lines().count() - 1)
            .flat_map(|l| l.split(|c: char| c.is_whitespace() || "│┆─═╞╡╪┼├┤┌┐└┘┬┴╌".contains(c)))
        {
            assert!(
                w.is_empty() || w == "speaker" || w == "text" || words.iter().any(|x| x == w),
                "cut word {w:?} in\n{out}"
            );
        }
    }

    #[test]
    fn without_a_width_a_table_is_tab_separated_and_unpadded() {
        let mut r = rows();
        r[1][2] = "deux\tlignes\nici".into();
        let out = table(
            COLUMNS,
            &r,
            Shape {
                width: None,
                wide: true,
            },
            ("claim", "claims"),
        );
        assert_eq!(
            out,
            "speaker\tcue\ttext\nSergueï Choïgou\ta déclaré\tLa coopération militaire et technique entre nos \
             deux pays atteint un nouveau niveau élevé malgré les sanctions occidentales\nIran\ta démenti\tdeux lignes ici\n2 claims\n"
        );
    }

    #[test]
    fn prose_wraps_between_words() {
        assert_eq!(
            wrap("5 articles, 115 claims; 0 disputes\nok\n", Some(16)),
            "5 articles, 115\n  claims; 0\n  disputes\nok\n"
        );
        assert_eq!(wrap("a b", None), "a b");
    }

    #[test]
    fn an_empty_table_says_so() {
        assert_eq!(
            table(
                COLUMNS,
                &[],
                Shape {
                    width: Some(80),
                    wide: false
                },
                ("claim", "claims")
            ),
            "no claims\n"
        );
    }
}
