//! The Library screen: where ready-made marketing OKR sets and the metric catalog live.

use leptos::prelude::*;

#[component]
pub fn LibraryScreen() -> impl IntoView {
    view! {
        <section>
            <h1>"Library"</h1>
            <div class="empty-state">
                <p>
                    "The library is empty in this version. Write your objectives on the "
                    <a href="#/plan">"Plan"</a>
                    " screen: one to three of them, each with one to three measurable key results."
                </p>
            </div>
        </section>
    }
}
