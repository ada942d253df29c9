//! The per-article path, in process: read the seed articles once, then time parsing (front matter and
//! metadata detection) plus extraction of each, and of all five in a row. No file is read or written
//! inside the timed loop. Run with `cargo bench --bench extract`.

use claimcheck::article;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// The seed articles: (file name, bytes).
fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("article")
                .to_string();
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (name, bytes)
        })
        .collect()
}

fn per_article(c: &mut Criterion) {
    let seeds = seeds();
    // The language pack and its compiled lookups are built once per process, outside the timing.
    let (name, bytes) = &seeds[0];
    let warm = article::parse(Path::new(name), name, bytes.clone()).expect("a seed parses");
    black_box(claimcheck::extract::extract(&warm));

    let mut group = c.benchmark_group("extract");
    for (name, bytes) in &seeds {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| {
                let a =
                    article::parse(Path::new(name), name, black_box(bytes.clone())).expect("a seed parses");
                black_box(claimcheck::extract::extract(&a))
            })
        });
    }
    group.throughput(Throughput::Elements(seeds.len() as u64));
    group.bench_function("all seeds", |b| {
        b.iter(|| {
            for (name, bytes) in &seeds {
                let a =
                    article::parse(Path::new(name), name, black_box(bytes.clone())).expect("a seed parses");
                black_box(claimcheck::extract::extract(&a));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, per_article);
criterion_main!(benches);
