//! One objective with its key results.

use crate::domain::progress::percent_label;
use crate::domain::Id;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ObjectiveCard(id: Id) -> impl IntoView {
    let app = use_app();
    let oid = id.clone();
    let title = move || {
        app.with_plan(|p| p.and_then(|p| p.objective(&oid)).map(|o| o.title.clone()))
            .unwrap_or_default()
    };
    let oid = id.clone();
    let kr_ids = move || {
        app.with_plan(|p| {
            p.and_then(|p| p.objective(&oid))
                .map(|o| {
                    o.key_results
                        .iter()
                        .map(|k| k.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let new_kr = RwSignal::new(String::new());
    let oid = id.clone();
    let add_kr = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_kr.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        app.edit_plan(|p, ids| p.objective_mut(&oid).map(|o| o.add_key_result(ids, &text)));
        new_kr.set(String::new());
    };
    let oid = id.clone();
    let rename = move |ev| {
        let text = event_target_value(&ev);
        app.edit_plan(|p, _| {
            if let Some(o) = p.objective_mut(&oid) {
                o.title = text;
            }
        });
    };
    let input_id = format!("objective-{id}");
    let kr_input_id = format!("new-kr-{id}");

    view! {
        <article class="card objective" data-testid="objective">
            <label class="visually-hidden" for=input_id.clone()>
                "Objective"
            </label>
            <input id=input_id class="objective-title" prop:value=title on:input=rename />
            <ul class="key-results">
                <For each=kr_ids key=|id| id.clone() let:kr>
                    <KeyResultRow id=kr />
                </For>
            </ul>
            <form class="add-kr" on:submit=add_kr>
                <label for=kr_input_id.clone()>"New key result"</label>
                <input
                    id=kr_input_id
                    placeholder="Grow organic visits from 5,000 to 15,000 a month"
                    prop:value=new_kr
                    on:input=move |ev| new_kr.set(event_target_value(&ev))
                />
                <button type="submit">"Add key result"</button>
            </form>
        </article>
    }
}

#[component]
fn KeyResultRow(id: Id) -> impl IntoView {
    let app = use_app();
    let kid = id.clone();
    let title = move || {
        app.with_plan(|p| p.and_then(|p| p.key_result(&kid)).map(|k| k.title.clone()))
            .unwrap_or_default()
    };
    let kid = id.clone();
    let progress = move || {
        app.with_plan(|p| {
            p.and_then(|p| p.key_result(&kid))
                .and_then(|k| k.progress())
        })
        .map(percent_label)
    };
    let kid = id.clone();
    let rename = move |ev| {
        let text = event_target_value(&ev);
        app.edit_plan(|p, _| {
            if let Some(k) = p.key_result_mut(&kid) {
                k.title = text;
            }
        });
    };
    let input_id = format!("kr-{id}");
    view! {
        <li class="key-result" data-testid="key-result">
            <label class="visually-hidden" for=input_id.clone()>
                "Key result"
            </label>
            <input id=input_id prop:value=title on:input=rename />
            <span class="progress-label">{move || progress().unwrap_or_else(|| "–".into())}</span>
        </li>
    }
}
