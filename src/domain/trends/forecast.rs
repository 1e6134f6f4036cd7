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
    })
}
