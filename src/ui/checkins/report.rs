//! This week's update as a one-page status report for print: the update's words, and a
//! small burn-up per key result, drawn at once (a printed page cannot scroll charts in).

use crate::domain::trends::{analyze_key_result, window};
use crate::domain::weekly_update::KeyResultLines;
use crate::domain::KeyResult;
use crate::state::{use_app, AppState};
use crate::ui::charts::{chart_json, EChart, Palette};
use crate::ui::trends::build::{burn_up, burn_up_words, BurnUpInput};
use leptos::prelude::*;

#[component]
pub fn StatusReport() -> impl IntoView {
    let app = use_app();
    let body = move || {
        let update = app.weekly_update()?;
        let plan = app.with_plan_untracked(|p| p.cloned())?;
        let objectives = plan
            .objectives
            .iter()
            .zip(update.objectives.iter())
            .map(|(o, lines)| {
                let krs = o
                    .key_results
                    .iter()
                    .zip(lines.key_results.iter())
                    .map(|(kr, l)| key_result(&plan, kr, l))
                    .collect_view();
                let progress = lines.progress.clone().map(|p| format!(" (progress {p})"));
                view! {
                    <section class="report-objective">
                        <h2>{o.title.clone()} {progress}</h2>
                        {krs}
                    </section>
                }
            })
            .collect_view();
        let missing = if update.not_checked_in.is_empty() {
            view! { <p>"Everyone checked in this week."</p> }.into_any()
        } else {
            view! {
                <h2>"Not checked in this week"</h2>
                <ul>
                    {update
                        .not_checked_in
                        .iter()
                        .map(|m| view! { <li>{m.clone()}</li> })
                        .collect_view()}
                </ul>
            }
            .into_any()
        };
        Some(view! {
            <h1>
                {format!(
                    "{}: week to {}",
                    update.title,
                    crate::domain::display::fmt_date(update.as_of),
                )}
            </h1>
            <p class="handout-meta">{update.standing.clone()}</p>
            {objectives}
            {missing}
        })
    };
    view! {
        <div class="no-print handout-tools">
            <a href="#/check-ins">"← Back to Check-ins"</a>
            <button class="primary" on:click=|_| crate::ui::print_page()>
                "Print this report"
            </button>
        </div>
        <article class="handout status-report" data-testid="status-report">
            {body}
        </article>
    }
}

fn key_result(plan: &crate::domain::Plan, kr: &KeyResult, lines: &KeyResultLines) -> impl IntoView {
    let today = AppState::today();
    let trend = analyze_key_result(kr, plan.period, today);
    let input = BurnUpInput {
        period: plan.period,
        kind: kr.kind,
        baseline: kr.baseline,
        target: kr.target,
        used: window(kr, plan.period, today),
    };
    let json = chart_json(&burn_up(&input, &trend, &Palette::current()));
    let chart = Memo::new(move |_| json.clone());
    let label = burn_up_words(&trend);
    let flags = (!lines.flags.is_empty()).then(|| format!("Watch: {}", lines.flags.join(", ")));
    let confidence = if lines.confidence.is_empty() {
        String::new()
    } else {
        format!(" · confidence {}", lines.confidence)
    };
    view! {
        <div class="report-kr" data-testid="report-kr">
            <div class="report-words">
                <h3>{lines.title.clone()}</h3>
                <p>{lines.moved.clone()}</p>
                <p>{lines.status.clone()} {confidence}</p>
                {flags.map(|f| view! { <p>{f}</p> })}
                {lines
                    .notes
                    .iter()
                    .map(|n| view! { <p class="report-note">{format!("Note, {n}")}</p> })
                    .collect_view()}
            </div>
            <div class="report-chart">
                <EChart chart=chart label=label height=96 />
            </div>
        </div>
    }
}
