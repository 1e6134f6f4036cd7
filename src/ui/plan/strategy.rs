//! Strategy, the steps before objectives: context, where we are not going, focus areas.

use crate::domain::strategy::{FOCUS_AREAS_MAX, FOCUS_QUESTIONS};
use crate::domain::{FocusStage, Id};
use crate::state::use_app;
use crate::ui::fields::TextField;
use leptos::prelude::*;

#[component]
pub fn Strategy() -> impl IntoView {
    let app = use_app();
    let context =
        Signal::derive(move || app.with_plan(|p| p.map(|p| p.context.clone()).unwrap_or_default()));
    let set_context = Callback::new(move |text: String| {
        app.edit_plan(|p, _| p.context = text);
    });
    view! {
        <details
            class="card strategy"
            open=move || app.with_plan(|p| p.is_some_and(|p| p.objectives.is_empty()))
        >
            <summary>
                <h2>"Strategy"</h2>
                <span class="hint">
                    "Context, business goals, where we are not going, focus areas"
                </span>
            </summary>
            <p class="hint">
                "Where is the company heading this period? Marketing's OKRs break that goal down."
            </p>
            <TextField
                id="plan-context"
                label="Strategic context"
                value=context
                on_input=set_context
                multiline=true
                placeholder="The company wants to double revenue from mid-size customers this year."
            />
            <super::goals::BusinessGoals />
            <NotGoing />
            <FocusAreas />
        </details>
    }
}

#[component]
pub(crate) fn NotGoing() -> impl IntoView {
    let app = use_app();
    let items = move || app.with_plan(|p| p.map(|p| p.not_going.clone()).unwrap_or_default());
    let draft = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if app.edit_plan(|p, ids| p.add_not_going(ids, &text)) == Some(true) {
            draft.set(String::new());
        }
    };
    view! {
        <h3>"Where we are NOT going"</h3>
        <p class="hint">"Saying no frees time for what matters: \"No TikTok this quarter\"."</p>
        <ul class="plain-list" data-testid="not-going">
            {move || {
                items()
                    .into_iter()
                    .map(|line| {
                        let id = line.id.clone();
                        view! {
                            <li>
                                <span>{line.text}</span>
                                <button
                                    class="link"
                                    aria-label="Remove this line"
                                    on:click=move |_| {
                                        app.edit_plan(|p, _| p.remove_not_going(&id));
                                    }
                                >
                                    "Remove"
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
        <form class="inline-form" on:submit=add>
            <label class="visually-hidden" for="not-going-new">
                "Where we are not going"
            </label>
            <input
                id="not-going-new"
                placeholder="We are not targeting the SMB segment"
                prop:value=draft
                on:input=move |ev| draft.set(event_target_value(&ev))
            />
            <button type="submit">"Add"</button>
        </form>
    }
}

#[component]
pub(crate) fn FocusAreas() -> impl IntoView {
    let app = use_app();
    let areas = move || {
        app.with_plan(|p| {
            p.map(|p| {
                p.focus_areas
                    .iter()
                    .map(|a| (a.id.clone(), a.stage, a.note.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    let full = move || areas().len() >= FOCUS_AREAS_MAX;
    let pick = RwSignal::new(FocusStage::Acquisition.slug().to_string());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(stage) = FocusStage::from_slug(&pick.get_untracked()) {
            app.edit_plan(|p, ids| p.add_focus_area(ids, stage));
        }
    };
    view! {
        <h3>"Focus areas"</h3>
        <p class="hint">
            "Pick two or three stages of the customer journey (or a channel) to focus on this period."
        </p>
        <ul class="guiding-questions">
            {FOCUS_QUESTIONS.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}
        </ul>
        <For each=areas key=|a| a.0.clone() let:area>
            <FocusAreaRow id=area.0 stage=area.1 />
        </For>
        <Show
            when=move || !full()
            fallback=|| {
                view! { <p class="hint">"Three focus areas is the most a focused plan holds."</p> }
            }
        >
            <form class="inline-form" on:submit=add>
                <label for="focus-new">"Add a focus area"</label>
                <select id="focus-new" on:change=move |ev| pick.set(event_target_value(&ev))>
                    {FocusStage::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.slug()>{s.label()}</option> })
                        .collect_view()}
                </select>
                <button type="submit">"Add"</button>
            </form>
        </Show>
    }
}

#[component]
fn FocusAreaRow(id: Id, stage: FocusStage) -> impl IntoView {
    let app = use_app();
    let fid = id.clone();
    let note = Signal::derive(move || {
        app.with_plan(|p| {
            p.and_then(|p| p.focus_areas.iter().find(|a| a.id == fid))
                .map(|a| a.note.clone())
        })
        .unwrap_or_default()
    });
    let fid = id.clone();
    let set_note = Callback::new(move |text: String| {
        app.edit_plan(|p, _| {
            if let Some(a) = p.focus_areas.iter_mut().find(|a| a.id == fid) {
                a.note = text;
            }
        });
    });
    let fid = id.clone();
    let remove = move |_| {
        app.edit_plan(|p, _| p.focus_areas.retain(|a| a.id != fid));
    };
    view! {
        <div class="focus-area" data-testid="focus-area">
            <strong>{stage.label()}</strong>
            <span class="hint">{stage.question()}</span>
            <TextField
                id=format!("focus-note-{id}")
                label=format!("Notes on {}", stage.label())
                value=note
                on_input=set_note
                placeholder="Which channel, which numbers, why now"
            />
            <button class="link" on:click=remove>
                "Remove"
            </button>
        </div>
    }
}
