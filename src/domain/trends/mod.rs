//! Check-in trends: status against the calendar, a straight-line forecast, warning flags,
//! roll-ups and end-of-period grades.
//!
//! Everything here is a pure function of a key result, its plan's period and an explicit
//! `as_of` day, so the web app, `okr report` and the tests agree and nothing reads a clock.
//!
//! Which check-ins count: only those dated inside the period and not after `as_of` (the
//! "window"), with a finite value, ordered by date (insertion order breaks ties, as in
//! `KeyResult::latest_check_in`). A reading from before the period (last quarter's number)
//! or a date typed after the period end says nothing about this period's pace, and a reading
//! after `as_of` did not exist yet on that day. They are counted in `check_ins_ignored`.

mod flags;
mod forecast;
mod grading;
mod rules;

#[cfg(test)]
mod tests;

pub use flags::{flags, Flag};
pub use forecast::{forecast, shown_value, Forecast};
pub use grading::{grade, grade_label};
pub use rules::{expected_progress, progress_as_of, status, window, Status};

use super::model::{Confidence, KeyResult, KrKind, Objective, Plan};
use super::period::Period;
use chrono::NaiveDate;
use serde::Serialize;

/// Progress at most this far (in progress points, 0.10 = 10 %) below expected is on track.
pub const ON_TRACK_GAP: f64 = 0.10;
/// Further below expected than this is off track; in between is at risk.
pub const OFF_TRACK_GAP: f64 = 0.25;
/// A running key result whose last check-in is older than this many days is stale.
pub const STALE_AFTER_DAYS: i64 = 7;
/// Days at the start of a period in which a missing first check-in is not yet judged.
pub const FIRST_CHECK_IN_GRACE_DAYS: i64 = 7;
/// Recent velocity below this share of the earlier velocity is a slowdown.
pub const SLOWDOWN_RATIO: f64 = 0.4;
/// Moving less than this share of the baseline-to-target distance is standing still.
pub const STALL_TOLERANCE: f64 = 0.01;
/// A milestone not done is on track before this share of the period has elapsed…
pub const MILESTONE_AT_RISK_FROM: f64 = 0.5;
/// …at risk until this share, and off track after it.
pub const MILESTONE_OFF_TRACK_FROM: f64 = 0.8;

/// Float noise allowance for comparisons against the thresholds above.
pub(crate) const EPS: f64 = 1e-9;

/// The trend analysis of one key result on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KrTrend {
    pub id: String,
    pub title: String,
    pub kind: KrKind,
    /// Progress from the check-ins in the window, unclamped (see `progress_as_of`).
    pub progress: Option<f64>,
    /// Share of the period elapsed at the end of `as_of`.
    pub expected: f64,
    pub status: Status,
    pub forecast: Option<Forecast>,
    pub flags: Vec<Flag>,
    /// Progress clamped to 0..=1: the score if the period ended on `as_of`.
    pub grade: Option<f64>,
    pub latest_value: Option<f64>,
    pub latest_date: Option<NaiveDate>,
    pub latest_confidence: Option<Confidence>,
    /// Check-ins in the window, and those left out (outside the period, after `as_of`,
    /// or not a finite number).
    pub check_ins_used: usize,
    pub check_ins_ignored: usize,
}

/// How many key results are in each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub pending: usize,
    pub on_track: usize,
    pub at_risk: usize,
    pub off_track: usize,
    pub unmeasurable: usize,
}

impl StatusCounts {
    pub fn add(&mut self, status: Status) {
        match status {
            Status::Pending => self.pending += 1,
            Status::OnTrack => self.on_track += 1,
            Status::AtRisk => self.at_risk += 1,
            Status::OffTrack => self.off_track += 1,
            Status::Unmeasurable => self.unmeasurable += 1,
        }
    }

    fn merge(&mut self, other: StatusCounts) {
        self.pending += other.pending;
        self.on_track += other.on_track;
        self.at_risk += other.at_risk;
        self.off_track += other.off_track;
        self.unmeasurable += other.unmeasurable;
    }

    pub fn total(&self) -> usize {
        self.pending + self.on_track + self.at_risk + self.off_track + self.unmeasurable
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveTrend {
    pub id: String,
    pub title: String,
    /// Mean unclamped progress of the measurable key results.
    pub progress: Option<f64>,
    pub expected: f64,
    pub statuses: StatusCounts,
    /// Mean of the key results' grades (each clamped first, so one runaway key result
    /// cannot hide a stalled one).
    pub grade: Option<f64>,
    pub grade_label: &'static str,
    pub key_results: Vec<KrTrend>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanTrend {
    pub id: String,
    pub title: String,
    pub period: Period,
    pub as_of: NaiveDate,
    pub expected: f64,
    /// Mean of the objectives' progress, as `Plan::progress` does.
    pub progress: Option<f64>,
    pub statuses: StatusCounts,
    /// Mean of the objectives' grades.
    pub grade: Option<f64>,
    pub grade_label: &'static str,
    pub objectives: Vec<ObjectiveTrend>,
}

/// Analyses one key result of a plan running over `period`, as things stood on `as_of`.
pub fn analyze_key_result(kr: &KeyResult, period: Period, as_of: NaiveDate) -> KrTrend {
    let used = window(kr, period, as_of);
    let expected = expected_progress(period, as_of);
    let progress = progress_as_of(kr, &used);
    let status = status(kr, period, as_of, &used);
    let latest = used.last();
    KrTrend {
        id: kr.id.to_string(),
        title: kr.title.clone(),
        kind: kr.kind,
        progress,
        expected,
        status,
        forecast: forecast(kr, period, &used),
        flags: flags(kr, period, as_of, &used),
        grade: grade(progress),
        latest_value: latest.map(|c| c.value),
        latest_date: latest.map(|c| c.date),
        latest_confidence: latest.map(|c| c.confidence),
        check_ins_used: used.len(),
        check_ins_ignored: kr.check_ins.len().saturating_sub(used.len()),
    }
}

pub fn analyze_objective(
    objective: &Objective,
    period: Period,
    as_of: NaiveDate,
) -> ObjectiveTrend {
    let key_results: Vec<KrTrend> = objective
        .key_results
        .iter()
        .map(|kr| analyze_key_result(kr, period, as_of))
        .collect();
    let mut statuses = StatusCounts::default();
    for kr in &key_results {
        statuses.add(kr.status);
    }
    let grade = mean(key_results.iter().filter_map(|kr| kr.grade));
    ObjectiveTrend {
        id: objective.id.to_string(),
        title: objective.title.clone(),
        progress: mean(key_results.iter().filter_map(|kr| kr.progress)),
        expected: expected_progress(period, as_of),
        statuses,
        grade,
        grade_label: grade.map_or(grading::NOT_GRADED, grade_label),
        key_results,
    }
}

pub fn analyze_plan(plan: &Plan, as_of: NaiveDate) -> PlanTrend {
    let objectives: Vec<ObjectiveTrend> = plan
        .objectives
        .iter()
        .map(|o| analyze_objective(o, plan.period, as_of))
        .collect();
    let mut statuses = StatusCounts::default();
    for o in &objectives {
        statuses.merge(o.statuses);
    }
    let grade = mean(objectives.iter().filter_map(|o| o.grade));
    PlanTrend {
        id: plan.id.to_string(),
        title: plan.title(),
        period: plan.period,
        as_of,
        expected: expected_progress(plan.period, as_of),
        progress: mean(objectives.iter().filter_map(|o| o.progress)),
        statuses,
        grade,
        grade_label: grade.map_or(grading::NOT_GRADED, grade_label),
        objectives,
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}
