//! Teammates' copies of one plan, kept in step: change stamps on every field, deletions
//! that travel, and a merge that any two devices compute alike.
//!
//! - `stamping`: this device's edits become stamps and tombstones (a diff of the plan
//!   before and after, so no editing code has to remember to stamp).
//! - `join`: two copies become one, field by field, list by list.
//! - `bury`: deleted records live in the plan's `deleted` list with their last content, so
//!   that a merge is the same whatever order copies meet in; a deletion wins over every
//!   change made before it, and loses to a change made after it.
//! - `delta`: a teammate's weekly update: only what this device changed.
//! - `settle`: unstamped copies, and the edits that settle a merge's conflicts.
//!
//! The merge laws (order does not matter, grouping does not matter, merging a copy with
//! itself changes nothing) are property-tested in `tests/sync_laws.rs`.

mod bury;
mod deletions;
mod delta;
mod join;
mod order;
mod record;
mod report;
mod settle;
mod stamping;

pub use delta::changes_since;
pub use join::merge_plan;
pub use record::{Kind, Record};
pub use report::{
    value_words, Conflict, ConflictKind, KindCounts, MergeOutcome, MergeReport, Side,
};
pub use settle::{bring_back_goal, drop_link, set_field, unstamped};
pub use stamping::stamp_changes;

use super::ids::Id;
use super::model::{
    BusinessGoal, CheckIn, FocusArea, KeyResult, Kpi, NotGoing, Objective, Plan, Project, Task,
};
use super::stamp::Stamp;
use serde::{Deserialize, Serialize};

/// A deleted record: which, of what kind, when and on which device (`at`), and its content
/// as it was, so that a teammate's later change to it can bring it back whole. The content
/// sits in the one field named after the kind, and is gone once a later change brought the
/// record back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: Id,
    pub kind: Kind,
    pub at: Stamp,
    /// The objective of a deleted key result, the key result of a deleted bet or check-in,
    /// the bet of a deleted task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<Box<Objective>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_result: Option<Box<KeyResult>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bet: Option<Box<Project>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<Box<Kpi>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in: Option<Box<CheckIn>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_area: Option<Box<FocusArea>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_going: Option<Box<NotGoing>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_goal: Option<Box<BusinessGoal>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Box<Task>>,
}

impl Tombstone {
    /// A tombstone with no content yet.
    pub fn new(id: Id, kind: Kind, at: Stamp, parent: Option<Id>) -> Self {
        Tombstone {
            id,
            kind,
            at,
            parent,
            objective: None,
            key_result: None,
            bet: None,
            kpi: None,
            check_in: None,
            focus_area: None,
            not_going: None,
            business_goal: None,
            task: None,
        }
    }

    /// Whether the deleted content is still here (the record has not come back since).
    pub fn is_buried(&self) -> bool {
        self.objective.is_some()
            || self.key_result.is_some()
            || self.bet.is_some()
            || self.kpi.is_some()
            || self.check_in.is_some()
            || self.focus_area.is_some()
            || self.not_going.is_some()
            || self.business_goal.is_some()
            || self.task.is_some()
    }

    /// The kinds whose content field holds something, for the file check.
    pub fn content_kinds(&self) -> Vec<Kind> {
        let mut out = Vec::new();
        let pairs = [
            (self.objective.is_some(), Kind::Objective),
            (self.key_result.is_some(), Kind::KeyResult),
            (self.bet.is_some(), Kind::Bet),
            (self.kpi.is_some(), Kind::Kpi),
            (self.check_in.is_some(), Kind::CheckIn),
            (self.focus_area.is_some(), Kind::FocusArea),
            (self.not_going.is_some(), Kind::NotGoing),
            (self.business_goal.is_some(), Kind::BusinessGoal),
            (self.task.is_some(), Kind::Task),
        ];
        for (has, kind) in pairs {
            if has {
                out.push(kind);
            }
        }
        out
    }

    /// The same deletion without its content.
    fn emptied(&self) -> Tombstone {
        Tombstone::new(self.id.clone(), self.kind, self.at, self.parent.clone())
    }
}

/// The name a device's user gave, with when they gave it (the later name wins a merge).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub at: Stamp,
}

/// The latest stamp anywhere in a plan: after taking in a teammate's copy, this device's
/// clock moves past it (`Clock::observe`), so its next change is ordered after theirs.
pub fn latest_stamp(plan: &Plan) -> Stamp {
    fn max<T: Record>(best: &mut Stamp, r: &T) {
        let s = join::own_latest(r);
        if s > *best {
            *best = s;
        }
    }
    let mut best = Stamp::default();
    max(&mut best, plan);
    plan.focus_areas.iter().for_each(|r| max(&mut best, r));
    plan.not_going.iter().for_each(|r| max(&mut best, r));
    plan.kpis.iter().for_each(|r| max(&mut best, r));
    plan.business_goals.iter().for_each(|r| max(&mut best, r));
    for t in &plan.deleted {
        if t.at > best {
            best = t.at;
        }
    }
    for o in &plan.objectives {
        max(&mut best, o);
        for k in &o.key_results {
            max(&mut best, k);
            for b in &k.projects {
                max(&mut best, b);
                b.tasks.iter().for_each(|r| max(&mut best, r));
            }
            k.check_ins.iter().for_each(|r| max(&mut best, r));
        }
    }
    best
}
