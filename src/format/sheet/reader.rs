//! Reading a sheet's cells: which column is which field, the sheet's decimal mark,
//! progress scale and date order, and each cell as text, number or date, with a problem
//! naming its row and column when it cannot be read.

use super::cells::{column_letter, Row};
use super::dates::{self, DateOrder};
use super::gather::Rows;
use super::gather::Sheet;
use super::header::{Column, Field, FIELDS};
use super::types::{shorten, ColumnReading, DateQuestion, SheetOptions};
use super::values::{self, DecimalMark, Number};
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub(super) struct Reader<'a> {
    /// The column used for each (field, key-result number) pair.
    pub(super) by_field: BTreeMap<(Field, Option<u32>), usize>,
    /// The same for unnumbered columns, indexed by field: asked for every cell.
    plain: [Option<usize>; FIELDS.len()],
    pub(super) groups: Vec<u32>,
    pub(super) mark: DecimalMark,
    /// Progress written 0-100 (true) or 0-1.
    pub(super) progress_percent: bool,
    pub(super) order: Option<DateOrder>,
    pub(super) options: &'a SheetOptions,
    pub(super) notes: Vec<String>,
    pub(super) unused: BTreeMap<usize, String>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(
        columns: &[Column],
        separator: char,
        data: &[&Row],
        options: &'a SheetOptions,
    ) -> Self {
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
        let mut plain = [None; FIELDS.len()];
        for ((field, group), column) in &by_field {
            if group.is_none() {
                plain[*field as usize] = Some(*column);
            }
        }
        let mut reader = Reader {
            plain,
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

    pub(super) fn columns_of(&self, field: Field) -> impl Iterator<Item = usize> + '_ {
        self.by_field
            .iter()
            .filter(move |((f, _), _)| *f == field)
            .map(|(_, c)| *c)
    }

    pub(super) fn decimal_mark(&self, separator: char, data: &[&Row]) -> DecimalMark {
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
    pub(super) fn progress_scale(&self, data: &[&Row]) -> bool {
        let columns: Vec<usize> = self.columns_of(Field::Progress).collect();
        data.iter().any(|row| {
            columns.iter().any(|c| {
                let text = row.cell(*c);
                text.contains('%')
                    || matches!(values::read_number(text, self.mark), Ok(Some(n)) if n.value > 1.0)
            })
        })
    }

    pub(super) fn date_columns(&self) -> Vec<usize> {
        self.by_field
            .iter()
            .filter(|((f, _), _)| f.is_date())
            .map(|(_, c)| *c)
            .collect()
    }

    /// Settles the order of slashed dates from the cells, or says what to ask. Cells that
    /// contradict the settled order are problems, found while reading rows.
    pub(super) fn date_question(&mut self, data: &[&Row]) -> Option<DateQuestion> {
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

    pub(super) fn column_readings(&self, columns: &[Column], data: &[&Row]) -> Vec<ColumnReading> {
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

    pub(super) fn read_rows(&self, data: &[&Row], skip: Option<&[usize]>) -> Rows {
        let mut sheet = Sheet::default();
        for row in data {
            if skip.is_some_and(|s| s.contains(&row.number)) {
                continue;
            }
            self.read_row(row, &mut sheet);
        }
        sheet.finish(self.options)
    }

    pub(super) fn cell<'r>(
        &self,
        row: &'r Row,
        field: Field,
        group: Option<u32>,
    ) -> Option<(usize, &'r str)> {
        let plain = self.plain[field as usize];
        let column = match group {
            None => plain?,
            Some(_) => self.by_field.get(&(field, group)).copied().or(plain)?,
        };
        let text = row.cell(column);
        // Our own export defuses formulas with a leading apostrophe: take it off again.
        let text = match text.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
            _ => text,
        };
        (!text.is_empty()).then_some((column, text))
    }

    pub(super) fn text(
        &self,
        row: &Row,
        field: Field,
        group: Option<u32>,
        sheet: &mut Sheet,
    ) -> Option<String> {
        self.value(row, field, group, sheet).map(str::to_string)
    }

    /// A cell's text as the sheet holds it, borrowed: numbers and dates are read straight
    /// from it (a 2,000-row sheet has thousands of them). A formula is a problem, not text.
    pub(super) fn value<'r>(
        &self,
        row: &'r Row,
        field: Field,
        group: Option<u32>,
        sheet: &mut Sheet,
    ) -> Option<&'r str> {
        let (column, raw) = self.cell(row, field, group)?;
        if raw.starts_with('=') && row.cell(column).starts_with('=') {
            sheet.problem(row.number, Some(column), format!("\u{201c}{}\u{201d} is a formula; OKR Studio reads values. Copy the cells and paste values only, or download the sheet as CSV.", shorten(raw)));
            return None;
        }
        Some(raw)
    }

    pub(super) fn number(
        &self,
        row: &Row,
        field: Field,
        group: Option<u32>,
        sheet: &mut Sheet,
    ) -> Option<Number> {
        let text = self.value(row, field, group, sheet)?;
        match values::read_number(text, self.mark) {
            Ok(n) => n,
            Err(values::NotANumber) => {
                let column = self.cell(row, field, group).map(|(c, _)| c);
                sheet.problem(row.number, column, format!("{} \u{201c}{}\u{201d} is not a number: write it like 1500, 1,500, 12.5%, $1.2M or 3:30.", field.label(), shorten(text)));
                None
            }
        }
    }

    pub(super) fn date(
        &self,
        row: &Row,
        field: Field,
        group: Option<u32>,
        sheet: &mut Sheet,
    ) -> Option<NaiveDate> {
        let (column, text) = (
            self.cell(row, field, group).map(|(c, _)| c),
            self.value(row, field, group, sheet)?,
        );
        if let (Some(order), Some(hint)) = (self.order, dates::order_hint(text)) {
            if order != hint {
                sheet.problem(row.number, column, format!("{} \u{201c}{text}\u{201d} is written {} but the rest of the sheet writes dates {}: use one order in the whole sheet.", field.label(), order_words(hint), order_words(order)));
                return None;
            }
        }
        match dates::read_date(text, self.order) {
            Ok(d) => d,
            Err(_) => {
                sheet.problem(
                    row.number,
                    column,
                    format!(
                        "{} \u{201c}{}\u{201d} is not a date: write it like 2027-01-31.",
                        field.label(),
                        shorten(text)
                    ),
                );
                None
            }
        }
    }
}

fn order_words(order: DateOrder) -> &'static str {
    match order {
        DateOrder::DayFirst => "day first",
        DateOrder::MonthFirst => "month first",
    }
}
