//! `claimcheck speakers` and `claimcheck list --speaker` over a small store written here: every spelling
//! of one person is one identity with exact counts, any spelling finds his claims, the user's aliases.yaml
//! merges and splits, and a malformed one is an error naming the file and line.

use assert_cmd::Command;
use claimcheck::claim::{ArticleMeta, Claim, Kind, Review, SpeakerKind, Stance};
use claimcheck::corpus::identity::{assign_speakers, Aliases};
use claimcheck::store::{self, ArticleRecord};
use serde_json::Value;
use std::path::Path;

struct Said<'a> {
    name: Option<&'a str>,
    kind: SpeakerKind,
    mention: &'a str,
    role: Option<&'a str>,
    stance: Stance,
}

fn said<'a>(name: &'a str, mention: &'a str, role: Option<&'a str>, stance: Stance) -> Said<'a> {
    Said {
        name: Some(name),
        kind: SpeakerKind::Person,
        mention,
        role,
        stance,
    }
}

fn record(article: &str, outlet: &str, said: &[Said]) -> ArticleRecord {
    let claims = said
        .iter()
        .enumerate()
        .map(|(i, s)| Claim {
            id: format!("{article}#{i}"),
            article: article.into(),
            outlet: Some(outlet.into()),
            agency: None,
            date: None,
            title: None,
            speaker: None,
            speaker_mention: s.name.map(|_| s.mention.to_string()),
            speaker_name: s.name.map(str::to_string),
            speaker_kind: s.name.map(|_| s.kind),
            role: s.role.map(str::to_string),
            via: vec![],
            kind: Kind::Direct,
            stance: s.stance,
            cue: Some("a déclaré".into()),
            text: format!("claim {i} of {article}"),
            span: [i * 10, i * 10 + 5],
            rule: "test".into(),
            review: Review::default(),
        })
        .collect();
    ArticleRecord {
        meta: ArticleMeta {
            article: article.into(),
            outlet: Some(outlet.into()),
            ..Default::default()
        },
        claims,
        retired: Vec::new(),
    }
}

