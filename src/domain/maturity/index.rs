//! Looks words and phrases up in the lexicon and tags each token with its classes.
//!
//! The tables are turned into hash maps once per process; a lookup tries the word as
//! written, then a few stems (plural, past tense, -ing), so tables only list base forms.

use super::classes::*;
use super::hints::NUMBER_WORDS;
use super::lexicon::TABLES;
use super::tokens::{Kind, Num, Token};
use std::sync::OnceLock;

/// Word tables keyed by FNV-1a: the keys come from our own tables.
type Map<V> = crate::domain::fnv::FnvMap<&'static str, V>;

struct Phrase {
    words: Vec<&'static str>,
    class: u32,
}

struct Lexicon {
    /// Every single word of every table, and every word inside a phrase (class 0 if it is
    /// not an entry itself) so that plural phrase words find their base form.
    words: Map<u32>,
    /// Multi-word entries, keyed by their first word.
    phrases: Map<Vec<Phrase>>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn build() -> Lexicon {
    let mut words: Map<u32> = Map::default();
    let mut phrases: Map<Vec<Phrase>> = Map::default();
    for &(class, entries) in TABLES {
        for entry in entries.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let parts: Vec<&'static str> = entry.split_whitespace().collect();
            if let [single] = parts.as_slice() {
                *words.entry(single).or_insert(0) |= class;
                continue;
            }
            for part in &parts {
                words.entry(part).or_insert(0);
            }
            let list = phrases.entry(parts[0]).or_default();
            match list.iter_mut().find(|p| p.words == parts) {
                Some(p) => p.class |= class,
                None => list.push(Phrase {
                    words: parts,
                    class,
                }),
            }
        }
    }
    // Longest first, so "cost per lead" wins over "cost per".
    for list in phrases.values_mut() {
        list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    }
    Lexicon { words, phrases }
}

/// The classes of a word and the table entry it matched, trying stems when needed.
fn lookup(lex: &Lexicon, w: &str) -> Option<(&'static str, u32)> {
    // A word known only as part of a phrase ("running" in "by running") has no classes of
    // its own: its stem ("run") may, so try that first.
    let exact = lex.words.get_key_value(w).map(|(k, c)| (*k, *c));
    if let Some(hit) = exact.filter(|(_, c)| *c != 0) {
        return Some(hit);
    }
    let n = w.len();
    if n < 4 || !w.is_ascii() {
        return exact;
    }
    let b = w.as_bytes();
    let doubled = n >= 5 && b[n - 4] == b[n - 5];
    let mut buf = [0u8; 48];
    let mut try_stem = |stem: &str, add: &str| -> Option<(&'static str, u32)> {
        let len = stem.len() + add.len();
        if stem.len() < 2 || len > buf.len() {
            return None;
        }
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..len].copy_from_slice(add.as_bytes());
        let cand = std::str::from_utf8(&buf[..len]).ok()?;
        // A stem never makes a function word: "thing" is not "the" + "ing".
        let (k, c) = lex.words.get_key_value(cand)?;
        (*c & STOP == 0).then_some((*k, *c))
    };
    let stems: [(&str, &str, &str); 9] = [
        ("ies", &w[..n - 3], "y"),
        ("es", &w[..n - 2], ""),
        ("s", &w[..n - 1], ""),
        ("ied", &w[..n - 3], "y"),
        ("ed", &w[..n - 1], ""),
        ("ed", &w[..n - 2], ""),
        ("ing", &w[..n - 3], "e"),
        ("ing", &w[..n - 3], ""),
        ("ing", if doubled { &w[..n - 4] } else { "" }, ""),
    ];
    for (ending, stem, add) in stems {
        if w.ends_with(ending) && !(ending == "s" && w.ends_with("ss")) {
            if let Some(hit) = try_stem(stem, add) {
                return Some(hit);
            }
        }
    }
    // "mapped" -> "map".
    if w.ends_with("ed") && b[n - 3] == b[n - 4] {
        if let Some(hit) = try_stem(&w[..n - 3], "") {
            return Some(hit);
        }
    }
    exact
}

/// What the lexicon says about one token.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tag {
    /// The word's own classes.
    pub class: u32,
    /// The table entry the word matched ("events" -> "event"), or "" if none.
    pub base: &'static str,
    /// Classes of the longest phrase starting at this token (0 if none).
    pub phrase: u32,
    /// Token index just after that phrase.
    pub phrase_end: usize,
    /// Inside a phrase that started earlier: the phrase's reading wins over the word's.
    pub inner: bool,
}

