//! A key result's check-ins as a table, newest first, each editable in place or deletable
//! (the undo toast brings a deleted one back).

use super::entry::ConfidenceSelect;
use crate::domain::display::{fmt_date, fmt_day};
use crate::domain::{CheckIn, Id, Unit};
use crate::state::use_app;
use crate::ui::trends::text::fmt_value;
use leptos::prelude::*;

#[component]
pub fn History(id: Id) -> impl IntoView {
    let app = use_app();
    let kid = id.clone();
    let rows = Memo::new(move |_| {
        app.with_plan(|p| {
            p.and_then(|p| p.key_result(&kid))
                .map(|k| {
                    k.check_ins
                        .iter()
                        .rev()
                        .map(|c| (c.clone(), k.unit.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <Show
            when=move || !rows.with(Vec::is_empty)
            fallback=|| {
                view! { <p class="hint">"No check-ins yet: the first one starts this history."</p> }
            }
        >
            <table class="ci-history" data-testid="history">
                <caption class="visually-hidden">"Check-ins, newest first"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Date"</th>
                        <th scope="col">"Reading"</th>
                        <th scope="col">"Confidence"</th>
                        <th scope="col">"Note"</th>
                        <th scope="col">
                            <span class="visually-hidden">"Actions"</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || rows.get()
                        key=|(c, _)| {
                            format!(
                                "{}|{}|{}|{}|{}",
                                c.id,
                                c.date,
                                c.value,
                                c.confidence.slug(),
                                c.note,
                            )
                        }
                        children={
                            let id = id.clone();
                            move |(c, unit)| view! { <Row kr=id.clone() check_in=c unit=unit /> }
                        }
                    />
                </tbody>
            </table>
        </Show>
    }
}

#[component]
fn Row(kr: Id, check_in: CheckIn, unit: Unit) -> impl IntoView {
    let editing = RwSignal::new(false);
    let c = check_in.clone();
    let kr_for_edit = kr.clone();
    view! {
        <Show
            when=move || editing.get()
            fallback=move || {
                view! { <ReadRow check_in=c.clone() unit=unit.clone() editing=editing /> }
            }
        >
            <EditRow kr=kr_for_edit.clone() check_in=check_in.clone() editing=editing />
        </Show>
    }
}

#[component]
fn ReadRow(check_in: CheckIn, unit: Unit, editing: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let day = fmt_date(check_in.date);
    let cid = check_in.id.clone();
    let label = format!("Deleted the check-in of {day}");
    let delete = move |_| app.delete_check_in(&cid, &label);
    let conf = check_in.confidence;
    view! {
        <tr data-testid="history-row">
            <td>{day.clone()}</td>
            <td class="num">{fmt_value(check_in.value, &unit)}</td>
            <td>
                <span class=format!("conf-dot {}", conf.slug()) aria-hidden="true"></span>
                {conf.label()}
            </td>
            <td class="ci-note-cell">{check_in.note.clone()}</td>
            <td class="ci-actions">
                <button
                    type="button"
                    aria-label=format!("Edit the reading of {day}")
                    on:click=move |_| editing.set(true)
                >
                    "Edit"
                </button>
                <button
                    type="button"
                    class="danger"
                    aria-label=format!("Delete the reading of {day}")
                    on:click=delete
                >
                    "Delete"
                </button>
            </td>
        </tr>
    }
}

#[component]
fn EditRow(kr: Id, check_in: CheckIn, editing: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let day = fmt_day(check_in.date);
    let date = RwSignal::new(check_in.date.to_string());
    let value = RwSignal::new(check_in.value.to_string());
    let confidence = RwSignal::new(check_in.confidence);
    let note = RwSignal::new(check_in.note.clone());
    let error = RwSignal::new(None::<String>);
    let cid = check_in.id.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = (date.get_untracked(), value.get_untracked());
        match app.update_check_in(
            &kr,
            &cid,
            (&typed.0, &typed.1),
            confidence.get_untracked(),
            &note.get_untracked(),
        ) {
            Ok(()) => editing.set(false),
            Err(issue) => error.set(Some(issue.message)),
        }
    };
    let base = format!("ci-edit-{}", check_in.id);
    let form_id = format!("{base}-form");
    let ids = |s: &str| format!("{base}-{s}");
    view! {
        <tr class="ci-editing" data-testid="history-edit">
            <td>
                <label class="visually-hidden" for=ids("date")>
                    {format!("Date of the reading of {day}")}
                </label>
                <input
                    id=ids("date")
                    type="date"
                    form=form_id.clone()
                    prop:value=date
                    on:input=move |ev| date.set(event_target_value(&ev))
                />
            </td>
            <td>
                <label class="visually-hidden" for=ids("value")>
                    {format!("Reading of {day}")}
                </label>
                <input
                    id=ids("value")
                    inputmode="decimal"
                    form=form_id.clone()
                    prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </td>
            <td>
                <label class="visually-hidden" for=ids("conf")>
                    {format!("Confidence of the reading of {day}")}
                </label>
                <ConfidenceSelect id=ids("conf") confidence=confidence />
            </td>
            <td>
                <label class="visually-hidden" for=ids("note")>
                    {format!("Note of the reading of {day}")}
                </label>
                <input
                    id=ids("note")
                    form=form_id.clone()
                    prop:value=note
                    on:input=move |ev| note.set(event_target_value(&ev))
                />
            </td>
            <td class="ci-actions">
                <form id=form_id on:submit=save novalidate=true>
                    <button type="submit" class="primary">
                        "Save"
                    </button>
                    <button type="button" on:click=move |_| editing.set(false)>
                        "Cancel"
                    </button>
                </form>
                <p class="field-error" role="alert">
                    {move || error.get()}
                </p>
            </td>
        </tr>
    }
}
