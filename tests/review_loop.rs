//! The reviewer's loop end to end, with real processes and files: extract → export CSV → edit it as a
//! spreadsheet would (LibreOffice opens the CSV, saves it as a spreadsheet and then as CSV again) →
//! review import → every view shows the decisions → one article changes → extract again → every decision
//! kept or reported as recheck or retired, none lost. Also what import says about rows it cannot use.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{claimcheck, export};

const A: &str = "---\noutlet: Le Quotidien\ndate: 2024-09-10\nurl: https://example.org/quotidien/livraisons\n---\n\
Washington accuse, Téhéran dément\n\n\
Les États-Unis ont accusé l'Iran d'avoir livré des missiles à la Russie. Téhéran a démenti cette affirmation.\n\n\
« Nous n'avons rien livré », a déclaré le ministre iranien des Affaires étrangères, Karim Sadeghi.\n\n\
« Les preuves sont accablantes et nous les présenterons au Conseil de sécurité », a affirmé la porte-parole \
du département d'État, Julia Brenner.\n";

const B: &str = "---\noutlet: La Gazette\ndate: 2024-09-11\nurl: https://example.org/gazette/missiles\n---\n\
Missiles : l'Iran nie toute livraison\n\n\
L'Iran a livré des missiles à la Russie, selon les services de renseignement américains.\n\n\
« Aucune arme n'a quitté notre territoire à destination de la Russie », a assuré le porte-parole du \
gouvernement iranien, Reza Farahani.\n";

/// A note as reviewers write them: a `: `, quotation marks of both kinds, a line break.
const NOTE: &str = "Vérifié : la dépêche dit « livré » et \"missiles\"\nà revoir avec l'original";

/// The claim id whose text starts with `words`.
fn id_of(claims: &[serde_json::Value], words: &str) -> String {
    claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().starts_with(words))
        .unwrap_or_else(|| panic!("no claim starting {words:?}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Opens `csv` in LibreOffice, saves it as a spreadsheet, then as CSV again (UTF-8, commas), as a
/// reviewer's spreadsheet does; returns the CSV it saved. `None` when LibreOffice is not installed
/// outside CI (`.ci/run` installs it, and there its absence fails the test).
fn through_a_spreadsheet(csv: &Path, work: &Path) -> Option<PathBuf> {
    if Command::new("soffice").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "LibreOffice (soffice) is missing: .ci/run installs libreoffice-calc-nogui"
        );
        eprintln!("skipping the spreadsheet step: LibreOffice (soffice) is not installed");
        return None;
    }
    let profile = format!(
        "-env:UserInstallation=file://{}",
        work.join("lo-profile").display()
    );
    let soffice = |args: &[&str], file: &Path, out: &Path| {
        let done = Command::new("soffice")
            .arg(&profile)
            .arg("--headless")
            .args(args)
            .arg("--outdir")
            .arg(out)
            .arg(file)
            .output()
            .expect("soffice runs");
        assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    };
    let ods = work.join("ods");
    soffice(&["--infilter=CSV:44,34,76,1", "--convert-to", "ods"], csv, &ods);
    let back = work.join("saved");
    let sheet = ods.join(csv.with_extension("ods").file_name().unwrap());
    soffice(
        &["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1"],
        &sheet,
        &back,
    );
    let saved = back.join(csv.file_name().unwrap());
    assert!(saved.exists(), "LibreOffice saved no CSV");
    Some(saved)
}

