//! The company's goals in the plan's strategy, and the links objectives make to them.

use crate::domain::display::fmt_value;
use crate::domain::numbers::parse_number;
use crate::domain::{BusinessGoal, Id};
use crate::state::use_app;
use crate::ui::fields::{AmountField, TextField};
use leptos::prelude::*;

#[component]
pub fn BusinessGoals() -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_plan(|p| {
            p.map(|p| {
                p.business_goals
                    .iter()
                    .map(|g| g.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    let draft = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if !text.trim().is_empty() {
            app.edit_plan(|p, ids| p.add_business_goal(ids, &text));
            draft.set(String::new());
        }
    };
    view! {
        <h3>"Business goals"</h3>
        <p class="hint">
            "The company goals this plan serves, with their numbers: \"New ARR from 4.2M to 8.4M\". Each objective links to the goals it moves."
        </p>
        <ul class="plain-list goals" data-testid="business-goals">
            <For each=ids key=|id| id.clone() let:id>
                <GoalRow id=id />
            </For>
        </ul>
        <form class="inline-form" on:submit=add>
            <label for="goal-new">"New business goal"</label>
            <input
                id="goal-new"
                placeholder="Double new annual recurring revenue"
                prop:value=draft
                on:input=move |ev| draft.set(event_target_value(&ev))
            />
            <button type="submit">"Add business goal"</button>
        </form>
    }
}

#[component]
fn GoalRow(id: Id) -> impl IntoView {
    let app = use_app();
    let gid = id.clone();
    let goal =
        Memo::new(move |_| app.with_plan(|p| p.and_then(|p| p.business_goal(&gid).cloned())));
    let text = move |f: fn(&BusinessGoal) -> String| {
        Signal::derive(move || goal.with(|g| g.as_ref().map(f).unwrap_or_default()))
    };
    let eid = id.clone();
    let edit = move |apply: fn(&mut BusinessGoal, String)| {
        let gid = eid.clone();
        Callback::new(move |t: String| {
            app.edit_plan(|p, _| p.business_goal_mut(&gid).map(|g| apply(g, t)));
        })
    };
    let aid = id.clone();
    let amount = move |get: fn(&BusinessGoal) -> Option<f64>, set: fn(&mut BusinessGoal, f64)| {
        let gid = aid.clone();
        let shown = Signal::derive(move || {
            goal.with(|g| {
                g.as_ref()
                    .and_then(|g| get(g).map(|v| fmt_value(v, &g.unit)))
            })
            .unwrap_or_default()
        });
        let commit = Callback::new(move |t: String| match parse_number(&t) {
            Ok(v) => {
                app.edit_plan(|p, _| {
                    if let Some(g) = p.business_goal_mut(&gid) {
                        match v {
                            Some(v) => set(g, v),
                            None => set(g, f64::NAN),
                        }
                    }
                });
                None
            }
            Err(e) => Some(e.to_string()),
        });
        (shown, commit)
    };
    let (current, set_current) =
        amount(|g| g.current, |g, v| g.current = v.is_finite().then_some(v));
    let (target, set_target) = amount(|g| g.target, |g, v| g.target = v.is_finite().then_some(v));
    let title = text(|g| g.title.clone());
    let rid = id.clone();
    let remove_label = move || format!("Remove business goal \u{201c}{}\u{201d}", title.get());
    view! {
        <li class="goal" data-testid="business-goal">
            <TextField
                id=format!("goal-title-{id}")
                label="Business goal"
                value=title
                on_input=edit(|g, t| g.title = t)
            />
            <div class="goal-numbers">
                <TextField
                    id=format!("goal-metric-{id}")
                    label="Metric"
                    value=text(|g| g.metric.clone())
                    on_input=edit(|g, t| g.metric = t)
                    placeholder="New ARR"
                />
                <AmountField
                    id=format!("goal-current-{id}")
                    label="Now"
                    shown=current
                    on_commit=set_current
                />
                <AmountField
                    id=format!("goal-target-{id}")
                    label="Target"
                    shown=target
                    on_commit=set_target
                />
                <TextField
                    id=format!("goal-owner-{id}")
                    label="Owner"
                    value=text(|g| g.owner.clone())
                    on_input=edit(|g, t| g.owner = t)
                />
            </div>
            <button
                class="link"
                aria-label=remove_label
                on:click=move |_| {
                    let id = rid.clone();
                    app.remove("Deleted a business goal", move |p| p.remove_business_goal(&id));
                }
            >
                "Remove"
            </button>
        </li>
    }
}

/// Under an objective: which business goals it serves, as checkboxes.
#[component]
pub fn Serves(objective: Id) -> impl IntoView {
    let app = use_app();
    let oid = objective.clone();
    let goals = Memo::new(move |_| {
        app.with_plan(|p| {
            let Some(p) = p else { return Vec::new() };
            let linked = p
                .objective(&oid)
                .map(|o| o.serves.clone())
                .unwrap_or_default();
            p.business_goals
                .iter()
                .map(|g| (g.id.clone(), g.title.clone(), linked.contains(&g.id)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="serves" data-testid="serves">
            <legend>"Serves the business goals"</legend>
            <Show
                when=move || goals.with(|g| !g.is_empty())
                fallback=|| {
                    view! {
                        <p class="hint">
                            "No business goal yet: add the company's goals under Strategy, then link this objective to the ones it moves."
                        </p>
                    }
                }
            >
                {
                    let objective = objective.clone();
                    move || {
                        goals
                            .get()
                            .into_iter()
                            .map(|(gid, title, on)| {
                                let box_id = format!("serves-{objective}-{gid}");
                                let for_id = box_id.clone();
                                let oid = objective.clone();
                                view! {
                                    <label class="serve" for=for_id>
                                        <input
                                            type="checkbox"
                                            id=box_id
                                            prop:checked=on
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                app.edit_plan(|p, _| p.set_serves(&oid, &gid, on));
                                            }
                                        />
                                        {title}
                                    </label>
                                }
                            })
                            .collect_view()
                    }
                }
            </Show>
        </fieldset>
    }
}
