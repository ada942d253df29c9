//! What the command-line tests share: running the real binary on real files, reading the store and the
//! export back as data, and editing a review block as a reviewer would in their editor.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

pub fn claimcheck() -> Command {
    Command::cargo_bin("claimcheck").expect("the binary is built")
}

/// `claimcheck extract PATHS --claims STORE`, asserted later by the caller.
pub fn extract(paths: &[&Path], store: &Path) -> assert_cmd::assert::Assert {
    claimcheck()
        .arg("extract")
        .args(paths)
        .arg("--claims")
        .arg(store)
        .assert()
}

/// Every claim of the store, as `export --format jsonl` gives it.
pub fn export(store: &Path) -> Vec<Value> {
    let out = claimcheck()
        .args(["export", "--format", "jsonl", "--claims"])
        .arg(store)
        .output()
        .expect("export runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// A store file read as plain YAML data, the way any other YAML reader would.
pub fn record(file: &Path) -> serde_yaml::Value {
    serde_yaml::from_str(&fs::read_to_string(file).expect("store file")).expect("YAML")
}

/// The store's record files (not the reserved ones), sorted.
pub fn store_files(store: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(store)
        .expect("store folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml") && !p.ends_with("aliases.yaml"))
        .collect();
    files.sort();
    files
}

/// Every (status, note) of a store file's claims and retired claims, by claim text.
pub fn decisions(file: &Path) -> Vec<(String, String, Option<String>)> {
    let rec = record(file);
    let mut out = Vec::new();
    for list in ["claims", "retired"] {
        for c in rec[list].as_sequence().into_iter().flatten() {
            let review = &c["review"];
            out.push((
                c["text"].as_str().unwrap_or("").to_string(),
                review["status"].as_str().unwrap_or("").to_string(),
                review["note"].as_str().map(str::to_string),
            ));
        }
    }
    out.sort();
    out
}

/// Writes a decision into the review block of the claim whose text holds `words`, replacing what the
/// block held, editing the file's text as a reviewer does; `note` is written as given (quote it if it
/// needs quotes).
pub fn review(file: &Path, words: &str, status: &str, note: Option<&str>) {
    let text = fs::read_to_string(file).expect("store file");
    let at = text
        .find(words)
        .unwrap_or_else(|| panic!("no claim with {words:?} in {}", file.display()));
    let start = at + text[at..].find("  review:\n").expect("its review block");
    // The block is the `review:` line and the lines indented under it.
    let mut end = start + "  review:\n".len();
    while text[end..].starts_with("    ") {
        end += text[end..].find('\n').map_or(text.len() - end, |n| n + 1);
    }
    let mut new = format!("  review:\n    status: {status}\n");
    if let Some(n) = note {
        new.push_str(&format!("    note: {n}\n"));
    }
    fs::write(file, format!("{}{new}{}", &text[..start], &text[end..])).expect("edit the review");
}

/// Writes `text` as the article `name` in `dir`, and returns its path.
pub fn article(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, text).expect("write the article");
    p
}

/// SplitMix64: small, seedable, enough for choosing mutations and damage in the fuzz tests.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}
