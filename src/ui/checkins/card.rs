//! One key result on the Check-ins screen: where it stands, a quick entry, its history.

use super::entry::QuickEntry;
use super::history::History;
use super::paste_weeks::PasteWeeks;
use crate::domain::display::fmt_day;
use crate::domain::progress::percent_label;
use crate::domain::trends::{analyze_key_result, Status};
use crate::domain::Id;
use crate::state::{use_app, AppState};
use crate::ui::trends::text::{fmt_value, StatusBadge};
use leptos::prelude::*;

#[component]
pub fn CheckInCard(id: Id) -> impl IntoView {
    let app = use_app();
    let today = AppState::today();
    let kid = id.clone();
    let title = Memo::new(move |_| {
        app.with_plan(|p| p.and_then(|p| p.key_result(&kid)).map(|k| k.title.clone()))
            .unwrap_or_default()
    });
    let kid = id.clone();
    // Status and progress come from the domain's trend analysis, as on the Trends screen.
    let trend = Memo::new(move |_| {
        app.with_plan(|p| {
            let p = p?;
            let kr = p.key_result(&kid)?;
            let t = analyze_key_result(kr, p.period, today);
            let last = kr.latest_check_in().map(|c| {
                format!(
                    "Last: {} on {} ({})",
                    fmt_value(c.value, &kr.unit),
                    fmt_day(c.date),
                    c.confidence.label()
                )
            });
            Some((t.status, t.progress, last, kr.check_ins.len()))
        })
    });
    let status =
        Signal::derive(move || trend.with(|t| t.as_ref().map_or(Status::Pending, |t| t.0)));
    let summary = move || {
        trend.with(|t| match t {
            Some((_, progress, last, _)) => {
                let progress = progress
                    .map(|p| format!(" · progress {}", percent_label(p)))
                    .unwrap_or_default();
                format!(
                    "{}{progress}",
                    last.clone().unwrap_or_else(|| "No check-in yet.".into())
                )
            }
            None => String::new(),
        })
    };
    let count = move || trend.with(|t| t.as_ref().map_or(0, |t| t.3));
    let open = RwSignal::new(false);
    let history_id = format!("ci-history-{id}");
    view! {
        <article class="card check-in" data-testid="check-in">
            <header class="ci-head">
                <h3>{move || title.get()}</h3>
                <StatusBadge status=status />
            </header>
            <p class="hint" data-testid="last-check-in">
                {summary}
            </p>
            <QuickEntry id=id.clone() />
            <button
                type="button"
                class="ci-history-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=history_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || {
                    format!("{} history ({})", if open.get() { "Hide" } else { "Show" }, count())
                }}
            </button>
            <div id=history_id>
                <Show when=move || open.get()>
                    <History id=id.clone() />
                    <PasteWeeks id=id.clone() />
                </Show>
            </div>
        </article>
    }
}
