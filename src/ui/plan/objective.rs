//! One objective: its title and why, its coach findings, and its key results.

use super::coach::FindingList;
use super::key_result::KeyResultEditor;
use crate::domain::maturity::check_objective;
use crate::domain::{Id, Objective};
use crate::state::use_app;
use crate::ui::fields::TextField;
use leptos::prelude::*;

#[component]
pub fn ObjectiveCard(id: Id) -> impl IntoView {
    let app = use_app();
    let objective = app.objective_memo(id.clone());
    let title = Signal::derive(move || {
        objective.with(|o| o.as_ref().map(|o| o.title.clone()).unwrap_or_default())
    });
    let why = Signal::derive(move || {
        objective.with(|o| o.as_ref().map(|o| o.why.clone()).unwrap_or_default())
    });
    let kr_ids = Memo::new(move |_| {
        objective.with(|o| {
            o.as_ref()
                .map(Objective::key_result_ids)
                .unwrap_or_default()
        })
    });
    let findings =
        Memo::new(move |_| objective.with(|o| o.as_ref().map(check_objective).unwrap_or_default()));

    let oid = id.clone();
    let rename = Callback::new(move |text: String| app.edit_objective(&oid, |o, _| o.title = text));
    let oid = id.clone();
    let set_why = Callback::new(move |text: String| app.edit_objective(&oid, |o, _| o.why = text));
    let oid = id.clone();
    let move_by = move |delta: isize| {
        let oid = oid.clone();
        app.edit_plan(move |p, _| p.move_objective(&oid, delta));
    };
    let up = move_by.clone();
    let oid = id.clone();
    let delete = move |_| {
        let oid = oid.clone();
        app.remove("Deleted an objective", move |p| {
            p.remove_objective_undoable(&oid)
        });
    };

    let new_kr = RwSignal::new(String::new());
    let oid = id.clone();
    let add_kr = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_kr.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        app.edit_objective(&oid, |o, ids| {
            o.add_stated_key_result(ids, &text);
        });
        // The field keeps focus, so Enter adds the next key result straight away.
        new_kr.set(String::new());
    };
    let kr_input_id = format!("new-kr-{id}");

    view! {
        <article class="card objective" data-testid="objective">
            <div class="objective-head">
                <span class="prompt">"It would be amazing if…"</span>
                <div class="row-actions">
                    <button class="icon" aria-label="Move objective up" on:click=move |_| up(-1)>
                        "↑"
                    </button>
                    <button
                        class="icon"
                        aria-label="Move objective down"
                        on:click=move |_| move_by(1)
                    >
                        "↓"
                    </button>
                    <button class="icon danger" aria-label="Delete objective" on:click=delete>
                        "✕"
                    </button>
                </div>
            </div>
            <TextField
                id=format!("objective-{id}")
                label="Objective"
                hide_label=true
                class="objective-title"
                value=title
                on_input=rename
            />
            <FindingList findings=findings text=title />
            <super::goals::Serves objective=id.clone() />
            <details class="why">
                <summary>"Why this matters now"</summary>
                <TextField
                    id=format!("objective-why-{id}")
                    label="Why"
                    value=why
                    on_input=set_why
                    multiline=true
                    placeholder="What changes for the business if we get there?"
                />
            </details>
            <ul class="key-results">
                <For each=move || kr_ids.get() key=|id| id.clone() let:kr>
                    <KeyResultEditor id=kr objective=objective />
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
