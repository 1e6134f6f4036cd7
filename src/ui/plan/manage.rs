//! The plan's name and period, and the moves on whole plans.

use crate::domain::Period;
use crate::state::use_app;
use crate::ui::fields::TextField;
use leptos::prelude::*;

#[component]
pub fn PlanBar(creating: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let team =
        Signal::derive(move || app.with_plan(|p| p.map(|p| p.team.clone()).unwrap_or_default()));
    let period = Memo::new(move |_| app.with_plan(|p| p.map(|p| p.period)));
    let title = move || app.with_plan(|p| p.map(|p| p.title()).unwrap_or_default());
    let rename = Callback::new(move |text: String| {
        app.edit_plan(|p, _| p.team = text);
    });
    let dates_error = RwSignal::new(None::<String>);
    let set_date = move |is_start: bool, text: String| {
        let Ok(day) = chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d") else {
            return;
        };
        let Some(current) = period.get_untracked() else {
            return;
        };
        let (start, end) = if is_start {
            (day, current.end)
        } else {
            (current.start, day)
        };
        match Period::new(start, end) {
            Ok(p) => {
                dates_error.set(None);
                app.edit_plan(|plan, _| plan.period = p);
            }
            Err(e) => dates_error.set(Some(e.to_string())),
        }
    };
    let delete = move |_| app.delete_plan();
    let duplicate = move |_| {
        app.duplicate_plan();
    };
    let date_value = move |start: bool| {
        period
            .get()
            .map(|p| if start { p.start } else { p.end }.to_string())
            .unwrap_or_default()
    };

    view! {
        <div class="plan-bar">
            <h1>{title}</h1>
            <details class="card plan-settings">
                <summary>"Plan settings: team, dates, copy, delete"</summary>
                <div class="form-grid">
                    <TextField id="plan-team" label="Team" value=team on_input=rename />
                    <label class="field-label" for="plan-start">
                        "Starts"
                    </label>
                    <input
                        id="plan-start"
                        type="date"
                        prop:value=move || date_value(true)
                        on:change=move |ev| set_date(true, event_target_value(&ev))
                    />
                    <label class="field-label" for="plan-end">
                        "Ends"
                    </label>
                    <input
                        id="plan-end"
                        type="date"
                        prop:value=move || date_value(false)
                        on:change=move |ev| set_date(false, event_target_value(&ev))
                    />
                    <p class="field-error" role="alert">
                        {move || dates_error.get()}
                    </p>
                </div>
                <div class="button-row">
                    <button on:click=move |_| creating.set(true)>"New plan"</button>
                    <button on:click=duplicate>"Duplicate this plan"</button>
                    <button class="danger" on:click=delete>
                        "Delete this plan"
                    </button>
                </div>
                <p class="hint">
                    "Duplicate makes an exact copy, with the same dates and every check-in, named “(copy)”: for a what-if or a template, not for next quarter."
                </p>
            </details>
        </div>
    }
}
