//! `claimcheck relate` from the command line: a real TSV on disk, the contract's output fields, the
//! error for a TSV without its columns (exit 1, naming the file) and usage errors (exit 2).

use assert_cmd::Command;
use predicates::str::contains;
use serde_json::Value;
use std::fs;

fn bin() -> Command {
    Command::cargo_bin("claimcheck").expect("the binary is built")
}

#[test]
fn every_tsv_row_gets_one_object_with_the_contract_fields() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pairs.tsv");
    fs::write(
        &path,
        "id\tpremise\thypothesis\tlabel\n\
         p1\tLe traité inclut une clause de défense mutuelle.\tLe traité ne comporte pas de clause de défense mutuelle.\t1\n\
         p2\tLa Russie utilise des drones iraniens en Ukraine.\tLe Kremlin utilise en Ukraine des drones venus d'Iran.\t0\n\
         p3\tLe port de Marseille est fermé.\tLe festival de Cannes est annulé.\t0\n",
    )
    .unwrap();
    let out = bin()
        .args(["relate", "--pairs"])
        .arg(&path)
        .args(["--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    for r in &rows {
        let mut keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["id", "reason", "relation", "score"]);
        let score = r["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
    let rel: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r["relation"].as_str().unwrap()))
        .collect();
    assert_eq!(rel, [("p1", "contradict"), ("p2", "agree"), ("p3", "unrelated")]);
    let reason = rows[0]["reason"].as_str().unwrap();
    assert!(
        reason.contains("negation on one side only") && reason.contains("ne comporte pas"),
        "{reason}"
    );
    assert!(
        reason.contains("clause") && reason.contains("défense") && reason.contains("mutuelle"),
        "{reason}"
    );
}

#[test]
fn a_tsv_without_the_hypothesis_column_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.tsv");
    fs::write(&path, "id\tpremise\tclaim\n1\tUn.\tDeux.\n").unwrap();
    bin()
        .args(["relate", "--pairs"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(contains("broken.tsv"))
        .stderr(contains("hypothesis"));
}

#[test]
fn a_missing_tsv_is_an_error_naming_the_file() {
    bin()
        .args(["relate", "--pairs", "no/such/pairs.tsv"])
        .assert()
        .code(1)
        .stderr(contains("no/such/pairs.tsv"));
}

#[test]
fn usage_errors_exit_2() {
    bin().arg("relate").assert().code(2);
    bin()
        .args(["relate", "--pairs", "x.tsv", "--format", "nonsense"])
        .assert()
        .code(2);
    bin()
        .args(["relate", "--pairs", "x.tsv", "une phrase", "une autre"])
        .assert()
        .code(2);
}

#[test]
fn two_statements_on_the_command_line() {
    let out = bin()
        .args([
            "relate",
            "Les chiffres du chômage sont en hausse.",
            "Les chiffres du chômage sont en baisse.",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["relation"], "contradict");
    assert!(
        v["reason"]
            .as_str()
            .unwrap()
            .contains("antonyms: \"hausse\" vs \"baisse\""),
        "{v}"
    );
}

#[test]
fn table_and_json_formats() {
    bin()
        .args([
            "relate",
            "--format",
            "table",
            "Le pont a été inauguré en 1998.",
            "Le pont a été inauguré en 2004.",
        ])
        .assert()
        .success()
        .stdout(contains("contradict"))
        .stdout(contains("dates that cannot both hold"));
    let out = bin()
        .args([
            "relate",
            "--format",
            "json",
            "Le pont est ouvert.",
            "Le pont est ouvert.",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["relation"], "agree");
}
