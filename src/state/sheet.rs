//! Sheets in and out: a pasted or picked sheet read for a preview, then added as a new
//! plan or folded into the open one; a key result's weekly numbers backfilled from cells;
//! the plan written as a sheet. Reading changes nothing. What is added is stamped as this
//! device's edits at the next save, as if typed here.

use super::{now_ms, AppState};
use crate::domain::imported::FoldSummary;
use crate::domain::{Id, IdGen, Period, Plan};
use crate::format::sheet::{
    plan_sheet, read_sheet, read_weekly, SheetError, SheetKind, SheetOptions, SheetReading,
    WeeklyReading,
};
use crate::format::{csv::CSV_BOM, sheet_file_name};
use chrono::NaiveDate;
use leptos::prelude::*;

impl AppState {
    /// Reads a sheet's text with the person's choices so far. Changes nothing.
    pub fn read_sheet(
        &self,
        text: &str,
        options: &SheetOptions,
        skip_bad_rows: bool,
    ) -> Result<SheetReading, SheetError> {
        read_sheet(text, options, skip_bad_rows)
    }

    /// The plans a reading would make, for the preview and its coach verdicts. Their
    /// ids are throwaway: the real ones are given when the person confirms.
    pub fn sheet_plans(&self, reading: &SheetReading) -> Vec<Plan> {
        let fallback = Period::quarter_of(Self::today());
        let mut ids = IdGen::new(7);
        reading
            .plans
            .iter()
            .map(|p| p.to_plan(&mut ids, fallback))
            .collect()
    }

    /// Adds every plan of the reading and opens the first. `None` when there is nothing
    /// to add (the preview does not offer it then).
    pub fn add_sheet_plans(&self, reading: &SheetReading) -> Option<Id> {
        if !reading.can_import() {
            return None;
        }
        let fallback = Period::quarter_of(Self::today());
        let plans: Vec<Plan> = self.ids.try_update_value(|ids| {
            reading
                .plans
                .iter()
                .map(|p| p.to_plan(ids, fallback))
                .collect()
        })?;
        let first = plans.first()?.id.clone();
        self.data.update(|d| {
            d.plans.extend(plans);
            d.current = Some(first.clone());
        });
        self.schedule_save();
        Some(first)
    }

    /// Folds a one-plan reading into the open plan, after backing the plan up. If the
    /// backup cannot be written, nothing changes.
    pub fn fold_sheet(&self, reading: &SheetReading) -> Result<FoldSummary, String> {
        let [sheet] = reading.plans.as_slice() else {
            return Err("This sheet holds several periods: add it as new plans instead.".into());
        };
        if !reading.can_import() {
            return Err("Fix or leave out the rows with a problem first.".into());
        }
        let Some(old) = self.with_plan_untracked(|p| p.cloned()) else {
            return Err("There is no open plan to merge into: add the sheet as a new plan.".into());
        };
        self.store
            .with_value(|s| {
                s.add_backup("Before a sheet was merged into it", &old, now_ms() as u64)
            })
            .map_err(|e| {
                format!("Nothing was merged: the plan could not be backed up first. {e}")
            })?;
        self.edit_plan(|plan, ids| sheet.fold_into(plan, ids))
            .ok_or_else(|| "There is no open plan to merge into.".to_string())
    }

    /// Reads pasted weekly numbers for a key result of the open plan. Changes nothing.
    pub fn read_weekly(
        &self,
        text: &str,
        order: Option<crate::format::sheet::DateOrder>,
    ) -> Option<Result<WeeklyReading, SheetError>> {
        let period = self.with_plan_untracked(|p| p.map(|p| p.period))?;
        Some(read_weekly(text, period, order))
    }

    /// Adds pasted readings to a key result's history (`KeyResult::backfill`).
    /// Returns (added, changed).
    pub fn backfill(&self, key_result: &Id, values: &[(NaiveDate, f64)]) -> (usize, usize) {
        self.edit_plan(|plan, ids| {
            plan.key_result_mut(key_result)
                .map_or((0, 0), |kr| kr.backfill(values, ids))
        })
        .unwrap_or((0, 0))
    }

    /// The open plan as a sheet file for Excel and Sheets (with the mark Excel needs).
    pub fn plan_sheet_file(&self) -> Option<(String, String)> {
        self.with_plan_untracked(|p| {
            let p = p?;
            let name = sheet_file_name(p);
            let text = plan_sheet(p, Self::today(), SheetKind::Csv);
            Some((name, format!("{CSV_BOM}{text}")))
        })
    }

    /// The open plan as tab-separated cells, which a spreadsheet pastes as a table.
    pub fn plan_sheet_cells(&self) -> Option<String> {
        self.with_plan_untracked(|p| p.map(|p| plan_sheet(p, Self::today(), SheetKind::Tsv)))
    }
}

/// Whether a text (a dropped or picked file, or a paste) is a sheet rather than a plan
/// file or a share link: the Data screen's one way in sends each to its reader.
pub fn looks_like_sheet(text: &str, file_name: Option<&str>) -> bool {
    let name = file_name.unwrap_or("").to_ascii_lowercase();
    if [".csv", ".tsv", ".txt", ".tab"]
        .iter()
        .any(|e| name.ends_with(e))
    {
        return true;
    }
    if name.ends_with(".json") {
        return false;
    }
    let t = text.trim_start_matches('\u{feff}').trim();
    let json = t.starts_with('{') || t.starts_with('[');
    !json && !crate::format::share::looks_like_link(t)
}

/// How the example date of a date question reads in each order, for the two buttons.
pub fn date_choices(example: &str) -> Vec<(crate::format::sheet::DateOrder, String)> {
    use crate::format::sheet::{dates::read_date, DateOrder};
    [DateOrder::DayFirst, DateOrder::MonthFirst]
        .into_iter()
        .filter_map(|o| {
            let d = read_date(example, Some(o)).ok().flatten()?;
            Some((o, crate::domain::display::fmt_date(d)))
        })
        .collect()
}
