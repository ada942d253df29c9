//! `export --format claimreview` checked against the schema.org definitions of the types it writes: every
//! object's `@type` is a type schema.org defines, every property is one schema.org gives that type (itself
//! or through the types it extends), and every value has a type the property allows. The definitions
//! below are schema.org's (https://schema.org/ClaimReview, /Claim, /Rating, /CreativeWork, /Thing, ...),
//! written out for the types used, so the check needs no network.

mod support;

use serde_json::Value;
use support::claimcheck;

/// A property and the types its values may have.
type Property = (&'static str, &'static [&'static str]);

/// A type, the type it extends, and the properties it adds.
const TYPES: &[(&str, &str, &[Property])] = &[
    (
        "Thing",
        "",
        &[
            ("name", &["Text"]),
            ("alternateName", &["Text"]),
            ("description", &["Text"]),
            ("identifier", &["Text", "URL", "PropertyValue"]),
            ("url", &["URL"]),
            ("sameAs", &["URL"]),
        ],
    ),
    (
        "CreativeWork",
        "Thing",
        &[
            ("author", &["Organization", "Person"]),
            ("datePublished", &["Date", "DateTime"]),
            ("headline", &["Text"]),
            ("publisher", &["Organization", "Person"]),
            ("inLanguage", &["Text", "Language"]),
        ],
    ),
    (
        "Review",
        "CreativeWork",
        &[
            ("itemReviewed", &["Thing"]),
            ("reviewRating", &["Rating"]),
            ("reviewBody", &["Text"]),
            ("reviewAspect", &["Text"]),
        ],
    ),
    ("ClaimReview", "Review", &[("claimReviewed", &["Text"])]),
    (
        "Claim",
        "CreativeWork",
        &[
            ("appearance", &["CreativeWork"]),
            ("firstAppearance", &["CreativeWork"]),
            ("claimInterpreter", &["Organization", "Person"]),
        ],
    ),
    ("Article", "CreativeWork", &[("articleBody", &["Text"])]),
    ("NewsArticle", "Article", &[("dateline", &["Text"])]),
    ("Intangible", "Thing", &[]),
    (
        "Rating",
        "Intangible",
        &[
            ("author", &["Organization", "Person"]),
            ("bestRating", &["Number", "Text"]),
            ("worstRating", &["Number", "Text"]),
            ("ratingValue", &["Number", "Text"]),
            ("ratingExplanation", &["Text"]),
            ("reviewAspect", &["Text"]),
        ],
    ),
    ("Organization", "Thing", &[("legalName", &["Text"])]),
    ("GovernmentOrganization", "Organization", &[]),
    ("NewsMediaOrganization", "Organization", &[]),
    (
        "Person",
        "Thing",
        &[("givenName", &["Text"]), ("familyName", &["Text"])],
    ),
];

fn parent(t: &str) -> Option<&'static str> {
    TYPES
        .iter()
        .find(|d| d.0 == t)
        .map(|d| d.1)
        .filter(|p| !p.is_empty())
}

fn is_a(t: &str, ancestor: &str) -> bool {
    t == ancestor || parent(t).is_some_and(|p| is_a(p, ancestor))
}

/// The types a property of `t` may hold, if schema.org gives `t` (or a type it extends) that property.
fn range(t: &str, property: &str) -> Option<&'static [&'static str]> {
    let def = TYPES.iter().find(|d| d.0 == t)?;
    def.2
        .iter()
        .find(|p| p.0 == property)
        .map(|p| p.1)
        .or_else(|| parent(t).and_then(|p| range(p, property)))
}

fn value_fits(v: &Value, allowed: &[&str]) -> bool {
    allowed.iter().any(|&a| match (a, v) {
        ("Text", Value::String(_)) => true,
        ("URL", Value::String(s)) => s.starts_with("https://") || s.starts_with("http://"),
        ("Date", Value::String(s)) => {
            let b = s.as_bytes();
            (s.len() == 10 || s.len() == 7)
                && b.iter().enumerate().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        *c == b'-'
                    } else {
                        c.is_ascii_digit()
                    }
                })
        }
        ("Number", Value::Number(_)) => true,
        (t, Value::Object(o)) => o["@type"].as_str().is_some_and(|ty| is_a(ty, t)),
        _ => false,
    })
}

