//! What the rows built so far: the plans by period, their objectives and key results
//! found again by title, the readings waiting for a date until the period is known, and
//! the problems and notes the preview shows.

use super::header::Field;
use super::types::{shorten, CellProblem, SheetOptions};
use crate::domain::display::{fmt_date, fmt_number};
use crate::domain::fnv::FnvMap;
use crate::domain::imported::{
    title_key, ImportedCheckIn, ImportedKeyResult, ImportedObjective, ImportedPlan,
};
use crate::domain::{Confidence, Period};
use chrono::NaiveDate;
use std::collections::BTreeMap;
/// A key result as one row gives it, and its reading (date, value, confidence, note).
pub(super) struct Entry {
    pub(super) kr: ImportedKeyResult,
    pub(super) reading: Option<(Option<NaiveDate>, f64, Option<Confidence>, String)>,
}

/// What the rows built so far. Readings without a date are dated when the period is known.
#[derive(Default)]
pub(super) struct Sheet {
    pub(super) plans: Vec<(String, ImportedPlan)>,
    /// (plan, objective, key result) -> the row that first named it, per field.
    pub(super) first_rows: BTreeMap<(usize, usize, usize), usize>,
    /// (plan, title key) -> objective, and (plan, objective, title key) -> key result: a
    /// sheet of weekly numbers names each one again on every row.
    // FNV, as everywhere ids and titles are looked up per record (see `domain::fnv`).
    pub(super) objective_at: FnvMap<(usize, String), usize>,
    pub(super) key_result_at: FnvMap<(usize, usize, String), usize>,
    pub(super) undated: Vec<(usize, usize, usize, f64, Option<Confidence>, String)>,
    pub(super) dates: Vec<(Field, NaiveDate)>,
    pub(super) last_objective: Option<(usize, usize)>,
    pub(super) last_key_result: Option<(usize, usize, usize)>,
    pub(super) problems: Vec<CellProblem>,
    pub(super) notes: Vec<String>,
    pub(super) untitled_note: bool,
    pub(super) progress_only: usize,
    pub(super) defaulted_confidence: usize,
}

impl Sheet {
    pub(super) fn problem(&mut self, row: usize, column: Option<usize>, message: String) {
        self.problems.push(CellProblem {
            row,
            column,
            message,
        });
    }

    pub(super) fn plan(&mut self, key: &str, team: Option<String>) -> usize {
        let found = self.plans.iter().position(|(k, _)| k == key);
        let at = found.unwrap_or_else(|| {
            let period = key.split_once(' ').and_then(|(a, b)| {
                let day = |t: &str| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok();
                Period::new(day(a)?, day(b)?).ok()
            });
            self.plans.push((
                key.to_string(),
                ImportedPlan {
                    period,
                    ..ImportedPlan::default()
                },
            ));
            self.plans.len() - 1
        });
        if let Some(team) = team {
            self.plans[at].1.team.get_or_insert(team);
        }
        at
    }

    pub(super) fn objective(
        &mut self,
        plan: usize,
        title: &str,
        why: Option<String>,
    ) -> (usize, usize) {
        let objectives = &mut self.plans[plan].1.objectives;
        // Rows under one objective name it alike: skip the lookup for a repeat.
        let repeat = self
            .last_objective
            .filter(|(p, o)| *p == plan && objectives[*o].title == title.trim());
        let at = match repeat {
            Some((_, o)) => o,
            None => *self
                .objective_at
                .entry((plan, title_key(title)))
                .or_insert_with(|| {
                    objectives.push(ImportedObjective {
                        title: title.trim().to_string(),
                        ..ImportedObjective::default()
                    });
                    objectives.len() - 1
                }),
        };
        if let Some(why) = why {
            objectives[at].why.get_or_insert(why);
        }
        self.last_objective = Some((plan, at));
        (plan, at)
    }

    pub(super) fn add_key_result(
        &mut self,
        (plan, objective): (usize, usize),
        entry: Entry,
        row: usize,
    ) {
        let krs = &mut self.plans[plan].1.objectives[objective].key_results;
        let repeat = self
            .last_key_result
            .filter(|(p, o, k)| (*p, *o) == (plan, objective) && krs[*k].title == entry.kr.title)
            .map(|(_, _, k)| k);
        let key = || (plan, objective, title_key(&entry.kr.title));
        let found = repeat.or_else(|| self.key_result_at.get(&key()).copied());
        let at = match found {
            Some(i) => {
                let first = self
                    .first_rows
                    .get(&(plan, objective, i))
                    .copied()
                    .unwrap_or(row);
                let conflicts = fill(&mut krs[i], &entry.kr);
                for field in conflicts {
                    self.problems.push(CellProblem {
                        row,
                        column: None,
                        message: format!("its {field} differs from row {first} for the same key result \u{201c}{}\u{201d}: give both rows the same {field}.", shorten(&entry.kr.title)),
                    });
                }
                i
            }
            None => {
                self.key_result_at.insert(key(), krs.len());
                krs.push(entry.kr);
                let at = krs.len() - 1;
                self.first_rows.insert((plan, objective, at), row);
                at
            }
        };
        self.last_key_result = Some((plan, objective, at));
        if let Some((date, value, confidence, note)) = entry.reading {
            match date {
                Some(date) => {
                    self.dates.push((Field::AsOf, date));
                    self.push_reading((plan, objective, at), date, value, confidence, note);
                }
                None => self
                    .undated
                    .push((plan, objective, at, value, confidence, note)),
            }
        }
    }

