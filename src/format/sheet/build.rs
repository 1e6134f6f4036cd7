//! From rows to the plans they describe: one row per key result (the objective repeated
//! or left blank under its first row), objectives and key results on rows of their own
//! with a type column, or one row per objective with numbered key-result columns. Rows
//! naming the same key result again add readings to it (a sheet of weekly numbers).

use super::cells::{self, column_letter, Row};
use super::dates::{self, DateOrder};
use super::header::{self, Column, Field};
use super::values::{self, DecimalMark, Number};
use super::SheetError;
use crate::domain::display::{fmt_date, fmt_number};
use crate::domain::imported::{
    same_title, ImportedCheckIn, ImportedKeyResult, ImportedObjective, ImportedPlan,
};
use crate::domain::{Confidence, Period, Unit};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::fmt;

/// The person's choices in the preview, and what the reader cannot know itself.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetOptions {
    /// Column index -> the field the person chose for it (`None`: ignore the column).
    pub overrides: BTreeMap<usize, Option<Field>>,
    pub date_order: Option<DateOrder>,
    /// The period when the sheet names none.
    pub period: Option<Period>,
    /// The date of current values the sheet gives no date for.
    pub today: NaiveDate,
}

impl SheetOptions {
    pub fn new(today: NaiveDate) -> Self {
        SheetOptions {
            overrides: BTreeMap::new(),
            date_order: None,
            period: None,
            today,
        }
    }
}

/// A cell (or a row, when `column` is `None`) that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub row: usize,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(c) => write!(
                f,
                "Row {}, column {}: {}",
                self.row,
                column_letter(c),
                self.message
            ),
            None => write!(f, "Row {}: {}", self.row, self.message),
        }
    }
}

/// One column as the preview shows it: its name, what it was read as, a sample value.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnReading {
    pub column: Column,
    pub sample: String,
    /// Why a column that names a field is not used, if it is not.
    pub unused: Option<String>,
}

/// Slashed dates whose order the sheet does not settle: the person is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateQuestion {
    pub example: String,
    pub row: usize,
    pub column: usize,
}

/// Everything a preview needs. Nothing has been stored.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetReading {
    pub separator: char,
    /// The header's row number, as the spreadsheet shows it.
    pub header_row: usize,
    pub columns: Vec<ColumnReading>,
    /// Empty while `date_question` waits for an answer.
    pub plans: Vec<ImportedPlan>,
    pub problems: Vec<CellProblem>,
    pub notes: Vec<String>,
    pub date_question: Option<DateQuestion>,
    /// Rows with data, below the header.
    pub data_rows: usize,
    /// Rows with a problem, which "leave them out" skips.
    pub bad_rows: Vec<usize>,
}

impl SheetReading {
    pub fn can_import(&self) -> bool {
        self.date_question.is_none() && self.problems.is_empty() && !self.plans.is_empty()
    }
}

