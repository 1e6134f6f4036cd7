//! A sheet read for a preview: the person's options in, and out how each column was
//! read, the plans that would result, the cells that could not be read, and the notes
//! that say what the reader assumed. `reader` reads cells; `rows` builds the plans.

use super::cells::{self, Row};
use super::error::SheetError;
use super::header::{self, Field};
use super::reader::Reader;
use super::types::{SheetOptions, SheetReading};

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
