//! Files the user takes away: plan files and the check-ins CSV. Built here so the UI needs
//! no knowledge of the formats, and so every file carries the stamps of the latest edits.

use super::AppState;
use crate::domain::Plan;
use crate::format::{check_ins_csv, csv::CSV_BOM, csv_file_name, file_name, to_json, PlanFile};
use leptos::prelude::*;

/// When a file was written, as files record it.
pub(super) fn export_time() -> String {
    chrono::Utc::now().to_rfc3339()
}

impl AppState {
    /// The open plan (or every plan) as a plan file: its download name and its text.
    pub fn plan_file(&self, all: bool) -> Option<(String, String)> {
        self.stamp_all();
        let (plans, text) = self.plans_as_file(all)?;
        Some((file_name(&plans), text))
    }

    /// Every plan as it is in this tab, without stamping the latest edits, under a plain
    /// name: "Export now" when the store part (which stamps and names files) could not be
    /// fetched. That happens only on a first visit whose connection dropped before the app
    /// was on this device, so the plans were made in this tab and no other copy of them
    /// exists to merge with; unstamped edits would only matter in a merge.
    pub(super) fn plan_file_as_is(&self) -> Option<(String, String)> {
        let (_, text) = self.plans_as_file(true)?;
        Some(("okr-studio-plans.okr.json".into(), text))
    }

    /// The open plan (or every plan) and the text of a plan file holding it; None when
    /// there is no plan to write.
    fn plans_as_file(&self, all: bool) -> Option<(Vec<Plan>, String)> {
        let plans = self.data.with_untracked(|d| {
            if all {
                return d.plans.clone();
            }
            let id = d.current.as_ref();
            d.plans
                .iter()
                .filter(|p| Some(&p.id) == id)
                .cloned()
                .collect()
        });
        if plans.is_empty() {
            return None;
        }
        let text = to_json(&PlanFile::new(plans.clone(), export_time())).ok()?;
        Some((plans, text))
    }

    /// The open plan's check-ins as CSV for spreadsheets (with the mark Excel needs).
    pub fn check_ins_csv_file(&self) -> Option<(String, String)> {
        self.with_plan_untracked(|p| {
            let p = p?;
            Some((csv_file_name(p), format!("{CSV_BOM}{}", check_ins_csv(p))))
        })
    }
}
