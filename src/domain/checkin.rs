//! Recording check-ins on a key result.

use super::ids::{Id, IdGen};
use super::model::{CheckIn, Confidence, KeyResult};
use super::period::Period;
use super::stamp::{Edits, Stamp};
use chrono::NaiveDate;

impl KeyResult {
    /// Records a reading and returns its id. Check-ins stay sorted by date so history
    /// tables and charts read them in order; same-day readings keep their entry order.
    pub fn add_check_in(
        &mut self,
        ids: &mut IdGen,
        date: NaiveDate,
        value: f64,
        confidence: Confidence,
        note: &str,
    ) -> Id {
        let id = ids.next("ci");
        let at = self.check_ins.partition_point(|c| c.date <= date);
        self.check_ins.insert(
            at,
            CheckIn {
                id: id.clone(),
                date,
                value,
                confidence,
                note: note.trim().to_string(),
                stamp: Stamp::default(),
                edits: Edits::new(),
            },
        );
        id
    }
}

impl KeyResult {
    /// Changes a check-in in place, keeping its id. A new date moves it to its place in
    /// the date order, by the same rule as a new check-in. False when there is no such id.
    pub fn update_check_in(
        &mut self,
        id: &Id,
        date: NaiveDate,
        value: f64,
        confidence: Confidence,
        note: &str,
    ) -> bool {
        let Some(at) = self.check_ins.iter().position(|c| &c.id == id) else {
            return false;
        };
        let mut check_in = self.check_ins.remove(at);
        check_in.date = date;
        check_in.value = value;
        check_in.confidence = confidence;
        check_in.note = note.trim().to_string();
        let to = self.check_ins.partition_point(|c| c.date <= date);
        self.check_ins.insert(to, check_in);
        true
    }

    /// Due for a check-in: no reading dated in the last seven days (today included).
    /// Readings dated after today do not count as this week's.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        let week_start = today - chrono::Days::new(6);
        !self
            .check_ins
            .iter()
            .any(|c| week_start <= c.date && c.date <= today)
    }
}

impl Period {
    /// Today if it falls in the period, else the period's nearest day: the date a new
    /// check-in starts with.
    pub fn nearest_day(&self, today: NaiveDate) -> NaiveDate {
        today.clamp(self.start, self.end)
    }
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Green, Confidence::Yellow, Confidence::Red];

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Green => "On track",
            Confidence::Yellow => "At risk",
            Confidence::Red => "Off track",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Confidence::Green => "green",
            Confidence::Yellow => "yellow",
            Confidence::Red => "red",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_ins_are_kept_in_date_order() {
        let mut ids = IdGen::new(3);
        let mut kr = KeyResult::new(Id::from("kr"), "Grow MQLs from 120 to 300 a month");
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        kr.add_check_in(&mut ids, day(14), 150.0, Confidence::Green, " fine ");
        kr.add_check_in(&mut ids, day(7), 130.0, Confidence::Yellow, "");
        let late = kr.add_check_in(&mut ids, day(14), 155.0, Confidence::Green, "");
        let values: Vec<f64> = kr.check_ins.iter().map(|c| c.value).collect();
        assert_eq!(values, [130.0, 150.0, 155.0]);
        assert_eq!(kr.latest_check_in().unwrap().id, late);
        assert_eq!(kr.check_ins[1].note, "fine");
    }

    #[test]
    fn an_updated_check_in_keeps_its_id_and_moves_to_its_date() {
        let mut ids = IdGen::new(5);
        let mut kr = KeyResult::new(Id::from("kr"), "Grow MQLs from 120 to 300 a month");
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        let first = kr.add_check_in(&mut ids, day(7), 130.0, Confidence::Green, "");
        kr.add_check_in(&mut ids, day(14), 150.0, Confidence::Green, "");
        assert!(kr.update_check_in(&first, day(21), 170.0, Confidence::Yellow, " late "));
        let last = kr.check_ins.last().unwrap();
        assert_eq!(
            (&last.id, last.value, last.note.as_str()),
            (&first, 170.0, "late")
        );
        assert_eq!(kr.check_ins.len(), 2);
        assert!(!kr.update_check_in(&Id::from("gone"), day(1), 1.0, Confidence::Red, ""));
    }

    #[test]
    fn a_key_result_is_due_without_a_reading_this_week() {
        let mut ids = IdGen::new(4);
        let mut kr = KeyResult::new(Id::from("kr"), "Grow MQLs from 120 to 300 a month");
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        assert!(kr.is_due(day(14)));
        kr.add_check_in(&mut ids, day(8), 130.0, Confidence::Green, "");
        assert!(
            !kr.is_due(day(14)),
            "day 8 is within the seven days ending on day 14"
        );
        assert!(kr.is_due(day(15)));
        // A reading dated in the future is not this week's.
        kr.add_check_in(&mut ids, day(28), 150.0, Confidence::Green, "");
        assert!(kr.is_due(day(21)));
    }

    #[test]
    fn a_new_check_in_starts_on_a_day_of_the_period() {
        let q = Period::quarter(2027, 1).unwrap();
        let day = |m, d| NaiveDate::from_ymd_opt(2027, m, d).unwrap();
        assert_eq!(q.nearest_day(day(2, 10)), day(2, 10));
        assert_eq!(q.nearest_day(day(6, 1)), day(3, 31));
    }

    #[test]
    fn confidence_slugs_round_trip() {
        for c in Confidence::ALL {
            assert_eq!(Confidence::from_slug(c.slug()), Some(c));
        }
        assert_eq!(Confidence::from_slug("blue"), None);
    }
}
