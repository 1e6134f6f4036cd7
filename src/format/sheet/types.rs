//! What a reading of a sheet gives the preview, and what the person chose in it. Kept
//! apart from the reading code so every part of the reader can name these types
//! without the parts naming each other.

use super::cells::column_letter;
use super::dates::DateOrder;
use super::header::{Column, Field};
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

/// A cell's text, cut for a message.
pub(super) fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}
