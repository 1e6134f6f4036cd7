//! The Trends screen: how each objective's key results are moving.

use super::charts::{chart_json, EChart};
use crate::domain::Id;
use crate::state::use_app;
use charming::component::Axis;
use charming::element::AxisType;
use charming::series::Bar;
use charming::Chart;
use leptos::prelude::*;

#[component]
pub fn TrendsScreen() -> impl IntoView {
    let app = use_app();
    let objectives = move || {
        app.with_plan(|p| {
            p.map(|p| {
                p.objectives
                    .iter()
                    .filter(|o| o.key_results.iter().any(|k| k.progress().is_some()))
                    .map(|o| o.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    view! {
        <section>
            <h1>"Trends"</h1>
            <Show
                when=move || !objectives().is_empty()
                fallback=|| {
                    view! {
                        <div class="empty-state">
                            <p>
                                "No trends yet. Give your key results a baseline and a target, then record "
                                <a href="#/check-ins">"check-ins"</a>
                                " each week: progress and pace will be drawn here."
                            </p>
                        </div>
                    }
                }
            >
                <For each=objectives key=|id| id.clone() let:id>
                    <ObjectiveOverview id=id />
                </For>
            </Show>
        </section>
    }
}

/// Progress of each key result of one objective, 0-100%.
#[component]
fn ObjectiveOverview(id: Id) -> impl IntoView {
    let app = use_app();
    let oid = id.clone();
    let title = move || {
        app.with_plan(|p| p.and_then(|p| p.objective(&oid)).map(|o| o.title.clone()))
            .unwrap_or_default()
    };
    let oid = id.clone();
    let chart = Memo::new(move |_| {
        let rows = app.with_plan(|p| {
            p.and_then(|p| p.objective(&oid))
                .map(|o| {
                    o.key_results
                        .iter()
                        .map(|k| (k.title.clone(), k.progress().unwrap_or(0.0)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        });
        let (names, values): (Vec<String>, Vec<f64>) = rows
            .into_iter()
            .map(|(n, v)| (n, (v * 100.0).clamp(0.0, 100.0).round()))
            .unzip();
        chart_json(
            &Chart::new()
                .x_axis(Axis::new().type_(AxisType::Value).max(100))
                .y_axis(Axis::new().type_(AxisType::Category).data(names))
                .series(Bar::new().name("Progress %").data(values)),
        )
    });
    view! {
        <article class="card" data-testid="objective-trend">
            <h2>{title}</h2>
            <EChart chart=chart label="Progress of each key result".to_string() />
        </article>
    }
}
