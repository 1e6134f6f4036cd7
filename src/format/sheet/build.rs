//! A sheet read for a preview: the person's options in, and out how each column was
//! read, the plans that would result, the cells that could not be read, and the notes
//! that say what the reader assumed. `reader` reads cells; `rows` builds the plans.

use super::cells::{self, column_letter, Row};
use super::dates::DateOrder;
use super::header::{self, Column, Field};
use super::reader::Reader;
use super::SheetError;
use crate::domain::imported::ImportedPlan;
use crate::domain::Period;
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
