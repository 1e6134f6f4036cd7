//! The Check-ins screen: this week's reading for each key result.
//!
//! Key results due (no check-in in the last seven days) come first, then those already
//! checked in. Each card takes a quick reading (value, confidence, note, date inside the
//! period) and opens the key result's history, where a reading can be edited or deleted.

mod card;
mod entry;
mod history;
mod paste_weeks;
mod report;
mod rhythm;

use crate::domain::Id;
use crate::state::{use_app, AppState};
use card::CheckInCard;
use leptos::prelude::*;
pub use report::StatusReport;

#[component]
pub fn CheckInsScreen() -> impl IntoView {
    let app = use_app();
    let today = AppState::today();
    // (id, due) for every key result of the current plan, in plan order.
    let rows = Memo::new(move |_| {
        app.with_plan(|p| {
            p.map(|p| {
                p.key_results()
                    .map(|k| (k.id.clone(), k.is_due(today)))
                    .collect::<Vec<(Id, bool)>>()
            })
            .unwrap_or_default()
        })
    });
    let ids = move |due: bool| {
        rows.with(|r| {
            r.iter()
                .filter(|(_, d)| *d == due)
                .map(|(id, _)| id.clone())
                .collect::<Vec<_>>()
        })
    };
    let count = move |due: bool| rows.with(|r| r.iter().filter(|(_, d)| *d == due).count());
    view! {
        <section class="check-ins-screen">
            <h1>"Check-ins"</h1>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <Empty /> }>
                <p class="hint">
                    "Once a week, per key result: the current value, a confidence colour and a line on what changed. "
                    "Missed a week? Pick an earlier date inside the period."
                </p>
                <rhythm::RhythmCard />
                <fieldset class="plan-lock" disabled=move || app.closed_on().is_some()>
                    <h2 class="ci-section">{move || format!("Due this week ({})", count(true))}</h2>
                    <Show
                        when=move || { count(true) > 0 }
                        fallback=|| {
                            view! {
                                <p class="ci-done" data-testid="all-checked-in">
                                    "All caught up: every key result has a check-in from the last seven days."
                                </p>
                            }
                        }
                    >
                        <div class="ci-list" data-testid="due-list">
                            <For each=move || ids(true) key=|id| id.clone() let:id>
                                <CheckInCard id=id />
                            </For>
                        </div>
                    </Show>
                    <Show when=move || { count(false) > 0 }>
                        <h2 class="ci-section">
                            {move || format!("Checked in ({})", count(false))}
                        </h2>
                        <div class="ci-list" data-testid="done-list">
                            <For each=move || ids(false) key=|id| id.clone() let:id>
                                <CheckInCard id=id />
                            </For>
                        </div>
                    </Show>
                </fieldset>
            </Show>
        </section>
    }
}

#[component]
fn Empty() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="empty-state">
            {move || {
                if app.has_plan() {
                    view! {
                        <p>
                            "Nothing to check in yet. Add key results on the "
                            <a href="#/plan">"Plan"</a>
                            " screen, then come back each week to record where each one stands and how confident you are."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <p>
                            "Nothing to check in yet. Create a plan (or open the sample plan) on the "
                            <a href="#/plan">"Plan"</a>
                            " screen; its key results will be listed here every week."
                        </p>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
