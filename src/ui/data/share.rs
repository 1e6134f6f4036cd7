//! "Copy share link": the open plan in the link's fragment, which no server ever sees.

use super::js;
use crate::domain::Plan;
use crate::state::use_app;
use crate::state::{is_over_safe_size, share_link, SHARE_LINK_SAFE_CHARS};
use leptos::prelude::*;

/// Makes `plan` a link and offers it: copied to the clipboard and shown in the box, or,
/// past what chat tools keep, a message to send a file instead.
pub(super) fn offer_link(
    plan: &Plan,
    link: RwSignal<Option<String>>,
    status: RwSignal<String>,
    too_long: fn(usize) -> String,
    copied: &'static str,
) {
    let now = chrono::Utc::now().to_rfc3339();
    match share_link(&js::page_address(), plan, now) {
        Ok(made) if is_over_safe_size(&made) => {
            link.set(None);
            status.set(too_long(made.chars().count()));
        }
        Ok(made) => {
            link.set(Some(made.clone()));
            status.set("Copying the link…".into());
            js::copy_text(&made, move |result| {
                status.set(match result {
                    Ok(()) => copied.into(),
                    Err(why) => format!("{why} Copy the link from the box below."),
                })
            });
        }
        Err(error) => {
            link.set(None);
            status.set(error.to_string());
        }
    }
}

/// The link just made, to select and copy by hand.
#[component]
pub(super) fn LinkBox(
    id: &'static str,
    label: &'static str,
    link: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <Show when=move || link.with(Option::is_some)>
            <label for=id>{label}</label>
            <input
                id=id
                class="share-link"
                readonly
                prop:value=move || link.get().unwrap_or_default()
            />
        </Show>
    }
}

#[component]
pub fn ShareCard() -> impl IntoView {
    let app = use_app();
    let link = RwSignal::new(None::<String>);
    let message = RwSignal::new(String::new());
    let make = move |_| {
        if let Some(plan) = app.with_plan(|p| p.cloned()) {
            offer_link(
                &plan,
                link,
                message,
                |n| {
                    format!("This plan would make a link of {n} characters, and chat tools and e-mail cut links past {SHARE_LINK_SAFE_CHARS}. Send it as a file instead: use \"Export this plan\" above.")
                },
                "Link copied. Whoever opens it sees a preview first and chooses what to do.",
            );
        }
    };
    view! {
        <div class="card">
            <h2>"Share link"</h2>
            <p>
                "A link that holds the open plan itself, after the # where browsers never send it to any server. "
                "Good for small plans; larger ones travel better as a file."
            </p>
            <button on:click=make disabled=move || !app.has_plan()>
                "Copy share link"
            </button>
            <p role="status" data-testid="share-status">
                {move || message.get()}
            </p>
            <LinkBox id="share-link" label="Share link" link=link />
        </div>
    }
}
