//! Word classes: what extraction asks of a word of running text (may it be a noun, an adjective, a finite
//! verb, a past participle, a grammatical word …), summed up from its readings in the full-form lexicon
//! (`lang::lexicon`) in one lookup and cached per thread.
//!
//! Not here: the lexicon itself (its format, forms and analyses).

use super::lexicon::*;

/// What the extraction asks of a word, in one lookup: a summary of its readings, cached per thread
/// (`classes`), since an article asks about the same words again and again and a walk of the map costs
/// about half a microsecond.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes(u16);

impl Classes {
    const KNOWN: u16 = 1;
    const NOUN: u16 = 1 << 1;
    const ADJECTIVE: u16 = 1 << 2;
    /// The most frequent reading is a verb.
    const VERB_FIRST: u16 = 1 << 3;
    /// A verb reading is finite in the third person.
    const FINITE_THIRD: u16 = 1 << 4;
    const PAST_PARTICIPLE: u16 = 1 << 5;
    /// Every noun reading is plural.
    const PLURAL_NOUN: u16 = 1 << 6;
    /// Every noun and adjective reading is masculine / feminine.
    const MASCULINE: u16 = 1 << 7;
    const FEMININE: u16 = 1 << 8;
    /// Every reading is a pronoun, a determiner, a conjunction, a preposition or an adverb.
    const GRAMMATICAL: u16 = 1 << 9;
    /// One reading is an adverb (`bien`, `longuement`).
    const ADVERB: u16 = 1 << 10;
    /// The most frequent reading is a preposition (`sur`, also an adjective).
    const PREPOSITION_FIRST: u16 = 1 << 11;
    /// One reading is an article, a possessive or a demonstrative.
    const DETERMINER: u16 = 1 << 12;
    /// A verb reading is a present participle (`représentant`).
    const PRESENT_PARTICIPLE: u16 = 1 << 13;

    fn of(forms: &Forms, word: &str) -> Classes {
        let mut c = 0;
        let (mut nouns, mut plural_nouns) = (0, 0);
        let mut genders: Option<Option<Gender>> = None;
        let mut grammatical = true;
        for (i, a) in forms.analyses(word).enumerate() {
            c |= Self::KNOWN;
            grammatical &= a.pos.is_pronoun()
                || a.pos.is_determiner()
                || matches!(a.pos, Pos::Conjunction | Pos::Preposition | Pos::Adverb);
            if i == 0 && a.pos.is_verb() {
                c |= Self::VERB_FIRST;
            }
            if i == 0 && a.pos == Pos::Preposition {
                c |= Self::PREPOSITION_FIRST;
            }
            if a.pos.is_determiner() {
                c |= Self::DETERMINER;
            }
            if a.pos.is_verb() {
                if let Some(v) = a.verb {
                    if v.is_finite() && v.person == Some(Person::Third) {
                        c |= Self::FINITE_THIRD;
                    }
                    if v.is_past_participle() && a.pos == Pos::Verb {
                        c |= Self::PAST_PARTICIPLE;
                    }
                    if v.mood == Mood::Participle && v.tense == Some(Tense::Present) {
                        c |= Self::PRESENT_PARTICIPLE;
                    }
                }
            }
            if a.pos == Pos::Noun {
                c |= Self::NOUN;
                nouns += 1;
                plural_nouns += usize::from(a.number == Some(Number::Plural));
            }
            if a.pos.is_adjective() {
                c |= Self::ADJECTIVE;
            }
            if a.pos == Pos::Adverb {
                c |= Self::ADVERB;
            }
            if a.pos == Pos::Noun || a.pos.is_adjective() {
                genders = Some(match genders {
                    None => a.gender,
                    Some(g) if g == a.gender => g,
                    Some(_) => None,
                });
            }
        }
        if c & Self::KNOWN != 0 && grammatical {
            c |= Self::GRAMMATICAL;
        }
        if nouns > 0 && plural_nouns == nouns {
            c |= Self::PLURAL_NOUN;
        }
        match genders.flatten() {
            Some(Gender::Masculine) => c |= Self::MASCULINE,
            Some(Gender::Feminine) => c |= Self::FEMININE,
            None => {}
        }
        Classes(c)
    }

