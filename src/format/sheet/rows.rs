//! From read cells to the plans they describe: one row per key result (the objective
//! repeated or left blank under its first row), objectives and key results on rows of
//! their own with a type column, or one row per objective with numbered key-result
//! columns. Rows naming the same key result again add readings to it (`gather`).

use super::cells::Row;
use super::dates;
use super::gather::{Entry, Sheet};
use super::header::Field;
use super::reader::Reader;
use super::types::shorten;
use super::values;
use crate::domain::imported::ImportedKeyResult;
use crate::domain::{Confidence, KrKind, Unit};

impl Reader<'_> {
    pub(super) fn read_row(&self, row: &Row, sheet: &mut Sheet) {
        for field in [Field::Start, Field::Due] {
            if let Some(d) = self.date(row, field, None, sheet) {
                sheet.dates.push((field, d));
            }
        }
        // Plans are keyed by the period itself: "2027 Q1" and "Q1 2027" are one plan.
        let period = match self.value(row, Field::Period, None, sheet) {
            Some(p) => match dates::read_period(p) {
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
        // Read in place: a sheet of weekly numbers names the same objective on every row.
        let objective_cell = self.value(row, Field::Objective, None, sheet);
        let type_cell = self.value(row, Field::RowType, None, sheet);
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
            let title = objective_cell.or_else(|| self.value(row, Field::KeyResult, None, sheet));
            let Some(title) = title else {
                sheet.problem(row.number, None, "an objective row with no title.".into());
                return;
            };
            let why = self.text(row, Field::Description, None, sheet);
            sheet.objective(plan, title, why);
            return;
        }
        let objective = match objective_cell {
            Some(title) => Some(sheet.objective(plan, title, None)),
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
        if let Some(u) = self.value(row, Field::Unit, group, sheet) {
            match values::read_unit(u) {
                Some(unit) => kr.unit = Some(unit),
                None if values::read_direction(u) == Some(KrKind::Milestone) => {
                    kr.kind = Some(KrKind::Milestone)
                }
                None => {
                    let column = self.cell(row, Field::Unit, group).map(|(c, _)| c);
                    sheet.problem(row.number, column, format!("\u{201c}{}\u{201d} is not a unit: write %, #, a currency (USD, €, £) or time.", shorten(u)));
                }
            }
        }
        if let Some(d) = self.value(row, Field::Direction, group, sheet) {
            match values::read_direction(d) {
                Some(kind) => kr.kind = Some(kind),
                None => {
                    let column = self.cell(row, Field::Direction, group).map(|(c, _)| c);
                    sheet.problem(row.number, column, format!("\u{201c}{}\u{201d} is not a direction: write increase, decrease, stay above or stay below.", shorten(d)));
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
            if let Some(t) = self.value(row, field, group, sheet) {
                return match values::read_confidence(t) {
                    Some(c) => Some(c),
                    None => {
                        let column = self.cell(row, field, group).map(|(c, _)| c);
                        sheet.problem(row.number, column, format!("{} \u{201c}{}\u{201d} is not a confidence: write green, yellow or red (or on track, at risk, off track).", field.label(), shorten(t)));
                        None
                    }
                };
            }
        }
        None
    }
}
