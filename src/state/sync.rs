//! Keeping teammates' copies in step: this device's edits are stamped at each save (from
//! what changed since the plan was last stamped), a teammate's copy is merged field by
//! field, the conflicts it settled wait here for the user, and "send my changes" writes
//! only what this device changed.

use super::{now_ms, AppState};
use crate::domain::sync::{
    bring_back_goal, changes_since, drop_link, latest_stamp, merge_plan, set_field, stamp_changes,
    Conflict, ConflictKind, MergeReport, Side,
};
use crate::domain::{Id, Plan};
use crate::format::{check_clock, file_name, to_json, FormatError, PlanFile};
use leptos::prelude::*;

/// A same-field conflict a merge settled, kept until the user confirms or reverses it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenConflict {
    pub plan: Id,
    pub conflict: Conflict,
}

impl AppState {
    /// Stamps every plan that changed since it was last stamped. Runs before each save,
    /// export and merge, so a file never leaves without the stamps of the edits in it.
    pub(super) fn stamp_all(&self) {
        let wall = now_ms().max(0) as u64;
        self.synced.update_value(|synced| {
            self.data.update_untracked(|d| {
                let me = d.me.clone();
                let clock = &mut d.clock;
                for plan in &mut d.plans {
                    let before = synced.get(&plan.id);
                    if before == Some(&*plan) {
                        continue;
                    }
                    stamp_changes(before, plan, clock, wall, &me);
                    synced.insert(plan.id.clone(), plan.clone());
                }
            });
        });
    }

    /// Takes `plan` as it is as the stamped base: it came from a file, a backup or another
    /// tab, so its differences from what was here are not this device's edits.
    pub(super) fn adopt(&self, plan: &Plan) {
        self.synced
            .update_value(|s| _ = s.insert(plan.id.clone(), plan.clone()));
    }

    /// Refuses a file whose changes are dated far ahead of this device's clock.
    pub fn check_file_clock(&self, file: &PlanFile) -> Result<(), FormatError> {
        check_clock(&file.plans, now_ms().max(0) as u64)
    }

    /// Merges a teammate's copy into the plan with the same id and opens it. The plan as it
    /// was is backed up first when storage allows; the report says what changed.
    pub fn merge_in(&self, theirs: &Plan) -> Option<MergeReport> {
        self.stamp_all();
        let ours = self
            .data
            .with_untracked(|d| d.plans.iter().find(|p| p.id == theirs.id).cloned())?;
        let outcome = merge_plan(&ours, theirs);
        if outcome.plan != ours {
            let _ = self
                .store
                .with_value(|s| s.add_backup("Before a merge", &ours, now_ms() as u64));
        }
        let merged = outcome.plan;
        self.synced
            .update_value(|s| _ = s.insert(merged.id.clone(), merged.clone()));
        let seen = latest_stamp(theirs);
        self.data.update(|d| {
            d.clock.observe(&seen);
            d.received.insert(merged.id.clone(), now_ms().max(0) as u64);
            if let Some(slot) = d.plans.iter_mut().find(|p| p.id == merged.id) {
                *slot = merged;
            }
            d.current = Some(theirs.id.clone());
        });
        let open: Vec<OpenConflict> = outcome
            .report
            .conflicts
            .iter()
            .filter(|c| {
                matches!(
                    c.conflict,
                    ConflictKind::SameField { .. } | ConflictKind::LinkedToDeleted { .. }
                )
            })
            .map(|c| OpenConflict {
                plan: theirs.id.clone(),
                conflict: c.clone(),
            })
            .collect();
        self.conflicts.update(|list| {
            list.retain(|o| o.plan != theirs.id);
            list.extend(open);
        });
        self.schedule_save();
        Some(outcome.report)
    }

    /// Settles conflict `index`: `Side::Ours` keeps this device's value, `Theirs` takes the
    /// teammate's. The choice is an edit like any other, so it reaches teammates too.
    pub fn settle(&self, index: usize, keep: Side) {
        let Some(open) = self.conflicts.with_untracked(|c| c.get(index).cloned()) else {
            return;
        };
        let c = &open.conflict;
        if let ConflictKind::LinkedToDeleted { objective } = &c.conflict {
            // The deletion won the merge: the other answer brings the goal back.
            self.data.update(|d| {
                if let Some(p) = d.plans.iter_mut().find(|p| p.id == open.plan) {
                    if keep != c.winner {
                        bring_back_goal(p, &c.id);
                    } else {
                        drop_link(p, objective, &c.id);
                    }
                }
            });
            self.schedule_save();
        }
        if let ConflictKind::SameField { field } = c.conflict {
            if keep != c.winner {
                let value = match keep {
                    Side::Ours => c.ours.as_str(),
                    Side::Theirs => c.theirs.as_str(),
                };
                self.data.update(|d| {
                    if let Some(p) = d.plans.iter_mut().find(|p| p.id == open.plan) {
                        set_field(p, c.kind, &c.id, field, value);
                    }
                });
                self.schedule_save();
            }
        }
        self.conflicts.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        });
    }

    /// When a teammate's file was last merged into the open plan (ms since 1970).
    pub fn last_received(&self) -> Option<u64> {
        self.data.with_untracked(|d| {
            let id = d.current.as_ref()?;
            d.received.get(id).copied()
        })
    }

    /// The name teammates see beside this device's changes.
    pub fn my_name(&self) -> String {
        self.data.with(|d| d.me.clone())
    }

    pub fn set_my_name(&self, name: &str) {
        self.data.update(|d| d.me = name.trim().to_string());
        self.schedule_save();
    }

    /// Who made a stamp, in words: the name its device gave, "you" for this device.
    pub fn who(&self, plan: &Id, device: &str) -> String {
        self.data.with_untracked(|d| {
            if d.clock.device == device {
                return "you".to_string();
            }
            let named = d
                .plans
                .iter()
                .find(|p| &p.id == plan)
                .and_then(|p| p.people.get(device))
                .map(|p| p.name.clone());
            named.unwrap_or_else(|| match device {
                "" => "someone, at an unknown time".to_string(),
                d => format!("a teammate (device {d})"),
            })
        })
    }

    /// "Send my changes": what this device changed in the open plan since `since_ms`, as a
    /// plan that merges like the whole one. None when it changed nothing since then.
    pub fn my_changes(&self, since_ms: u64) -> Option<Plan> {
        self.stamp_all();
        let (plan, device) = self.data.with_untracked(|d| {
            let id = d.current.clone()?;
            let plan = d.plans.iter().find(|p| p.id == id)?.clone();
            Some((plan, d.clock.device))
        })?;
        changes_since(&plan, &device, since_ms)
    }

    /// The same as a plan file: its name and text.
    pub fn my_changes_file(&self, since_ms: u64) -> Option<(String, String)> {
        let part = self.my_changes(since_ms)?;
        let name =
            file_name(std::slice::from_ref(&part)).replace(".okr.json", "-my-changes.okr.json");
        let text = to_json(&PlanFile::new(vec![part], super::export_time())).ok()?;
        Some((name, text))
    }
}
