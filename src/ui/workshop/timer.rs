//! An optional countdown per step, so a session keeps its pace.

use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn Countdown(step: RwSignal<usize>) -> impl IntoView {
    let minutes = RwSignal::new(0u32);
    let left = RwSignal::new(0i64);
    let running = RwSignal::new(false);
    if let Ok(handle) = set_interval_with_handle(
        move || {
            if running.get_untracked() && left.get_untracked() > 0 {
                left.update(|s| *s -= 1);
            }
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || handle.clear());
    }
    // A new step starts a fresh countdown of the chosen length.
    Effect::new(move |_| {
        step.track();
        left.set(i64::from(minutes.get_untracked()) * 60);
    });
    let label = move || {
        let s = left.get();
        if minutes.get() == 0 {
            String::new()
        } else if s == 0 {
            "Time's up".to_string()
        } else {
            format!("{}:{:02} left", s / 60, s % 60)
        }
    };
    view! {
        <div class="countdown">
            <label for="countdown-minutes">"Timer per step"</label>
            <select
                id="countdown-minutes"
                on:change=move |ev| {
                    let m = event_target_value(&ev).parse().unwrap_or(0);
                    minutes.set(m);
                    left.set(i64::from(m) * 60);
                    running.set(m > 0);
                }
            >
                <option value="0">"Off"</option>
                <option value="5">"5 minutes"</option>
                <option value="10">"10 minutes"</option>
                <option value="15">"15 minutes"</option>
                <option value="20">"20 minutes"</option>
            </select>
            <span class="countdown-left" role="timer" aria-live="off">
                {label}
            </span>
        </div>
    }
}
