//! From read cells to the plans they describe: one row per key result (the objective
//! repeated or left blank under its first row), objectives and key results on rows of
//! their own with a type column, or one row per objective with numbered key-result
//! columns. Rows naming the same key result again add readings to it.

use super::build::CellProblem;
use super::cells::Row;
use super::dates;
use super::header::Field;
use super::reader::{shorten, Reader, Rows};
use super::values;
use crate::domain::display::{fmt_date, fmt_number};
use crate::domain::imported::{
    title_key, ImportedCheckIn, ImportedKeyResult, ImportedObjective, ImportedPlan,
};
use crate::domain::{Confidence, KrKind, Period, Unit};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

impl Reader<'_> {
    pub(super) fn read_row(&self, row: &Row, sheet: &mut Sheet) {
        for field in [Field::Start, Field::Due] {
            if let Some(d) = self.date(row, field, None, sheet) {
                sheet.dates.push((field, d));
            }
        }
        // Plans are keyed by the period itself: "2027 Q1" and "Q1 2027" are one plan.
        let period = match self.text(row, Field::Period, None, sheet) {
            Some(p) => match dates::read_period(&p) {
                Ok(period) => Some(format!("{} {}", period.start, period.end)),
                Err(e) => {
                    let column = self.cell(row, Field::Period, None).map(|(c, _)| c);
                    sheet.problem(row.number, column, e);
                    return;
                }
            },
            None => None,
        };
        let team = self.text(row, Field::Team, None, sheet);
        let objective_cell = self.text(row, Field::Objective, None, sheet);
        let type_cell = self.text(row, Field::RowType, None, sheet);
        let is_objective_row = match &type_cell {
            Some(t) => {
                match values::read_row_type(t) {
                    Some(o) => Some(o),
                    None => {
                        let column = self.cell(row, Field::RowType, None).map(|(c, _)| c);
                        sheet.problem(row.number, column, format!("\u{201c}{}\u{201d} is not a row type: write objective or key result.", shorten(t)));
                        return;
                    }
                }
            }
            None => None,
        };
        let key = period.unwrap_or_default();
        let plan = sheet.plan(&key, team);
        if is_objective_row == Some(true) {
            let title = objective_cell.or_else(|| self.text(row, Field::KeyResult, None, sheet));
            let Some(title) = title else {
                sheet.problem(row.number, None, "an objective row with no title.".into());
                return;
            };
            let why = self.text(row, Field::Description, None, sheet);
            sheet.objective(plan, &title, why);
            return;
        }
        let objective = match objective_cell {
            Some(title) => Some(sheet.objective(plan, &title, None)),
            None => sheet.last_objective.filter(|(p, _)| *p == plan),
        };
        let groups: Vec<Option<u32>> = if self.groups.is_empty() {
            vec![None]
        } else {
            self.groups.iter().map(|g| Some(*g)).collect()
        };
        for group in groups {
            let Some(title) = self.text(row, Field::KeyResult, group, sheet) else {
                continue;
            };
            let objective = match objective {
                Some(o) => o,
                None => {
                    if !sheet.untitled_note {
                        sheet.untitled_note = true;
                        sheet.notes.push("Key results with no objective above them are under \u{201c}Untitled objective\u{201d}: give it a title after the import.".into());
                    }
                    sheet.objective(plan, "Untitled objective", None)
                }
            };
            let entry = self.key_result(row, group, title, sheet);
            sheet.add_key_result(objective, entry, row.number);
        }
    }

    fn key_result(&self, row: &Row, group: Option<u32>, title: String, sheet: &mut Sheet) -> Entry {
        let mut kr = ImportedKeyResult {
            title,
            ..ImportedKeyResult::default()
        };
        kr.metric = self.text(row, Field::Metric, group, sheet);
        kr.owner = self.text(row, Field::Owner, group, sheet);
        if let Some(u) = self.text(row, Field::Unit, group, sheet) {
            match values::read_unit(&u) {
                Some(unit) => kr.unit = Some(unit),
                None if values::read_direction(&u) == Some(KrKind::Milestone) => {
                    kr.kind = Some(KrKind::Milestone)
                }
                None => {
                    let column = self.cell(row, Field::Unit, group).map(|(c, _)| c);
                    sheet.problem(row.number, column, format!("\u{201c}{}\u{201d} is not a unit: write %, #, a currency (USD, €, £) or time.", shorten(&u)));
                }
            }
        }
        if let Some(d) = self.text(row, Field::Direction, group, sheet) {
            match values::read_direction(&d) {
                Some(kind) => kr.kind = Some(kind),
                None => {
                    let column = self.cell(row, Field::Direction, group).map(|(c, _)| c);
                    sheet.problem(row.number, column, format!("\u{201c}{}\u{201d} is not a direction: write increase, decrease, stay above or stay below.", shorten(&d)));
                }
            }
        }
        let baseline = self.number(row, Field::Baseline, group, sheet);
        let target = self.number(row, Field::Target, group, sheet);
        let current = self.number(row, Field::Current, group, sheet);
        let progress = self.number(row, Field::Progress, group, sheet);
        if kr.unit.is_none() {
            kr.unit = [&baseline, &target, &current]
                .iter()
                .find_map(|n| n.as_ref().and_then(|n| n.unit.clone()));
        }
        kr.baseline = baseline.map(|n| n.value);
        kr.target = target.map(|n| n.value);
        let confidence = self.confidence(row, group, sheet);
        let date = self.date(row, Field::AsOf, group, sheet);
        let note = self
            .text(row, Field::Description, group, sheet)
            .unwrap_or_default();
        let value = match (current, progress) {
            (Some(c), _) => Some(c.value),
            (None, Some(p)) => {
                let fraction = if self.progress_percent {
                    p.value / 100.0
                } else {
                    p.value
                };
                match (kr.baseline, kr.target) {
                    (Some(b), Some(t)) => Some(b + fraction * (t - b)),
                    _ => {
                        sheet.progress_only += 1;
                        kr.unit = Some(Unit::Percent);
                        kr.baseline = Some(0.0);
                        kr.target = Some(100.0);
                        kr.metric.get_or_insert_with(|| "progress".into());
                        Some(fraction * 100.0)
                    }
                }
            }
            (None, None) => None,
        };
        Entry {
            kr,
            reading: value.map(|v| (date, v, confidence, note)),
        }
    }

    fn confidence(&self, row: &Row, group: Option<u32>, sheet: &mut Sheet) -> Option<Confidence> {
        for field in [Field::Confidence, Field::Status] {
            if let Some(t) = self.text(row, field, group, sheet) {
                return match values::read_confidence(&t) {
                    Some(c) => Some(c),
                    None => {
                        let column = self.cell(row, field, group).map(|(c, _)| c);
                        sheet.problem(row.number, column, format!("{} \u{201c}{}\u{201d} is not a confidence: write green, yellow or red (or on track, at risk, off track).", field.label(), shorten(&t)));
                        None
                    }
                };
            }
        }
        None
    }
}

