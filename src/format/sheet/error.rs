//! Why a text could not be read as a sheet at all.

use super::limits::{
    column_letter, HEADER_SEARCH_ROWS, MAX_SHEET_BYTES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS,
};
use std::fmt;

/// Why a text could not be read as a sheet at all. Problems with single cells are
/// `CellProblem`s in the reading instead, so the preview can show them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    Empty,
    TooBig {
        bytes: usize,
    },
    /// An .xlsx or .ods workbook (a zip), not its CSV.
    Workbook,
    NotText,
    OpenQuote {
        row: usize,
        column: usize,
    },
    TooManyRows,
    TooManyColumns {
        row: usize,
    },
    NoHeader,
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SheetError::Empty => f.write_str("The sheet is empty: paste cells with a header row, or choose a CSV file."),
            SheetError::TooBig { bytes } => write!(
                f,
                "The file is {:.1} MB; a sheet can be at most {} MB. Export only the OKR tab, or split it by quarter.",
                *bytes as f64 / 1_048_576.0,
                MAX_SHEET_BYTES / 1_048_576
            ),
            SheetError::Workbook => f.write_str(
                "This is a workbook (.xlsx or .ods), not a CSV file. In the spreadsheet choose File › Download (or Save as) › CSV, or copy the cells and paste them here.",
            ),
            SheetError::NotText => f.write_str(
                "This file is not text, so it is not a CSV sheet (was another file renamed .csv?). Nothing was imported.",
            ),
            SheetError::OpenQuote { row, column } => write!(
                f,
                "Row {row}, column {}: a quote opens here and never closes, so the rest of the file would be read as one cell. Close the quote or remove it, then try again.",
                column_letter(*column)
            ),
            SheetError::TooManyRows => write!(
                f,
                "The sheet has more than {} rows. Import one quarter or one team at a time.",
                fmt_count(MAX_SHEET_ROWS)
            ),
            SheetError::TooManyColumns { row } => write!(
                f,
                "Row {row} has more than {} columns. Is this the right sheet?",
                MAX_SHEET_COLUMNS
            ),
            SheetError::NoHeader => write!(
                f,
                "No header row found in the first {} rows. OKR Studio looks for a row naming the columns, with at least \"Objective\" or \"Key result\" (or \"Goal\", \"KR\") and one more, such as \"Target\" or \"Owner\". Add that row, or copy it along with the cells.",
                HEADER_SEARCH_ROWS
            ),
        }
    }
}

impl std::error::Error for SheetError {}

fn fmt_count(n: usize) -> String {
    crate::domain::display::fmt_number(n as f64)
}
