//! Says on every screen that the open plan is closed (read-only), with the way back.

use crate::domain::display::fmt_date;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ClosedBanner() -> impl IntoView {
    let app = use_app();
    move || {
        app.closed_on().map(|day| {
            view! {
                <div class="banner closed-banner" role="status" data-testid="closed-banner">
                    <p>
                        {format!(
                            "This plan was closed on {}: it is kept as it was, and changes are not taken. ",
                            fmt_date(day),
                        )} <button on:click=move |_| app.reopen_plan()>"Reopen it"</button>
                    </p>
                </div>
            }
        })
    }
}
