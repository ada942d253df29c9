//! The store under fire (issue #12): the whole program, run as a user runs it, on a claim store whose
//! files were damaged the way hand edits, bad merges and other tools damage them, and with several
//! writers at once. Two properties, checked on every case: nothing panics, and no reviewer's decision
//! is lost.
//!
//! Every decision in these stores carries a note of its own (`note-00042`), so a decision can be followed
//! whatever happens to its claim: a note is a decision (a claim with only a note is reviewed work), and a
//! note that appeared in a file before a run must be in that file after it, unless the run left the file
//! byte for byte as it was.
//!
//! - `damaged_store_files_lose_no_decision`: a store of the seeds and `tests/articles/` with decisions on
//!   most claims; each case damages one to three of its files (truncated, a byte changed, lines deleted,
//!   duplicated, swapped or re-indented, a claim's block repeated, an unknown key, a status that does not
//!   exist, a note made a block scalar, a byte-order mark, CRLF, invalid UTF-8, an empty file) and may add
//!   a sentence to an article, then runs `extract` and `export` in the case's folder, where the articles
//!   are the ones the store was extracted from (no run may take them for other articles of the same name). Undamaged files keep every decision with
//!   its status; a damaged file is left as it was or keeps every note; a failing run names a damaged file.
//! - `concurrent_writers_lose_no_decision`: two `extract` runs (one over an edited copy of the articles,
//!   both taking the store's files for their own) and a reviewer importing decisions in rounds, all at
//!   once on one store; every imported decision is
//!   there at the end with its status, every article has its file, no temporary file is left.
//!
//! `CLAIMCHECK_FUZZ_SECONDS` bounds each test (default 3; `.ci/run` gives 60 in release) and
//! `CLAIMCHECK_FUZZ_SEED` replays a run (the seed is printed first).

mod support;

use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Output, Stdio};
use std::time::{Duration, Instant};
use support::{claimcheck, export, store_files, Rng};
use tempfile::TempDir;

