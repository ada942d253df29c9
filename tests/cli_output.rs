//! Output that fits: tables fitted to a width with words never cut, a count line or `no ...` at the end,
//! tab-separated when piped; `check` with its summary and first dispute on the first screen, on the
//! articles it was given only; `-o/--out` with `-` and formats from the extension; completions and man.

mod support;

use predicates::prelude::*;
use std::collections::HashSet;
use std::path::Path;
use support::claimcheck;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs claimcheck from the repository's root with no `COLUMNS`; returns its standard output.
fn run(args: &[&str], store: &Path) -> String {
    let out = claimcheck()
        .current_dir(root())
        .env_remove("COLUMNS")
        .args(args)
        .arg("--claims")
        .arg(store)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The words of a table's text: what is between spaces and the table's lines.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || "│┆─═╞╡╪┼├┤┌┐└┘┬┴╌".contains(c))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// At 80 columns no line is longer than 80 characters and every word is a word of the same output
/// unwrapped: none was cut.
fn fits_80_without_cut_words(args: &[&str], store: &Path) -> String {
    let wide = run(&[args, &["--width", "5000"]].concat(), store);
    let known: HashSet<String> = words(&wide).into_iter().collect();
    let narrow = run(&[args, &["--width", "80"]].concat(), store);
    for line in narrow.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} characters: {line}",
            line.chars().count()
        );
    }
    let cut: Vec<String> = words(&narrow)
        .into_iter()
        .filter(|w| !known.contains(w))
        .collect();
    assert!(cut.is_empty(), "words cut in `{}`: {cut:?}", args.join(" "));
    narrow
}

#[test]
fn at_80_columns_list_speakers_and_check_cut_no_word_and_check_shows_a_dispute_first() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    let check = fits_80_without_cut_words(&["check"], &store);
    // The threads section leads, disputed threads first: the first dispute opens it.
    let first = check
        .lines()
        .position(|l| l.contains("(disputed"))
        .expect("a disputed thread");
    assert!(first < 40, "the first dispute is on line {}", first + 1);
    assert!(
        check.starts_with("5 articles, 116 claims, 17 speakers\n"),
        "{check}"
    );
    let list = fits_80_without_cut_words(&["list", "--speaker", "shoigu"], &store);
    assert!(list.ends_with("\n21 claims\n"), "{list}");
    assert!(list.lines().count() < 120, "{} lines", list.lines().count());
    let speakers = fits_80_without_cut_words(&["speakers"], &store);
    assert!(speakers.ends_with("\n17 speakers\n"));
    assert!(speakers.lines().count() <= 17 * 2 + 5, "{speakers}");
}

const ARTICLE: &str =
    "---\noutlet: Le Quotidien\n---\nTitre\n\n« Nous n'avons rien livré », a déclaré le ministre, \
Karim Sadeghi.\n";

#[test]
fn piped_tables_are_tab_separated_and_every_table_ends_with_a_count() {
    let tmp = tempfile::tempdir().unwrap();
    let a = support::article(tmp.path(), "a.txt", ARTICLE);
    let store = tmp.path().join("claims");
    support::extract(&[&a], &store).success();
    assert_eq!(
        run(&["list"], &store),
        "speaker\tstance\tstatus\ttext\nKarim Sadeghi\tassert\tunreviewed\tNous n'avons rien livré\n1 claim\n"
    );
    assert!(run(&["list", "--wide"], &store)
        .starts_with("id\tarticle\toutlet\tspeaker\tkind\tstance\tcue\tstatus\ttext\n"));
    assert_eq!(run(&["list", "--stance", "deny"], &store), "no claims\n");
    assert_eq!(run(&["compare"], &store), "no relations\n");
    assert_eq!(
        run(&["list", "--status", "confirmed,rejected"], &store),
        "no claims\n"
    );
    let relate = claimcheck()
        .args([
            "relate",
            "--format",
            "TABLE",
            "Il a livré des chars.",
            "Il n'a pas livré de chars.",
        ])
        .env_remove("COLUMNS")
        .output()
        .unwrap();
    let relate = String::from_utf8(relate.stdout).unwrap();
    assert!(
        relate.starts_with("id\trelation\tscore\treason\n1\tcontradict\t"),
        "{relate}"
    );
    assert!(relate.ends_with("\n1 pair\n"), "{relate}");
    // COLUMNS fits the table as --width does.
    let fitted = claimcheck()
        .args(["list", "--claims"])
        .arg(&store)
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    let fitted = String::from_utf8(fitted.stdout).unwrap();
    assert!(
        fitted.starts_with("┌") && fitted.lines().all(|l| l.chars().count() <= 60),
        "{fitted}"
    );
}

