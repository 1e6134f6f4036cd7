//! The Trends screen: the plan's standing, an overview per objective, and per key result
//! its status, forecast, flags, burn-up, confidence by week, grade and retrospective.
//!
//! Every figure comes from the domain's `analyze_plan`, computed once per change of the
//! plan. Charts are drawn as they come near the viewport (an ECharts instance costs a few
//! milliseconds), so a plan of hundreds of key results opens quickly, while a newcomer
//! scrolling the sample plan sees every chart filled. A card can fold its charts away.

mod across;
pub(crate) mod build;
mod card;
mod closing;
mod objective;
mod retro;
mod strip;
mod summary;
pub mod text;

use crate::domain::trends::{analyze_plan, PlanTrend};
use crate::state::{use_app, AppState};
use crate::ui::charts::Palette;
use chrono::NaiveDate;
use leptos::prelude::*;
use objective::ObjectiveSection;
use summary::PlanSummary;

/// Key-result cards built when the screen opens: more than a screenful, so a plan of
/// ordinary size (the sample plan included) is built whole at once.
const EAGER_CARDS: usize = 12;

/// What every part of the screen reads.
#[derive(Clone, Copy)]
struct Trends {
    trend: Memo<Option<PlanTrend>>,
    palette: StoredValue<Palette>,
    as_of: NaiveDate,
}

fn use_trends() -> Trends {
    expect_context::<Trends>()
}

#[component]
pub fn TrendsScreen() -> impl IntoView {
    let app = use_app();
    let as_of = AppState::today();
    let trend = Memo::new(move |_| app.with_plan(|p| p.map(|p| analyze_plan(p, as_of))));
    provide_context(Trends {
        trend,
        palette: StoredValue::new(Palette::current()),
        as_of,
    });
    // Each objective with key results, and whether its cards are built at once: those
    // whose cards start within the first EAGER_CARDS are; later ones wait to be scrolled near.
    let objectives = Memo::new(move |_| {
        trend.with(|t| {
            let mut before = 0;
            t.as_ref()
                .map(|t| {
                    t.objectives
                        .iter()
                        .filter(|o| !o.key_results.is_empty())
                        .map(|o| {
                            let eager = before < EAGER_CARDS;
                            before += o.key_results.len();
                            (o.id.clone(), eager)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section class="trends-screen">
            <h1>"Trends"</h1>
            <Show
                when=move || !objectives.with(Vec::is_empty)
                fallback=move || view! { <Empty has_plan=app.has_plan() /> }
            >
                <PlanSummary />
                <For each=move || objectives.get() key=|(id, _)| id.clone() let:((id, eager))>
                    <ObjectiveSection id=id eager=eager />
                </For>
                <closing::ClosingCard />
            </Show>
        </section>
    }
}

#[component]
fn Empty(has_plan: bool) -> impl IntoView {
    view! {
        <div class="empty-state">
            {if has_plan {
                view! {
                    <p>
                        "No trends yet. Add key results with a baseline and a target on the "
                        <a href="#/plan">"Plan"</a> " screen, then record "
                        <a href="#/check-ins">"check-ins"</a>
                        " each week: progress, pace and forecasts will be drawn here."
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        "No trends yet. Create a plan (or open the sample plan) on the "
                        <a href="#/plan">"Plan"</a>
                        " screen; once its key results have check-ins, their trends appear here."
                    </p>
                }
                    .into_any()
            }}
        </div>
    }
}
