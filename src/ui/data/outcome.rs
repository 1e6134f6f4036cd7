//! After a choice: what was done, and the conflicts a merge settled (also listed before
//! the merge, as what it would settle).

use crate::format::{Conflict, MergeReport, Side};
use leptos::prelude::*;

/// What the user chose for one incoming plan, and how it went.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Added,
    Replaced(String),
    Merged(MergeReport),
    Failed(String),
}

/// Conflicts in words. Before a merge: what it would keep; after: what it kept.
#[component]
pub fn ConflictList(conflicts: Vec<Conflict>, done: bool) -> impl IntoView {
    if conflicts.is_empty() {
        return None;
    }
    let heading = match (done, conflicts.len()) {
        (false, 1) => "1 difference a merge would settle (the later change wins):".to_string(),
        (false, n) => format!("{n} differences a merge would settle (the later change wins):"),
        (true, 1) => "1 conflict settled:".to_string(),
        (true, n) => format!("{n} conflicts settled:"),
    };
    let items = conflicts
        .into_iter()
        .map(|c| {
            let kept = match (c.winner, done) {
                (Side::Ours, false) => "a merge keeps this device's",
                (Side::Theirs, false) => "a merge keeps the file's",
                (Side::Ours, true) => "kept this device's",
                (Side::Theirs, true) => "kept the file's",
            };
            view! {
                <li>
                    {c.what} ", " {c.field} ": this device has “" {c.ours} "”, the file has “"
                    {c.theirs} "”; " {kept}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <div
            class="conflicts"
            data-testid=if done { "merge-conflicts" } else { "preview-conflicts" }
        >
            <p>{heading}</p>
            <ul>{items}</ul>
        </div>
    })
}

#[component]
pub fn OutcomeView(outcome: Outcome) -> impl IntoView {
    match outcome {
        Outcome::Added => view! {
            <p class="done" role="status">
                "Added as a new plan, now open."
            </p>
        }
        .into_any(),
        Outcome::Replaced(title) => view! {
            <p class="done" role="status">
                "Replaced. “"
                {title}
                "” is open; the plan it replaced is kept under Backups."
            </p>
        }
        .into_any(),
        Outcome::Merged(report) => {
            let added = format!(
                "Merged: {} check-ins, {} key results, {} objectives, {} projects and {} KPIs added from the file.",
                report.added_check_ins, report.added_key_results, report.added_objectives,
                report.added_projects, report.added_kpis,
            );
            let none = report
                .conflicts
                .is_empty()
                .then_some(" The two copies did not disagree anywhere.");
            view! {
                <div class="done" role="status" data-testid="merge-report">
                    <p>{added} {none}</p>
                    <ConflictList conflicts=report.conflicts done=true />
                </div>
            }
            .into_any()
        }
        Outcome::Failed(why) => view! {
            <p class="error" role="alert">
                {why}
            </p>
        }
        .into_any(),
    }
}