impl Tag {
    /// Classes of the phrase starting here if any, else of the word.
    pub fn lead(&self) -> u32 {
        if self.phrase != 0 {
            self.phrase
        } else {
            self.class
        }
    }

    /// The classes this token contributes to the text: a phrase replaces the classes of
    /// its words ("double down" is a wish, not a doubling; "open rate" is no milestone).
    pub fn all(&self) -> u32 {
        if self.inner {
            0
        } else {
            self.lead()
        }
    }
}

/// Tags every token; number words ("five") become numbers unless followed by "of".
pub fn tag(lower: &str, tokens: &mut [Token]) -> Vec<Tag> {
    let lex = lexicon();
    let mut tags = vec![Tag::default(); tokens.len()];
    for i in 0..tokens.len() {
        if !tokens[i].is_word() {
            continue;
        }
        let w = &lower[tokens[i].start..tokens[i].end];
        if let Some(&(_, value)) = NUMBER_WORDS.iter().find(|(n, _)| *n == w) {
            // "one of the best", "the one that": pronouns, not amounts.
            let word_at = |k: usize| {
                tokens
                    .get(k)
                    .filter(|t| t.is_word())
                    .map_or("", |t| &lower[t.start..t.end])
            };
            let pronoun = word_at(i + 1) == "of"
                || (i > 0 && matches!(word_at(i - 1), "the" | "this" | "that" | "no" | "any"));
            if !pronoun {
                tokens[i].kind = Kind::Num(Num {
                    value,
                    ..Num::default()
                });
                continue;
            }
        }
        if let Some((base, class)) = lookup(lex, w) {
            tags[i].base = base;
            tags[i].class = class;
        }
    }
    read_nouns_after_determiners(lower, tokens, &mut tags);
    let mut covered_until = 0;
    for i in 0..tokens.len() {
        if i < covered_until {
            tags[i].inner = true;
            continue;
        }
        if tokens[i].is_word() {
            if let Some((class, end)) = longest_phrase(lex, lower, tokens, &tags, i) {
                tags[i].phrase = class;
                tags[i].phrase_end = end;
                covered_until = end;
            }
        }
    }
    tags
}

/// Classes that only a verb has: the word acts, rather than names a thing.
const VERB_ONLY: u32 = VERBS | INQUIRY | RELATIVE_VERB | DOWN_VERB;

/// Words after which the next word names something: a determiner or a preposition.
/// "to" is left out ("to launch" is a verb), as are "and"/"or" ("write and publish").
const NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "my", "your", "this", "these", "those", "of", "on",
    "in", "for", "from", "with", "at", "by", "per", "into", "onto", "via", "through", "across",
    "within", "during", "after", "before",
];

/// "Code of conduct", "pipeline by source", "the review", "after launch": a word that can
/// be a verb is a noun right after a determiner or a preposition, so it neither acts nor
/// leads. A gerund keeps its verb ("by launching"), and a known phrase its own reading
/// ("the roll out"), which the phrase pass sets after this one.
fn read_nouns_after_determiners(lower: &str, tokens: &[Token], tags: &mut [Tag]) {
    for i in 1..tokens.len() {
        let (prev, this) = (&tokens[i - 1], &tokens[i]);
        if !prev.is_word() || !this.is_word() || tags[i].class & VERB_ONLY == 0 {
            continue;
        }
        let word = &lower[this.start..this.end];
        if !word.ends_with("ing") && NOUN_BEFORE.contains(&&lower[prev.start..prev.end]) {
            tags[i].class &= !VERB_ONLY;
        }
    }
}

fn longest_phrase(
    lex: &Lexicon,
    lower: &str,
    tokens: &[Token],
    tags: &[Tag],
    i: usize,
) -> Option<(u32, usize)> {
    let text = |k: usize| &lower[tokens[k].start..tokens[k].end];
    let first = text(i);
    let list = lex
        .phrases
        .get(first)
        .or_else(|| lex.phrases.get(tags[i].base))?;
    'phrase: for p in list {
        let mut k = i + 1;
        for want in &p.words[1..] {
            // Hyphens and slashes join words: "co-publish", "a/b test", "no-show rate".
            while k < tokens.len() && (tokens[k].is_punct(b'-') || tokens[k].is_punct(b'/')) {
                k += 1;
            }
            // "&" is "and": "up & running".
            let ok = k < tokens.len()
                && ((tokens[k].is_word() && (text(k) == *want || tags[k].base == *want))
                    || (*want == "and" && tokens[k].is_punct(b'&')));
            if !ok {
                continue 'phrase;
            }
            k += 1;
        }
        return Some((p.class, k));
    }
    None
}

#[cfg(test)]
#[path = "index_tests.rs"]
mod tests;
