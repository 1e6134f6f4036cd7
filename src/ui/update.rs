//! "A new version is ready": shown when the service worker has a newer build waiting,
//! so nobody keeps working on a stale build without knowing.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Reads a global set by `register-sw.js`.
fn global(name: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(global("okrUpdateWaiting").is_some());
    let _ = window_event_listener_untyped("okr-update-ready", move |_| ready.set(true));
    let reload = move |_| match global("okrApplyUpdate")
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(apply) => {
            let _ = apply.call0(&JsValue::NULL);
        }
        None => {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="banner info" role="status" data-testid="update-banner">
                <p>
                    "A new version of OKR Studio is ready. Your plans are saved; reload to use it."
                </p>
                <button class="primary" on:click=reload>
                    "Reload"
                </button>
            </div>
        </Show>
    }
}
