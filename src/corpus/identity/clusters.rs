//! Identities built: every speaker name of every article as an entry, entries joined by union-find
//! (states and media by their tables, bodies by their words, people by name and role, the user's aliases
//! first), and each identity's display name.
//!
//! Not here: comparing two names (`names`) or two roles (`roles`).

use super::*;

/// One speaker name in one article: what identities are made of.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    /// The name as the article gives it, titles stripped.
    pub(super) name: String,
    /// The name as views show it: a description keeps its determiner (`les juges`, `le syndicat`), as
    /// a bare noun would read as a name.
    pub(super) shown: String,
    pub(super) article: String,
    pub(super) kind: SpeakerKind,
    /// For states and media: the table's display name.
    pub(super) canon: Option<String>,
    pub(super) person: Option<PersonName>,
    pub(super) roles: Vec<Role>,
    /// Keys of this entry for alias matching.
    pub(super) keys: BTreeSet<String>,
    /// A person named by a description (`le ministre russe de la Défense`), not by a name.
    pub(super) described: bool,
}

/// Union-find over entries.
pub(super) struct Sets {
    pub(super) parent: Vec<usize>,
}

impl Sets {
    pub(super) fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }
    pub(super) fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }
    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }
}

/// Clusters of entries being built: the union-find and, per cluster, what decides whether another can
/// join it (its distinct names, its roles, its sides of the user's `apart` pairs).
pub(super) struct Clusters<'a> {
    pub(super) names: &'a Names,
    pub(super) sets: Sets,
    pub(super) spellings: Vec<Vec<&'a PersonName>>,
    pub(super) roles: Vec<Vec<&'a Role>>,
    pub(super) sides: Vec<Vec<(usize, usize)>>,
}

impl<'a> Clusters<'a> {
    pub(super) fn new(names: &'a Names, entries: &'a [Entry], sides: &[Vec<(usize, usize)>]) -> Clusters<'a> {
        Clusters {
            names,
            sets: Sets::new(entries.len()),
            spellings: entries.iter().map(|e| e.person.iter().collect()).collect(),
            roles: entries.iter().map(|e| e.roles.iter().collect()).collect(),
            sides: sides.to_vec(),
        }
    }

    pub(super) fn find(&mut self, i: usize) -> usize {
        self.sets.find(i)
    }

    /// Whether a role of the cluster of `r` cannot be held with one of `roles`.
    pub(super) fn roles_conflict(&mut self, r: usize, roles: &[Role]) -> bool {
        let r = self.find(r);
        self.roles[r]
            .iter()
            .any(|x| roles.iter().any(|y| role_conflict(x, y)))
    }

    /// Whether the cluster of `r` has a role the same as one of `roles`.
    pub(super) fn role_same(&mut self, r: usize, roles: &[Role]) -> bool {
        let r = self.find(r);
        self.roles[r]
            .iter()
            .any(|x| roles.iter().any(|y| role_same(x, y)))
    }

    /// Whether the clusters of `a` and `b` may become one: no two of their names are two people, no user
    /// `apart` pair between them, and (when `check_roles`) no roles that cannot both hold.
    pub(super) fn can_join(&mut self, a: usize, b: usize, check_roles: bool) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        let names = self.names;
        let people_ok = self.spellings[ra].iter().all(|p| {
            self.spellings[rb]
                .iter()
                .all(|q| verdict(names, p, q) != Verdict::Conflict)
        });
        let roles_ok = !check_roles
            || !self.roles[ra]
                .iter()
                .any(|x| self.roles[rb].iter().any(|y| role_conflict(x, y)));
        let sides_ok = !self.sides[ra]
            .iter()
            .any(|&(p, s)| self.sides[rb].contains(&(p, 1 - s)));
        people_ok && roles_ok && sides_ok
    }

    /// Joins the clusters of `a` and `b` if they may become one; returns whether they are one.
    pub(super) fn join(&mut self, a: usize, b: usize, check_roles: bool) -> bool {
        if !self.can_join(a, b, check_roles) {
            return false;
        }
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        self.sets.union(ra, rb);
        let (keep, gone) = if self.find(ra) == ra { (ra, rb) } else { (rb, ra) };
        let spellings = std::mem::take(&mut self.spellings[gone]);
        for p in spellings {
            if !self.spellings[keep].contains(&p) {
                self.spellings[keep].push(p);
            }
        }
        let roles = std::mem::take(&mut self.roles[gone]);
        for r in roles {
            if !self.roles[keep].contains(&r) {
                self.roles[keep].push(r);
            }
        }
        let sides = std::mem::take(&mut self.sides[gone]);
        self.sides[keep].extend(sides);
        true
    }
}

