//! The Plan screen: the first plan for a newcomer, then strategy and objectives.

mod objective;

use crate::domain::Period;
use crate::state::use_app;
use leptos::prelude::*;
use objective::ObjectiveCard;

#[component]
pub fn PlanScreen() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.has_plan() fallback=NewPlan>
            <PlanEditor />
        </Show>
    }
}

/// The empty state: what a plan is, and the two fields needed to start one.
#[component]
fn NewPlan() -> impl IntoView {
    let app = use_app();
    let today = chrono::Local::now().date_naive();
    let quarters = Period::upcoming_quarters(today, 4);
    let team = RwSignal::new(String::new());
    let period = RwSignal::new(0usize);
    let error = RwSignal::new(None::<String>);
    let quarters_for_submit = quarters.clone();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = team.get_untracked();
        if name.trim().is_empty() {
            error.set(Some(
                "Give the plan a team name, for example \"Growth marketing\".".into(),
            ));
            return;
        }
        if let Some(p) = quarters_for_submit.get(period.get_untracked()) {
            app.create_plan(&name, *p);
        }
    };

    view! {
        <section class="empty-state" data-testid="new-plan">
            <h1>"Plan your quarter"</h1>
            <p>
                "A plan holds one team's objectives and key results for a period. "
                "Start with the team and the quarter; the strategy and objectives come next."
            </p>
            <form class="card form-grid" on:submit=submit>
                <label for="new-plan-team">"Team"</label>
                <input
                    id="new-plan-team"
                    placeholder="Growth marketing"
                    prop:value=team
                    on:input=move |ev| {
                        team.set(event_target_value(&ev));
                        error.set(None);
                    }
                    aria-describedby="new-plan-error"
                />
                <label for="new-plan-period">"Period"</label>
                <select
                    id="new-plan-period"
                    on:change=move |ev| period.set(event_target_value(&ev).parse().unwrap_or(0))
                >
                    {quarters
                        .iter()
                        .enumerate()
                        .map(|(i, q)| view! { <option value=i.to_string()>{q.label()}</option> })
                        .collect_view()}
                </select>
                <p id="new-plan-error" class="field-error" role="alert">
                    {move || error.get()}
                </p>
                <button type="submit" class="primary">
                    "Create plan"
                </button>
            </form>
        </section>
    }
}

#[component]
fn PlanEditor() -> impl IntoView {
    let app = use_app();
    let context = move || app.with_plan(|p| p.map(|p| p.context.clone()).unwrap_or_default());
    let objective_ids = move || {
        app.with_plan(|p| {
            p.map(|p| {
                p.objectives
                    .iter()
                    .map(|o| o.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    let new_title = RwSignal::new(String::new());
    let add_objective = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = new_title.get_untracked();
        if title.trim().is_empty() {
            return;
        }
        app.edit_plan(|p, ids| p.add_objective(ids, &title));
        new_title.set(String::new());
    };

    view! {
        <section class="plan-editor">
            <h1>{move || app.with_plan(|p| p.map(|p| p.title()).unwrap_or_default())}</h1>
            <div class="card">
                <label for="plan-context">
                    <h2>"Strategic context"</h2>
                </label>
                <p class="hint">
                    "Where is the company heading this period? Marketing's OKRs break that goal down."
                </p>
                <textarea
                    id="plan-context"
                    rows="3"
                    prop:value=context
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        app.edit_plan(|p, _| p.context = text);
                    }
                ></textarea>
            </div>
            <h2>"Objectives"</h2>
            <Show when=move || objective_ids().is_empty()>
                <p class="hint empty-hint">
                    "No objectives yet. Aim for one to three: qualitative, inspiring, no numbers. "
                    "The numbers go in the key results under each."
                </p>
            </Show>
            <For each=objective_ids key=|id| id.clone() let:id>
                <ObjectiveCard id=id />
            </For>
            <form class="card add-objective" on:submit=add_objective>
                <label for="new-objective">"New objective"</label>
                <span class="prompt">"It would be amazing if…"</span>
                <input
                    id="new-objective"
                    placeholder="we became the go-to source of expert content in our niche"
                    prop:value=new_title
                    on:input=move |ev| new_title.set(event_target_value(&ev))
                />
                <button type="submit" class="primary">
                    "Add objective"
                </button>
            </form>
        </section>
    }
}
