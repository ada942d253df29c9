//! Examples of noun phrases read into mentions: names, roles, bodies, states, media, documents.

use super::*;
use crate::text::tokens;

fn back(s: &str) -> Option<Mention> {
    let lex = Lexicon::get();
    let t = tokens(s, 0);
    let keys = keys(&t);
    let (a, b) = backward(lex, &t, &keys, 0, t.len())?;
    read(lex, s, &t, &keys, a, b)
}

#[test]
fn a_lower_case_article_after_a_noun_opens_a_new_phrase() {
    let s = "à la sortie du conseil d'entreprise le secrétaire du syndicat";
    let m = back(s).unwrap();
    assert_eq!(&s[m.start..m.end], "le secrétaire du syndicat");
    let s = "le ministre de la Défense";
    assert_eq!(back(s).unwrap().start, 0);
}

#[test]
fn a_full_name_after_a_roles_complement_the_lists_do_not_hold_is_the_persons() {
    let m = back("la ministre de la Mer Annick Vidal").unwrap();
    assert_eq!(m.name.as_deref(), Some("Annick Vidal"));
    let m = back("le directeur de l'Hippodrome Paul Ferrand").unwrap();
    assert_eq!(m.name.as_deref(), Some("Paul Ferrand"));
}

#[test]
fn a_full_name_before_its_affiliation_is_the_persons() {
    for s in [
        "Pascal Verdier de la FGTB",
        "Anne Quivy du PS",
        "Paul Roux de l'Union des ports",
    ] {
        let t = tokens(s, 0);
        let k = keys(&t);
        let m = read(Lexicon::get(), s, &t, &k, 0, t.len()).unwrap();
        assert!(
            m.name
                .as_deref()
                .is_some_and(|n| s.starts_with(n) && n.split(' ').count() == 2),
            "{s}: {m:?}"
        );
    }
    let s = "Jean de La Fontaine";
    let (t, k) = (tokens(s, 0), keys(&tokens(s, 0)));
    let m = read(Lexicon::get(), s, &t, &k, 0, t.len());
    assert_ne!(m.and_then(|m| m.name).as_deref(), Some("Jean"));
}

#[test]
fn a_second_place_in_the_roles_complement_is_no_name() {
    let m = back("la préfète de Gironde et Nouvelle-Aquitaine").unwrap();
    assert_eq!(
        (m.name, m.role.as_deref()),
        (None, Some("préfète de Gironde et Nouvelle-Aquitaine"))
    );
    let m = back("le maire de Lyon et Paul Ferrand").unwrap();
    assert_eq!(m.name.as_deref(), Some("Paul Ferrand"));
}

#[test]
fn a_party_or_union_acronym_before_a_full_name_is_not_the_name() {
    for (s, name) in [
        ("le député RN Paul Ferrand", "Paul Ferrand"),
        ("la sénatrice LR Anne Quivy", "Anne Quivy"),
        ("le délégué CGT Marc Olivet", "Marc Olivet"),
    ] {
        assert_eq!(back(s).unwrap().name.as_deref(), Some(name), "{s}");
    }
    // Alone after a noun of a person, it is their party: no name.
    for s in ["le député RN", "la présidente des députés LFI"] {
        let m = back(s).unwrap();
        assert_eq!(m.name, None, "{s}");
        assert!(m.role.is_some(), "{s}");
    }
    assert_eq!(back("le syndicat FGTB").unwrap().name.as_deref(), Some("FGTB"));
    // Before a single word, the acronym stays in the name (`le club PSG`, `l'équipe BMC Racing`).
    assert_eq!(
        back("l'équipe BMC Racing").unwrap().name.as_deref(),
        Some("BMC Racing")
    );
}

#[test]
fn a_capitalised_common_noun_and_de_la_open_a_bodys_name() {
    let m = back("hier, les Faucheurs de la Plaine").unwrap();
    assert_eq!(m.name.as_deref(), Some("Faucheurs de la Plaine"));
    assert_eq!(m.kind, SpeakerKind::Organisation);
}

#[test]
fn a_lone_capital_letter_is_no_name() {
    assert_eq!(back("l'ancien N").and_then(|m| m.name), None);
}

#[test]
fn a_capitalised_article_between_name_words_is_part_of_the_name() {
    let m = back("la députée Odile Le Garrec").unwrap();
    assert_eq!(m.name.as_deref(), Some("Odile Le Garrec"));
}

