//! Reading a noun phrase into a `Mention`: a pronoun, a person's name with the role around it, a state
//! (also by its capital or seat of power), a medium, a body, a document; and the gender its words give.

use super::*;

/// The gender the words of a phrase give a person: a title (`M.`, `Mme`), the first name (`Delphine`), a
/// determiner or adjective before a role noun (`la ministre`, `l'ancienne patronne`) or the role noun
/// itself (`l'avocate`). `name_start..ne` is the name's run of tokens (empty when there is none).
fn gender_of(lex: &Lexicon, words: &[Token], keys: &[Key], name_start: usize, ne: usize) -> Option<Gender> {
    for k in keys.iter().take(name_start) {
        match k.as_ref() {
            "m" | "mm" | "monsieur" | "messieurs" => return Some(Gender::Masculine),
            "mme" | "mmes" | "mlle" | "madame" | "mademoiselle" => return Some(Gender::Feminine),
            _ => {}
        }
    }
    let first_name = || {
        // A compound first name (`Jean-Pierre`) has the gender of its first part.
        let first = words[name_start].text.split('-').next().unwrap_or_default();
        crate::lang::first_names::gender(first)
    };
    // A name of one word after words that give a gender (`le docteur Oliva`) or a title (`Dr Oliva`) is a
    // surname, whatever first name it may also be.
    if name_start + 1 < ne {
        if let Some(g) = first_name() {
            return Some(g);
        }
    }
    // The words before the name (or the whole phrase without one): the first that has a gender.
    let upto = if name_start < ne { name_start } else { words.len() };
    let before = words[..upto].iter().zip(keys).find_map(|(w, k)| {
        if matches!(k.as_ref(), "la" | "une" | "cette") {
            return Some(Gender::Feminine);
        }
        if matches!(k.as_ref(), "le" | "un" | "ce" | "cet") {
            return Some(Gender::Masculine);
        }
        // An elided or plural determiner says nothing of the gender (`l'ancienne`, `les`).
        if matches!(k.as_ref(), "l'" | "les" | "des" | "d'" | "du" | "de") {
            return None;
        }
        // Nor does a time word or a title before the phrase (`Mardi, Me X`).
        if lex.time_words.contains(k.as_ref()) || lex.honorifics.contains(k.as_ref()) {
            return None;
        }
        forms::classes(w.text).gender()
    });
    let titled = keys[..name_start]
        .iter()
        .any(|k| lex.honorifics.contains(k.as_ref()));
    before.or_else(|| (name_start + 1 == ne && !titled).then(first_name).flatten())
}

/// Nouns of a body that governs a state: `le gouvernement iranien`, `les autorités de Téhéran` speak for it.
const GOVERNING_NOUNS: &[&str] = &[
    "gouvernement",
    "presidence",
    "diplomatie",
    "autorites",
    "regime",
    "administration",
    "executif",
];

/// Whether a folded head noun is that of a body that governs a state (`gouvernement`, `autorités`).
pub fn is_governing(head: &str) -> bool {
    GOVERNING_NOUNS.contains(&head)
}