    /// Records a reading on a key result; one with no confidence in the sheet is green,
    /// and counted for the note that says so.
    fn push_reading(
        &mut self,
        (plan, objective, kr): (usize, usize, usize),
        date: NaiveDate,
        value: f64,
        confidence: Option<Confidence>,
        note: String,
    ) {
        if confidence.is_none() {
            self.defaulted_confidence += 1;
        }
        self.plans[plan].1.objectives[objective].key_results[kr]
            .check_ins
            .push(ImportedCheckIn {
                date,
                value,
                confidence: confidence.unwrap_or(Confidence::Green),
                note,
            });
    }

    pub(super) fn finish(mut self, options: &SheetOptions) -> Rows {
        let from_dates = self.period_from_dates();
        let mut notes = std::mem::take(&mut self.notes);
        for (_, plan) in &mut self.plans {
            if plan.period.is_none() {
                plan.period = options.period.or(from_dates);
            }
        }
        if self.plans.iter().any(|(_, p)| p.period.is_none()) {
            let quarter = Period::quarter_of(options.today);
            notes.push(format!(
                "The sheet names no period: the plan covers this quarter, {}.",
                quarter.label()
            ));
            for (_, plan) in &mut self.plans {
                plan.period.get_or_insert(quarter);
            }
        }
        let undated = std::mem::take(&mut self.undated);
        let mut dated_on = None;
        for (p, o, k, value, confidence, note) in undated {
            let period = self.plans[p]
                .1
                .period
                .unwrap_or_else(|| Period::quarter_of(options.today));
            let date = options.today.clamp(period.start, period.end);
            dated_on = Some(date);
            self.push_reading((p, o, k), date, value, confidence, note);
        }
        if let Some(date) = dated_on {
            let why = if date == options.today {
                "today".to_string()
            } else {
                "the nearest day of the period".to_string()
            };
            notes.push(format!(
                "Current values have no date in the sheet: their check-ins are dated {} ({why}).",
                fmt_date(date)
            ));
        }
        if self.defaulted_confidence > 0 {
            notes.push(format!("{} check-ins have no confidence in the sheet: they are green until their owner says otherwise.", fmt_number(self.defaulted_confidence as f64)));
        }
        if self.progress_only > 0 {
            notes.push(format!("{} key results have only a progress figure: they track progress from 0% to 100%. Give them a metric and numbers to get the coach's full reading.", fmt_number(self.progress_only as f64)));
        }
        let mut problems = self.problems;
        problems.sort_by_key(|p| (p.row, p.column));
        Rows {
            plans: self.plans.into_iter().map(|(_, p)| p).collect(),
            problems,
            notes,
        }
    }

    /// The period the start and due dates span, when the sheet names no period.
    pub(super) fn period_from_dates(&self) -> Option<Period> {
        let start = self
            .dates
            .iter()
            .filter(|(f, _)| *f == Field::Start)
            .map(|(_, d)| *d)
            .min();
        let latest = |field: Field| {
            self.dates
                .iter()
                .filter(|(f, _)| *f == field)
                .map(|(_, d)| *d)
                .max()
        };
        let Some(due) = latest(Field::Due) else {
            // Only readings: the quarter of the latest one.
            return latest(Field::AsOf).map(Period::quarter_of);
        };
        match start {
            Some(s) => Period::new(s, due).ok(),
            None => Some(Period::quarter_of(due)),
        }
    }
}

/// Fills `into`'s empty fields from `from`; returns the fields where both have a
/// different value.
fn fill(into: &mut ImportedKeyResult, from: &ImportedKeyResult) -> Vec<&'static str> {
    let mut conflicts = Vec::new();
    macro_rules! take {
        ($field:ident, $name:expr) => {
            match (&into.$field, &from.$field) {
                (None, Some(v)) => into.$field = Some(v.clone()),
                (Some(a), Some(b)) if a != b => conflicts.push($name),
                _ => {}
            }
        };
    }
    take!(metric, "metric");
    take!(unit, "unit");
    take!(kind, "direction");
    take!(baseline, "start value");
    take!(target, "target");
    take!(owner, "owner");
    conflicts
}

/// What reading the rows gave.
pub(super) struct Rows {
    pub(super) plans: Vec<ImportedPlan>,
    pub(super) problems: Vec<CellProblem>,
    pub(super) notes: Vec<String>,
}
