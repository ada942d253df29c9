//! One article, one store file, the same on every run whatever the order of the inputs (issue #12): no
//! article overwrites `aliases.yaml` or becomes a hidden file, names that share a prefix or differ only
//! in bytes that are not UTF-8 stay apart, a second article of the same name is kept apart and
//! reported, never merged, and a name of 250 characters is written and updated. Real files, real
//! processes.

mod support;

use predicates::prelude::*;
use predicates::str::contains;
use std::collections::HashSet;
use std::fs;
use std::path::Path;
use support::{article, claimcheck, decisions, export, extract, review, store_files};
use tempfile::TempDir;

const TEXT: &str = "Le port de Varenne reste ouvert malgré la grève des dockers\n\n\
                    « Nous ne céderons pas aux pressions », a déclaré le ministre Paul Martin mardi.\n";

fn jsonl(dir: &Path, name: &str, rows: &[(&str, &str)]) -> std::path::PathBuf {
    let text: String = rows
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string() + "\n")
        .collect();
    article(dir, name, &text)
}

fn extract_jsonl(file: &Path, store: &Path) -> assert_cmd::assert::Assert {
    claimcheck()
        .arg("extract")
        .arg("--jsonl")
        .arg(file)
        .arg("--claims")
        .arg(store)
        .assert()
}

/// Every claim id of the store is there once.
fn ids_are_unique(store: &Path) {
    let claims = export(store);
    let ids: HashSet<String> = claims.iter().map(|c| c["id"].to_string()).collect();
    assert_eq!(ids.len(), claims.len(), "the same id twice in the store");
}

#[test]
fn an_article_named_aliases_never_touches_aliases_yaml() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    fs::create_dir(&store).unwrap();
    let aliases = "identities:\n  - name: Paul Martin\n    forms: [P. Martin]\n";
    fs::write(store.join("aliases.yaml"), aliases).unwrap();
    let a = article(tmp.path(), "aliases.txt", TEXT);
    extract(&[&a], &store).code(0);
    let j = jsonl(tmp.path(), "in.jsonl", &[("aliases", TEXT)]);
    extract_jsonl(&j, &store).code(0);
    assert_eq!(fs::read_to_string(store.join("aliases.yaml")).unwrap(), aliases);
    let articles: HashSet<String> = export(&store)
        .iter()
        .map(|c| c["article"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        articles,
        HashSet::from(["aliases.txt".to_string(), "aliases".to_string()])
    );
    claimcheck()
        .args(["speakers", "--claims"])
        .arg(&store)
        .assert()
        .code(0);
    extract(&[&a], &store).code(0);
    ids_are_unique(&store);
}

#[test]
fn ids_that_share_their_text_before_a_dot_keep_their_own_files() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let j = jsonl(
        tmp.path(),
        "in.jsonl",
        &[
            ("lemonde.fr-1001", TEXT),
            ("lemonde.fr-1002", &TEXT.replace("mardi", "mercredi")),
        ],
    );
    extract_jsonl(&j, &store).code(0);
    assert_eq!(
        store_files(&store),
        [
            store.join("lemonde.fr-1001.yaml"),
            store.join("lemonde.fr-1002.yaml")
        ]
    );
    assert_eq!(export(&store).len(), 4);
    ids_are_unique(&store);
}

#[test]
fn the_same_id_in_two_jsonl_files_is_kept_apart_and_reported() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let one = jsonl(tmp.path(), "one.jsonl", &[("x1", TEXT)]);
    let two = jsonl(
        tmp.path(),
        "two.jsonl",
        &[("x1", &TEXT.replace("Nous ne céderons pas", "Nous céderons"))],
    );
    extract_jsonl(&one, &store).code(0);
    review(&store.join("x1.yaml"), "Nous ne céderons pas", "confirmed", None);
    let decided = decisions(&store.join("x1.yaml"));
    extract_jsonl(&two, &store)
        .code(0)
        .stderr(contains("shares its name x1 with").and(contains("one.jsonl:1")));
    extract_jsonl(&one, &store).code(0);
    assert_eq!(decisions(&store.join("x1.yaml")), decided);
    assert_eq!(store_files(&store).len(), 2);
    ids_are_unique(&store);
    // The same id twice in one file: the second is refused, naming both lines.
    let twice = jsonl(
        tmp.path(),
        "twice.jsonl",
        &[
            ("y", TEXT),
            ("y", "Autre texte. Il pleut sur Varenne depuis mardi soir."),
        ],
    );
    extract_jsonl(&twice, &store)
        .code(1)
        .stderr(contains("twice.jsonl:2").and(contains("was already given at")));
}

#[test]
fn two_folders_x_txt_keep_their_files_whatever_the_order() {
    let tmp = TempDir::new().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    article(&a, "x.txt", TEXT);
    article(
        &b,
        "x.txt",
        &TEXT.replace("Nous ne céderons pas", "Nous tiendrons bon"),
    );
    let (one, two) = (tmp.path().join("one"), tmp.path().join("two"));
    extract(&[&a, &b], &one).code(0);
    extract(&[&b, &a], &two).code(0);
    let names = |s: &Path| {
        store_files(s)
            .iter()
            .map(|p| p.file_name().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&one),
        names(&two),
        "the files depend on the order of the inputs"
    );
    for store in [&one, &two] {
        let plain = fs::read_to_string(store.join("x.yaml")).unwrap();
        assert!(
            plain.contains("Nous ne céderons pas"),
            "a/x.txt, the first by path, keeps x.yaml"
        );
    }
    let before: Vec<Vec<u8>> = store_files(&one).iter().map(|f| fs::read(f).unwrap()).collect();
    extract(&[&b], &one).code(0);
    extract(&[&a], &one).code(0);
    extract(&[&b, &a], &one)
        .code(0)
        .stdout(contains("0 store files written"));
    let after: Vec<Vec<u8>> = store_files(&one).iter().map(|f| fs::read(f).unwrap()).collect();
    assert_eq!(after, before, "the two articles swapped files");
    ids_are_unique(&one);
}

