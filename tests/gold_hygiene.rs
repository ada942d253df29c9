//! Guards the gold files the scorer measures us against (`tests/articles.gold.yaml` and every other
//! `*.gold.yaml` under `tests/`): a loose gold makes a figure that cannot fall. Checked: no entity defined
//! twice (YAML keeps the last silently) and no alias shared by two entities; no alias made only of generic
//! nouns (`responsable`, `sources`, `conseiller`, `gouvernement`: they match almost anyone, so the
//! article's full description is the alias, or the entity is named `unnamed: …`); no empty `words` in a
//! reported claim, an outlet claim or a relation side (empty words match any claim of the speaker); every
//! speaker the gold names is an entity; every article it names exists beside it.

use claimcheck::text::fold;
use serde_yaml::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Nouns (folded) that name a function or a kind of source, not someone: an alias made only of these and
/// of function words fits any article.
const GENERIC: &[&str] = &[
    "responsable",
    "responsables",
    "source",
    "sources",
    "conseiller",
    "conseillers",
    "conseillere",
    "porte",
    "parole",
    "ministre",
    "ministres",
    "ministere",
    "gouvernement",
    "president",
    "presidente",
    "directeur",
    "directrice",
    "chef",
    "autorites",
    "autorite",
    "officiel",
    "officiels",
    "officielle",
    "expert",
    "experts",
    "analyste",
    "analystes",
    "diplomate",
    "diplomates",
    "representant",
    "representante",
    "membre",
    "membres",
    "depute",
    "deputee",
    "senateur",
    "general",
    "ambassadeur",
    "secretaire",
    "temoin",
    "temoins",
    "habitant",
    "habitante",
    "habitants",
    "agence",
    "quotidien",
    "journal",
    "media",
    "medias",
    "garde",
    "cotes",
    "armee",
    "police",
    "militaire",
    "militaires",
    "fonctionnaire",
    "enqueteur",
    "enqueteurs",
    "proche",
    "proches",
    "entourage",
    "communique",
    "rapport",
    "etat",
    "pays",
    "maire",
    "prefet",
    "juge",
    "procureur",
    "avocat",
    "entreprise",
    "groupe",
    "association",
    "associations",
    "organisation",
    "institut",
];

/// Words that carry no identity.
const FUNCTION: &[&str] = &[
    "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "a", "au", "aux", "en", "the", "of",
];

fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Every `*.gold.yaml` under `tests/`.
fn gold_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).expect("tests/ is readable").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.to_str().is_some_and(|s| s.ends_with(".gold.yaml")) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"), &mut out);
    out.sort();
    out
}

fn strings(v: &Value) -> Vec<String> {
    v.as_sequence()
        .map(|s| s.iter().filter_map(|x| x.as_str().map(String::from)).collect())
        .unwrap_or_default()
}

/// Every problem of one gold file (`text` is its YAML), one line each.
fn problems(text: &str, dir: Option<&Path>) -> Vec<String> {
    let gold: Value = match serde_yaml::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![format!("does not parse (a key defined twice?): {e}")],
    };
    let mut bad = Vec::new();
    let empty = serde_yaml::Mapping::new();
    let entities = gold["entities"].as_mapping().unwrap_or(&empty);
    let mut owner: BTreeMap<String, String> = BTreeMap::new();
    for (name, aliases) in entities {
        let name = name.as_str().unwrap_or_default().to_string();
        let Some(list) = aliases.as_sequence() else {
            bad.push(format!("entity {name:?}: aliases are not a list"));
            continue;
        };
        if list.is_empty() && name.starts_with("unnamed:") {
            bad.push(format!(
                "entity {name:?}: an unnamed entity needs the article's description as alias"
            ));
        }
        // The scorer tries the entity's name as one more alias.
        let named = (!name.starts_with("unnamed:")).then(|| name.clone());
        for alias in named.into_iter().chain(strings(aliases)) {
            let ws = words(&alias);
            if ws.is_empty() {
                bad.push(format!("entity {name:?}: empty alias {alias:?}"));
            } else if !name.starts_with("unnamed:")
                && ws
                    .iter()
                    .all(|w| GENERIC.contains(&w.as_str()) || FUNCTION.contains(&w.as_str()))
            {
                bad.push(format!(
                    "entity {name:?}: alias {alias:?} is only generic nouns; give the article's full \
                     description (`responsable de la securite aeroportuaire`), or name the entity \
                     `unnamed: …` when the article says no more"
                ));
            }
            let key = ws.join(" ");
            if let Some(other) = owner.get(&key).filter(|o| **o != name) {
                bad.push(format!("alias {alias:?} belongs to both {other:?} and {name:?}"));
            }
            owner.insert(key, name.clone());
        }
    }
    let known = |speakers: &Value, at: &str, bad: &mut Vec<String>| {
        for s in strings(speakers) {
            if !entities.contains_key(s.as_str()) {
                bad.push(format!("{at}: speaker {s:?} is not under entities"));
            }
        }
    };
    let no_empty_words = |words: &Value, at: &str, bad: &mut Vec<String>| {
        let ws = strings(words);
        if ws.is_empty() || ws.iter().any(|w| w.trim().is_empty()) {
            bad.push(format!(
                "{at}: empty words match any claim; give the claim's distinctive words"
            ));
        }
    };
    for art in gold["articles"].as_sequence().into_iter().flatten() {
        let file = art["file"].as_str().unwrap_or("?");
        if let Some(dir) = dir {
            if !dir.join(file).exists() {
                bad.push(format!("{file}: no such article beside the gold"));
            }
        }
        for q in art["quotes"].as_sequence().into_iter().flatten() {
            if q["kind"].as_str().is_some_and(|k| k == "direct" || k == "mixed") {
                known(
                    &q["speaker"],
                    &format!("{file}: quote {:?}", q["text"].as_str()),
                    &mut bad,
                );
            }
        }
        for r in art["reported"].as_sequence().into_iter().flatten() {
            let at = format!("{file}: reported claim of {:?}", strings(&r["speaker"]));
            known(&r["speaker"], &at, &mut bad);
            no_empty_words(&r["words"], &at, &mut bad);
        }
        for (i, w) in art["outlet_claims"]
            .as_sequence()
            .into_iter()
            .flatten()
            .enumerate()
        {
            no_empty_words(w, &format!("{file}: outlet claim {}", i + 1), &mut bad);
        }
    }
    for x in gold["cross"].as_sequence().into_iter().flatten() {
        for side in ["a", "b"] {
            let at = format!("relation {:?}, side {side}", x["note"].as_str().unwrap_or("?"));
            if !x[side]["speaker"].is_null() {
                known(&x[side]["speaker"], &at, &mut bad);
            }
            no_empty_words(&x[side]["words"], &at, &mut bad);
        }
    }
    bad
}

