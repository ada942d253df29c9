//! The command line as a user drives it: real files, real processes, real YAML on disk. Each command
//! and format, exit codes, stable ids, byte-identical reruns, a reviewer's decision surviving a rerun,
//! and the committed `claims/` equal to a fresh extract of `seeds/`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

fn claimcheck() -> Command {
    Command::cargo_bin("claimcheck").expect("the binary is built")
}

const ARTICLE: &str = "---\noutlet: Le Quotidien\ndate: 2024-09-10\n---\nTitre : Washington accuse, Téhéran dément\n\n\
Les États-Unis ont accusé l'Iran d'avoir livré des missiles à la Russie. Téhéran a démenti cette affirmation.\n\n\
« Nous n'avons rien livré », a déclaré le ministre iranien des Affaires étrangères, Karim Sadeghi.\n";

fn write_article(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p
}

/// Runs `claimcheck extract ART --claims STORE` and expects success.
fn extract(art: &Path, store: &Path) {
    claimcheck()
        .arg("extract")
        .arg(art)
        .arg("--claims")
        .arg(store)
        .assert()
        .success();
}

/// Each file of a store folder with its text (lossy, so that a difference prints as words).
fn store_files(dir: &Path) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                String::from_utf8_lossy(&fs::read(&p).unwrap()).into_owned(),
            )
        })
        .collect();
    v.sort();
    v
}

