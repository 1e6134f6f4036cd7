//! The plan at a glance: progress against the calendar, statuses, and the grade so far.

use super::text::fmt_grade;
use super::use_trends;
use crate::domain::progress::percent_label;
use leptos::prelude::*;

#[component]
pub fn PlanSummary() -> impl IntoView {
    let trends = use_trends();
    let t = trends.trend;
    let read = move |f: fn(&crate::domain::trends::PlanTrend) -> String| {
        t.with(|t| t.as_ref().map(f).unwrap_or_default())
    };
    let counts = move || {
        t.with(|t| {
            t.as_ref()
                .map(|t| {
                    let s = t.statuses;
                    [
                        ("on-track", "on track", s.on_track),
                        ("at-risk", "at risk", s.at_risk),
                        ("off-track", "off track", s.off_track),
                        ("pending", "pending", s.pending),
                        ("unmeasurable", "unmeasurable", s.unmeasurable),
                    ]
                    .into_iter()
                    .filter(|(_, _, n)| *n > 0)
                    .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="card trends-summary" data-testid="trends-summary" aria-label="Plan summary">
            <h2>{move || read(|t| t.title.clone())}</h2>
            <dl class="figures">
                <div>
                    <dt>"Progress"</dt>
                    <dd data-testid="plan-progress">
                        {move || read(|t| t.progress.map_or("–".into(), percent_label))}
                    </dd>
                </div>
                <div>
                    <dt>"Expected by now"</dt>
                    <dd>{move || read(|t| percent_label(t.expected))}</dd>
                </div>
                <div>
                    <dt>"Grade so far"</dt>
                    <dd data-testid="plan-grade">
                        {move || {
                            read(|t| match t.grade {
                                Some(g) => format!("{} · {}", fmt_grade(g), t.grade_label),
                                None => t.grade_label.to_string(),
                            })
                        }}
                    </dd>
                </div>
            </dl>
            <ul class="status-counts" aria-label="Key results by status">
                {move || {
                    counts()
                        .into_iter()
                        .map(|(class, words, n)| {
                            view! {
                                <li class=format!(
                                    "status-badge {class}",
                                )>{format!("{n} {words}")}</li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <p class="hint">
                "Grades run from 0.0 to 1.0; 0.6–0.7 on an ambitious key result is a success. "
                "Expected is the share of the period gone by."
            </p>
        </section>
    }
}
