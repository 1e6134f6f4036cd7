//! The patterns that make a target readable: "from A to B", "by N%", "30% more",
//! thresholds ("under $500"), multipliers ("double") and a stated baseline ("up from 25%").

use super::analysis::Analysis;
use super::classes::*;

impl Analysis<'_> {
    pub(super) fn find_patterns(&mut self) {
        let n = self.tokens.len();
        for i in 0..n {
            // Read the word first: the checks below update `self`.
            let w = self.word(i);
            let is_by = w == "by";
            let names_baseline = matches!(
                w,
                "currently" | "today" | "baseline" | "vs" | "versus" | "was"
            ) || (matches!(w, "up" | "down") && self.word(i + 1) == "from");
            let factor = super::hints::RELATIVE_FACTORS
                .iter()
                .find(|(phrase, _)| self.phrase_at(i, phrase))
                .map(|(_, f)| f - 1.0);
            let c = self.tags[i];
            // from A [up to 3 words] to B; or A [units] to B.
            if let Some(a) = self.quantity_at(i) {
                let preceded_by_from = i > 0 && self.word(i - 1) == "from";
                let max_gap = if preceded_by_from { 3 } else { 2 };
                if let Some(j) = self.find_to(i + 1, max_gap, preceded_by_from) {
                    if let Some(b) = self.quantity_at(j) {
                        let start = if preceded_by_from { i - 1 } else { i };
                        if self.from_to.is_none() {
                            let span = self.span(start, j + 1);
                            self.from_to = span.map(|s| (a.value, b.value, s));
                            self.baseline = Some(a.value);
                        }
                    }
                }
                // "30% more", "20% increase", "3x".
                let next = self.tags.get(i + 1).map_or(0, |t| t.class);
                // "3x 5-minute videos", "2x SREs": "x" counts things, it multiplies nothing.
                // "3x newsletter signups" multiplies: the phrase ends in a metric.
                let last_noun = (i + 1..self.tokens.len())
                    .take_while(|&k| self.tokens[k].is_word() && self.tags[k].class & STOP == 0)
                    .last();
                let counts_things = self.num(i + 1).is_some()
                    || last_noun.is_some_and(|k| {
                        let c = self.tags[k].all();
                        c & (ACTIVITY_NOUN | ROLE) != 0 && c & METRIC == 0
                    });
                if (next & RELATIVE_MARK != 0 && self.word(i + 1) != "up")
                    || (a.times && !counts_things)
                {
                    let change = if a.percent {
                        Some(a.value / 100.0)
                    } else {
                        None
                    };
                    let end = if a.times { i + 1 } else { i + 2 };
                    self.set_relative(i, end, change);
                }
                if a.or_more
                    || self
                        .tags
                        .get(i + 1)
                        .is_some_and(|t| t.phrase & COMPARATOR != 0)
                {
                    let end = if a.or_more { i + 1 } else { i + 3 };
                    self.threshold = self.threshold.or(self.span(i, end));
                }
            }
            if is_by {
                if let Some(q) = self.quantity_at(i + 1) {
                    let change = q.percent.then_some(q.value / 100.0);
                    self.set_relative(i, i + 2, change);
                }
            }
            // "up from 25%", "currently 4%", "vs 120 today".
            if names_baseline {
                if let Some(&q) = self.quantities.iter().find(|&&q| q > i && q <= i + 3) {
                    self.baseline = self.baseline.or(self.num(q).map(|n| n.value));
                }
            }
            // "<2%", ">5% CTR"; a ">" after a number or a dash is an arrow ("300 -> 600").
            let greater = self.tokens[i].is_punct(b'>')
                && i.checked_sub(1)
                    .is_none_or(|k| self.num(k).is_none() && !self.tokens[k].is_punct(b'-'));
            if c.lead() & COMPARATOR != 0 || self.tokens[i].is_punct(b'<') || greater {
                let end = if c.phrase & COMPARATOR != 0 {
                    c.phrase_end
                } else {
                    i + 1
                };
                if self.quantity_at(end).is_some() {
                    self.threshold = self.threshold.or(self.span(i, end + 1));
                }
            }
            if c.lead() & RELATIVE_VERB != 0 {
                let end = if c.phrase != 0 { c.phrase_end } else { i + 1 };
                self.set_relative(i, end, factor);
            }
        }
        self.direction_percent();
        if self.has(PERIOD_OVER) && !self.quantities.is_empty() && self.relative.is_none() {
            let change = self
                .num(self.quantities[0])
                .filter(|q| q.percent)
                .map(|q| q.value / 100.0);
            self.relative = self.find(PERIOD_OVER).map(|s| (s, change));
        }
    }

    /// "Grows 50%", "Cut churn 20%": a direction verb with a bare percentage is a change.
    fn direction_percent(&mut self) {
        if self.relative.is_some() || self.from_to.is_some() || self.threshold.is_some() {
            return;
        }
        let Some(&q) = self.quantities.first() else {
            return;
        };
        let Some(num) = self.num(q).filter(|n| n.percent) else {
            return;
        };
        let before = q.checked_sub(1).map_or("", |k| self.word(k));
        let after = self.word(q + 1);
        let absolute = matches!(before, "to" | "at" | "of" | "from") || after == "of";
        // "Support tickets down 30%", "Traffic up 40%": the direction is said after the noun.
        let said_after = matches!(before, "up" | "down");
        if said_after || (!absolute && self.find_from(0, DIRECTION).is_some_and(|d| d < q)) {
            self.set_relative(q, q + 1, Some(num.value / 100.0));
        }
    }

    fn set_relative(&mut self, from: usize, to: usize, change: Option<f64>) {
        // "Reduce CPA by 15%" is a change of -15%; "halve" already carries its sign.
        let down = self.lead_class & DOWN_VERB != 0 && self.lead_class & RELATIVE_VERB == 0;
        let change = change.map(|c| if down && c > 0.0 { -c } else { c });
        if self.relative.is_none() {
            self.relative = self.span(from, to).map(|s| (s, change));
        }
    }

    /// The index of the number after "to" (or an arrow) within `max_gap` tokens of `i`.
    /// Without "from", only units may sit in the gap ("15 minutes to 1 minute").
    fn find_to(&self, i: usize, max_gap: usize, any_word: bool) -> Option<usize> {
        for k in i..(i + max_gap + 1).min(self.tokens.len()) {
            let t = &self.tokens[k];
            if self.word(k) == "to" || t.is_punct(b'>') {
                return Some(k + 1);
            }
            let unit_like = t.is_punct(b'/') || self.tags[k].class & (UNIT | FREQUENCY) != 0;
            if !(t.is_word() && (any_word || unit_like) || t.is_punct(b'/')) {
                return None;
            }
        }
        None
    }
}
