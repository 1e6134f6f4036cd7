//! Findings on a measurable key result: a missing or relative baseline, a routine-sized
//! target, a volatile metric, the "how" written into the key result.

use super::analysis::Analysis;
use super::classes::*;
use super::kr::ROUTINE_CHANGE;
use super::{Finding, Severity, Span};
use crate::domain::display::fmt_change;
use crate::domain::model::{KeyResult, KrKind};

pub(super) fn mature_findings(a: &Analysis, kr: Option<&KeyResult>, out: &mut Vec<Finding>) {
    let kind = kr.map(|k| k.kind);
    let baseline = kr.and_then(|k| k.baseline).or(a.baseline);
    let target = kr.and_then(|k| k.target);
    let threshold =
        a.threshold.is_some() || matches!(kind, Some(KrKind::StayAbove | KrKind::StayBelow));
    if let (Some((span, _)), None) = (a.relative, baseline) {
        let what = a.slice(span);
        out.push(Finding::new(
            "relative-no-baseline",
            Severity::Warning,
            format!(
                "The target \"{what}\" is relative to today's value, but today's value is not \
                 written down. Record where you start, or the end-of-quarter score is a guess."
            ),
            Some(span),
        ));
    } else if baseline.is_none() && !threshold {
        out.push(Finding::new(
            "no-baseline",
            Severity::Info,
            "No starting point is given. Write down where the metric stands today, so \
             progress can be read against it.",
            None,
        ));
    }
    if let Some((span, Some(change))) = a.relative {
        if change.abs() < ROUTINE_CHANGE && !threshold {
            out.push(routine(&fmt_change(change), Some(span)));
        }
    }
    let text_pair = a.from_to.map(|(b, t, s)| (b, t, Some(s)));
    let pair = match (baseline, target) {
        (Some(b), Some(t)) if kr.is_some_and(|k| k.baseline.is_some()) => Some((b, t, None)),
        _ => text_pair,
    };
    if let Some((b, t, span)) = pair.filter(|_| !threshold) {
        if b != 0.0 && b.is_finite() && t.is_finite() && ((t - b) / b).abs() < ROUTINE_CHANGE {
            out.push(routine(&fmt_change((t - b) / b), span));
        }
        let wrong_way = match kind {
            Some(KrKind::Increase) => t < b,
            Some(KrKind::Decrease) => t > b,
            _ => false,
        };
        if wrong_way {
            out.push(Finding::new(
                "target-wrong-way",
                Severity::Warning,
                "The target lies on the wrong side of the baseline for the direction chosen: \
                 check the numbers or switch between increase and decrease.",
                None,
            ));
        }
    }
    if let Some(span) = a.find(VOLATILE) {
        out.push(Finding::new(
            "volatile-metric",
            Severity::Warning,
            format!(
                "\"{}\" swings with things the team does not control (search engines, markets, \
                 algorithms), so its ups and downs say little about your work. Consider a \
                 steadier metric you can move.",
                a.slice(span)
            ),
            Some(span),
        ));
    } else if let Some(span) = single_network(a) {
        out.push(Finding::new(
            "volatile-metric",
            Severity::Warning,
            format!(
                "Counting this on {} alone ties the result to one platform's algorithm. \
                 Count across channels, or pick an outcome the team controls.",
                a.slice(span)
            ),
            Some(span),
        ));
    }
    if let Some(i) = a.find_from(0, HOW) {
        let span = a.span(i, a.tokens.len());
        out.push(Finding::new(
            "how-in-key-result",
            Severity::Info,
            "Part of this says how you will get there. Keep the outcome in the key result \
             and list the how as a project under it.",
            span,
        ));
    }
}

fn routine(change: &str, span: Option<Span>) -> Finding {
    Finding::new(
        "routine-kpi",
        Severity::Warning,
        format!(
            "A change of {change} looks like a routine KPI the team already knows how to hit, \
             not a stretch. Track it as a KPI, or aim for a target that needs new ideas."
        ),
        span,
    )
}

/// Likes or mentions counted on exactly one network.
fn single_network(a: &Analysis) -> Option<Span> {
    if !a.has(PLATFORM_COUNT) {
        return None;
    }
    let networks: Vec<usize> = (0..a.tokens.len())
        .filter(|&i| a.tags[i].class & NETWORK != 0)
        .collect();
    let first = *networks.first()?;
    let same = networks.iter().all(|&i| a.word(i) == a.word(first));
    same.then(|| a.span(first, first + 1)).flatten()
}
