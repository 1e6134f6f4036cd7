//! Loads the ECharts script the first time a chart is about to draw.
//!
//! The bundle is larger than the whole app's wasm before compression, and most screens
//! (the plan, the workshop, check-ins) draw no chart: parsing it up front made every cold
//! start about 80 ms slower. It is one of the build's own files, precached by the service
//! worker like the rest, so it loads offline too.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where the bundle sits in `dist/`, relative to the page (any sub-path works).
const SCRIPT: &str = "vendor/echarts/echarts.min.js";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    NotAsked,
    Pending,
    Ready,
    Failed,
}

thread_local! {
    static STATE: ArcRwSignal<Loading> = ArcRwSignal::new(Loading::NotAsked);
}

/// Whether ECharts can be used now; asks for it on the first call. Tracked, so an effect
/// that reads it runs again once the script has arrived.
pub fn echarts() -> Loading {
    let state = STATE.with(Clone::clone);
    if state.get_untracked() == Loading::NotAsked {
        if has_global() {
            state.set(Loading::Ready);
        } else {
            state.set(Loading::Pending);
            request(state.clone());
        }
    }
    state.get()
}

fn has_global() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("echarts")).unwrap_or(false)
}

fn request(state: ArcRwSignal<Loading>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        state.set(Loading::Failed);
        return;
    };
    let Ok(script) = document.create_element("script") else {
        state.set(Loading::Failed);
        return;
    };
    let _ = script.set_attribute("src", SCRIPT);
    let on = |ok: bool| {
        let state = state.clone();
        // Called once by the browser; leaked on purpose, like the script element itself.
        Closure::once_into_js(move || {
            state.set(if ok && has_global() {
                Loading::Ready
            } else {
                Loading::Failed
            })
        })
    };
    let _ = script.add_event_listener_with_callback("load", on(true).unchecked_ref());
    let _ = script.add_event_listener_with_callback("error", on(false).unchecked_ref());
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    } else {
        state.set(Loading::Failed);
    }
}
