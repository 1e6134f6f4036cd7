//! Finds what the main number of a key result counts: the noun phrase after it ("250
//! attendees"), or before it when nothing useful follows ("a total audience of 10k").

use super::analysis::{Analysis, Head};
use super::classes::*;

/// Words that may sit between a number and what it counts: "20% of new leads".
const SKIP_AFTER: &[&str] = &[
    "of",
    "in",
    "the",
    "a",
    "an",
    "our",
    "more",
    "fewer",
    "less",
    "new",
    "additional",
    "extra",
    "net",
    "number",
    "amount",
    "total",
    "most",
    // "12 pieces of earned media coverage": what the pieces are counts, not "pieces".
    "piece",
    "pieces",
];
const NOUN: u32 = METRIC | ACTIVITY_NOUN;
const VERB: u32 = CHANGE | MILESTONE | ACTIVITY_VERB | GENERIC | BE;

impl Analysis<'_> {
    pub(super) fn find_head(&mut self) {
        let primary = match self.from_to {
            Some((_, _, span)) => self
                .quantities
                .iter()
                .copied()
                .find(|&q| self.tokens[q].start >= span.start),
            None => self.quantities.first().copied(),
        };
        let (at, after) = match primary {
            Some(q) => (q, q + 1),
            None => match self.find_from(0, RELATIVE_VERB) {
                Some(v) => {
                    let t = self.tags[v];
                    (v, if t.phrase != 0 { t.phrase_end } else { v + 1 })
                }
                None => return,
            },
        };
        self.primary = Some(at);
        let found = self.phrase_after(after).or_else(|| self.phrase_before(at));
        if let Some((class, first, last)) = found {
            self.head = if class & METRIC != 0 {
                Head::Metric
            } else if class & ACTIVITY_NOUN != 0 {
                Head::Activity
            } else {
                Head::Other
            };
            self.head_span = self.span(first, last + 1);
            self.head_tokens = Some((first, last));
        }
    }

    /// The noun phrase starting at `k`: (classes of its head, first index, last index).
    /// `None` when there is none, or it is only a unit ("15 minutes").
    fn phrase_after(&self, mut k: usize) -> Option<(u32, usize, usize)> {
        let n = self.tokens.len();
        let mut skipped = 0;
        while k < n && (self.tokens[k].is_punct(b'%') || self.tokens[k].is_punct(b'/')) {
            k += 1;
        }
        while k < n && skipped < 3 && SKIP_AFTER.contains(&self.word(k)) {
            k += 1;
            skipped += 1;
        }
        let first = k;
        let (mut head, mut last, mut any, mut words, mut all_units) = (0, None, 0, 0, true);
        while k < n && words < 5 {
            let t = self.tags[k];
            let joined =
                k > 0 && (self.tokens[k - 1].is_punct(b'-') || self.tokens[k - 1].is_punct(b'/'));
            if self.tokens[k].is_punct(b'-') || self.tokens[k].is_punct(b'/') {
                k += 1;
                continue;
            }
            if !self.tokens[k].is_word() {
                break;
            }
            // A known noun phrase is taken whole, even with a function word inside
            // ("cost per lead", "a/b test").
            if t.phrase & NOUN != 0 {
                head = t.phrase;
                any |= t.phrase;
                all_units = false;
                last = Some(t.phrase_end - 1);
                k = t.phrase_end;
                words += 1;
                continue;
            }
            let c = t.class;
            // A participle after the noun starts what is said of it ("calls | shadowed by");
            // before a noun it describes it ("marketing qualified leads").
            let participle = self.word(k).ends_with("ed")
                && c & NOUN == 0
                && self
                    .tokens
                    .get(k + 1)
                    .is_none_or(|t| !t.is_word() || self.tags[k + 1].class & STOP != 0);
            let stops = c & (STOP | HOW | COMPARATOR | BE) != 0
                || (words > 0 && !joined && (c & CHANGE != 0 || participle) && c & NOUN == 0);
            if stops {
                break;
            }
            any |= c;
            all_units &= c & UNIT != 0 && c & NOUN == 0;
            // Frequencies and dates describe the head; they are not it ("monthly readers").
            if c & (FREQUENCY | DATE) == 0 || c & NOUN != 0 || last.is_none() {
                head = c;
                last = Some(k);
            }
            words += 1;
            k += 1;
        }
        let last = last?;
        if all_units {
            return None;
        }
        Some((classify(head, any), first, last))
    }

    /// The noun phrase ending just before index `at`, skipping a preposition or two.
    fn phrase_before(&self, at: usize) -> Option<(u32, usize, usize)> {
        let mut k = at;
        let mut skipped = 0;
        while k > 0 && skipped < 2 {
            let c = self.tags[k - 1].class;
            let w = self.word(k - 1);
            if c & (STOP | COMPARATOR) != 0 || matches!(w, "up" | "down") {
                k -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        let end = k;
        if end == 0 || !self.tokens[end - 1].is_word() {
            return None;
        }
        // A known phrase ending right here ("cost per lead") is the head as a whole.
        let phrase = (end.saturating_sub(6)..end)
            .find(|&j| self.tags[j].phrase & NOUN != 0 && self.tags[j].phrase_end == end);
        let (head, mut k) = match phrase {
            Some(j) => (self.tags[j].phrase | self.tags[end - 1].class, j),
            None => {
                let c = self.tags[end - 1].class;
                if stops_before(c) {
                    return None;
                }
                (c, end - 1)
            }
        };
        let mut any = head;
        while k > 0 {
            let i = k - 1;
            if self.tokens[i].is_punct(b'-') || self.tokens[i].is_punct(b'/') {
                k -= 1;
                continue;
            }
            if !self.tokens[i].is_word() || stops_before(self.tags[i].class) {
                break;
            }
            any |= self.tags[i].class;
            k = i;
        }
        Some((classify(head, any), k, end - 1))
    }
}

/// Function words and verbs end a noun phrase read backwards ("Grow | organic traffic").
fn stops_before(c: u32) -> bool {
    c & (STOP | HOW | COMPARATOR) != 0 || (c & VERB != 0 && c & NOUN == 0)
}

/// The head's own class decides; a phrase whose head is unknown leans on its other words.
fn classify(head: u32, any: u32) -> u32 {
    if head & NOUN != 0 {
        head
    } else if any & METRIC != 0 {
        METRIC
    } else {
        any & ACTIVITY_NOUN
    }
}