#[test]
fn the_newsrooms_note_names_nobody() {
    // `(mi-juin, NDLR)`: read as an acronym, it became a body that `le club` could refer back to.
    assert_eq!(back("NDLR"), None);
    assert_eq!(back("la DNCG").and_then(|m| m.name).as_deref(), Some("DNCG"));
}

#[test]
fn role_and_name() {
    let m = back("Le ministre russe de la Défense Sergueï Choïgou").unwrap();
    assert_eq!(m.name.as_deref(), Some("Sergueï Choïgou"));
    assert_eq!(m.role.as_deref(), Some("ministre russe de la Défense"));
}

#[test]
fn after_a_title_a_states_name_is_a_persons() {
    let m = back("a assuré M. Hollande").unwrap();
    assert_eq!(
        (m.kind, m.name.as_deref()),
        (SpeakerKind::Person, Some("Hollande"))
    );
    assert_eq!(back("a assuré la Hollande").unwrap().kind, SpeakerKind::State);
}

#[test]
fn a_lawyers_title_gives_the_role() {
    let m = back("Mardi, Me Karimi").unwrap();
    assert_eq!(m.name.as_deref(), Some("Karimi"));
    assert_eq!(m.role.as_deref(), Some("avocat"));
    assert_eq!(m.gender, None, "neither `Mardi` nor `Me` gives a gender");
    assert_eq!(back("Me Lina Barre").unwrap().role.as_deref(), Some("avocat"));
}

#[test]
fn titles_are_stripped() {
    assert_eq!(back("a dit M. Durand").unwrap().name.as_deref(), Some("Durand"));
    assert_eq!(
        back("le général de brigade Ali Karimi").unwrap().name.as_deref(),
        Some("Ali Karimi")
    );
}

#[test]
fn capitals_stand_for_states_and_roles_stand_alone() {
    assert_eq!(back("Téhéran").unwrap().kind, SpeakerKind::State);
    assert_eq!(back("le Kremlin").unwrap().name.as_deref(), Some("Russie"));
    let m = back("ce haut diplomate iranien").unwrap();
    assert_eq!(
        (m.name, m.role.as_deref()),
        (None, Some("haut diplomate iranien"))
    );
}

#[test]
fn media_and_documents() {
    // A capitalised document noun that opens a title names a medium, not a document.
    let m = back("Le Courrier Picard").unwrap();
    assert_eq!(
        (m.kind, m.name.as_deref()),
        (SpeakerKind::Media, Some("Courrier Picard"))
    );
    assert_eq!(
        back("l'agence de presse iranienne Mehr News Agency")
            .unwrap()
            .name
            .as_deref(),
        Some("Mehr")
    );
    let m = back("les médias iraniens").unwrap();
    assert_eq!(
        (m.kind, m.name.as_deref()),
        (SpeakerKind::Media, Some("médias iraniens"))
    );
    assert_eq!(back("le communiqué").unwrap().kind, SpeakerKind::Document);
}

#[test]
fn a_capital_right_after_a_bodys_noun_is_the_bodys_name() {
    for s in ["La formation Astana", "l'équipe Astana"] {
        let m = back(s).unwrap();
        assert_eq!(
            (m.kind, m.name.as_deref()),
            (SpeakerKind::Organisation, Some("Astana")),
            "{s}"
        );
    }
    assert_eq!(back("les autorités de Téhéran").unwrap().kind, SpeakerKind::State);
    // A body that does not govern the state it names after a link speaks itself.
    assert_eq!(back("les autorités du Togo").unwrap().kind, SpeakerKind::State);
    let m = back("le Syndicat des enseignants du Togo").unwrap();
    assert_eq!(
        (m.kind, m.name.as_deref()),
        (
            SpeakerKind::Organisation,
            Some("Syndicat des enseignants du Togo")
        )
    );
}

#[test]
fn a_word_that_may_be_a_verb_before_its_object_ends_a_bodys_name() {
    let lex = Lexicon::get();
    let s = "Le Gouvernement de Transition informe l'opinion";
    let t = tokens(s, 0);
    let k = keys(&t);
    let (a, b) = forward(lex, &t, &k, 0, t.len()).unwrap();
    assert_eq!(&s[t[a].start..t[b - 1].end], "Le Gouvernement de Transition");
}
