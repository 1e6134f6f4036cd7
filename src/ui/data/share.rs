//! "Copy share link": the open plan in the link's fragment, which no server ever sees.

use super::js;
use crate::state::use_app;
use crate::state::{is_over_safe_size, share_link, SHARE_LINK_SAFE_CHARS};
use leptos::prelude::*;

#[component]
pub fn ShareCard() -> impl IntoView {
    let app = use_app();
    let link = RwSignal::new(None::<String>);
    let message = RwSignal::new(String::new());
    let make = move |_| {
        let Some(plan) = app.with_plan(|p| p.cloned()) else {
            return;
        };
        let now = chrono::Utc::now().to_rfc3339();
        match share_link(&js::page_address(), &plan, now) {
            Ok(made) if is_over_safe_size(&made) => {
                link.set(None);
                message.set(format!(
                    "This plan would make a link of {} characters, and chat tools and e-mail cut links past {SHARE_LINK_SAFE_CHARS}. Send it as a file instead: use \"Export this plan\" above.",
                    made.chars().count()
                ));
            }
            Ok(made) => {
                link.set(Some(made.clone()));
                message.set("Copying the link…".into());
                js::copy_text(&made, move |result| {
                    message.set(match result {
                        Ok(()) => "Link copied. Whoever opens it sees a preview first and chooses what to do.".into(),
                        Err(why) => format!("{why} Copy the link from the box below."),
                    })
                });
            }
            Err(error) => {
                link.set(None);
                message.set(error.to_string());
            }
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
            <Show when=move || link.with(Option::is_some)>
                <label for="share-link">"Share link"</label>
                <input
                    id="share-link"
                    class="share-link"
                    readonly
                    prop:value=move || link.get().unwrap_or_default()
                />
            </Show>
        </div>
    }
}
