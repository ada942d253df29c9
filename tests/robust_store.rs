//! The claim store survives bad input and interrupted runs (issue #6): a malformed store file is
//! reported with its line and left byte for byte; a reviewer's decision is never dropped by `extract`
//! (same id, words changed, claim gone); two runs are byte-identical; a run killed with SIGKILL leaves
//! every store file parseable. Real files, real processes.

use assert_cmd::Command;
use claimcheck::claim::ReviewStatus;
use claimcheck::store;
use predicates::prelude::*;
use predicates::str::contains;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const ARTICLE: &str =
    "Un titre assez long pour être un titre\n\n« Nous essaierons de développer la coopération \
                       dans tous les domaines », a déclaré le président iranien Massoud Pezechkian.\n";

fn claimcheck() -> Command {
    Command::cargo_bin("claimcheck").expect("the binary is built")
}

fn extract(paths: &[&Path], store: &Path) -> assert_cmd::assert::Assert {
    claimcheck()
        .arg("extract")
        .args(paths)
        .arg("--claims")
        .arg(store)
        .assert()
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// Every file of a folder, name and bytes, sorted by name.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .expect("store folder")
        .map(|e| {
            let e = e.expect("entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_malformed_store_file_is_reported_with_its_line_and_left_as_it_was() {
    let tmp = TempDir::new().expect("temp dir");
    let (a, b) = (tmp.path().join("a.txt"), tmp.path().join("b.txt"));
    fs::write(&a, ARTICLE).expect("a");
    fs::write(&b, ARTICLE.replace("Nous", "Vous")).expect("b");
    let store = tmp.path().join("claims");
    extract(&[&a, &b], &store).code(0);
    let broken = store.join("a.yaml");
    let text = fs::read_to_string(&broken).expect("a.yaml");
    let damaged = text.replacen("claims:\n", "claims: [\n", 1);
    let line = damaged
        .lines()
        .position(|l| l == "claims: [")
        .expect("damaged line")
        + 2;
    fs::write(&broken, &damaged).expect("damage a.yaml");
    fs::write(&b, ARTICLE.replace("Nous", "Ils")).expect("b changes");

    let out = extract(&[&a, &b], &store).code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
    let p = broken.display();
    assert!(
        stderr.starts_with(&format!("claimcheck: {p}: line {line}: not a claim store file: ")),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(&format!(
            " (the file was left as it is; fix or remove it and run again)\n\
             claimcheck: {p}: not updated from {}: the store file could not be used (see above); fix or \
             move it, then run extract again\n",
            a.display()
        )),
        "{stderr}"
    );
    assert!(
        !stderr.contains("Error {") && !stderr.contains("Some("),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&broken).expect("a.yaml again"), damaged);
    // The other article was still extracted and written.
    assert!(fs::read_to_string(store.join("b.yaml"))
        .expect("b.yaml")
        .contains("Ils essaierons"));
    // Reading commands report it too, and still show the rest.
    claimcheck()
        .args(["export", "--format", "jsonl", "--claims"])
        .arg(&store)
        .assert()
        .code(1)
        .stderr(contains(format!(
            "claimcheck: {p}: line {line}: not a claim store file: "
        )))
        .stdout(contains("Ils essaierons"));
    assert_eq!(fs::read_to_string(&broken).expect("a.yaml still"), damaged);
}

#[test]
fn a_store_file_that_is_not_utf8_is_reported_and_left_as_it_was() {
    let tmp = TempDir::new().expect("temp dir");
    let a = tmp.path().join("a.txt");
    fs::write(&a, ARTICLE).expect("a");
    let store = tmp.path().join("claims");
    fs::create_dir(&store).expect("store");
    let bytes = b"article: a.txt\ntitle: caf\xe9\n".to_vec();
    fs::write(store.join("a.yaml"), &bytes).expect("latin-1 store file");
    extract(&[&a], &store).code(1).stderr(format!(
        "claimcheck: {p}: line 2: not UTF-8 at byte 25, so not a claim store file (the file was left as it \
         is; fix or remove it and run again)\n\
         claimcheck: {p}: not updated from {}: the store file could not be used (see above); fix or move \
         it, then run extract again\n",
        a.display(),
        p = store.join("a.yaml").display()
    ));
    assert_eq!(fs::read(store.join("a.yaml")).expect("a.yaml"), bytes);
}

/// Sets the review block of the claim whose text contains `words`, by editing the file on disk.
fn review_on_disk(file: &Path, words: &str, status: &str, note: &str) {
    let text = fs::read_to_string(file).expect("store file");
    let at = text.find(words).expect("claim in the store file");
    let review = at
        + text[at..]
            .find("  review:\n    status: unreviewed\n")
            .expect("its review block");
    let edited = format!(
        "{}  review:\n    status: {status}\n    note: {note}\n{}",
        &text[..review],
        &text[review + "  review:\n    status: unreviewed\n".len()..]
    );
    fs::write(file, edited).expect("edit the review");
}

#[test]
fn extract_never_drops_a_reviewers_decision() {
    let tmp = TempDir::new().expect("temp dir");
    let a = tmp.path().join("a.txt");
    let other = "Le ministre Paul Martin a affirmé que les négociations reprendront en mars à Genève.\n";
    fs::write(&a, format!("{ARTICLE}\n{other}")).expect("a");
    let store = tmp.path().join("claims");
    let file = store.join("a.yaml");
    extract(&[&a], &store).code(0);
    let first = store::read_record(&file).expect("parses");
    let quoted = first
        .claims
        .iter()
        .find(|c| c.text.contains("tous les domaines"))
        .expect("the quotation")
        .clone();
    review_on_disk(&file, "tous les domaines", "confirmed", "vu dans la vidéo");

    // Same article: the decision stays on the same claim, and nothing is rewritten.
    let reviewed = fs::read(&file).expect("reviewed file");
    extract(&[&a], &store)
        .code(0)
        .stdout(contains("0 store files written"));
    assert_eq!(fs::read(&file).expect("file"), reviewed);

    // The quotation's words change slightly: the decision follows, marked for re-review.
    fs::write(
        &a,
        format!(
            "{}\n{other}",
            ARTICLE.replace("tous les domaines", "tous nos domaines")
        ),
    )
    .expect("edit");
    extract(&[&a], &store).code(0);
    let second = store::read_record(&file).expect("parses");
    let moved = second
        .claims
        .iter()
        .find(|c| c.text.contains("tous nos domaines"))
        .expect("the new quotation");
    assert_ne!(moved.id, quoted.id);
    assert_eq!(moved.review.status, ReviewStatus::Recheck);
    assert_eq!(
        moved.review.note.as_deref(),
        Some(
            "vu dans la vidéo (was confirmed when the text read: Nous essaierons de développer la \
             coopération dans tous les domaines)"
        )
    );
    assert!(second.retired.is_empty());

    // The quotation is gone: the claim and its decision are kept among the retired.
    review_on_disk(&file, "négociations reprendront", "rejected", "date fausse");
    fs::write(&a, "Un titre assez long pour être un titre\n\nIl pleut.\n").expect("rewrite");
    extract(&[&a], &store).code(0);
    let third = store::read_record(&file).expect("parses");
    let mut retired: Vec<(ReviewStatus, String)> = third
        .retired
        .iter()
        .map(|c| (c.review.status, c.text.clone()))
        .collect();
    retired.sort_by(|x, y| x.1.cmp(&y.1));
    assert_eq!(
        retired,
        [
            (
                ReviewStatus::Recheck,
                "Nous essaierons de développer la coopération dans tous nos domaines".to_string()
            ),
            (
                ReviewStatus::Rejected,
                "les négociations reprendront en mars à Genève".to_string()
            ),
        ]
    );
    // And they stay retired on the next run.
    extract(&[&a], &store)
        .code(0)
        .stdout(contains("0 store files written"));
}

#[test]
fn two_runs_are_byte_identical() {
    let tmp = TempDir::new().expect("temp dir");
    let (one, two) = (tmp.path().join("one"), tmp.path().join("two"));
    extract(&[&seeds()], &one).code(0);
    let first = snapshot(&one);
    assert_eq!(first.len(), 5);
    extract(&[&seeds()], &one)
        .code(0)
        .stdout(contains("5 articles").and(contains("; 0 store files written")));
    assert_eq!(snapshot(&one), first);
    extract(&[&seeds()], &two).code(0);
    assert_eq!(snapshot(&two), first);
}

#[test]
fn dot_files_and_temporary_files_in_the_store_are_not_records() {
    let tmp = TempDir::new().expect("temp dir");
    let a = tmp.path().join("a.txt");
    fs::write(&a, ARTICLE).expect("a");
    let store = tmp.path().join("claims");
    fs::create_dir(&store).expect("store");
    fs::write(store.join(".a.yaml.tmp4242"), "claims: [half writ").expect("stale temp file");
    fs::write(store.join(".hidden.yaml"), "not: [a record").expect("dot-file");
    extract(&[&a], &store).code(0).stderr("");
    let (records, errors) = store::load(&store);
    assert!(errors.is_empty());
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].0, store.join("a.yaml"));
}

