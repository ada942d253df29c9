//! The French full-form lexicon: for every word form, each part of speech it can have, with its lemma,
//! gender and number and, for verbs, mood, tense and person (`déclarèrent` → VER `déclarer`
//! ind:pas:3p). The data is Lexique 3.83 (CC BY-SA 4.0), compiled by `contrib/lexicon/build.py` into
//! `src/lang/fr/lexicon/` and embedded in the binary; `ORIGIN.md` there says where it comes from and
//! what was kept. Nothing is parsed at start-up: the form map is an `fst` read in place (opening it
//! costs about 20 ns, the first `fr()` about 10 µs); a lookup walks the map, about 0.4 µs for a
//! word of running text and 0.9 µs for a rare one (`cargo bench --bench lexicon`), so a step that
//! asks about every token of an article several times may keep its answers.
//!
//! Not here: the per-word summary extraction asks for (`word_classes`, re-exported here), which analysis
//! a word has in a sentence (that is the caller's context), proper nouns (the
//! resource has none: `Paris` is found as `paris`, plural of `pari`), the reporting-verb tables
//! (`extract::lexicon`), or anything that changes extraction by itself.
//!
//! # The compiled format (written by `contrib/lexicon/build.py`)
//! - `forms.fst`: an `fst::Map` from each form, lower-cased, to `first << 8 | count`: its analyses are
//!   records `first .. first + count` of `analyses.bin`, most frequent first.
//! - `analyses.bin`: the 8 bytes `CCLEX\x01\0\0`, then one little-endian `u64` per analysis, bit 0 first:
//!   lemma offset in `lemmas.txt` (21 bits), lemma length in bytes (5), part of speech (5), gender (2:
//!   none, m, f), number (2: none, s, p), verb form (4: none, inf, par:pre, par:pas, ind:pre, ind:imp,
//!   ind:pas, ind:fut, sub:pre, sub:imp, cnd:pre, imp:pre), person (2: none, 1, 2, 3), frequency in
//!   hundredths of occurrences per million words of Lexique's book corpus (22), one bit unused.
//!   A verb row of the resource with several moods (`déclare`: ind:pre:1s, ind:pre:3s, sub:pre:1s, …)
//!   is one record per mood/tense/person, all with the row's frequency.
//! - `lemmas.txt`: every lemma once, sorted by bytes, one a line; lemma ids are their (offset, length).

use std::borrow::Cow;
use std::sync::OnceLock;

pub use super::word_classes::{classes, is_determiner, Classes};

static FORMS: &[u8] = include_bytes!("fr/lexicon/forms.fst");
static ANALYSES: &[u8] = include_bytes!("fr/lexicon/analyses.bin");
static LEMMAS: &str = include_str!("fr/lexicon/lemmas.txt");

const MAGIC: &[u8; 8] = b"CCLEX\x01\0\0";
const LEMMA_BITS: u32 = 26;
const OFFSET_BITS: u32 = 21;

/// The French lexicon, opened on first use. The data is compiled in and checked by the test suite, so
/// a failure here is a build defect, reported with the folder to rebuild.
pub fn fr() -> &'static Forms {
    static FR: OnceLock<Forms> = OnceLock::new();
    FR.get_or_init(|| match Forms::open(FORMS, ANALYSES, LEMMAS) {
        Ok(forms) => forms,
        Err(e) => panic!(
            "src/lang/fr/lexicon is not a valid compiled lexicon ({e}); rebuild it with \
             contrib/lexicon/build.py"
        ),
    })
}

