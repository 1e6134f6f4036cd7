//! Check-in actions (add, edit, delete with undo) on the current plan.
//!
//! The UI hands over what the person typed; these actions read it with the domain's number
//! parser, keep every check-in inside the plan's period, and answer with a message the
//! form can show next to the field (the typed text stays where it is).

use super::AppState;
use crate::domain::display::fmt_date;
use crate::domain::numbers::parse_number;
use crate::domain::{Confidence, Id, Period};
use chrono::NaiveDate;

/// A check-in as typed in a form: text fields are read here, not in the UI.
struct Draft<'a> {
    /// `YYYY-MM-DD`, as a date input gives it.
    date: &'a str,
    value: &'a str,
}

/// Why a typed check-in cannot be recorded, with the words to show beside the field.
/// (This module is private to `state`: the UI reads the fields and methods, never names it.)
#[derive(Debug, Clone, PartialEq)]
pub struct DraftIssue {
    about_date: bool,
    pub message: String,
}

impl DraftIssue {
    /// True when the date is the problem, false when the value is.
    pub fn is_about_date(&self) -> bool {
        self.about_date
    }
}

/// Reads a draft against the plan's period.
fn read_draft(draft: Draft, period: Period) -> Result<(NaiveDate, f64), DraftIssue> {
    let value = match parse_number(draft.value) {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Err(DraftIssue {
                about_date: false,
                message: "Enter the current value as a number, for example 1250 or 3.5.".into(),
            })
        }
        Err(_) => {
            return Err(DraftIssue {
                about_date: false,
                message: format!(
                    "\u{201c}{}\u{201d} is not a number. Enter the current value as a number, for example 1250, 3.5 or 12k.",
                    draft.value.trim()
                ),
            })
        }
    };
    let date =
        NaiveDate::parse_from_str(draft.date.trim(), "%Y-%m-%d").map_err(|_| DraftIssue {
            about_date: true,
            message: "Pick the date of this reading.".into(),
        })?;
    if !period.contains(date) {
        return Err(DraftIssue {
            about_date: true,
            message: format!(
                "Pick a date inside the plan's period, {} to {}.",
                fmt_date(period.start),
                fmt_date(period.end)
            ),
        });
    }
    Ok((date, value))
}

impl AppState {
    /// Today, in the person's own time zone.
    pub fn today() -> NaiveDate {
        chrono::Local::now().date_naive()
    }

    /// Reads a typed check-in against the current plan's period; `None` without a plan.
    fn read(&self, date: &str, value: &str) -> Result<Option<(NaiveDate, f64)>, DraftIssue> {
        match self.with_plan(|p| p.map(|p| p.period)) {
            Some(period) => read_draft(Draft { date, value }, period).map(Some),
            None => Ok(None),
        }
    }

    /// Records a check-in on a key result of the current plan.
    pub fn add_check_in(
        &self,
        key_result: &Id,
        (date, value): (&str, &str),
        confidence: Confidence,
        note: &str,
    ) -> Result<(), DraftIssue> {
        if let Some((date, value)) = self.read(date, value)? {
            self.edit_key_result(key_result, |k, ids| {
                k.add_check_in(ids, date, value, confidence, note);
            });
        }
        Ok(())
    }

    /// Changes a check-in in place. It keeps its id; a new date moves it to its place in
    /// the date order, by the same rule as a new check-in.
    pub fn update_check_in(
        &self,
        key_result: &Id,
        check_in: &Id,
        (date, value): (&str, &str),
        confidence: Confidence,
        note: &str,
    ) -> Result<(), DraftIssue> {
        if let Some((date, value)) = self.read(date, value)? {
            self.edit_key_result(key_result, |k, _| {
                k.update_check_in(check_in, date, value, confidence, note);
            });
        }
        Ok(())
    }

    /// Deletes a check-in; the undo toast can put it back.
    pub fn delete_check_in(&self, check_in: &Id, label: &str) {
        self.remove(label, |p| p.remove_check_in(check_in));
    }
}
