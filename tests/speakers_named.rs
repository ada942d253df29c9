//! No speaker is a bare common noun (issue #14): a speaker the article never names is shown as the
//! article describes it, with its determiner (`les juges`, `le syndicat`, `une source diplomatique`),
//! and a body or role noun capitalised on its own (`l'Organisation`) or a pronoun opening a sentence
//! (`Celle-ci`, `Nos`, `C'est`) is never a name. Checked on the stores `extract` writes for the seeds,
//! the own test articles and the probe set, and on the committed `claims/`, through the real binary.

mod support;

use claimcheck::extract::lexicon::Lexicon;
use claimcheck::lang::lexicon::is_determiner;
use claimcheck::text::fold;
use std::path::Path;
use support::{export, extract};
use tempfile::TempDir;

/// Why a speaker reads as a bare common noun: after its determiners, one word that is written in
/// lower case or is a role, body, document or medium noun (`ministre`, `Syndicat`, `communiqué`).
fn bare_noun(speaker: &str) -> Option<&'static str> {
    // Words, with an elided determiner set apart from its noun (`l’Organisation` → `l’`, `Organisation`).
    let mut words: Vec<&str> = Vec::new();
    for w in speaker.split_whitespace() {
        let cut = w
            .char_indices()
            .find(|&(_, c)| c == '\'' || c == '\u{2019}')
            .map(|(i, c)| i + c.len_utf8());
        match cut {
            Some(c) if c < w.len() && is_determiner(&w[..c]) => words.extend([&w[..c], &w[c..]]),
            _ => words.push(w),
        }
    }
    let first = words.iter().position(|w| !is_determiner(w));
    match first {
        None => Some("only determiners"),
        // A description with its determiner is what an unnamed speaker should be.
        Some(i) if i > 0 || words.len() != 1 => None,
        Some(_) => {
            let word = words[0];
            let key = fold(word);
            let lex = Lexicon::get();
            if claimcheck::text::is_web_address(word) {
                None // a news site by its address (`reporter.lu`)
            } else if word.starts_with(char::is_lowercase) {
                Some("a lower-case word")
            } else if lex.is_role(&key)
                || lex.is_body(&key)
                || lex.documents.contains(key.as_str())
                || lex.relay_nouns.contains(key.as_str())
            {
                Some("a role, body, document or medium noun")
            } else {
                None
            }
        }
    }
}

#[test]
fn the_rule_itself_tells_descriptions_from_bare_nouns() {
    for bare in [
        "ministre",
        "juges",
        "communiqué",
        "Syndicat",
        "Organisation",
        "groupe",
    ] {
        assert!(bare_noun(bare).is_some(), "{bare} should read as a bare noun");
    }
    for fine in [
        "les juges",
        "le syndicat",
        "l’Organisation",
        "l'expert",
        "une source diplomatique européenne",
        "Le Monde",
        "Ingrid Solberg",
        "Nestlé",
        "ONU",
    ] {
        assert_eq!(bare_noun(fine), None, "{fine} is no bare noun");
    }
}

fn assert_no_bare_speaker(store: &Path, what: &str) {
    let claims = export(store);
    assert!(!claims.is_empty(), "{what}: no claims");
    // A noun an article gave as a body's name after the body's own noun (`le syndicat Alliance`) is that
    // body's name throughout the article.
    let given_as_name: std::collections::HashSet<(String, String)> = claims
        .iter()
        .filter_map(|c| {
            let (s, m) = (c["speaker"].as_str()?, c["speaker_mention"].as_str()?);
            let before = m.strip_suffix(s)?.trim_end();
            let head = fold(before.rsplit(' ').next()?);
            (!before.is_empty() && Lexicon::get().is_body(&head))
                .then(|| (c["article"].to_string(), s.to_string()))
        })
        .collect();
    let bad: Vec<String> = claims
        .iter()
        .filter_map(|c| {
            let s = c["speaker"].as_str()?;
            if given_as_name.contains(&(c["article"].to_string(), s.to_string())) {
                return None;
            }
            let why = bare_noun(s)?;
            Some(format!(
                "{} in {}: {s:?} ({why}), mentioned as {}",
                c["id"], c["article"], c["speaker_mention"]
            ))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "{what}: speakers that are bare common nouns:\n{}",
        bad.join("\n")
    );
}

#[test]
fn no_speaker_of_the_seeds_own_articles_or_probes_is_a_bare_noun() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["seeds", "tests/articles", "tests/probes"] {
        let store = TempDir::new().unwrap();
        extract(&[&root.join(dir)], store.path()).success();
        assert_no_bare_speaker(store.path(), dir);
    }
}

/// The real-text development set (outside git, `contrib/realtext/LABELLING.md`): every batch under
/// `CLAIMCHECK_REALTEXT` (a folder of `bNN/articles/`). Without the variable there is nothing to read,
/// and the test says so on stderr.
#[test]
fn no_speaker_of_the_real_text_set_is_a_bare_noun() {
    let Some(root) = std::env::var_os("CLAIMCHECK_REALTEXT") else {
        eprintln!("CLAIMCHECK_REALTEXT unset: the real-text set was not checked");
        return;
    };
    let mut batches: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", Path::new(&root).display()))
        .filter_map(|e| Some(e.ok()?.path().join("articles")))
        .filter(|p| p.is_dir())
        .collect();
    batches.sort();
    assert!(!batches.is_empty(), "no bNN/articles under {root:?}");
    for articles in batches {
        let store = TempDir::new().unwrap();
        extract(&[&articles], store.path()).success();
        assert_no_bare_speaker(store.path(), &articles.display().to_string());
    }
}

#[test]
fn no_speaker_of_the_committed_store_is_a_bare_noun() {
    assert_no_bare_speaker(&Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), "claims/");
}

#[test]
fn an_unnamed_speaker_is_shown_with_its_determiner() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("claims");
    support::article(
        dir.path(),
        "verdict.txt",
        "Le tribunal de Varenne rend son verdict\n\n\
         Les juges ont estimé que la procédure était régulière.\n\n\
         Le syndicat a dénoncé « une décision politique ».\n\n\
         La présidente de l'association, Odile Marchand, a salué le jugement. Celle-ci a toutefois \
         regretté « la lenteur de la procédure ».\n",
    );
    extract(&[&dir.path().join("verdict.txt")], &store).success();
    let by_text = |words: &str| -> String {
        export(&store)
            .iter()
            .find(|c| c["text"].as_str().is_some_and(|t| t.contains(words)))
            .and_then(|c| c["speaker"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("no claim with {words:?}"))
    };
    assert_eq!(by_text("procédure était régulière"), "les juges");
    assert_eq!(by_text("décision politique"), "le syndicat");
    assert_eq!(by_text("lenteur de la procédure"), "Odile Marchand");
}
