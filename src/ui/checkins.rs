//! The Check-ins screen: this week's reading for each key result.

use crate::domain::progress::percent_label;
use crate::domain::{Confidence, Id};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn CheckInsScreen() -> impl IntoView {
    let app = use_app();
    let krs = move || {
        app.with_plan(|p| {
            p.map(|p| {
                p.key_results()
                    .map(|k| (k.id.clone(), k.title.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    view! {
        <section>
            <h1>"Check-ins"</h1>
            <Show
                when=move || !krs().is_empty()
                fallback=|| {
                    view! {
                        <div class="empty-state">
                            <p>
                                "Nothing to check in yet. Add key results on the "
                                <a href="#/plan">"Plan"</a>
                                " screen, then come back each week to record where each one stands and how confident you are."
                            </p>
                        </div>
                    }
                }
            >
                <p class="hint">
                    "Once a week, per key result: the current value, a confidence colour and a line on what changed."
                </p>
                <For each=krs key=|(id, _)| id.clone() let:kr>
                    <CheckInCard id=kr.0 title=kr.1 />
                </For>
            </Show>
        </section>
    }
}

#[component]
fn CheckInCard(id: Id, title: String) -> impl IntoView {
    let app = use_app();
    let value = RwSignal::new(String::new());
    let confidence = RwSignal::new(Confidence::Green);
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let kid = id.clone();
    let latest = move || {
        app.with_plan(|p| {
            let kr = p?.key_result(&kid)?;
            let c = kr.latest_check_in()?;
            let progress = kr.progress().map(percent_label).unwrap_or_default();
            Some(format!(
                "Last: {} on {} ({}) {}",
                c.value,
                c.date.format("%-d %b"),
                c.confidence.label(),
                progress
            ))
        })
    };
    let kid = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(v) = value.get_untracked().trim().replace(',', "").parse::<f64>() else {
            error.set(Some(
                "Enter the current value as a number, for example 1250 or 3.5.",
            ));
            return;
        };
        let today = chrono::Local::now().date_naive();
        let (c, n) = (confidence.get_untracked(), note.get_untracked());
        app.edit_plan(|p, ids| {
            p.key_result_mut(&kid)
                .map(|k| k.add_check_in(ids, today, v, c, &n))
        });
        value.set(String::new());
        note.set(String::new());
        error.set(None);
    };
    let value_id = format!("ci-value-{id}");
    let conf_id = format!("ci-confidence-{id}");
    let note_id = format!("ci-note-{id}");
    view! {
        <form class="card check-in" on:submit=submit data-testid="check-in">
            <h2>{title}</h2>
            <p class="hint">{move || latest().unwrap_or_else(|| "No check-in yet.".into())}</p>
            <div class="form-row">
                <label for=value_id.clone()>"Value"</label>
                <input
                    id=value_id
                    inputmode="decimal"
                    prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                <label for=conf_id.clone()>"Confidence"</label>
                <select
                    id=conf_id
                    on:change=move |ev| {
                        if let Some(c) = Confidence::from_slug(&event_target_value(&ev)) {
                            confidence.set(c);
                        }
                    }
                >
                    {Confidence::ALL
                        .into_iter()
                        .map(|c| view! { <option value=c.slug()>{c.label()}</option> })
                        .collect_view()}
                </select>
                <label for=note_id.clone()>"Note"</label>
                <input
                    id=note_id
                    prop:value=note
                    on:input=move |ev| note.set(event_target_value(&ev))
                />
                <button type="submit" class="primary">
                    "Check in"
                </button>
            </div>
            <p class="field-error" role="alert">
                {move || error.get()}
            </p>
        </form>
    }
}
