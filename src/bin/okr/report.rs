//! `okr report FILE [--json] [--as-of YYYY-MM-DD]`: progress, status, expected progress,
//! forecast and trend flags for every plan, objective and key result in a plan file.
//!
//! Exit codes: 0 on success, 2 (with one line on stderr) on bad flags or unreadable input.

use chrono::NaiveDate;
use okr_studio::domain::trends::{analyze_plan, KrTrend, PlanTrend, StatusCounts};
use okr_studio::domain::{Confidence, KeyResult, Plan, Unit};
use okr_studio::format;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: okr report FILE|- [--json] [--as-of YYYY-MM-DD]";

/// What `--json` prints: one self-describing document.
#[derive(Serialize)]
struct Report<'a> {
    format: &'static str,
    version: u32,
    as_of: NaiveDate,
    file: &'a str,
    plans: Vec<PlanTrend>,
}

#[derive(Debug, PartialEq)]
struct Options {
    file: String,
    json: bool,
    as_of: Option<NaiveDate>,
}

pub fn run(args: &[String]) -> ExitCode {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return emit(&format!("{USAGE}\n"));
    }
    let options = match parse_args(args) {
        Ok(options) => options,
        Err(message) => return fail(&format!("{message}\n{USAGE}")),
    };
    let text = match read_input(&options.file) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let file = match format::parse_plan_file(&text) {
        Ok(file) => file,
        Err(e) => return fail(&format!("{}: {e}", options.file)),
    };
    // The clock is read here, at the edge; the domain only ever gets an explicit day.
    let as_of = options
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let trends: Vec<PlanTrend> = file.plans.iter().map(|p| analyze_plan(p, as_of)).collect();
    if options.json {
        let report = Report {
            format: "okr-studio.report",
            version: 1,
            as_of,
            file: &options.file,
            plans: trends,
        };
        return match serde_json::to_string_pretty(&report) {
            Ok(json) => emit(&format!("{json}\n")),
            Err(e) => fail(&format!("could not write the report: {e}")),
        };
    }
    let mut out = String::new();
    if file.plans.is_empty() {
        out.push_str("No plans in this file.\n");
    }
    for (plan, trend) in file.plans.iter().zip(&trends) {
        write_plan(&mut out, &file.plans, plan, trend);
    }
    emit(&out)
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut file = None;
    let mut json = false;
    let mut as_of = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let date = if arg == "--as-of" {
            Some(
                rest.next()
                    .map(String::as_str)
                    .ok_or("--as-of needs a date like 2027-03-04")?,
            )
        } else {
            arg.strip_prefix("--as-of=")
        };
        if let Some(date) = date {
            let day = NaiveDate::parse_from_str(date, "%Y-%m-%d")
                .map_err(|_| format!("--as-of: \"{date}\" is not a date like 2027-03-04"))?;
            as_of = Some(day);
        } else if arg == "--json" {
            json = true;
        } else if arg.starts_with('-') && arg != "-" {
            return Err(format!("unknown option \"{arg}\""));
        } else if file.replace(arg.clone()).is_some() {
            return Err("give one plan file only".into());
        }
    }
    let file = file.ok_or("missing the plan FILE (or - for standard input)")?;
    Ok(Options { file, json, as_of })
}

fn read_input(file: &str) -> Result<String, String> {
    let mut text = String::new();
    let read = if file == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(file).map(|t| text = t)
    };
    read.map(|()| text)
        .map_err(|e| format!("cannot read {file}: {e}"))
}

fn write_plan(out: &mut String, plans: &[Plan], plan: &Plan, trend: &PlanTrend) {
    let day = (trend.as_of - trend.period.start).num_days() + 1;
    let _ = writeln!(out, "{} (as of {})", trend.title, trend.as_of);
    let when = if day < 1 {
        "not started yet".to_string()
    } else if trend.as_of > trend.period.end {
        "period over".to_string()
    } else {
        format!("day {day} of {}", trend.period.days())
    };
    let _ = writeln!(
        out,
        "  {when} · progress {} · expected {} · grade {}",
        pct(trend.progress),
        pct(Some(trend.expected)),
        grade(trend.grade, trend.grade_label)
    );
    let _ = writeln!(out, "  key results: {}", counts(&trend.statuses));
    for (n, (objective, o)) in plan.objectives.iter().zip(&trend.objectives).enumerate() {
        let _ = writeln!(out, "\n  {}. {}", n + 1, o.title);
        let _ = writeln!(
            out,
            "     progress {} · grade {} · {}",
            pct(o.progress),
            grade(o.grade, o.grade_label),
            counts(&o.statuses)
        );
        for (kr, k) in objective.key_results.iter().zip(&o.key_results) {
            write_key_result(out, kr, k, trend.period.end);
            if let Some(line) = across_quarters(plans, plan, kr) {
                let _ = writeln!(out, "         across quarters: {line}");
            }
        }
    }
    out.push('\n');
}

