//! Splits a sheet's text into rows of cells: RFC 4180 quoting, with the separator found
//! from the text (tab for cells pasted from a spreadsheet, comma or semicolon for CSV).
//!
//! Hand-written rather than the `csv` crate: the reader must refuse a quote that never
//! closes (the crate reads on to the end of the file as one cell) and must say where each
//! cell came from, and this is about 150 lines against 30-40 KB of wasm.

use super::error::SheetError;
pub use super::limits::{column_letter, MAX_SHEET_BYTES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS};
use std::borrow::Cow;

/// One record of the sheet. `number` is the row as the spreadsheet shows it (1-based),
/// which a cell holding a line break does not change. A cell borrows the sheet's text
/// unless its quotes had to be undone ("a ""b"" c"): most cells of a large sheet are
/// never copied.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    pub number: usize,
    pub cells: Vec<Cow<'a, str>>,
}

impl Row<'_> {
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map(|c| c.trim()).unwrap_or("")
    }

    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// Refuses what is not a sheet before any reading: too big, or not text.
pub fn check_text(text: &str) -> Result<(), SheetError> {
    if text.len() > MAX_SHEET_BYTES {
        return Err(SheetError::TooBig { bytes: text.len() });
    }
    if text.starts_with("PK\u{3}\u{4}") {
        return Err(SheetError::Workbook);
    }
    let sample: String = text.chars().take(4096).collect();
    let odd = sample
        .chars()
        .filter(|c| *c == '\0' || *c == '\u{fffd}' || (c.is_control() && !"\t\r\n".contains(*c)))
        .count();
    // A text file may hold a stray control character; a binary one is full of them.
    if sample.contains('\0') || odd * 100 > sample.chars().count() {
        return Err(SheetError::NotText);
    }
    if text.trim().is_empty() {
        return Err(SheetError::Empty);
    }
    Ok(())
}

/// The separator that splits the first lines most evenly: tab, semicolon or comma.
pub fn detect_separator(text: &str) -> char {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best = (',', 0usize, 0usize);
    for sep in ['\t', ';', ','] {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, sep)).collect();
        let most = counts.iter().copied().max().unwrap_or(0);
        if most == 0 {
            continue;
        }
        // Lines that agree with the most common count: a real separator splits every
        // line alike; a comma inside "1,500" does not.
        let mode = (1..=most)
            .max_by_key(|n| counts.iter().filter(|c| *c == n).count())
            .unwrap_or(0);
        let agree = counts.iter().filter(|c| **c == mode).count();
        if agree > best.1 || (agree == best.1 && mode > best.2 && best.0 == ',') {
            best = (sep, agree, mode);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, sep: char) -> usize {
    let mut quoted = false;
    line.chars()
        .filter(|c| {
            if *c == '"' {
                quoted = !quoted;
            }
            !quoted && *c == sep
        })
        .count()
}

/// Splits `text` into rows with `sep`. Blank lines are kept as blank rows, so row numbers
/// match the spreadsheet's. Scans bytes, not chars: the separator, quotes and line ends
/// are ASCII, which never occurs inside a multi-byte UTF-8 character, and cells are cut
/// as slices instead of being built a character at a time.
pub fn split_rows(text: &str, sep: char) -> Result<Vec<Row<'_>>, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = if sep.is_ascii() { sep as u8 } else { b',' };
    let bytes = text.as_bytes();
    let ends_cell = |b: u8| b == sep || b == b'\n' || b == b'\r';
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut i = 0;
    loop {
        if i >= bytes.len() {
            // A separator just before the end leaves one more (empty) cell.
            if !cells.is_empty() {
                push_cell(&mut cells, Cow::Borrowed(""), rows.len() + 1)?;
                push_row(&mut rows, &mut cells)?;
            }
            break;
        }
        let mut cell: Cow<'_, str> = Cow::Borrowed("");
        if bytes[i] == b'"' {
            let (row, column) = (rows.len() + 1, cells.len());
            i += 1;
            loop {
                let Some(q) = bytes[i..].iter().position(|b| *b == b'"') else {
                    return Err(SheetError::OpenQuote { row, column });
                };
                append(&mut cell, &text[i..i + q]);
                i += q + 1;
                if bytes.get(i) == Some(&b'"') {
                    cell.to_mut().push('"');
                    i += 1;
                } else {
                    break;
                }
            }
        }
        // Unquoted text, or what follows a closing quote up to the separator.
        let end = bytes[i..]
            .iter()
            .position(|b| ends_cell(*b))
            .map_or(bytes.len(), |n| i + n);
        append(&mut cell, &text[i..end]);
        push_cell(&mut cells, cell, rows.len() + 1)?;
        i = end;
        match bytes.get(i) {
            Some(b) if *b == sep => i += 1,
            Some(b'\r') | Some(b'\n') => {
                i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                push_row(&mut rows, &mut cells)?;
            }
            _ => {
                push_row(&mut rows, &mut cells)?;
                break;
            }
        }
    }
    Ok(rows)
}

/// Adds `part` of the text to a cell: borrowed while the cell is one piece of the text,
/// copied once it is made of several (a quoted part and what follows it).
fn append<'a>(cell: &mut Cow<'a, str>, part: &'a str) {
    if part.is_empty() {
        return;
    }
    if cell.is_empty() {
        *cell = Cow::Borrowed(part);
    } else {
        cell.to_mut().push_str(part);
    }
}

fn push_cell<'a>(
    cells: &mut Vec<Cow<'a, str>>,
    cell: Cow<'a, str>,
    row: usize,
) -> Result<(), SheetError> {
    if cells.len() >= MAX_SHEET_COLUMNS {
        return Err(SheetError::TooManyColumns { row });
    }
    cells.push(cell);
    Ok(())
}

fn push_row<'a>(rows: &mut Vec<Row<'a>>, cells: &mut Vec<Cow<'a, str>>) -> Result<(), SheetError> {
    if rows.len() >= MAX_SHEET_ROWS {
        return Err(SheetError::TooManyRows);
    }
    rows.push(Row {
        number: rows.len() + 1,
        cells: std::mem::take(cells),
    });
    Ok(())
}

/// A file's bytes as text, whatever a spreadsheet saved it as: UTF-8 (with or without
/// its mark), UTF-16 with its mark (Excel's "Unicode Text"), else Windows-1252, which
/// Excel on Windows writes for "CSV (Comma delimited)", so "Café" is not read as "Caf�".
pub fn decode_text(bytes: &[u8]) -> String {
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => bytes.iter().map(|b| windows_1252(*b)).collect(),
        },
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// Windows-1252: Latin-1 except 0x80-0x9F, which hold the euro sign, curly quotes, dashes.
fn windows_1252(byte: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039,
        0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
    ];
    match byte {
        0x80..=0x9F => {
            char::from_u32(u32::from(HIGH[usize::from(byte - 0x80)])).unwrap_or('\u{fffd}')
        }
        b => char::from(b),
    }
}
