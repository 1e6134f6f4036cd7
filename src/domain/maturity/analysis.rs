//! Reads the features of one key result: its leading verb, its numbers, what those numbers
//! count, and the patterns that make a target readable (from-to, "by N%", thresholds).
//! The verdict rules in `verdict.rs` only combine these features.

use super::classes::*;
use super::index::{tag, Tag};
use super::tokens::{tokenize, Num, Token};
use super::Span;

/// What the main number of a key result counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// Nothing recognisable, or no number.
    None,
    /// Work done: articles, webinars, calls.
    Activity,
    /// An outcome: visits, leads, revenue.
    Metric,
    /// A noun the lexicon does not know: "partners in three countries".
    Other,
}

pub struct Analysis<'a> {
    pub text: &'a str,
    lower: String,
    pub tokens: Vec<Token>,
    pub tags: Vec<Tag>,
    /// Union of every class found in the text.
    pub all: u32,
    /// Index of the leading verb (or first content word) and the index after it.
    pub lead: Option<(usize, usize)>,
    /// The first token of the key result proper, after a list marker ("3.") or an owner
    /// ("Sales:"): where rules that read "the title opens with …" look.
    pub start: usize,
    /// Classes of the lead when it is used as a verb; 0 for "Share of voice ...".
    pub lead_class: u32,
    /// Numbers that are amounts (not dates, ranks or ordinals).
    pub quantities: Vec<usize>,
    /// The main amount: the "from" number of a from-to, else the first quantity, else a
    /// multiplying verb ("double").
    pub primary: Option<usize>,
    pub head: Head,
    pub head_span: Option<Span>,
    /// The tokens of `head_span`, first to last inclusive.
    pub(super) head_tokens: Option<(usize, usize)>,
    /// Baseline and target read from "from A to B".
    pub from_to: Option<(f64, f64, Span)>,
    /// Where the metric stands today, when the text says it.
    pub baseline: Option<f64>,
    /// A target relative to today's value ("by 25%", "30% more", "double"), with the
    /// relative change when known (0.25 for "by 25%").
    pub relative: Option<(Span, Option<f64>)>,
    /// "under $500", "at least 95%".
    pub threshold: Option<Span>,
}