fn write_key_result(out: &mut String, kr: &KeyResult, k: &KrTrend, end: NaiveDate) {
    let owner = if kr.owner.is_empty() {
        String::new()
    } else {
        format!(" ({})", kr.owner)
    };
    let _ = writeln!(out, "     - {}{owner}", k.title);
    let _ = writeln!(
        out,
        "         {} · progress {} · expected {}",
        k.status.label().to_uppercase(),
        pct(k.progress),
        pct(Some(k.expected))
    );
    let latest = match (k.latest_value, k.latest_date, k.latest_confidence) {
        (Some(v), Some(d), Some(c)) => {
            let c = match c {
                Confidence::Green => "green",
                Confidence::Yellow => "yellow",
                Confidence::Red => "red",
            };
            format!("latest {} on {d} ({c})", value(v, &kr.unit))
        }
        _ => "no check-in yet".into(),
    };
    let forecast = match &k.forecast {
        Some(f) => {
            let g = f.grade.map_or(String::new(), |g| format!(", grade {g:.2}"));
            format!("forecast {} by {end}{g}", value(f.shown, &kr.unit))
        }
        None => "no forecast".into(),
    };
    let _ = writeln!(out, "         {latest} · {forecast}");
    let flags: Vec<&str> = k.flags.iter().map(|f| f.label()).collect();
    if !flags.is_empty() {
        let _ = writeln!(out, "         flags: {}", flags.join(", "));
    }
}

/// A carried key result's readings per period, oldest first: "2027 Q1 5,000 → 12,220 ·
/// 2027 Q2 13,000". `None` for a key result that was not carried from another period.
fn across_quarters(plans: &[Plan], plan: &Plan, kr: &KeyResult) -> Option<String> {
    kr.carried_from.as_ref()?;
    let history = okr_studio::domain::quarter::history_across(plans, plan, &kr.id);
    if history.len() < 2 {
        return None;
    }
    let parts: Vec<String> = history
        .iter()
        .map(|(period, check_ins)| {
            let label = period.label();
            match (check_ins.first(), check_ins.last()) {
                (Some(a), Some(b)) if a.date != b.date => {
                    format!(
                        "{label} {} \u{2192} {}",
                        value(a.value, &kr.unit),
                        value(b.value, &kr.unit)
                    )
                }
                (Some(a), _) => format!("{label} {}", value(a.value, &kr.unit)),
                _ => format!("{label} no check-in"),
            }
        })
        .collect();
    Some(parts.join(" \u{b7} "))
}

fn counts(c: &StatusCounts) -> String {
    let parts: Vec<String> = [
        (c.on_track, "on track"),
        (c.at_risk, "at risk"),
        (c.off_track, "off track"),
        (c.pending, "pending"),
        (c.unmeasurable, "unmeasurable"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, label)| format!("{n} {label}"))
    .collect();
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(", ")
    }
}

/// Unclamped, so 125 % and -10 % show what happened.
fn pct(progress: Option<f64>) -> String {
    progress.map_or("n/a".into(), |p| format!("{:.0}%", p * 100.0))
}

fn grade(grade: Option<f64>, label: &str) -> String {
    grade.map_or(label.to_string(), |g| format!("{g:.2} ({label})"))
}

fn value(v: f64, unit: &Unit) -> String {
    match unit {
        Unit::Percent => format!("{}%", number(v)),
        Unit::Currency { code } => format!("{code} {}", number(v)),
        Unit::Duration if v.abs() >= 7200.0 => format!("{:.1} h", v / 3600.0),
        Unit::Duration if v.abs() >= 120.0 => format!("{:.1} min", v / 60.0),
        Unit::Duration => format!("{} s", number(v)),
        Unit::Count => number(v),
    }
}

/// Whole numbers from 100 up, with thousands separators; two decimals below.
fn number(v: f64) -> String {
    if v.abs() < 100.0 {
        let s = format!("{v:.2}");
        return s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let whole = format!("{:.0}", v.abs());
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if v < 0.0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// Writes to stdout without panicking on a closed pipe (`okr report f | head`).
fn emit(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("could not write the report: {e}")),
    }
}

fn fail(message: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "okr report: {message}");
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_parse_in_any_order() {
        let o = parse_args(&args(&["--as-of=2027-03-04", "plan.json", "--json"])).unwrap();
        assert_eq!(o.file, "plan.json");
        assert!(o.json);
        assert_eq!(o.as_of, NaiveDate::from_ymd_opt(2027, 3, 4));
        let o = parse_args(&args(&["-", "--as-of", "2027-01-01"])).unwrap();
        assert_eq!((o.file.as_str(), o.json), ("-", false));
    }

    #[test]
    fn bad_flags_are_refused() {
        assert!(parse_args(&args(&[])).is_err());
        assert!(parse_args(&args(&["a", "b"])).is_err());
        assert!(parse_args(&args(&["a", "--as-of"])).is_err());
        assert!(parse_args(&args(&["a", "--as-of", "2027-02-30"])).is_err());
        assert!(parse_args(&args(&["a", "--yaml"])).is_err());
    }

    #[test]
    fn numbers_read_like_a_person_writes_them() {
        assert_eq!(number(12_220.0), "12,220");
        assert_eq!(number(-1_234_567.4), "-1,234,567");
        assert_eq!(number(2.36), "2.36");
        assert_eq!(number(72.0), "72");
        assert_eq!(
            value(396.0, &Unit::Currency { code: "USD".into() }),
            "USD 396"
        );
        assert_eq!(value(2.5, &Unit::Percent), "2.5%");
        assert_eq!(value(5400.0, &Unit::Duration), "90.0 min");
        assert_eq!(pct(Some(1.25)), "125%");
        assert_eq!(pct(None), "n/a");
    }
}
