//! The Data screen: the user's plans as a file of their own.

use crate::format::{self, PlanFile};
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn DataScreen() -> impl IntoView {
    let app = use_app();
    let count = move || app.data.with(|d| d.plans.len());
    let export = move |_| export_all(app);
    view! {
        <section>
            <h1>"Data"</h1>
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
                <button class="primary" on:click=export disabled=move || count() == 0>
                    "Export all plans"
                </button>
            </div>
        </section>
    }
}

/// Downloads every plan as one plan file named after the teams and periods.
pub fn export_all(app: AppState) {
    let plans = app.data.with_untracked(|d| d.plans.clone());
    let name = format::file_name(&plans);
    let now = chrono::Utc::now().to_rfc3339();
    if let Ok(text) = format::to_json(&PlanFile::new(plans, now)) {
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
    let _ = web_sys::Url::revoke_object_url(&url);
}
