//! The coach's assessment of one key result: the verdict (`verdict.rs` decides it), the
//! findings and marked words behind it, the maturing questions and a rewrite.

use super::analysis::Analysis;
use super::classes::*;
use super::findings::mature_findings;
use super::rewrite::{suggest_from_fields, suggest_from_text};
use super::states::state_word;
use super::verdict::classify;
use super::{Finding, KrAssessment, Severity, Span, Verdict};
use crate::domain::model::{KeyResult, KrKind};

const HOW_KNOW: &str = "How will we know we did this?";
const WHY_NEED: &str = "Why do we need this?";
const WHICH_NUMBER: &str = "Which number would move if this worked?";
const WHAT_RESULT: &str = "What result should this work bring, and how do we count it?";

/// Below this relative change a target reads as business as usual, not a stretch.
pub const ROUTINE_CHANGE: f64 = 0.15;

/// The coach's reading of a key result from its text alone.
pub fn assess_text(text: &str) -> KrAssessment {
    let a = Analysis::new(text);
    let verdict = classify(&a);
    let mut out = assess(&a, verdict, None);
    if verdict != Verdict::Mature {
        out.suggestion = Some(suggest_from_text(&a, verdict));
    }
    out
}

/// The coach's reading of a key result from its text and its structured fields: a weak
/// title with a metric and a target set is still measurable; a milestone kind is binary.
pub fn assess_key_result(kr: &KeyResult) -> KrAssessment {
    let a = Analysis::new(&kr.title);
    let from_text = classify(&a);
    let verdict = verdict_from_fields(kr).unwrap_or(from_text);
    let mut out = assess(&a, verdict, Some(kr));
    let fields = suggest_from_fields(kr);
    if kr.kind == KrKind::Milestone {
        out.findings.retain(|f| f.code != "binary-milestone");
        let message = "This key result is set up as a milestone: it is done or not done, so \
                       nobody can see progress until the very end. Measure what should change \
                       once it is done.";
        out.findings.insert(
            0,
            Finding::new("binary-milestone", Severity::Problem, message, None),
        );
    } else if verdict == Verdict::Mature && from_text != Verdict::Mature {
        let reads_as = match from_text {
            Verdict::Task => "a task",
            Verdict::Binary => "a milestone",
            _ => "a wish",
        };
        let message = format!(
            "The fields make this measurable, but the title reads like {reads_as}. A title \
             that names the change helps everyone: \"{fields}\"."
        );
        out.findings
            .push(Finding::new("weak-title", Severity::Info, message, None));
    }
    out.findings.extend(title_disagrees(kr, &a));
    if verdict != Verdict::Mature || from_text != Verdict::Mature {
        out.suggestion = if kr.metric.trim().is_empty() {
            Some(suggest_from_text(&a, verdict))
        } else {
            Some(fields)
        };
    }
    out
}

/// The verdict alone, the same as `assess_key_result` gives. Where the fields decide it
/// (a milestone kind; a metric and a target), the title is not read: the sheet preview and
/// the projector view show only the verdict, for every key result at once.
pub fn key_result_verdict(kr: &KeyResult) -> Verdict {
    verdict_from_fields(kr).unwrap_or_else(|| classify(&Analysis::new(&kr.title)))
}

/// A milestone kind is binary; a metric with a target is measurable whatever the title.
fn verdict_from_fields(kr: &KeyResult) -> Option<Verdict> {
    if kr.kind == KrKind::Milestone {
        Some(Verdict::Binary)
    } else if !kr.metric.trim().is_empty() && kr.target.is_some() {
        Some(Verdict::Mature)
    } else {
        None
    }
}

/// Where the title states a baseline or target and the person typed another into the field,
/// say which is which, so the two are made to agree.
fn title_disagrees(kr: &KeyResult, a: &Analysis) -> Option<Finding> {
    if kr.baseline.is_none() && kr.target.is_none() {
        return None;
    }
    let stated = super::stated::stated_in(a);
    let show = |x: f64| crate::domain::display::fmt_value(x, &kr.unit);
    let mut parts = Vec::new();
    for (name, said, field) in [
        ("baseline", stated.baseline, kr.baseline),
        ("target", stated.target, kr.target),
    ] {
        if let (Some(said), Some(field)) = (said, field) {
            if (said - field).abs() > f64::EPSILON * said.abs().max(1.0) {
                parts.push(format!(
                    "the title says the {name} is {}, the {name} field says {}",
                    show(said),
                    show(field)
                ));
            }
        }
    }
    if parts.is_empty() {
        return None;
    }
    let message = format!(
        "The title and the numbers disagree: {}. Progress follows the fields; change one so they agree.",
        parts.join("; ")
    );
    Some(Finding::new(
        "title-fields-disagree",
        Severity::Warning,
        message,
        None,
    ))
}

fn lead_span(a: &Analysis) -> Option<Span> {
    a.lead.and_then(|(from, to)| a.span(from, to))
}

fn assess(a: &Analysis, verdict: Verdict, kr: Option<&KeyResult>) -> KrAssessment {
    let mut findings = Vec::new();
    let questions = match verdict {
        Verdict::Mature => Vec::new(),
        Verdict::Binary => vec![HOW_KNOW, WHY_NEED, WHICH_NUMBER],
        Verdict::Task => vec![WHY_NEED, HOW_KNOW, WHAT_RESULT],
        Verdict::Vague => vec![HOW_KNOW, WHY_NEED, WHICH_NUMBER],
    };
    // A launch verb is the trigger; without one, the word that says the thing is
    // finished or true ("GDPR policy fully implemented", "ProtoSchool has a roadmap").
    let milestone_span = if a.lead_class & (MILESTONE | PROJECT) != 0 {
        lead_span(a)
    } else {
        state_word(a)
            .and_then(|k| a.span(k, k + 1))
            .or_else(|| lead_span(a))
    };
    match verdict {
        Verdict::Binary => findings.push(Finding::new(
            "binary-milestone",
            Severity::Problem,
            "Done or not done: half-way through the quarter nobody can tell how far along \
             this is. Ask what should change once it is done, and measure that change.",
            milestone_span,
        )),
        Verdict::Task => findings.push(Finding::new(
            "task-output",
            Severity::Problem,
            "This counts work the team will do, not what the work should achieve. Keep the \
             work as a project, and make the key result the effect it should have.",
            lead_span(a).or(a.head_span),
        )),
        Verdict::Vague => findings.push(Finding::new(
            "vague-wish",
            Severity::Problem,
            "There is no number here, so at the end of the quarter nobody can say whether \
             it happened. Name the metric, where it stands today and where it should get to.",
            a.find(VAGUE | SUPERLATIVE).or(lead_span(a)),
        )),
        Verdict::Mature => mature_findings(a, kr, &mut findings),
    }
    if let Some(span) = a.find(SUPERLATIVE) {
        let word = a.slice(span);
        findings.push(Finding::new(
            "superlative",
            Severity::Warning,
            format!("\"{word}\" cannot be checked: say at what, for whom, and how you would tell."),
            Some(span),
        ));
    }
    KrAssessment {
        verdict,
        findings,
        questions,
        suggestion: None,
    }
}

#[cfg(test)]
#[path = "kr_tests.rs"]
mod tests;
