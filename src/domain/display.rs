//! Numbers and dates as people read them, shared by the coach's rewrites, the screens and reports.

use super::model::Unit;
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "3 Feb": a day inside the plan's period, where the year goes without saying.
/// Written by hand rather than with chrono's `format`, whose pattern reader costs the app
/// more than these two functions.
pub fn fmt_day(d: NaiveDate) -> String {
    format!("{} {}", d.day(), MONTHS[d.month0() as usize])
}

/// "3 Feb 2027".
pub fn fmt_date(d: NaiveDate) -> String {
    format!("{} {}", fmt_day(d), d.year())
}

/// "5,000", "1.5", "0.25": grouped thousands, at most two decimals, no trailing zeros.
pub fn fmt_number(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let rounded = (v * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (sign, digits) = text.strip_prefix('-').map_or(("", text), |d| ("-", d));
    let (int, frac) = digits.split_once('.').map_or((digits, ""), |(i, f)| (i, f));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    // Rounding can leave "-0": nobody writes that.
    let sign = if grouped == "0" && frac.is_empty() {
        ""
    } else {
        sign
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A value in its unit: "15%", "$500", "15 min", "1,200".
pub fn fmt_value(v: f64, unit: &Unit) -> String {
    match unit {
        Unit::Count => fmt_number(v),
        Unit::Percent => format!("{}%", fmt_number(v)),
        Unit::Currency { code } => match code.to_ascii_uppercase().as_str() {
            "USD" => format!("${}", fmt_number(v)),
            "EUR" => format!("€{}", fmt_number(v)),
            "GBP" => format!("£{}", fmt_number(v)),
            other => format!("{} {other}", fmt_number(v)),
        },
        Unit::Duration if v.abs() >= 3600.0 => format!("{} h", fmt_number(v / 3600.0)),
        Unit::Duration if v.abs() >= 60.0 => format!("{} min", fmt_number(v / 60.0)),
        Unit::Duration => format!("{} s", fmt_number(v)),
    }
}

/// A relative change as a signed percentage: 0.08 -> "+8%".
pub fn fmt_change(change: f64) -> String {
    let sign = if change >= 0.0 { "+" } else { "-" };
    format!("{sign}{}%", fmt_number((change * 100.0).abs().round()))
}

/// Joins short texts as a reader expects: a text that already ends a sentence is followed
/// by a space, others by "; ". ("No TikTok this quarter." "We do not chase…")
pub fn join_sentences<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for part in parts.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            let ends = out.ends_with(['.', '!', '?', ':', ';']);
            out.push_str(if ends { " " } else { "; " });
        }
        out.push_str(part);
    }
    out
}

/// "a", "a and b", "a, b and c": a list as a sentence says it.
pub fn join_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What a chart's tooltip says about one point: the date (or the bar's name) on the first
/// line, then each series and its value as the app writes numbers, with the point's own
/// words after it when it has some (a bar's status). A series named with a trailing " %"
/// ("Progress %") gets its value as a percentage instead.
pub fn chart_point_text(heading: &str, values: &[(&str, f64, &str)]) -> String {
    let heading = NaiveDate::parse_from_str(heading.get(..10).unwrap_or(heading), "%Y-%m-%d")
        .map(fmt_date)
        .unwrap_or_else(|_| heading.to_string());
    let mut lines = vec![heading];
    for (series, value, note) in values {
        let mut line = match series.strip_suffix(" %") {
            Some(name) => format!("{name}: {}%", fmt_number(*value)),
            None => format!("{series}: {}", fmt_number(*value)),
        };
        if !note.is_empty() {
            line.push_str(&format!(" ({note})"));
        }
        lines.push(line);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_chart_point_reads_as_the_app_writes_dates_and_numbers() {
        assert_eq!(
            chart_point_text(
                "2026-10-21",
                &[("Actual", 7610.0, ""), ("Expected pace", 7200.5, "")]
            ),
            "21 Oct 2026\nActual: 7,610\nExpected pace: 7,200.5"
        );
        assert_eq!(
            chart_point_text("2026-10-21 00:00:00", &[("Actual", 3.0, "")]),
            "21 Oct 2026\nActual: 3"
        );
        assert_eq!(
            chart_point_text("Grow trial sign-ups", &[("Progress %", 40.0, "at risk")]),
            "Grow trial sign-ups\nProgress: 40% (at risk)"
        );
        assert_eq!(chart_point_text("", &[]), "");
    }

    #[test]
    fn lists_read_as_a_sentence() {
        let l = |v: &[&str]| join_list(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&[]), "");
        assert_eq!(l(&["a"]), "a");
        assert_eq!(l(&["a", "b"]), "a and b");
        assert_eq!(l(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn sentences_that_end_themselves_get_no_extra_mark() {
        assert_eq!(
            join_sentences([
                "No TikTok this quarter.",
                "We do not chase small businesses",
                "No rebrand"
            ]),
            "No TikTok this quarter. We do not chase small businesses; No rebrand"
        );
        assert_eq!(join_sentences(["  ", "One"]), "One");
    }

    use super::*;

    #[test]
    fn dates_read_day_month_year_without_leading_zeros() {
        let d = NaiveDate::from_ymd_opt(2027, 2, 3).unwrap();
        assert_eq!(fmt_day(d), "3 Feb");
        assert_eq!(fmt_date(d), "3 Feb 2027");
        let d = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(fmt_date(d), d.format("%-d %b %Y").to_string());
    }

    #[test]
    fn numbers_are_grouped_rounded_and_never_minus_zero() {
        assert_eq!(fmt_number(15000.0), "15,000");
        assert_eq!(fmt_number(1.5), "1.5");
        assert_eq!(fmt_number(-1234.567), "-1,234.57");
        assert_eq!(fmt_number(-0.001), "0");
        assert_eq!(fmt_number(f64::NAN), "–");
    }

    #[test]
    fn values_carry_their_unit() {
        assert_eq!(fmt_value(15.0, &Unit::Percent), "15%");
        assert_eq!(
            fmt_value(500.0, &Unit::Currency { code: "usd".into() }),
            "$500"
        );
        assert_eq!(
            fmt_value(420.0, &Unit::Currency { code: "SEK".into() }),
            "420 SEK"
        );
        assert_eq!(fmt_value(900.0, &Unit::Duration), "15 min");
        assert_eq!(fmt_change(0.08), "+8%");
    }
}
