//! The window of check-ins that count, progress as of a day, and the status rule.

use super::{
    EPS, FIRST_CHECK_IN_GRACE_DAYS, MILESTONE_AT_RISK_FROM, MILESTONE_OFF_TRACK_FROM,
    OFF_TRACK_GAP, ON_TRACK_GAP,
};
use crate::domain::model::{CheckIn, KeyResult, KrKind};
use crate::domain::period::Period;
use crate::domain::progress::fraction;
use chrono::NaiveDate;
use serde::Serialize;

/// Where a key result stands against the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Nothing to judge yet: the period has not started, or it is in its first week and
    /// the first check-in is not due yet.
    Pending,
    OnTrack,
    AtRisk,
    OffTrack,
    /// Checked in, but missing what progress needs (a baseline or target, or they are equal).
    Unmeasurable,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::OnTrack => "on track",
            Status::AtRisk => "at risk",
            Status::OffTrack => "off track",
            Status::Unmeasurable => "unmeasurable",
        }
    }
}

/// The check-ins that count on `as_of`: inside the period, not after `as_of`, with a finite
/// value; sorted by date, insertion order breaking ties (so the last one is the latest).
pub fn window(kr: &KeyResult, period: Period, as_of: NaiveDate) -> Vec<&CheckIn> {
    let last_day = period.end.min(as_of);
    let mut used: Vec<&CheckIn> = kr
        .check_ins
        .iter()
        .filter(|c| period.start <= c.date && c.date <= last_day && c.value.is_finite())
        .collect();
    // Stable sort: equal dates keep insertion order, matching `latest_check_in`.
    used.sort_by_key(|c| c.date);
    used
}

/// Expected progress at an even pace: the share of the period elapsed at the end of `as_of`
/// (0 before it starts, 1 from its last day on).
pub fn expected_progress(period: Period, as_of: NaiveDate) -> f64 {
    period.elapsed_fraction(as_of)
}

/// Progress from the window only, unclamped, with the rules of `KeyResult::progress`:
/// increase/decrease from the latest value (the baseline when there is none), thresholds
/// as the share of check-ins inside, milestones 0 or 1. `None` when not measurable.
pub fn progress_as_of(kr: &KeyResult, used: &[&CheckIn]) -> Option<f64> {
    let latest = used.last();
    match kr.kind {
        KrKind::Increase | KrKind::Decrease => {
            let baseline = kr.baseline?;
            let value = latest.map_or(baseline, |c| c.value);
            fraction(baseline, kr.target?, value)
        }
        KrKind::StayAbove | KrKind::StayBelow => {
            kr.target?;
            if used.is_empty() {
                return None;
            }
            let inside = used
                .iter()
                .filter(|c| kr.within_threshold(c.value) == Some(true))
                .count();
            Some(inside as f64 / used.len() as f64)
        }
        KrKind::Milestone => Some(if milestone_done(used) { 1.0 } else { 0.0 }),
    }
}

pub(crate) fn milestone_done(used: &[&CheckIn]) -> bool {
    used.last().is_some_and(|c| c.value >= 1.0)
}

/// The status rule (thresholds in the module constants):
/// 1. before the period starts, or in its first week without a check-in: pending;
/// 2. no check-in yet: at risk before mid-period, off track from mid-period on
///    ("silence is never green");
/// 3. increase/decrease: gap = expected - progress; gap < 0.10 on track, 0.10..=0.25 at risk,
///    above 0.25 off track (being ahead is a negative gap, so on track);
/// 4. stay above/below: the latest check-in decides, inside on track, outside off track;
/// 5. milestone: done is on track; otherwise on track before half the period, at risk
///    until 80 % of it, then off track.
pub fn status(kr: &KeyResult, period: Period, as_of: NaiveDate, used: &[&CheckIn]) -> Status {
    if as_of < period.start {
        return Status::Pending;
    }
    let expected = expected_progress(period, as_of);
    let Some(latest) = used.last() else {
        if (as_of - period.start).num_days() < FIRST_CHECK_IN_GRACE_DAYS {
            return Status::Pending;
        }
        return if expected < 0.5 {
            Status::AtRisk
        } else {
            Status::OffTrack
        };
    };
    match kr.kind {
        KrKind::Increase | KrKind::Decrease => match progress_as_of(kr, used) {
            Some(progress) => by_gap(expected - progress),
            None => Status::Unmeasurable,
        },
        KrKind::StayAbove | KrKind::StayBelow => match kr.within_threshold(latest.value) {
            Some(true) => Status::OnTrack,
            Some(false) => Status::OffTrack,
            None => Status::Unmeasurable,
        },
        KrKind::Milestone => {
            if milestone_done(used) || expected < MILESTONE_AT_RISK_FROM - EPS {
                Status::OnTrack
            } else if expected < MILESTONE_OFF_TRACK_FROM - EPS {
                Status::AtRisk
            } else {
                Status::OffTrack
            }
        }
    }
}

/// `gap` is expected minus actual progress. Exactly 10 points behind is at risk, and so is
/// exactly 25 points behind; only more than 25 is off track.
pub(crate) fn by_gap(gap: f64) -> Status {
    if gap < ON_TRACK_GAP - EPS {
        Status::OnTrack
    } else if gap <= OFF_TRACK_GAP + EPS {
        Status::AtRisk
    } else {
        Status::OffTrack
    }
}