/// Reads a sheet's text. `skip_bad_rows` leaves out every row with a problem (the person
/// chose so after seeing them); otherwise those rows are listed and nothing can be imported.
pub fn read_sheet(
    text: &str,
    options: &SheetOptions,
    skip_bad_rows: bool,
) -> Result<SheetReading, SheetError> {
    cells::check_text(text)?;
    let separator = cells::detect_separator(text);
    let rows = cells::split_rows(text, separator)?;
    let (header_at, mut columns) = header::find_header(&rows).ok_or(SheetError::NoHeader)?;
    for c in &mut columns {
        if let Some(choice) = options.overrides.get(&c.index) {
            c.field = *choice;
        }
    }
    let data: Vec<&Row> = rows[header_at + 1..]
        .iter()
        .filter(|r| !r.is_blank())
        .collect();
    let mut reader = Reader::new(&columns, separator, &data, options);
    let column_readings = reader.column_readings(&columns, &data);
    let mut reading = SheetReading {
        separator,
        header_row: rows[header_at].number,
        columns: column_readings,
        plans: Vec::new(),
        problems: Vec::new(),
        notes: Vec::new(),
        date_question: None,
        data_rows: data.len(),
        bad_rows: Vec::new(),
    };
    if let Some(question) = reader.date_question(&data) {
        reading.date_question = Some(question);
        return Ok(reading);
    }
    if !columns
        .iter()
        .any(|c| matches!(c.field, Some(Field::KeyResult | Field::Objective)))
    {
        return Err(SheetError::NoHeader);
    }
    let first = reader.read_rows(&data, None);
    let bad: Vec<usize> = {
        let mut b: Vec<usize> = first.problems.iter().map(|p| p.row).collect();
        b.dedup();
        b
    };
    let result = if skip_bad_rows && !bad.is_empty() {
        let mut again = reader.read_rows(&data, Some(&bad));
        again.notes.push(format!(
            "Left out {} with a problem: {}.",
            if bad.len() == 1 {
                "1 row".to_string()
            } else {
                format!("{} rows", bad.len())
            },
            bad.iter()
                .map(|r| r.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
        again
    } else {
        first
    };
    reading.plans = result.plans;
    reading.problems = result.problems;
    reading.notes = reader.notes.clone();
    reading.notes.extend(result.notes);
    reading.bad_rows = bad;
    Ok(reading)
}

struct Reader<'a> {
    /// The column used for each (field, key-result number) pair.
    by_field: BTreeMap<(Field, Option<u32>), usize>,
    groups: Vec<u32>,
    mark: DecimalMark,
    /// Progress written 0-100 (true) or 0-1.
    progress_percent: bool,
    order: Option<DateOrder>,
    options: &'a SheetOptions,
    notes: Vec<String>,
    unused: BTreeMap<usize, String>,
}

/// What reading the rows gave.
struct Rows {
    plans: Vec<ImportedPlan>,
    problems: Vec<CellProblem>,
    notes: Vec<String>,
}

impl<'a> Reader<'a> {
    fn new(columns: &[Column], separator: char, data: &[&Row], options: &'a SheetOptions) -> Self {
        let mut by_field = BTreeMap::new();
        let mut unused = BTreeMap::new();
        for c in columns {
            let Some(field) = c.field else { continue };
            let key = (field, c.group);
            match by_field.get(&key) {
                Some(first) => {
                    unused.insert(
                        c.index,
                        format!(
                            "column {} is read as {} already",
                            column_letter(*first),
                            field.label().to_lowercase()
                        ),
                    );
                }
                None => {
                    by_field.insert(key, c.index);
                }
            }
        }
        let mut notes = Vec::new();
        if by_field.contains_key(&(Field::Confidence, None)) {
            if let Some(s) = by_field.remove(&(Field::Status, None)) {
                unused.insert(
                    s,
                    "the confidence column is used; the app works out the status itself".into(),
                );
            }
        }
        let mut groups: Vec<u32> = by_field
            .keys()
            .filter(|(f, g)| *f == Field::KeyResult && g.is_some())
            .filter_map(|(_, g)| *g)
            .collect();
        groups.sort_unstable();
        let mut reader = Reader {
            by_field,
            groups,
            mark: DecimalMark::Point,
            progress_percent: false,
            order: options.date_order,
            options,
            notes: Vec::new(),
            unused,
        };
        reader.mark = reader.decimal_mark(separator, data);
        if reader.mark == DecimalMark::Comma {
            notes.push(
                "Numbers use a decimal comma (1.234,5), as the sheet writes them.".to_string(),
            );
        }
        reader.progress_percent = reader.progress_scale(data);
        reader.notes = notes;
        reader
    }

    fn columns_of(&self, field: Field) -> impl Iterator<Item = usize> + '_ {
        self.by_field
            .iter()
            .filter(move |((f, _), _)| *f == field)
            .map(|(_, c)| *c)
    }

    fn decimal_mark(&self, separator: char, data: &[&Row]) -> DecimalMark {
        let number_columns: Vec<usize> = self
            .by_field
            .iter()
            .filter(|((f, _), _)| f.is_number())
            .map(|(_, c)| *c)
            .collect();
        let (mut comma, mut point) = (0, 0);
        for row in data {
            for c in &number_columns {
                match values::mark_hint(row.cell(*c)) {
                    Some(DecimalMark::Comma) => comma += 1,
                    Some(DecimalMark::Point) => point += 1,
                    None => {}
                }
            }
        }
        if comma > point || (point == 0 && separator == ';') {
            DecimalMark::Comma
        } else {
            DecimalMark::Point
        }
    }

    /// Progress is 0-100 when any cell says % or is above 1, else 0-1.
    fn progress_scale(&self, data: &[&Row]) -> bool {
        let columns: Vec<usize> = self.columns_of(Field::Progress).collect();
        data.iter().any(|row| {
            columns.iter().any(|c| {
                let text = row.cell(*c);
                text.contains('%')
                    || matches!(values::read_number(text, self.mark), Ok(Some(n)) if n.value > 1.0)
            })
        })
    }

    fn date_columns(&self) -> Vec<usize> {
        self.by_field
            .iter()
            .filter(|((f, _), _)| f.is_date())
            .map(|(_, c)| *c)
            .collect()
    }

    /// Settles the order of slashed dates from the cells, or says what to ask. Cells that
    /// contradict the settled order are problems, found while reading rows.
    fn date_question(&mut self, data: &[&Row]) -> Option<DateQuestion> {
        let columns = self.date_columns();
        let mut first_ambiguous = None;
        let mut hints = [0usize; 2];
        for row in data {
            for c in &columns {
                let text = row.cell(*c);
                match dates::order_hint(text) {
                    Some(DateOrder::DayFirst) => hints[0] += 1,
                    Some(DateOrder::MonthFirst) => hints[1] += 1,
                    None if first_ambiguous.is_none() && dates::is_ambiguous(text) => {
                        first_ambiguous = Some(DateQuestion {
                            example: text.to_string(),
                            row: row.number,
                            column: *c,
                        });
                    }
                    None => {}
                }
            }
        }
        if self.order.is_none() {
            self.order = match hints {
                [0, 0] => None,
                [d, m] if d >= m => Some(DateOrder::DayFirst),
                _ => Some(DateOrder::MonthFirst),
            };
            if let Some(order) = self.order {
                if hints[0] + hints[1] > 0 {
                    self.notes.push(match order {
                        DateOrder::DayFirst => {
                            "Dates are read day first (31/01/2027), as the sheet writes them."
                                .into()
                        }
                        DateOrder::MonthFirst => {
                            "Dates are read month first (01/31/2027), as the sheet writes them."
                                .into()
                        }
                    });
                }
            }
        }
        match self.order {
            Some(_) => None,
            None => first_ambiguous,
        }
    }

    fn column_readings(&self, columns: &[Column], data: &[&Row]) -> Vec<ColumnReading> {
        columns
            .iter()
            .map(|c| ColumnReading {
                column: c.clone(),
                sample: data
                    .iter()
                    .map(|r| r.cell(c.index))
                    .find(|t| !t.is_empty())
                    .unwrap_or("")
                    .to_string(),
                unused: self.unused.get(&c.index).cloned(),
            })
            .collect()
    }

    fn read_rows(&self, data: &[&Row], skip: Option<&[usize]>) -> Rows {
        let mut sheet = Sheet::default();
        for row in data {
            if skip.is_some_and(|s| s.contains(&row.number)) {
                continue;
            }
            self.read_row(row, &mut sheet);
        }
        sheet.finish(self)
    }

    fn cell<'r>(&self, row: &'r Row, field: Field, group: Option<u32>) -> Option<(usize, &'r str)> {
        let column = self
            .by_field
            .get(&(field, group))
            .or_else(|| group.and_then(|_| self.by_field.get(&(field, None))))?;
        let text = row.cell(*column);
        // Our own export defuses formulas with a leading apostrophe: take it off again.
        let text = match text.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
            _ => text,
        };
        (!text.is_empty()).then_some((*column, text))
    }

    fn text(
        &self,
        row: &Row,
        field: Field,
        group: Option<u32>,
        sheet: &mut Sheet,
    ) -> Option<String> {
        let (column, raw) = self.cell(row, field, group)?;
        if raw.starts_with('=') && row.cell(column).starts_with('=') {
            sheet.problem(row.number, Some(column), format!("\u{201c}{}\u{201d} is a formula; OKR Studio reads values. Copy the cells and paste values only, or download the sheet as CSV.", shorten(raw)));
            return None;
        }
        Some(raw.to_string())
    }

    fn number(
        &self,
        row: &Row,
        field: Field,
        group: Option<u32>,
        sheet: &mut Sheet,
    ) -> Option<Number> {
        let text = self.text(row, field, group, sheet)?;
        match values::read_number(&text, self.mark) {
            Ok(n) => n,
            Err(()) => {
                let column = self.cell(row, field, group).map(|(c, _)| c);
                sheet.problem(row.number, column, format!("{} \u{201c}{}\u{201d} is not a number: write it like 1500, 1,500, 12.5%, $1.2M or 3:30.", field.label(), shorten(&text)));
                None
            }
        }
    }

    fn date(
        &self,
        row: &Row,
        field: Field,
        group: Option<u32>,
        sheet: &mut Sheet,
    ) -> Option<NaiveDate> {
        let text = self.text(row, field, group, sheet)?;
        let column = self.cell(row, field, group).map(|(c, _)| c);
        if let (Some(order), Some(hint)) = (self.order, dates::order_hint(&text)) {
            if order != hint {
                sheet.problem(row.number, column, format!("{} \u{201c}{text}\u{201d} is written {} but the rest of the sheet writes dates {}: use one order in the whole sheet.", field.label(), order_words(hint), order_words(order)));
                return None;
            }
        }
        match dates::read_date(&text, self.order) {
            Ok(d) => d,
            Err(_) => {
                sheet.problem(
                    row.number,
                    column,
                    format!(
                        "{} \u{201c}{}\u{201d} is not a date: write it like 2027-01-31.",
                        field.label(),
                        shorten(&text)
                    ),
                );
                None
            }
        }
    }

    fn read_row(&self, row: &Row, sheet: &mut Sheet) {
        for field in [Field::Start, Field::Due] {
            if let Some(d) = self.date(row, field, None, sheet) {
                sheet.dates.push((field, d));
            }
        }
        let period = self.text(row, Field::Period, None, sheet);
        if let Some(p) = &period {
            if let Err(e) = Period::parse_quarter(p) {
                let column = self.cell(row, Field::Period, None).map(|(c, _)| c);
                sheet.problem(row.number, column, format!("{e}."));
                return;
            }
        }
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
                None if values::read_direction(&u) == Some(crate::domain::KrKind::Milestone) => {
                    kr.kind = Some(crate::domain::KrKind::Milestone)
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

fn order_words(order: DateOrder) -> &'static str {
    match order {
        DateOrder::DayFirst => "day first",
        DateOrder::MonthFirst => "month first",
    }
}

/// A cell's text, cut for a message.
fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// A key result as one row gives it, and its reading (date, value, confidence, note).
struct Entry {
    kr: ImportedKeyResult,
    reading: Option<(Option<NaiveDate>, f64, Option<Confidence>, String)>,
}

/// What the rows built so far. Readings without a date are dated when the period is known.
#[derive(Default)]
struct Sheet {
    plans: Vec<(String, ImportedPlan)>,
    /// (plan, objective, key result) -> the row that first named it, per field.
    first_rows: BTreeMap<(usize, usize, usize), usize>,
    undated: Vec<(usize, usize, usize, f64, Option<Confidence>, String)>,
    dates: Vec<(Field, NaiveDate)>,
    last_objective: Option<(usize, usize)>,
    problems: Vec<CellProblem>,
    notes: Vec<String>,
    untitled_note: bool,
    progress_only: usize,
    defaulted_confidence: usize,
}

impl Sheet {
    fn problem(&mut self, row: usize, column: Option<usize>, message: String) {
        self.problems.push(CellProblem {
            row,
            column,
            message,
        });
    }

    fn plan(&mut self, key: &str, team: Option<String>) -> usize {
        let found = self.plans.iter().position(|(k, _)| k == key);
        let at = found.unwrap_or_else(|| {
            let period = Period::parse_quarter(key).ok();
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
        let at = match objectives.iter().position(|o| same_title(&o.title, title)) {
            Some(i) => i,
            None => {
                objectives.push(ImportedObjective {
                    title: title.trim().to_string(),
                    ..ImportedObjective::default()
                });
                objectives.len() - 1
            }
        };
        if let Some(why) = why {
            objectives[at].why.get_or_insert(why);
        }
        self.last_objective = Some((plan, at));
        (plan, at)
    }

    fn add_key_result(&mut self, (plan, objective): (usize, usize), entry: Entry, row: usize) {
        let krs = &mut self.plans[plan].1.objectives[objective].key_results;
        let at = match krs
            .iter()
            .position(|k| same_title(&k.title, &entry.kr.title))
        {
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
                krs.push(entry.kr);
                self.first_rows
                    .insert((plan, objective, krs.len() - 1), row);
                krs.len() - 1
            }
        };
        if let Some((date, value, confidence, note)) = entry.reading {
            match date {
                Some(date) => {
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

    fn finish(mut self, reader: &Reader) -> Rows {
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
        let due = self
            .dates
            .iter()
            .filter(|(f, _)| *f == Field::Due)
            .map(|(_, d)| *d)
            .max()?;
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
