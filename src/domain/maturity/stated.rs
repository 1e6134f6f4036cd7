//! The numbers a key result's title states, read as its fields: "Cut cost per lead from
//! $70 to $45" is metric "cost per lead", unit USD, kind decrease, baseline 70, target 45.
//! The editor fills empty fields from them as the person types (`KeyResult::fill_from_title`).

use super::analysis::{Analysis, Head};
use super::classes::{CHANGE, DIRECTION, DOWN_METRIC, DOWN_VERB, METRIC};
use crate::domain::model::{KrKind, Unit};

/// What a title says about a key result's fields; `None` where it says nothing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stated {
    pub metric: Option<String>,
    pub unit: Option<Unit>,
    pub kind: Option<KrKind>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
}

impl Stated {
    pub fn is_empty(&self) -> bool {
        *self == Stated::default()
    }
}

/// Reads the numbers of `title`: a from-to, a threshold ("under $500", "at least 95%"), a
/// change from a stated baseline ("by 20%, from 1,200"), or a bare target ("to 15,000").
pub fn stated_numbers(title: &str) -> Stated {
    stated_in(&Analysis::new(title))
}

/// The same, from a title the coach has already read (its verdict reads it too).
pub(super) fn stated_in(a: &Analysis) -> Stated {
    let mut s = Stated::default();
    let down = a.lead_class & DOWN_VERB != 0;
    if let Some((from, to, _)) = a.from_to {
        s.baseline = Some(from);
        s.target = Some(to);
        s.kind = Some(if to < from {
            KrKind::Decrease
        } else {
            KrKind::Increase
        });
    } else if let Some(span) = a.threshold {
        let words = a.slice(span).to_ascii_lowercase();
        let below = [
            "under",
            "below",
            "at most",
            "less than",
            "no more than",
            "max",
            "<",
            "≤",
            "⩽",
        ]
        .iter()
        .any(|w| words.contains(w));
        s.kind = Some(if below {
            KrKind::StayBelow
        } else {
            KrKind::StayAbove
        });
        s.target = first_amount(a, span.start, span.end);
    } else if let (Some((_, Some(change))), Some(base)) = (a.relative, a.baseline) {
        s.baseline = Some(base);
        s.target = Some(round(base * (1.0 + change)));
        s.kind = Some(if change < 0.0 {
            KrKind::Decrease
        } else {
            KrKind::Increase
        });
    } else if let Some(i) = to_amount(a) {
        s.target = a.num(i).map(|n| n.value);
        s.kind = Some(if down {
            KrKind::Decrease
        } else {
            KrKind::Increase
        });
    }
    if s.target.is_some() {
        s.unit = unit_of(a, [s.baseline, s.target]);
        s.metric = metric_before_from_to(a).or_else(|| {
            (a.head == Head::Metric)
                .then_some(a.head_span)
                .flatten()
                .map(|h| a.slice(h).trim().to_string())
                .filter(|m| !m.is_empty())
        });
    }
    s
}

/// "Raise trial-to-paid conversion for SMB accounts from 8% to 12%": what the verb moves,
/// up to where the from-to starts, qualifiers included ("for SMB accounts", "on the
/// pricing page" say which conversion). Only after a verb of change, and only when those
/// words name a metric.
fn metric_before_from_to(a: &Analysis) -> Option<String> {
    let (_, _, span) = a.from_to?;
    let (verb, first) = a.lead?;
    // The verb's own classes: "Reduce time to first value" reads as a subject to the
    // lead rules ("to" after two words), but its first word is still a verb of change.
    if (a.lead_class | a.tags[verb].class) & (CHANGE | DIRECTION) == 0 {
        return None;
    }
    let end = (first..a.tokens.len()).find(|&k| a.tokens[k].start >= span.start)?;
    if end <= first || !(first..end).any(|k| a.tags[k].all() & (METRIC | DOWN_METRIC) != 0) {
        return None;
    }
    let mut metric = a.text[a.tokens[first].start..a.tokens[end - 1].end].trim();
    for article in ["the ", "our ", "a ", "an ", "your ", "their "] {
        if metric.len() > article.len() && metric[..article.len()].eq_ignore_ascii_case(article) {
            metric = metric[article.len()..].trim_start();
            break;
        }
    }
    (!metric.is_empty() && metric.len() <= MAX_METRIC_CHARS).then(|| metric.to_string())
}

/// Past this a "metric" read from a title is a sentence, and the head noun serves better.
const MAX_METRIC_CHARS: usize = 80;

/// A relative target keeps the precision people write: 1,200 x 1.2 is 1,440, not 1440.0000001.
fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The first amount whose token starts inside `start..end`.
fn first_amount(a: &Analysis, start: usize, end: usize) -> Option<f64> {
    a.quantities
        .iter()
        .filter(|&&q| a.tokens[q].start >= start && a.tokens[q].start < end)
        .find_map(|&q| a.num(q))
        .map(|n| n.value)
}

