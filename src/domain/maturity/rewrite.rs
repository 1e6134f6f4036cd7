//! Suggested rewrites ("Grow <metric> from <baseline> to <target>") and number formatting.
//! Numbers the coach cannot know stay as `<placeholders>` for the team to fill in.

use super::analysis::{Analysis, Head};
use super::classes::*;
use super::hints::OUTCOME_HINTS;
use super::{Span, Verdict};
use crate::domain::display::fmt_value;
use crate::domain::model::{KeyResult, KrKind};

/// A measurable title built from the structured fields, placeholders where they are empty.
pub fn suggest_from_fields(kr: &KeyResult) -> String {
    let metric = match kr.metric.trim() {
        "" => "<metric>",
        m => m,
    };
    let value = |v: Option<f64>, placeholder: &str| {
        v.map_or_else(|| placeholder.to_string(), |v| fmt_value(v, &kr.unit))
    };
    let (baseline, target) = (
        value(kr.baseline, "<baseline>"),
        value(kr.target, "<target>"),
    );
    match kr.kind {
        KrKind::Increase | KrKind::Milestone => {
            format!("Grow {metric} from {baseline} to {target}")
        }
        KrKind::Decrease => format!("Cut {metric} from {baseline} to {target}"),
        KrKind::StayAbove => format!("Keep {metric} at or above {target}"),
        KrKind::StayBelow => format!("Keep {metric} at or below {target}"),
    }
}

/// A measurable rewrite of a weak key result, naming the metric when the text hints at one.
/// In a milestone or a task the words that look like a metric name the thing built or the
/// work done ("A partner programme in place", "the events budget"), so the outcome that
/// thing is for comes first there; in a wish the metric named is the one the team meant.
pub fn suggest_from_text(a: &Analysis, verdict: Verdict) -> String {
    let hint = || outcome_hint(a).map(|h| (h.to_string(), h.starts_with("cost")));
    let named = match verdict {
        // "Deliver a weekly customer session": "customer" names the session, not a metric.
        Verdict::Binary | Verdict::Task => hint().or_else(|| {
            metric_span(a)
                .filter(|(span, _)| !modifies_a_noun(a, *span))
                .map(|(span, down)| (a.slice(span).to_string(), down))
        }),
        _ => metric_in_text(a).or_else(hint),
    };
    let (metric, down) = named.unwrap_or_else(|| ("<metric>".to_string(), false));
    let verb = if down || a.lead_class & DOWN_VERB != 0 {
        "Cut"
    } else {
        "Grow"
    };
    format!("{verb} {metric} from <baseline> to <target>")
}

/// The metric the text names ("organic traffic", "marketing ROI"), and whether it is one
/// that should go down.
fn metric_in_text(a: &Analysis) -> Option<(String, bool)> {
    metric_span(a).map(|(span, down)| (a.slice(span).to_string(), down))
}

/// Where the text names its metric, and whether that metric should go down.
fn metric_span(a: &Analysis) -> Option<(Span, bool)> {
    if a.head == Head::Metric {
        if let Some(span) = a.head_span {
            return Some((span, a.has(DOWN_METRIC)));
        }
    }
    // "Review 100 tickets": a verb of the team's own work is never the metric, even when
    // the same word can name one ("reviews" on G2). Words before the lead are an owner
    // ("Sales: …") or a list marker, never the metric.
    let after_lead = match a.lead {
        Some((_, end)) if a.lead_class & ACTIVITY_VERB != 0 => end,
        Some((start, _)) => start,
        None => 0,
    };
    // "most visited section", "is reviewed": a participle of a metric's verb names no
    // metric.
    let participle = |k: usize| a.word(k).ends_with("ed") && a.word(k) != a.tags[k].base;
    // "customer-centric": a metric word joined to an adjective names no metric.
    let in_adjective = |k: usize| {
        let joined = |x: usize| {
            a.tokens
                .get(x + 1)
                .is_some_and(|t| t.start == a.tokens[x].end)
        };
        // A known phrase ("no-show rate") is the metric whole.
        a.tags[k].phrase & METRIC == 0
            && a.tokens.get(k + 1).is_some_and(|t| t.is_punct(b'-'))
            && joined(k)
            && joined(k + 1)
            && a.tags
                .get(k + 2)
                .is_some_and(|t| t.all() & (METRIC | STOP) == 0)
    };
    let is_metric = |k: usize| a.tags[k].all() & METRIC != 0 && !participle(k);
    let i = (after_lead..a.tokens.len()).find(|&k| is_metric(k) && !in_adjective(k))?;
    let past = |k: usize| {
        let t = a.tags[k];
        if t.phrase & METRIC != 0 {
            t.phrase_end
        } else {
            k + 1
        }
    };
    // "trial signups", "customer retention rate": the metric is the whole compound.
    let mut end = past(i);
    while end < a.tokens.len() && a.tokens[end].is_word() && is_metric(end) {
        end = past(end);
    }
    let mut start = i;
    // Take the modifiers in front: "organic" traffic, "marketing" ROI.
    while start > 0 && start + 3 > i {
        let c = a.tags[start - 1].class;
        let modifier = a.tokens[start - 1].is_word()
            && c & (STOP | VAGUE | CHANGE | MILESTONE | ACTIVITY_VERB | GENERIC | BE) == 0;
        if !modifier {
            break;
        }
        start -= 1;
    }
    // "… such as reducing energy usage": the verb right before says which way it goes.
    let cut_before = (start.saturating_sub(1)..start).any(|k| a.tags[k].class & DOWN_VERB != 0);
    let down = cut_before || (start..end).any(|k| a.tags[k].all() & DOWN_METRIC != 0);
    Some((a.span(start, end)?, down))
}

