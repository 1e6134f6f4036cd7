//! The period a plan covers: usually a quarter, sometimes custom dates.

use super::display::fmt_date;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: NaiveDate,
    /// Inclusive: the last day of the period.
    pub end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    EndBeforeStart,
    NotAQuarter(String),
}

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PeriodError::EndBeforeStart => f.write_str("the period must end after it starts"),
            PeriodError::NotAQuarter(s) => {
                write!(f, "\"{s}\" is not a quarter: write it like \"2027 Q1\"")
            }
        }
    }
}

impl std::error::Error for PeriodError {}

impl Period {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self, PeriodError> {
        if end < start {
            return Err(PeriodError::EndBeforeStart);
        }
        Ok(Period { start, end })
    }

    /// The calendar quarter `q` (1-4) of `year`.
    pub fn quarter(year: i32, q: u32) -> Option<Self> {
        if !(1..=4).contains(&q) {
            return None;
        }
        let start = NaiveDate::from_ymd_opt(year, 3 * (q - 1) + 1, 1)?;
        let next = if q == 4 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, 3 * q + 1, 1)?
        };
        Some(Period {
            start,
            end: next.pred_opt()?,
        })
    }

    /// The quarter containing `day`.
    pub fn quarter_of(day: NaiveDate) -> Self {
        let q = (day.month() - 1) / 3 + 1;
        // A date's own quarter always exists.
        Period::quarter(day.year(), q).unwrap_or(Period {
            start: day,
            end: day,
        })
    }

    /// Parses "2027 Q1", "Q1 2027" or "2027-Q1".
    pub fn parse_quarter(text: &str) -> Result<Self, PeriodError> {
        let cleaned = text.trim().to_ascii_uppercase().replace('-', " ");
        let mut year = None;
        let mut quarter = None;
        for part in cleaned.split_whitespace() {
            if let Some(q) = part.strip_prefix('Q') {
                quarter = q.parse::<u32>().ok();
            } else {
                year = part.parse::<i32>().ok();
            }
        }
        match (year, quarter) {
            (Some(y), Some(q)) if (1900..=9999).contains(&y) => {
                Period::quarter(y, q).ok_or_else(|| PeriodError::NotAQuarter(text.into()))
            }
            _ => Err(PeriodError::NotAQuarter(text.into())),
        }
    }

    /// "2027 Q1" when the period is exactly a calendar quarter, else "1 Jan 2027 – 15 Mar 2027".
    pub fn label(&self) -> String {
        let q = (self.start.month() - 1) / 3 + 1;
        if Period::quarter(self.start.year(), q) == Some(*self) {
            format!("{} Q{q}", self.start.year())
        } else {
            format!("{} – {}", fmt_date(self.start), fmt_date(self.end))
        }
    }

    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// Share of the period elapsed at the end of `day`, from 0 before it starts to 1 after it ends.
    /// This is the expected progress of a key result moving at an even pace.
    pub fn elapsed_fraction(&self, day: NaiveDate) -> f64 {
        let done = (day - self.start).num_days() + 1;
        (done as f64 / self.days() as f64).clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn quarters_cover_the_calendar() {
        let q1 = Period::quarter(2027, 1).unwrap();
        assert_eq!((q1.start, q1.end), (d(2027, 1, 1), d(2027, 3, 31)));
        let q4 = Period::quarter(2027, 4).unwrap();
        assert_eq!((q4.start, q4.end), (d(2027, 10, 1), d(2027, 12, 31)));
        assert_eq!(q1.days(), 90);
        assert!(Period::quarter(2027, 5).is_none());
        assert_eq!(
            Period::quarter_of(d(2026, 11, 26)),
            Period::quarter(2026, 4).unwrap()
        );
    }

    #[test]
    fn parses_quarter_labels() {
        let q = Period::parse_quarter("2027 Q2").unwrap();
        assert_eq!(q.start, d(2027, 4, 1));
        assert_eq!(
            Period::parse_quarter("q3 2027").unwrap().start,
            d(2027, 7, 1)
        );
        assert_eq!(Period::parse_quarter("2027-Q4").unwrap().label(), "2027 Q4");
        assert!(Period::parse_quarter("2027 Q5").is_err());
        assert!(Period::parse_quarter("next quarter").is_err());
    }

    #[test]
    fn custom_periods_have_date_labels_and_reject_reversed_dates() {
        let p = Period::new(d(2027, 1, 15), d(2027, 3, 15)).unwrap();
        assert_eq!(p.label(), "15 Jan 2027 – 15 Mar 2027");
        assert_eq!(
            Period::new(d(2027, 3, 1), d(2027, 1, 1)),
            Err(PeriodError::EndBeforeStart)
        );
    }

    #[test]
    fn elapsed_fraction_runs_from_zero_to_one() {
        let p = Period::new(d(2027, 1, 1), d(2027, 1, 10)).unwrap();
        assert_eq!(p.elapsed_fraction(d(2026, 12, 1)), 0.0);
        assert!((p.elapsed_fraction(d(2027, 1, 5)) - 0.5).abs() < 1e-9);
        assert_eq!(p.elapsed_fraction(d(2027, 1, 10)), 1.0);
        assert_eq!(p.elapsed_fraction(d(2027, 6, 1)), 1.0);
    }
}

impl Period {
    /// The quarter containing `today` and the `count - 1` after it: the presets offered
    /// when a plan is created.
    pub fn upcoming_quarters(today: NaiveDate, count: usize) -> Vec<Period> {
        let mut out = Vec::with_capacity(count);
        let mut q = Period::quarter_of(today);
        for _ in 0..count {
            out.push(q);
            match q.end.succ_opt() {
                Some(next) => q = Period::quarter_of(next),
                None => break,
            }
        }
        out
    }
}

#[cfg(test)]
mod preset_tests {
    use super::*;

    #[test]
    fn upcoming_quarters_start_with_the_current_one_and_cross_the_year() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let labels: Vec<_> = Period::upcoming_quarters(today, 3)
            .iter()
            .map(Period::label)
            .collect();
        assert_eq!(labels, ["2026 Q4", "2027 Q1", "2027 Q2"]);
    }
}