/// A part of speech, as the resource's `cgram` column has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    /// No category in the resource (a few locutions: `à tue-tête`).
    Unclassified,
    /// `NOM`
    Noun,
    /// `VER`
    Verb,
    /// `AUX`: `avoir` and `être` as auxiliaries (they are also listed as `VER`).
    Auxiliary,
    /// `ADJ`
    Adjective,
    /// `ADJ:num` (`deux`, `un`)
    NumeralAdjective,
    /// `ADJ:ind` (`quelques`, `chaque`)
    IndefiniteAdjective,
    /// `ADJ:pos` (`son`, `leurs`)
    PossessiveAdjective,
    /// `ADJ:dem` (`ce`, `cette`)
    DemonstrativeAdjective,
    /// `ADJ:int` (`quel`)
    InterrogativeAdjective,
    /// `ADV`
    Adverb,
    /// `PRE`
    Preposition,
    /// `CON`
    Conjunction,
    /// `ONO`: onomatopoeia and interjections.
    Onomatopoeia,
    /// `PRO:per` (`il`, `elle`, `lui`)
    PersonalPronoun,
    /// `PRO:ind` (`quelqu'un`)
    IndefinitePronoun,
    /// `PRO:pos` (`le sien`)
    PossessivePronoun,
    /// `PRO:int`
    InterrogativePronoun,
    /// `PRO:rel` (`qui`, `dont`)
    RelativePronoun,
    /// `PRO:dem` (`celui`)
    DemonstrativePronoun,
    /// `ART:def` (`le`, `du`, `aux`)
    DefiniteArticle,
    /// `ART:ind` (`un`, `des`)
    IndefiniteArticle,
    /// `LIA`: the liaison `l'` of `si l'on`.
    Liaison,
}

/// The categories in their code order (the code is the index).
const POS: [Pos; 23] = [
    Pos::Unclassified,
    Pos::Noun,
    Pos::Verb,
    Pos::Auxiliary,
    Pos::Adjective,
    Pos::NumeralAdjective,
    Pos::IndefiniteAdjective,
    Pos::PossessiveAdjective,
    Pos::DemonstrativeAdjective,
    Pos::InterrogativeAdjective,
    Pos::Adverb,
    Pos::Preposition,
    Pos::Conjunction,
    Pos::Onomatopoeia,
    Pos::PersonalPronoun,
    Pos::IndefinitePronoun,
    Pos::PossessivePronoun,
    Pos::InterrogativePronoun,
    Pos::RelativePronoun,
    Pos::DemonstrativePronoun,
    Pos::DefiniteArticle,
    Pos::IndefiniteArticle,
    Pos::Liaison,
];

const TAGS: [&str; 23] = [
    "", "NOM", "VER", "AUX", "ADJ", "ADJ:num", "ADJ:ind", "ADJ:pos", "ADJ:dem", "ADJ:int", "ADV", "PRE",
    "CON", "ONO", "PRO:per", "PRO:ind", "PRO:pos", "PRO:int", "PRO:rel", "PRO:dem", "ART:def", "ART:ind",
    "LIA",
];

impl Pos {
    /// The resource's tag (`NOM`, `ART:def`; empty for `Unclassified`).
    pub fn tag(self) -> &'static str {
        TAGS[self as usize]
    }

    /// The category of a resource tag, if it is one.
    pub fn from_tag(tag: &str) -> Option<Pos> {
        TAGS.iter().position(|t| *t == tag).map(|i| POS[i])
    }

    /// `VER` or `AUX`.
    pub fn is_verb(self) -> bool {
        matches!(self, Pos::Verb | Pos::Auxiliary)
    }

    /// `ADJ` and every `ADJ:…` (the `ADJ:…` ones are determiners: `son`, `ce`, `quelques`).
    pub fn is_adjective(self) -> bool {
        matches!(
            self,
            Pos::Adjective
                | Pos::NumeralAdjective
                | Pos::IndefiniteAdjective
                | Pos::PossessiveAdjective
                | Pos::DemonstrativeAdjective
                | Pos::InterrogativeAdjective
        )
    }

    /// Every `PRO:…`.
    pub fn is_pronoun(self) -> bool {
        matches!(
            self,
            Pos::PersonalPronoun
                | Pos::IndefinitePronoun
                | Pos::PossessivePronoun
                | Pos::InterrogativePronoun
                | Pos::RelativePronoun
                | Pos::DemonstrativePronoun
        )
    }

    /// `ART:def`, `ART:ind`.
    pub fn is_article(self) -> bool {
        matches!(self, Pos::DefiniteArticle | Pos::IndefiniteArticle)
    }

    /// An article, a possessive or a demonstrative (`le`, `des`, `sa`, `ces`).
    pub fn is_determiner(self) -> bool {
        self.is_article() || matches!(self, Pos::PossessiveAdjective | Pos::DemonstrativeAdjective)
    }
}