/// Whether the words at `span` are followed by the noun they describe ("customer
/// session", "referral flow"): then they name a thing, not what to count.
fn modifies_a_noun(a: &Analysis, span: Span) -> bool {
    let next = (0..a.tokens.len()).find(|&k| a.tokens[k].start >= span.end);
    next.is_some_and(|k| {
        a.tokens[k].is_word()
            && a.tags[k].all() & (STOP | METRIC | FREQUENCY | UNIT | DATE | DONE | BE) == 0
    })
}

/// The metric a key result's text names, normalised for comparison ("organic visit").
pub fn metric_key(a: &Analysis) -> Option<String> {
    metric_in_text(a).map(|(name, _)| super::plan::normalise(&name))
}

/// The outcome an activity or project usually aims at: "newsletter" -> subscribers.
fn outcome_hint(a: &Analysis) -> Option<&'static str> {
    (0..a.tokens.len()).find_map(|i| {
        OUTCOME_HINTS
            .iter()
            .find(|(key, _)| a.phrase_at(i, key))
            .map(|(_, hint)| *hint)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::display::{fmt_change, fmt_number};
    use crate::domain::model::Unit;
    use crate::domain::Id;

    /// The rewrite the coach proposes for a title, with its own verdict.
    fn rewrite(title: &str) -> String {
        let a = Analysis::new(title);
        suggest_from_text(&a, super::super::verdict::classify(&a))
    }

    #[test]
    fn the_metric_named_is_the_whole_compound_and_never_an_adjective() {
        assert_eq!(
            rewrite("Reduce customer churn"),
            "Cut customer churn from <baseline> to <target>"
        );
        assert_eq!(
            rewrite("Increase customer retention"),
            "Grow customer retention from <baseline> to <target>"
        );
        assert_eq!(
            rewrite("Generate X% more trial signups"),
            "Grow trial signups from <baseline> to <target>"
        );
        // "customer-centric" describes; it names no metric.
        assert_eq!(
            rewrite("Be more customer-centric"),
            "Grow <metric> from <baseline> to <target>"
        );
        assert_eq!(
            rewrite("Reduce no-show rate"),
            "Cut no-show rate from <baseline> to <target>"
        );
        // The verb before the metric says which way it should move.
        assert_eq!(
            rewrite("Saving money, such as reducing energy usage"),
            "Cut energy usage from <baseline> to <target>"
        );
    }

    #[test]
    fn a_count_of_the_teams_work_is_rewritten_as_the_response_it_should_cause() {
        assert_eq!(
            rewrite("Send 5,000 outreach emails"),
            "Grow replies that become meetings from <baseline> to <target>"
        );
        assert_eq!(
            rewrite("Review 100 support tickets a week"),
            "Grow customer satisfaction with support from <baseline> to <target>"
        );
        // A deliverable becomes the outcome it is built for.
        assert_eq!(
            rewrite("SOC 2 certification obtained"),
            "Grow enterprise deals won from <baseline> to <target>"
        );
        // The deliverable's own name is a metric word: the outcome still comes first.
        assert_eq!(
            rewrite("A partner programme in place"),
            "Grow partner-sourced revenue from <baseline> to <target>"
        );
        // A metric word that names the thing built is not taken for the metric.
        assert_eq!(
            rewrite("Deliver a weekly customer session"),
            "Grow <metric> from <baseline> to <target>"
        );
        // What the team puts in becomes what it should bring.
        assert_eq!(
            rewrite("Increase the events budget from €40k to €60k"),
            "Grow leads sourced at events from <baseline> to <target>"
        );
    }

    #[test]
    fn numbers_are_grouped_and_trimmed() {
        assert_eq!(fmt_number(5000.0), "5,000");
        assert_eq!(fmt_number(1234567.891), "1,234,567.89");
        assert_eq!(fmt_number(1.5), "1.5");
        assert_eq!(fmt_number(-0.3), "-0.3");
        assert_eq!(fmt_value(900.0, &Unit::Duration), "15 min");
        assert_eq!(fmt_value(12.5, &Unit::Percent), "12.5%");
        let usd = Unit::Currency { code: "usd".into() };
        assert_eq!(fmt_value(500.0, &usd), "$500");
        assert_eq!(fmt_change(-0.125), "-13%");
        assert_eq!(fmt_change(0.0833), "+8%");
    }

    #[test]
    fn field_suggestions_follow_the_kind() {
        let mut kr = KeyResult::new(Id::from("kr"), "Do SEO");
        kr.metric = "organic visits".into();
        kr.baseline = Some(5000.0);
        assert_eq!(
            suggest_from_fields(&kr),
            "Grow organic visits from 5,000 to <target>"
        );
        kr.kind = KrKind::StayBelow;
        kr.target = Some(2.0);
        kr.unit = Unit::Percent;
        assert_eq!(
            suggest_from_fields(&kr),
            "Keep organic visits at or below 2%"
        );
    }

    #[test]
    fn text_suggestions_name_the_metric_or_the_usual_outcome() {
        let s = |t: &str| {
            let a = Analysis::new(t);
            suggest_from_text(&a, super::super::verdict::classify(&a))
        };
        assert_eq!(
            s("Increase engagement on social media"),
            "Grow engagement from <baseline> to <target>"
        );
        assert_eq!(
            s("Launch a newsletter"),
            "Grow newsletter subscribers from <baseline> to <target>"
        );
        assert_eq!(s("Reduce CAC"), "Cut CAC from <baseline> to <target>");
        assert_eq!(s("Be great"), "Grow <metric> from <baseline> to <target>");
    }
}
