//! The OKR model (plan file format version 3).
//!
//! Every record carries the same merge fields (see `sync`): `stamp`, when and on which
//! device it was created (unknown in older files); `edits`, its fields changed since, each
//! with its own stamp, so a merge keeps teammates' changes to different fields; and in
//! ordered lists `rank`, where it stands (see `rank`), so a reorder and a teammate's
//! addition both survive. Every struct is serde-serialisable and every record has a
//! stable id. Fields added in later versions carry `#[serde(default)]` so older plans load.

use super::ids::Id;
use super::period::Period;
use super::stamp::{Device, Edits, Stamp};
pub use super::sync::{Person, Tombstone};
use super::title_numbers::FromTitle;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One team's plan for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: Id,
    pub team: String,
    pub period: Period,
    /// What the company is aiming at this period; marketing's OKRs decompose it.
    #[serde(default)]
    pub context: String,
    /// "Where we are NOT going": decisions that free time for what matters.
    #[serde(default)]
    pub not_going: Vec<NotGoing>,
    /// Two or three areas of focus (AARRR stages or channels).
    #[serde(default)]
    pub focus_areas: Vec<FocusArea>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Operational metrics tracked beside the OKRs, not part of them.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
    /// The company's goals this plan decomposes; objectives link to them (`serves`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub business_goals: Vec<BusinessGoal>,
    /// The day the team closed the period: the plan is read-only until it is reopened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<NaiveDate>,
    /// The plan of the period before, when this one was started from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<Id>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
    /// Records deleted from this plan, kept for the plan's life so a deletion reaches
    /// teammates' copies instead of the record coming back from them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<Tombstone>,
    /// Who uses each device that changed this plan, so a merge can say who changed what.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub people: BTreeMap<Device, Person>,
}

/// One "where we are NOT going" decision.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NotGoing {
    pub id: Id,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rank: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FocusArea {
    pub id: Id,
    pub stage: FocusStage,
    /// The team's own words: which channel, why this stage.
    #[serde(default)]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rank: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FocusStage {
    Acquisition,
    Activation,
    Retention,
    Referral,
    Revenue,
    Channel,
}

/// Qualitative and inspiring; the numbers live in its key results.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Objective {
    pub id: Id,
    pub title: String,
    /// Why this matters now.
    #[serde(default)]
    pub why: String,
    #[serde(default, serialize_with = "one_by_one")]
    pub key_results: Vec<KeyResult>,
    /// What the objective taught at the period's end, beyond its numbers.
    #[serde(default, skip_serializing_if = "Retrospective::is_empty")]
    pub retrospective: Retrospective,
    /// The business goals (ids in the plan's `business_goals`) this objective contributes to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves: Vec<Id>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rank: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

/// A measurable outcome that tells how far the objective has come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyResult {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub metric: String,
    #[serde(default)]
    pub unit: Unit,
    #[serde(default)]
    pub kind: KrKind,
    /// Where the metric stood when the period began.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// The target, or the threshold for stay-above / stay-below.
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub owner: String,
    /// Who works on it with the owner.
    #[serde(default)]
    pub working_group: String,
    /// The library metric this key result tracks, when it was picked from the catalog.
    #[serde(default)]
    pub catalog_metric: Option<String>,
    /// End-of-period reflection: what we learned, what we carry into the next period.
    #[serde(default)]
    pub retrospective: Retrospective,
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default, serialize_with = "one_by_one")]
    pub check_ins: Vec<CheckIn>,
    #[serde(default)]
    pub checklist: super::maturity::Checklist,
    /// The key result of the period before that this one carries on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<Id>,
    /// The fields its title filled (`title_numbers`), until the person types their own.
    #[serde(default, skip_serializing_if = "FromTitle::is_default")]
    pub from_title: FromTitle,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rank: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Retrospective {
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub next: String,
}

impl Retrospective {
    pub fn is_empty(&self) -> bool {
        self.learned.trim().is_empty() && self.next.trim().is_empty()
    }
}

/// How a key result's metric should move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KrKind {
    #[default]
    Increase,
    /// Costs and rates that should fall: CPA, CAC, bounce rate.
    Decrease,
    StayAbove,
    StayBelow,
    /// Done or not done. Kept for the rare case a team insists; the coach says why it is weak.
    Milestone,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Unit {
    #[default]
    Count,
    Percent,
    Currency {
        code: String,
    },
    /// Seconds; shown as minutes or hours where it reads better.
    Duration,
}

/// A bet under a key result.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Project {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub status: ProjectStatus,
    /// The money planned for it, and spent so far, in `currency` (see `budget`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spent: Option<f64>,
    /// A currency code; empty: the key result's currency, else the plan's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub currency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<NaiveDate>,
    /// A short checklist of the work the bet needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rank: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    #[default]
    Idea,
    Running,
    /// It worked: double down.
    Worked,
    /// It failed: stop and move on to the next bet.
    Failed,
    Dropped,
}

/// One step of a bet's work, ticked when done.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Task {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub done: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rank: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

/// A company goal marketing's OKRs contribute to: "new ARR from 4.2M to 8.4M".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BusinessGoal {
    pub id: Id,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub metric: String,
    #[serde(default)]
    pub unit: Unit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rank: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

/// An operational metric tracked beside the OKRs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Kpi {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub unit: Unit,
    #[serde(default)]
    pub current: Option<f64>,
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rank: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

/// One weekly reading of a key result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: Id,
    #[serde(with = "super::iso_date")]
    pub date: NaiveDate,
    pub value: f64,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

/// How sure the owner is that the key result will land.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// On track.
    Green,
    /// At risk.
    Yellow,
    /// Off track.
    Red,
}

mod records;

/// Writes an objective's key results, and a key result's check-ins, as a list, in a function of
/// its own. Built for speed (the core's opt-level), the whole plan's writer otherwise became
/// one function with every level inlined, which Chromium ran at about half the speed of the
/// same code split up: writing a 13,000-check-in plan took 7.3 ms instead of 4.1
/// (`make bench-import`, "writing the JSON").
#[inline(never)]
fn one_by_one<T: Serialize, S: serde::Serializer>(items: &[T], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items)
}

#[cfg(test)]
mod tests;