/// Grammatical gender. A noun or adjective that takes both (`ministre`, `hebdomadaire`) has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Masculine,
    Feminine,
}

impl Gender {
    /// Whether two genders may be one referent's: equal, or one of them unknown.
    pub fn agree(a: Option<Gender>, b: Option<Gender>) -> bool {
        a.is_none() || b.is_none() || a == b
    }
}

/// Grammatical number. A form that is both (`souris`, `porte-avions`) has none; a finite verb has its
/// person's (`déclarèrent`: plural).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Number {
    Singular,
    Plural,
}

/// The mood of a verb form, the resource's first `infover` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mood {
    /// `ind`
    Indicative,
    /// `sub`
    Subjunctive,
    /// `cnd`
    Conditional,
    /// `imp`
    Imperative,
    /// `inf`
    Infinitive,
    /// `par`: present (`déclarant`) or past (`déclaré`) participle.
    Participle,
}

/// The tense of a verb form, the resource's second `infover` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// `pre`
    Present,
    /// `imp`: the imperfect (`déclarait`, and the imperfect subjunctive `déclarât`).
    Imperfect,
    /// `pas`: the simple past (`déclara`) and, with `Mood::Participle`, the past participle.
    Past,
    /// `fut`
    Future,
}

/// Grammatical person of a finite verb form; its number is the analysis's `number`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Person {
    First,
    Second,
    Third,
}

/// Mood, tense and person of a verb form (`ind:pas:3p`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VerbInfo {
    pub mood: Mood,
    /// None for the infinitive.
    pub tense: Option<Tense>,
    /// None for the infinitive and the participles.
    pub person: Option<Person>,
}

impl VerbInfo {
    /// `déclaré`, `dites`: the form that follows an auxiliary.
    pub fn is_past_participle(&self) -> bool {
        self.mood == Mood::Participle && self.tense == Some(Tense::Past)
    }

    /// A conjugated form (indicative, subjunctive, conditional, imperative).
    pub fn is_finite(&self) -> bool {
        !matches!(self.mood, Mood::Infinitive | Mood::Participle)
    }
}

/// A lemma, compared as one number; `Forms::lemma_str` gives its text back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LemmaId(u32);

/// One reading of a word form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Analysis {
    pub pos: Pos,
    pub lemma: &'static str,
    pub lemma_id: LemmaId,
    pub gender: Option<Gender>,
    pub number: Option<Number>,
    /// Mood, tense and person, for `VER` and `AUX`.
    pub verb: Option<VerbInfo>,
    /// Occurrences of this form with this part of speech and lemma per million words of written
    /// French (Lexique's `freqlivres`); a form's analyses come most frequent first.
    pub freq: f32,
}

/// The compiled lexicon: the form map, the analysis records and the lemma list.
pub struct Forms {
    map: fst::Map<&'static [u8]>,
    records: &'static [u8],
    lemmas: &'static str,
}

