//! A store file that holds a reviewer's decision reaches the disk before it takes its name: `extract`,
//! run under `strace`, must `fsync` the new content of such a file before renaming it over the old one
//! (a power cut then leaves the old file or the new one, never a decision lost). A file without a
//! reviewer's work is what `extract` gives back and is not synced (README: "sync only for reviews").
//! The test that was named for this checked a flag (which records count as holding reviews), not a
//! sync; this one watches the system calls.
//!
//! Needs `strace` (`.ci/run` installs it and sets `CLAIMCHECK_REQUIRE_STRACE=1`, so there a missing
//! strace fails instead of skipping).

use assert_cmd::cargo::cargo_bin;
use std::fs;
use std::process::Command;

const A1: &str = "---\noutlet: Le Quotidien\n---\nUn titre\n\n\
« Nous n'avons rien livré », a déclaré le ministre iranien des Affaires étrangères, Karim Sadeghi.\n";
const B2: &str = "---\noutlet: La Gazette\n---\nUn autre titre\n\n\
« Rien n'est décidé », a affirmé le porte-parole du Kremlin, Dmitri Orlov.\n";
const MORE: &str = "\n« Nous verrons », a ajouté le ministre.\n";

/// Whether strace can trace here; why not, otherwise.
fn strace_works() -> Result<(), String> {
    match Command::new("strace")
        .args(["-f", "-e", "trace=none", "true"])
        .output()
    {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(format!(
            "strace cannot trace here: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        )),
        Err(e) => Err(format!(
            "no strace ({e}); install it with `apt-get install -y strace`"
        )),
    }
}

/// The file descriptor a line's system call returned (`... = 5`).
fn returned(line: &str) -> Option<&str> {
    line.rsplit_once(" = ")
        .map(|(_, r)| r.split_whitespace().next().unwrap_or(""))
}

/// The quoted strings of a trace line, in order.
fn quoted(line: &str) -> Vec<&str> {
    line.split('"').skip(1).step_by(2).collect()
}

/// Whether the trace syncs `name`'s new content before it gets its name: the file renamed over it (or
/// the unnamed file linked as it) is fsynced, by its descriptor, between its open and that rename.
fn synced_before_named(trace: &str, name: &str) -> Result<bool, String> {
    let lines: Vec<&str> = trace.lines().collect();
    let target = format!("/{name}");
    let names_it = |l: &&str| {
        (l.contains("rename") || l.contains("linkat("))
            && quoted(l).last().is_some_and(|q| q.ends_with(&target))
    };
    let store_lines = || {
        lines
            .iter()
            .filter(|l| l.contains("st/") || l.contains("fsync") || l.contains("linkat"))
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    };
    let named_at = lines
        .iter()
        .position(names_it)
        .ok_or_else(|| format!("{name} is never renamed or linked into place:\n{}", store_lines()))?;
    let paths = quoted(lines[named_at]);
    let source = paths[paths.len() - 2];
    // The descriptor of the file that becomes it: the unnamed file linked, or the renamed file's open.
    let fd = match source.strip_prefix("/proc/self/fd/") {
        Some(fd) => fd.to_string(),
        None => {
            let open = lines[..named_at]
                .iter()
                .rev()
                .find(|l| {
                    l.contains("openat(") && quoted(l).first() == Some(&source) && l.contains("O_CREAT")
                })
                .ok_or_else(|| format!("no open of {source} before it is renamed to {name}"))?;
            returned(open).ok_or("an open without a result")?.to_string()
        }
    };
    let opened_at = lines[..named_at]
        .iter()
        .rposition(|l| l.contains("openat(") && returned(l) == Some(fd.as_str()))
        .ok_or_else(|| format!("no open returned descriptor {fd}"))?;
    Ok(lines[opened_at..named_at].iter().any(|l| {
        ["fsync(", "fdatasync("]
            .iter()
            .any(|call| l.contains(&format!("{call}{fd})")) || l.contains(&format!("{call}{fd} <unfinished")))
    }))
}

#[test]
fn a_file_holding_a_reviewers_decision_is_synced_before_it_replaces_the_old_one() {
    if let Err(why) = strace_works() {
        if std::env::var_os("CLAIMCHECK_REQUIRE_STRACE").is_some() {
            panic!("{why}");
        }
        eprintln!("SKIPPED: {why}");
        return;
    }
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dir = tmp.path();
    fs::create_dir(dir.join("arts")).expect("arts/");
    fs::write(dir.join("arts/a1.txt"), A1).expect("a1");
    fs::write(dir.join("arts/b2.txt"), B2).expect("b2");
    let extract = |trace: Option<&str>| {
        let bin = cargo_bin("claimcheck");
        let mut cmd = match trace {
            Some(out) => {
                let mut c = Command::new("strace");
                c.args([
                    "-f",
                    "-e",
                    "trace=openat,fsync,fdatasync,rename,renameat,renameat2,linkat",
                    "-o",
                    out,
                ]);
                c.arg(&bin);
                c
            }
            None => Command::new(&bin),
        };
        let out = cmd
            .current_dir(dir)
            .args(["extract", "arts", "--claims", "st"])
            .output()
            .expect("extract runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    extract(None);

    // A reviewer confirms a claim of a1; then both articles change, so both files are written again.
    let file = dir.join("st/a1.yaml");
    let yaml = fs::read_to_string(&file).expect("a1.yaml");
    assert!(yaml.contains("status: unreviewed"));
    fs::write(&file, yaml.replacen("status: unreviewed", "status: confirmed", 1)).expect("the decision");
    for a in ["arts/a1.txt", "arts/b2.txt"] {
        let text = fs::read_to_string(dir.join(a)).expect("the article");
        fs::write(dir.join(a), text + MORE).expect("the article changed");
    }
    let trace_file = dir.join("trace.txt");
    extract(Some(trace_file.to_str().expect("a UTF-8 path")));
    let trace = fs::read_to_string(&trace_file).expect("the trace");

    assert!(
        fs::read_to_string(&file)
            .expect("a1.yaml")
            .contains("status: confirmed"),
        "the decision was not kept"
    );
    assert_eq!(
        synced_before_named(&trace, "a1.yaml"),
        Ok(true),
        "a1.yaml holds a reviewer's decision and was renamed into place without an fsync of its content"
    );
    assert_eq!(
        synced_before_named(&trace, "b2.yaml"),
        Ok(false),
        "b2.yaml holds no review and was synced (README: only files holding reviews are)"
    );
}

#[test]
fn the_trace_reader_sees_a_sync_and_its_absence() {
    let synced = "1 openat(AT_FDCWD, \"st/.claimcheck-9-0.tmp\", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 5\n\
                  2 fsync(5 <unfinished ...>\n\
                  1 openat(AT_FDCWD, \"st/.claimcheck-9-1.tmp\", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 6\n\
                  1 openat(AT_FDCWD, \"st/a1.yaml\", O_RDONLY|O_CLOEXEC) = 7\n\
                  2 <... fsync resumed>) = 0\n\
                  2 rename(\"st/.claimcheck-9-0.tmp\", \"st/a1.yaml\") = 0\n\
                  1 renameat2(AT_FDCWD, \"st/.claimcheck-9-1.tmp\", AT_FDCWD, \"st/b2.yaml\", 0) = 0\n";
    assert_eq!(synced_before_named(synced, "a1.yaml"), Ok(true));
    assert_eq!(synced_before_named(synced, "b2.yaml"), Ok(false));
    let unnamed = "3 openat(AT_FDCWD, \"st\", O_WRONLY|O_CLOEXEC|O_TMPFILE, 0666) = 7\n\
                   3 fsync(7) = 0\n\
                   3 linkat(AT_FDCWD, \"/proc/self/fd/7\", AT_FDCWD, \"st/c3.yaml\", AT_SYMLINK_FOLLOW) = 0\n";
    assert_eq!(synced_before_named(unnamed, "c3.yaml"), Ok(true));
    // An fsync of another descriptor does not count.
    let other = unnamed.replace("fsync(7)", "fsync(8)");
    assert_eq!(synced_before_named(&other, "c3.yaml"), Ok(false));
}