fn budget() -> Duration {
    let secs = std::env::var("CLAIMCHECK_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    Duration::from_secs(secs)
}

fn seed() -> u64 {
    let seed = std::env::var("CLAIMCHECK_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    println!("CLAIMCHECK_FUZZ_SEED={seed}");
    seed
}

/// The seeds and own test articles, copied into `dir`.
fn articles(dir: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::create_dir_all(dir).unwrap();
    for from in ["seeds", "tests/articles"] {
        for e in fs::read_dir(root.join(from)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
            }
        }
    }
}

/// Imports one decision per line of `decisions` (claim id, status, note) through `review import`.
fn import(store: &Path, decisions: &[(String, &str, String)], at: &Path) -> Output {
    let lines: Vec<String> = decisions
        .iter()
        .map(|(id, status, note)| {
            serde_json::json!({"id": id, "review": {"status": status, "note": note}}).to_string()
        })
        .collect();
    fs::write(at, lines.join("\n") + "\n").unwrap();
    claimcheck()
        .args(["review", "import"])
        .arg(at)
        .arg("--claims")
        .arg(store)
        .output()
        .expect("review import runs")
}

const STATUSES: [&str; 4] = ["confirmed", "rejected", "corrected", "unreviewed"];

/// Decisions for most claims of the store, each with its own note; returns the notes.
fn decide_most(store: &Path, scratch: &Path, first: usize) -> BTreeMap<String, String> {
    let mut decisions = Vec::new();
    for (i, c) in export(store).iter().enumerate() {
        if i % 4 == 3 {
            continue;
        }
        let id = c["id"].as_str().expect("an id").to_string();
        decisions.push((id, STATUSES[i % 4], format!("note-{:05}", first + i)));
    }
    let out = import(store, &decisions, &scratch.join("decisions.jsonl"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    decisions
        .into_iter()
        .map(|(_, s, n)| (n, s.to_string()))
        .collect()
}

fn notes_in(text: &str) -> BTreeSet<String> {
    let re = Regex::new(r"note-\d{5}").unwrap();
    re.find_iter(text).map(|m| m.as_str().to_string()).collect()
}

/// Each note of a store file with the status of its claim, read as plain YAML.
fn statuses(file: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (_, status, note) in support::decisions(file) {
        if let Some(n) = note {
            out.insert(n, status);
        }
    }
    out
}

fn lines_of(text: &str) -> Vec<String> {
    text.split_inclusive('\n').map(str::to_string).collect()
}

/// One kind of damage done to a store file's bytes; returns its name.
fn damage(rng: &mut Rng, bytes: &mut Vec<u8>) -> &'static str {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut lines = lines_of(&text);
    let n = lines.len().max(1);
    let kind = rng.below(15);
    let name = match kind {
        0 => {
            bytes.truncate(rng.below(bytes.len() + 1));
            return "truncated";
        }
        1 if !bytes.is_empty() => {
            let at = rng.below(bytes.len());
            bytes[at] = b" :-#\n\"'|>[]{}&*!%@`\t"[rng.below(20)];
            return "a byte changed";
        }
        2 if !lines.is_empty() => {
            lines.remove(rng.below(n));
            "a line deleted"
        }
        3 if !lines.is_empty() => {
            let l = lines[rng.below(n)].clone();
            lines.insert(rng.below(n), l);
            "a line duplicated"
        }
        4 if lines.len() > 1 => {
            let (a, b) = (rng.below(n), rng.below(n));
            lines.swap(a, b);
            "two lines swapped"
        }
        5 if !lines.is_empty() => {
            let at = rng.below(n);
            if rng.below(2) == 0 {
                lines[at] = format!("  {}", lines[at]);
            } else if let Some(rest) = lines[at].strip_prefix("  ") {
                lines[at] = rest.to_string();
            }
            "a line re-indented"
        }
        6 => {
            // A claim's block repeated, as a bad merge leaves it.
            let starts: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].starts_with("- ")).collect();
            if let Some(&s) = starts.get(rng.below(starts.len())) {
                let e = (s + 1..lines.len())
                    .find(|&i| !lines[i].starts_with("  "))
                    .unwrap_or(lines.len());
                let block: Vec<String> = lines[s..e].to_vec();
                lines.splice(e..e, block);
            }
            "a claim's block repeated"
        }
        7 => {
            let at = rng.below(n);
            lines.insert(at, "  notes: written by another tool\n".into());
            "an unknown key"
        }
        8 => {
            let t = text.replacen("status: confirmed", "status: approved", 1);
            lines = lines_of(&t);
            "a status that does not exist"
        }
        9 => {
            let re = Regex::new(r"note: (note-\d{5})\n").unwrap();
            let t = re
                .replace(&text, "note: |\n      $1\n      et une seconde ligne\n")
                .into_owned();
            lines = lines_of(&t);
            "a note made a block scalar"
        }
        10 => {
            bytes.splice(0..0, [0xEF, 0xBB, 0xBF]);
            return "a byte-order mark";
        }
        11 => {
            lines = lines_of(&text.replace('\n', "\r\n"));
            "CRLF line ends"
        }
        12 => {
            let at = rng.below(bytes.len() + 1);
            bytes.splice(at..at, [0xFF, 0xC3]);
            return "invalid UTF-8";
        }
        13 => {
            bytes.clear();
            return "an empty file";
        }
        _ => {
            let at = rng.below(n);
            lines.insert(at, "# un commentaire du relecteur\n".into());
            "a comment line"
        }
    };
    *bytes = lines.concat().into_bytes();
    name
}

/// Runs the binary in the folder `cwd`; a panic, an abort or a signal is a failure of the whole test.
fn run(cwd: &Path, args: &[&str], paths: &[&Path], case: &str) -> Output {
    let out = claimcheck()
        .current_dir(cwd)
        .args(args)
        .args(paths)
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0..=2)) && !stderr.contains("panicked"),
        "{case}: `claimcheck {}` ended with {:?}:\n{stderr}",
        args.join(" "),
        out.status
    );
    out
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
}

