//! Dates as sheets write them: ISO (`2027-01-05`, with or without a time), `5.1.2027`
//! (day first, as German and Nordic sheets write it), month names (`5 Jan 2027`,
//! `Jan 5, 2027`), and `05/01/2027`, which is day first or month first depending on the
//! sheet. The order of slashed dates is decided once for the whole sheet.

use chrono::{Datelike, NaiveDate};

/// The order of slashed dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

impl DateOrder {
    pub fn slug(self) -> &'static str {
        match self {
            DateOrder::DayFirst => "dmy",
            DateOrder::MonthFirst => "mdy",
        }
    }

    pub fn from_slug(slug: &str) -> Option<DateOrder> {
        match slug {
            "dmy" | "day-first" => Some(DateOrder::DayFirst),
            "mdy" | "month-first" => Some(DateOrder::MonthFirst),
            _ => None,
        }
    }
}

/// What one cell says about the order: `13/01/2027` can only be day first.
pub fn order_hint(text: &str) -> Option<DateOrder> {
    let (a, b, _) = slashed(text)?;
    match (a > 12, b > 12) {
        (true, false) => Some(DateOrder::DayFirst),
        (false, true) => Some(DateOrder::MonthFirst),
        _ => None,
    }
}

/// Whether the cell is a slashed date whose order matters (`04/05/2027`, not `5/5/2027`).
pub fn is_ambiguous(text: &str) -> bool {
    matches!(slashed(text), Some((a, b, _)) if a <= 12 && b <= 12 && a != b)
}

fn slashed(text: &str) -> Option<(u32, u32, i32)> {
    if !text.contains('/') {
        return None;
    }
    let day_part = text.trim().split([' ', 'T']).next()?;
    let parts: Vec<&str> = day_part.split('/').collect();
    if parts.len() != 3 {
        return None;
    }
    let a = parts[0].parse().ok()?;
    let b = parts[1].parse().ok()?;
    let y: i32 = parts[2].parse().ok()?;
    Some((a, b, full_year(y, parts[2].len())))
}

fn full_year(y: i32, digits: usize) -> i32 {
    if digits <= 2 {
        2000 + y
    } else {
        y
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| w.starts_with(m))
        .map(|i| i as u32 + 1)
}

/// Why a date cell did not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateIssue {
    /// A slashed date whose order matters, and no order given: ask the person.
    Ambiguous,
    Unreadable,
}

/// Reads a date. `order` is needed only for slashed dates whose order matters.
pub fn read_date(text: &str, order: Option<DateOrder>) -> Result<Option<NaiveDate>, DateIssue> {
    let date = any_date(text, order)?;
    // The plan file's own range: a year like 0013 is a typo, not a date.
    match date {
        Some(d) if !(1970..=2200).contains(&d.year()) => Err(DateIssue::Unreadable),
        other => Ok(other),
    }
}

fn any_date(text: &str, order: Option<DateOrder>) -> Result<Option<NaiveDate>, DateIssue> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let day_part = t.split(['T', ' ']).next().unwrap_or(t);
    if let Some(d) = iso(day_part) {
        return Ok(Some(d));
    }
    if let Ok(d) = NaiveDate::parse_from_str(day_part, "%Y-%m-%d") {
        return Ok(Some(d));
    }
    if let Ok(d) = NaiveDate::parse_from_str(day_part, "%Y/%m/%d") {
        return Ok(Some(d));
    }
    let dotted: Vec<&str> = day_part.split('.').collect();
    if dotted.len() == 3 {
        let nums: Option<Vec<i32>> = dotted.iter().map(|p| p.parse().ok()).collect();
        if let Some(n) = nums {
            let y = full_year(n[2], dotted[2].len());
            return ymd(y, n[1], n[0]).map(Some).ok_or(DateIssue::Unreadable);
        }
    }
    if let Some((a, b, y)) = slashed(t) {
        let order = match (a > 12, b > 12) {
            (true, _) => DateOrder::DayFirst,
            (_, true) => DateOrder::MonthFirst,
            _ if a == b => DateOrder::DayFirst,
            _ => order.ok_or(DateIssue::Ambiguous)?,
        };
        let (d, m) = match order {
            DateOrder::DayFirst => (a, b),
            DateOrder::MonthFirst => (b, a),
        };
        return ymd(y, m as i32, d as i32)
            .map(Some)
            .ok_or(DateIssue::Unreadable);
    }
    named_month(t).map(Some).ok_or(DateIssue::Unreadable)
}

/// `2027-01-31` exactly, without chrono's general parser: sheets hold thousands of them.
fn iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text.get(r)?.parse::<u32>().ok();
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

fn ymd(y: i32, m: i32, d: i32) -> Option<NaiveDate> {
    if !(1900..=9999).contains(&y) || m < 1 || d < 1 {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m as u32, d as u32)
}

/// "5 Jan 2027", "Jan 5, 2027", "January 5 2027".
fn named_month(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() != 3 {
        return None;
    }
    let num = |w: &str| {
        w.trim_end_matches(|c: char| c.is_alphabetic())
            .parse::<i32>()
            .ok()
    };
    let (d, m, y) = match (month_of(words[0]), month_of(words[1])) {
        (Some(m), _) => (num(words[1])?, m, num(words[2])?),
        (_, Some(m)) => (num(words[0])?, m, num(words[2])?),
        _ => return None,
    };
    ymd(y, m as i32, d)
}

/// A period cell: a quarter (`2027 Q1`, `Q1 2027`, `2027-Q1`) or two dates
/// (`2027-01-01 to 2027-03-15`, also with an en dash).
pub fn read_period(text: &str) -> Result<crate::domain::Period, String> {
    use crate::domain::Period;
    if let Ok(p) = Period::parse_quarter(text) {
        return Ok(p);
    }
    let parts: Option<(&str, &str)> = [" to ", " \u{2013} ", " - ", "..", "/"]
        .iter()
        .find_map(|sep| text.split_once(sep));
    let not_a_period = || {
        format!("\u{201c}{}\u{201d} is not a period: write it like 2027 Q1, or 2027-01-01 to 2027-03-31.", text.trim())
    };
    let (a, b) = parts.ok_or_else(not_a_period)?;
    match (read_date(a, None), read_date(b, None)) {
        (Ok(Some(start)), Ok(Some(end))) => Period::new(start, end).map_err(|e| format!("{e}.")),
        _ => Err(not_a_period()),
    }
}
