//! What an import would do, shown before anything changes, and "add as new" copies.

use super::merge::{merge_plan, Conflict};
use super::PlanFile;
use crate::domain::{CheckIn, Id, IdGen, KeyResult, Objective, Plan};
use std::collections::HashMap;

/// How the records of one kind compare between an incoming plan and the plan it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Only in the incoming plan.
    pub added: usize,
    /// In both, with different content.
    pub changed: usize,
    /// In both, the same.
    pub unchanged: usize,
    /// Only in the existing plan: a merge keeps them, a replace drops them.
    pub only_existing: usize,
}

/// Whether an incoming plan is new here or another copy of a plan the user has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanMatch {
    New,
    /// Same plan id as `existing[index]`: it can be merged into it or replace it.
    Existing {
        index: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanPreview {
    pub id: Id,
    /// "Growth marketing · 2027 Q1".
    pub title: String,
    pub matches: PlanMatch,
    /// Team, period, context, focus areas, "not going" or KPIs differ.
    pub details_changed: bool,
    pub objectives: Counts,
    pub key_results: Counts,
    pub check_ins: Counts,
    /// What a merge would have to settle (empty for a new plan).
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    /// One entry per incoming plan, in file order.
    pub plans: Vec<PlanPreview>,
    pub exported_at: String,
    pub app_version: String,
}

/// Describes what importing `incoming` would add or change next to the `existing` plans.
/// It changes nothing; the user picks "add as new", "replace" or "merge" after reading it.
pub fn preview(existing: &[Plan], incoming: &PlanFile) -> ImportPreview {
    let plans = incoming
        .plans
        .iter()
        .map(|plan| match existing.iter().position(|e| e.id == plan.id) {
            Some(index) => compare(&existing[index], plan, index),
            None => new_plan(plan),
        })
        .collect();
    ImportPreview {
        plans,
        exported_at: incoming.exported_at.clone(),
        app_version: incoming.app_version.clone(),
    }
}

fn new_plan(plan: &Plan) -> PlanPreview {
    let added = |n| Counts {
        added: n,
        ..Counts::default()
    };
    PlanPreview {
        id: plan.id.clone(),
        title: plan.title(),
        matches: PlanMatch::New,
        details_changed: false,
        objectives: added(plan.objectives.len()),
        key_results: added(plan.key_results().count()),
        check_ins: added(plan.key_results().map(|k| k.check_ins.len()).sum()),
        conflicts: Vec::new(),
    }
}

fn compare(existing: &Plan, incoming: &Plan, index: usize) -> PlanPreview {
    let objectives = count(
        &existing.objectives,
        &incoming.objectives,
        |o| &o.id,
        same_objective,
    );
    let old_krs: Vec<&KeyResult> = existing.key_results().collect();
    let new_krs: Vec<&KeyResult> = incoming.key_results().collect();
    let key_results = count(&old_krs, &new_krs, |k| &k.id, |a, b| same_key_result(a, b));
    let old_cis: Vec<&CheckIn> = old_krs.iter().flat_map(|k| &k.check_ins).collect();
    let new_cis: Vec<&CheckIn> = new_krs.iter().flat_map(|k| &k.check_ins).collect();
    let check_ins = count(&old_cis, &new_cis, |c| &c.id, |a, b| a == b);
    let details_changed = existing.team != incoming.team
        || existing.period != incoming.period
        || existing.context != incoming.context
        || existing.not_going != incoming.not_going
        || existing.focus_areas != incoming.focus_areas
        || !same_kpis(existing, incoming);
    PlanPreview {
        id: incoming.id.clone(),
        title: incoming.title(),
        matches: PlanMatch::Existing { index },
        details_changed,
        objectives,
        key_results,
        check_ins,
        conflicts: merge_plan(existing, incoming).report.conflicts,
    }
}

/// Compares two lists matched by id; `same` says whether a matched pair is unchanged.
fn count<T>(old: &[T], new: &[T], id: fn(&T) -> &Id, same: impl Fn(&T, &T) -> bool) -> Counts {
    let by_id: HashMap<&Id, &T> = old.iter().map(|x| (id(x), x)).collect();
    let mut counts = Counts::default();
    let mut matched = 0;
    for item in new {
        match by_id.get(id(item)) {
            None => counts.added += 1,
            Some(prev) => {
                matched += 1;
                if same(prev, item) {
                    counts.unchanged += 1;
                } else {
                    counts.changed += 1;
                }
            }
        }
    }
    counts.only_existing = by_id.len().saturating_sub(matched);
    counts
}

/// An objective's own words; its key results are counted on their own.
fn same_objective(a: &Objective, b: &Objective) -> bool {
    a.title == b.title && a.why == b.why
}

/// A key result's own fields and projects; its check-ins are counted on their own, and a
/// change time alone is no change.
fn same_key_result(a: &KeyResult, b: &KeyResult) -> bool {
    let own = |k: &KeyResult| KeyResult {
        check_ins: Vec::new(),
        updated_at: 0,
        ..k.clone()
    };
    a.title == b.title && a.projects.len() == b.projects.len() && own(a) == own(b)
}

fn same_kpis(a: &Plan, b: &Plan) -> bool {
    a.kpis.len() == b.kpis.len()
        && a.kpis.iter().zip(&b.kpis).all(|(x, y)| {
            x.id == y.id
                && x.name == y.name
                && x.unit == y.unit
                && x.current == y.current
                && x.target == y.target
        })
}

/// A copy of `plan` with fresh ids on every record, for "add as a new plan": the copy can
/// sit beside the original, and later merges never mistake one for the other.
pub fn import_as_new(plan: &Plan, ids: &mut IdGen) -> Plan {
    let mut copy = plan.clone();
    copy.id = ids.next("plan");
    for focus in &mut copy.focus_areas {
        focus.id = ids.next("focus");
    }
    for kpi in &mut copy.kpis {
        kpi.id = ids.next("kpi");
    }
    for objective in &mut copy.objectives {
        objective.id = ids.next("obj");
        for kr in &mut objective.key_results {
            kr.id = ids.next("kr");
            for project in &mut kr.projects {
                project.id = ids.next("proj");
            }
            for check_in in &mut kr.check_ins {
                check_in.id = ids.next("ci");
            }
        }
    }
    copy
}