/// Every decision in the store files: (id, status, note, speaker, text) of claims and retired claims
/// whose review is not the default.
fn decisions(store: &Path) -> Vec<(String, String, Option<String>)> {
    let mut out = Vec::new();
    for f in support::store_files(store) {
        let rec = support::record(&f);
        for list in ["claims", "retired"] {
            for c in rec[list].as_sequence().into_iter().flatten() {
                let r = &c["review"];
                if r["status"].as_str() != Some("unreviewed") || r.get("note").is_some() {
                    out.push((
                        c["text"].as_str().unwrap().to_string(),
                        r["status"].as_str().unwrap().to_string(),
                        r["note"].as_str().map(str::to_string),
                    ));
                }
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_reviewers_loop_keeps_every_decision() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let articles = dir.join("articles");
    fs::create_dir(&articles).unwrap();
    support::article(&articles, "a.txt", A);
    support::article(&articles, "b.txt", B);
    let store = dir.join("claims");
    support::extract(&[&articles], &store)
        .success()
        .stdout(predicates::str::contains(
            "2 articles, 7 claims; 2 store files written",
        ));

    // Export, and decide in the CSV as a reviewer does in a spreadsheet.
    let csv = dir.join("review.csv");
    claimcheck()
        .args(["export", "-o"])
        .arg(&csv)
        .arg("--claims")
        .arg(&store)
        .assert()
        .success()
        .stdout("");
    let claims = export(&store);
    let accusation = id_of(&claims, "l'Iran d'avoir");
    let quote = id_of(&claims, "Nous n'avons");
    let evidence = id_of(&claims, "Les preuves");
    let intelligence = id_of(&claims, "L'Iran a livré");
    let farahani = id_of(&claims, "Aucune arme");
    let mut reader = csv::Reader::from_path(&csv).unwrap();
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let mut rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 7);
    let decide = |rows: &mut Vec<csv::StringRecord>, id: &str, cells: &[(&str, &str)]| {
        let r = rows.iter_mut().find(|r| &r[0] == id).unwrap();
        let mut v: Vec<String> = r.iter().map(str::to_string).collect();
        for (name, value) in cells {
            v[col(name)] = value.to_string();
        }
        *r = csv::StringRecord::from(v);
    };
    decide(
        &mut rows,
        &accusation,
        &[("review_status", "Confirmed"), ("review_note", NOTE)],
    );
    decide(
        &mut rows,
        &quote,
        &[
            ("review_status", "corrected"),
            ("review_speaker", "Karim Sadeghi-Nouri"),
            ("review_text", "Nous n'avons rien livré à la Russie"),
        ],
    );
    decide(&mut rows, &evidence, &[("review_status", "confirmed")]);
    decide(
        &mut rows,
        &intelligence,
        &[("review_status", "rejected"), ("review_note", "pas une citation")],
    );
    decide(&mut rows, &farahani, &[("review_status", " confirmed ")]);
    let mut w = csv::Writer::from_path(&csv).unwrap();
    w.write_record(&headers).unwrap();
    for r in &rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
    let saved = through_a_spreadsheet(&csv, dir).unwrap_or(csv);

    let imported = claimcheck()
        .args(["review", "import"])
        .arg(&saved)
        .arg("--claims")
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(
        imported.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let said = String::from_utf8(imported.stdout).unwrap();
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 6, "{said}");
    for (id, change) in [
        (
            &accusation,
            "unreviewed → confirmed; note \"Vérifié : la dépêche dit « livré » et \"missiles\" à revoir avec l'original\"",
        ),
        (
            &quote,
            "unreviewed → corrected; speaker \"Karim Sadeghi-Nouri\"; text \"Nous n'avons rien livré à la Russie\"",
        ),
        (&evidence, "unreviewed → confirmed"),
        (&intelligence, "unreviewed → rejected; note \"pas une citation\""),
        (&farahani, "unreviewed → confirmed"),
    ] {
        assert!(
            lines.iter().any(|l| l.ends_with(&format!(": {id}: {change}"))),
            "no line for {id}: {change}\n{said}"
        );
    }
    assert!(
        lines[5].starts_with("7 rows read: 5 decisions applied (2 store files written in "),
        "{said}"
    );
    assert!(
        lines[5].ends_with(", 2 already as they were, 0 not applied"),
        "{said}"
    );

    // The same file again changes nothing.
    claimcheck()
        .args(["review", "import"])
        .arg(&saved)
        .arg("--claims")
        .arg(&store)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "7 rows read: 0 decisions applied (0 store files written in ",
        ));

    // Every view shows the decisions: the note whole, the corrections in place of what was extracted.
    let shown = export(&store);
    let by_id = |id: &str| shown.iter().find(|c| c["id"] == id).unwrap().clone();
    assert_eq!(by_id(&accusation)["review"]["note"], NOTE);
    assert_eq!(by_id(&quote)["speaker"], "Karim Sadeghi-Nouri");
    assert_eq!(by_id(&quote)["text"], "Nous n'avons rien livré à la Russie");
    let confirmed = claimcheck()
        .args(["list", "--status", "confirmed", "--format", "jsonl", "--claims"])
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(confirmed.stdout).unwrap().lines().count(), 3);
    let compared = |extra: &[&str]| -> String {
        let out = claimcheck()
            .args(["compare", "--format", "jsonl", "--claims"])
            .arg(&store)
            .args(extra)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(
        !compared(&[]).contains(&intelligence),
        "a rejected claim left the comparison"
    );
    assert!(compared(&["--include-rejected"]).contains(&intelligence));
    assert!(compared(&["--status", "rejected"]).contains(&intelligence));

    // One article changes: a sentence before the others, one quotation reworded, one gone.
    let before = decisions(&store);
    assert_eq!(before.len(), 5);
    let changed = A
        .replace("Washington accuse, Téhéran dément\n", "Washington accuse, Téhéran dément\n\nMise à jour le 12 septembre.\n")
        .replace("nous les présenterons au Conseil", "nous les montrerons au Conseil")
        .replace("« Nous n'avons rien livré », a déclaré le ministre iranien des Affaires étrangères, Karim Sadeghi.\n\n", "");
    support::article(&articles, "a.txt", &changed);
    support::extract(&[&articles], &store)
        .success()
        .stdout(predicates::str::contains(
        "reviewers' decisions: 3 kept, 1 to recheck (their words changed), 1 retired (their claim is gone)\n\
         `claimcheck list --status recheck` shows the decisions to look at again\n",
    ));
    let after = decisions(&store);
    assert_eq!(
        after.len(),
        before.len(),
        "a decision was lost:\n{before:#?}\n{after:#?}"
    );
    let find = |words: &str| after.iter().find(|d| d.0.starts_with(words)).unwrap().clone();
    assert_eq!(find("l'Iran d'avoir").1, "confirmed");
    assert_eq!(find("l'Iran d'avoir").2.as_deref(), Some(NOTE));
    assert_eq!(find("Les preuves").1, "recheck");
    assert!(find("Les preuves").2.unwrap().contains("présenterons"));
    assert_eq!(
        find("Nous n'avons").1,
        "corrected",
        "the retired decision is kept"
    );
    assert_eq!(find("L'Iran a livré").1, "rejected");
    assert_eq!(find("Aucune arme").1, "confirmed");
    let rechecks = claimcheck()
        .args(["list", "--status", "RECHECK", "--format", "jsonl", "--claims"])
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(rechecks.stdout).unwrap().lines().count(), 1);
}

