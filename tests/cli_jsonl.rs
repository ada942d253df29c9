//! `claimcheck extract --jsonl`: articles as JSON Lines from a file or standard input, the `id` as the
//! article's name, spans into `text`, front-matter keys, and bad lines named and skipped.

use assert_cmd::Command;
use serde_json::{json, Value};
use std::path::Path;

const ARTICLE: &str =
    "Le ministre russe de la Défense Sergueï Choïgou a déclaré : « Nous ne livrerons aucune arme. »\n";

fn claimcheck() -> Command {
    Command::cargo_bin("claimcheck").expect("the binary is built")
}

fn export(store: &Path) -> Vec<Value> {
    let out = claimcheck()
        .args(["export", "--format", "jsonl", "--claims"])
        .arg(store)
        .output()
        .expect("export runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

fn line(v: Value) -> String {
    format!("{v}\n")
}

#[test]
fn articles_from_a_file_are_named_by_id_with_spans_into_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let text2 = format!("Titre de la dépêche du jour\n{ARTICLE}");
    std::fs::write(
        &input,
        line(json!({"id": "dep-1", "text": ARTICLE, "outlet": "Le Monde", "date": "2024-09-10"}))
            + &line(json!({"id": "dep-2", "text": text2, "agency": "AFP"})),
    )
    .unwrap();
    let store = dir.path().join("claims");
    claimcheck()
        .arg("extract")
        .arg("--jsonl")
        .arg(&input)
        .arg("--claims")
        .arg(&store)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "2 articles, 2 claims; 2 store files written",
        ));
    assert!(store.join("dep-1.yaml").is_file());
    assert!(store.join("dep-2.yaml").is_file());
    let claims = export(&store);
    assert_eq!(claims.len(), 2);
    for (c, text) in claims.iter().zip([ARTICLE, text2.as_str()]) {
        let span = c["span"].as_array().unwrap();
        let (s, e) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], "Nous ne livrerons aucune arme.");
        assert_eq!(c["text"], "Nous ne livrerons aucune arme.");
        assert_eq!(c["speaker"], "Sergueï Choïgou");
    }
    assert_eq!(claims[0]["article"], "dep-1");
    assert_eq!(claims[0]["outlet"], "Le Monde");
    assert_eq!(claims[0]["date"], "2024-09-10");
    assert_eq!(claims[1]["article"], "dep-2");
    assert_eq!(claims[1]["agency"], "AFP");
    assert_eq!(claims[1]["outlet"], "AFP");
    assert_eq!(claims[1]["title"], "Titre de la dépêche du jour");
}

#[test]
fn standard_input_gives_the_same_claims_as_the_same_article_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("art.txt");
    std::fs::write(&file, format!("---\noutlet: RFI\n---\n{ARTICLE}")).unwrap();
    let from_file = dir.path().join("a");
    claimcheck()
        .arg("extract")
        .arg(&file)
        .arg("--claims")
        .arg(&from_file)
        .assert()
        .success();
    let from_stdin = dir.path().join("b");
    claimcheck()
        .args(["extract", "--jsonl", "-", "--claims"])
        .arg(&from_stdin)
        .write_stdin(line(json!({"id": "art.txt", "text": ARTICLE, "outlet": "RFI"})))
        .assert()
        .success();
    let (a, b) = (export(&from_file), export(&from_stdin));
    assert_eq!(a.len(), 1);
    let body = "---\noutlet: RFI\n---\n".len() as u64;
    let mut moved = a[0].clone();
    moved["span"] = json!([
        a[0]["span"][0].as_u64().unwrap() - body,
        a[0]["span"][1].as_u64().unwrap() - body
    ]);
    // The id hashes the span, which starts earlier in the JSON text (no front matter).
    moved["id"] = b[0]["id"].clone();
    assert_eq!(vec![moved], b);
}

#[test]
fn a_malformed_line_is_named_with_its_number_and_the_others_are_extracted() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        line(json!({"id": "ok-1", "text": ARTICLE}))
            + "{\"id\": \"broken\", \"text\": \n"
            + &line(json!({"id": "ok-2", "text": ARTICLE})),
    )
    .unwrap();
    let store = dir.path().join("claims");
    claimcheck()
        .arg("extract")
        .arg("--jsonl")
        .arg(&input)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "claimcheck: {}: line 2: not an article object",
            input.display()
        )));
    let mut names: Vec<String> = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["ok-1.yaml", "ok-2.yaml"]);
}

#[test]
fn a_path_or_jsonl_is_required() {
    claimcheck()
        .arg("extract")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("<PATH>"));
}
