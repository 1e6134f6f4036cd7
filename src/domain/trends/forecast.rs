//! Where the current pace lands: a least-squares line through the window's check-ins,
//! read off at the period's last day.

use crate::domain::model::{CheckIn, KeyResult, KrKind};
use crate::domain::period::Period;
use crate::domain::progress::fraction;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Forecast {
    /// The fitted line's value on the period's last day.
    pub value: f64,
    /// Progress that value would be, unclamped (increase/decrease only: a threshold or a
    /// milestone has no distance to extrapolate along).
    pub grade: Option<f64>,
    /// The fitted pace in the metric's unit per week (negative when it falls).
    pub per_week: f64,
    /// `value` as precise as the metric is written (its check-ins, baseline and target):
    /// what screens and reports show.
    pub shown: f64,
}

/// Decimal places a number is written with (1.5 has one, 15000 none), up to four.
fn decimals(x: f64) -> i32 {
    (0..4)
        .find(|&d| {
            let scaled = x * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.abs().max(1.0)
        })
        .unwrap_or(4)
}

/// A forecast as precise as the metric is written, no more: a forecast of visits has no
/// cents. For display; the grade is worked out from the exact value.
pub fn shown_value(kr: &KeyResult, value: f64) -> f64 {
    round_to(value, precision(kr))
}

/// The most decimals among the key result's own numbers: its check-ins, baseline, target.
fn precision(kr: &KeyResult) -> i32 {
    kr.check_ins
        .iter()
        .map(|c| c.value)
        .chain(kr.baseline)
        .chain(kr.target)
        .map(decimals)
        .max()
        .unwrap_or(0)
}

fn round_to(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

/// Fits value = a + b·day over the window (day counted from the period start) and
/// extrapolates to the period end. `None` for milestones, with fewer than two check-ins,
/// or when they all share one date (no time spread, so no slope).
pub fn forecast(kr: &KeyResult, period: Period, used: &[&CheckIn]) -> Option<Forecast> {
    if kr.kind == KrKind::Milestone || used.len() < 2 {
        return None;
    }
    let n = used.len() as f64;
    let day = |c: &CheckIn| (c.date - period.start).num_days() as f64;
    let mean_x = used.iter().map(|c| day(c)).sum::<f64>() / n;
    let mean_y = used.iter().map(|c| c.value).sum::<f64>() / n;
    // Centred sums keep the fit exact enough even for large metric values.
    let (sxy, sxx) = used.iter().fold((0.0, 0.0), |(sxy, sxx), c| {
        let dx = day(c) - mean_x;
        (sxy + dx * (c.value - mean_y), sxx + dx * dx)
    });
    if sxx <= 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    let end = (period.end - period.start).num_days() as f64;
    let value = mean_y + slope * (end - mean_x);
    if !value.is_finite() {
        return None;
    }
    let grade = match kr.kind {
        KrKind::Increase | KrKind::Decrease => kr
            .baseline
            .zip(kr.target)
            .and_then(|(b, t)| fraction(b, t, value)),
        _ => None,
    };
    Some(Forecast {
        value,
        grade,
        per_week: slope * 7.0,
        shown: shown_value(kr, value),
    })
}

#[cfg(test)]
mod rounding_tests {
    use super::*;

    #[test]
    fn forecasts_keep_the_precision_of_the_metric() {
        assert_eq!(decimals(15_000.0), 0);
        assert_eq!(decimals(1.5), 1);
        assert_eq!(decimals(12.25), 2);
        assert_eq!(round_to(15_405.15, 0), 15_405.0);
        assert_eq!(round_to(594_285.714, 0), 594_286.0);
        assert_eq!(round_to(2.3456, 1), 2.3);
    }
}