#[test]
fn rows_import_cannot_use_are_named_with_their_line_and_the_others_applied() {
    let tmp = tempfile::tempdir().unwrap();
    let articles = tmp.path().join("articles");
    fs::create_dir(&articles).unwrap();
    support::article(&articles, "b.txt", B);
    let store = tmp.path().join("claims");
    support::extract(&[&articles], &store).success();
    let claims = export(&store);
    let farahani = id_of(&claims, "Aucune arme");
    let intelligence = id_of(&claims, "L'Iran a livré");
    // As a spreadsheet in French saves it: a byte-order mark, semicolons, CRLF, the columns reordered.
    let csv = tmp.path().join("revue.csv");
    fs::write(
        &csv,
        format!(
            "\u{feff}review_note;id;review_status\r\nvu;{farahani};confirmé\r\n\"deux\r\nlignes\";{intelligence};rejected\r\n\
             ;b-0000000000000000;confirmed\r\n;;\r\nrien;;confirmed\r\n"
        ),
    )
    .unwrap();
    claimcheck()
        .args(["review", "import"])
        .arg(&csv)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(1)
        .stdout(format!(
            "line 3: {intelligence}: unreviewed → rejected; note \"deux lignes\"\n\
             4 rows read: 1 decision applied (1 store files written in {}), 0 already as they were, 3 not applied\n",
            store.display()
        ))
        .stderr(format!(
            "claimcheck: {0}: line 2: review_status `confirmé` is not one of unreviewed, confirmed, rejected, corrected, recheck\n\
             claimcheck: {0}: line 5: no claim b-0000000000000000 in {1}\n\
             claimcheck: {0}: line 7: has no claim id\n",
            csv.display(),
            store.display()
        ));
    let shown = export(&store);
    let note = &shown.iter().find(|c| c["id"] == intelligence.as_str()).unwrap()["review"]["note"];
    assert_eq!(note, "deux\nlignes");

    // JSON Lines, as `export --format jsonl` writes it, from standard input.
    let line = format!(
        "{{\"id\":\"{farahani}\",\"text\":\"ignored\",\"review\":{{\"status\":\"confirmed\",\"speaker\":\"R. Farahani\"}}}}\n\
         {{\"id\":\"{intelligence}\",\"review\":{{\"status\":\"rejected\",\"notes\":\"typo\"}}}}\n"
    );
    let out = claimcheck()
        .args(["review", "import", "-", "--claims"])
        .arg(&store)
        .write_stdin(line)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "line 1: {farahani}: unreviewed → confirmed; speaker \"R. Farahani\"\n\
             2 rows read: 1 decision applied (1 store files written in {}), 0 already as they were, 1 not applied\n",
            store.display()
        )
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("claimcheck: -: line 2: cannot be read: unknown field `notes`"),
        "{err}"
    );
    let shown = export(&store);
    assert_eq!(
        shown.iter().find(|c| c["id"] == farahani.as_str()).unwrap()["speaker"],
        "R. Farahani"
    );

    // A table without a claim id is refused whole, and so is an import into no store.
    fs::write(&csv, "text,review_status\nx,confirmed\n").unwrap();
    claimcheck()
        .args(["review", "import"])
        .arg(&csv)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("line 1: no `id` column"));
    fs::write(&csv, format!("id,review_status\n{farahani},confirmed\n")).unwrap();
    claimcheck()
        .args(["review", "import"])
        .arg(&csv)
        .arg("--claims")
        .arg(tmp.path().join("nowhere"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "nowhere: there is no claim store here: `claimcheck extract ARTICLES --claims DIR` makes one",
        ));
}

#[test]
fn extract_refuses_files_that_are_not_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    let good = support::article(tmp.path(), "b.txt", B);
    for (name, hint) in [
        ("review.csv", "is a table, not an article (extract reads .txt and .md files); to bring reviewers' decisions back, use `claimcheck review import"),
        ("pairs.TSV", "is a table, not an article"),
        ("corpus.jsonl", "is JSON, not an article (extract reads .txt and .md files); articles as JSON Lines are read with `claimcheck extract --jsonl"),
        ("x.json", "is JSON, not an article"),
        ("b.yaml", "is YAML, not an article (extract reads .txt and .md files); a claim store is given with `--claims DIR`"),
    ] {
        let f = support::article(tmp.path(), name, "id,text\n1,« Non », a dit Paul.\n");
        claimcheck()
            .arg("extract")
            .arg(&f)
            .arg(&good)
            .arg("--claims")
            .arg(&store)
            .assert()
            .code(1)
            .stdout(predicates::str::contains("1 articles, 3 claims"))
            .stderr(predicates::str::contains(format!("{}: {hint}", f.display())));
    }
    assert_eq!(support::store_files(&store), [store.join("b.yaml")]);
}