/// Reads the tokens `toks[s..e]` of a noun phrase into a mention.
pub fn read(lex: &Lexicon, text: &str, toks: &[Token], keys: &[Key], s: usize, e: usize) -> Option<Mention> {
    // `Marion X (Front national)`, `Paul Y (PS)`: brackets after a name give the person's party or
    // place; the phrase is the name before them.
    if e >= s + 4 && toks[e - 1].text == ")" {
        if let Some(open) = (s + 1..e - 1).rev().find(|&i| toks[i].text == "(") {
            if is_name(&toks[open - 1], &keys[open - 1]) && !(s..open).any(|i| lex.is_body(&keys[i])) {
                return read(lex, text, toks, keys, s, open);
            }
        }
    }
    // `Pascal X de la FGTB`, `Anne Y du PS`: a full name that opens the phrase, then a complement of
    // affiliation (not a particle: `Jean de La Fontaine`), is the person's; the phrase is the name.
    if let Some(de) = (s + 2..e.saturating_sub(1)).find(|&i| matches!(keys[i].as_ref(), "de" | "d'" | "du")) {
        let complement_after = keys[de] == "du"
            || toks[de + 1].is_word()
                && !toks[de + 1].is_capitalised()
                && DETERMINERS.contains(&keys[de + 1].as_ref());
        if complement_after
            && crate::lang::first_names::opens_name(toks[s].text)
            && (s..de).all(|i| is_name(&toks[i], &keys[i]))
        {
            return read(lex, text, toks, keys, s, de);
        }
    }
    // `le Front de l'Est`: a complement after the phrase may continue a body's name.
    let complement_follows = keys
        .get(e)
        .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des"));
    let words = &toks[s..e];
    let (start, end) = (words.first()?.start, words.last()?.end);
    let mut m = Mention {
        start,
        end,
        kind: SpeakerKind::Person,
        name: None,
        role: None,
        pronoun: None,
        plural: false,
        gender: None,
        head: None,
        named: false,
        possessive: false,
        definite: false,
    };
    let keys = &keys[s..e];
    if words.len() == 1 && PRONOUNS.contains(&keys[0].as_ref()) {
        return Some(Mention::pronoun(start, end, &keys[0]));
    }
    if let [a, b] = keys {
        if the_latter(a, b) {
            return Some(Mention::pronoun(start, end, &format!("{a} {b}")));
        }
    }
    let world = &lang::fr().world;
    m.plural = keys
        .first()
        .is_some_and(|k| matches!(k.as_ref(), "les" | "des" | "ces" | "leurs" | "aux"));
    // Capitalised words of a role form are the role's (`Premier ministre`), not a name.
    let mut in_role = vec![false; words.len()];
    // `Bruno Le Maire`: a capitalised role noun after a name's capitalised article is the name's.
    let name_particle_before = |i: usize| {
        i >= 2
            && words[i].is_capitalised()
            && matches!(words[i - 1].text, "Le" | "La")
            && is_name(&words[i - 2], &keys[i - 2])
    };
    // `Me Pépé`, `M. Maire`: a capitalised word right after a title is a name, whatever noun it also is.
    let after_title = |i: usize| {
        i >= 1
            && words[i].is_capitalised()
            && (lex.honorifics.contains(&*keys[i - 1]) || matches!(keys[i - 1].as_ref(), "m" | "mme" | "me"))
    };
    for i in 0..words.len() {
        if name_particle_before(i) {
            continue;
        }
        if let Some((form, _)) = lex.role_forms.at(keys, i).next() {
            in_role[i..i + form.len()].iter_mut().for_each(|x| *x = true);
        }
    }
    let name_at = |i: usize| in_name(words, keys, i) && !in_role[i];
    // The last run of name tokens, without leading titles and role domains (`Défense`).
    let mut ne = words.len();
    while ne > 0 && !name_at(ne - 1) {
        ne -= 1;
    }
    // `la coordination du Syndicat national des chercheurs (SNC) de l'université X`: a lower-case body's
    // noun belongs to the first body named after it, whose name an acronym in brackets closes; the names
    // further on qualify that body.
    let lower_body = keys
        .iter()
        .position(|k| !DETERMINERS.contains(&k.as_ref()))
        .filter(|&h| lex.is_body(&keys[h]) && !words[h].is_capitalised());
    let acronym_closing = lower_body.and_then(|h| {
        (h + 2..words.len().saturating_sub(3)).find(|&p| {
            words[p].text == "("
                && words[p + 2].text == ")"
                && crate::text::is_acronym(words[p + 1].text)
                && matches!(keys[p + 3].as_ref(), "du" | "de" | "d'" | "des")
        })
    });
    if let Some(p) = acronym_closing {
        ne = ne.min(p + 2);
    }
    let mut ns = ne;
    // The run is a body's name opened by a common noun (`les Soulèvements de la Terre`).
    let mut body_name = false;
    while ns > 0 {
        let k = &keys[ns - 1];
        // `du`, `des` only inside a title opened by a capitalised article (`Le Courrier du Nord`), not in
        // `le président de la République du Sénégal`.
        let titled = ns >= 3
            && words[ns - 3].is_capitalised()
            && matches!(keys[ns - 3].as_ref(), "le" | "la" | "les" | "l'");
        let particle = (matches!(k.as_ref(), "al" | "ben" | "bin" | "van" | "von" | "der" | "den" | "el" | "de")
            || titled && matches!(k.as_ref(), "du" | "des"))
            && ns < ne
            && ns >= 2
            // `Ursula von der Leyen`, `Piet van der Berg`: two particles in a row.
            && (name_at(ns - 2)
                || matches!(k.as_ref(), "der" | "den")
                    && ns >= 3
                    && matches!(keys[ns - 2].as_ref(), "van" | "von")
                    && name_at(ns - 3))
            // `le maire PS de Verdun`: an acronym before `de` is a party's, and the place is no surname.
            && !crate::text::is_acronym(words[ns - 2].text);
        // `les Soulèvements de la Terre`, `la Banque de la Réunion`: after a determiner, a capitalised common
        // noun and `de la` open a body's name with the name after them (not `M. Roux de la CGT`).
        let de_la = matches!(k.as_ref(), "la" | "l'")
            && ns < ne
            && ns >= 4
            && keys[ns - 2] == "de"
            && name_at(ns - 3)
            && DETERMINERS.contains(&keys[ns - 4].as_ref())
            && crate::lang::first_names::gender(words[ns - 3].text).is_none()
            && forms::classes(&words[ns - 3].text.to_lowercase()).noun();
        if de_la {
            body_name = true;
            ns -= 2;
        } else if name_at(ns - 1) || particle {
            ns -= 1;
        } else {
            break;
        }
    }
    // Many bodies' names have a capital on their first word only (`le syndicat Force ouvrière`): the
    // lower-case words that end the phrase after one such word belong to the name (see `name_tail`).
    if ne == ns + 1 && ne < words.len() && name_tail(lex, words, keys, ns) == words.len() {
        ne = words.len();
    }
    // Leading titles and role domains belong to the role, not the name.
    let mut name_start = ns;
    while name_start < ne {
        if let Some(len) = lex.domain_at(keys, name_start) {
            name_start = (name_start + len).min(ne);
            // What follows a domain after `de` is the role's complement, not a name (`le procureur de la
            // République de Nice`), unlike a particle after a title (`M. de Villepin`).
            if keys
                .get(name_start)
                .is_some_and(|k| matches!(k.as_ref(), "de" | "d'" | "du" | "des"))
            {
                name_start = ne;
            }
        } else if lex.honorifics.contains(&*keys[name_start])
            || matches!(keys[name_start].as_ref(), "m" | "mme")
        {
            name_start += 1;
            if name_start < ne && words[name_start].text == "." {
                name_start += 1;
            }
        } else {
            break;
        }
    }
    // `le ministre de la Communication et Médias`, `de l'Économie et des Finances`: common nouns after `et`
    // and a capitalised domain continue the domain; they are no name.
    let mut before_run = ns;
    if before_run > 0 && DETERMINERS.contains(&keys[before_run - 1].as_ref()) {
        before_run -= 1;
    }
    // So do names after `et` and a place in the role's complement (`la préfète de Gironde et
    // Nouvelle-Aquitaine`), unless a first name opens them (`le maire de Lyon et Paul X`).
    let place_in_complement = || {
        let mut p = before_run - 2;
        while p > 0 && words[p - 1].is_capitalised() {
            p -= 1;
        }
        p > 0
            && matches!(keys[p - 1].as_ref(), "de" | "d'" | "du")
            && !crate::lang::first_names::opens_name(words[name_start].text)
    };
    if before_run >= 2
        && keys[before_run - 1] == "et"
        && words[before_run - 2].is_capitalised()
        && name_start < ne
        && ((name_start..ne).all(|i| {
            crate::lang::first_names::gender(words[i].text).is_none()
                && forms::classes(&words[i].text.to_lowercase()).noun()
        }) || place_in_complement())
    {
        name_start = ne;
    }
    // A body's acronym that opens the run is the phrase's head, not the name (`l'ONG Vigie`).
    // A body noun before a particle names the body with it (`la Banque de France`).
    while name_start + 1 < ne
        && lex.bodies.contains(&*keys[name_start])
        && !matches!(keys[name_start + 1].as_ref(), "de" | "du" | "des")
    {
        name_start += 1;
    }
    // A place that opens the run belongs to the role when a full name follows it (`à Moscou Kazem
    // Jalali`); before a single word it opens the name (`du Paris Saint-Germain`).
    while name_start + 2 < ne && world.state_of(words[name_start].text).is_some() {
        name_start += 1;
    }
    // A nationality noun capitalised before a name describes the person (`l'Italienne Angela Carini`).
    let demonym = |i: usize| words[i].is_capitalised() && world.state_of_adjective(&keys[i]).is_some();
    while name_start + 1 < ne && demonym(name_start) {
        name_start += 1;
    }
    // So does the acronym of a party or a union before a full name (`le député RN Paul X`, `le délégué
    // CGT Anne Y`): the name opens with the first name.
    while name_start + 2 < ne
        && crate::extract::people::is_acronym(words[name_start].text)
        && crate::lang::first_names::opens_name(words[name_start + 1].text)
    {
        name_start += 1;
    }
    // Alone at the end, after a noun of a person, it is that person's party or union: `le député RN`,
    // `la présidente des députés LFI` describe someone (not `le club PSG`, `le syndicat FGTB`).
    if name_start + 1 == ne
        && ne == words.len()
        && name_start >= 1
        && crate::extract::people::is_acronym(words[name_start].text)
        && lex.role_at(keys, name_start - 1)
        && !lex.is_body(&keys[name_start - 1])
        && !lex.is_state_adjective(&keys[name_start - 1])
        && world.medium(words[name_start].text).is_none()
    {
        name_start = ne;
    }
    // So is a name of two or more capitalised common words after a noun of a person, none a first name
    // (`le délégué Force Ouvrière`, `la militante Lutte Ouvrière`): a body's name, not a surname.
    if ne == words.len()
        && ne >= name_start + 2
        && name_start >= 1
        && lex.role_at(keys, name_start - 1)
        && !lex.is_body(&keys[name_start - 1])
        && (name_start..ne).all(|i| {
            let c = forms::classes(&words[i].text.to_lowercase());
            (c.noun() || c.adjective()) && crate::lang::first_names::gender(words[i].text).is_none()
        })
        && world
            .medium(&text[words[name_start].start..words[ne - 1].end])
            .is_none()
    {
        name_start = ne;
    }
    // Alone after `le`, `la`, `l'`, it stands for a person named before (`l'Américain`), as `le ministre`
    // does; so does a noun of a region's or a city's people, by its ending (`le Tessinois`, `le
    // Belgo-marocain`), unless the words are a medium's title (`Le Parisien`).
    let people_noun = |i: usize| {
        demonym(i)
            || words[i].is_capitalised()
                && adjective_lemma(&keys[i])
                    .is_some_and(|l| ["ois", "ais", "ien", "ain"].iter().any(|e| l.ends_with(e)))
                && !lex.is_body(&keys[i])
                && world.state_of(words[i].text).is_none()
                && world.medium(&text[start..end]).is_none()
    };
    // `le Franco-Marocain de 26 ans`: an age after it changes nothing.
    let age_after = words.len() == ne + 3
        && keys[ne] == "de"
        && keys[ne + 1].bytes().all(|b| b.is_ascii_digit())
        && keys[ne + 2] == "ans";
    if ne == name_start + 1
        && (ne == words.len() || age_after)
        && name_start == 1
        && people_noun(name_start)
        && matches!(keys[0].as_ref(), "le" | "la" | "l'")
    {
        m.role = Some(words[name_start].text.to_string());
        m.definite = true;
        m.gender = gender_of(lex, words, keys, name_start, ne);
        return Some(m);
    }
    // After `de`, the last first name inside the run opens a full name, and the words before it are the
    // role's complement (`le maire de Nice Jean Durand`, `l'avocat de Georges Tron Eric Dupond`).
    // `de la Mer Annick X`: over the determiner of the complement too. A lone first name before it is
    // the name's own (`les avocats de Jean Paul Morel`, `de Pier Antonio X`).
    let de_at = |p: usize| matches!(keys[p].as_ref(), "de" | "d'" | "du" | "des");
    let after_de = ns > 0
        && (de_at(ns - 1) || ns > 1 && matches!(keys[ns - 1].as_ref(), "la" | "l'" | "les") && de_at(ns - 2));
    if after_de && name_start == ns {
        if let Some(i) = (name_start + 1..ne.saturating_sub(1))
            .rfind(|&i| crate::lang::first_names::opens_name(words[i].text))
            .filter(|&i| i > name_start + 1 || !crate::lang::first_names::opens_name(words[name_start].text))
        {
            name_start = i;
        }
    }
    // A name that follows `de` belongs to the phrase's complement (`la police de Lyon`), unless a role
    // or title stands right before it.
    // The word before the name, over a determiner: `de l'OMS` is after `de`.
    let before_name = ns.checked_sub(1).map(|p| {
        if p > 0 && matches!(keys[p].as_ref(), "l'" | "la" | "le" | "les") {
            p - 1
        } else {
            p
        }
    });
    let link = |p: usize| {
        matches!(
            keys[p].as_ref(),
            "de" | "d'" | "du" | "des" | "a" | "au" | "aux" | "en" | "pour"
        )
    };
    // `le trésorier du parti Renouveau`, `l'avocate du camp Soro`: the name is the body's or the thing's
    // (a noun that names no person), and that is the complement.
    let body_in_complement = |p: usize| {
        let thing = !words[p].is_capitalised()
            && words[p].is_word()
            && forms::classes(words[p].text).noun()
            && !lex.is_role(&keys[p])
            // Not a word of a title or a role's phrase (`le général de brigade Ali X`).
            && !lex.np_words.contains(&*keys[p]);
        (lex.is_body(&keys[p]) || thing)
            && !in_role[p]
            && p > 0
            && (link(p - 1) || p > 1 && DETERMINERS.contains(&keys[p - 1].as_ref()) && link(p - 2))
    };
    // `le président de la cour Dominique Pautrat`: a full name opened by a first name is a person's,
    // whatever body the role's complement names.
    let full_personal_name =
        ne >= name_start + 2 && crate::lang::first_names::opens_name(words[name_start].text);
    // `le dernier Premier ministre du président déchu Ali Bongo` (an adjective or a participle may follow
    // the second function), `l'avocat de l'ancien ministre Paul Roux`: a name after a second function of
    // the roles' table, itself in the complement of the first, is the complement's person; the phrase
    // describes the first. After any other noun of a person (`l'avocat du policier Paul Roux`), the name
    // stays the head's.
    let role_in_complement = || {
        let mut r = ns;
        while r > 0
            && !words[r - 1].is_capitalised()
            && (lex.is_role(&keys[r - 1])
                || is_adjective(&words[r - 1], &keys[r - 1])
                || forms::classes(words[r - 1].text).past_participle())
        {
            r -= 1;
        }
        let mut l = r.saturating_sub(1);
        if l > 0 && !link(l) && DETERMINERS.contains(&keys[l].as_ref()) {
            l -= 1;
        }
        r < ns
            && r >= 2
            && (r..ns).any(|i| lex.role_nouns.contains(&*keys[i]))
            && link(l)
            && (0..l).any(|i| lex.is_role(&keys[i]))
    };
    // `le chef du Parti Valdorien`: a capitalised body noun opens the name, which is the body's.
    let opened_by_body = name_start > ns
        && !full_personal_name
        && (ns..name_start).all(|i| words[i].is_capitalised() && lex.is_body(&keys[i]));
    let after_link = (name_start == ns || opened_by_body)
        && (before_name.is_some_and(|p| link(p) || body_in_complement(p) && !full_personal_name)
            || role_in_complement());
    // `le Rassemblement national`, `la France insoumise`, `le Jihad islamique`, `le Hezbollah libanais`: a
    // phrase of an article, one capitalised word that is no first name, and adjectives names a body (no
    // person's name takes an article). An adjective of a state is the body's country (`libanais`); the
    // others are the name's.
    let article_and_name = {
        let article = matches!(keys[0].as_ref(), "le" | "la" | "l'" | "les");
        article
            && !complement_follows
            && name_start == 1
            && ne == 2
            && words[name_start].is_capitalised()
            && !in_role[name_start]
            // A first name is a person's, unless it is a common noun too (`le Jihad`).
            && (crate::lang::first_names::gender(words[name_start].text).is_none()
                || forms::classes(&words[name_start].text.to_lowercase()).noun())
            && !crate::extract::people::is_acronym(words[name_start].text)
            && (ne..words.len()).all(|i| !words[i].is_capitalised() && is_adjective(&words[i], &keys[i]))
    };
    // The name's words: the capitalised word and the adjectives before the first of a state; after a
    // noun and its adjective, that of a state is the name's too (`le Comité olympique canadien` is not
    // the New Zealand one).
    let article_and_name = article_and_name.then(|| {
        let mut end = ne;
        while end < words.len() && !lex.is_state_adjective(&keys[end]) {
            end += 1;
        }
        if end > ne && end < words.len() {
            end += 1;
        }
        // `rapporte La Presse`: an article capitalised inside a sentence is part of a title.
        let from = if s > 0 && words[0].is_capitalised() { 0 } else { 1 };
        text[words[from].start..words[end - 1].end].to_string()
    });
    // `l'ancien N.10`: a lone capital letter is an initial or a shirt's number, no name.
    if ne == name_start + 1 && words[name_start].text.chars().count() == 1 {
        name_start = ne;
    }
    let mut name_text =
        (name_start < ne).then(|| text[words[name_start].start..words[ne - 1].end].to_string());
    m.gender = gender_of(lex, words, keys, name_start, ne);
    let head = (0..keys.len())
        .position(|h| {
            let k = &keys[h];
            lex.role_at(keys, h)
                || lex.is_body(k)
                || lex.documents.contains(k.as_ref())
                || lex.relay_nouns.contains(k.as_ref())
        })
        .or_else(|| {
            keys.iter().position(|k| {
                !DETERMINERS.contains(&k.as_ref())
                    && !lex.honorifics.contains(k.as_ref())
                    && !LINKS.contains(&k.as_ref())
            })
        });
    let head_key = head.map(|h| keys[h].clone()).unwrap_or_default();
    // A word of a role of several words is the role's, whatever else it may be (`garde` of `le garde des
    // Sceaux` is no body).
    let head_in_role = head.is_some_and(|h| in_role[h]);
    let head_is_role = head_in_role || head.is_some_and(|h| lex.role_at(keys, h));
    let head_is_body = !head_in_role && lex.is_body(&head_key);
    // `l'Organisation`, `le Syndicat`: a body or role noun capitalised alone at the phrase's end refers
    // back to a body named before; it is no name (`l'Organisation mondiale de la santé` is one), unless
    // with its article it is a medium's title (`L'Équipe`).
    let medium_title = || name_start > 0 && world.medium(&text[words[name_start - 1].start..end]).is_some();
    if ne == name_start + 1
        && words[name_start].end == end
        && head == Some(name_start)
        && (head_is_body || head_is_role)
        && !medium_title()
        && !after_title(name_start)
    {
        name_text = None;
    }
    // `Le Monde`, `L'Équipe`, `la Transalpine`: a common noun capitalised after a definite article is a
    // title, and the article is part of it (without it, `Monde` reads as a bare noun).
    // Inside a phrase, a capitalised article opens a longer title too (`l'hebdomadaire Le Courrier du Nord`).
    let capital_article = name_start > 1 && words[name_start - 1].is_capitalised();
    // `l'Agence régionale de santé`: a capitalised noun with its adjective opens a body's name, no title.
    let adjective_follows =
        || ne < words.len() && !words[ne].is_capitalised() && is_adjective(&words[ne], &keys[ne]);
    if name_text.is_some()
        && (ne == name_start + 1 && !adjective_follows() || capital_article)
        && name_start > 0
        && matches!(keys[name_start - 1].as_ref(), "le" | "la" | "les" | "l'")
        && forms::classes(&words[name_start].text.to_lowercase()).noun()
        // `Le TAS`: an acronym is no common noun, whatever word its letters spell.
        && !crate::text::is_acronym(words[name_start].text)
    {
        name_text = Some(text[words[name_start - 1].start..words[ne - 1].end].to_string());
    }
    // `le camp Nord`, `la région Sud`: a point of the compass alone names a part of a place, nobody.
    if name_text
        .as_deref()
        .is_some_and(|n| COMPASS.iter().any(|c| n.eq_ignore_ascii_case(c)))
    {
        name_text = None;
    }
    m.head = head
        .filter(|&h| {
            let k = keys[h].as_ref();
            lex.is_role(k) || lex.is_body(k) || lex.documents.contains(k) || lex.relay_nouns.contains(k)
        })
        .map(|h| keys[h].to_string());
    m.possessive = keys
        .first()
        .is_some_and(|k| matches!(k.as_ref(), "son" | "sa" | "ses" | "leur" | "leurs"));
    m.definite = keys
        .first()
        .is_some_and(|k| matches!(k.as_ref(), "le" | "la" | "l'" | "ce" | "cet" | "cette"));
    // `économistes`: a plural head makes the phrase plural whatever its determiner.
    if let Some(h) = head.filter(|_| !m.plural) {
        m.plural = forms::classes(words[h].text).plural_noun();
    }
    m.named = name_text.is_some() && !after_link;
    let phrase = {
        let first = keys
            .iter()
            .position(|k| !DETERMINERS.contains(&k.as_ref()))
            .unwrap_or(0);
        text[words[first].start..end].to_string()
    };
    let has_name = name_text.is_some();
    let role_text = |upto: usize| -> Option<String> {
        // Titles before a name (`M.`, `le général X`) are not a role; without a name, one that is also a
        // function is the role (`le député`, `la sénatrice`).
        let title = |i: usize| {
            let named = upto < words.len() || has_name;
            (lex.honorifics.contains(&*keys[i]) && (named || !lex.is_role(&keys[i])))
                || words[i].text == "."
                || keys[i] == "m"
        };
        let first = (0..upto).find(|&i| !DETERMINERS.contains(&keys[i].as_ref()) && !title(i))?;
        let mut last = upto;
        while last > first
            && (LINKS.contains(&keys[last - 1].as_ref()) || words[last - 1].text == "," || title(last - 1))
        {
            last -= 1;
        }
        (last > first).then(|| text[words[first].start..words[last - 1].end].to_string())
    };
    // `l'ambassadeur d'Iran`, `le ministre … en Russie`: the place is the role's complement.
    if head_is_role && after_link {
        m.role = role_text(words.len());
        return Some(m);
    }
    // `M. Hollande`: after a title, a name is a person's, whatever state it may also name.
    let titled = (0..name_start).any(|i| lex.honorifics.contains(&*keys[i]) || keys[i] == "m");
    // `le parquet de Paris`, `la mairie de Québec`: a capital after a body's noun is the body's seat, not a
    // metonym of the state (but `les autorités de Téhéran` are Iran's); `la formation Astana`: right after
    // the noun, it is the body's name.
    let seat_of_body = head_is_body
        && (after_link || head.is_some_and(|h| h + 1 == name_start))
        && !is_governing(&head_key)
        && name_text
            .as_deref()
            .and_then(|n| world.state_form(n))
            .is_some_and(|(state, form)| {
                state.seats.iter().any(|s| s == form) && !state.names.iter().any(|s| s == form)
            });
    // `le Syndicat des enseignants du Togo`: a state after a link is the country of a body that does not
    // govern it; the body speaks.
    let country_of_body =
        head_is_body && after_link && !is_governing(&head_key) && head.is_some_and(|h| h < name_start);
    // `un communiqué du procureur de la République d'Abidjan`: a city after a role's complement is the
    // role's seat; the role speaks.
    let seat_of_role = after_link && (0..name_start).any(|i| lex.role_at(keys, i));
    // `le Comité Palestine`, `le collectif Syrie`: a body that does not govern, named right after its
    // noun by a state's name, is that body.
    let named_after_state = head_is_body
        && !is_governing(&head_key)
        && name_start > 0
        && head == Some(name_start - 1)
        && name_text.as_deref().and_then(|n| world.state_of(n)).is_some();
    if let Some(state) = name_text
        .as_deref()
        .and_then(|n| world.state_of(n))
        .or_else(|| world.state_of(&phrase))
        .filter(|_| !titled && !seat_of_body && !country_of_body && !seat_of_role && !named_after_state)
    {
        m.kind = SpeakerKind::State;
        m.name = Some(state.name.clone());
        m.named = true;
        return Some(m);
    }
    if let Some(medium) = name_text.as_deref().and_then(|n| world.medium(n)) {
        m.kind = SpeakerKind::Media;
        m.name = Some(medium.name.clone());
        m.named = true;
        return Some(m);
    }
    if let Some(site) = name_text.as_deref().filter(|n| crate::text::is_web_address(n)) {
        // `selon reporter.lu`: a news site by its address.
        m.kind = SpeakerKind::Media;
        m.name = Some(site.to_string());
        m.named = true;
        return Some(m);
    }
    if let Some(name) = article_and_name.filter(|_| !after_link) {
        m.kind = SpeakerKind::Organisation;
        m.name = Some(name);
        m.named = true;
        return Some(m);
    }
    if body_name && name_start == ns && name_text.is_some() {
        m.kind = SpeakerKind::Organisation;
        m.name = name_text;
        m.named = true;
        return Some(m);
    }
    // `Le Courrier picard`, `La Lettre A`: a capitalised document noun that opens a title of two words or
    // more names a medium.
    let title_words = || {
        name_text.as_deref().map_or(0, |n| {
            n.split_whitespace()
                .filter(|w| !crate::lang::lexicon::is_determiner(w))
                .count()
        })
    };
    if lex.documents.contains(&*head_key)
        && head.is_some_and(|h| words[h].is_capitalised())
        && title_words() >= 2
    {
        m.kind = SpeakerKind::Media;
        m.name = name_text;
        m.named = true;
        return Some(m);
    }
    if lex.documents.contains(&*head_key) {
        // `le communiqué de l'agence X`, `le rapport du ministère`: the document's author speaks.
        let h = head?;
        // `le texte publié par le ministère`: the agent of a participle after the document is its author;
        // an agency or a medium there only carried it (`le communiqué diffusé par l'agence X`).
        let by_agent = (h + 2 < words.len()
            && keys[h + 2] == "par"
            && forms::classes(words[h + 1].text).past_participle()
            && !relay_at(lex, keys, h + 3))
        .then_some(h + 2);
        let owner = by_agent
            .or_else(|| {
                (h + 1..words.len())
                    .find(|&i| LINKS.contains(&keys[i].as_ref()))
                    .filter(|&l| l == h + 1 || keys[h + 1..l].iter().all(|k| lex.is_state_adjective(k)))
            })
            .and_then(|l| {
                read(lex, text, words, keys, l + 1, words.len())
                    .filter(|o| o.name.is_some() || o.role.is_some())
            });
        if let Some(o) = owner {
            return Some(Mention { start, end, ..o });
        }
        m.kind = SpeakerKind::Document;
        m.name = Some(words[h].text.to_string());
        return Some(m);
    }
    // `l'Agence régionale de santé`: a capitalised body noun names a body, not a medium.
    let capitalised_body = head.is_some_and(|h| words[h].is_capitalised()) && head_is_body;
    if lex.relay_nouns.contains(&*head_key) && !capitalised_body {
        m.kind = SpeakerKind::Media;
        m.name = Some(match &name_text {
            Some(n) => n.clone(),
            None => phrase.clone(),
        });
        m.named = name_text.is_some();
        return Some(m);
    }
    if head_is_body {
        // `le gouvernement iranien` speaks for its state.
        if let Some(state) = keys.iter().find_map(|k| world.state_of_adjective(k)) {
            if is_governing(&head_key) {
                m.kind = SpeakerKind::State;
                m.name = Some(state.name.clone());
                m.named = true;
                return Some(m);
            }
        }
        m.kind = SpeakerKind::Organisation;
        m.name = Some(match &name_text {
            // `le Comité olympique`, `l'Organisation mondiale de la santé`: a capitalised body noun
            // opens a name that runs to the phrase's end.
            Some(_) if head == Some(name_start) && words[name_start].is_capitalised() => {
                text[words[name_start].start..end].to_string()
            }
            // `l'Alliance Valdorienne`, `le Parti Québécois`: so does one right before a capitalised word
            // (not an acronym's noun: `l'ONG Vigie` is Vigie).
            Some(_)
                if head.is_some_and(|h| {
                    h + 1 == name_start
                        && words[h].is_capitalised()
                        && !crate::text::is_acronym(words[h].text)
                }) =>
            {
                text[words[name_start - 1].start..end].to_string()
            }
            Some(n) if !after_link => n.clone(),
            _ => phrase.clone(),
        });
        // `la commission juridique de la LFP`: a body of a named one is named; so is one whose capitalised
        // domain names it (`le ministère des Affaires étrangères`: the domain was set apart from the name),
        // but not a body noun capitalised alone (`l'Autorité`, which refers back).
        m.named = name_text.is_some() || name_start > ns;
        return Some(m);
    }
    // `l'accord Russie-Iran`: names made only of states qualify a thing; they are nobody's name.
    let only_states = |n: &str| n.split(['-', ' ']).all(|part| world.state_of(part).is_some());
    match name_text {
        Some(n) if only_states(&n) && !titled => return None,
        Some(n) if !after_link || head_is_role => {
            m.name = Some(n);
            // `Me Lina Barre`: a title that says a function gives it, where no role is written.
            m.role = role_text(name_start).or_else(|| {
                (0..name_start).find_map(|i| {
                    lex.honorific_roles
                        .iter()
                        .find(|(form, _)| *form == *keys[i])
                        .map(|(_, role)| role.clone())
                })
            });
            m.named = true;
        }
        _ if head_is_role => m.role = role_text(words.len()),
        _ => return None,
    }
    Some(m)
}

#[cfg(test)]
mod tests;

/// Where a body's name written with a capital on its first word only ends (`le syndicat Force ouvrière`,
/// `le syndicat Jeunes médecins`): after a body's lower-case noun and the capitalised word at `name`, the
/// nouns and adjectives in lower case that follow, none a verb's form, a function word or a word of time.
/// `name + 1` when no such name stands there.
pub fn name_tail<K: AsRef<str>>(lex: &Lexicon, toks: &[Token], keys: &[K], name: usize) -> usize {
    let body_noun_before =
        name >= 1 && !toks[name - 1].is_capitalised() && lex.is_body(keys[name - 1].as_ref());
    if !body_noun_before || !toks[name].is_capitalised() {
        return name + 1;
    }
    let tail_word = |i: usize| {
        let c = forms::classes(toks[i].text);
        toks[i].is_word()
            && !toks[i].is_capitalised()
            && (c.noun() || c.adjective())
            && !c.may_be_finite_verb()
            && !lex.function_words.contains(keys[i].as_ref())
            && !lex.time_words.contains(keys[i].as_ref())
    };
    (name + 1..toks.len())
        .find(|&i| !tail_word(i))
        .unwrap_or(toks.len())
}
