//! Bad input never stops a run (issue #6): each odd file is named on stderr with its line where there is
//! one and what to do, the other articles are still extracted and written, and the exit status follows
//! the contract (1 when some input could not be read). Real files, real processes.

use assert_cmd::Command;
use predicates::str::contains;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// An article the extractor finds a claim in.
const GOOD: &str =
    "Un titre assez long pour être un titre\n\n« Nous essaierons de développer la coopération \
                    dans tous les domaines », a déclaré le président iranien Massoud Pezechkian.\n";

fn claimcheck() -> Command {
    Command::cargo_bin("claimcheck").expect("the binary is built")
}

/// A folder holding `good.txt` and `name` with `bytes`, and an empty store path beside it.
fn folder_with(name: &str, bytes: &[u8]) -> (TempDir, PathBuf, PathBuf, PathBuf) {
    let tmp = TempDir::new().expect("temp dir");
    let dir = tmp.path().join("articles");
    fs::create_dir(&dir).expect("articles dir");
    fs::write(dir.join("good.txt"), GOOD).expect("good article");
    let bad = dir.join(name);
    fs::write(&bad, bytes).expect("bad article");
    let store = tmp.path().join("claims");
    (tmp, dir, bad, store)
}

/// Runs `extract` on a folder holding a good article and one bad one; the bad one must fail with
/// `message` (after `claimcheck: PATH: `) and exit 1, and the good one must still be written.
fn refused(name: &str, bytes: &[u8], message: &str) {
    let (_tmp, dir, bad, store) = folder_with(name, bytes);
    claimcheck()
        .arg("extract")
        .arg(&dir)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(format!("claimcheck: {}: {message}\n", bad.display()))
        .stdout(contains("1 articles, 1 claims; 1 store files written"));
    assert!(store.join("good.yaml").is_file());
    let stem = Path::new(name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(name);
    assert!(!store.join(format!("{stem}.yaml")).exists());
}

#[test]
fn an_empty_file_is_refused_and_the_rest_goes_on() {
    refused(
        "empty.txt",
        b"",
        "is empty or holds only white space: there is nothing to extract; skipped",
    );
}

#[test]
fn a_whitespace_only_file_is_refused_as_empty() {
    refused(
        "blank.txt",
        b" \r\n\t\n\xef\xbb\xbf  \n",
        "is empty or holds only white space: there is nothing to extract; skipped",
    );
}

#[test]
fn a_binary_file_is_refused_with_the_line_of_its_first_nul() {
    refused(
        "image.txt",
        b"GIF89a\n\x01\x02\n\x03\x00\x00\xff",
        "line 3: a NUL byte at byte 11: this is a binary file, not an article; skipped (give only .txt or \
         .md text files; if it is UTF-16 text, convert it with iconv -f UTF-16 -t UTF-8)",
    );
}

#[test]
fn windows_1252_is_refused_with_the_line_and_how_to_convert() {
    refused(
        "latin.txt",
        b"Un titre\n\nLe pr\xe9sident a d\xe9clar\xe9 : \xab Non \xbb.\n",
        "line 3: not UTF-8 (byte 15; probably Windows-1252 or Latin-1). claimcheck does not guess \
         encodings, so that spans stay byte offsets into the file: convert it with iconv -f WINDOWS-1252 \
         -t UTF-8",
    );
}

#[test]
fn utf16_with_a_byte_order_mark_is_refused_with_how_to_convert() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Le président a déclaré : « Non ».".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    refused(
        "utf16.txt",
        &bytes,
        "is UTF-16 (it starts with a UTF-16 byte-order mark); claimcheck reads UTF-8 so that spans are \
         byte offsets into the file: convert it with iconv -f UTF-16 -t UTF-8",
    );
}

#[test]
fn front_matter_that_is_not_yaml_is_refused_with_its_line() {
    refused(
        "bad_yaml.txt",
        format!("---\ntitle: Un titre\noutlet: [Le Monde\n---\n{GOOD}").as_bytes(),
        "line 4: front matter is not valid: did not find expected ',' or ']'; fix it or remove it \
         (known keys: title, outlet, agency, author, date, url, language); skipped",
    );
}

#[test]
fn front_matter_that_is_not_a_mapping_is_refused() {
    refused(
        "list.txt",
        format!("---\n- Le Monde\n- 2024\n---\n{GOOD}").as_bytes(),
        "line 2: front matter is not valid: it is not a list of `key: value` lines; fix it or remove it \
         (known keys: title, outlet, agency, author, date, url, language); skipped",
    );
}

