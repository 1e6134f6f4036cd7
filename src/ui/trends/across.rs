//! A carried key result's metric across the quarters it ran through, on one chart: one
//! line per period, so a team sees whether last quarter's pace carried on.

use super::build::{dated_lines, point};
use crate::domain::display::fmt_number;
use crate::domain::{Id, Period};
use crate::state::use_app;
use crate::ui::charts::{chart_json, EChart};
use charming::component::Axis;
use charming::element::AxisType;
use charming::series::Line;
use charming::Chart;
use chrono::NaiveDate;
use leptos::prelude::*;

type History = Vec<(Period, Vec<(NaiveDate, f64)>)>;

fn across_chart(history: &History) -> Chart {
    let mut chart = dated_lines()
        .x_axis(
            Axis::new()
                .type_(AxisType::Time)
                .axis_label(super::build::day_labels()),
        )
        .y_axis(Axis::new().type_(AxisType::Value).scale(true));
    for (period, readings) in history {
        let points: Vec<_> = readings.iter().map(|(d, v)| point(*d, *v)).collect();
        chart = chart.series(
            Line::new()
                .name(period.label())
                .symbol_size(6.0)
                .data(points),
        );
    }
    chart
}

/// Words for the chart, for screen readers and tests: "2027 Q1: 5,000 to 12,220; 2027 Q2: 13,000".
fn across_words(history: &History) -> String {
    let parts: Vec<String> = history
        .iter()
        .map(|(period, r)| match (r.first(), r.last()) {
            (Some(a), Some(b)) if a.0 != b.0 => {
                format!(
                    "{}: {} to {}",
                    period.label(),
                    fmt_number(a.1),
                    fmt_number(b.1)
                )
            }
            (Some(a), _) => format!("{}: {}", period.label(), fmt_number(a.1)),
            _ => format!("{}: no check-in", period.label()),
        })
        .collect();
    format!("Across quarters: {}", parts.join("; "))
}

#[component]
pub fn AcrossQuarters(id: Id) -> impl IntoView {
    let app = use_app();
    let history = Memo::new(move |_| app.history_across(&id));
    let chart = Memo::new(move |_| {
        history.with(|h| {
            if h.len() > 1 {
                chart_json(&across_chart(h))
            } else {
                String::new()
            }
        })
    });
    let label = Signal::derive(move || history.with(across_words));
    view! {
        <Show when=move || history.with(|h| h.len() > 1)>
            <div class="across-quarters" data-testid="across-quarters">
                <p class="strip-title">{move || label.get()}</p>
                <EChart chart=chart label=label height=200 lazy=true />
            </div>
        </Show>
    }
}
