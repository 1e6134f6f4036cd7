//! Reading a 2,000-row sheet (250 key results x 8 weeks) natively, step by step: the
//! reader, the plan it makes (with title numbers filling empty fields), and the coach's
//! verdict on each key result, which the preview shows. Next to a bare JSON parse of the
//! same rows, the native stand-in for the browser's JSON.parse (`make bench-import` has
//! the browser figure).
//!
//! Run: `cargo bench --bench sheet`. Prints medians over several runs.

use chrono::NaiveDate;
use okr_studio::domain::maturity::key_result_verdict;
use okr_studio::domain::{IdGen, Period};
use okr_studio::format::sheet::load_test::weekly_sheet;
use okr_studio::format::sheet::{read_sheet, SheetOptions};
use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 21;

fn median(mut f: impl FnMut()) -> Duration {
    f();
    let mut runs: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    runs.sort();
    runs[RUNS / 2]
}

fn main() {
    let (csv, json) = weekly_sheet();
    let options = SheetOptions::new(NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default());
    let period = Period::quarter(2027, 1).unwrap_or_else(|| unreachable!());
    let reading = read_sheet(&csv, &options, false).unwrap_or_else(|e| panic!("{e}"));
    assert!(reading.can_import() && reading.plans[0].check_in_count() == 2000);
    let plan = reading.plans[0].to_plan(&mut IdGen::new(7), period);
    let read = median(|| {
        black_box(read_sheet(black_box(&csv), &options, false).is_ok());
    });
    let make = median(|| {
        black_box(reading.plans[0].to_plan(&mut IdGen::new(7), period));
    });
    let coach = median(|| {
        for kr in plan.key_results() {
            black_box(key_result_verdict(kr));
        }
    });
    let bare = median(|| {
        black_box(serde_json::from_str::<serde_json::Value>(black_box(&json)).is_ok());
    });
    println!("sheet of 2,000 rows, {} KiB", csv.len() / 1024);
    println!(
        "  read_sheet            {:>8.2} ms",
        read.as_secs_f64() * 1e3
    );
    println!(
        "  to_plan (title fill)  {:>8.2} ms",
        make.as_secs_f64() * 1e3
    );
    println!(
        "  coach, 250 verdicts   {:>8.2} ms",
        coach.as_secs_f64() * 1e3
    );
    println!(
        "  serde_json::Value of the same rows as JSON {:>8.2} ms",
        bare.as_secs_f64() * 1e3
    );
}
