//! One key result on the Trends screen: status, progress against expected, forecast,
//! flags; its burn-up and confidence strip when opened; its grade and retrospective.

use super::build::{burn_up, burn_up_words, BurnUpInput};
use super::retro::Retro;
use super::strip::{confidence_strip, confidence_weeks, confidence_words};
use super::text::{fmt_grade, fmt_value, StatusBadge};
use super::use_trends;
use crate::domain::display::fmt_day;
use crate::domain::progress::percent_label;
use crate::domain::trends::{window, KrTrend, ObjectiveTrend, Status};
use crate::domain::{CheckIn, Id, KeyResult, Period, Unit};
use crate::state::use_app;
use crate::ui::charts::{chart_json, EChart};
use leptos::prelude::*;

#[component]
pub fn KrCard(objective: Memo<Option<ObjectiveTrend>>, id: String) -> impl IntoView {
    let app = use_app();
    let kid = id.clone();
    let trend = Memo::new(move |_| {
        objective.with(|o| {
            o.as_ref()?
                .key_results
                .iter()
                .find(|k| k.id == kid)
                .cloned()
        })
    });
    let kr_id = Id::from(id.as_str());
    let unit = {
        let kr_id = kr_id.clone();
        Memo::new(move |_| {
            app.with_plan(|p| p.and_then(|p| p.key_result(&kr_id)).map(|k| k.unit.clone()))
                .unwrap_or_default()
        })
    };
    let status =
        Signal::derive(move || trend.with(|t| t.as_ref().map_or(Status::Pending, |t| t.status)));
    let with = move |f: fn(&KrTrend, &Unit) -> String| {
        trend.with(|t| unit.with(|u| t.as_ref().map(|t| f(t, u)).unwrap_or_default()))
    };
    let flags = move || {
        trend.with(|t| {
            t.as_ref()
                .map(|t| t.flags.iter().map(|f| f.label()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    // What the key result's bets spent, beside its progress.
    let spend = {
        let kr_id = kr_id.clone();
        Memo::new(move |_| {
            app.with_plan(|p| {
                let p = p?;
                let k = p.key_result(&kr_id)?;
                let m = crate::domain::budget::key_result_money(k);
                if m.is_empty() {
                    return None;
                }
                let unit = Unit::Currency {
                    code: crate::domain::budget::plan_currency(p, Some(k)),
                };
                let used = m
                    .used()
                    .map_or(String::new(), |u| format!(" ({:.0}%)", u * 100.0));
                let warning = crate::domain::budget::spend_warning(&m, k.progress());
                Some((
                    format!(
                        "{} of {}{used}",
                        fmt_value(m.spent, &unit),
                        fmt_value(m.planned, &unit)
                    ),
                    warning,
                ))
            })
        })
    };
    let open = RwSignal::new(true);
    let charts_id = format!("kr-charts-{id}");
    view! {
        <article
            class="card kr-trend"
            data-testid="kr-trend"
            data-status=move || super::text::status_class(status.get())
        >
            <header class="kr-head">
                <h3>{move || with(|t, _| t.title.clone())}</h3>
                <StatusBadge status=status />
            </header>
            <dl class="figures">
                <div>
                    <dt>"Progress"</dt>
                    <dd data-testid="kr-progress">
                        {move || with(|t, _| t.progress.map_or("–".into(), percent_label))}
                    </dd>
                </div>
                {move || {
                    spend
                        .get()
                        .map(|(spent, warning)| {
                            view! {
                                <div data-testid="kr-spend">
                                    <dt>"Spent"</dt>
                                    <dd>
                                        {spent}
                                        {warning.map(|w| view! { <strong>" " {w}</strong> })}
                                    </dd>
                                </div>
                            }
                        })
                }}
                <div>
                    <dt>"Expected"</dt>
                    <dd>{move || with(|t, _| percent_label(t.expected))}</dd>
                </div>
                <div>
                    <dt>"Latest"</dt>
                    <dd>
                        {move || with(|t, u| match (t.latest_value, t.latest_date) {
                            (Some(v), Some(d)) => format!("{} on {}", fmt_value(v, u), fmt_day(d)),
                            _ => "no check-in yet".into(),
                        })}
                    </dd>
                </div>
                <div>
                    <dt>"Forecast at period end"</dt>
                    <dd data-testid="kr-forecast">
                        {move || with(|t, u| match t.forecast {
                            Some(f) => {
                                match f.grade {
                                    Some(g) => {
                                        format!(
                                            "{} (grade {})",
                                            fmt_value(f.shown, u),
                                            fmt_grade(g.clamp(0.0, 1.0)),
                                        )
                                    }
                                    None => fmt_value(f.shown, u),
                                }
                            }
                            None => "needs two check-ins".into(),
                        })}
                    </dd>
                </div>
            </dl>
            <Show when=move || !flags().is_empty()>
                <ul class="flags" aria-label="Worth a look">
                    {move || {
                        flags()
                            .into_iter()
                            .map(|f| view! { <li class="flag">{f}</li> })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <button
                type="button"
                class="kr-charts-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=charts_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { "Hide charts" } else { "Show charts" }}
            </button>
            <div id=charts_id class="kr-charts">
                <Show when=move || open.get()>
                    <KrCharts id=kr_id.clone() trend=trend />
                </Show>
            </div>
            <Retro id=Id::from(id.as_str()) trend=trend />
        </article>
    }
}

/// The burn-up and the confidence strip. Their JSON is built only once drawn (lazily).
#[component]
fn KrCharts(id: Id, trend: Memo<Option<KrTrend>>) -> impl IntoView {
    let trends = use_trends();
    let app = use_app();
    let as_of = trends.as_of;
    let id = StoredValue::new(id);
    // Reads the key result and its window of check-ins (the domain's rule).
    let read = move |f: &dyn Fn(&KeyResult, Period, &[&CheckIn]) -> String| {
        id.with_value(|id| {
            app.with_plan(|p| {
                let p = p?;
                let kr = p.key_result(id)?;
                Some(f(kr, p.period, &window(kr, p.period, as_of)))
            })
        })
        .unwrap_or_default()
    };
    let burn = Memo::new(move |_| {
        trend.with(|t| {
            let Some(t) = t.as_ref() else {
                return String::new();
            };
            read(&|kr, period, used| {
                let input = BurnUpInput {
                    period,
                    kind: kr.kind,
                    baseline: kr.baseline,
                    target: kr.target,
                    used: used.to_vec(),
                };
                trends
                    .palette
                    .with_value(|pal| chart_json(&burn_up(&input, t, pal)))
            })
        })
    });
    let strip = Memo::new(move |_| {
        read(&|_, period, used| {
            let weeks = confidence_weeks(period, used);
            trends
                .palette
                .with_value(|pal| chart_json(&confidence_strip(&weeks, pal)))
        })
    });
    let burn_label =
        Signal::derive(move || trend.with(|t| t.as_ref().map(burn_up_words).unwrap_or_default()));
    let strip_label = Signal::derive(move || {
        read(&|_, period, used| confidence_words(&confidence_weeks(period, used)))
    });
    view! {
        <div class="burn-up" data-testid="burn-up">
            <EChart chart=burn label=burn_label height=240 lazy=true />
        </div>
        <div class="confidence-strip" data-testid="confidence-strip">
            <p class="strip-title">"Confidence by week"</p>
            <EChart chart=strip label=strip_label height=56 lazy=true />
        </div>
        <super::across::AcrossQuarters id=id.get_value() />
    }
}
