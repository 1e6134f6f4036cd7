//! Workshop mode: a guided planning session for a room with a facilitator, a projector
//! view, and a one-page handout. Nothing here needs the network; every step edits the
//! ordinary plan, saved as it is typed.

mod handout;
mod present;
mod steps;
mod timer;

pub use handout::HandoutScreen;
pub use present::PresentScreen;

use crate::state::use_app;
use crate::ui::NewPlan;
use leptos::prelude::*;
use steps::Step;

#[component]
pub fn WorkshopScreen() -> impl IntoView {
    let app = use_app();
    let creating = RwSignal::new(false);
    view! {
        <Show
            when=move || app.has_plan() && !creating.get()
            fallback=move || {
                view! {
                    <p class="hint">
                        "Workshop: first, the team and the period this session plans."
                    </p>
                    <NewPlan creating=creating />
                }
            }
        >
            <Session />
        </Show>
    }
}

#[component]
fn Session() -> impl IntoView {
    let step = RwSignal::new(0usize);
    let last = Step::ALL.len() - 1;
    let current = move || Step::ALL[step.get().min(last)];
    let go = move |delta: isize| {
        step.update(|s| *s = (*s as isize + delta).clamp(0, last as isize) as usize);
        // Bring the new step's heading into focus for keyboard and screen-reader users.
        if let Some(h) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("workshop-step-title"))
        {
            use wasm_bindgen::JsCast;
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    };
    view! {
        <section class="workshop" data-testid="workshop">
            <div class="workshop-bar">
                <p class="step-count" data-testid="step-count">
                    {move || format!("Step {} of {}", step.get() + 1, Step::ALL.len())}
                </p>
                <progress max=Step::ALL.len() value=move || step.get() + 1></progress>
                <timer::Countdown step=step />
            </div>
            <h1 id="workshop-step-title" tabindex="-1">
                {move || current().title()}
            </h1>
            <p class="workshop-why">{move || current().why()}</p>
            {move || current().view()}
            <div class="workshop-nav">
                <button on:click=move |_| go(-1) disabled=move || step.get() == 0>
                    "Back"
                </button>
                <Show
                    when=move || step.get() < last
                    fallback=|| {
                        view! {
                            <a class="button primary" href="#/plan">
                                "Finish: open the plan"
                            </a>
                        }
                    }
                >
                    <button class="primary" on:click=move |_| go(1)>
                        "Next"
                    </button>
                </Show>
            </div>
        </section>
    }
}
