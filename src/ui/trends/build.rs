//! The Trends charts, built with charming from the domain's analysis. Builders are plain
//! functions of their inputs; components wrap them in memos so a chart redraws only when
//! its JSON changes.

use super::text::fmt_number;
use crate::domain::trends::{KrTrend, ObjectiveTrend, Status};
use crate::domain::{CheckIn, Confidence, KrKind, Period};
use crate::ui::charts::Palette;
use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{
    AxisLabel, AxisType, ItemStyle, LineStyle, LineStyleType, MarkLine, MarkLineData,
    MarkLineVariant, SplitLine, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Line};
use charming::Chart;
use chrono::NaiveDate;

/// Every label of a time axis as a day and its month ("29 Oct", "5 Nov"): ECharts' own
/// labels put a bare month name at the 1st beside bare day numbers, which read as one date
/// ("29 Nov" for the 29th of October and the 1st of November).
pub(super) fn day_labels() -> AxisLabel {
    AxisLabel::new().formatter("{d} {MMM}")
}

pub(super) fn base() -> Chart {
    Chart::new().background_color("transparent")
}

fn status_colour(status: Status, p: &Palette) -> String {
    match status {
        Status::OnTrack => p.green.clone(),
        Status::AtRisk => p.yellow.clone(),
        Status::OffTrack => p.red.clone(),
        Status::Pending | Status::Unmeasurable => p.muted.clone(),
    }
}

pub(super) fn confidence_colour(c: Confidence, p: &Palette) -> String {
    match c {
        Confidence::Green => p.green.clone(),
        Confidence::Yellow => p.yellow.clone(),
        Confidence::Red => p.red.clone(),
    }
}

/// Shown as a percentage on a 0-100 axis (the data itself stays unclamped).
fn percent(progress: f64) -> f64 {
    (progress * 100.0).clamp(0.0, 100.0).round()
}

fn short(title: &str) -> String {
    let mut s: String = title.chars().take(38).collect();
    if title.chars().count() > 38 {
        s.push('…');
    }
    s
}

/// Height in pixels of an objective's overview for `n` key results.
pub fn overview_height(n: usize) -> u32 {
    70 + 34 * n.max(1) as u32
}

/// Progress of each key result of an objective against the expected pace.
pub fn overview(o: &ObjectiveTrend, p: &Palette) -> Chart {
    let names: Vec<String> = o.key_results.iter().map(|k| short(&k.title)).collect();
    let bars: Vec<DataPointItem> = o
        .key_results
        .iter()
        .map(|k| {
            DataPointItem::new(k.progress.map_or(0.0, percent))
                .name(k.status.label())
                .item_style(ItemStyle::new().color(status_colour(k.status, p)))
        })
        .collect();
    let expected = MarkLine::new()
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(
            LineStyle::new()
                .color(p.text.as_str())
                .type_(LineStyleType::Dashed),
        )
        .data(vec![MarkLineVariant::Simple(
            MarkLineData::new()
                .name("Expected")
                .x_axis(percent(o.expected)),
        )]);
    base()
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(24)
                .bottom(8)
                .contain_label(true),
        )
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .axis_label(AxisLabel::new().formatter("{value}%")),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(names),
        )
        .series(
            Bar::new()
                .name("Progress %")
                .bar_width(20)
                .data(bars)
                .mark_line(expected),
        )
}

/// What a burn-up needs besides the key result's trend.
pub struct BurnUpInput<'a> {
    pub period: Period,
    pub kind: KrKind,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    /// The check-ins that count (the domain's window), in date order.
    pub used: Vec<&'a CheckIn>,
}

/// The frame of a chart of lines over dates: a legend below, an axis tooltip.
pub(super) fn dated_lines() -> Chart {
    base()
        .grid(
            Grid::new()
                .left(8)
                .right(16)
                .top(16)
                .bottom(40)
                .contain_label(true),
        )
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().bottom(0))
}

fn day(d: NaiveDate) -> CompositeValue {
    CompositeValue::from(d.to_string())
}

pub(super) fn point(d: NaiveDate, v: f64) -> CompositeValue {
    CompositeValue::Array(vec![day(d), CompositeValue::from(v)])
}

fn segment(name: &str, points: Vec<CompositeValue>, colour: &str, style: LineStyleType) -> Line {
    Line::new()
        .name(name)
        .show_symbol(false)
        .line_style(LineStyle::new().color(colour).type_(style).width(2))
        .item_style(ItemStyle::new().color(colour))
        .data(points)
}

/// Actual readings, the expected pace from baseline to target, the forecast to the
/// period's end and the target line.
pub fn burn_up(input: &BurnUpInput, trend: &KrTrend, p: &Palette) -> Chart {
    let (start, end) = (input.period.start, input.period.end);
    let moves = matches!(input.kind, KrKind::Increase | KrKind::Decrease);
    let mut actual = Vec::new();
    if let (true, Some(b)) = (moves, input.baseline) {
        actual.push(point(start, b));
    }
    actual.extend(input.used.iter().map(|c| point(c.date, c.value)));
    let mut chart = dated_lines()
        .x_axis(
            Axis::new()
                .type_(AxisType::Time)
                .axis_label(day_labels())
                .min(day(start))
                .max(day(end)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .scale(true)
                .split_line(SplitLine::new().line_style(LineStyle::new().color(p.border.as_str()))),
        )
        .series(
            Line::new()
                .name("Actual")
                .symbol_size(7.0)
                .line_style(LineStyle::new().color(p.accent.as_str()).width(3))
                .item_style(ItemStyle::new().color(p.accent.as_str()))
                .data(actual),
        );
    let target = match input.kind {
        KrKind::Milestone => Some(1.0),
        _ => input.target,
    };
    if let (true, Some(b), Some(t)) = (moves, input.baseline, target) {
        let pace = vec![point(start, b), point(end, t)];
        chart = chart.series(segment(
            "Expected pace",
            pace,
            &p.muted,
            LineStyleType::Dashed,
        ));
    }
    if let (Some(f), Some(last)) = (trend.forecast, trend.latest_date) {
        // The domain's fitted line, drawn from the latest reading to the period's end.
        let days_left = (end - last).num_days() as f64;
        let from = f.value - f.per_week / 7.0 * days_left;
        let line = vec![point(last, from), point(end, f.value)];
        chart = chart.series(segment("Forecast", line, &p.yellow, LineStyleType::Dotted));
    }
    if let Some(t) = target {
        let line = vec![point(start, t), point(end, t)];
        chart = chart.series(segment("Target", line, &p.green, LineStyleType::Solid));
    }
    chart
}

/// Words for a burn-up, for screen readers and tests.
pub fn burn_up_words(trend: &KrTrend) -> String {
    let title = &trend.title;
    let latest = trend.latest_value.map_or_else(
        || "no reading yet".to_string(),
        |v| format!("latest {}", fmt_number(v)),
    );
    format!(
        "Burn-up of {title}: {} check-ins, {latest}",
        trend.check_ins_used
    )
}