#[test]
fn out_writes_where_asked_in_the_format_its_name_says() {
    let tmp = tempfile::tempdir().unwrap();
    let a = support::article(tmp.path(), "a.txt", ARTICLE);
    let store = tmp.path().join("claims");
    support::extract(&[&a], &store).success();
    let jsonl = run(&["export"], &store);
    assert_eq!(run(&["export", "-o", "-"], &store), jsonl);
    assert!(!root().join("-").exists(), "`-o -` made a file named -");
    for (name, starts) in [
        ("x.csv", "id,article,outlet,"),
        ("x.JSON", "[\n  {"),
        ("x.md", "| id | article |"),
        ("x.yaml", "- id: "),
        ("x.tsv", "id\tspeaker\tstance\ttext\treview_status\n"),
    ] {
        let file = tmp.path().join(name);
        assert_eq!(run(&["export", "--out", file.to_str().unwrap()], &store), "");
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.starts_with(starts), "{name}: {text}");
    }
    // --format wins over the extension, in any case.
    let file = tmp.path().join("y.csv");
    run(
        &["list", "--format", "JSONL", "-o", file.to_str().unwrap()],
        &store,
    );
    assert!(std::fs::read_to_string(&file).unwrap().starts_with("{\"id\":"));
    for command in [&["speakers"][..], &["compare"], &["list"]] {
        let file = tmp.path().join("z.csv");
        run(&[command, &["--out", file.to_str().unwrap()]].concat(), &store);
        assert!(
            std::fs::read_to_string(&file).unwrap().contains(','),
            "{command:?}"
        );
    }
    claimcheck()
        .args(["relate", "-o"])
        .arg(tmp.path().join("r.json"))
        .args(["A livré.", "N'a pas livré."])
        .assert()
        .success();
    assert!(std::fs::read_to_string(tmp.path().join("r.json"))
        .unwrap()
        .starts_with("[\n  {\n    \"id\": \"1\""));
    claimcheck()
        .args(["relate", "--pairs", "-"])
        .write_stdin("id\tpremise\thypothesis\n7\tIl a livré des chars.\tIl n'a pas livré de chars.\n")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "{\"id\":\"7\",\"relation\":\"contradict\"",
        ));
    claimcheck()
        .args(["relate", "Une seule phrase."])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: the following required arguments were not provided:\n  <STATEMENT2>\n",
        ));
}

#[test]
fn check_reports_only_the_articles_it_was_given() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    run(&["extract", "seeds"], &store);
    let a = support::article(tmp.path(), "a.txt", ARTICLE);
    let out = run(&["check", a.to_str().unwrap(), "--width", "100"], &store);
    assert!(
        out.starts_with("1 article, 1 claim, 1 speaker\n0 disputes between outlets,"),
        "{out}"
    );
    assert!(!out.contains("Choïgou"), "{out}");
    let page = tmp.path().join("page.html");
    run(
        &["check", a.to_str().unwrap(), "--html", page.to_str().unwrap()],
        &store,
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("Nous n&#39;avons rien livré") && !html.contains("Choïgou"));
}

#[test]
fn completions_and_the_manual_page_come_from_the_grammar() {
    for (shell, mark) in [
        ("bash", "_claimcheck()"),
        ("zsh", "#compdef claimcheck"),
        ("FISH", "complete -c claimcheck"),
    ] {
        claimcheck()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains(mark).and(predicate::str::contains("import")));
    }
    claimcheck().arg("man").assert().success().stdout(
        predicate::str::starts_with(".ie \\n(.g .ds Aq").and(predicate::str::contains(".TH claimcheck 1")),
    );
    claimcheck().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn a_missing_store_says_how_to_make_one() {
    claimcheck()
        .args(["list", "--claims", "/nonexistent/claims"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "there is no claim store here: `claimcheck extract ARTICLES --claims DIR` makes one",
        ));
}
