//! Import actions: add as new, replace (with a backup), merge a teammate's copy, and
//! restore a backup. Reading and checking the file is `format`'s job; these only apply a
//! checked file the user chose to apply, and never change anything when a step fails.

use super::{now_ms, AppState};
use crate::domain::{Id, Plan};
use crate::format::{
    decode_share, import_as_new, parse_plan_file, preview, FormatError, ImportPreview, PlanFile,
};
use crate::storage::PlanBackup;
use leptos::prelude::*;

impl AppState {
    /// Reads pasted text: a plan file's JSON, or a share link (whole, fragment or payload).
    /// Changes nothing; the preview comes next.
    pub fn read_pasted(&self, text: &str) -> Result<PlanFile, FormatError> {
        let trimmed = text.trim_start_matches('\u{feff}').trim();
        let json = trimmed.starts_with('{') || trimmed.starts_with('[');
        if !json && crate::format::share::looks_like_link(trimmed) {
            self.read_share(trimmed)
        } else {
            self.read_file_text(text)
        }
    }

    /// Reads a plan file's text (a picked or dropped file). Changes nothing.
    pub fn read_file_text(&self, text: &str) -> Result<PlanFile, FormatError> {
        let file = parse_plan_file(text)?;
        self.check_file_clock(&file)?;
        Ok(file)
    }

    /// Reads a share link's payload. Changes nothing.
    pub fn read_share(&self, payload: &str) -> Result<PlanFile, FormatError> {
        let file = decode_share(payload)?;
        self.check_file_clock(&file)?;
        Ok(file)
    }

    /// What importing `file` would add or change. Changes nothing.
    pub fn import_preview(&self, file: &PlanFile) -> ImportPreview {
        self.data.with_untracked(|d| preview(&d.plans, file))
    }

    /// Adds `plan` beside the user's plans and opens it. A plan not here yet keeps its ids,
    /// so a teammate's later copy still merges into it; another copy of a plan that is here
    /// gets fresh ids throughout, so the two never collide.
    pub fn import_new(&self, plan: &Plan) -> Option<Id> {
        let present = self
            .data
            .with_untracked(|d| d.plans.iter().any(|p| p.id == plan.id));
        let copy = if present {
            // Fresh ids and no stamps: its records are new here, and the next save says so.
            self.ids.try_update_value(|ids| import_as_new(plan, ids))?
        } else {
            // The teammate's records as they are, stamps and all.
            self.adopt(plan);
            plan.clone()
        };
        let id = copy.id.clone();
        self.data.update(|d| {
            d.plans.push(copy);
            d.current = Some(id.clone());
        });
        self.schedule_save();
        Some(id)
    }

    /// The plan `incoming` would replace: the one with the same id, else the open one.
    pub fn replace_target(&self, incoming: &Id) -> Option<Plan> {
        self.data.with_untracked(|d| {
            let by_id = d.plans.iter().find(|p| &p.id == incoming);
            let open = || {
                let current = d.current.as_ref()?;
                d.plans.iter().find(|p| &p.id == current)
            };
            by_id.or_else(open).cloned()
        })
    }

    /// Puts `incoming` in the place of `replace_target`, after backing that plan up in
    /// storage. If the backup cannot be written, nothing is replaced.
    pub fn replace_with(&self, incoming: &Plan) -> Result<(), String> {
        let Some(old) = self.replace_target(&incoming.id) else {
            return Err("There is no plan to replace: add it as a new plan instead.".into());
        };
        self.store
            .with_value(|s| {
                s.add_backup("Before it was replaced by an import", &old, now_ms() as u64)
            })
            .map_err(|e| {
                format!("Nothing was replaced: the current plan could not be backed up first. {e}")
            })?;
        self.adopt(incoming);
        self.data.update(|d| {
            // A different plan that already has the incoming id would be a duplicate.
            d.plans.retain(|p| p.id == old.id || p.id != incoming.id);
            if let Some(slot) = d.plans.iter_mut().find(|p| p.id == old.id) {
                *slot = incoming.clone();
            }
            d.current = Some(incoming.id.clone());
        });
        self.schedule_save();
        Ok(())
    }

    /// Plan backups, newest first.
    pub fn backups(&self) -> Result<Vec<PlanBackup>, String> {
        self.store
            .with_value(|s| s.backups())
            .map_err(|e| e.to_string())
    }

    /// Brings a backed-up plan back in place of the plan with its id (which is backed up in
    /// turn, so a restore can be undone the same way), or beside the others.
    pub fn restore_backup(&self, id: u64) -> Result<Plan, String> {
        let backups = self.backups()?;
        let Some(backup) = backups.into_iter().find(|b| b.id == id) else {
            return Err(
                "This backup is no longer stored (another tab may have restored it).".into(),
            );
        };
        let plan = backup.plan;
        let present = self
            .data
            .with_untracked(|d| d.plans.iter().find(|p| p.id == plan.id).cloned());
        if let Some(present) = present.filter(|p| *p != plan) {
            self.store
                .with_value(|s| s.add_backup("Before a backup was restored", &present, now_ms() as u64))
                .map_err(|e| format!("Nothing was restored: the plan in its place could not be backed up first. {e}"))?;
        }
        self.adopt(&plan);
        self.data.update(|d| {
            match d.plans.iter_mut().find(|p| p.id == plan.id) {
                Some(slot) => *slot = plan.clone(),
                None => d.plans.push(plan.clone()),
            }
            d.current = Some(plan.id.clone());
        });
        let _ = self.store.with_value(|s| s.remove_backup(id));
        self.schedule_save();
        Ok(plan)
    }
}
