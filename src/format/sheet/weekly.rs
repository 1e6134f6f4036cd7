//! A key result's weekly numbers pasted from a sheet: a column of dates and values, a
//! column of values, or a row of weekly values. Values without dates are a week apart
//! from the period's first day.

use super::cells::{self, column_letter, Row};
use super::dates::{self, DateOrder};
use super::error::SheetError;
use super::types::{CellProblem, DateQuestion};
use super::values::{self, DecimalMark};
use crate::domain::display::fmt_date;
use crate::domain::Period;
use chrono::{Days, NaiveDate};

#[derive(Debug, Clone, PartialEq)]
pub struct WeeklyReading {
    pub values: Vec<(NaiveDate, f64)>,
    pub problems: Vec<CellProblem>,
    pub date_question: Option<DateQuestion>,
    pub notes: Vec<String>,
}

/// Reads pasted weekly numbers for a key result of `period`. Stores nothing.
pub fn read_weekly(
    text: &str,
    period: Period,
    order: Option<DateOrder>,
) -> Result<WeeklyReading, SheetError> {
    cells::check_text(text)?;
    let separator = cells::detect_separator(text);
    let rows: Vec<Row> = cells::split_rows(text, separator)?
        .into_iter()
        .filter(|r| !r.is_blank())
        .collect();
    let mut out = WeeklyReading {
        values: Vec::new(),
        problems: Vec::new(),
        date_question: None,
        notes: Vec::new(),
    };
    let all_cells = rows.iter().flat_map(|r| r.cells.iter().map(|c| c.as_ref()));
    let mark = mark_of(all_cells, separator);
    let paired = rows
        .iter()
        .all(|r| r.cells.iter().filter(|c| !c.trim().is_empty()).count() >= 2)
        && rows.len() > 1;
    if paired {
        read_pairs(&rows, order, mark, &mut out);
    } else {
        // One row of values, or one column: the cells in reading order.
        let cells: Vec<(usize, usize, &str)> = rows
            .iter()
            .flat_map(|r| {
                r.cells
                    .iter()
                    .enumerate()
                    .map(move |(c, t)| (r.number, c, t.trim()))
            })
            .filter(|(_, _, t)| !t.is_empty())
            .collect();
        let mut week = 0u64;
        for (i, (row, column, t)) in cells.iter().enumerate() {
            match values::read_number(t, mark) {
                Ok(Some(n)) => {
                    let date = period.start + Days::new(7 * week);
                    week += 1;
                    if date > period.end {
                        out.problems.push(CellProblem {
                            row: *row,
                            column: Some(*column),
                            message: format!(
                                "the value {t} would be dated {}, after the period ends.",
                                fmt_date(date)
                            ),
                        });
                    } else {
                        out.values.push((date, n.value));
                    }
                }
                // A label before the values ("Signups") is fine.
                _ if i == 0 => {}
                _ => out.problems.push(CellProblem {
                    row: *row,
                    column: Some(*column),
                    message: format!("\u{201c}{t}\u{201d} is not a number."),
                }),
            }
        }
        if !out.values.is_empty() {
            out.notes.push(format!(
                "No dates given: the values are a week apart from the period's first day, {}.",
                fmt_date(period.start)
            ));
        }
    }
    if out.values.is_empty() && out.problems.is_empty() && out.date_question.is_none() {
        out.problems.push(CellProblem {
            row: 1,
            column: None,
            message:
                "no values found: paste a column of dates and values, or a row of weekly values."
                    .into(),
        });
    }
    Ok(out)
}

fn mark_of<'a>(cells: impl Iterator<Item = &'a str>, separator: char) -> DecimalMark {
    let (mut comma, mut point) = (0, 0);
    for c in cells {
        match values::mark_hint(c) {
            Some(DecimalMark::Comma) if !c.contains(['/', '-']) => comma += 1,
            Some(DecimalMark::Point) if !c.contains(['/', '-']) => point += 1,
            _ => {}
        }
    }
    if comma > point || (point == 0 && separator == ';') {
        DecimalMark::Comma
    } else {
        DecimalMark::Point
    }
}

fn read_pairs(rows: &[Row], order: Option<DateOrder>, mark: DecimalMark, out: &mut WeeklyReading) {
    let mut order = order;
    if order.is_none() {
        let hints: Vec<DateOrder> = rows
            .iter()
            .filter_map(|r| dates::order_hint(r.cell(0)))
            .collect();
        order = hints.first().copied();
        if order.is_none() {
            if let Some(r) = rows.iter().find(|r| dates::is_ambiguous(r.cell(0))) {
                out.date_question = Some(DateQuestion {
                    example: r.cell(0).to_string(),
                    row: r.number,
                    column: 0,
                });
                return;
            }
        }
    }
    for (i, row) in rows.iter().enumerate() {
        let (d, v) = (row.cell(0), row.cell(1));
        let date = dates::read_date(d, order);
        let value = values::read_number(v, mark);
        match (date, value) {
            (Ok(Some(date)), Ok(Some(n))) => {
                if let (Some(o), Some(h)) = (order, dates::order_hint(d)) {
                    if o != h {
                        out.problems.push(CellProblem { row: row.number, column: Some(0), message: format!("\u{201c}{d}\u{201d} writes the date in another order than the rows above: use one order.") });
                        continue;
                    }
                }
                out.values.push((date, n.value));
            }
            // A header row ("Week", "Signups").
            (Err(_), Err(_)) if i == 0 => {}
            (Err(_), _) => out.problems.push(CellProblem {
                row: row.number,
                column: Some(0),
                message: format!(
                    "\u{201c}{d}\u{201d} in column {} is not a date: write it like 2027-01-31.",
                    column_letter(0)
                ),
            }),
            (_, Err(_)) => out.problems.push(CellProblem {
                row: row.number,
                column: Some(1),
                message: format!("\u{201c}{v}\u{201d} is not a number."),
            }),
            _ => {}
        }
    }
}
