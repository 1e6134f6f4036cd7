//! Warning flags read from the shape of the check-in series. They sit beside the status
//! because a status alone hides false positives: a hot start that fades, green words over
//! red numbers, a number nobody has looked at for weeks.

use super::rules::{expected_progress, milestone_done, progress_as_of, status, Status};
use super::{EPS, SLOWDOWN_RATIO, STALE_AFTER_DAYS, STALL_TOLERANCE};
use crate::domain::model::{CheckIn, Confidence, KeyResult, KrKind};
use crate::domain::period::Period;
use crate::domain::progress::fraction;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Moving well in the good direction early on, much slower over the last three check-ins.
    HotStartSlowdown,
    /// No real movement over the last three check-ins while short of the target.
    Stalled,
    /// Confidence never rose over the last three check-ins (two if only two) and ended lower.
    ConfidenceFalling,
    /// The period is running and the last check-in is more than a week old (or missing).
    Stale,
    /// The numbers look fine but the owner says red: trust the owner and ask why.
    AheadButRed,
    /// The numbers are off track but the owner says green: optimism the data does not back.
    BehindButGreen,
}

impl Flag {
    pub fn label(self) -> &'static str {
        match self {
            Flag::HotStartSlowdown => "hot start, then slowdown",
            Flag::Stalled => "stalled",
            Flag::ConfidenceFalling => "confidence falling",
            Flag::Stale => "stale",
            Flag::AheadButRed => "ahead but red",
            Flag::BehindButGreen => "behind but green",
        }
    }
}

/// All flags raised for a key result on `as_of`, in the order of the `Flag` enum.
pub fn flags(kr: &KeyResult, period: Period, as_of: NaiveDate, used: &[&CheckIn]) -> Vec<Flag> {
    let mut out = Vec::new();
    let progress = progress_as_of(kr, used);
    let stalled = stalled(kr, used, progress);
    // A stall is the sharper diagnosis of the same series, so it replaces the slowdown.
    if !stalled && hot_start_slowdown(kr, used, progress) {
        out.push(Flag::HotStartSlowdown);
    }
    if stalled {
        out.push(Flag::Stalled);
    }
    if confidence_falling(used) {
        out.push(Flag::ConfidenceFalling);
    }
    if stale(period, as_of, used) {
        out.push(Flag::Stale);
    }
    if let Some(latest) = used.last() {
        match latest.confidence {
            Confidence::Red if numbers_look_fine(kr, period, as_of, used, progress) => {
                out.push(Flag::AheadButRed)
            }
            Confidence::Green if status(kr, period, as_of, used) == Status::OffTrack => {
                out.push(Flag::BehindButGreen)
            }
            _ => {}
        }
    }
    out
}

/// Progress per day between two check-ins, in the good direction (fraction handles it).
fn velocity(kr: &KeyResult, from: &CheckIn, to: &CheckIn) -> Option<f64> {
    let (baseline, target) = kr.baseline.zip(kr.target)?;
    let days = (to.date - from.date).num_days();
    if days <= 0 {
        return None;
    }
    let moved = fraction(baseline, target, to.value)? - fraction(baseline, target, from.value)?;
    Some(moved / days as f64)
}

/// Earlier velocity: first check-in to the third-last; recent: third-last to last (so four
/// check-ins at least). Flagged when the earlier one was positive and the recent one is
/// below 40 % of it. Not flagged once the target is reached: slowing down there is fine.
fn hot_start_slowdown(kr: &KeyResult, used: &[&CheckIn], progress: Option<f64>) -> bool {
    if !matches!(kr.kind, KrKind::Increase | KrKind::Decrease) || used.len() < 4 {
        return false;
    }
    if progress.is_none_or(|p| p >= 1.0) {
        return false;
    }
    let pivot = used[used.len() - 3];
    let earlier = velocity(kr, used[0], pivot);
    let recent = velocity(kr, pivot, used[used.len() - 1]);
    match (earlier, recent) {
        (Some(earlier), Some(recent)) => earlier > 0.0 && recent < SLOWDOWN_RATIO * earlier,
        _ => false,
    }
}

/// The last three values span less than 1 % of the baseline-to-target distance and the
/// target is not reached yet.
fn stalled(kr: &KeyResult, used: &[&CheckIn], progress: Option<f64>) -> bool {
    if !matches!(kr.kind, KrKind::Increase | KrKind::Decrease) || used.len() < 3 {
        return false;
    }
    let Some((baseline, target)) = kr.baseline.zip(kr.target) else {
        return false;
    };
    if progress.is_none_or(|p| p >= 1.0) {
        return false;
    }
    let last = &used[used.len() - 3..];
    let (lo, hi) = last
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), c| {
            (lo.min(c.value), hi.max(c.value))
        });
    hi - lo < STALL_TOLERANCE * (target - baseline).abs()
}

/// Over the last three check-ins (two when only two exist) confidence never improves and
/// the latest is worse than the first: green→yellow→red, green→green→red, yellow→red…
fn confidence_falling(used: &[&CheckIn]) -> bool {
    if used.len() < 2 {
        return false;
    }
    let last = &used[used.len().saturating_sub(3)..];
    // Confidence orders Green < Yellow < Red, so "worse" is "greater".
    let never_better = last.windows(2).all(|w| w[0].confidence <= w[1].confidence);
    let first = last[0].confidence;
    let latest = last[last.len() - 1].confidence;
    never_better && latest > first
}

/// While the period runs (start..=end contains `as_of`): more than 7 days since the last
/// check-in, or since the period start when there is none.
fn stale(period: Period, as_of: NaiveDate, used: &[&CheckIn]) -> bool {
    if !period.contains(as_of) {
        return false;
    }
    let since = used.last().map_or(period.start, |c| c.date);
    (as_of - since).num_days() > STALE_AFTER_DAYS
}

/// Progress at or above expected (increase/decrease), inside the threshold (stay above /
/// below, latest check-in), or done (milestone).
fn numbers_look_fine(
    kr: &KeyResult,
    period: Period,
    as_of: NaiveDate,
    used: &[&CheckIn],
    progress: Option<f64>,
) -> bool {
    match kr.kind {
        KrKind::Increase | KrKind::Decrease => {
            progress.is_some_and(|p| p >= expected_progress(period, as_of) - EPS)
        }
        KrKind::StayAbove | KrKind::StayBelow => used
            .last()
            .is_some_and(|c| kr.within_threshold(c.value) == Some(true)),
        KrKind::Milestone => milestone_done(used),
    }
}
