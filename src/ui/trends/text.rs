//! Words and numbers as the Check-ins and Trends screens show them.

pub use crate::domain::display::{fmt_number, fmt_value};
use crate::domain::trends::Status;
use leptos::prelude::*;

/// A grade as people read it: "0.65".
pub fn fmt_grade(grade: f64) -> String {
    format!("{grade:.2}")
}

/// The CSS class of a status: `on-track`, `at-risk`…
pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Pending => "pending",
        Status::OnTrack => "on-track",
        Status::AtRisk => "at-risk",
        Status::OffTrack => "off-track",
        Status::Unmeasurable => "unmeasurable",
    }
}

/// A status as a coloured pill with its words (colour is never the only signal).
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<Status>) -> impl IntoView {
    view! {
        <span
            class=move || format!("status-badge {}", status_class(status.get()))
            data-testid="status"
        >
            {move || status.get().label()}
        </span>
    }
}
