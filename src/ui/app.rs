use super::closed::ClosedBanner;
use super::route::Route;
use super::shell::{Header, StorageBanner, UndoToast};
use super::update::UpdateBanner;
use super::{checkins, data, library, map, plan, trends, workshop};
use crate::state::AppState;
use crate::state::LocalStore;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load(LocalStore::default());
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
            {move || match route.get() {
                Route::Plan => plan::PlanScreen().into_any(),
                Route::Workshop => workshop::WorkshopScreen().into_any(),
                Route::Present => workshop::PresentScreen().into_any(),
                Route::Handout => workshop::HandoutScreen().into_any(),
                Route::CheckIns => checkins::CheckInsScreen().into_any(),
                Route::Report => checkins::StatusReport().into_any(),
                Route::Trends => trends::TrendsScreen().into_any(),
                Route::Map => map::MapScreen().into_any(),
                Route::Library => library::LibraryScreen().into_any(),
                Route::Data => data::DataScreen().into_any(),
            }}
        </main>
        <UndoToast />
    }
}
