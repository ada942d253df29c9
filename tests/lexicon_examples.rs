//! Every example sentence in the language pack is a test: each must yield a claim with the speaker,
//! cue, stance, kind and relays its entry says.

use claimcheck::article;
use claimcheck::claim::Claim;
use claimcheck::lang::{self, reporting::Example};
use std::path::Path;

fn claims_of(text: &str) -> Vec<Claim> {
    let a = article::parse(Path::new("example.txt"), "example.txt", text.as_bytes().to_vec())
        .expect("example parses");
    claimcheck::extract::extract(&a)
}

fn check(e: &Example, failures: &mut Vec<String>) {
    let claims = claims_of(&e.text);
    let ok = claims.iter().any(|c| {
        e.speaker
            .as_deref()
            .is_none_or(|s| c.speaker_name.as_deref() == Some(s))
            && e.cue.as_deref().is_none_or(|q| c.cue.as_deref() == Some(q))
            && e.stance.is_none_or(|s| c.stance == s)
            && e.kind.is_none_or(|k| c.kind == k)
            && e.via.as_ref().is_none_or(|v| &c.via == v)
    });
    if !ok {
        let got: Vec<String> = claims
            .iter()
            .map(|c| {
                format!(
                    "{:?}/{:?}/{:?}/{:?}/{:?}",
                    c.speaker_name, c.cue, c.stance, c.kind, c.via
                )
            })
            .collect();
        failures.push(format!(
            "{:?}\n    wants speaker={:?} cue={:?} stance={:?} kind={:?} via={:?}\n    got {got:?}",
            e.text, e.speaker, e.cue, e.stance, e.kind, e.via
        ));
    }
}

#[test]
fn every_reporting_example_yields_its_claim() {
    let r = &lang::fr().reporting;
    let mut failures = Vec::new();
    for v in &r.verbs {
        assert!(!v.examples.is_empty(), "verb {} has no example", v.lemma);
        for e in &v.examples {
            check(e, &mut failures);
        }
    }
    for e in &r.examples {
        check(e, &mut failures);
    }
    assert!(
        failures.is_empty(),
        "{} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
