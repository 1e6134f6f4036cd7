//! Sheets in and out: OKRs read from a CSV or TSV file or from cells pasted out of a
//! spreadsheet, and the plan written back as one row per key result.
//!
//! Reading never stores anything: it gives a `SheetReading` (how each column was read,
//! the plans that would result, the cells that could not be read) for a preview, and the
//! person decides. A sheet that is not a sheet at all is a `SheetError` naming the file.

mod build;
pub mod cells;
pub mod dates;
mod error;
mod gather;
pub mod header;
mod limits;
pub mod load_test;
mod reader;
mod rows;
mod types;
pub mod values;
pub mod weekly;
pub mod write;

pub use build::read_sheet;
pub use dates::DateOrder;
pub use error::SheetError;
pub use header::{Field, FIELDS};
pub use types::{CellProblem, ColumnReading, DateQuestion, SheetOptions, SheetReading};
pub use weekly::{read_weekly, WeeklyReading};
pub use write::{plan_sheet, SheetKind};
