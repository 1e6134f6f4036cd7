//! The web UI, grouped by screen. Components stay thin: they read state, call state
//! actions, and leave every rule to the domain.

mod app;
mod charts;
mod checkins;
mod closed;
mod data;
mod echarts;
mod fields;
mod library;
mod map;
mod near;
mod parts;
mod plan;
mod route;
mod shell;
mod trends;
mod update;
mod workshop;

pub(crate) use plan::NewPlan;
pub use route::Route;

/// Opens the browser's print dialog, for the pages laid out for paper.
pub(crate) fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Mounts the app on the page, in place of the static first paint that `index.html` shows
/// while the wasm loads (removed in the same task, so the two never show together). With
/// plans stored, their reader is a part of its own (`state::loading`); the static page
/// says "Opening your plans…" until they are read.
pub fn start() {
    console_error_panic_hook::set_once();
    // Leptos starts its executor when it mounts; this task runs before, on the browser's.
    let store = crate::state::LocalStore::default();
    if store.holds_data().unwrap_or(false) {
        parts::preload_editor();
    }
    wasm_bindgen_futures::spawn_local(async {
        let state = crate::state::AppState::load(store).await;
        if let Some(boot) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("boot"))
        {
            boot.remove();
        }
        leptos::mount::mount_to_body(move || app::App(app::AppProps { state }));
    });
}
