//! The user paths no other test walks, through the real binary: `check` (its summary and sections, each
//! holding the relations `compare` gives, and its exit status; `seeds/` by default), `--help` of every
//! command (every flag has help text, every command an example) and `--version`,
//! `list --outlet/--kind/--article` as exact tab-separated rows, `export --format yaml` giving back the
//! claims of `--format jsonl`, `compare --format json|md|csv` giving the relations of `--format jsonl`,
//! `--only agree|neutral|contradict` as a partition of the relations, `extract --jsonl` with a missing
//! file (exit 1, the file named), and `extract` with an `aliases.yaml` in the store (the alias names the
//! speaker).

use assert_cmd::Command;
use claimcheck::claim::{Claim, Kind, Review, Stance};
use claimcheck::store::{to_yaml, ArticleRecord};
use clap::CommandFactory;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn claimcheck() -> Command {
    Command::cargo_bin("claimcheck").expect("the binary is built")
}

/// Runs the binary in `dir`; returns the exit status, stdout and stderr.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = claimcheck().current_dir(dir).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

/// Two short articles in our own words: an accusation, its denial, the same claim by a second outlet,
/// and an answer that neither confirms nor denies.
const A1: &str = "---\noutlet: Le Quotidien\ndate: 2024-09-10\n---\nWashington accuse, Téhéran dément\n\n\
Les États-Unis ont accusé l'Iran d'avoir livré des missiles balistiques à la Russie. Téhéran a démenti cette \
affirmation.\n\n« Nous n'avons rien livré », a déclaré le ministre iranien des Affaires étrangères, Karim \
Sadeghi.\n";
const B2: &str = "---\noutlet: La Gazette\ndate: 2024-09-11\n---\nDes missiles iraniens pour Moscou\n\n\
Selon le Pentagone, l'Iran a livré des missiles balistiques à la Russie.\n\n\
Le porte-parole du Kremlin, Dmitri Orlov, n'a ni confirmé ni démenti la livraison de missiles balistiques par \
l'Iran.\n";

/// A folder `arts/` with the two articles, and the store `st/` extracted from them.
fn extracted() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let arts = tmp.path().join("arts");
    fs::create_dir(&arts).expect("arts/");
    fs::write(arts.join("a1.txt"), A1).expect("a1");
    fs::write(arts.join("b2.txt"), B2).expect("b2");
    let (code, _, err) = run(tmp.path(), &["extract", "arts", "--claims", "st"]);
    assert_eq!((code, err.as_str()), (0, ""));
    tmp
}

/// How many claims `export` finds in the store.
fn claims_in(dir: &Path, store: &str) -> usize {
    let (code, out, err) = run(dir, &["export", "--claims", store, "--format", "jsonl"]);
    assert_eq!((code, err.as_str()), (0, ""));
    out.lines().count()
}

