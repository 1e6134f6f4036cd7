//! The Plan screen: a newcomer's first plan (or the sample), then strategy, objectives,
//! key results, KPIs and the coach's view of the whole plan. `ui::parts` puts the two
//! together: the empty state is in the first part, the editor in its own.

mod bet_work;
mod bets;
pub(crate) mod coach;
mod goals;
mod health;
mod key_result;
mod kpis;
mod manage;
mod objective;
pub(crate) mod strategy;

use crate::domain::Period;
use crate::state::use_app;
use leptos::prelude::*;
use objective::ObjectiveCard;

/// The empty state: what a plan is, the two fields needed to start one, or the sample.
#[component]
pub(crate) fn NewPlan(creating: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let today = chrono::Local::now().date_naive();
    let quarters = Period::upcoming_quarters(today, 4);
    let team = RwSignal::new(String::new());
    let choice = RwSignal::new("0".to_string());
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let presets = quarters.clone();

    let chosen_period = move || -> Result<Period, String> {
        let c = choice.get_untracked();
        if c == "custom" {
            let parse = |s: String| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok();
            match (parse(start.get_untracked()), parse(end.get_untracked())) {
                (Some(s), Some(e)) => Period::new(s, e).map_err(|e| e.to_string()),
                _ => Err("Pick both a start and an end date.".into()),
            }
        } else {
            c.parse::<usize>()
                .ok()
                .and_then(|i| presets.get(i).copied())
                .ok_or_else(|| "Pick a period.".into())
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = team.get_untracked();
        if name.trim().is_empty() {
            error.set(Some(
                "Give the plan a team name, for example \"Growth marketing\".".into(),
            ));
            return;
        }
        match chosen_period() {
            Ok(p) => {
                app.create_plan(&name, p);
                creating.set(false);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let open_sample = move |_| {
        app.open_sample();
        creating.set(false);
    };
    let custom = move || choice.get() == "custom";

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
                        app.prepare_to_save();
                    }
                    aria-describedby="new-plan-error"
                />
                <label for="new-plan-period">"Period"</label>
                <select
                    id="new-plan-period"
                    on:change=move |ev| choice.set(event_target_value(&ev))
                >
                    {quarters
                        .iter()
                        .enumerate()
                        .map(|(i, q)| view! { <option value=i.to_string()>{q.label()}</option> })
                        .collect_view()}
                    <option value="custom">"Custom dates…"</option>
                </select>
                <Show when=custom>
                    <label for="new-plan-start">"Starts"</label>
                    <input
                        id="new-plan-start"
                        type="date"
                        on:input=move |ev| start.set(event_target_value(&ev))
                    />
                    <label for="new-plan-end">"Ends"</label>
                    <input
                        id="new-plan-end"
                        type="date"
                        on:input=move |ev| end.set(event_target_value(&ev))
                    />
                </Show>
                <p id="new-plan-error" class="field-error" role="alert">
                    {move || error.get()}
                </p>
                <div class="button-row">
                    <button type="submit" class="primary">
                        "Create plan"
                    </button>
                    <Show when=move || app.has_plan()>
                        <button type="button" on:click=move |_| creating.set(false)>
                            "Cancel"
                        </button>
                    </Show>
                </div>
            </form>
            <div class="card sample-offer">
                <h2>"Just looking?"</h2>
                <p>
                    "Open a sample marketing plan with weeks of check-ins: every screen filled, nothing to type."
                </p>
                <button type="button" on:click=open_sample>
                    "Open the sample plan"
                </button>
            </div>
        </section>
    }
}

/// The plan being edited: its bar, strategy, objectives and the coach on the whole plan.
/// Built into a part of its own (`ui::parts`), so a first visit does not download it.
#[component]
pub(crate) fn PlanEditor(creating: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let objective_ids = Memo::new(move |_| {
        app.with_plan(|p| {
            p.map(|p| {
                p.objectives
                    .iter()
                    .map(|o| o.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
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
            <manage::PlanBar creating=creating />
            // A closed plan is read-only: one disabled fieldset turns off every field.
            <fieldset class="plan-lock" disabled=move || app.closed_on().is_some()>
                <health::PlanHealth />
                <strategy::Strategy />
                <h2 class="section-title">"Objectives"</h2>
                <Show when=move || objective_ids.get().is_empty()>
                    <p class="hint empty-hint">
                        "No objectives yet. Aim for one to three: qualitative, inspiring, no numbers. "
                        "The numbers go in the key results under each. Or add a ready set from the "
                        <a href="#/library">"Library"</a> "."
                    </p>
                </Show>
                <For each=move || objective_ids.get() key=|id| id.clone() let:id>
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
                <kpis::Kpis />
            </fieldset>
        </section>
    }
}
