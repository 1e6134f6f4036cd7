//! The screens a first visit does not need, built into parts of the wasm that load when
//! first opened (#17). Each `in_part!` below is a split point (`crate::split`); the build
//! (`.ci/split-wasm.mjs`) cuts the wasm there with `wasm_split_cli`. Functions that name
//! the same part share one file, so a screen costs one or two requests, not dozens:
//! - `editor`: the plan editor (a first visit sees the empty state, in the first part);
//! - `tracking`: check-ins, the status report, Trends and the Map;
//! - `workshop`: the workshop, the projector view, the handout and the Library;
//! - `data`: files, sheets, share links, backups.
//!
//! The service worker precaches every part, so a screen first opened offline still
//! loads. A part that cannot be fetched (offline before the app was ever cached) shows
//! what happened and a "Try again", never a dead screen.

use super::route::Route;
use super::{checkins, data, library, map, plan, trends, workshop};
use crate::split::in_part;
use crate::state::use_app;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;

type Part = Result<AnyView, SplitLoaderError>;

in_part!(editor, preload = editor_ready;
    fn plan_editor(creating: RwSignal<bool>) -> AnyView {
        plan::PlanEditor(plan::PlanEditorProps { creating }).into_any()
    }
);

in_part!(tracking;
    fn checkins_screen() -> AnyView {
        checkins::CheckInsScreen().into_any()
    }
);

in_part!(tracking;
    fn status_report() -> AnyView {
        checkins::StatusReport().into_any()
    }
);

in_part!(tracking;
    fn trends_screen() -> AnyView {
        trends::TrendsScreen().into_any()
    }
);

in_part!(tracking;
    fn map_screen() -> AnyView {
        map::MapScreen().into_any()
    }
);

in_part!(workshop;
    fn workshop_screen() -> AnyView {
        workshop::WorkshopScreen().into_any()
    }
);

in_part!(workshop;
    fn present_screen() -> AnyView {
        workshop::PresentScreen().into_any()
    }
);

in_part!(workshop;
    fn handout_screen() -> AnyView {
        workshop::HandoutScreen().into_any()
    }
);

in_part!(workshop;
    fn library_screen() -> AnyView {
        library::LibraryScreen().into_any()
    }
);

in_part!(data;
    fn data_screen() -> AnyView {
        data::DataScreen().into_any()
    }
);

/// With plans stored, the editor is what the app opens on: fetch its part alongside the
/// store part, not after it.
pub fn preload_editor() {
    wasm_bindgen_futures::spawn_local(async {
        // A failure shows on the Plan screen itself, which offers to try again.
        let _ = editor_ready().await;
    });
}

/// The screen a route names.
pub fn screen(route: Route) -> AnyView {
    match route {
        Route::Plan => plan_screen(),
        Route::Workshop => later(route, workshop_screen),
        Route::Present => later(route, present_screen),
        Route::Handout => later(route, handout_screen),
        Route::CheckIns => later(route, checkins_screen),
        Route::Report => later(route, status_report),
        Route::Trends => later(route, trends_screen),
        Route::Map => later(route, map_screen),
        Route::Library => later(route, library_screen),
        Route::Data => later(route, data_screen),
    }
}

/// The Plan screen: the empty state (a first visit's first screen, in the first part),
/// or the editor once there is a plan.
fn plan_screen() -> AnyView {
    let app = use_app();
    let creating = RwSignal::new(false);
    view! {
        <Show
            when=move || app.has_plan() && !creating.get()
            fallback=move || view! { <plan::NewPlan creating=creating /> }
        >
            {later(Route::Plan, move || plan_editor(creating))}
        </Show>
    }
    .into_any()
}

/// A screen whose part may still be on its way: "Opening…" until it is there (on a cached
/// visit the part is ready at once and the line never shows), or what went wrong.
fn later<F>(route: Route, load: impl Fn() -> F + Send + Sync + Copy + 'static) -> AnyView
where
    F: Future<Output = Part> + Send + 'static,
{
    // Bumped by "Try again": the part loader starts afresh after a failed fetch.
    let attempt = RwSignal::new(0u32);
    let label = route.label();
    view! {
        {move || {
            attempt.track();
            view! {
                <Suspense fallback=move || {
                    view! {
                        <p class="opening" role="status">
                            {format!("Opening {label}…")}
                        </p>
                    }
                }>
                    {Suspend::new(async move {
                        match load().await {
                            Ok(view) => view,
                            Err(_) => not_loaded(label, attempt),
                        }
                    })}
                </Suspense>
            }
        }}
    }
    .into_any()
}

fn not_loaded(label: &'static str, attempt: RwSignal<u32>) -> AnyView {
    view! {
        <section class="card part-missing" role="alert" data-testid="part-missing">
            <h1>{format!("{label} could not open")}</h1>
            <p>
                "This screen is not on this device yet and the connection is down. "
                "Your plans are safe. Once you are online, try again: after that it works offline too."
            </p>
            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                "Try again"
            </button>
        </section>
    }
    .into_any()
}
