//! The quick entry of a check-in: value, confidence, note, and a date inside the period.

use crate::domain::{Confidence, Id};
use crate::state::{use_app, AppState};
use leptos::prelude::*;

/// The three confidence colours as a select, bound to `confidence`.
#[component]
pub fn ConfidenceSelect(id: String, confidence: RwSignal<Confidence>) -> impl IntoView {
    view! {
        <select
            id=id
            prop:value=move || confidence.get().slug()
            on:change=move |ev| {
                if let Some(c) = Confidence::from_slug(&event_target_value(&ev)) {
                    confidence.set(c);
                }
            }
        >
            {Confidence::ALL
                .into_iter()
                .map(|c| {
                    view! {
                        <option value=c.slug()>{format!("{} ({})", c.slug(), c.label())}</option>
                    }
                })
                .collect_view()}
        </select>
    }
}

#[component]
pub fn QuickEntry(id: Id) -> impl IntoView {
    let app = use_app();
    let today = AppState::today();
    let period = app.with_plan(|p| p.map(|p| p.period));
    let initial_date = period
        .map(|p| p.nearest_day(today).to_string())
        .unwrap_or_default();
    let value = RwSignal::new(String::new());
    let confidence = RwSignal::new(Confidence::Green);
    let note = RwSignal::new(String::new());
    let date = RwSignal::new(initial_date);
    // (about the date?, message)
    let error = RwSignal::new(None::<(bool, String)>);
    // Without a target no reading can show progress: say so here, not later on Trends.
    let kr = app.key_result_memo(id.clone());
    let no_target = move || {
        kr.with(|k| {
            k.as_ref()
                .is_some_and(|k| k.target.is_none() && k.kind != crate::domain::KrKind::Milestone)
        })
    };
    let kid = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = (date.get_untracked(), value.get_untracked());
        let result = app.add_check_in(
            &kid,
            (&typed.0, &typed.1),
            confidence.get_untracked(),
            &note.get_untracked(),
        );
        match result {
            Ok(()) => {
                value.set(String::new());
                note.set(String::new());
                error.set(None);
            }
            Err(issue) => error.set(Some((issue.is_about_date(), issue.message))),
        }
    };
    let value_id = format!("ci-value-{id}");
    let conf_id = format!("ci-confidence-{id}");
    let note_id = format!("ci-note-{id}");
    let date_id = format!("ci-date-{id}");
    let error_id = format!("ci-error-{id}");
    let invalid = move |about_date: bool| {
        error.with(|e| {
            e.as_ref()
                .is_some_and(|(d, _)| *d == about_date)
                .to_string()
        })
    };
    view! {
        <form class="ci-entry" on:submit=submit novalidate=true>
            <div class="ci-field">
                <label for=value_id.clone()>"Value"</label>
                <input
                    id=value_id
                    inputmode="decimal"
                    autocomplete="off"
                    aria-invalid=move || invalid(false)
                    aria-describedby=error_id.clone()
                    prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </div>
            <div class="ci-field">
                <label for=conf_id.clone()>"Confidence"</label>
                <ConfidenceSelect id=conf_id confidence=confidence />
            </div>
            <div class="ci-field ci-note">
                <label for=note_id.clone()>"Note"</label>
                <input
                    id=note_id
                    placeholder="What changed this week?"
                    prop:value=note
                    on:input=move |ev| note.set(event_target_value(&ev))
                />
            </div>
            <div class="ci-field">
                <label for=date_id.clone()>"Date"</label>
                <input
                    id=date_id
                    type="date"
                    min=period.map(|p| p.start.to_string())
                    max=period.map(|p| p.end.to_string())
                    aria-invalid=move || invalid(true)
                    aria-describedby=error_id.clone()
                    prop:value=date
                    on:input=move |ev| date.set(event_target_value(&ev))
                />
            </div>
            <button type="submit" class="primary">
                "Check in"
            </button>
            <p id=error_id class="field-error" role="alert">
                {move || error.get().map(|(_, m)| m)}
            </p>
            <Show when=no_target>
                <p class="hint" data-testid="no-target">
                    "This key result has no target yet, so a check-in cannot show progress. "
                    "Write its numbers into its title (\u{201c}from 70 to 45\u{201d}), or set the baseline and target under \u{201c}Numbers, owner, bets and checklist\u{201d} on the Plan screen."
                </p>
            </Show>
        </form>
    }
}