impl Forms {
    /// Opens compiled data, checking its frame (the map's header, the records' magic and size); `check`
    /// walks every entry.
    pub fn open(
        forms: &'static [u8],
        analyses: &'static [u8],
        lemmas: &'static str,
    ) -> Result<Forms, String> {
        let map = fst::Map::new(forms).map_err(|e| format!("forms.fst: {e}"))?;
        let records = analyses
            .strip_prefix(MAGIC.as_slice())
            .ok_or("analyses.bin: not a claimcheck analysis table (no magic), or another version")?;
        if records.len() % 8 != 0 {
            return Err(format!(
                "analyses.bin: {} bytes of records, not a multiple of 8",
                records.len()
            ));
        }
        Ok(Forms { map, records, lemmas })
    }

    /// Every reading of a word form, most frequent first; none for a form the resource lacks.
    ///
    /// The form is looked up as French text needs: case-insensitively (every key is lower-case, so
    /// `Elle` and `ELLE` are `elle`), with the typographic apostrophe `’` read as `'` and the ligatures
    /// `œ`, `æ` as `oe`, `ae` (the resource spells `coeur`). An elided form the resource lacks is read
    /// as the word its apostrophe stands for followed by the resource's own entry for the bare letters,
    /// where these exist (`lorsqu'` → `lorsque`; `qu'` → `que`, then `qu`, whose entry alone has the
    /// conjunction).
    pub fn analyses(&self, form: &str) -> Analyses<'_> {
        let key = key(form);
        let none = (0, 0);
        let (full, bare) = match self.entry(&key) {
            Some(found) => (found, none),
            None => match key.strip_suffix('\'').filter(|s| !s.is_empty()) {
                Some(stem) => (
                    self.entry(&format!("{stem}e")).unwrap_or(none),
                    self.entry(stem).unwrap_or(none),
                ),
                None => (none, none),
            },
        };
        Analyses {
            forms: self,
            next: full.0,
            end: full.0 + full.1,
            then: (bare.0, bare.0 + bare.1),
        }
    }

    /// Every form whose readings include one of `lemmas` as a verb, with those readings: what a table of
    /// a few verbs' forms in every tense is built from. The records are scanned for the wanted lemmas and
    /// each record found is led back to its form through the map (`form_of_record`), so only the forms
    /// of these verbs are read, not the whole map.
    pub fn verb_forms(&self, lemmas: &[&str]) -> Vec<(String, Vec<Analysis>)> {
        let mut wanted: Vec<u32> = lemmas
            .iter()
            .filter_map(|l| self.lemma_id(l))
            .map(|l| l.0)
            .collect();
        wanted.sort_unstable();
        let is_wanted = |r: u64| {
            wanted
                .binary_search(&((r & ((1 << LEMMA_BITS) - 1)) as u32))
                .is_ok()
        };
        let mut out = Vec::new();
        let mut i = 0;
        let n = self.records.len() / 8;
        while i < n {
            if !is_wanted(self.record(i)) {
                i += 1;
                continue;
            }
            let Some((form, first, count)) = self.form_of_record(i) else {
                break;
            };
            let readings: Vec<Analysis> = (first..first + count)
                .map(|j| self.record(j))
                .filter(|&r| is_wanted(r))
                .map(|r| self.decode(r))
                .filter(|a| a.pos.is_verb())
                .collect();
            if !readings.is_empty() {
                out.push((form, readings));
            }
            i = first + count;
        }
        out
    }

    /// The form whose records hold record `i`, with its first record and their number. The map's values
    /// grow with its keys (each form's records follow the previous form's: `check` asserts it), so the
    /// form is found by descending the map: at each node, the last transition whose smallest value is not
    /// past `i`'s, since a transition's output is the smallest value below it.
    fn form_of_record(&self, i: usize) -> Option<(String, usize, usize)> {
        let fst = self.map.as_fst();
        let target = ((i as u64) << 8) | 0xff;
        let mut node = fst.root();
        let mut acc = 0u64;
        let mut key = Vec::new();
        loop {
            let next = node
                .transitions()
                .take_while(|t| acc + t.out.value() <= target)
                .last();
            match next {
                Some(t) => {
                    acc += t.out.value();
                    key.push(t.inp);
                    node = fst.node(t.addr);
                }
                None if node.is_final() => {
                    let (first, count) = unpack(acc + node.final_output().value());
                    return (first <= i && i < first + count)
                        .then(|| (String::from_utf8_lossy(&key).into_owned(), first, count));
                }
                None => return None,
            }
        }
    }

    /// Whether the resource has the form at all.
    pub fn contains(&self, form: &str) -> bool {
        self.analyses(form).next().is_some()
    }

    /// Whether one of the form's readings has this part of speech.
    pub fn is_pos(&self, form: &str, pos: Pos) -> bool {
        self.analyses(form).any(|a| a.pos == pos)
    }

    /// The form's lemmas, each once, most frequent reading first (`été` → `être`, `été`).
    pub fn lemmas(&self, form: &str) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for a in self.analyses(form) {
            if !out.contains(&a.lemma) {
                out.push(a.lemma);
            }
        }
        out
    }

    /// Whether one of the form's readings has this lemma (`déclarèrent`, `déclarer`).
    pub fn has_lemma(&self, form: &str, lemma: &str) -> bool {
        match self.lemma_id(lemma) {
            Some(id) => self.analyses(form).any(|a| a.lemma_id == id),
            None => false,
        }
    }

    /// The id of a lemma, if the resource has it (normalised as forms are).
    pub fn lemma_id(&self, lemma: &str) -> Option<LemmaId> {
        let key = key(lemma);
        let want = key.as_bytes();
        let text = self.lemmas.as_bytes();
        // A binary search over the sorted lines: `lo` is always a line's start and `hi` a line's start
        // or the end, and every step drops at least one line.
        let (mut lo, mut hi) = (0, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = text[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |p| lo + p + 1);
            let end = text[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |p| start + p);
            match text[start..end].cmp(want) {
                std::cmp::Ordering::Equal => {
                    return u32::try_from(start | (end - start) << OFFSET_BITS)
                        .ok()
                        .map(LemmaId)
                }
                std::cmp::Ordering::Less => lo = (end + 1).min(text.len()),
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        None
    }

    /// The text of a lemma id (empty for an id this lexicon did not give).
    pub fn lemma_str(&self, id: LemmaId) -> &'static str {
        let offset = (id.0 & ((1 << OFFSET_BITS) - 1)) as usize;
        let len = (id.0 >> OFFSET_BITS) as usize;
        self.lemmas.get(offset..offset + len).unwrap_or("")
    }

    /// Number of distinct forms.
    pub fn form_count(&self) -> usize {
        self.map.len()
    }

    /// Number of distinct lemmas.
    pub fn lemma_count(&self) -> usize {
        self.lemmas.lines().count()
    }

    /// Number of analysis records.
    pub fn analysis_count(&self) -> usize {
        self.records.len() / 8
    }

    /// Embedded size in bytes (the form map, the records and the lemma list).
    pub fn size(&self) -> usize {
        self.map.as_fst().as_bytes().len() + MAGIC.len() + self.records.len() + self.lemmas.len()
    }

    /// Walks every entry and record and lists what is wrong with them: the test suite's guard against a
    /// corrupt or mismatched rebuild. Empty when the data is sound.
    pub fn check(&self) -> Vec<String> {
        use fst::Streamer;
        let mut problems = Vec::new();
        let n = self.analysis_count();
        let mut covered = 0;
        let mut stream = self.map.stream();
        while let Some((key, value)) = stream.next() {
            let form = String::from_utf8_lossy(key);
            let (first, count) = unpack(value);
            if count == 0 || first + count > n {
                problems.push(format!("{form}: records {first}+{count} of {n}"));
            }
            if first != covered {
                problems.push(format!("{form}: starts at record {first}, expected {covered}"));
            }
            covered = first + count;
            if form.chars().any(char::is_uppercase) {
                problems.push(format!("{form}: a key with an upper-case letter"));
            }
        }
        if covered != n {
            problems.push(format!("{n} records, but the forms cover {covered}"));
        }
        for i in 0..n {
            let r = self.record(i);
            let lemma = (r & ((1 << LEMMA_BITS) - 1)) as u32;
            let offset = (lemma & ((1 << OFFSET_BITS) - 1)) as usize;
            let len = (lemma >> OFFSET_BITS) as usize;
            let whole = self.lemmas.get(offset..offset + len);
            let line_start = offset == 0 || self.lemmas.as_bytes().get(offset - 1) == Some(&b'\n');
            let line_end = self.lemmas.as_bytes().get(offset + len) == Some(&b'\n');
            if len == 0 || whole.is_none() || !line_start || !line_end {
                problems.push(format!("record {i}: lemma {offset}+{len} is not a line"));
            }
            if field(r, 26, 5) as usize >= POS.len()
                || field(r, 31, 2) == 3
                || field(r, 33, 2) == 3
                || field(r, 35, 4) > 11
                || r >> 63 != 0
            {
                problems.push(format!("record {i}: a field out of range ({r:#x})"));
            }
            let a = self.decode(r);
            let finite = a.verb.is_some_and(|v| v.is_finite());
            if a.pos.is_verb() != a.verb.is_some()
                || finite != a.verb.is_some_and(|v| v.person.is_some())
                || (finite && a.number.is_none())
            {
                problems.push(format!("record {i}: verb fields that do not agree: {a:?}"));
            }
        }
        problems
    }

    fn entry(&self, key: &str) -> Option<(usize, usize)> {
        self.map.get(key).map(unpack)
    }

    fn record(&self, i: usize) -> u64 {
        let mut b = [0u8; 8];
        if let Some(s) = self.records.get(i * 8..i * 8 + 8) {
            b.copy_from_slice(s);
        }
        u64::from_le_bytes(b)
    }

    fn decode(&self, r: u64) -> Analysis {
        let id = LemmaId((r & ((1 << LEMMA_BITS) - 1)) as u32);
        let verb = match field(r, 35, 4) {
            0 => None,
            code => {
                let (mood, tense) = VERB_FORMS
                    .get(code as usize - 1)
                    .copied()
                    .unwrap_or((Mood::Infinitive, None));
                let person = match field(r, 39, 2) {
                    1 => Some(Person::First),
                    2 => Some(Person::Second),
                    3 => Some(Person::Third),
                    _ => None,
                };
                Some(VerbInfo { mood, tense, person })
            }
        };
        Analysis {
            pos: POS
                .get(field(r, 26, 5) as usize)
                .copied()
                .unwrap_or(Pos::Unclassified),
            lemma: self.lemma_str(id),
            lemma_id: id,
            gender: match field(r, 31, 2) {
                1 => Some(Gender::Masculine),
                2 => Some(Gender::Feminine),
                _ => None,
            },
            number: match field(r, 33, 2) {
                1 => Some(Number::Singular),
                2 => Some(Number::Plural),
                _ => None,
            },
            verb,
            freq: field(r, 41, 22) as f32 / 100.0,
        }
    }
}