/// The identities of a set of claims: for each claim, its identity (if it has a speaker), and for each
/// identity its display name and kind.
pub(super) struct Resolution {
    pub(super) of_claim: Vec<Option<usize>>,
    /// For each claim, whether its `speaker_name` is a name (not a description).
    pub(super) named: Vec<bool>,
    pub(super) display: Vec<String>,
    pub(super) kind: Vec<SpeakerKind>,
}

pub(super) fn article_matches(wanted: &[String], article: &str) -> bool {
    let stem = Path::new(article)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(article);
    wanted
        .iter()
        .any(|w| fold(w.trim()) == fold(article) || fold(w.trim()) == fold(stem))
}

/// The keys an alias name matches: its own, and the state or medium it names.
pub(super) fn alias_keys(names: &Names, name: &str) -> BTreeSet<String> {
    let world = &fr().world;
    let mut keys = BTreeSet::from([name_key(names, name)]);
    if let Some(s) = world.state_of(names.strip_titles(name)) {
        keys.insert(name_key(names, &s.name));
    }
    if let Some(m) = world.medium(name.trim()) {
        keys.insert(name_key(names, &m.name));
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// The entry of a speaker's name, of the kind the extractor `given` (without one, the world tables
/// decide); the caller sets its article.
pub(super) fn make_entry(names: &Names, given: Option<SpeakerKind>, name: &str) -> Entry {
    let world = &fr().world;
    let bare = names.strip_titles(name).to_string();
    // What the titles' stripping took is only determiners (`les juges`, `Le Monde`): they stay shown.
    let whole = name.trim();
    let shown = match whole.strip_suffix(bare.as_str()) {
        Some(before)
            if !before.trim().is_empty() && before.split_whitespace().all(lexicon::is_determiner) =>
        {
            whole.to_string()
        }
        _ => bare.clone(),
    };
    // Without a kind from the extractor, the world tables decide between a state and a person.
    let mut kind = given.unwrap_or_else(|| {
        if world.state_of(&bare).is_some() {
            SpeakerKind::State
        } else {
            SpeakerKind::Person
        }
    });
    let mut canon = None;
    match kind {
        SpeakerKind::State => canon = world.state_of(&bare).map(|s| s.name.clone()),
        SpeakerKind::Media => canon = known_medium(&bare).map(str::to_string),
        _ => {
            // An organisation may be a medium designated at length (`l'agence TASS`); a person only by
            // exactly a medium's name.
            let medium = match kind {
                SpeakerKind::Organisation => known_medium(&bare),
                _ => medium_name(&bare),
            };
            if let Some(m) = medium {
                kind = SpeakerKind::Media;
                canon = Some(m.to_string());
            } else if let Some(st) = world.state_of(&bare).filter(|_| {
                kind == SpeakerKind::Organisation
                    && crate::extract::lexicon::Lexicon::get().is_body(&crate::text::fold(&bare))
            }) {
                // `le Kremlin` taken for an organisation is the state it stands for; a capital the article
                // gave a body as its name (`la formation Astana`) is not.
                kind = SpeakerKind::State;
                canon = Some(st.name.clone());
            }
        }
    }
    if matches!(kind, SpeakerKind::State | SpeakerKind::Media) && canon.is_none() {
        // A state or medium the tables do not know is compared by its words, like an organisation.
        canon = Some(shown.clone());
    }
    // A description (`le ministre russe de la Défense`) is no name: compared by its words.
    let first = bare.split_whitespace().next().unwrap_or("");
    let described = first.chars().next().is_some_and(char::is_lowercase)
        && !names.is_particle(&fold(
            first.split(['-', '\'', '\u{2019}']).next().unwrap_or(first),
        ));
    let described = kind == SpeakerKind::Person && described;
    // A joint speaker (`A et B`) is compared by its words too, never taken for one of its members.
    let joint = names.is_joint(&bare);
    let person = (kind == SpeakerKind::Person && !described && !joint)
        .then(|| person_name(names, &bare))
        .filter(|p| !p.words.is_empty());
    let mut keys = BTreeSet::from([name_key(names, &bare)]);
    if let Some(cn) = &canon {
        keys.insert(name_key(names, cn));
    }
    keys.retain(|k| !k.is_empty());
    Entry {
        name: bare,
        shown,
        article: String::new(),
        kind,
        canon,
        person,
        // A description is also a role (`le ministre russe de la Défense`).
        roles: if described {
            vec![parse_role(name)]
        } else {
            Vec::new()
        },
        keys,
        described,
    }
}

/// Groups the claims' speakers into identities.
pub(super) fn resolve(claims: &[&Claim], aliases: &Aliases) -> Resolution {
    let names = &fr().names;
    // Each speaker's name is read once, for the kind the extractor gave it, all names side by side: its
    // entry, less the article, and the key that makes it one identity with the same name elsewhere.
    let mut template_of: HashMap<(Option<SpeakerKind>, &str), usize> = HashMap::new();
    let mut distinct: Vec<(Option<SpeakerKind>, &str)> = Vec::new();
    let template_of_claim: Vec<Option<usize>> = claims
        .iter()
        .map(|c| {
            let name = c.speaker_name.as_deref().filter(|n| !n.trim().is_empty())?;
            let t = *template_of.entry((c.speaker_kind, name)).or_insert_with(|| {
                distinct.push((c.speaker_kind, name));
                distinct.len() - 1
            });
            Some(t)
        })
        .collect();
    let templates: Vec<(Entry, String)> = distinct
        .par_iter()
        .map(|&(given, name)| {
            let e = make_entry(names, given, name);
            let key = fold(e.canon.as_deref().unwrap_or(&e.name));
            (e, key)
        })
        .collect();
    // Entries: one per (kind, key, article), with the forms its claims give and their roles.
    let mut entries: Vec<Entry> = Vec::new();
    let mut index: HashMap<(SpeakerKind, &str, &str), usize> = HashMap::new();
    let mut entry_of_claim: Vec<Option<usize>> = Vec::with_capacity(claims.len());
    let mut form_counts: Vec<BTreeMap<&str, usize>> = Vec::new();
    let mut role_cache: HashMap<&str, Role> = HashMap::new();
    for (c, t) in claims.iter().zip(template_of_claim) {
        let Some((template, key)) = t.map(|t| &templates[t]) else {
            entry_of_claim.push(None);
            continue;
        };
        let i = *index.entry((template.kind, key, &c.article)).or_insert_with(|| {
            entries.push(Entry {
                article: c.article.clone(),
                ..template.clone()
            });
            form_counts.push(BTreeMap::new());
            entries.len() - 1
        });
        *form_counts[i].entry(&template.shown).or_default() += 1;
        if let Some(r) = c.role.as_deref().filter(|r| !r.trim().is_empty()) {
            let r = role_cache.entry(r).or_insert_with(|| parse_role(r));
            if !entries[i].roles.contains(r) {
                entries[i].roles.push(r.clone());
            }
        }
        entry_of_claim.push(Some(i));
    }

    // The user's declarations: which entries each alias identity takes, and which are kept apart.
    let alias_keys_of: Vec<BTreeSet<String>> = aliases
        .identities
        .iter()
        .map(|a| {
            std::iter::once(&a.name)
                .chain(&a.forms)
                .flat_map(|n| alias_keys(names, n))
                .collect()
        })
        .collect();
    let mut declared: Vec<Option<usize>> = vec![None; entries.len()];
    for (i, e) in entries.iter().enumerate() {
        declared[i] = aliases
            .identities
            .iter()
            .zip(&alias_keys_of)
            .position(|(a, keys)| {
                (a.articles.is_empty() || article_matches(&a.articles, &e.article))
                    && !keys.is_disjoint(&e.keys)
            });
    }
    let pinned = |i: usize| declared[i].is_some_and(|a| !aliases.identities[a].articles.is_empty());
    let apart_keys: Vec<[BTreeSet<String>; 2]> = aliases
        .apart
        .iter()
        .map(|[x, y]| [alias_keys(names, x), alias_keys(names, y)])
        .collect();
    let sides: Vec<Vec<(usize, usize)>> = entries
        .iter()
        .map(|e| {
            apart_keys
                .iter()
                .enumerate()
                .flat_map(|(p, pair)| {
                    (0..2)
                        .filter(|s| !pair[*s].is_disjoint(&e.keys))
                        .map(move |s| (p, s))
                })
                .collect()
        })
        .collect();

    let mut cl = Clusters::new(names, &entries, &sides);

    // States, media, organisations, documents: one identity per canonical name.
    let mut by_key: HashMap<(SpeakerKind, String), usize> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if e.person.is_some() || pinned(i) {
            continue;
        }
        let key = (
            e.kind,
            fold(&names.bare_words(e.canon.as_deref().unwrap_or(&e.name)).join(" ")),
        );
        match by_key.get(&key) {
            Some(&j) => {
                cl.join(j, i, false);
            }
            None => {
                by_key.insert(key, i);
            }
        }
    }

    // People with a first name: the same surname and agreeing first names, blocked by the surname's
    // consonants (a vowel change keeps them); one spelling is compared once.
    let consonants = |w: &str| w.chars().filter(|c| !is_vowel(*c)).collect::<String>();
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut bare: Vec<usize> = Vec::new();
    let mut spelling: HashMap<&[String], usize> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        let Some(p) = &e.person else { continue };
        if pinned(i) {
            continue;
        }
        let n = p.words.len();
        if n < 2 {
            bare.push(i);
            continue;
        }
        if let Some(&j) = spelling.get(p.words.as_slice()) {
            cl.join(j, i, false);
            continue;
        }
        spelling.insert(&p.words, i);
        blocks.entry(consonants(&p.words[n - 1])).or_default().push(i);
        blocks
            .entry(consonants(&p.words[n - 2..].concat()))
            .or_default()
            .push(i);
    }
    for block in blocks.values() {
        for (x, &a) in block.iter().enumerate() {
            for &b in &block[x + 1..] {
                if let (Some(p), Some(q)) = (&entries[a].person, &entries[b].person) {
                    if verdict(names, p, q) == Verdict::Full {
                        cl.join(a, b, false);
                    }
                }
            }
        }
    }

    // A surname alone: the one person with that surname and the same role, else the only one with that
    // surname whose roles can be its own; else an identity of its own, shared with the same surname alone
    // elsewhere when the roles allow.
    let mut alone: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &bare {
        let Some(p) = &entries[i].person else {
            continue;
        };
        let key = consonants(&p.words[0]);
        let mut candidates: Vec<usize> = blocks
            .get(&key)
            .into_iter()
            .flatten()
            .filter(|&&j| {
                entries[j]
                    .person
                    .as_ref()
                    .is_some_and(|q| verdict(names, p, q) == Verdict::Partial)
            })
            .map(|&j| cl.find(j))
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mine = &entries[i].roles;
        let compatible: Vec<usize> = candidates
            .into_iter()
            .filter(|&r| !cl.roles_conflict(r, mine))
            .collect();
        let same_role: Vec<usize> = compatible
            .iter()
            .copied()
            .filter(|&r| cl.role_same(r, mine))
            .collect();
        let target = match (same_role.as_slice(), compatible.as_slice()) {
            ([one], _) | ([], [one]) => Some(*one),
            _ => None,
        };
        if target.is_some_and(|t| cl.join(t, i, true)) {
            continue;
        }
        let groups = alone.entry(key).or_default();
        let fits = groups.iter().copied().find(|&g| {
            entries[g]
                .person
                .as_ref()
                .is_some_and(|q| verdict(names, p, q) >= Verdict::Partial)
                && cl.can_join(g, i, true)
        });
        match fits {
            Some(g) => {
                cl.join(g, i, true);
            }
            None => groups.push(i),
        }
    }

    // A person named only by a description joins the one person seen with that role in that state.
    // Many articles give the same description: the persons holding a role are looked for once per
    // role, and kept as one entry per identity. Identities only ever merge, so those entries still
    // stand for every holder found.
    let mut holders: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if e.person.is_some() {
            for r in &e.roles {
                if let (Some(st), Some(of)) = (&r.state, &r.office) {
                    holders.entry((st, of)).or_default().push(i);
                }
            }
        }
    }
    let mut holding: HashMap<&Role, Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if !e.described || pinned(i) {
            continue;
        }
        let mut candidates: Vec<usize> = Vec::new();
        for d in &e.roles {
            let (Some(st), Some(of)) = (&d.state, &d.office) else {
                continue;
            };
            let one_per_identity = holding.entry(d).or_insert_with(|| {
                let mut seen = HashSet::new();
                holders
                    .get(&(st.as_str(), of.as_str()))
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&j| {
                        entries[j]
                            .roles
                            .iter()
                            .any(|r| r.state == d.state && role_same(r, d))
                    })
                    .filter(|&j| seen.insert(cl.find(j)))
                    .collect()
            });
            candidates.extend(one_per_identity.iter().map(|&j| cl.find(j)));
        }
        candidates.sort_unstable();
        candidates.dedup();
        if let [one] = candidates.as_slice() {
            cl.join(*one, i, true);
        }
    }
    let mut sets = cl.sets;

    // The user's merges: every identity holding a declared entry becomes one.
    for a in 0..aliases.identities.len() {
        let mut taken = (0..entries.len()).filter(|&i| declared[i] == Some(a));
        if let Some(first) = taken.next() {
            for i in taken {
                let (ra, rb) = (sets.find(first), sets.find(i));
                sets.union(ra, rb);
            }
        }
    }

    // Identities, numbered by first appearance; display names.
    let mut ident_of_root: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..entries.len() {
        let r = sets.find(i);
        let id = *ident_of_root.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[id].push(i);
    }
    // Each identity's kind and display name, all identities side by side.
    let (kind, display): (Vec<SpeakerKind>, Vec<String>) = groups
        .par_iter()
        .map(|g| {
            let alias = g
                .iter()
                .find_map(|&i| declared[i])
                .map(|a| &aliases.identities[a]);
            let mut kinds: BTreeMap<SpeakerKind, usize> = BTreeMap::new();
            let mut forms: BTreeMap<&str, usize> = BTreeMap::new();
            let named = g.iter().any(|&i| !entries[i].described);
            for &i in g.iter().filter(|&&i| !named || !entries[i].described) {
                let claims: usize = form_counts[i].values().sum();
                *kinds.entry(entries[i].kind).or_default() += claims;
                match &entries[i].canon {
                    Some(cn) => *forms.entry(cn).or_default() += claims,
                    None => {
                        for (f, n) in &form_counts[i] {
                            *forms.entry(f).or_default() += n;
                        }
                    }
                }
            }
            let auto_kind = kinds
                .iter()
                .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
                .map(|(k, _)| *k);
            let display = match alias {
                Some(a) => a.name.trim().to_string(),
                None => fullest(&forms),
            };
            (
                alias.and_then(|a| a.kind).or(auto_kind).unwrap_or_default(),
                display,
            )
        })
        .unzip();
    let of_claim = entry_of_claim
        .iter()
        .map(|e| e.map(|i| ident_of_root[&sets.find(i)]))
        .collect();
    let named = entry_of_claim
        .iter()
        .map(|e| e.is_some_and(|i| !entries[i].described))
        .collect();
    Resolution {
        named,
        of_claim,
        display,
        kind,
    }
}

/// The fullest form: most words, then fewest surnames in capitals, then most claims, then longest, then
/// first in order.
pub(super) fn fullest(forms: &BTreeMap<&str, usize>) -> String {
    forms
        .iter()
        .max_by(|(a, na), (b, nb)| {
            let words = |s: &str| name_words(s).len();
            // `Marco Rubio` before `Marco RUBIO`: a surname in capitals beside a first name in lower case
            // is the page's typography (an acronym alone, `ONU`, is not).
            let capitals = |s: &str| {
                let shouted = |w: &&str| {
                    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
                };
                let words: Vec<&str> = s.split_whitespace().collect();
                let n = words.iter().filter(|w| shouted(w)).count();
                std::cmp::Reverse(if n < words.len() { n } else { 0 })
            };
            (words(a), capitals(a), **na, a.chars().count())
                .cmp(&(words(b), capitals(b), **nb, b.chars().count()))
                .then_with(|| b.cmp(a))
        })
        .map(|(f, _)| f.to_string())
        .unwrap_or_default()
}
