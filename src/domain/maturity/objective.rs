//! Checks on an objective's title: it should give a direction, not a number, a project or
//! an empty superlative.

use super::analysis::Analysis;
use super::classes::*;
use super::verdict::classify;
use super::{Finding, Severity, Verdict};
use crate::domain::model::Objective;

/// Titles longer than this are hard to remember (Quantive's design score uses the same).
pub const MAX_OBJECTIVE_CHARS: usize = 70;

/// Findings on an objective's title; empty when it reads well.
pub fn check_objective(o: &Objective) -> Vec<Finding> {
    check_objective_title(&o.title)
}

/// The same checks on a bare title, for the editor while the user types.
pub fn check_objective_title(title: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if title.trim().is_empty() {
        out.push(Finding::new(
            "empty-objective",
            Severity::Problem,
            "This objective has no title yet. Say where the team wants to go.",
            None,
        ));
        return out;
    }
    let a = Analysis::new(title);
    let has_number = !a.quantities.is_empty() || a.has(RELATIVE_VERB);
    if has_number && classify(&a) == super::Verdict::Mature {
        out.push(Finding::new(
            "objective-is-kpi",
            Severity::Warning,
            "This reads like a key result: a metric with a target. Make the objective the \
             direction and why it matters, and move the number to a key result under it.",
            a.span(0, a.tokens.len()),
        ));
    } else if let Some(&q) = a.quantities.first() {
        out.push(Finding::new(
            "metric-in-objective",
            Severity::Info,
            "Numbers belong in the key results. Keep the objective about the direction and \
             measure it underneath.",
            a.span(q, q + 1),
        ));
    }
    if a.lead_class & PROJECT != 0 && classify(&a) != Verdict::Mature {
        out.push(Finding::new(
            "objective-is-project",
            Severity::Warning,
            "This is a project, done or not done, rather than an objective. Ask what it is \
             for: the answer is the objective, and this can be one of the bets under it.",
            a.lead.and_then(|(from, to)| a.span(from, to)),
        ));
    }
    if let Some(span) = a.find(SUPERLATIVE) {
        out.push(Finding::new(
            "superlative",
            Severity::Warning,
            format!(
                "\"{}\" says nothing the team can check. Say best at what, for whom, and \
                 compared with whom.",
                a.slice(span)
            ),
            Some(span),
        ));
    } else if let Some(i) = (0..a.tokens.len()).find(|&i| ranked(&a, i)) {
        out.push(Finding::new(
            "superlative",
            Severity::Info,
            "Make sure everyone reads \"#1\" the same way: number one by which measure, \
             among whom?",
            a.span(i, i + 1),
        ));
    }
    let chars = title.trim().chars().count();
    if chars > MAX_OBJECTIVE_CHARS {
        out.push(Finding::new(
            "long-objective",
            Severity::Info,
            format!(
                "At {chars} characters this is hard to remember. Objectives that stick are \
                 short: under {MAX_OBJECTIVE_CHARS} characters."
            ),
            None,
        ));
    }
    out
}

/// "#1": a rank written with a hash.
fn ranked(a: &Analysis, i: usize) -> bool {
    a.num(i).is_some_and(|n| n.ordinal) && a.slice_of(i).starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(title: &str) -> Vec<&'static str> {
        check_objective_title(title)
            .iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn a_good_objective_has_no_findings() {
        assert!(codes("Become the go-to source of expert content in our niche").is_empty());
        assert!(
            codes("Build a lead generation system without depending on paid traffic").is_empty()
        );
    }

    #[test]
    fn a_kpi_in_the_objective_is_flagged() {
        assert_eq!(
            codes("Grow organic traffic from 5,000 to 15,000 visits"),
            ["objective-is-kpi"]
        );
        assert_eq!(
            codes("Open 3 new markets in Europe"),
            ["metric-in-objective"]
        );
    }

    #[test]
    fn projects_and_superlatives_are_flagged() {
        assert_eq!(codes("Migrate to a new CRM"), ["objective-is-project"]);
        let best = check_objective_title("Be the best marketing team in the industry");
        assert_eq!(best[0].code, "superlative");
        let span = best[0]
            .span
            .unwrap_or(super::super::Span { start: 0, end: 0 });
        assert_eq!(
            &"Be the best marketing team in the industry"[span.start..span.end],
            "best"
        );
        let hash = check_objective_title("Become the #1 online resource for the problem we solve");
        assert_eq!(hash[0].severity, Severity::Info);
    }

    #[test]
    fn empty_and_long_titles_are_flagged() {
        assert_eq!(codes("  "), ["empty-objective"]);
        let long = "Make our brand the one that every marketing lead in Europe thinks of first when budgets open";
        assert_eq!(codes(long), ["long-objective"]);
    }
}
