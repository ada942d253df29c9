//! The French full-form lexicon: the cost of opening it (`Forms::open`, what `fr()` does once) and of
//! a lookup, over a sample of real forms (lower-case, capitalised, with typographic apostrophes, and
//! absent). Run with `cargo bench --bench lexicon`.

use claimcheck::lang::lexicon::{fr, Pos};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const WORDS: &[&str] = &[
    "le",
    "ministre",
    "a",
    "déclaré",
    "mardi",
    "que",
    "Elle",
    "déclarèrent",
    "aujourd’hui",
    "l’",
    "communiqué",
    "Paris",
    "hebdomadaire",
    "Téhéran",
    "xyzzy",
    "selon",
];

fn bench(c: &mut Criterion) {
    let f = fr();
    let mut g = c.benchmark_group("lexicon");
    g.bench_function("open", |b| {
        b.iter(|| {
            black_box(
                claimcheck::lang::lexicon::Forms::open(
                    include_bytes!("../src/lang/fr/lexicon/forms.fst"),
                    include_bytes!("../src/lang/fr/lexicon/analyses.bin"),
                    include_str!("../src/lang/fr/lexicon/lemmas.txt"),
                )
                .is_ok(),
            )
        })
    });
    g.throughput(Throughput::Elements(WORDS.len() as u64));
    g.bench_function("analyses", |b| {
        b.iter(|| {
            let mut n = 0;
            for w in WORDS {
                n += f.analyses(black_box(w)).count();
            }
            n
        })
    });
    g.bench_function("is_pos", |b| {
        b.iter(|| WORDS.iter().filter(|w| f.is_pos(black_box(w), Pos::Noun)).count())
    });
    g.bench_function("lemma_id", |b| b.iter(|| f.lemma_id(black_box("déclarer"))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