/// Every way `v` departs from the definitions, with where.
fn check(v: &Value, at: &str, problems: &mut Vec<String>) {
    let Some(o) = v.as_object() else {
        problems.push(format!("{at}: not an object"));
        return;
    };
    let Some(t) = o.get("@type").and_then(Value::as_str) else {
        problems.push(format!("{at}: no @type"));
        return;
    };
    if !TYPES.iter().any(|d| d.0 == t) {
        problems.push(format!("{at}: @type {t} is not one schema.org defines here"));
        return;
    }
    for (k, val) in o {
        if k.starts_with('@') {
            continue;
        }
        match range(t, k) {
            None => problems.push(format!("{at}.{k}: schema.org gives {t} no property {k}")),
            Some(allowed) => {
                if !value_fits(val, allowed) {
                    problems.push(format!("{at}.{k}: {val} is not one of {allowed:?}"));
                }
                if val.is_object() {
                    check(val, &format!("{at}.{k}"), problems);
                }
            }
        }
    }
}

const A: &str = "---\noutlet: Le Quotidien\ndate: 2024-09-10\nurl: https://example.org/quotidien/livraisons\n---\n\
Washington accuse, Téhéran dément\n\n\
Les États-Unis ont accusé l'Iran d'avoir livré des missiles à la Russie. Téhéran a démenti cette affirmation.\n\n\
« Nous n'avons rien livré », a déclaré le ministre iranien des Affaires étrangères, Karim Sadeghi.\n";

#[test]
fn claimreview_records_have_the_shape_schema_org_defines() {
    let tmp = tempfile::tempdir().unwrap();
    let a = support::article(tmp.path(), "a.txt", A);
    let store = tmp.path().join("claims");
    support::extract(&[&a], &store).success();
    let claims = support::export(&store);
    let id = |words: &str| {
        claims
            .iter()
            .find(|c| c["text"].as_str().unwrap().starts_with(words))
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (quote, denial) = (id("Nous n'avons"), id("l'Iran d'avoir"));
    let deny_id = claims.iter().find(|c| c["stance"] == "deny").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(denial, deny_id);
    let decisions = format!(
        "{{\"id\":\"{quote}\",\"review\":{{\"status\":\"corrected\",\"note\":\"nom complet\",\"text\":\"Nous n'avons rien livré du tout\"}}}}\n\
         {{\"id\":\"{deny_id}\",\"review\":{{\"status\":\"confirmed\"}}}}\n\
         {{\"id\":\"{denial}\",\"review\":{{\"status\":\"recheck\"}}}}\n"
    );
    claimcheck()
        .args(["review", "import", "-", "--claims"])
        .arg(&store)
        .write_stdin(decisions)
        .assert()
        .success();

    let out = tmp.path().join("reviews.jsonld");
    claimcheck()
        .args(["export", "--org", "Les Vérificateurs", "-o"])
        .arg(&out)
        .arg("--claims")
        .arg(&store)
        .assert()
        .success();
    let records: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(
        records.len(),
        2,
        "confirmed, rejected and corrected claims only: {records:#?}"
    );
    let mut problems = Vec::new();
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        check(r, &format!("[{i}]"), &mut problems);
    }
    assert!(problems.is_empty(), "{problems:#?}");

    let corrected = records
        .iter()
        .find(|r| r["identifier"] == quote.as_str())
        .unwrap();
    assert_eq!(corrected["claimReviewed"], "Nous n'avons rien livré du tout");
    assert_eq!(corrected["author"]["name"], "Les Vérificateurs");
    assert_eq!(corrected["reviewRating"]["alternateName"], "Corrected");
    assert_eq!(corrected["reviewRating"]["ratingExplanation"], "nom complet");
    let claim = &corrected["itemReviewed"];
    assert_eq!(claim["@type"], "Claim");
    assert_eq!(
        claim["author"],
        serde_json::json!({"@type": "Person", "name": "Karim Sadeghi"})
    );
    assert_eq!(
        claim["appearance"]["url"],
        "https://example.org/quotidien/livraisons"
    );
    assert_eq!(claim["appearance"]["datePublished"], "2024-09-10");
    assert_eq!(claim["appearance"]["publisher"]["name"], "Le Quotidien");
    let state = records
        .iter()
        .find(|r| r["identifier"] == deny_id.as_str())
        .unwrap();
    assert_eq!(
        state["itemReviewed"]["author"],
        serde_json::json!({"@type": "GovernmentOrganization", "name": "Iran"})
    );
    assert_eq!(state["reviewRating"]["alternateName"], "Confirmed");

    // The check itself fails on what schema.org does not define.
    let mut wrong = corrected.clone();
    wrong["itemReviewed"]["appearance"]["url"] = Value::from("example.org");
    wrong["reviewRating"]["verdict"] = Value::from("vrai");
    let mut found = Vec::new();
    check(&wrong, "x", &mut found);
    assert_eq!(found.len(), 2, "{found:?}");

    // Without the organisation there is no author: a usage error.
    claimcheck()
        .args(["export", "--format", "ClaimReview", "--claims"])
        .arg(&store)
        .assert()
        .code(2)
        .stderr("claimcheck: --format claimreview needs --org NAME: the organisation that reviewed the claims, which the records name as their author\n");
}
