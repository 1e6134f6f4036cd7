//! Trend analysis of a big plan: 250 key results with 13 weekly check-ins each.
//! Budget: the median analysis takes at most 5 ms natively. Run with
//! `cargo bench --bench trends`; exits non-zero when over budget.

use chrono::NaiveDate;
use okr_studio::domain::load_test::load_test_plan;
use okr_studio::domain::trends::analyze_plan;
use okr_studio::domain::{IdGen, Period};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

const OBJECTIVES: usize = 50;
const KRS_PER_OBJECTIVE: usize = 5;
const WEEKS: u64 = 13;
const RUNS: usize = 301;
const BUDGET: Duration = Duration::from_millis(5);

fn main() -> ExitCode {
    let mut ids = IdGen::new(2027);
    let Some(period) = Period::quarter(2027, 1) else {
        return ExitCode::FAILURE;
    };
    let plan = load_test_plan(&mut ids, period, OBJECTIVES, KRS_PER_OBJECTIVE, WEEKS);
    // Late in the quarter, so all 13 check-ins count.
    let as_of = NaiveDate::from_ymd_opt(2027, 3, 31).unwrap_or_default();
    let key_results = plan.key_results().count();
    let check_ins: usize = plan.key_results().map(|kr| kr.check_ins.len()).sum();
    // Warm up caches and the allocator before timing.
    for _ in 0..20 {
        black_box(analyze_plan(black_box(&plan), as_of));
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(analyze_plan(black_box(&plan), as_of));
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[RUNS / 2];
    println!(
        "trends: analyze_plan over {key_results} key results x {} check-ins ({check_ins} in all), {RUNS} runs",
        check_ins / key_results.max(1)
    );
    println!(
        "  median {:.3} ms   min {:.3} ms   max {:.3} ms   budget {} ms",
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
        BUDGET.as_millis()
    );
    if median > BUDGET {
        eprintln!("trends: median over budget");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