#[test]
fn write_atomic_leaves_no_temporary_file_and_skips_unchanged_content() {
    let tmp = TempDir::new().expect("temp dir");
    let file = tmp.path().join("claims").join("x.yaml");
    assert!(store::write_atomic(&file, "a: 1\n", store::Durability::Synced).expect("first write"));
    assert!(!store::write_atomic(&file, "a: 1\n", store::Durability::Regenerable).expect("same content"));
    assert!(store::write_atomic(&file, "a: 2\n", store::Durability::Regenerable).expect("new content"));
    assert_eq!(fs::read_to_string(&file).expect("read"), "a: 2\n");
    assert_eq!(snapshot(file.parent().expect("dir")).len(), 1);
}

#[test]
fn a_new_store_file_gets_its_content_and_the_permissions_of_any_new_file() {
    let tmp = TempDir::new().expect("temp dir");
    let plain = tmp.path().join("plain.txt");
    fs::File::create(&plain).expect("a file made the usual way");
    for (name, durability) in [
        ("kept.yaml", store::Durability::Synced),
        ("again.yaml", store::Durability::Regenerable),
    ] {
        let file = tmp.path().join(name);
        assert!(store::write_atomic(&file, "a: 1\n", durability).expect("write"));
        assert_eq!(fs::read_to_string(&file).expect("read"), "a: 1\n");
        assert_eq!(
            fs::metadata(&file).expect("meta").permissions(),
            fs::metadata(&plain).expect("meta").permissions(),
            "{name}"
        );
    }
    assert_eq!(snapshot(tmp.path()).len(), 3);
}

