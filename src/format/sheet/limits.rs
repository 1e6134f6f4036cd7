//! Where things are in a sheet and how much of one is read: column letters as the
//! spreadsheet shows them, and the reader's limits, which messages quote.

/// Largest sheet read, in bytes: a 2,000-row export of a hosted tool is under 1 MB.
pub const MAX_SHEET_BYTES: usize = 10 * 1024 * 1024;
/// Most rows read: a year of weekly numbers for 500 key results is 26,000.
pub const MAX_SHEET_ROWS: usize = 50_000;
/// Most columns read; templates with numbered key results stay well under it.
pub const MAX_SHEET_COLUMNS: usize = 500;

/// Rows searched for the header: templates put a title and a note or two above it.
pub const HEADER_SEARCH_ROWS: usize = 20;

/// The column letter a spreadsheet shows: 0 -> A, 25 -> Z, 26 -> AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