fn leftovers(store: &Path) -> Vec<String> {
    fs::read_dir(store)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn damaged_store_files_lose_no_decision() {
    let mut rng = Rng(seed());
    let work = TempDir::new().unwrap();
    let corpus = work.path().join("articles");
    articles(&corpus);
    let baseline = work.path().join("baseline");
    // Paths relative to the run's folder, as a user gives them: each case's copy of the articles is the
    // source its copy of the store was extracted from, so decisions follow the articles' claims.
    let (store_arg, texts_arg) = (Path::new("claims"), Path::new("articles"));
    run(
        work.path(),
        &["extract", "--claims"],
        &[Path::new("baseline"), texts_arg],
        "baseline",
    );
    let decided = decide_most(&baseline, work.path(), 0);
    assert!(
        decided.len() > 100,
        "too few decisions to follow: {}",
        decided.len()
    );

    let start = Instant::now();
    let (mut cases, mut failed_runs) = (0, 0);
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    while cases == 0 || start.elapsed() < budget() {
        cases += 1;
        let dir = work.path().join(format!("case{cases}"));
        let (store, texts) = (dir.join("claims"), dir.join("articles"));
        copy_dir(&baseline, &store);
        copy_dir(&corpus, &texts);
        let files = store_files(&store);
        let mut damaged: BTreeMap<PathBuf, &str> = BTreeMap::new();
        for _ in 0..1 + rng.below(3) {
            let f = files[rng.below(files.len())].clone();
            let mut bytes = fs::read(&f).unwrap();
            let kind = damage(&mut rng, &mut bytes);
            *kinds.entry(kind).or_default() += 1;
            fs::write(&f, bytes).unwrap();
            damaged.insert(f, kind);
        }
        if rng.below(3) == 0 {
            // An article grows by a sentence: no claim's words change, so no decision may move.
            let texts_in: Vec<PathBuf> = fs::read_dir(&texts).unwrap().map(|e| e.unwrap().path()).collect();
            let t = &texts_in[rng.below(texts_in.len())];
            let grown = fs::read_to_string(t).unwrap() + "\n« Rien n'est décidé », a ajouté Jeanne Fauvel.\n";
            fs::write(t, grown).unwrap();
        }
        let before: Vec<(PathBuf, Vec<u8>)> = fs::read_dir(&store)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.clone(), fs::read(&p).unwrap()))
            .collect();
        let case = format!("case {cases} ({damaged:?})");

        let out = run(&dir, &["extract", "--claims"], &[store_arg, texts_arg], &case);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("shares its name"),
            "{case}: the articles were not taken for the store's own:\n{stderr}"
        );
        if !out.status.success() {
            failed_runs += 1;
            assert!(
                damaged
                    .keys()
                    .any(|f| stderr.contains(f.file_name().unwrap().to_str().unwrap())),
                "{case}: the run failed without naming a damaged file:\n{stderr}"
            );
        }
        for (file, old) in &before {
            let new = fs::read(file).unwrap_or_else(|_| panic!("{case}: {} is gone", file.display()));
            if &new == old {
                continue;
            }
            let (old_text, new_text) = (String::from_utf8_lossy(old), String::from_utf8_lossy(&new));
            let lost: Vec<String> = notes_in(&old_text)
                .difference(&notes_in(&new_text))
                .cloned()
                .collect();
            assert!(
                lost.is_empty(),
                "{case}: {} lost the decisions {lost:?}",
                file.display()
            );
            if !damaged.contains_key(file) && file.extension().is_some_and(|x| x == "yaml") {
                let (was, is) = (statuses_of(old), statuses(file));
                for (note, status) in was {
                    assert_eq!(
                        is.get(&note),
                        Some(&status),
                        "{case}: the decision {note} of {} changed its status",
                        file.display()
                    );
                }
            }
        }
        assert!(
            leftovers(&store).is_empty(),
            "{case}: temporary files left: {:?}",
            leftovers(&store)
        );
        run(
            &dir,
            &["export", "--format", "jsonl", "--claims"],
            &[store_arg],
            &case,
        );
        fs::remove_dir_all(&dir).unwrap();
    }
    println!("{cases} cases, {failed_runs} runs stopped on a damaged file; damage done: {kinds:?}");
}

/// The statuses of a file's notes from its bytes, as `statuses` reads them from disk.
fn statuses_of(bytes: &[u8]) -> BTreeMap<String, String> {
    let tmp = tempfile::NamedTempFile::new().unwrap();
    fs::write(tmp.path(), bytes).unwrap();
    statuses(tmp.path())
}