/// A key result as one row gives it, and its reading (date, value, confidence, note).
pub(super) struct Entry {
    kr: ImportedKeyResult,
    reading: Option<(Option<NaiveDate>, f64, Option<Confidence>, String)>,
}

/// What the rows built so far. Readings without a date are dated when the period is known.
#[derive(Default)]
pub(super) struct Sheet {
    plans: Vec<(String, ImportedPlan)>,
    /// (plan, objective, key result) -> the row that first named it, per field.
    first_rows: BTreeMap<(usize, usize, usize), usize>,
    /// (plan, title key) -> objective, and (plan, objective, title key) -> key result: a
    /// sheet of weekly numbers names each one again on every row.
    objective_at: HashMap<(usize, String), usize>,
    key_result_at: HashMap<(usize, usize, String), usize>,
    undated: Vec<(usize, usize, usize, f64, Option<Confidence>, String)>,
    dates: Vec<(Field, NaiveDate)>,
    last_objective: Option<(usize, usize)>,
    last_key_result: Option<(usize, usize, usize)>,
    problems: Vec<CellProblem>,
    notes: Vec<String>,
    untitled_note: bool,
    progress_only: usize,
    defaulted_confidence: usize,
}

impl Sheet {
    pub(super) fn problem(&mut self, row: usize, column: Option<usize>, message: String) {
        self.problems.push(CellProblem {
            row,
            column,
            message,
        });
    }

    fn plan(&mut self, key: &str, team: Option<String>) -> usize {
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

    fn objective(&mut self, plan: usize, title: &str, why: Option<String>) -> (usize, usize) {
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

    fn add_key_result(&mut self, (plan, objective): (usize, usize), entry: Entry, row: usize) {
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
                    if confidence.is_none() {
                        self.defaulted_confidence += 1;
                    }
                    let confidence = confidence.unwrap_or(Confidence::Green);
                    self.plans[plan].1.objectives[objective].key_results[at]
                        .check_ins
                        .push(ImportedCheckIn {
                            date,
                            value,
                            confidence,
                            note,
                        });
                }
                None => self
                    .undated
                    .push((plan, objective, at, value, confidence, note)),
            }
        }
    }

    pub(super) fn finish(mut self, reader: &Reader) -> Rows {
        let options = reader.options;
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
            if confidence.is_none() {
                self.defaulted_confidence += 1;
            }
            let confidence = confidence.unwrap_or(Confidence::Green);
            self.plans[p].1.objectives[o].key_results[k]
                .check_ins
                .push(ImportedCheckIn {
                    date,
                    value,
                    confidence,
                    note,
                });
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
    fn period_from_dates(&self) -> Option<Period> {
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
