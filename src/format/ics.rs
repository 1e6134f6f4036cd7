//! The weekly check-in as an iCalendar file (RFC 5545), so a team gets its reminder from
//! the calendar it already uses: Google Calendar, Outlook and Apple Calendar import it.
//!
//! One event, repeating weekly on the chosen day and time until the period ends, with an
//! alarm and a link back to the app's Check-ins screen. The time is "floating" (no time
//! zone): it is 9:30 wherever the person is, and on a day when clocks skip that hour the
//! calendar moves it, which the app says beside the button. The UID is the plan's, so
//! importing the file again updates the event instead of adding a second one.

use crate::domain::display::fmt_date;
use crate::domain::Plan;
use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc, Weekday};
use std::fmt;

/// Why no reminder can be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReminderIssue {
    PeriodOver { end: NaiveDate },
}

impl fmt::Display for ReminderIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReminderIssue::PeriodOver { end } => write!(
                f,
                "This plan's period ended on {}: there is no check-in left to remind. Start the next period's plan and add its reminder.",
                fmt_date(*end)
            ),
        }
    }
}

/// What the reminder says and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    pub weekday: Weekday,
    pub time: NaiveTime,
    /// The app's address, for the link back to its Check-ins screen.
    pub app_url: String,
    /// Minutes before the event that the alarm rings.
    pub alarm_minutes: u32,
}

/// The first reminder: the chosen weekday on or after the later of today and the start.
pub fn first_day(plan: &Plan, weekday: Weekday, today: NaiveDate) -> NaiveDate {
    let from = today.max(plan.period.start);
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from + Days::new(u64::from(ahead))
}

/// The .ics text for `plan`'s weekly check-in, or why there is none.
pub fn weekly_check_in_ics(
    plan: &Plan,
    reminder: &Reminder,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<String, ReminderIssue> {
    let first = first_day(plan, reminder.weekday, today);
    if first > plan.period.end {
        return Err(ReminderIssue::PeriodOver {
            end: plan.period.end,
        });
    }
    let link = format!(
        "{}#/check-ins",
        reminder.app_url.split('#').next().unwrap_or("")
    );
    let key_results: Vec<String> = plan
        .key_results()
        .map(|k| match k.owner.trim() {
            "" => format!("- {}", k.title),
            owner => format!("- {} ({owner})", k.title),
        })
        .collect();
    let description = format!(
        "Check in on {}: a value, a confidence colour (green, yellow, red) and a note for each key result.\n\n{}\n\nOpen OKR Studio: {link}",
        plan.title(),
        key_results.join("\n")
    );
    let start = first.and_time(reminder.time);
    let end = start + chrono::Duration::minutes(15);
    let until = plan.period.end.and_hms_opt(23, 59, 59).unwrap_or(start);
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//OKR Studio//Weekly check-in//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!(
            "UID:{}-weekly-check-in@okr-studio",
            escape(plan.id.as_str())
        ),
        format!("DTSTAMP:{}", now.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")),
        format!("DTEND:{}", end.format("%Y%m%dT%H%M%S")),
        format!(
            "RRULE:FREQ=WEEKLY;BYDAY={};UNTIL={}",
            byday(reminder.weekday),
            until.format("%Y%m%dT%H%M%S")
        ),
        format!(
            "SUMMARY:{}",
            escape(&format!("OKR check-in: {}", plan.title()))
        ),
        format!("DESCRIPTION:{}", escape(&description)),
        format!("URL:{link}"),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!(
            "DESCRIPTION:{}",
            escape(&format!("OKR check-in: {}", plan.title()))
        ),
        format!("TRIGGER:-PT{}M", reminder.alarm_minutes),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    Ok(lines.iter().map(|l| fold(l)).collect())
}

fn byday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character,
/// each continuation starting with a space, every line ending CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
    out
}
