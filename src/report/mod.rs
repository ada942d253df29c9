//! Views of the data model for people and for other programs: terminal tables (comfy-table), JSON Lines,
//! JSON, CSV (the `csv` crate), Markdown and YAML. Each takes serde values or rows of cells; none decides
//! what goes in a row (that is the command's job).

use comfy_table::{presets, Cell, ContentArrangement, Table};
use serde::Serialize;
use std::io::IsTerminal;

/// A table for the terminal: fitted to its width when standard output is a terminal, plain otherwise;
/// its last line ends with a newline like every other line.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut t = Table::new();
    if std::io::stdout().is_terminal() {
        t.load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.load_preset(presets::ASCII_MARKDOWN)
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    t.set_header(headers.iter().map(Cell::new));
    for r in rows {
        t.add_row(r.iter().map(Cell::new));
    }
    t.to_string() + "\n"
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