    /// The resource has the word.
    pub fn known(self) -> bool {
        self.0 & Self::KNOWN != 0
    }
    pub fn noun(self) -> bool {
        self.0 & Self::NOUN != 0
    }
    pub fn adjective(self) -> bool {
        self.0 & Self::ADJECTIVE != 0
    }
    /// `enfonce`, `jubile`: read first as a verb, and finite in the third person in one reading (not
    /// `président`, a noun first).
    pub fn finite_verb(self) -> bool {
        self.0 & Self::VERB_FIRST != 0 && self.0 & Self::FINITE_THIRD != 0
    }
    /// `tempête`, `enfonce`: finite in the third person in one reading, whatever its first reading.
    pub fn may_be_finite_verb(self) -> bool {
        self.0 & Self::FINITE_THIRD != 0
    }
    /// `balayé`: a past participle of a verb.
    pub fn past_participle(self) -> bool {
        self.0 & Self::PAST_PARTICIPLE != 0
    }
    /// `représentant`: a present participle in one reading (the noun too).
    pub fn present_participle(self) -> bool {
        self.0 & Self::PRESENT_PARTICIPLE != 0
    }
    /// `celle-ci`, `nos`, `lorsque`, `parmi`: a pronoun, a determiner, a conjunction, a preposition or an adverb in
    /// every reading.
    pub fn grammatical(self) -> bool {
        self.0 & Self::GRAMMATICAL != 0
    }
    /// `sur`, `contre`: a preposition first, whatever its other readings.
    pub fn preposition_first(self) -> bool {
        self.0 & Self::PREPOSITION_FIRST != 0
    }
    /// `bien`, `longuement`: an adverb in one reading.
    pub fn may_be_adverb(self) -> bool {
        self.0 & Self::ADVERB != 0
    }
    /// `économistes`: a noun in every noun reading plural.
    pub fn plural_noun(self) -> bool {
        self.0 & Self::PLURAL_NOUN != 0
    }
    /// The gender every noun and adjective reading agrees on (`avocate`, `ancienne`).
    pub fn gender(self) -> Option<Gender> {
        if self.0 & Self::MASCULINE != 0 {
            Some(Gender::Masculine)
        } else if self.0 & Self::FEMININE != 0 {
            Some(Gender::Feminine)
        } else {
            None
        }
    }
}

/// An article, a possessive or a demonstrative (`le`, `l'`, `des`, `sa`, `ces`), as the lexicon reads it;
/// an elided one (`l’`) as its full form.
pub fn is_determiner(word: &str) -> bool {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        return classes(word).0 & Classes::DETERMINER != 0;
    }
    let w = word.to_lowercase().replace('\u{2019}', "'");
    let full = match w.as_str() {
        "l'" => "le",
        other => other,
    };
    classes(full).0 & Classes::DETERMINER != 0
}

/// The classes of a word of running text (see `Classes`), from a per-thread cache of the French
/// lexicon's answers. The cache is emptied when it holds more words than any article asks about.
pub fn classes(word: &str) -> Classes {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static CACHE: RefCell<HashMap<Box<str>, Classes, std::hash::BuildHasherDefault<crate::text::WordHasher>>> =
            RefCell::new(HashMap::default());
    }
    CACHE.with(|cache| {
        if let Some(&c) = cache.borrow().get(word) {
            return c;
        }
        let c = Classes::of(fr(), word);
        let mut cache = cache.borrow_mut();
        if cache.len() >= 200_000 {
            cache.clear();
        }
        cache.insert(word.into(), c);
        c
    })
}
