//! Export: the open plan or all plans as a file, the open plan on the clipboard, and its
//! check-ins as CSV for spreadsheets.

use super::js;
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ExportCard() -> impl IntoView {
    let app = use_app();
    let status = RwSignal::new(String::new());
    let count = move || app.data.with(|d| d.plans.len());
    let no_plan = move || !app.has_plan();
    let copy = move |_| {
        let Some((_, text)) = app.plan_file(false) else {
            return;
        };
        js::copy_text(&text, move |result| {
            status.set(match result {
                Ok(()) => "Copied the open plan to the clipboard as a plan file.".into(),
                Err(why) => format!("{why} Use \"Export this plan\" instead."),
            })
        });
    };
    let sheet = move |_| {
        if let Some((name, text)) = app.plan_sheet_file() {
            download(&name, &text, "text/csv");
        }
    };
    let cells = move |_| {
        let Some(text) = app.plan_sheet_cells() else {
            return;
        };
        js::copy_text(&text, move |result| {
            status.set(match result {
                Ok(()) => {
                    "Copied the key results as a table: paste them into a spreadsheet.".into()
                }
                Err(why) => format!("{why} Use \"Download the plan as a sheet\" instead."),
            })
        });
    };
    let csv = move |_| {
        if let Some((name, text)) = app.check_ins_csv_file() {
            download(&name, &text, "text/csv");
        }
    };
    view! {
        <div class="card">
            <h2>"Your plans are yours"</h2>
            <p>
                "OKR Studio keeps everything in this browser and sends nothing anywhere. "
                "Browsers can clear site data, so keep a copy: export a file now and then."
            </p>
            <p data-testid="plan-count">
                {move || match count() {
                    0 => "No plans stored yet.".to_string(),
                    1 => "1 plan stored on this device.".to_string(),
                    n => format!("{n} plans stored on this device."),
                }}
            </p>
            <div class="data-actions">
                <button class="primary" on:click=move |_| export_current(app) disabled=no_plan>
                    "Export this plan"
                </button>
                <button on:click=move |_| export_all(app) disabled=move || count() == 0>
                    "Export all plans"
                </button>
                <button on:click=copy disabled=no_plan>
                    "Copy this plan to the clipboard"
                </button>
                <button on:click=sheet disabled=no_plan>
                    "Download the plan as a sheet (CSV)"
                </button>
                <button on:click=cells disabled=no_plan>
                    "Copy the key results as a table"
                </button>
                <button on:click=csv disabled=no_plan>
                    "Download check-ins as CSV"
                </button>
            </div>
            <label class="field">
                "Your name, shown to teammates beside your changes"
                <input
                    type="text"
                    data-testid="my-name"
                    prop:value=move || app.my_name()
                    on:change=move |ev| app.set_my_name(&event_target_value(&ev))
                />
            </label>
            <p role="status" data-testid="export-status">
                {move || status.get()}
            </p>
        </div>
    }
}

/// Downloads the open plan as a plan file named after its team and period.
pub fn export_current(app: AppState) {
    if let Some((name, text)) = app.plan_file(false) {
        download(&name, &text, "application/json");
    }
}

/// Downloads every plan as one plan file named after the teams and periods.
pub fn export_all(app: AppState) {
    if let Some((name, text)) = app.plan_file(true) {
        download(&name, &text, "application/json");
    }
}

/// Offers `text` as a downloaded file: the data never leaves the machine.
pub fn download(filename: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = anchor {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    // Revoked later: some browsers still read the blob after `click()` returns.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}