#[test]
fn front_matter_never_closed_is_refused() {
    refused(
        "open.txt",
        format!("---\ntitle: Un titre\n{GOOD}").as_bytes(),
        "line 1: front matter opened with `---` is never closed: add a `---` line after its last key (or \
         remove the first line if the article has no front matter); skipped",
    );
}

#[test]
fn an_unknown_front_matter_key_is_a_warning_and_the_article_is_read() {
    let (_tmp, dir, bad, store) = folder_with(
        "extra.txt",
        format!("---\noutlet: Le Monde\n\ncolour: red\ntags: [a, b]\ntitle: [x, y]\n---\n{GOOD}").as_bytes(),
    );
    let p = bad.display();
    claimcheck()
        .arg("extract")
        .arg(&dir)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(0)
        .stderr(format!(
            "claimcheck: warning: {p}: line 4: unknown front-matter key `colour` ignored (known keys: title, \
             outlet, agency, author, date, url, language); the article was read\n\
             claimcheck: warning: {p}: line 5: unknown front-matter key `tags` ignored (known keys: title, \
             outlet, agency, author, date, url, language); the article was read\n\
             claimcheck: warning: {p}: line 6: front-matter key `title` holds a list or a mapping, not one \
             value; ignored, the article was read\n"
        ))
        .stdout(contains("2 articles, 2 claims; 2 store files written"));
    let rec = fs::read_to_string(store.join("extra.yaml")).expect("extra.yaml written");
    assert!(rec.contains("outlet: Le Monde\n"), "{rec}");
}

#[test]
fn a_path_that_does_not_exist_is_named_and_the_others_are_written() {
    let (tmp, dir, _bad, store) = folder_with("other.md", GOOD.as_bytes());
    let missing = tmp.path().join("nowhere.txt");
    claimcheck()
        .arg("extract")
        .arg(&missing)
        .arg(&dir)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(format!(
            "claimcheck: {}: cannot read the article path: No such file or directory (os error 2) (check \
             the path)\n",
            missing.display()
        ))
        .stdout(contains("2 articles, 2 claims; 2 store files written"));
    assert!(store.join("good.yaml").is_file() && store.join("other.yaml").is_file());
}

#[cfg(unix)]
#[test]
fn a_folder_with_sub_folders_links_and_other_files_reads_only_its_articles() {
    use std::os::unix::fs::symlink;
    let (tmp, dir, _bad, store) = folder_with("notes.pdf", b"%PDF-1.4\x00\x01");
    fs::create_dir(dir.join("sub")).expect("sub-folder");
    fs::write(dir.join("sub").join("deep.txt"), GOOD).expect("nested article");
    fs::create_dir(dir.join("folder.txt")).expect("a folder named like an article");
    fs::write(dir.join("README"), "not an article").expect("other file");
    fs::write(dir.join(".hidden.swp"), b"\x00\x00").expect("swap file");
    let outside = tmp.path().join("outside.txt");
    fs::write(&outside, GOOD.replace("Nous", "Vous")).expect("linked article");
    symlink(&outside, dir.join("linked.txt")).expect("link to a file");
    symlink(dir.join("sub"), dir.join("linkdir.txt")).expect("link to a folder");
    symlink(tmp.path().join("gone.txt"), dir.join("dangling.txt")).expect("dangling link");
    symlink(dir.join("loop.txt"), dir.join("loop.txt")).expect("link to itself");
    claimcheck()
        .arg("extract")
        .arg(&dir)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(format!(
            "claimcheck: {}: cannot read the article: No such file or directory (os error 2) (check the \
             path)\n\
             claimcheck: {}: cannot read the article: Too many levels of symbolic links (os error 40)\n",
            dir.join("dangling.txt").display(),
            dir.join("loop.txt").display()
        ))
        .stdout(contains("2 articles, 2 claims; 2 store files written"));
    let mut written: Vec<String> = fs::read_dir(&store)
        .expect("store")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, ["good.yaml", "linked.yaml"]);
}

