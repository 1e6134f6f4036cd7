//! After a choice: what was done, and the conflicts a merge settled (also listed before
//! the merge, as what it would settle).

use crate::domain::display::fmt_date;
use crate::domain::stamp::Stamp;
use crate::domain::sync::{value_words, Conflict, ConflictKind, MergeReport, Side};
use crate::domain::Id;
use crate::state::{use_app, AppState};
use leptos::prelude::*;

/// What the user chose for one incoming plan, and how it went.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Added,
    Replaced(String),
    Merged(Id, MergeReport),
    Failed(String),
}

/// Conflicts in words, with who changed each side and when. Before a merge: what it
/// would keep; after: what it kept (same-field ones can then be reversed in one click,
/// under "Conflicts to settle").
#[component]
pub fn ConflictList(plan: Id, conflicts: Vec<Conflict>, done: bool) -> impl IntoView {
    if conflicts.is_empty() {
        return None;
    }
    let app = use_app();
    let heading = match (done, conflicts.len()) {
        (false, 1) => "1 conflict a merge would settle:".to_string(),
        (false, n) => format!("{n} conflicts a merge would settle:"),
        (true, 1) => "1 conflict settled:".to_string(),
        (true, n) => format!("{n} conflicts settled:"),
    };
    let items = conflicts
        .into_iter()
        .map(|c| view! { <li>{conflict_words(app, &plan, &c, done)}</li> })
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

/// One conflict as a sentence: what, both values, who changed each and when, what won.
pub fn conflict_words(app: AppState, plan: &Id, c: &Conflict, done: bool) -> String {
    let by = |s: &Stamp| {
        let who = app.who(plan, s.device.as_str());
        match chrono::DateTime::from_timestamp_millis(s.ms as i64).filter(|_| s.ms > 0) {
            Some(t) => format!("{who}, {}", fmt_date(t.date_naive())),
            None => who,
        }
    };
    let kept = match (c.winner, done) {
        (Side::Ours, false) => "a merge keeps this device's",
        (Side::Theirs, false) => "a merge keeps the file's",
        (Side::Ours, true) => "kept this device's",
        (Side::Theirs, true) => "kept the file's",
    };
    match c.conflict {
        ConflictKind::SameField { .. } => format!(
            "{}, {}: this device has \u{201c}{}\u{201d} ({}), the file has \u{201c}{}\u{201d} ({}); {kept}",
            c.what,
            c.field_label(),
            value_words(&c.ours),
            by(&c.ours_at),
            value_words(&c.theirs),
            by(&c.theirs_at)
        ),
        ConflictKind::DeletedThereChangedHere => format!(
            "{}: deleted in the file ({}), changed here after that ({}); it stays",
            c.what,
            by(&c.theirs_at),
            by(&c.ours_at)
        ),
        ConflictKind::DeletedHereChangedThere => format!(
            "{}: deleted here ({}), changed in the file after that ({}); it comes back",
            c.what,
            by(&c.ours_at),
            by(&c.theirs_at)
        ),
        ConflictKind::LinkedToDeleted { .. } => match c.winner {
            Side::Theirs => format!(
                "{}: deleted in the file ({}), linked here before that ({}); the link does nothing until you bring the goal back (Keep mine) or drop the link (Use theirs)",
                c.what,
                by(&c.theirs_at),
                by(&c.ours_at)
            ),
            Side::Ours => format!(
                "{}: deleted here ({}), linked in the file before that ({}); the link does nothing until you drop it (Keep mine) or bring the goal back (Use theirs)",
                c.what,
                by(&c.ours_at),
                by(&c.theirs_at)
            ),
        },
    }
}

/// The conflicts the last merges settled, each with "Keep mine" and "Use theirs".
#[component]
pub fn OpenConflicts() -> impl IntoView {
    let app = use_app();
    move || {
        let open = app.conflicts.get();
        if open.is_empty() {
            return None;
        }
        let items = open
            .into_iter()
            .enumerate()
            .map(|(i, o)| {
                let words = conflict_words(app, &o.plan, &o.conflict, true);
                view! {
                    <li data-testid="open-conflict">
                        <span>{words}</span>
                        " "
                        <button on:click=move |_| app.settle(i, Side::Ours)>"Keep mine"</button>
                        <button on:click=move |_| app.settle(i, Side::Theirs)>"Use theirs"</button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section
                class="card"
                data-testid="open-conflicts"
                aria-labelledby="open-conflicts-title"
            >
                <h2 id="open-conflicts-title">"Conflicts to settle"</h2>
                <p>
                    "You and a teammate changed the same thing. The merge kept one value, the same on every device; keep it, or take the other."
                </p>
                <ul>{items}</ul>
            </section>
        })
    }
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
        Outcome::Merged(plan, report) => {
            let words = report.in_words();
            let added = if words.is_empty() {
                "Merged: the file brought nothing new.".to_string()
            } else {
                format!("Merged: {words}.")
            };
            let none = report
                .conflicts
                .is_empty()
                .then_some(" The two copies did not disagree anywhere.");
            view! {
                <div class="done" role="status" data-testid="merge-report">
                    <p>{added} {none}</p>
                    <ConflictList plan=plan conflicts=report.conflicts done=true />
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