/// Writes the store as `extract` would: identities assigned, one YAML file per article.
fn write_store(dir: &Path) {
    let state = |name, mention, stance| Said {
        name: Some(name),
        kind: SpeakerKind::State,
        mention,
        role: None,
        stance,
    };
    let mut records = vec![
        record(
            "001_a.txt",
            "FRENCH PRESS TV",
            &[
                said(
                    "Sergueï Choïgou",
                    "Shoygu",
                    Some("ministre russe de la Défense"),
                    Stance::Assert,
                ),
                said(
                    "Sergueï Choïgou",
                    "il",
                    Some("ministre russe de la Défense"),
                    Stance::Assert,
                ),
                state("Iran", "Téhéran", Stance::Deny),
                Said {
                    name: None,
                    kind: SpeakerKind::Person,
                    mention: "",
                    role: None,
                    stance: Stance::Assert,
                },
            ],
        ),
        record(
            "002_b.txt",
            "Le Monde",
            &[
                said("Sergueï Choïgu", "M. Choïgou", None, Stance::Accuse),
                said(
                    "Mohammad Reza Ashtiani",
                    "le général Ashtiani",
                    Some("ministre iranien de la Défense"),
                    Stance::Deny,
                ),
                said(
                    "Mohammad Bagheri",
                    "Bagheri",
                    Some("chef d'état-major des forces armées"),
                    Stance::Neutral,
                ),
                state("Russie", "le Kremlin", Stance::Assert),
            ],
        ),
        record(
            "003_c.txt",
            "Reuters",
            &[
                said("Choïgou", "Choïgou", None, Stance::Assert),
                said(
                    "Amir Ashtiani",
                    "Amir Ashtiani",
                    Some("ministre de la Défense"),
                    Stance::Assert,
                ),
                said("Ali Akbar Ahmadian", "Ahmadian", None, Stance::Neutral),
                said("Jean Durand", "Jean Durand", None, Stance::Assert),
                said("Marie Durand", "Marie Durand", None, Stance::Deny),
                state("Russie", "Moscou", Stance::Deny),
            ],
        ),
    ];
    assign_speakers(&mut records, &Aliases::default());
    for r in &records {
        std::fs::write(
            dir.join(store::file_name(&r.meta.article, None)),
            store::to_yaml(r),
        )
        .unwrap();
    }
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn jsonl(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn speakers(dir: &Path) -> Vec<Value> {
    let (code, out, err) = run(&["speakers", "--claims", dir.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    jsonl(&out)
}

fn find<'a>(ids: &'a [Value], name: &str) -> &'a Value {
    ids.iter()
        .find(|i| i["speaker"] == name)
        .unwrap_or_else(|| panic!("no identity {name} in {ids:#?}"))
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

#[test]
fn every_spelling_is_one_identity_with_its_counts() {
    let dir = tempfile::tempdir().unwrap();
    write_store(dir.path());
    let ids = speakers(dir.path());
    let names: Vec<&str> = ids.iter().map(|i| i["speaker"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Sergueï Choïgou",
            "Mohammad Reza Ashtiani",
            "Russie",
            "Ali Akbar Ahmadian",
            "Iran",
            "Jean Durand",
            "Marie Durand",
            "Mohammad Bagheri"
        ]
    );
    let s = find(&ids, "Sergueï Choïgou");
    assert_eq!(s["kind"], "person");
    assert_eq!(s["claims"], 4);
    assert_eq!(
        (
            s["assert"].as_u64(),
            s["accuse"].as_u64(),
            s["deny"].as_u64(),
            s["neutral"].as_u64()
        ),
        (Some(3), Some(1), Some(0), Some(0))
    );
    assert_eq!(strings(&s["articles"]), ["001_a.txt", "002_b.txt", "003_c.txt"]);
    assert_eq!(strings(&s["outlets"]), ["Le Monde", "Press TV", "Reuters"]);
    assert_eq!(strings(&s["roles"]), ["ministre russe de la Défense"]);
    assert_eq!(
        strings(&s["forms"]),
        ["Choïgou", "Sergueï Choïgou", "Sergueï Choïgu", "Shoygu"]
    );
    let a = find(&ids, "Mohammad Reza Ashtiani");
    assert_eq!(a["claims"], 2);
    assert_eq!(find(&ids, "Russie")["claims"], 2);
    assert_eq!(find(&ids, "Russie")["kind"], "state");
}

#[test]
fn list_finds_a_speaker_by_any_spelling() {
    let dir = tempfile::tempdir().unwrap();
    write_store(dir.path());
    let ids_for = |query: &str| -> Vec<String> {
        let (code, out, err) = run(&[
            "list",
            "--speaker",
            query,
            "--claims",
            dir.path().to_str().unwrap(),
            "--format",
            "jsonl",
        ]);
        assert_eq!(code, 0, "{err}");
        jsonl(&out)
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids_for("Shoigu"),
        ["001_a.txt#0", "001_a.txt#1", "002_b.txt#0", "003_c.txt#0"]
    );
    assert_eq!(ids_for("ashtiani"), ["002_b.txt#1", "003_c.txt#1"]);
    assert_eq!(ids_for("Ali"), ["003_c.txt#2"]);
    assert_eq!(ids_for("Téhéran"), ["001_a.txt#2"]);
    assert_eq!(ids_for("Durand"), ["003_c.txt#3", "003_c.txt#4"]);
    assert_eq!(ids_for("Marie Durand"), ["003_c.txt#4"]);
}

#[test]
fn aliases_merge_split_and_rename() {
    let dir = tempfile::tempdir().unwrap();
    write_store(dir.path());
    std::fs::write(
        dir.path().join("aliases.yaml"),
        "# corrections\nidentities:\n  - name: Les Durand\n    forms: [Jean Durand, Marie Durand]\n  - name: S. Choïgu (homonyme)\n    forms: [Sergueï Choïgu]\n    articles: [002_b]\n  - name: Kremlin\n    forms: [Russie]\n    kind: organisation\n",
    )
    .unwrap();
    let ids = speakers(dir.path());
    assert_eq!(find(&ids, "Les Durand")["claims"], 2);
    assert_eq!(find(&ids, "Sergueï Choïgou")["claims"], 3);
    assert_eq!(
        strings(&find(&ids, "S. Choïgu (homonyme)")["articles"]),
        ["002_b.txt"]
    );
    assert_eq!(find(&ids, "Kremlin")["claims"], 2);
    assert_eq!(find(&ids, "Kremlin")["kind"], "organisation");
    assert!(!ids
        .iter()
        .any(|i| i["speaker"] == "Jean Durand" || i["speaker"] == "Russie"));

    std::fs::write(
        dir.path().join("aliases.yaml"),
        "apart:\n  - [Amir Ashtiani, Mohammad Reza Ashtiani]\n",
    )
    .unwrap();
    let ids = speakers(dir.path());
    assert_eq!(find(&ids, "Mohammad Reza Ashtiani")["claims"], 1);
    assert_eq!(find(&ids, "Ashtiani")["claims"], 1);
}

#[test]
fn a_malformed_aliases_file_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    write_store(dir.path());
    let path = dir.path().join("aliases.yaml");
    std::fs::write(
        &path,
        "identities:\n  - name: Les Durand\n    froms: [Jean Durand]\n",
    )
    .unwrap();
    let (code, out, err) = run(&["speakers", "--claims", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(err.contains(&path.display().to_string()), "{err}");
    assert!(err.contains("line 3"), "{err}");

    std::fs::write(&path, "apart:\n  - [Jean Durand]\n").unwrap();
    let (code, _, err) = run(&["speakers", "--claims", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("aliases.yaml") && err.contains("line 2"), "{err}");
}

#[test]
fn table_and_other_formats_render() {
    let dir = tempfile::tempdir().unwrap();
    write_store(dir.path());
    for f in ["table", "json", "csv", "md", "yaml"] {
        let (code, out, err) = run(&[
            "speakers",
            "--claims",
            dir.path().to_str().unwrap(),
            "--format",
            f,
        ]);
        assert_eq!(code, 0, "{f}: {err}");
        assert!(out.contains("Sergueï Choïgou"), "{f}: {out}");
    }
    // A store that does not exist is not an empty one: the user mistyped the folder, or has not extracted.
    let none = dir.path().join("none");
    let (code, out, err) = run(&["speakers", "--claims", none.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        err,
        format!(
            "claimcheck: {}: there is no claim store here: `claimcheck extract ARTICLES --claims DIR` makes one \
             (the default store is claims/)\n",
            none.display()
        )
    );
}
