//! The projector view: one objective at a time in large type, arrows to move, Escape to
//! leave; after the objectives, the alignment map, so the room sees what the plan serves.

use crate::domain::maturity::key_result_verdict;
use crate::domain::progress::percent_label;
use crate::state::use_app;
use crate::ui::plan::coach::verdict_label;
use leptos::prelude::*;

#[component]
pub fn PresentScreen() -> impl IntoView {
    let app = use_app();
    let index = RwSignal::new(0usize);
    let count = move || app.with_plan(|p| p.map(|p| p.objectives.len()).unwrap_or(0));
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let n = count();
        match ev.key().as_str() {
            // One slide past the objectives: the map.
            "ArrowRight" | "PageDown" | " " if n > 0 => index.update(|i| *i = (*i + 1).min(n)),
            "ArrowLeft" | "PageUp" => index.update(|i| *i = i.saturating_sub(1)),
            "Escape" => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_hash("#/workshop");
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
    let slide = move || {
        app.with_plan(|p| {
            let p = p?;
            let o = p.objectives.get(index.get())?;
            let krs = o
                .key_results
                .iter()
                .map(|k| {
                    let verdict = verdict_label(key_result_verdict(k));
                    let progress = k.progress().map(percent_label);
                    (k.title.clone(), verdict, progress, k.owner.clone())
                })
                .collect::<Vec<_>>();
            Some((p.title(), o.title.clone(), krs))
        })
    };
    let on_map = move || count() > 0 && index.get() >= count();
    view! {
        <section class="present" data-testid="present" aria-live="polite">
            {move || match slide() {
                None if on_map() => {
                    view! {
                        <h1 class="present-objective">"What the plan serves"</h1>
                        <crate::ui::map::MapChart />
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <p class="present-empty">
                            "No objectives to present yet. Press Escape to go back."
                        </p>
                    }
                        .into_any()
                }
                Some((plan, title, krs)) => {
                    view! {
                        <p class="present-plan">{plan}</p>
                        <h1 class="present-objective">{title}</h1>
                        <ol class="present-krs">
                            {krs
                                .into_iter()
                                .map(|(t, v, p, owner)| {
                                    view! {
                                        <li>
                                            <span class="present-kr">{t}</span>
                                            <span class="present-meta">
                                                {v}{p.map(|p| format!(" · {p}"))}
                                                {(!owner.is_empty()).then(|| format!(" · {owner}"))}
                                            </span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                        .into_any()
                }
            }}
            <p class="present-hint">
                {move || {
                    if on_map() {
                        "The alignment map".to_string()
                    } else {
                        format!(
                            "Objective {} of {}",
                            (index.get() + 1).min(count().max(1)),
                            count(),
                        )
                    }
                }} " · ← → to move · Esc to leave"
            </p>
        </section>
    }
}