/// A few hundred articles, each with quotations and reported speech, in `dir`.
fn corpus(dir: &Path, n: usize) {
    fs::create_dir_all(dir).expect("corpus dir");
    for i in 0..n {
        let body: String = (0..20)
            .map(|j| {
                format!(
                    "« La coopération numéro {i} avance au point {j} », a déclaré le ministre Paul Martin.\n\n\
                     Selon l'agence Tasnim, Téhéran a démenti avoir livré {j} missiles le {i} mars.\n\n"
                )
            })
            .collect();
        fs::write(
            dir.join(format!("{i:04}.txt")),
            format!("Titre de l'article numéro {i}\n\n{body}"),
        )
        .expect("article");
    }
}

/// The article records (not dot-files) in the store.
fn records_in(store: &Path) -> usize {
    fs::read_dir(store).map_or(0, |d| {
        d.filter(|e| {
            e.as_ref().is_ok_and(|e| {
                e.file_name()
                    .to_str()
                    .is_some_and(|n| !n.starts_with('.') && n.ends_with(".yaml"))
            })
        })
        .count()
    })
}

/// Starts `extract`, kills it with SIGKILL as soon as `until` holds of the store, then checks that every
/// file of the store parses and that nothing else than records and dot-files is there.
fn kill_when(articles: &Path, store: &Path, until: &dyn Fn(&Path) -> bool) {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimcheck"))
        .arg("extract")
        .arg(articles)
        .arg("--claims")
        .arg(store)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start extract");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(300);
    while !until(store) {
        assert!(
            std::time::Instant::now() < deadline,
            "extract wrote nothing in 300 s"
        );
        assert!(
            child.try_wait().expect("child status").is_none(),
            "extract ended before the kill"
        );
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    child.kill().expect("SIGKILL"); // SIGKILL on unix
    child.wait().expect("reaped");
    let (_, errors) = store::load(store);
    let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(msgs.is_empty(), "{msgs:?}");
    for entry in fs::read_dir(store).expect("store") {
        let entry = entry.expect("entry");
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            name.starts_with('.') || name.ends_with(".yaml"),
            "unexpected file in the store: {name}"
        );
        if !name.starts_with('.') {
            store::read_record(&entry.path()).expect("every store file parses");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_run_killed_during_extract_leaves_every_store_file_parseable() {
    let tmp = TempDir::new().expect("temp dir");
    let articles = tmp.path().join("articles");
    // Enough articles that a kill lands while the store is written, even in a release build.
    const N: usize = 1500;
    corpus(&articles, N);
    let (one, two) = (tmp.path().join("one"), tmp.path().join("two"));
    // Killed just after the first file is written, and part-way through.
    kill_when(&articles, &one, &|s| records_in(s) >= 1);
    kill_when(&articles, &two, &|s| records_in(s) >= 300);
    let (n1, n2) = (records_in(&one), records_in(&two));
    assert!(
        (1..N).contains(&n1) && (300..N).contains(&n2),
        "kills landed after {n1} and {n2} files"
    );
    // Every article changes; the run rewriting the half-written store is killed while it rewrites.
    for f in fs::read_dir(&articles).expect("articles") {
        let f = f.expect("entry").path();
        let t = fs::read_to_string(&f).expect("article");
        fs::write(&f, t.replace("avance", "progresse")).expect("edit");
    }
    kill_when(&articles, &two, &|s| {
        fs::read_to_string(s.join("0000.yaml")).is_ok_and(|t| t.contains("progresse"))
    });
    // A full run afterwards completes the store.
    extract(&[&articles], &two)
        .code(0)
        .stdout(contains(format!("{N} articles")));
    let (records, errors) = store::load(&two);
    assert!(errors.is_empty());
    assert_eq!(records.len(), N);
    assert!(records
        .iter()
        .all(|(_, r)| r.claims.iter().any(|c| c.text.contains("progresse"))));
}

#[test]
fn a_store_file_whose_article_name_was_damaged_keeps_its_decisions_for_its_article() {
    let tmp = TempDir::new().expect("temp dir");
    let a = tmp.path().join("a.txt");
    fs::write(&a, ARTICLE).expect("a");
    let store = tmp.path().join("claims");
    let file = store.join("a.yaml");
    extract(&[&a], &store).code(0);
    review_on_disk(&file, "tous les domaines", "confirmed", "vu dans la vidéo");
    // One byte of the `article:` line damaged: `a.txt` becomes `a.tx` and a tab.
    let text = fs::read_to_string(&file).expect("store file");
    assert!(text.starts_with("article: a.txt\n"), "{text}");
    fs::write(&file, text.replacen("article: a.txt\n", "article: a.tx\t\n", 1)).expect("damage");
    extract(&[&a], &store)
        .code(0)
        .stderr(contains("shares its name").not());
    let names: Vec<String> = fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["a.yaml"]);
    let record = store::read_record(&file).expect("parses");
    assert_eq!(record.meta.article, "a.txt");
    let quoted = record
        .claims
        .iter()
        .find(|c| c.text.contains("tous les domaines"))
        .expect("the quotation");
    assert_eq!(quoted.review.status, ReviewStatus::Confirmed);
}
