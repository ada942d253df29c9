//! Writers never undo each other's work (issue #12): two `extract` runs into one store keep every
//! record; a reviewer's save while `extract` runs is kept; temporary files of killed runs are cleaned;
//! a pipe in the store hangs nothing; comments, mode and owner survive a rewrite; what the store writes
//! reads back as strings in a YAML 1.1 reader too. Real files, real processes.

mod support;

use predicates::prelude::*;
use predicates::str::contains;
use std::fs;
use std::path::Path;
use std::time::Duration;
use support::{article, claimcheck, decisions, export, extract, review, store_files};
use tempfile::TempDir;

const TEXT: &str = "Le port de Varenne reste ouvert malgré la grève des dockers\n\n\
                    « Nous ne céderons pas aux pressions », a déclaré le ministre Paul Martin mardi.\n";

/// `n` articles in `dir`, named `{prefix}00000.txt`…, each with its own words (`words` tells folders apart).
fn corpus_of(dir: &Path, prefix: &str, words: &str, n: usize) {
    fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        article(
            dir,
            &format!("{prefix}{i:05}.txt"),
            &TEXT
                .replace("mardi", &format!("le {i} mai"))
                .replace("pressions", &format!("pressions {words} numéro {i}")),
        );
    }
}

fn corpus(dir: &Path, prefix: &str, n: usize) {
    corpus_of(dir, prefix, "", n)
}

#[test]
fn two_extracts_into_one_store_at_once_keep_every_record() {
    let tmp = TempDir::new().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    // The same names in both folders: each run must see the other's files to keep its own apart.
    corpus_of(&a, "x", "de A", 400);
    corpus_of(&b, "x", "de B", 400);
    let store = tmp.path().join("claims");
    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    let run = |dir: &Path| {
        std::process::Command::new(&bin)
            .arg("extract")
            .arg(dir)
            .arg("--claims")
            .arg(&store)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (run(&a), run(&b));
    let (first, second) = (
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    );
    assert!(first.status.success() && second.status.success());
    assert_eq!(store_files(&store).len(), 800);
    let claims = export(&store);
    for i in 0..400 {
        for folder in ["A", "B"] {
            let words = format!("de {folder} numéro {i}");
            assert!(
                claims
                    .iter()
                    .any(|c| c["text"].as_str().unwrap().ends_with(&words)),
                "x{i:05}.txt of folder {folder} lost"
            );
        }
    }
}

/// Saves a decision as most editors do: the new text in a file beside, renamed over the old.
fn save_like_an_editor(file: &Path, words: &str, note: &str) {
    let copy = file.with_extension("yaml.swp");
    fs::copy(file, &copy).unwrap();
    review(&copy, words, "confirmed", Some(note));
    fs::rename(&copy, file).unwrap();
}

#[test]
fn a_reviewers_save_while_extract_runs_is_kept() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    corpus(&dir, "a", 20);
    let store = tmp.path().join("claims");
    extract(&[&dir], &store).code(0);
    // A long article keeps the run busy after it has read the store and before it writes it back: the
    // decisions saved meanwhile are on files the run read before they were saved.
    let paragraph =
        "Le ministre Paul Martin a affirmé que le port de Varenne resterait ouvert malgré la grève. ";
    let repeats = if cfg!(debug_assertions) { 12_000 } else { 400_000 };
    article(
        &dir,
        "zz-long.txt",
        &format!("Un long article\n\n{}\n", paragraph.repeat(repeats)),
    );
    for i in 0..20 {
        let f = dir.join(format!("a{i:05}.txt"));
        let t = fs::read_to_string(&f).unwrap();
        fs::write(&f, t.replace("Le port", "Le grand port")).unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    let mut child = std::process::Command::new(bin)
        .arg("extract")
        .arg(&dir)
        .arg("--claims")
        .arg(&store)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    for i in 0..20 {
        save_like_an_editor(
            &store.join(format!("a{i:05}.yaml")),
            "Nous ne céderons pas",
            &format!("vu {i}"),
        );
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the run ended before the saves: make the long article longer"
    );
    assert!(child.wait().unwrap().success());
    for i in 0..20 {
        let file = store.join(format!("a{i:05}.yaml"));
        let text = fs::read_to_string(&file).unwrap();
        assert!(
            text.contains("Le grand port"),
            "{}: this run's claims were not written",
            file.display()
        );
        assert!(
            decisions(&file)
                .iter()
                .any(|d| d.1 == "confirmed" && d.2.as_deref() == Some(&format!("vu {i}"))),
            "{}: the reviewer's save was lost",
            file.display()
        );
    }
}

#[test]
fn temporary_files_left_by_killed_runs_are_cleaned() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    fs::create_dir(&store).unwrap();
    for stale in [".claimcheck-999-1.tmp", ".a.yaml.tmp4242"] {
        fs::write(store.join(stale), "claims: [half writ").unwrap();
    }
    let a = article(tmp.path(), "a.txt", TEXT);
    extract(&[&a], &store).code(0).stderr("");
    let mut left: Vec<String> = fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(left, ["a.yaml"]);
}

