//! `claimcheck threads` and the threads section of `claimcheck check`, with real processes: on the seeds,
//! the missile-delivery thread comes first with the United States' allegation on one side and Tehran's
//! denial on the other; the JSON Lines fields; and, on three articles written for this test
//! (`tests/threads/`: one wire story reprinted by two outlets, and a denial), the reprint counted as one
//! independent source with the merge named.

mod support;

use serde_json::Value;
use std::path::Path;
use support::claimcheck;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs claimcheck in the repository's root; asserts success and no error output; returns stdout.
fn run(args: &[&str]) -> String {
    let out = claimcheck()
        .current_dir(root())
        .env_remove("COLUMNS")
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(
        (out.status.code(), String::from_utf8_lossy(&out.stderr).as_ref()),
        (Some(0), ""),
        "{args:?}"
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn threads_jsonl(store: &str) -> Vec<Value> {
    run(&["threads", "--claims", store, "--format", "jsonl"])
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn speakers(side: &Value) -> Vec<&str> {
    side["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter_map(|c| c["speaker"].as_str())
        .collect()
}

#[test]
fn check_on_the_seeds_opens_with_the_missile_thread_allegation_against_denial() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let store = tmp.path().join("claims");
    let store = store.to_str().expect("a UTF-8 path");
    let out = run(&["check", "seeds", "--claims", store]);
    let blocks: Vec<&str> = out.split("\n\n").collect();
    // The summary is kept, then the threads section leads the others.
    assert!(blocks[0].starts_with("5 articles, "), "{}", blocks[0]);
    let threads: Vec<&str> = blocks[1].lines().collect();
    assert_eq!(threads[0], "Threads");
    assert_eq!(threads[1], "thread\tside\tclaim");
    // Tab-separated (piped): thread, side, claim a row; the first thread's rows up to the second's.
    let first: Vec<Vec<&str>> = threads[2..]
        .iter()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .take_while(|r| r[0].is_empty() || r[0].starts_with("1. "))
        .collect();
    assert!(
        first[0][0].starts_with("1. l’Iran d’avoir livré des missiles balistiques")
            && first[0][0].ends_with("(disputed)"),
        "{first:?}"
    );
    let side_of = |speaker: &str| {
        let at = first
            .iter()
            .position(|r| r[2].starts_with(&format!("{speaker} (")))
            .unwrap_or_else(|| panic!("no claim of {speaker} in {first:?}"));
        // The side is named on its first row.
        first[..=at]
            .iter()
            .rev()
            .find(|r| !r[1].is_empty())
            .map(|r| r[1].split(' ').next().unwrap_or(""))
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(side_of("États-Unis"), "asserts");
    assert_eq!(side_of("Iran"), "denies");
    for speaker in ["États-Unis", "Iran"] {
        assert!(
            first.iter().any(|r| r[2].starts_with(&format!(
                "{speaker} (Epoch Times, 2025-01-24): « l’Iran d’avoir livré"
            ))),
            "{speaker}: {first:?}"
        );
    }

    // The same thread through `threads --format jsonl`: exact speakers, outlet and date on each side.
    let all = threads_jsonl(store);
    let t = &all[0];
    assert_eq!(t["thread"], 1);
    assert_eq!(t["disputed"], true);
    assert!(speakers(&t["asserts"]).contains(&"États-Unis"), "{t}");
    assert_eq!(speakers(&t["denies"]), ["Iran"], "{t}");
    for side in ["asserts", "denies"] {
        let c = t[side]["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["outlet"] == "Epoch Times")
            .unwrap_or_else(|| panic!("{side}: no claim of Epoch Times"));
        assert_eq!(c["date"], "2025-01-24");
        assert!(c["text"].as_str().unwrap().contains("missiles balistiques"));
    }
}

#[test]
fn threads_jsonl_has_the_documented_fields_and_disputed_threads_first() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let store = tmp.path().join("claims");
    let store = store.to_str().expect("a UTF-8 path");
    run(&["extract", "seeds", "--claims", store]);
    let all = threads_jsonl(store);
    assert!(all.len() > 1);
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
        k.sort();
        k
    };
    let mut disputed_seen_last = true;
    for (n, t) in all.iter().enumerate() {
        assert_eq!(
            keys(t),
            [
                "anchor",
                "asserts",
                "between_outlets",
                "denies",
                "disputed",
                "neither",
                "proposition",
                "size",
                "thread"
            ]
        );
        assert_eq!(t["thread"], n + 1);
        let disputed = t["disputed"].as_bool().unwrap();
        assert!(
            disputed_seen_last || !disputed,
            "a disputed thread after an undisputed one"
        );
        disputed_seen_last = disputed;
        let mut size = 0;
        for side in ["asserts", "denies", "neither"] {
            let s = &t[side];
            assert_eq!(keys(s), ["claims", "merged", "sources"]);
            let claims = s["claims"].as_array().unwrap();
            size += claims.len();
            assert!(s["sources"].as_u64().unwrap() as usize <= claims.len());
            for c in claims {
                assert_eq!(
                    keys(c),
                    ["article", "date", "id", "outlet", "source", "speaker", "stance", "text", "via"]
                );
                assert!(c["via"].is_array());
            }
        }
        assert_eq!(t["size"], size);
        assert!(!t["proposition"].as_str().unwrap().is_empty());
    }
}

#[test]
fn a_wire_story_reprinted_by_two_outlets_counts_once_and_the_merge_is_named() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let store = tmp.path().join("claims");
    let store = store.to_str().expect("a UTF-8 path");
    run(&["extract", "tests/threads", "--claims", store]);
    let all = threads_jsonl(store);
    let t = &all[0];
    assert_eq!(
        (t["disputed"].as_bool(), t["between_outlets"].as_bool()),
        (Some(true), Some(true))
    );
    assert_eq!(speakers(&t["denies"]), ["Paul Berthier"]);
    assert_eq!(t["denies"]["claims"][0]["outlet"], "La Voix du Delta");
    let asserts = &t["asserts"];
    let quoted: Vec<&Value> = asserts["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["speaker"] == "Hélène Marchetti")
        .collect();
    // The president's words, printed by both outlets: two claims, one source.
    let outlets: Vec<&str> = quoted.iter().filter_map(|c| c["outlet"].as_str()).collect();
    assert_eq!(outlets, ["Le Courrier du Lac", "L'Écho des Plaines"]);
    assert_eq!(quoted[0]["source"], quoted[1]["source"]);
    // Every claim of the wire story is reprinted once: half as many sources as claims.
    let n = asserts["claims"].as_array().unwrap().len();
    assert_eq!(asserts["sources"].as_u64(), Some((n / 2) as u64), "{asserts}");
    let merge = asserts["merged"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["claims"].as_array().unwrap().contains(&quoted[0]["id"]))
        .expect("the reprint is named as a merge");
    assert!(merge["claims"].as_array().unwrap().contains(&quoted[1]["id"]));
    assert_eq!(
        merge["reason"],
        "the same speaker (Hélène Marchetti) and the same words (L'Écho des Plaines, Le Courrier du Lac)"
    );

    // The table says so too, and csv has one row a claim.
    let table = run(&["threads", "--claims", store, "--width", "100"]);
    assert!(
        table.contains("3 sources") && table.contains("one source with the claim above"),
        "{table}"
    );
    let csv = run(&["threads", "--claims", store, "--format", "csv"]);
    assert!(csv.starts_with("thread,proposition,disputed,between_outlets,side,side_sources,source,id,"));
    assert_eq!(csv.lines().count(), 1 + t["size"].as_u64().unwrap() as usize);
}