fn jsonl(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The numbers in a line, in order (`2 disputes between outlets, 1 other contradiction` → [2, 1]).
fn numbers(line: &str) -> Vec<usize> {
    line.split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect()
}

/// How many relations `compare` gives with these filters.
fn relations(dir: &Path, store: &str, filters: &[&str]) -> usize {
    let mut args = vec!["compare", "--claims", store, "--format", "jsonl"];
    args.extend_from_slice(filters);
    let (code, out, err) = run(dir, &args);
    assert_eq!((code, err.as_str()), (0, ""), "{filters:?}");
    out.lines().count()
}

#[test]
fn check_extracts_then_prints_its_summary_and_each_section_with_the_relations_compare_gives() {
    let tmp = extracted();
    let (code, out, err) = run(tmp.path(), &["check", "arts", "--claims", "st2"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let n = claims_in(tmp.path(), "st2");
    let blocks: Vec<&str> = out.trim_end().split("\n\n").collect();
    let summary: Vec<&str> = blocks[0].lines().collect();
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert!(
        summary[0].starts_with(&format!("2 articles, {n} claims, ")),
        "{summary:?}"
    );
    assert_eq!(summary[2], "2 store files written in st2");
    let titles: Vec<&str> = blocks[1..].iter().filter_map(|b| b.lines().next()).collect();
    assert_eq!(
        titles,
        [
            "Threads",
            "Disputes between outlets",
            "Other contradictions",
            "Neither confirmed nor denied",
            "Agreements",
            "Speakers",
            "Articles"
        ]
    );
    // Each relation section: its title, a header, its rows, `N relations`; N is what compare gives.
    let contradict = relations(tmp.path(), "st2", &["--only", "contradict"]);
    let disputes = relations(tmp.path(), "st2", &["--only", "contradict", "--between-outlets"]);
    let expected = [
        disputes,
        contradict - disputes,
        relations(tmp.path(), "st2", &["--only", "neutral"]),
        relations(tmp.path(), "st2", &["--only", "agree"]),
    ];
    assert!(
        expected.iter().all(|&k| k > 0),
        "a section is empty: {expected:?}"
    );
    assert_eq!(numbers(summary[1]), expected, "{}", summary[1]);
    for (block, k) in blocks[2..6].iter().zip(expected) {
        let lines: Vec<&str> = block.lines().collect();
        assert_eq!(lines.len(), 3 + k, "{block}");
        let count = if k == 1 {
            "1 relation".to_string()
        } else {
            format!("{k} relations")
        };
        assert_eq!(lines[lines.len() - 1], count);
    }
}

#[test]
fn check_names_an_unreadable_article_exits_1_and_still_prints_every_section() {
    let tmp = extracted();
    let (code, out, err) = run(tmp.path(), &["check", "nope.txt", "arts", "--claims", "st2"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("claimcheck: nope.txt"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    for title in [
        "Disputes between outlets",
        "Other contradictions",
        "Neither confirmed nor denied",
        "Agreements",
        "Speakers",
        "Articles",
    ] {
        assert!(out.lines().any(|l| l == title), "{title} missing");
    }
}

#[test]
fn check_reads_the_seeds_by_default() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let store = tmp.path().join("claims");
    let store = store.to_str().expect("a UTF-8 path");
    let (code, out, err) = run(root, &["check", "--claims", store]);
    assert_eq!((code, err.as_str()), (0, ""));
    let n = claims_in(root, store);
    assert!(n > 0);
    assert!(
        out.lines()
            .next()
            .is_some_and(|l| l.starts_with(&format!("5 articles, {n} claims, "))),
        "{out}"
    );
    let written = format!("5 store files written in {store}");
    assert!(out.lines().any(|l| l == written), "no line {written:?}");
}

/// Every command that runs (a leaf of the grammar, `review import` included), by its words, with its
/// long flags.
fn leaves(cmd: &clap::Command, path: &[String], out: &mut Vec<(Vec<String>, clap::Command)>) {
    for sub in cmd.get_subcommands() {
        let mut words = path.to_vec();
        words.push(sub.get_name().to_string());
        if sub.has_subcommands() {
            leaves(sub, &words, out);
        } else {
            out.push((words, sub.clone()));
        }
    }
}

#[test]
fn every_command_and_every_flag_has_help_text() {
    let cli = claimcheck::cli::Cli::command();
    let mut commands = Vec::new();
    leaves(&cli, &[], &mut commands);
    let mut missing = Vec::new();
    for (words, sub) in &commands {
        let name = words.join(" ");
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        let after = sub.get_after_help().map(|a| a.to_string()).unwrap_or_default();
        if about.trim().is_empty() {
            missing.push(format!("{name}: no description"));
        }
        // README: every command has --help with an example.
        if !after.contains(&format!("claimcheck {name}")) && !about.contains(&format!("claimcheck {name}")) {
            missing.push(format!("{name}: no example"));
        }
        for arg in sub.get_arguments() {
            let id = arg.get_id().to_string();
            if id != "help" && arg.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
                missing.push(format!("{name} {id}: no help text"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    let names: Vec<String> = commands.iter().map(|(w, _)| w.join(" ")).collect();
    for expected in [
        "extract", "export", "compare", "relate", "list", "speakers", "check",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} missing from {names:?}"
        );
    }

    // The same through the binary: each command's --help exits 0 and shows every flag.
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, top, _) = run(here, &["--help"]);
    assert_eq!(code, 0);
    for (words, sub) in &commands {
        let name = words.join(" ");
        assert!(
            top.lines().any(|l| l.trim_start().starts_with(words[0].as_str())),
            "--help lacks {name}"
        );
        let mut args: Vec<&str> = words.iter().map(String::as_str).collect();
        args.push("--help");
        let (code, help, err) = run(here, &args);
        assert_eq!((code, err.as_str()), (0, ""), "{name} --help");
        assert!(
            help.contains(&format!("Usage: claimcheck {name}")),
            "{name}: {help}"
        );
        for long in sub.get_arguments().filter_map(|a| a.get_long()) {
            assert!(
                help.contains(&format!("--{long}")),
                "{name} --help lacks --{long}"
            );
        }
    }
}

#[test]
fn version_prints_the_crate_version() {
    claimcheck()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(format!("claimcheck {}\n", env!("CARGO_PKG_VERSION")))
        .stderr("");
}

/// A claim as the store holds it.
fn claim(id: &str, article: &str, outlet: &str, speaker: Option<&str>, kind: Kind, text: &str) -> Claim {
    Claim {
        id: id.into(),
        article: article.into(),
        outlet: Some(outlet.into()),
        agency: None,
        date: None,
        title: None,
        speaker: speaker.map(String::from),
        speaker_mention: speaker.map(String::from),
        speaker_name: speaker.map(String::from),
        speaker_kind: None,
        role: None,
        via: vec![],
        kind,
        stance: Stance::Assert,
        cue: speaker.map(|_| "a déclaré".to_string()),
        text: text.into(),
        span: [0, text.len()],
        rule: "test".into(),
        review: Review::default(),
    }
}

/// A store written by hand: the rows `list` shows are then ours, not the extractor's.
fn hand_store() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let records = [
        (
            "a1.txt",
            "Le Quotidien",
            vec![
                claim(
                    "a1-1",
                    "a1.txt",
                    "Le Quotidien",
                    Some("Karim Sadeghi"),
                    Kind::Direct,
                    "Nous n'avons rien livré",
                ),
                claim(
                    "a1-2",
                    "a1.txt",
                    "Le Quotidien",
                    None,
                    Kind::Outlet,
                    "Les livraisons ont repris en mars.",
                ),
            ],
        ),
        (
            "b2.txt",
            "La Gazette du Levant",
            vec![
                claim(
                    "b2-1",
                    "b2.txt",
                    "La Gazette du Levant",
                    Some("Dmitri Orlov"),
                    Kind::Indirect,
                    "aucun accord n'a été signé",
                ),
                claim(
                    "b2-2",
                    "b2.txt",
                    "La Gazette du Levant",
                    Some("Dmitri Orlov"),
                    Kind::Direct,
                    "Rien n'est décidé",
                ),
            ],
        ),
    ];
    for (article, outlet, claims) in records {
        let record = ArticleRecord {
            meta: claimcheck::claim::ArticleMeta {
                article: article.into(),
                outlet: Some(outlet.into()),
                ..Default::default()
            },
            claims,
            retired: Vec::new(),
        };
        let name = claimcheck::store::file_name(article, None);
        fs::write(tmp.path().join(name), to_yaml(&record)).expect("a store file");
    }
    tmp
}

#[test]
fn list_filters_by_outlet_kind_and_article_as_an_exact_table() {
    let tmp = hand_store();
    let list = |args: &[&str]| {
        let mut all = vec!["list", "--claims", "."];
        all.extend_from_slice(args);
        let (code, out, err) = run(tmp.path(), &all);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        out
    };
    // Piped, a table is tab-separated; --wide gives every column. Accents and case ignored, part of
    // the name.
    assert_eq!(
        list(&["--outlet", "gazette du LEVANT", "--wide"]),
        "id\tarticle\toutlet\tspeaker\tkind\tstance\tcue\tstatus\ttext\nb2-1\tb2.txt\tLa Gazette du Levant\tDmitri Orlov\tindirect\tassert\ta déclaré\tunreviewed\taucun accord n'a été signé\n\
         b2-2\tb2.txt\tLa Gazette du Levant\tDmitri Orlov\tdirect\tassert\ta déclaré\tunreviewed\tRien n'est décidé\n\
         2 claims\n"
    );
    assert_eq!(
        list(&["--kind", "direct"]),
        "speaker\tstance\tstatus\ttext\n\
         Karim Sadeghi\tassert\tunreviewed\tNous n'avons rien livré\n\
         Dmitri Orlov\tassert\tunreviewed\tRien n'est décidé\n\
         2 claims\n"
    );
    // The outlet's own claim shows the outlet in brackets.
    assert_eq!(
        list(&["--article", "A1", "--wide"]),
        "id\tarticle\toutlet\tspeaker\tkind\tstance\tcue\tstatus\ttext\na1-1\ta1.txt\tLe Quotidien\tKarim Sadeghi\tdirect\tassert\ta déclaré\tunreviewed\tNous n'avons rien livré\n\
         a1-2\ta1.txt\tLe Quotidien\t(Le Quotidien)\toutlet\tassert\t\tunreviewed\tLes livraisons ont repris en mars.\n\
         2 claims\n"
    );
    // Filters combine; nothing left is not an error.
    let (code, out, err) = run(
        tmp.path(),
        &["list", "--claims", ".", "--kind", "outlet", "--outlet", "gazette"],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(!out.contains("Gazette") && !out.contains("Quotidien"), "{out}");
}

#[test]
fn export_yaml_gives_back_the_claims_of_jsonl() {
    let tmp = extracted();
    let (c1, jl, _) = run(tmp.path(), &["export", "--claims", "st", "--format", "jsonl"]);
    let (c2, yaml, _) = run(tmp.path(), &["export", "--claims", "st", "--format", "yaml"]);
    assert_eq!((c1, c2), (0, 0));
    let from_jsonl: Vec<Claim> = jl
        .lines()
        .map(|l| serde_json::from_str(l).expect("a claim"))
        .collect();
    let from_yaml: Vec<Claim> = serde_yaml::from_str(&yaml).expect("export's YAML parses");
    assert!(from_jsonl.len() >= 4, "{from_jsonl:?}");
    assert_eq!(from_yaml, from_jsonl);
}

/// (a, b, relation, score with two decimals) of each relation.
type Rel = (String, String, String, String);

fn rel(a: &str, b: &str, relation: &str, score: &str) -> Rel {
    (a.into(), b.into(), relation.into(), score.into())
}

#[test]
fn compare_in_json_markdown_and_csv_gives_the_relations_of_jsonl() {
    let tmp = extracted();
    let get = |format: &str| {
        let (code, out, err) = run(tmp.path(), &["compare", "--claims", "st", "--format", format]);
        assert_eq!((code, err.as_str()), (0, ""), "{format}");
        out
    };
    let of_value = |v: &Value| {
        rel(
            v["a"].as_str().expect("a"),
            v["b"].as_str().expect("b"),
            v["relation"].as_str().expect("relation"),
            &format!("{:.2}", v["score"].as_f64().expect("score")),
        )
    };
    let from_jsonl: Vec<Rel> = jsonl(&get("jsonl")).iter().map(of_value).collect();
    assert!(
        from_jsonl.len() >= 3,
        "too few relations to compare: {from_jsonl:?}"
    );
    let json: Vec<Value> = serde_json::from_str(&get("json")).expect("one JSON array");
    assert_eq!(json.iter().map(of_value).collect::<Vec<_>>(), from_jsonl);
    let csv_text = get("csv");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader
            .headers()
            .expect("a header")
            .iter()
            .take(4)
            .collect::<Vec<_>>(),
        ["a", "b", "relation", "score"]
    );
    let from_csv: Vec<Rel> = reader
        .records()
        .map(|r| {
            let r = r.expect("a CSV row");
            rel(&r[0], &r[1], &r[2], &r[3])
        })
        .collect();
    assert_eq!(from_csv, from_jsonl);
    let md = get("md");
    let from_md: Vec<Rel> = md
        .lines()
        .skip(2)
        .map(|l| {
            let cells: Vec<&str> = l.trim_start_matches("| ").splitn(5, " | ").collect();
            rel(cells[0], cells[1], cells[2], cells[3])
        })
        .collect();
    assert!(md.starts_with("| a | b | relation | score | reason |"), "{md}");
    assert_eq!(from_md, from_jsonl);
}

#[test]
fn only_agree_neutral_and_contradict_split_the_relations() {
    let tmp = extracted();
    let get = |extra: &[&str]| -> BTreeSet<String> {
        let mut args = vec!["compare", "--claims", "st", "--format", "jsonl"];
        args.extend_from_slice(extra);
        let (code, out, err) = run(tmp.path(), &args);
        assert_eq!((code, err.as_str()), (0, ""), "{extra:?}");
        out.lines().map(String::from).collect()
    };
    let all = get(&[]);
    let mut union = BTreeSet::new();
    for kind in ["agree", "neutral", "contradict"] {
        let only = get(&["--only", kind]);
        assert!(!only.is_empty(), "no {kind} relation in the articles: not tested");
        for line in &only {
            let v: Value = serde_json::from_str(line).expect("a JSON line");
            assert_eq!(v["relation"], kind, "{line}");
            assert!(
                all.contains(line),
                "--only {kind} gave a line the full output lacks: {line}"
            );
        }
        assert!(union.is_disjoint(&only));
        union.extend(only);
    }
    assert_eq!(union, all, "the three kinds do not make up every relation");
    let (code, _, err) = run(tmp.path(), &["compare", "--claims", "st", "--only", "unrelated"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_missing_jsonl_file_is_named_exit_1_and_the_other_articles_are_still_extracted() {
    let tmp = extracted();
    let (code, out, err) = run(
        tmp.path(),
        &["extract", "arts", "--jsonl", "missing.jsonl", "--claims", "st3"],
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "claimcheck: missing.jsonl: cannot read the JSON Lines file: No such file or directory (os error 2) \
         (check the path)\n"
    );
    let n = claims_in(tmp.path(), "st");
    let summary = format!("2 articles, {n} claims; 2 store files written in st3");
    assert!(out.lines().any(|l| l == summary), "{out}");
    let (code, out, _) = run(
        tmp.path(),
        &["extract", "--jsonl", "missing.jsonl", "--claims", "st4"],
    );
    assert_eq!(code, 1);
    assert!(
        out.lines()
            .any(|l| l == "0 articles, 0 claims; 0 store files written in st4"),
        "{out}"
    );
}

fn speakers_of(dir: &Path, store: &str) -> BTreeSet<String> {
    let (code, out, err) = run(dir, &["export", "--claims", store, "--format", "jsonl"]);
    assert_eq!((code, err.as_str()), (0, ""));
    jsonl(&out)
        .iter()
        .filter_map(|c| c["speaker"].as_str().map(String::from))
        .collect()
}

#[test]
fn extract_applies_the_aliases_file_of_the_store() {
    let tmp = extracted();
    assert!(speakers_of(tmp.path(), "st").contains("Karim Sadeghi"));
    let store: PathBuf = tmp.path().join("aliased");
    fs::create_dir(&store).expect("the store folder");
    fs::write(
        store.join("aliases.yaml"),
        "identities:\n  - name: Ministre Sadeghi\n    forms: [Karim Sadeghi]\n  \
         - name: Gouvernement iranien\n    forms: [Iran]\n",
    )
    .expect("aliases.yaml");
    let (code, _, err) = run(tmp.path(), &["extract", "arts", "--claims", "aliased"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let got = speakers_of(tmp.path(), "aliased");
    assert!(
        got.contains("Ministre Sadeghi") && got.contains("Gouvernement iranien"),
        "{got:?}"
    );
    assert!(!got.contains("Karim Sadeghi") && !got.contains("Iran"), "{got:?}");
    assert_eq!(
        fs::read_to_string(store.join("aliases.yaml")).expect("still there"),
        "identities:\n  - name: Ministre Sadeghi\n    forms: [Karim Sadeghi]\n  \
         - name: Gouvernement iranien\n    forms: [Iran]\n",
        "extract rewrote the user's aliases"
    );
}

#[test]
fn check_on_a_path_that_does_not_exist_names_it_exits_1_and_prints_no_empty_report() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, out, err) = run(tmp.path(), &["check", "no-such-folder", "--claims", "st"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "claimcheck: no-such-folder: cannot read the article path: No such file or directory (os error 2) \
         (check the path)\n"
    );
    assert_eq!(out, "", "an empty report after the error hides it");
}
