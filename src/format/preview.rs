//! What an import would do, shown before anything changes, and "add as new" copies.

use super::PlanFile;
use crate::domain::sync::{merge_plan, unstamped, MergeReport};
use crate::domain::{IdGen, Plan};

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
    pub id: crate::domain::Id,
    /// "Growth marketing · 2027 Q1".
    pub title: String,
    pub matches: PlanMatch,
    /// For a new plan: how many objectives, key results and check-ins it brings.
    pub objectives: usize,
    pub key_results: usize,
    pub check_ins: usize,
    /// For another copy of a plan here: what a merge would add, change and delete, and
    /// the conflicts it would settle.
    pub merge: Option<MergeReport>,
    /// Values the reader left out of this plan, each with its place (`tidy`).
    pub left_out: Vec<String>,
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
        .enumerate()
        .map(|(p, plan)| {
            let index = existing.iter().position(|e| e.id == plan.id);
            let prefix = format!("plans[{p}].");
            let left_out = incoming
                .tidied
                .iter()
                .filter(|t| t.path.starts_with(&prefix))
                .map(|t| t.line())
                .collect();
            PlanPreview {
                id: plan.id.clone(),
                title: plan.title(),
                matches: index.map_or(PlanMatch::New, |index| PlanMatch::Existing { index }),
                objectives: plan.objectives.len(),
                key_results: plan.key_results().count(),
                check_ins: plan.key_results().map(|k| k.check_ins.len()).sum(),
                merge: index.map(|i| merge_plan(&existing[i], plan).report),
                left_out,
            }
        })
        .collect();
    ImportPreview {
        plans,
        exported_at: incoming.exported_at.clone(),
        app_version: incoming.app_version.clone(),
    }
}

/// A copy of `plan` with fresh ids and no stamps on every record, for "add as a new plan"
/// and "Duplicate": the copy can sit beside the original, later merges never mistake one
/// for the other, and its records count as new here.
pub fn import_as_new(plan: &Plan, ids: &mut IdGen) -> Plan {
    let mut copy = unstamped(plan);
    copy.id = ids.next("plan");
    for focus in &mut copy.focus_areas {
        focus.id = ids.next("focus");
    }
    for line in &mut copy.not_going {
        line.id = ids.next("ng");
    }
    for kpi in &mut copy.kpis {
        kpi.id = ids.next("kpi");
    }
    // Objectives link to goals by id: the links follow the goals to their new ids.
    let mut goals = std::collections::HashMap::new();
    for goal in &mut copy.business_goals {
        let new = ids.next("goal");
        goals.insert(std::mem::replace(&mut goal.id, new.clone()), new);
    }
    for objective in &mut copy.objectives {
        objective.id = ids.next("obj");
        objective.serves = objective
            .serves
            .iter()
            .filter_map(|g| goals.get(g).cloned())
            .collect();
        for kr in &mut objective.key_results {
            kr.id = ids.next("kr");
            for project in &mut kr.projects {
                project.id = ids.next("proj");
                for task in &mut project.tasks {
                    task.id = ids.next("task");
                }
            }
            for check_in in &mut kr.check_ins {
                check_in.id = ids.next("ci");
            }
        }
    }
    copy
}