#[test]
fn two_articles_of_the_same_name_in_two_folders_keep_two_store_files() {
    let tmp = TempDir::new().expect("temp dir");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    fs::create_dir(&a).expect("a");
    fs::create_dir(&b).expect("b");
    fs::write(a.join("same.txt"), GOOD).expect("a/same.txt");
    fs::write(
        b.join("same.txt"),
        GOOD.replace("tous les domaines", "plusieurs domaines"),
    )
    .expect("b/same.txt");
    let store = tmp.path().join("claims");
    let run = |first: &Path, second: &Path| {
        claimcheck()
            .arg("extract")
            .arg(first)
            .arg(second)
            .arg("--claims")
            .arg(&store)
            .assert()
            .code(0)
            .stdout(contains("2 articles, 2 claims;"));
    };
    run(&a, &b);
    let mut files: Vec<PathBuf> = fs::read_dir(&store)
        .expect("store")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(files[0], store.join("same.yaml"));
    let other = files[1]
        .file_name()
        .and_then(|n| n.to_str())
        .expect("name")
        .to_string();
    assert!(other.starts_with("same~") && other.ends_with(".yaml"), "{other}");
    let texts: Vec<String> = files
        .iter()
        .map(|f| fs::read_to_string(f).expect("read"))
        .collect();
    assert!(
        texts[0].contains("tous les domaines")
            && texts[0].contains(&a.join("same.txt").display().to_string())
    );
    assert!(
        texts[1].contains("plusieurs domaines")
            && texts[1].contains(&b.join("same.txt").display().to_string())
    );
    // Run again in the other order: each article finds its own file again, nothing is rewritten.
    run(&b, &a);
    for (f, t) in files.iter().zip(&texts) {
        assert_eq!(&fs::read_to_string(f).expect("read again"), t);
    }
    assert_eq!(fs::read_dir(&store).expect("store").count(), 2);
}

/// Every claim of a store record, read back.
fn claims_in(file: &Path) -> Vec<claimcheck::claim::Claim> {
    claimcheck::store::read_record(file)
        .expect("store file parses")
        .claims
}

#[test]
fn a_byte_order_mark_and_crlf_keep_every_span_on_the_files_bytes() {
    let tmp = TempDir::new().expect("temp dir");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join("003_ff880fe1591cdf84.txt");
    let lf = fs::read_to_string(&seed).expect("seed");
    let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    let (plain, windows) = (tmp.path().join("plain.txt"), tmp.path().join("windows.txt"));
    fs::write(&plain, &lf).expect("plain");
    fs::write(&windows, &crlf).expect("windows");
    let store = tmp.path().join("claims");
    claimcheck()
        .arg("extract")
        .arg(&plain)
        .arg(&windows)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(0)
        .stderr("");
    let (a, b) = (
        claims_in(&store.join("plain.yaml")),
        claims_in(&store.join("windows.yaml")),
    );
    assert!(a.len() >= 5, "{} claims", a.len());
    assert_eq!(a.len(), b.len());
    let bytes = crlf.as_bytes();
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(
            (x.kind, &x.text, &x.speaker, &x.cue, x.stance, &x.rule),
            (y.kind, &y.text, &y.speaker, &y.cue, y.stance, &y.rule)
        );
        // Each byte of the plain file moves by the mark (3 bytes) and one \r per line before it.
        let moved = |at: usize| at + 3 + lf.as_bytes()[..at].iter().filter(|&&c| c == b'\n').count();
        assert_eq!(y.span, [moved(x.span[0]), moved(x.span[1])], "{}", y.text);
        let at_span = std::str::from_utf8(&bytes[y.span[0]..y.span[1]]).expect("span on char boundaries");
        if y.rule == "reference back to the claim just reported" {
            // The text is the claim answered; the span is the sentence that answers it.
            assert!(b.iter().any(|c| c.text == y.text && c.id != y.id), "{}", y.text);
        } else if y.kind == claimcheck::claim::Kind::Indirect {
            // Reported speech with an incise cut out: its pieces, in order, within the span.
            let mut rest = at_span;
            for w in y.text.split_whitespace() {
                let i = rest
                    .find(w)
                    .unwrap_or_else(|| panic!("{w:?} of {:?} not in {at_span:?}", y.text));
                rest = &rest[i + w.len()..];
            }
        } else {
            assert_eq!(at_span, y.text);
        }
    }
}

#[test]
fn front_matter_after_a_byte_order_mark_is_read() {
    let (_tmp, dir, _bad, store) = folder_with(
        "bom.txt",
        format!(
            "\u{feff}---\r\noutlet: Le Monde\r\ndate: 2024-09-10\r\n---\r\n{}",
            GOOD.replace('\n', "\r\n")
        )
        .as_bytes(),
    );
    claimcheck()
        .arg("extract")
        .arg(&dir)
        .arg("--claims")
        .arg(&store)
        .assert()
        .code(0)
        .stderr("");
    let rec = claimcheck::store::read_record(&store.join("bom.yaml")).expect("bom.yaml");
    assert_eq!(rec.meta.outlet.as_deref(), Some("Le Monde"));
    assert_eq!(rec.meta.date.as_deref(), Some("2024-09-10"));
    assert_eq!(rec.claims.len(), 1);
    let file = fs::read(dir.join("bom.txt")).expect("bom.txt");
    let [s, e] = rec.claims[0].span;
    assert_eq!(&file[s..e], rec.claims[0].text.as_bytes());
}
