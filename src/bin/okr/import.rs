//! `okr import FILE.csv [--period 2027-Q1] [--dates dmy|mdy] [--team NAME] [--skip-bad-rows]`:
//! a sheet (CSV or TSV) turned into a plan file on standard output, read by the same code
//! and with the same messages as the app's import.
//!
//! Exit codes: 0 with the plan file on stdout (notes on stderr); 1 when cells could not be
//! read or the date order must be chosen (each said on stderr, nothing on stdout); 2 on
//! bad flags or a file that is not a sheet.

use chrono::NaiveDate;
use okr_studio::domain::{IdGen, Period};
use okr_studio::format::sheet::{read_sheet, DateOrder, SheetOptions};
use okr_studio::format::{to_json, PlanFile};
use std::hash::{Hash, Hasher};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: okr import FILE|- [--period 2027-Q1] [--dates dmy|mdy] [--team NAME] [--skip-bad-rows] [--today YYYY-MM-DD]";

#[derive(Debug, PartialEq)]
struct Options {
    file: String,
    period: Option<Period>,
    dates: Option<DateOrder>,
    team: Option<String>,
    skip_bad_rows: bool,
    today: Option<NaiveDate>,
}

pub fn run(args: &[String]) -> ExitCode {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let options = match parse_args(args) {
        Ok(o) => o,
        Err(message) => return fail(&format!("{message}\n{USAGE}"), 2),
    };
    let text = match read_input(&options.file) {
        Ok(t) => t,
        Err(message) => return fail(&message, 2),
    };
    // The clock is read here, at the edge, for values the sheet gives no date.
    let today = options
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut sheet_options = SheetOptions::new(today);
    sheet_options.date_order = options.dates;
    sheet_options.period = options.period;
    let reading = match read_sheet(&text, &sheet_options, options.skip_bad_rows) {
        Ok(r) => r,
        Err(e) => return fail(&format!("{}: {e}", options.file), 2),
    };
    if let Some(q) = &reading.date_question {
        return fail(&format!("{}: dates like {} (row {}) could be day first or month first; run again with --dates dmy or --dates mdy.", options.file, q.example, q.row), 1);
    }
    if !reading.problems.is_empty() {
        let mut err = std::io::stderr().lock();
        for p in &reading.problems {
            let _ = writeln!(err, "{}: {p}", options.file);
        }
        let _ = writeln!(err, "okr import: nothing written; fix these cells, or run again with --skip-bad-rows to leave those rows out.");
        return ExitCode::from(1);
    }
    for note in &reading.notes {
        eprintln!("note: {note}");
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    let mut ids = IdGen::new(hasher.finish());
    let fallback = options.period.unwrap_or_else(|| Period::quarter_of(today));
    let plans: Vec<_> = reading
        .plans
        .iter()
        .map(|p| {
            let mut plan = p.to_plan(&mut ids, fallback);
            if let Some(team) = &options.team {
                plan.team = team.clone();
            }
            plan
        })
        .collect();
    let count: usize = plans.iter().map(|p| p.key_results().count()).sum();
    let exported_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let json = match to_json(&PlanFile::new(plans, exported_at)) {
        Ok(j) => j,
        Err(e) => return fail(&e.to_string(), 2),
    };
    eprintln!(
        "okr import: {count} key results from {} rows",
        reading.data_rows
    );
    let mut out = std::io::stdout().lock();
    match out
        .write_all(json.as_bytes())
        .and_then(|()| out.write_all(b"\n"))
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("could not write the plan file: {e}"), 2),
    }
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        file: String::new(),
        period: None,
        dates: None,
        team: None,
        skip_bad_rows: false,
        today: None,
    };
    let mut file = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| rest.next().cloned())
                .ok_or(format!("{name} needs a value"))
        };
        match flag {
            "--period" => {
                let v = value("--period")?;
                o.period = Some(Period::parse_quarter(&v).map_err(|e| format!("--period: {e}"))?);
            }
            "--dates" => {
                let v = value("--dates")?;
                o.dates = Some(DateOrder::from_slug(&v).ok_or(format!(
                    "--dates: \"{v}\" is neither dmy (day first) nor mdy (month first)"
                ))?);
            }
            "--team" => o.team = Some(value("--team")?),
            "--today" => {
                let v = value("--today")?;
                o.today = Some(
                    NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                        .map_err(|_| format!("--today: \"{v}\" is not a date like 2027-03-04"))?,
                );
            }
            "--skip-bad-rows" => o.skip_bad_rows = true,
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown option \"{f}\"")),
            _ => {
                if file.replace(arg.clone()).is_some() {
                    return Err("give one sheet only".into());
                }
            }
        }
    }
    o.file = file.ok_or("missing the sheet FILE (or - for standard input)")?;
    Ok(o)
}

/// Reads bytes, not text: a sheet saved as Windows-1252 or UTF-16 reads as it was
/// written, and a binary file renamed .csv gets the sheet's own message.
fn read_input(file: &str) -> Result<String, String> {
    const LIMIT: u64 = okr_studio::format::sheet::cells::MAX_SHEET_BYTES as u64;
    let mut bytes = Vec::new();
    let read = if file == "-" {
        std::io::stdin().take(LIMIT + 1).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(LIMIT + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("cannot read {file}: {e}"))?;
    Ok(okr_studio::format::sheet::cells::decode_text(&bytes))
}

fn fail(message: &str, code: u8) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "okr import: {message}");
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_parse_with_spaces_or_equals() {
        let o = parse_args(&args(&[
            "okrs.csv",
            "--period=2027-Q2",
            "--dates",
            "mdy",
            "--team",
            "Brand",
        ]))
        .unwrap();
        assert_eq!(o.file, "okrs.csv");
        assert_eq!(o.period, Period::quarter(2027, 2));
        assert_eq!(o.dates, Some(DateOrder::MonthFirst));
        assert_eq!(o.team.as_deref(), Some("Brand"));
        assert!(parse_args(&args(&["a.csv", "--dates", "ymd"]))
            .unwrap_err()
            .contains("neither dmy"));
        assert!(parse_args(&args(&[]))
            .unwrap_err()
            .contains("missing the sheet"));
    }
}
