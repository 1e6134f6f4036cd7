//! The confidence strip: one coloured cell per week of the period, from the last reading
//! of that week (grey when there is none).

use super::build::{base, confidence_colour};
use crate::domain::{CheckIn, Confidence, Period};
use crate::ui::charts::Palette;
use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::{AxisType, ItemStyle, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

/// The confidence of the last reading of each week of the period (grey when none).
pub fn confidence_weeks(period: Period, used: &[&CheckIn]) -> Vec<Option<Confidence>> {
    let weeks = (period.days() + 6) / 7;
    (0..weeks)
        .map(|w| {
            let from = period.start + chrono::Days::new(7 * w as u64);
            let to = from + chrono::Days::new(6);
            used.iter()
                .rev()
                .find(|c| from <= c.date && c.date <= to)
                .map(|c| c.confidence)
        })
        .collect()
}

/// One coloured cell per week.
pub fn confidence_strip(weeks: &[Option<Confidence>], p: &Palette) -> Chart {
    let names: Vec<String> = (1..=weeks.len()).map(|w| format!("W{w}")).collect();
    let cells: Vec<DataPointItem> = weeks
        .iter()
        .map(|c| {
            let (colour, name) = match c {
                Some(c) => (confidence_colour(*c, p), c.slug()),
                None => (p.border.clone(), "no check-in"),
            };
            DataPointItem::new(1)
                .name(name)
                .item_style(ItemStyle::new().color(colour).border_radius(3))
        })
        .collect();
    base()
        .grid(
            Grid::new()
                .left(8)
                .right(8)
                .top(4)
                .bottom(4)
                .contain_label(true),
        )
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        .x_axis(Axis::new().type_(AxisType::Category).data(names))
        .y_axis(Axis::new().type_(AxisType::Value).show(false).max(1))
        .series(Bar::new().name("Confidence").bar_width("88%").data(cells))
}

/// Words for the strip, for screen readers and tests.
pub fn confidence_words(weeks: &[Option<Confidence>]) -> String {
    let cells: Vec<String> = weeks
        .iter()
        .enumerate()
        .map(|(i, c)| format!("W{} {}", i + 1, c.map_or("none", |c| c.slug())))
        .collect();
    format!("Confidence by week: {}", cells.join(", "))
}
