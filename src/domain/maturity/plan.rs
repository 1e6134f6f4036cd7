//! Plan-level checks: focus (1-3 objectives), 1-3 key results each, owners, overlap.

use super::analysis::Analysis;
use super::rewrite::metric_key;
use super::{Finding, Severity};
use crate::domain::ids::Id;
use crate::domain::model::{KeyResult, Plan};
use serde::Serialize;

/// A finding about a plan, naming the objective and key result it concerns (if any).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanFinding {
    pub objective: Option<Id>,
    pub key_result: Option<Id>,
    #[serde(flatten)]
    pub finding: Finding,
}

/// More objectives than this and the plan starts to lose focus.
pub const FOCUSED_OBJECTIVES: usize = 3;
/// More key results than this under one objective usually means overlap.
pub const FOCUSED_KEY_RESULTS: usize = 3;

pub fn check_plan(p: &Plan) -> Vec<PlanFinding> {
    let mut out = Vec::new();
    let mut push = |objective: Option<&Id>, kr: Option<&Id>, finding: Finding| {
        out.push(PlanFinding {
            objective: objective.cloned(),
            key_result: kr.cloned(),
            finding,
        });
    };
    let count = p.objectives.len();
    match count {
        0 => push(
            None,
            None,
            Finding::new(
                "no-objectives",
                Severity::Info,
                "No objectives yet. Start with one that would make the quarter a success.",
                None,
            ),
        ),
        1..=FOCUSED_OBJECTIVES => {}
        4 => push(
            None,
            None,
            Finding::new(
                "too-many-objectives",
                Severity::Warning,
                "Four objectives stretch a marketing team thin. One to three keep the focus: \
             which one could wait a quarter?",
                None,
            ),
        ),
        _ => push(
            None,
            None,
            Finding::new(
                "focus-problem",
                Severity::Problem,
                format!(
                    "{count} objectives is a focus problem: nobody can push on all of them at \
                 once. Keep the one to three that matter most and say no to the rest."
                ),
                None,
            ),
        ),
    }
    alignment(p, &mut push);
    // Metric of every key result seen so far, to spot two measuring the same thing.
    let mut seen: Vec<(String, &KeyResult)> = Vec::new();
    for o in &p.objectives {
        let n = o.key_results.len();
        if n == 0 {
            push(
                Some(&o.id),
                None,
                Finding::new(
                    "objective-without-kr",
                    Severity::Problem,
                    "This objective has no key result, so nobody can tell whether it is moving. \
                 Add one to three.",
                    None,
                ),
            );
        } else if n > FOCUSED_KEY_RESULTS {
            push(
                Some(&o.id),
                None,
                Finding::new(
                    "too-many-krs",
                    Severity::Warning,
                    format!(
                        "{n} key results under one objective usually overlap. Keep the one to \
                     three that best show progress."
                    ),
                    None,
                ),
            );
        }
        for kr in &o.key_results {
            if kr.owner.trim().is_empty() {
                push(Some(&o.id), Some(&kr.id), Finding::new(
                    "kr-without-owner",
                    Severity::Warning,
                    "Nobody owns this key result. Name one person who checks in on it every week.",
                    None,
                ));
            }
            let key = if kr.metric.trim().is_empty() {
                metric_key(&Analysis::new(&kr.title))
            } else {
                Some(normalise(&kr.metric))
            };
            let Some(key) = key.filter(|k| !k.is_empty()) else {
                continue;
            };
            if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
                push(
                    Some(&o.id),
                    Some(&kr.id),
                    Finding::new(
                        "duplicate-metric",
                        Severity::Warning,
                        format!(
                            "This measures the same thing ({key}) as \"{}\". Two key results on \
                         one number overlap: merge them, or measure a different angle.",
                            first.title
                        ),
                        None,
                    ),
                );
            } else {
                seen.push((key, kr));
            }
        }
    }
    out
}

/// Marketing's objectives decompose the company's goals: an objective that serves none is
/// work nobody above asked for, and a goal nobody serves is a gap in the plan.
fn alignment(p: &Plan, push: &mut impl FnMut(Option<&Id>, Option<&Id>, Finding)) {
    if p.business_goals.is_empty() {
        if !p.objectives.is_empty() {
            push(None, None, Finding::new(
                "no-business-goals",
                Severity::Info,
                "No business goal yet. Write the company goals this plan serves (Strategy), so each objective shows what it contributes to.",
                None,
            ));
        }
        return;
    }
    for o in &p.objectives {
        if p.goals_served(o).next().is_none() {
            push(Some(&o.id), None, Finding::new(
                "objective-serves-no-goal",
                Severity::Warning,
                "This objective serves no business goal. Why do we need it? Link it to the company goal it moves, or let it wait.",
                None,
            ));
        }
    }
    for g in &p.business_goals {
        let served = p.objectives.iter().any(|o| o.serves.contains(&g.id));
        if !served {
            push(None, None, Finding::new(
                "goal-not-served",
                Severity::Warning,
                format!(
                    "No objective serves the business goal \u{201c}{}\u{201d}. Is marketing's part in it missing, or is it another team's goal?",
                    g.title
                ),
                None,
            ));
        }
    }
}

/// "Organic Visits" and "organic visit" are the same metric.
pub(super) fn normalise(metric: &str) -> String {
    let mut out = String::with_capacity(metric.len());
    for word in metric
        .split(|c: char| !c.is_alphanumeric() && c != '%' && c != '$')
        .filter(|w| !w.is_empty())
    {
        let w = word.to_lowercase();
        let w = match w.strip_suffix('s') {
            Some(stem) if stem.len() > 2 && !stem.ends_with('s') => stem.to_string(),
            _ => w,
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w);
    }
    out
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
