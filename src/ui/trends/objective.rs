//! One objective: its progress and grade, an overview chart, and a card per key result.
//!
//! On a long plan the key-result cards of later objectives are built only as they come
//! near the viewport: building 250 cards up front doubled the time to open the screen.

use super::build::{overview, overview_height};
use super::card::KrCard;
use super::text::fmt_grade;
use super::use_trends;
use crate::domain::progress::percent_label;
use crate::ui::charts::{chart_json, EChart};
use crate::ui::near::near_signal;
use leptos::prelude::*;

/// Room kept for a card not built yet, so the page does not jump as cards arrive.
const CARD_PLACEHOLDER_PX: usize = 420;

#[component]
pub fn ObjectiveSection(
    id: String,
    /// Build the cards at once (the first objectives), or when scrolled near.
    eager: bool,
) -> impl IntoView {
    let trends = use_trends();
    let oid = id.clone();
    let objective = Memo::new(move |_| {
        trends
            .trend
            .with(|t| t.as_ref()?.objectives.iter().find(|o| o.id == oid).cloned())
    });
    let chart = Memo::new(move |_| {
        objective.with(|o| {
            o.as_ref()
                .map(|o| trends.palette.with_value(|p| chart_json(&overview(o, p))))
                .unwrap_or_default()
        })
    });
    let title = move || objective.with(|o| o.as_ref().map(|o| o.title.clone()).unwrap_or_default());
    let figures = move || {
        objective.with(|o| {
            o.as_ref()
                .map(|o| {
                    let progress = o.progress.map_or("–".into(), percent_label);
                    let grade = o
                        .grade
                        .map(|g| format!("grade {} · {}", fmt_grade(g), o.grade_label))
                        .unwrap_or_else(|| o.grade_label.to_string());
                    format!(
                        "Progress {progress} · expected {} · {grade}",
                        percent_label(o.expected)
                    )
                })
                .unwrap_or_default()
        })
    };
    // The overview's height is fixed when drawn; a key result added later scrolls in it.
    let height = objective
        .with_untracked(|o| overview_height(o.as_ref().map_or(1, |o| o.key_results.len())));
    let krs = Memo::new(move |_| {
        objective.with(|o| {
            o.as_ref()
                .map(|o| {
                    o.key_results
                        .iter()
                        .map(|k| k.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let label = Signal::derive(move || {
        format!(
            "Progress of each key result against the expected pace: {}",
            title()
        )
    });
    let cards = NodeRef::<leptos::html::Div>::new();
    let near = near_signal(cards, eager, "1200px 0px");
    let placeholder =
        move || (!near.get()).then(|| format!("{}px", krs.with(Vec::len) * CARD_PLACEHOLDER_PX));
    view! {
        <section class="objective-trends" data-testid="objective-trend">
            <div class="card objective-overview">
                <h2>{title}</h2>
                <p class="hint">{figures}</p>
                <EChart chart=chart label=label height=height lazy=true />
            </div>
            <div class="kr-cards" node_ref=cards style:min-height=placeholder>
                <Show when=move || near.get()>
                    <For each=move || krs.get() key=|id| id.clone() let:kr>
                        <KrCard objective=objective id=kr />
                    </For>
                </Show>
            </div>
        </section>
    }
}