fn spawn(cwd: &Path, args: &[&str], paths: &[&Path]) -> Child {
    Process::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(cwd)
        .args(args)
        .args(paths)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts")
}

fn finish(child: Child, what: &str) {
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{what} ended with {:?}:\n{stderr}",
        out.status
    );
    assert!(
        !stderr.contains("shares its name"),
        "{what} did not take the store's articles for its own:\n{stderr}"
    );
}

#[test]
fn concurrent_writers_lose_no_decision() {
    let mut rng = Rng(seed());
    let work = TempDir::new().unwrap();
    // The same articles as two runs see them: `articles/` of the folder each runs in, so that both take
    // the store's files for their own and write the same files.
    let (plain, changed) = (work.path().join("plain"), work.path().join("changed"));
    let texts = Path::new("articles");
    let (corpus, edited) = (plain.join(texts), changed.join(texts));
    articles(&corpus);
    articles(&edited);
    for e in fs::read_dir(&edited).unwrap() {
        let p = e.unwrap().path();
        let text = fs::read_to_string(&p).unwrap() + "\n« Le dossier reste ouvert », a dit Marc Olivet.\n";
        fs::write(&p, text).unwrap();
    }
    let start = Instant::now();
    let mut rounds = 0;
    while rounds == 0 || start.elapsed() < budget() {
        rounds += 1;
        let store = work.path().join(format!("claims{rounds}"));
        run(
            &plain,
            &["extract", "--claims"],
            &[&store, texts],
            "first extract",
        );
        let ids: Vec<String> = export(&store)
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect();
        let a = spawn(&changed, &["extract", "--claims"], &[&store, texts]);
        let b = spawn(&plain, &["extract", "--claims"], &[&store, texts]);
        // The reviewer imports decisions in small rounds while both runs write.
        let mut wanted: BTreeMap<String, String> = BTreeMap::new();
        for round in 0..4 {
            // Ten claims, each once: a file of decisions names a claim on one line only.
            let mut picked: Vec<&String> = Vec::new();
            while picked.len() < 10.min(ids.len()) {
                let id = &ids[rng.below(ids.len())];
                if !picked.contains(&id) {
                    picked.push(id);
                }
            }
            let batch: Vec<(String, &str, String)> = picked
                .into_iter()
                .enumerate()
                .map(|(k, id)| {
                    let note = format!("note-{:05}", round * 10 + k);
                    (id.clone(), STATUSES[rng.below(3)], note)
                })
                .collect();
            let out = import(
                &store,
                &batch,
                &work.path().join(format!("d{rounds}-{round}.jsonl")),
            );
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            for (id, status, note) in batch {
                // A later decision on the same claim replaces an earlier one.
                wanted.retain(|_, v| !v.starts_with(&format!("{id} ")));
                wanted.insert(note, format!("{id} {status}"));
            }
        }
        finish(a, "extract of the edited copy");
        finish(b, "extract of the articles");

        let all: BTreeMap<String, (String, String)> = export(&store)
            .iter()
            .filter_map(|c| {
                let note = c["review"]["note"].as_str()?.to_string();
                let id = c["id"].as_str()?.to_string();
                Some((note, (id, c["review"]["status"].as_str()?.to_string())))
            })
            .collect();
        for (note, id_status) in &wanted {
            let (id, status) = id_status.split_once(' ').unwrap();
            // Both runs read the same words, so the claim keeps its id and its decision.
            assert_eq!(
                all.get(note),
                Some(&(id.to_string(), status.to_string())),
                "round {rounds}: the decision {note} on {id} is lost or changed"
            );
        }
        let names: BTreeSet<String> = store_files(&store)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        for e in fs::read_dir(&corpus).unwrap() {
            let stem = e
                .unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            assert!(
                names.iter().any(|n| n.starts_with(&stem)),
                "round {rounds}: no store file for {stem}"
            );
        }
        assert!(
            leftovers(&store).is_empty(),
            "round {rounds}: temporary files left"
        );
    }
    println!("{rounds} rounds of three writers at once");
}
