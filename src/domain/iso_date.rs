//! Reading and writing a check-in's date. Chrono's reader parses through its general format machinery,
//! which was 8% of reading a plan of 13,000 check-ins (perf on `cargo bench --bench import`).
//! Every file holds `YYYY-MM-DD`, so that is read directly; anything else, a real date or
//! not, goes to chrono, so what is accepted and every message stay exactly chrono's.
//! Writing is the same: chrono writes through `core::fmt`, about 6% of writing the stored
//! state natively and more in wasm, so a year from 1000 to 9999 is written directly and any
//! other date by chrono, the text byte for byte chrono's.

use chrono::Datelike;
use chrono::NaiveDate;
use serde::de::{self, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    struct IsoDate;
    impl Visitor<'_> for IsoDate {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            // chrono's words, so a wrong type reads as it always did.
            f.write_str("a formatted date string")
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
            match plain(text) {
                Some(date) => Ok(date),
                None => text.parse().map_err(E::custom),
            }
        }
    }
    d.deserialize_str(IsoDate)
}

pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    let year = date.year();
    if !(1000..=9999).contains(&year) {
        return date.serialize(s);
    }
    let mut text = *b"0000-00-00";
    let mut put = |at: usize, width: usize, mut n: u32| {
        for b in text[at..at + width].iter_mut().rev() {
            *b = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    put(0, 4, year.unsigned_abs());
    put(5, 2, date.month());
    put(8, 2, date.day());
    s.serialize_str(std::str::from_utf8(&text).unwrap_or_default())
}

/// `YYYY-MM-DD` with a year from 1000 to 9999 and a day that exists; `None` for anything
/// else, which chrono then reads (or refuses) itself.
pub fn plain(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || b[0] == b'0' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plain_dates_are_read_and_the_rest_is_left_to_chrono() {
        assert_eq!(plain("2027-02-28"), NaiveDate::from_ymd_opt(2027, 2, 28));
        for other in [
            "2027-02-30",
            "2027-2-28",
            "0999-01-01",
            "+2027-01-01",
            "2027-02-2x",
            "",
        ] {
            assert_eq!(plain(other), None, "{other}");
        }
    }

    proptest! {
        // For any text, the check-in reader accepts what chrono accepts, as the same date,
        // and refuses with chrono's message what chrono refuses.
        #[test]
        fn it_reads_as_chrono_does(text in "[0-9+-]{0,3}[0-9]{0,5}-[0-9]{1,2}-[0-9]{1,3}|.{0,12}") {
            let json = serde_json::to_string(&text).unwrap();
            let ours: Result<NaiveDate, String> = deserialize(&mut serde_json::Deserializer::from_str(&json)).map_err(|e| e.to_string());
            let chrono: Result<NaiveDate, String> = serde_json::from_str(&json).map_err(|e| e.to_string());
            prop_assert_eq!(ours, chrono);
        }

        #[test]
        fn every_date_is_written_as_chrono_writes_it(days in -3_000_000i32..3_000_000) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let ours = serialize(&date, serde_json::value::Serializer).unwrap();
            prop_assert_eq!(ours, serde_json::to_value(date).unwrap());
        }

        #[test]
        fn every_plain_date_is_the_one_chrono_reads(y in 0u32..10000, m in 0u32..14, d in 0u32..33) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            prop_assert_eq!(plain(&text).or_else(|| text.parse().ok()), text.parse::<NaiveDate>().ok());
        }
    }
}
