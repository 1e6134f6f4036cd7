//! The coach's view of the whole plan: focus, coverage, owners, overlaps.

use super::coach::severity_class;
use crate::domain::maturity::{check_plan, Severity};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn PlanHealth() -> impl IntoView {
    let app = use_app();
    // Follows the plan when typing pauses, not on every keystroke: the check reads the
    // whole plan, and its advice need not flicker while a title is being written.
    let findings = Memo::new(move |_| {
        app.settled.track();
        app.with_plan_untracked(|p| p.map(check_plan).unwrap_or_default())
    });
    let problems = move || {
        findings.with(|f| {
            f.iter()
                .filter(|f| f.finding.severity != Severity::Info)
                .count()
        })
    };
    view! {
        <details class="card plan-health" data-testid="plan-health">
            <summary>
                <h2>"Plan health"</h2>
                <span class=move || {
                    if problems() == 0 { "health-ok" } else { "health-warn" }
                }>
                    {move || match problems() {
                        0 => "Focused and ready".to_string(),
                        1 => "1 thing to look at".to_string(),
                        n => format!("{n} things to look at"),
                    }}
                </span>
            </summary>
            <ul>
                {move || {
                    findings
                        .get()
                        .into_iter()
                        .map(|f| {
                            view! {
                                <li class=severity_class(
                                    f.finding.severity,
                                )>{f.finding.message}</li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </details>
    }
}
