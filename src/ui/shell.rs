//! The frame around every screen: header, navigation, save status and storage banners.

use super::route::Route;
use crate::domain::Id;
use crate::state::{use_app, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn Header(route: RwSignal<Route>) -> impl IntoView {
    let app = use_app();
    let title = move || app.with_plan(|p| p.map(|p| p.title()));
    let plans = move || {
        app.data.with(|d| {
            d.plans
                .iter()
                .map(|p| (p.id.clone(), p.title()))
                .collect::<Vec<_>>()
        })
    };
    let current = move || app.data.with(|d| d.current.clone().unwrap_or_default().0);

    view! {
        <header class="app-header">
            <div class="brand">
                <span class="logo" aria-hidden="true">
                    "◎"
                </span>
                <span>"OKR Studio"</span>
            </div>
            <div class="current-plan" data-testid="current-plan">
                <Show
                    when=move || { plans().len() > 1 }
                    fallback=move || {
                        view! {
                            <span>{move || title().unwrap_or_else(|| "No plan yet".into())}</span>
                        }
                    }
                >
                    <label class="visually-hidden" for="plan-switch">
                        "Current plan"
                    </label>
                    <select
                        id="plan-switch"
                        prop:value=current
                        on:change=move |ev| app.select_plan(Id(event_target_value(&ev)))
                    >
                        {move || {
                            plans()
                                .into_iter()
                                .map(|(id, name)| view! { <option value=id.0>{name}</option> })
                                .collect_view()
                        }}
                    </select>
                </Show>
            </div>
            <SaveBadge />
            <nav aria-label="Screens">
                {Route::NAV
                    .into_iter()
                    .map(|r| {
                        view! {
                            <a
                                href=r.href()
                                class:active=move || route.get() == r
                                aria-current=move || (route.get() == r).then_some("page")
                            >
                                {r.label()}
                            </a>
                        }
                    })
                    .collect_view()}
            </nav>
        </header>
    }
}

#[component]
fn SaveBadge() -> impl IntoView {
    let app = use_app();
    let text = move || match app.status.get() {
        SaveStatus::Saved => ("saved", "Saved on this device"),
        SaveStatus::Pending => ("pending", "Saving…"),
        SaveStatus::NotSaved(_) => ("unsaved", "Not saved"),
        SaveStatus::OtherTab => ("unsaved", "Not saved: newer changes in another tab"),
        SaveStatus::InMemory(_) => ("unsaved", "Not kept after closing"),
        SaveStatus::Held(_) => ("unsaved", "Saving paused"),
        SaveStatus::NotLoaded(_) => ("unsaved", "Plans not open"),
    };
    view! {
        <span
            class=move || format!("save-badge {}", text().0)
            role="status"
            data-testid="save-status"
        >
            {move || text().1}
        </span>
    }
}

/// Explains any storage problem in plain words and offers the way out.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let app = use_app();
    let message = move || {
        match app.status.get() {
        SaveStatus::Saved | SaveStatus::Pending => None,
        SaveStatus::OtherTab => Some(
            "Another tab saved newer changes to your plans. This tab stops saving so it cannot write over them."
                .to_string(),
        ),
        SaveStatus::NotSaved(m)
        | SaveStatus::InMemory(m)
        | SaveStatus::Held(m)
        | SaveStatus::NotLoaded(m) => Some(m),
    }
    };
    let status = move || app.status.get();
    let download = move |_| {
        if let Some(text) = app.unreadable_text() {
            super::data::download("okr-studio-unreadable-data.json", &text, "application/json");
        }
    };
    let discard = move |_| {
        let sure = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(
                    "Discard the unreadable data and start fresh? Download it first if you may need it.",
                )
                .ok()
            })
            .unwrap_or(false);
        if sure {
            app.discard_unreadable();
        }
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="banner warning" role="alert" data-testid="storage-banner">
                <p>{move || message().unwrap_or_default()}</p>
                {move || match status() {
                    SaveStatus::Held(_) => {
                        view! {
                            <button on:click=download>"Download the unreadable data"</button>
                            <button class="danger" on:click=discard>
                                "Discard it and start fresh"
                            </button>
                        }
                            .into_any()
                    }
                    SaveStatus::NotLoaded(_) => {
                        view! {
                            <button
                                class="primary"
                                on:click=move |_| {
                                    if let Some(w) = web_sys::window() {
                                        let _ = w.location().reload();
                                    }
                                }
                            >
                                "Reload"
                            </button>
                        }
                            .into_any()
                    }
                    SaveStatus::OtherTab => {
                        view! {
                            <button class="primary" on:click=move |_| app.reload_from_storage()>
                                "Load the newer changes"
                            </button>
                            <button on:click=move |_| {
                                app.keep_this_tab()
                            }>"Keep this tab's version"</button>
                        }
                            .into_any()
                    }
                    SaveStatus::NotSaved(_) | SaveStatus::InMemory(_) => {
                        view! {
                            <button
                                class="primary"
                                on:click=move |_| {
                                    app.export_all_plans(|name, text| {
                                        super::data::download(&name, &text, "application/json")
                                    })
                                }
                            >
                                "Export now"
                            </button>
                        }
                            .into_any()
                    }
                    _ => ().into_any(),
                }}
            </div>
        </Show>
    }
}

/// "Deleted …  Undo": the way back from the last destructive action.
#[component]
pub fn UndoToast() -> impl IntoView {
    let app = use_app();
    view! {
        {move || {
            app.undo
                .get()
                .map(|entry| {
                    view! {
                        <div class="toast" role="status" data-testid="undo-toast">
                            <span>{entry.label}</span>
                            <button class="primary" on:click=move |_| app.undo()>
                                "Undo"
                            </button>
                            <button aria-label="Dismiss" on:click=move |_| app.undo.set(None)>
                                "×"
                            </button>
                        </div>
                    }
                })
        }}
    }
}