fn export_jsonl(store: &Path) -> Vec<serde_json::Value> {
    let out = claimcheck()
        .args(["export", "--format", "jsonl", "--claims"])
        .arg(store)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn extract_writes_one_yaml_file_per_article_and_exports_every_contract_field() {
    let tmp = tempfile::tempdir().unwrap();
    let art = write_article(tmp.path(), "a1.txt", ARTICLE);
    let store = tmp.path().join("claims");
    claimcheck()
        .arg("extract")
        .arg(&art)
        .arg("--claims")
        .arg(&store)
        .assert()
        .success()
        .stdout(predicate::str::contains("a1.txt"));
    assert_eq!(
        store_files(&store)
            .iter()
            .map(|f| f.0.as_str())
            .collect::<Vec<_>>(),
        ["a1.yaml"]
    );
    let claims = export_jsonl(&store);
    for field in [
        "id",
        "article",
        "outlet",
        "agency",
        "date",
        "title",
        "speaker",
        "speaker_mention",
        "role",
        "via",
        "kind",
        "stance",
        "cue",
        "text",
        "span",
    ] {
        assert!(
            claims.iter().all(|c| c.get(field).is_some()),
            "field {field} missing"
        );
    }
    let quote = claims
        .iter()
        .find(|c| c["kind"] == "direct")
        .expect("the quotation");
    assert_eq!(quote["speaker"], "Karim Sadeghi");
    assert_eq!(quote["text"], "Nous n'avons rien livré");
    assert_eq!(quote["cue"], "a déclaré");
    assert_eq!(quote["outlet"], "Le Quotidien");
    let (s, e) = (
        quote["span"][0].as_u64().unwrap() as usize,
        quote["span"][1].as_u64().unwrap() as usize,
    );
    assert_eq!(&ARTICLE.as_bytes()[s..e], "Nous n'avons rien livré".as_bytes());
    let accuse = claims
        .iter()
        .find(|c| c["stance"] == "accuse")
        .expect("the accusation");
    assert_eq!(accuse["speaker"], "États-Unis");
    let deny = claims.iter().find(|c| c["stance"] == "deny").expect("the denial");
    assert_eq!(deny["speaker"], "Iran");
    assert_eq!(deny["speaker_mention"], "Téhéran");
    assert_eq!(
        deny["text"], accuse["text"],
        "an anaphoric denial carries the claim it denies"
    );
}

#[test]
fn reruns_are_byte_identical_and_ids_stable() {
    let tmp = tempfile::tempdir().unwrap();
    let art = write_article(tmp.path(), "a1.txt", ARTICLE);
    let store = tmp.path().join("claims");
    extract(&art, &store);
    let first = store_files(&store);
    let ids: Vec<_> = export_jsonl(&store).iter().map(|c| c["id"].clone()).collect();
    extract(&art, &store);
    assert_eq!(first, store_files(&store));
    let again: Vec<_> = export_jsonl(&store).iter().map(|c| c["id"].clone()).collect();
    assert_eq!(ids, again);
}

#[test]
fn a_reviewers_decision_survives_a_rerun() {
    let tmp = tempfile::tempdir().unwrap();
    let art = write_article(tmp.path(), "a1.txt", ARTICLE);
    let store = tmp.path().join("claims");
    extract(&art, &store);
    let file = store.join("a1.yaml");
    let yaml = fs::read_to_string(&file).unwrap();
    let first = yaml.find("status: unreviewed").expect("a review block");
    let edited = format!(
        "{}status: confirmed\n    note: checked against the wire{}",
        &yaml[..first],
        &yaml[first + "status: unreviewed".len()..]
    );
    fs::write(&file, edited).unwrap();
    extract(&art, &store);
    let after = fs::read_to_string(&file).unwrap();
    assert!(after.contains("status: confirmed"));
    assert!(after.contains("note: checked against the wire"));
}

#[test]
fn a_missing_input_is_named_the_others_are_still_written_and_the_exit_status_is_1() {
    let tmp = tempfile::tempdir().unwrap();
    let art = write_article(tmp.path(), "a1.txt", ARTICLE);
    let store = tmp.path().join("claims");
    claimcheck()
        .arg("extract")
        .arg(tmp.path().join("nope.txt"))
        .arg(&art)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nope.txt"));
    assert!(store.join("a1.yaml").exists());
}

#[test]
fn usage_errors_exit_2() {
    claimcheck().arg("extract").assert().code(2);
    claimcheck().args(["export", "--format", "pdf"]).assert().code(2);
    claimcheck().arg("frobnicate").assert().code(2);
}

#[test]
fn export_formats_and_list_filters() {
    let tmp = tempfile::tempdir().unwrap();
    let art = write_article(tmp.path(), "a1.txt", ARTICLE);
    let store = tmp.path().join("claims");
    extract(&art, &store);
    let n = export_jsonl(&store).len();
    let csv = claimcheck()
        .args(["export", "--format", "csv", "--claims"])
        .arg(&store)
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("id,article,outlet,agency,date,title,speaker,speaker_mention,role,via,kind,stance,cue,text,span,rule,review_status,review_note,review_speaker,review_text\n"));
    assert_eq!(csv::Reader::from_reader(csv.as_bytes()).records().count(), n);
    let md = claimcheck()
        .args(["export", "--format", "md", "--claims"])
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(md.stdout).unwrap().lines().count(), n + 2);
    let json = claimcheck()
        .args(["export", "--format", "json", "--claims"])
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<Vec<serde_json::Value>>(&json.stdout)
            .unwrap()
            .len(),
        n
    );
    let out = tmp.path().join("review.csv");
    claimcheck()
        .args(["export", "--format", "csv", "--out"])
        .arg(&out)
        .arg("--claims")
        .arg(&store)
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&out).unwrap(), csv);

    let listed = claimcheck()
        .args(["list", "--speaker", "sadeghi", "--format", "jsonl", "--claims"])
        .arg(&store)
        .output()
        .unwrap();
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert_eq!(listed.lines().count(), 1);
    assert!(listed.contains("Nous n'avons rien livré"));
    let denials = claimcheck()
        .args(["list", "--stance", "deny", "--format", "jsonl", "--claims"])
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(denials.stdout).unwrap().lines().count(), 1);
}

#[test]
fn the_committed_claim_store_is_what_extract_writes_for_the_seeds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimcheck()
        .current_dir(root)
        .args(["extract", "seeds", "--claims"])
        .arg(&store)
        .assert()
        .success();
    let committed: Vec<_> = store_files(&root.join("claims"))
        .into_iter()
        .filter(|f| f.0.ends_with(".yaml") && f.0 != "aliases.yaml")
        .collect();
    assert_eq!(
        committed,
        store_files(&store),
        "claims/ is stale: run `cargo run --release -- extract seeds`"
    );
}