const NOUNS: u32 = METRIC | ACTIVITY_NOUN;
const FILLERS: &[&str] = &[
    "we",
    "i",
    "did",
    "will",
    "to",
    "successfully",
    "fully",
    "finally",
    "also",
];
/// Words before a year-like number that make it a date ("in 2027", "the 2027 guidelines").
const YEAR_MARKERS: &[&str] = &[
    "in", "by", "of", "since", "until", "before", "end", "fy", "the", "our",
];

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str) -> Self {
        let lower = text.to_ascii_lowercase();
        let mut tokens = tokenize(&lower);
        let tags = tag(&lower, &mut tokens);
        let all = tags.iter().fold(0, |acc, t| acc | t.all());
        let mut a = Analysis {
            text,
            lower,
            tokens,
            tags,
            all,
            lead: None,
            start: 0,
            lead_class: 0,
            quantities: Vec::new(),
            primary: None,
            head: Head::None,
            head_span: None,
            head_tokens: None,
            from_to: None,
            baseline: None,
            relative: None,
            threshold: None,
        };
        a.find_lead();
        a.find_quantities();
        a.find_patterns();
        a.find_head();
        a
    }

    pub fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .filter(|t| t.is_word())
            .map_or("", |t| &self.lower[t.start..t.end])
    }

    pub fn num(&self, i: usize) -> Option<Num> {
        self.tokens.get(i).and_then(Token::num)
    }

    /// "1. Launch …": a number and a full stop open the title.
    fn list_marker(&self) -> bool {
        self.num(0).is_some() && self.tokens.get(1).is_some_and(|t| t.is_punct(b'.'))
    }

    /// "3,000 smart contracts deployed": the key result opens with a count, so it says how
    /// many, not that one thing is done. "One enablement session delivered" names one.
    pub fn opens_with_count(&self) -> bool {
        self.quantities.first() == Some(&self.start) && !self.names_one(self.start)
    }

    /// Whether the number at `i` is one thing ("1 diagram", "one partner"): not a share
    /// ("1%", "$1"), a ratio ("1 in 5 demos") or a large amount ("1 million impressions").
    pub fn names_one(&self, i: usize) -> bool {
        self.num(i)
            .is_some_and(|n| n.value == 1.0 && !n.percent && !n.currency && !n.formatted)
            && !matches!(
                self.word(i + 1),
                "in" | "out" | "of" | "million" | "thousand" | "billion" | "hundred" | "k" | "m"
            )
    }

    /// Whether the word at `k` opens a noun phrase naming one thing ("a", "the", "our").
    pub fn is_article(&self, k: usize) -> bool {
        matches!(self.word(k), "a" | "an" | "the" | "our")
    }

    /// Whether the word at `k` is a unit of time ("3 hours", "within 2 days").
    pub fn is_duration(&self, k: usize) -> bool {
        matches!(
            self.tags.get(k).map_or("", |t| t.base),
            "hour" | "hr" | "minute" | "min" | "second" | "sec" | "day" | "week"
        ) || matches!(
            self.word(k),
            "hours" | "minutes" | "seconds" | "secs" | "ms" | "days" | "weeks"
        )
    }

    /// Indices of the tokens that name what the main number counts (empty when none).
    pub fn head_range(&self) -> std::ops::Range<usize> {
        self.head_tokens
            .map_or(0..0, |(first, last)| first..last + 1)
    }

    pub fn has(&self, class: u32) -> bool {
        self.all & class != 0
    }

    /// Byte span of tokens `from..to` (exclusive) in the original text.
    pub fn span(&self, from: usize, to: usize) -> Option<Span> {
        let first = self.tokens.get(from)?;
        let last = self.tokens.get(to.max(from + 1) - 1)?;
        Some(Span {
            start: first.start,
            end: last.end,
        })
    }

    /// Span of the first word or phrase carrying `class`.
    pub fn find(&self, class: u32) -> Option<Span> {
        let i = self.tags.iter().position(|t| t.all() & class != 0)?;
        let t = self.tags[i];
        let end = if t.phrase & class != 0 {
            t.phrase_end
        } else {
            i + 1
        };
        self.span(i, end)
    }

    /// Index of the first token at or after `i` carrying `class`.
    pub fn find_from(&self, i: usize, class: u32) -> Option<usize> {
        (i..self.tags.len()).find(|&k| self.tags[k].all() & class != 0)
    }

    /// The original text of token `i`.
    pub fn slice_of(&self, i: usize) -> &'a str {
        self.span(i, i + 1).map_or("", |s| self.slice(s))
    }

    pub fn slice(&self, span: Span) -> &'a str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    fn find_lead(&mut self) {
        let mut i = 0;
        // List markers: "1. Launch ...", "- Launch ...".
        if self.list_marker() {
            i = 2;
        }
        // "[momack2] Form 3+ partnerships": an owner's handle in brackets.
        if self.tokens.get(i).is_some_and(|t| t.is_punct(b'[')) {
            if let Some(close) =
                (i + 1..self.tokens.len().min(i + 6)).find(|&k| self.tokens[k].is_punct(b']'))
            {
                i = close + 1;
            }
        }
        if let Some(after) = self.owner_label(i) {
            i = after;
        }
        self.start = i;
        while self
            .tokens
            .get(i)
            .is_some_and(|t| !t.is_word() && t.num().is_none())
        {
            i += 1;
        }
        while i < self.tokens.len() && FILLERS.contains(&self.word(i)) {
            i += 1;
        }
        if i >= self.tokens.len() || !self.tokens[i].is_word() {
            return;
        }
        let tag = self.tags[i];
        let end = if tag.phrase != 0 {
            tag.phrase_end
        } else {
            i + 1
        };
        self.lead = Some((i, end));
        // A verb is never followed by "of" ("Share of voice"), and a sentence whose first
        // words are followed by a conjugated verb starts with its subject ("Blog drives
        // 500 trials", "Email list reaches 50k").
        // "Support tickets per active customer": words before "per" name a rate, a metric,
        // so the first word is no verb.
        let rate_named = (end..self.tokens.len().min(end + 3))
            .take_while(|&k| self.tokens[k].is_word())
            .any(|k| self.word(k) == "per");
        if self.word(end) != "of" && !self.subject_first(end) && !rate_named {
            self.lead_class = tag.lead();
        }
    }

    /// "Sales: Update the pricing model", "VP Field Ops KR: …", "Director, Fulfillment: …": who owns the key result,
    /// written before a colon. The key result starts after it. A metric before a colon
    /// ("Signups: from 500 to 800") is not a label: the words after it are no verb.
    fn owner_label(&self, from: usize) -> Option<usize> {
        let colon = (from + 1..self.tokens.len().min(from + 12))
            .find(|&k| self.tokens[k].is_punct(b':'))?;
        // "Director, Fulfillment:", "Product - Growth:", "Sr. Director of PM:".
        let words_only = (from..colon).all(|k| {
            let t = &self.tokens[k];
            t.is_word()
                || [b'(', b')', b'&', b',', b'-', b'.']
                    .iter()
                    .any(|&c| t.is_punct(c))
        });
        let named_kr = matches!(self.word(colon - 1), "kr" | "krs" | "okr" | "okrs");
        let verb_follows = self.tags.get(colon + 1).is_some_and(|t| {
            t.lead() & (MILESTONE | PROJECT | ACTIVITY_VERB | CHANGE | DIRECTION) != 0
        });
        (words_only && (named_kr || verb_follows)).then_some(colon + 1)
    }

    fn subject_first(&self, from: usize) -> bool {
        for k in from..(from + 4).min(self.tokens.len()) {
            let t = self.tags[k];
            if !self.tokens[k].is_word() || t.class & STOP != 0 {
                return false;
            }
            let w = self.word(k);
            let conjugated = (w.ends_with('s') || w.ends_with("ed")) && w != t.base;
            if conjugated && t.class & (CHANGE | DIRECTION) != 0 && t.class & NOUNS == 0 {
                return true;
            }
        }
        false
    }

    /// Whether the words of `phrase` start at token `i` (plural and past forms allowed).
    pub fn phrase_at(&self, i: usize, phrase: &str) -> bool {
        // Phrase lists are tried at every token of every key result: turn most tokens away
        // on the first letter before walking the phrase (its first word must be this
        // token's word, base form or singular, unless `-` or `/` come first).
        if let (Some(first), Some(t)) = (phrase.as_bytes().first(), self.tokens.get(i)) {
            let skipped = t.is_punct(b'-') || t.is_punct(b'/');
            let starts = |w: &str| w.as_bytes().first() == Some(first);
            if !skipped && *first != b' ' && !starts(self.word(i)) && !starts(self.tags[i].base) {
                return false;
            }
        }
        let mut k = i;
        phrase.split(' ').all(|part| {
            while self
                .tokens
                .get(k)
                .is_some_and(|t| t.is_punct(b'-') || t.is_punct(b'/'))
            {
                k += 1;
            }
            // A plural matches its singular ("tickets" for "ticket").
            let ok = k < self.tokens.len()
                && (self.word(k) == part
                    || self.tags[k].base == part
                    || self.word(k).strip_suffix('s') == Some(part));
            k += 1;
            ok
        })
    }

    fn find_quantities(&mut self) {
        for i in 0..self.tokens.len() {
            let Some(n) = self.num(i) else { continue };
            // "90-day active", "7-day activation rate": a window the metric is read over.
            let bounded = i > 0 && self.tokens[i - 1].is_punct(b'<');
            let window = !bounded
                && self.tokens.get(i + 1).is_some_and(|t| t.is_punct(b'-'))
                && self.tags.get(i + 2).is_some_and(|t| t.class & UNIT != 0);
            // "3. Launch …": a list marker, not an amount.
            let marker = i == 0 && self.list_marker();
            if n.ordinal || window || marker || self.is_date(i, n) {
                continue;
            }
            self.quantities.push(i);
        }
    }

    fn is_date(&self, i: usize, n: Num) -> bool {
        // "5x Q3 revenue": a multiple is never a date, whatever period follows it.
        if n.times {
            return false;
        }
        let near_month = |k: Option<usize>| k.is_some_and(|k| self.tags[k].class & DATE != 0);
        if near_month(i.checked_sub(1)) || near_month(Some(i + 1).filter(|&k| k < self.tags.len()))
        {
            return true;
        }
        let year_like =
            !n.formatted && !n.percent && !n.currency && (1990.0..=2100.0).contains(&n.value);
        // "within the first two weeks", "in the next 3 months": when, not how much.
        let span_of_time = i > 0
            && matches!(self.word(i - 1), "first" | "next")
            && self.tags.get(i + 1).is_some_and(|t| t.class & UNIT != 0);
        if span_of_time {
            return true;
        }
        // "by 4/21", "on 3/15": a month and a day.
        // "Cut churn by 1/3" is a fraction: not after a verb of change.
        let day_of_month = |k: usize| self.num(k).is_some_and(|n| n.value <= 31.0 && !n.percent);
        let month = |k: usize| self.num(k).is_some_and(|n| (1.0..=12.0).contains(&n.value));
        let marked =
            |k: usize| k > 0 && matches!(self.word(k - 1), "by" | "on" | "until" | "before");
        let slash_date = self.lead_class & (CHANGE | DIRECTION) == 0
            && ((self.tokens.get(i + 1).is_some_and(|t| t.is_punct(b'/'))
                && month(i)
                && day_of_month(i + 2)
                && marked(i))
                || (i >= 2 && self.tokens[i - 1].is_punct(b'/') && month(i - 2) && marked(i - 2)));
        if slash_date && n.value <= 31.0 {
            return true;
        }
        // "1H 2016", "2H 2025": a half of a year, and the year after it.
        let half = |k: usize| {
            matches!(self.slice_of(k), "1H" | "2H" | "1h" | "2h")
                && self
                    .num(k + 1)
                    .is_some_and(|y| (1990.0..=2100.0).contains(&y.value))
        };
        if half(i) || (i > 0 && half(i - 1)) {
            return true;
        }
        let after_marker = i > 0 && YEAR_MARKERS.contains(&self.word(i - 1));
        let nothing_after = self.tokens.get(i + 1).is_none_or(|t| !t.is_word());
        year_like && (after_marker || nothing_after)
    }

    pub(super) fn quantity_at(&self, i: usize) -> Option<Num> {
        self.quantities.contains(&i).then(|| self.num(i)).flatten()
    }
}