/// "to 15,000", "reach 40%": the amount after "to" or "reach".
fn to_amount(a: &Analysis) -> Option<usize> {
    a.quantities
        .iter()
        .copied()
        .find(|&q| q > 0 && matches!(a.word(q - 1), "to" | "reach" | "hit" | "achieve"))
}

/// The unit the baseline or target is written in: a currency sign, a percent sign. A
/// change ("by 20%") says nothing of the metric's unit.
fn unit_of(a: &Analysis, values: [Option<f64>; 2]) -> Option<Unit> {
    for &q in &a.quantities {
        let Some(n) = a.num(q) else { continue };
        if !values.contains(&Some(n.value)) {
            continue;
        }
        if n.percent {
            return Some(Unit::Percent);
        }
        if n.currency {
            let sign = a.text[a.tokens[q].start..].chars().next().unwrap_or('$');
            let code = match sign {
                '€' => "EUR",
                '£' => "GBP",
                '¥' => "JPY",
                _ => "USD",
            };
            return Some(Unit::Currency { code: code.into() });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd() -> Option<Unit> {
        Some(Unit::Currency { code: "USD".into() })
    }

    /// Title, then kind, baseline, target, unit.
    type Case = (
        &'static str,
        Option<KrKind>,
        Option<f64>,
        Option<f64>,
        Option<Unit>,
    );

    /// One row a case.
    #[test]
    fn titles_state_their_numbers() {
        let cases: &[Case] = &[
            (
                "Cut cost per lead from $70 to $45",
                Some(KrKind::Decrease),
                Some(70.0),
                Some(45.0),
                usd(),
            ),
            (
                "Lift signup conversion from 1.5% to 3%",
                Some(KrKind::Increase),
                Some(1.5),
                Some(3.0),
                Some(Unit::Percent),
            ),
            (
                "Keep cost per acquisition under $500",
                Some(KrKind::StayBelow),
                None,
                Some(500.0),
                usd(),
            ),
            (
                "Keep uptime at least 99.5%",
                Some(KrKind::StayAbove),
                None,
                Some(99.5),
                Some(Unit::Percent),
            ),
            (
                "Grow organic visits to 15,000 a month",
                Some(KrKind::Increase),
                None,
                Some(15_000.0),
                None,
            ),
            (
                "Grow weekly signups by 20%, up from 1,200",
                Some(KrKind::Increase),
                Some(1_200.0),
                Some(1_440.0),
                None,
            ),
            (
                "Reduce churn by 10%, down from 5%",
                Some(KrKind::Decrease),
                Some(5.0),
                Some(4.5),
                Some(Unit::Percent),
            ),
            (
                "Cut CAC from €420 to €300",
                Some(KrKind::Decrease),
                Some(420.0),
                Some(300.0),
                Some(Unit::Currency { code: "EUR".into() }),
            ),
            (
                "Keep churn ≤ 2%",
                Some(KrKind::StayBelow),
                None,
                Some(2.0),
                Some(Unit::Percent),
            ),
            (
                "Keep NPS ≥ 40",
                Some(KrKind::StayAbove),
                None,
                Some(40.0),
                None,
            ),
        ];
        for (title, kind, baseline, target, unit) in cases {
            let s = stated_numbers(title);
            assert_eq!(
                (s.kind, s.baseline, s.target, s.unit.clone()),
                (*kind, *baseline, *target, unit.clone()),
                "{title}"
            );
        }
        assert_eq!(
            stated_numbers("Cut cost per lead from $70 to $45")
                .metric
                .as_deref(),
            Some("cost per lead")
        );
    }

    #[test]
    fn the_metric_keeps_the_words_that_say_which_one() {
        // (title, metric): what the verb moves, up to the from-to.
        for (title, metric) in [
            ("Grow weekly signups from 1,000 to 2,000", "weekly signups"),
            (
                "Raise trial-to-paid conversion for SMB accounts from 8% to 12%",
                "trial-to-paid conversion for SMB accounts",
            ),
            (
                "Increase conversion on the pricing page from 2% to 3%",
                "conversion on the pricing page",
            ),
            (
                "Grow MQLs from paid social from 120 to 300",
                "MQLs from paid social",
            ),
            (
                "Reduce time to first value from 14 days to 3 days",
                "time to first value",
            ),
            (
                "Grow the share of revenue from enterprise from 20% to 35%",
                "share of revenue from enterprise",
            ),
        ] {
            assert_eq!(
                stated_numbers(title).metric.as_deref(),
                Some(metric),
                "{title}"
            );
        }
        // No verb of change in front: the head noun, as before.
        assert_eq!(
            stated_numbers("Blog drives trials from 100 to 500")
                .metric
                .as_deref(),
            Some("trials")
        );
    }

    #[test]
    fn titles_without_numbers_state_nothing() {
        for title in [
            "Launch the new pricing page",
            "Improve our brand",
            "",
            "Write 4 articles",
        ] {
            let s = stated_numbers(title);
            assert!(s.target.is_none(), "{title}: {s:?}");
        }
    }
}
