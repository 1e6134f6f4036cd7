use super::closed::ClosedBanner;
use super::parts;
use super::route::Route;
use super::shell::{Header, StorageBanner, UndoToast};
use super::update::UpdateBanner;
use crate::state::AppState;
use leptos::prelude::*;

/// The app, on the state `ui::start` loaded before mounting it.
#[component]
pub fn App(state: AppState) -> impl IntoView {
    provide_context(state);

    let route = RwSignal::new(Route::current());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| route.set(Route::current()));

    let full_screen = move || route.get().is_full_screen();
    view! {
        <Show when=move || !full_screen()>
            <Header route=route />
            <UpdateBanner />
            <StorageBanner />
            <ClosedBanner />
        </Show>
        <main id="main" tabindex="-1" class:full-screen=full_screen>
            {move || parts::screen(route.get())}
        </main>
        <UndoToast />
    }
}
