//! Check-ins as CSV, for spreadsheets.
//!
//! Follows RFC 4180 (comma-separated, CRLF line ends, quotes doubled inside quoted cells),
//! and defuses formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or
//! a carriage return is prefixed with `'`, so a spreadsheet shows it as text instead of
//! running it. Numbers we write ourselves are left as numbers.

use crate::domain::Plan;

/// The header row, in the order of the columns.
pub const CSV_HEADER: [&str; 7] = [
    "objective",
    "key result",
    "metric",
    "date",
    "value",
    "confidence",
    "note",
];

/// A byte-order mark some versions of Excel need to read UTF-8; prepend it when the file
/// is meant for Excel on Windows.
pub const CSV_BOM: &str = "\u{feff}";

/// Every check-in of `plan`, one row each, in plan order (objective, key result, check-in).
pub fn check_ins_csv(plan: &Plan) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.iter().map(|h| text_cell(h)));
    for objective in &plan.objectives {
        for kr in &objective.key_results {
            for check_in in &kr.check_ins {
                let row = [
                    text_cell(&objective.title),
                    text_cell(&kr.title),
                    text_cell(&kr.metric),
                    check_in.date.to_string(),
                    check_in.value.to_string(),
                    check_in.confidence.label().to_string(),
                    text_cell(&check_in.note),
                ];
                push_row(&mut out, row.into_iter());
            }
        }
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell);
    }
    out.push_str("\r\n");
}

/// A text cell: defused if it could start a formula, quoted if it holds a separator.
pub fn text_cell(value: &str) -> String {
    let defused = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    };
    let needs_quotes = defused.contains([',', '"', '\n', '\r'])
        || defused.starts_with(' ')
        || defused.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}