/// The verb-form codes 1..=11, in the order `build.py` numbers them.
const VERB_FORMS: [(Mood, Option<Tense>); 11] = [
    (Mood::Infinitive, None),
    (Mood::Participle, Some(Tense::Present)),
    (Mood::Participle, Some(Tense::Past)),
    (Mood::Indicative, Some(Tense::Present)),
    (Mood::Indicative, Some(Tense::Imperfect)),
    (Mood::Indicative, Some(Tense::Past)),
    (Mood::Indicative, Some(Tense::Future)),
    (Mood::Subjunctive, Some(Tense::Present)),
    (Mood::Subjunctive, Some(Tense::Imperfect)),
    (Mood::Conditional, Some(Tense::Present)),
    (Mood::Imperative, Some(Tense::Present)),
];

fn field(r: u64, shift: u32, bits: u32) -> u64 {
    (r >> shift) & ((1 << bits) - 1)
}

fn unpack(value: u64) -> (usize, usize) {
    ((value >> 8) as usize, (value & 0xff) as usize)
}

/// The lookup key of a form: lower-case, `’` as `'`, `œ`/`æ` spelled out. Borrowed when the form is
/// already one (plain lower-case ASCII and most lower-case French words).
fn key(form: &str) -> Cow<'_, str> {
    let plain = if form.is_ascii() {
        !form.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        form.chars()
            .all(|c| !c.is_uppercase() && !matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}' | 'œ' | 'æ'))
    };
    if plain {
        return Cow::Borrowed(form);
    }
    let mut out = String::with_capacity(form.len() + 2);
    for c in form.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// The readings of one form (see `Forms::analyses`): a run of records, and for an elided form a second.