#[test]
fn a_pipe_named_like_a_store_file_hangs_no_command() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let a = article(tmp.path(), "a.txt", TEXT);
    extract(&[&a], &store).code(0);
    let fifo = store.join("pipe.yaml");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for args in [&["list"][..], &["export"], &["speakers"], &["compare"]] {
        claimcheck()
            .args(args)
            .arg("--claims")
            .arg(&store)
            .timeout(Duration::from_secs(20))
            .assert()
            .code(1)
            .stderr(contains(format!("{}: is not a regular file", fifo.display())));
    }
    extract(&[&a], &store)
        .code(1)
        .stderr(contains("is not a regular file"));
}

#[test]
fn comments_mode_and_owner_survive_a_rewrite() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let a = article(tmp.path(), "a.txt", TEXT);
    extract(&[&a], &store).code(0);
    let file = store.join("a.yaml");
    review(&file, "Nous ne céderons pas", "confirmed", None);
    let text = fs::read_to_string(&file).unwrap();
    let at = text.find("- id:").unwrap();
    let at = at + text[at + 1..].find("- id:").unwrap() + 1;
    fs::write(
        &file,
        format!(
            "# relu le 3 mai par l'équipe\n{}# vérifié avec la vidéo\n{}",
            &text[..at],
            &text[at..]
        ),
    )
    .unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    let owner = fs::metadata(&file).unwrap().uid();
    fs::write(&a, TEXT.replace("Le port de Varenne", "Le grand port de Varenne")).unwrap();
    extract(&[&a], &store)
        .code(0)
        .stdout(contains("1 store files written"));
    let now = fs::read_to_string(&file).unwrap();
    assert!(now.starts_with("# relu le 3 mai par l'équipe\n"), "{now}");
    assert!(now.contains("# vérifié avec la vidéo\n- id:"), "{now}");
    let meta = fs::metadata(&file).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    assert_eq!(meta.uid(), owner);
    assert!(decisions(&file).iter().any(|d| d.1 == "confirmed"));
}

#[test]
fn what_the_store_writes_reads_back_as_strings_in_a_yaml_1_1_reader() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let a = article(
        tmp.path(),
        "a.txt",
        &format!("---\ntitle: 'No'\noutlet: 'Yes'\ndate: 2024-11-24\n---\n{TEXT}"),
    );
    extract(&[&a], &store).code(0);
    let file = store.join("a.yaml");
    let script = "import sys, yaml\nd = yaml.safe_load(open(sys.argv[1]))\n\
                  bad = [(k, repr(v)) for k, v in d.items() if k in ('title', 'outlet', 'date') and not isinstance(v, str)]\n\
                  bad += [(k, repr(v)) for c in d['claims'] for k, v in c.items() if k in ('title', 'outlet', 'date', 'text') and v is not None and not isinstance(v, str)]\n\
                  print(bad)\nsys.exit(1 if bad else 0)\n";
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&file)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "read as another type: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_store_that_does_not_exist_is_an_error_for_every_reader() {
    let tmp = TempDir::new().unwrap();
    let none = tmp.path().join("nonexistent");
    for cmd in ["list", "export", "speakers", "compare"] {
        claimcheck()
            .arg(cmd)
            .arg("--claims")
            .arg(&none)
            .assert()
            .code(1)
            .stderr(contains("there is no claim store here").and(contains("claimcheck extract")));
    }
    assert!(!none.exists());
}

#[test]
fn a_store_file_saved_by_a_windows_editor_keeps_its_decision() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("articles");
    fs::create_dir_all(&dir).unwrap();
    let a = article(&dir, "port.txt", TEXT);
    let store = tmp.path().join("claims");
    extract(&[&a], &store).success();
    let file = store.join("port.yaml");
    review(&file, "Nous ne céderons pas", "confirmed", Some("vu à la radio"));
    // Notepad's way: a byte-order mark and CRLF line ends.
    let text = fs::read_to_string(&file).unwrap().replace('\n', "\r\n");
    fs::write(&file, format!("\u{FEFF}{text}")).unwrap();
    extract(&[&a], &store).success();
    assert!(decisions(&file).contains(&(
        "Nous ne céderons pas aux pressions".into(),
        "confirmed".into(),
        Some("vu à la radio".into())
    )));
}
