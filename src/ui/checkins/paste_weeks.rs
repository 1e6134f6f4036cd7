//! A key result's weekly numbers pasted from a sheet (a column of dates and values, or a
//! row of weekly values), previewed as the check-ins they would be, then added at once.

use crate::domain::display::fmt_date;
use crate::domain::Id;
use crate::state::{use_app, DateOrder, WeeklyReading};
use crate::ui::data::DateAsk;
use crate::ui::trends::text::fmt_value;
use leptos::prelude::*;

#[component]
pub fn PasteWeeks(id: Id) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let order = RwSignal::new(None::<DateOrder>);
    let done = RwSignal::new(None::<String>);
    let reading = Memo::new(move |_| {
        let t = text.get();
        if t.trim().is_empty() {
            return None;
        }
        app.read_weekly(&t, order.get())
            .map(|r| r.map_err(|e| e.to_string()))
    });
    let kid = id.clone();
    let unit = Memo::new(move |_| {
        app.with_plan(|p| p.and_then(|p| p.key_result(&kid)).map(|k| k.unit.clone()))
            .unwrap_or_default()
    });
    let kid = id.clone();
    // Days that already have a check-in: a pasted value there replaces it.
    let taken = Memo::new(move |_| {
        app.with_plan(|p| {
            p.and_then(|p| p.key_result(&kid))
                .map(|k| k.check_ins.iter().map(|c| c.date).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add_id = id.clone();
    let add = move |_| {
        let Some(Ok(r)) = reading.get_untracked() else {
            return;
        };
        let (added, changed) = app.backfill(&add_id, &r.values);
        done.set(Some(format!(
            "{added} check-ins added, {changed} updated. They are in the history above."
        )));
        text.set(String::new());
        order.set(None);
    };
    let preview = move || {
        let shown = reading.get()?;
        Some(match shown {
            Err(message) => view! {
                <p class="error" role="alert">
                    {message}
                </p>
            }
            .into_any(),
            Ok(r) => view! { <WeeksPreview reading=r unit=unit order=order taken=taken.get() /> }
                .into_any(),
        })
    };
    let ready = move || {
        reading.with(|r| {
            matches!(r, Some(Ok(r)) if r.problems.is_empty() && r.date_question.is_none() && !r.values.is_empty())
        })
    };
    let field_id = format!("paste-weeks-{id}");
    view! {
        <details class="paste-weeks" data-testid="paste-weeks">
            <summary>"Paste weekly numbers from a sheet"</summary>
            <label for=field_id
                .clone()>
                "Dates and values (two columns), or one row or column of weekly values"
            </label>
            <textarea
                id=field_id
                rows="4"
                spellcheck="false"
                prop:value=move || text.get()
                on:input=move |ev| {
                    done.set(None);
                    text.set(event_target_value(&ev));
                }
            ></textarea>
            {preview}
            <button class="primary" on:click=add disabled=move || !ready()>
                "Add these check-ins"
            </button>
            <p role="status">{move || done.get()}</p>
        </details>
    }
}

#[component]
fn WeeksPreview(
    reading: WeeklyReading,
    unit: Memo<crate::domain::Unit>,
    order: RwSignal<Option<DateOrder>>,
    taken: Vec<chrono::NaiveDate>,
) -> impl IntoView {
    let question = reading.date_question.clone().map(|q| {
        let choose = move |o| order.set(Some(o));
        view! { <DateAsk question=q choose=choose /> }
    });
    let problems = reading
        .problems
        .iter()
        .map(|p| view! { <li>{p.to_string()}</li> })
        .collect_view();
    let rows = reading
        .values
        .iter()
        .map(|&(date, value)| {
            let what = if taken.contains(&date) {
                "replaces the value of that day"
            } else {
                "new"
            };
            view! {
                <tr>
                    <td>{fmt_date(date)}</td>
                    <td>{move || fmt_value(value, &unit.get())}</td>
                    <td>{what}</td>
                </tr>
            }
        })
        .collect_view();
    let notes = reading.notes.join(" ");
    view! {
        {question}
        <ul class="error" role="alert">
            {problems}
        </ul>
        <p class="hint">{notes}</p>
        <table class="ci-history" data-testid="paste-weeks-preview">
            <thead>
                <tr>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Reading"</th>
                    <th scope="col">"Check-in"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
