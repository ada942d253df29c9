//! The language packs: everything the program knows about a language, as data.
//!
//! A pack is a folder of YAML files under `src/lang/` (French: `src/lang/fr/`), compiled into the binary
//! and parsed once. Each file maps to one typed section below; every entry carries example sentences with
//! what they must yield, and `tests/lexicon_examples.rs` runs them all. Adding a reporting verb, a
//! furniture pattern or an antonym is a data change with its example, not a code change.
//! This module only loads and checks the data; the steps that use it live in `extract/` and `corpus/`.

pub mod first_names;
pub mod furniture;
pub mod lexicon;
pub mod names;
pub mod relation;
pub mod reporting;
pub mod word_classes;
pub mod world;

use std::sync::OnceLock;

/// One language's knowledge, every section parsed and compiled.
pub struct Pack {
    pub reporting: reporting::Reporting,
    pub world: world::World,
    pub furniture: furniture::Furniture,
    pub names: names::Names,
    pub relation: relation::RelationLexicon,
}

/// The French pack, parsed on first use. The data is compiled in and checked by the test suite, so a
/// parse failure here is a build defect, reported with the file's name and line.
pub fn fr() -> &'static Pack {
    static FR: OnceLock<Pack> = OnceLock::new();
    // The files are parsed side by side, on threads of their own rather than rayon's: the first use may
    // come from outside rayon's pool while its workers wait on this very lock (each reading a statement
    // in a parallel loop), and a rayon job queued behind them would never run.
    FR.get_or_init(|| {
        std::thread::scope(|s| {
            let furniture = s.spawn(|| parse("fr/furniture.yaml", include_str!("fr/furniture.yaml")));
            let names = s.spawn(|| parse("fr/names.yaml", include_str!("fr/names.yaml")));
            let reporting = s.spawn(|| parse("fr/reporting.yaml", include_str!("fr/reporting.yaml")));
            let world = s.spawn(|| parse("fr/world.yaml", include_str!("fr/world.yaml")));
            let relation = parse("fr/relation.yaml", include_str!("fr/relation.yaml"));
            Pack {
                reporting: joined(reporting),
                world: joined(world),
                furniture: joined(furniture),
                names: joined(names),
                relation,
            }
        })
    })
}

/// A parsing thread's result; its panic (a broken pack) goes on as this thread's.
fn joined<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
}

fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> T {
    match serde_yaml::from_str(text) {
        Ok(v) => v,
        // The packs are part of the program, not user input: a broken one must fail the build's tests.
        Err(e) => panic!("src/lang/{name} is not a valid language pack: {e}"),
    }
}
