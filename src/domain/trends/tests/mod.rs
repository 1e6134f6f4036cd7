//! Hand-worked series for every trend rule. All tests use one 100-day period starting on
//! 1 Jan 2027 (ending 10 Apr 2027), so day index `i` (0-based from the start) has an
//! expected progress of exactly (i + 1) / 100: index 49 is the middle, 0.50.

mod flags;
mod forecast;
mod grading;
mod status;

use super::*;
use crate::domain::model::{CheckIn, Confidence, KeyResult, KrKind};
use crate::domain::Id;
use chrono::{Duration, NaiveDate};

pub(super) use Confidence::{Green as G, Red as R, Yellow as Y};

pub(super) fn period() -> Period {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    Period::new(start, start + Duration::days(99)).unwrap()
}

/// The day with index `i` from the period start (negative: before it).
pub(super) fn day(i: i64) -> NaiveDate {
    period().start + Duration::days(i)
}

/// A key result with check-ins given as (day index, value, confidence).
pub(super) fn kr(
    kind: KrKind,
    baseline: Option<f64>,
    target: Option<f64>,
    points: &[(i64, f64, Confidence)],
) -> KeyResult {
    let mut kr = KeyResult::new(Id::from("kr"), "test key result");
    kr.kind = kind;
    kr.baseline = baseline;
    kr.target = target;
    for (n, (i, value, confidence)) in points.iter().enumerate() {
        kr.check_ins.push(CheckIn {
            id: Id(format!("c{n}")),
            date: day(*i),
            value: *value,
            confidence: *confidence,
            note: String::new(),
            stamp: Default::default(),
            edits: Default::default(),
        });
    }
    kr
}

/// Increase from 100 to 200: one point of value is one point of progress.
pub(super) fn up(points: &[(i64, f64, Confidence)]) -> KeyResult {
    kr(KrKind::Increase, Some(100.0), Some(200.0), points)
}

/// CPA from 420 down to 300.
pub(super) fn cpa(points: &[(i64, f64, Confidence)]) -> KeyResult {
    kr(KrKind::Decrease, Some(420.0), Some(300.0), points)
}

pub(super) fn at(kr: &KeyResult, as_of: i64) -> KrTrend {
    analyze_key_result(kr, period(), day(as_of))
}

pub(super) fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn the_test_period_has_round_numbers() {
    assert_eq!(period().days(), 100);
    assert!((expected_progress(period(), day(49)) - 0.5).abs() < 1e-12);
    assert_eq!(expected_progress(period(), day(-3)), 0.0);
    assert_eq!(expected_progress(period(), day(150)), 1.0);
}