pub struct Analyses<'a> {
    forms: &'a Forms,
    next: usize,
    end: usize,
    then: (usize, usize),
}

impl Iterator for Analyses<'_> {
    type Item = Analysis;

    fn next(&mut self) -> Option<Analysis> {
        if self.next >= self.end {
            (self.next, self.end) = std::mem::take(&mut self.then);
            if self.next >= self.end {
                return None;
            }
        }
        let r = self.forms.record(self.next);
        self.next += 1;
        Some(self.forms.decode(r))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end.saturating_sub(self.next) + self.then.1.saturating_sub(self.then.0);
        (n, Some(n))
    }
}

impl ExactSizeIterator for Analyses<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_folded_as_the_resource_spells() {
        assert!(matches!(key("déclaré"), Cow::Borrowed(_)));
        assert_eq!(key("Elle"), "elle");
        assert_eq!(key("aujourd’hui"), "aujourd'hui");
        assert_eq!(key("Cœur"), "coeur");
        assert_eq!(key("ÉTAT"), "état");
    }

    #[test]
    fn a_bad_table_is_refused() {
        assert!(Forms::open(b"not an fst", ANALYSES, LEMMAS).is_err());
        assert!(Forms::open(FORMS, b"CCLEX\x02\0\0", LEMMAS).is_err());
        assert!(Forms::open(FORMS, b"CCLEX\x01\0\0abc", LEMMAS).is_err());
    }

    #[test]
    fn every_record_leads_back_to_its_form() {
        use fst::Streamer;
        let f = fr();
        let mut stream = f.map.stream();
        let mut forms = 0;
        while let Some((key, value)) = stream.next() {
            let (first, count) = unpack(value);
            for i in [first, first + count - 1] {
                let found = f.form_of_record(i);
                assert_eq!(
                    found.as_ref().map(|(k, a, n)| (k.as_bytes(), *a, *n)),
                    Some((key, first, count)),
                    "record {i}"
                );
            }
            forms += 1;
        }
        assert!(forms > 100_000);
        assert_eq!(f.form_of_record(f.records.len() / 8), None);
    }

    #[test]
    fn verb_forms_hold_every_tense_of_the_verb() {
        let forms = fr().verb_forms(&["déclarer"]);
        let has = |w: &str| forms.iter().any(|(f, _)| f == w);
        for w in [
            "déclare",
            "déclarèrent",
            "déclarerait",
            "déclaré",
            "déclarées",
            "déclarant",
        ] {
            assert!(has(w), "{w}");
        }
        assert!(!has("déclaration"));
        assert!(forms.iter().all(|(_, r)| r.iter().all(|a| a.lemma == "déclarer")));
    }

    #[test]
    fn pos_tags_round_trip() {
        for (i, p) in POS.iter().enumerate() {
            assert_eq!(*p as usize, i);
            assert_eq!(Pos::from_tag(p.tag()), Some(*p));
        }
    }
}