#[test]
fn names_that_differ_only_in_bytes_that_are_not_utf8_stay_two_articles() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    for (byte, words) in [(0xe9u8, "Nous ne céderons pas"), (0xe8, "Nous tiendrons bon")] {
        let bytes = [b'c', b'a', b'f', byte, b'.', b't', b'x', b't'];
        fs::write(
            dir.join(std::ffi::OsStr::from_bytes(&bytes)),
            TEXT.replace("Nous ne céderons pas", words),
        )
        .unwrap();
    }
    let store = tmp.path().join("claims");
    extract(&[&dir], &store).code(0).stdout(contains("2 articles"));
    let articles: HashSet<String> = export(&store)
        .iter()
        .map(|c| c["article"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        articles,
        HashSet::from(["caf%E9.txt".to_string(), "caf%E8.txt".to_string()])
    );
    assert_eq!(store_files(&store).len(), 2);
    ids_are_unique(&store);
}

#[test]
fn an_article_whose_name_starts_with_a_dot_is_a_file_that_is_read_back() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let a = article(tmp.path(), ".brouillon.txt", TEXT);
    extract(&[&a], &store).code(0);
    let files = store_files(&store);
    assert_eq!(files, [store.join("%2Ebrouillon.yaml")]);
    review(&files[0], "Nous ne céderons pas", "confirmed", None);
    extract(&[&a], &store).code(0);
    assert!(decisions(&files[0]).iter().any(|d| d.1 == "confirmed"));
    assert_eq!(
        export(&store)
            .iter()
            .filter(|c| c["review"]["status"] == "confirmed")
            .count(),
        1
    );
    let j = jsonl(tmp.path(), "in.jsonl", &[(".cache", TEXT)]);
    extract_jsonl(&j, &store).code(0);
    assert!(store.join("%2Ecache.yaml").exists());
}

#[test]
fn an_id_of_250_characters_is_written_and_updated() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let id = "x".repeat(250);
    let j = jsonl(tmp.path(), "in.jsonl", &[(&id, TEXT)]);
    extract_jsonl(&j, &store).code(0);
    let j = jsonl(
        tmp.path(),
        "in.jsonl",
        &[(&id, &TEXT.replace("aux pressions", "aux menaces"))],
    );
    extract_jsonl(&j, &store)
        .code(0)
        .stdout(contains("1 store files written"));
    let files = store_files(&store);
    assert_eq!(files.len(), 1);
    assert!(fs::read_to_string(&files[0]).unwrap().contains("aux menaces"));
    assert_eq!(export(&store)[0]["article"], id.as_str());
}

#[test]
fn a_file_named_by_the_first_versions_moves_to_its_name_with_its_decisions() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let j = jsonl(tmp.path(), "in.jsonl", &[("lemonde.fr-1001", TEXT)]);
    extract_jsonl(&j, &store).code(0);
    let now = store.join("lemonde.fr-1001.yaml");
    review(&now, "Nous ne céderons pas", "confirmed", Some("vu à la radio"));
    let decided = decisions(&now);
    // The first versions named the file by the article's name up to its last dot.
    let older = store.join("lemonde.yaml");
    fs::rename(&now, &older).unwrap();
    extract_jsonl(&j, &store).code(0);
    assert_eq!(store_files(&store), std::slice::from_ref(&now));
    assert_eq!(decisions(&now), decided);
}

#[test]
fn a_file_whose_article_was_edited_is_reported_and_keeps_its_decisions() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("claims");
    let a = article(tmp.path(), "port.txt", TEXT);
    extract(&[&a], &store).code(0);
    let file = store.join("port.yaml");
    review(&file, "Nous ne céderons pas", "rejected", Some("pas dit ainsi"));
    // A slip of the keyboard in `article:`: neither the article nor a name any version gave.
    let text = fs::read_to_string(&file).unwrap();
    let line = text.lines().position(|l| l == "article: port.txt").unwrap() + 1;
    let edited = text.replacen("article: port.txt", "article: po!rt.txt", 1);
    fs::write(&file, &edited).unwrap();
    extract(&[&a], &store).code(1).stderr(
        contains(format!(
            "port.yaml: line {line}: `article: po!rt.txt` is not the article"
        ))
        .and(contains("port.yaml: not updated from")),
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), edited);
    assert_eq!(store_files(&store), std::slice::from_ref(&file));
    // Set back, the file is the article's again and its decision is there.
    fs::write(&file, &text).unwrap();
    extract(&[&a], &store).code(0);
    let decided = decisions(&file);
    assert!(
        decided.iter().any(|(t, s, n)| t.contains("Nous ne céderons pas")
            && s == "rejected"
            && n.as_deref() == Some("pas dit ainsi")),
        "{decided:?}"
    );
}
