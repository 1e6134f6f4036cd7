//! A teammate's update: only what this device changed since a moment, as a plan that
//! merges like a full copy. It holds the changed records with the records above them
//! (whole, with their true stamps, so the merge can trust every value it carries) and
//! the deletions made here since then; unchanged siblings are left out, which a merge
//! reads as "nothing to say", never as a deletion.

use crate::domain::model::{KeyResult, Objective, Plan};
use crate::domain::stamp::{Device, Stamp};

/// The part of `plan` that `device` changed at or after `since_ms`; none when nothing.
pub fn changes_since(plan: &Plan, device: &Device, since_ms: u64) -> Option<Plan> {
    let mine = |s: &Stamp| &s.device == device && s.ms >= since_ms;
    let changed = |created: &Stamp, edits: &crate::domain::stamp::Edits| {
        mine(created) || edits.values().any(|f| mine(&f.at))
    };
    let mut out = plan.clone();
    let plan_changed = changed(&plan.stamp, &plan.edits);
    out.focus_areas.retain(|r| changed(&r.stamp, &r.edits));
    out.not_going.retain(|r| changed(&r.stamp, &r.edits));
    out.kpis.retain(|r| changed(&r.stamp, &r.edits));
    out.business_goals.retain(|r| changed(&r.stamp, &r.edits));
    out.deleted.retain(|t| mine(&t.at));
    out.people.retain(|d, _| d == device);
    out.objectives = plan
        .objectives
        .iter()
        .filter_map(|o| {
            let krs: Vec<KeyResult> = o
                .key_results
                .iter()
                .filter_map(|k| {
                    let mut k2 = k.clone();
                    k2.projects.retain_mut(|b| {
                        b.tasks.retain(|r| changed(&r.stamp, &r.edits));
                        changed(&b.stamp, &b.edits) || !b.tasks.is_empty()
                    });
                    k2.check_ins.retain(|r| changed(&r.stamp, &r.edits));
                    let any = changed(&k.stamp, &k.edits)
                        || !k2.projects.is_empty()
                        || !k2.check_ins.is_empty();
                    any.then_some(k2)
                })
                .collect();
            let keep = changed(&o.stamp, &o.edits) || !krs.is_empty();
            keep.then(|| Objective {
                key_results: krs,
                ..o.clone()
            })
        })
        .collect();
    let empty = !plan_changed
        && out.focus_areas.is_empty()
        && out.not_going.is_empty()
        && out.kpis.is_empty()
        && out.business_goals.is_empty()
        && out.deleted.is_empty()
        && out.objectives.is_empty();
    (!empty).then_some(out)
}
