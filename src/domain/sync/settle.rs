//! Copies and settled conflicts: a plan without stamps (for "add as new"), and the edits
//! that settle what a merge listed (a field set to one side's value, a deleted business
//! goal brought back, a link dropped). The next save stamps each like any other edit.

use super::record::{Kind, Record};
use crate::domain::ids::Id;
use crate::domain::model::Plan;
use crate::domain::stamp::UNKNOWN;

/// A copy with every stamp cleared: for a duplicate or an import as a new plan, whose
/// records are new here (the first save stamps them).
pub fn unstamped(plan: &Plan) -> Plan {
    fn clear<T: Record>(r: &mut T) {
        *r.stamp_mut() = UNKNOWN;
        r.edits_mut().clear();
    }
    let mut p = plan.clone();
    clear(&mut p);
    p.deleted.clear();
    p.people.clear();
    p.focus_areas.iter_mut().for_each(clear);
    p.not_going.iter_mut().for_each(clear);
    p.kpis.iter_mut().for_each(clear);
    p.business_goals.iter_mut().for_each(clear);
    for o in &mut p.objectives {
        clear(o);
        for k in &mut o.key_results {
            clear(k);
            for b in &mut k.projects {
                clear(b);
                b.tasks.iter_mut().for_each(clear);
            }
            k.check_ins.iter_mut().for_each(clear);
        }
    }
    p
}

/// Brings a deleted business goal back from its tombstone (a settled "linked to a deleted
/// goal" conflict); the next save stamps it as brought back, so it returns everywhere.
pub fn bring_back_goal(plan: &mut Plan, id: &Id) -> bool {
    let Some(goal) = plan
        .deleted
        .iter()
        .find(|t| &t.id == id)
        .and_then(|t| t.business_goal.as_deref().cloned())
    else {
        return false;
    };
    if plan.business_goal(id).is_none() {
        plan.business_goals.push(goal);
    }
    true
}

/// Drops the link from an objective to a business goal; false when there was none.
pub fn drop_link(plan: &mut Plan, objective: &Id, goal: &Id) -> bool {
    match plan.objective_mut(objective) {
        Some(o) if o.serves.contains(goal) => {
            o.serves.retain(|g| g != goal);
            true
        }
        _ => false,
    }
}

/// Sets one field of one record from a settled conflict; false when the record is gone or
/// the value does not fit. The next save stamps it like any edit.
pub fn set_field(plan: &mut Plan, kind: Kind, id: &Id, field: &str, value: &str) -> bool {
    fn set<T: Record>(list: &mut [T], id: &Id, field: &str, value: &str) -> bool {
        list.iter_mut()
            .find(|r| r.id() == id)
            .is_some_and(|r| r.set_value(field, value))
    }
    match kind {
        Kind::Plan => &plan.id == id && plan.set_value(field, value),
        Kind::FocusArea => set(&mut plan.focus_areas, id, field, value),
        Kind::NotGoing => set(&mut plan.not_going, id, field, value),
        Kind::Kpi => set(&mut plan.kpis, id, field, value),
        Kind::BusinessGoal => set(&mut plan.business_goals, id, field, value),
        Kind::Task => plan.task_mut(id).is_some_and(|t| t.set_value(field, value)),
        Kind::Objective => set(&mut plan.objectives, id, field, value),
        Kind::KeyResult => plan
            .objectives
            .iter_mut()
            .any(|o| set(&mut o.key_results, id, field, value)),
        Kind::Bet => plan.bet_mut(id).is_some_and(|b| b.set_value(field, value)),
        Kind::CheckIn => plan
            .objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .any(|k| set(&mut k.check_ins, id, field, value)),
    }
}
