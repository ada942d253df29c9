//! The language pack (`lang::fr`) and the tables built from it are built once, on first use, from
//! whatever thread comes first. A first use from outside rayon's pool racing first uses from inside it
//! must not deadlock: it did, when `lang::fr` parsed its files with `rayon::join` while the pool's
//! workers, each reading a statement for `compare`, waited on the same lock (found by the property tests
//! of `props_relations`, which hung one run in two).
//!
//! The race can only be run once per process, so the test runs itself as a child process a few times,
//! each with a deadline.

use claimcheck::claim::Stance;
use claimcheck::corpus::relation::{classify, Profile, Statement};
use rayon::prelude::*;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD: &str = "CLAIMCHECK_INIT_RACE";

/// The race: the pool's workers sleep a moment, then read statements; meanwhile this thread, outside
/// the pool, makes the first use.
fn race() {
    let workers = std::thread::spawn(|| {
        (0..64).into_par_iter().for_each(|i| {
            std::thread::sleep(Duration::from_millis(20));
            let _ = Profile::new(&format!("L'Iran a livré {i} missiles à la Russie."));
        });
    });
    std::thread::sleep(Duration::from_millis(5));
    let st = |text| Statement {
        text,
        stance: Stance::Assert,
    };
    let _ = classify(&st("Téhéran a livré des drones."), &st("Téhéran dément."));
    workers.join().expect("the workers finish");
}

#[test]
fn a_first_use_outside_the_pool_racing_the_pool_does_not_deadlock() {
    if std::env::var_os(CHILD).is_some() {
        race();
        return;
    }
    let exe = std::env::current_exe().expect("the test binary");
    for run in 0..5 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "a_first_use_outside_the_pool_racing_the_pool_does_not_deadlock",
                "--test-threads",
                "1",
            ])
            .env(CHILD, "1")
            .env("RAYON_NUM_THREADS", "2")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the test binary runs");
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(s) = child.try_wait().expect("the child's status") {
                break s;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("run {run}: the first uses deadlocked (no end after 60 s)");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(status.success(), "run {run}: the child failed: {status}");
    }
}
