//! `claimcheck compare` over a small claim store written on disk: an accusation and its denial come out
//! as `contradict`, two outlets reporting one event as `agree`, and an unrelated claim in nothing.

use assert_cmd::Command;
use claimcheck::claim::{Claim, Kind, Review, Stance};
use claimcheck::store::{to_yaml, ArticleRecord};
use serde_json::Value;
use std::path::Path;

fn claim(id: &str, article: &str, speaker: Option<&str>, kind: Kind, stance: Stance, text: &str) -> Claim {
    Claim {
        id: id.into(),
        article: article.into(),
        outlet: None,
        agency: None,
        date: Some("2024-09-10".into()),
        title: None,
        speaker: speaker.map(String::from),
        speaker_mention: speaker.map(String::from),
        speaker_name: speaker.map(String::from),
        speaker_kind: None,
        role: None,
        via: vec![],
        kind,
        stance,
        cue: None,
        text: text.into(),
        // Distinct places in the article: two claims of one article never stand on the same words here.
        span: {
            let at = id.bytes().map(usize::from).sum::<usize>() * 1000;
            [at, at + text.len()]
        },
        rule: "test".into(),
        review: Review::default(),
    }
}

fn write(dir: &Path, article: &str, outlet: &str, mut claims: Vec<Claim>) {
    for c in &mut claims {
        c.outlet = Some(outlet.into());
    }
    // Through serde, so that fields the store adds with a default need no change here.
    let record: ArticleRecord = serde_json::from_value(serde_json::json!({
        "article": article,
        "outlet": outlet,
        "claims": claims,
    }))
    .unwrap();
    let name = claimcheck::store::file_name(article, None);
    std::fs::write(dir.join(name), to_yaml(&record)).unwrap();
}

fn store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let accusation = "l'Iran a livré des missiles balistiques de courte portée à la Russie";
    write(
        dir.path(),
        "a1.txt",
        "Le Quotidien",
        vec![
            claim(
                "a1-1",
                "a1.txt",
                Some("États-Unis"),
                Kind::Indirect,
                Stance::Accuse,
                accusation,
            ),
            claim(
                "a1-2",
                "a1.txt",
                Some("Iran"),
                Kind::Indirect,
                Stance::Deny,
                accusation,
            ),
            claim(
                "a1-3",
                "a1.txt",
                None,
                Kind::Outlet,
                Stance::Assert,
                "La Russie utilise les drones iraniens dans son invasion de l'Ukraine.",
            ),
        ],
    );
    write(
        dir.path(),
        "b2.txt",
        "La Gazette",
        vec![
            claim(
                "b2-1",
                "b2.txt",
                None,
                Kind::Outlet,
                Stance::Assert,
                "Téhéran a envoyé à Moscou des drones utilisés par la Russie tout au long de la guerre en Ukraine.",
            ),
            claim("b2-2", "b2.txt", Some("Marie Dupont"), Kind::Direct, Stance::Assert, "Le festival de jazz de Nantes aura lieu en juillet."),
        ],
    );
    dir
}

fn compare(dir: &Path, extra: &[&str]) -> Vec<Value> {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .args(["compare", "--claims"])
        .arg(dir)
        .args(["--format", "jsonl"])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn pair(v: &Value) -> (String, String, String) {
    (
        v["a"].as_str().unwrap().into(),
        v["b"].as_str().unwrap().into(),
        v["relation"].as_str().unwrap().into(),
    )
}

#[test]
fn accusation_and_denial_contradict_and_two_outlets_agree() {
    let dir = store();
    let rows = compare(dir.path(), &[]);
    let pairs: Vec<_> = rows.iter().map(pair).collect();
    assert_eq!(
        pairs,
        [
            ("a1-1".into(), "a1-2".into(), "contradict".into()),
            ("a1-3".into(), "b2-1".into(), "agree".into()),
        ],
        "{rows:#?}"
    );
    let reason = rows[0]["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("accuse vs deny on the same proposition"),
        "{reason}"
    );
    assert!(
        reason.contains("missiles") && reason.contains("Iran") && reason.contains("Russie"),
        "{reason}"
    );
    for r in &rows {
        assert!(r["score"].as_f64().is_some_and(|s| (0.0..=1.0).contains(&s)));
    }
    // The unrelated festival claim is in no relation.
    assert!(rows.iter().all(|r| r["a"] != "b2-2" && r["b"] != "b2-2"));
}

#[test]
fn filters_by_relation_outlets_and_speaker() {
    let dir = store();
    let only: Vec<_> = compare(dir.path(), &["--only", "contradict"])
        .iter()
        .map(pair)
        .collect();
    assert_eq!(only, [("a1-1".into(), "a1-2".into(), "contradict".into())]);
    let between: Vec<_> = compare(dir.path(), &["--between-outlets"])
        .iter()
        .map(pair)
        .collect();
    assert_eq!(between, [("a1-3".into(), "b2-1".into(), "agree".into())]);
    let speaker: Vec<_> = compare(dir.path(), &["--speaker", "etats-unis"])
        .iter()
        .map(pair)
        .collect();
    assert_eq!(speaker, [("a1-1".into(), "a1-2".into(), "contradict".into())]);
}

#[test]
fn the_table_sets_both_claims_side_by_side() {
    let dir = store();
    Command::cargo_bin("claimcheck")
        .unwrap()
        .args(["compare", "--claims"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicates::str::contains("CONTRADICT"))
        .stdout(predicates::str::contains("États-Unis [accuse]"))
        .stdout(predicates::str::contains("Iran [deny]"));
}

#[test]
fn an_empty_store_gives_no_relation() {
    let dir = tempfile::tempdir().unwrap();
    assert!(compare(dir.path(), &[]).is_empty());
}