#[test]
fn every_gold_file_under_tests_is_strict() {
    let files = gold_files();
    assert!(
        files.iter().any(|f| f.ends_with("articles.gold.yaml")),
        "tests/articles.gold.yaml not found among {files:?}"
    );
    let mut all = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("the gold file reads");
        let dir = f.with_file_name(
            f.file_name()
                .and_then(|n| n.to_str())
                .map_or("", |n| n.trim_end_matches(".gold.yaml")),
        );
        // The articles sit in the folder named like the gold file (`articles.gold.yaml` → `articles/`).
        let dir = dir.is_dir().then_some(dir.as_path());
        for p in problems(&text, dir) {
            all.push(format!("{}: {p}", f.display()));
        }
    }
    assert!(all.is_empty(), "gold files are loose:\n{}", all.join("\n"));
}

/// The holes the checks exist for, each in a gold that has it: the check must see it.
#[test]
fn each_loose_gold_is_caught() {
    let base = "entities:\n  Nabil Fahmy: [fahmy]\n  Égypte: [egypte]\narticles:\n- file: a.txt\n  quotes: []\n  \
                reported:\n  - {speaker: [Égypte], words: [embargo], stance: deny}\n  outlet_claims: []\ncross:\n- \
                relation: contradict\n  note: n\n  a: {article: a, speaker: [Égypte], words: [embargo]}\n  \
                b: {article: a, speaker: [Nabil Fahmy], words: [obus]}\n";
    assert_eq!(problems(base, None), Vec::<String>::new());
    let cases = [
        (
            "  Égypte: [egypte]\n",
            "  Égypte: [egypte]\n  Égypte: [le caire]\n",
            "does not parse",
        ),
        ("[fahmy]", "[responsable]", "only generic nouns"),
        ("[fahmy]", "[les sources]", "only generic nouns"),
        ("[fahmy]", "[conseiller]", "only generic nouns"),
        ("[egypte]", "[egypte, gouvernement]", "only generic nouns"),
        ("[fahmy]", "[fahmy, egypte]", "belongs to both"),
        (
            "  Égypte: [egypte]\n",
            "  Égypte: [egypte]\n  gouvernement: [gouvernement egyptien]\n",
            "only generic",
        ),
        ("words: [embargo], stance", "words: [], stance", "reported claim"),
        ("words: [obus]}", "words: []}", "side b"),
        ("words: [obus]}", "words: ['']}", "side b"),
        ("outlet_claims: []", "outlet_claims: [[]]", "outlet claim 1"),
        (
            "speaker: [Nabil Fahmy]",
            "speaker: [Nabil Fahmi]",
            "not under entities",
        ),
    ];
    for (from, to, want) in cases {
        assert!(base.contains(from), "{from}");
        let loose = base.replacen(from, to, 1);
        let found = problems(&loose, None);
        assert!(
            found.iter().any(|p| p.contains(want)),
            "{to:?}: expected a problem with {want:?}, got {found:?}"
        );
    }
    // A full description with a generic head is fine, and so is a bare description of a speaker the
    // gold names as unnamed (`glisse un proche`: the article says no more).
    let ok = base.replace("[fahmy]", "[fahmy, responsable de la securite aeroportuaire]");
    assert_eq!(problems(&ok, None), Vec::<String>::new());
    let unnamed = base.replace(
        "  Égypte: [egypte]\n",
        "  Égypte: [egypte]\n  'unnamed: un proche': [un proche]\n",
    );
    assert_eq!(problems(&unnamed, None), Vec::<String>::new());
}
