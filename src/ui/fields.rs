//! Form fields shared by the editors: every field has a label, saves as it is typed, and
//! Escape puts back what was there when the field got focus.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn blur(ev: &KeyboardEvent) {
    if let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.blur();
    }
}

#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional, into)] placeholder: String,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] hide_label: bool,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] described_by: Option<String>,
) -> impl IntoView {
    let before = StoredValue::new(String::new());
    let focus = move |_| before.set_value(value.get_untracked());
    let keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            on_input.run(before.get_value());
            blur(&ev);
        }
    };
    let input = move |ev| on_input.run(event_target_value(&ev));
    let label_class = if hide_label {
        "visually-hidden"
    } else {
        "field-label"
    };
    let field = if multiline {
        view! {
            <textarea
                id=id.clone()
                class=class
                rows="3"
                placeholder=placeholder
                prop:value=value
                aria-describedby=described_by
                on:focus=focus
                on:keydown=keydown
                on:input=input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                class=class
                placeholder=placeholder
                prop:value=value
                aria-describedby=described_by
                on:focus=focus
                on:keydown=keydown
                on:input=input
            />
        }
        .into_any()
    };
    view! {
        <label class=label_class for=id>
            {label}
        </label>
        {field}
    }
}

/// A `<select>` over a fixed list of (value, label) choices.
#[component]
pub fn Choice(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    choices: Vec<(String, String)>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <label class="field-label" for=id.clone()>
            {label}
        </label>
        <select id=id prop:value=value on:change=move |ev| on_change.run(event_target_value(&ev))>
            {choices
                .into_iter()
                .map(|(v, l)| {
                    let selected = v.clone();
                    view! {
                        <option value=v selected=move || value.get() == selected>
                            {l}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// A field for an amount (a budget, a goal's target): the person's text is read when they
/// leave the field; what cannot be read is said under it, and nothing is stored then.
/// `on_commit` stores the text and returns the message, if any.
#[component]
pub fn AmountField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    /// The stored value, as the app writes it ("$2,000"), or empty.
    #[prop(into)]
    shown: Signal<String>,
    #[prop(into)] on_commit: Callback<String, Option<String>>,
    #[prop(optional, into)] placeholder: String,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let change = move |ev| error.set(on_commit.run(event_target_value(&ev)));
    view! {
        <span class="amount-field">
            <label class="field-label" for=id.clone()>
                {label}
            </label>
            <input
                id=id
                inputmode="decimal"
                placeholder=placeholder
                prop:value=shown
                aria-invalid=move || error.with(|e| e.is_some().to_string())
                aria-describedby=described
                on:change=change
            />
            <span class="field-error" id=error_id role="alert">
                {move || error.get()}
            </span>
        </span>
    }
}
