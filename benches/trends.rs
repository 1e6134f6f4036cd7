//! Trend analysis of a big plan: 250 key results with 13 weekly check-ins each.
//! Budget: the median analysis takes at most 5 ms natively. Run with
//! `cargo bench --bench trends`; exits non-zero when over budget.

use chrono::{Days, NaiveDate};
use okr_studio::domain::trends::analyze_plan;
use okr_studio::domain::{CheckIn, Confidence, IdGen, KrKind, Period, Plan};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

const OBJECTIVES: usize = 50;
const KRS_PER_OBJECTIVE: usize = 5;
const WEEKS: u64 = 13;
const RUNS: usize = 301;
const BUDGET: Duration = Duration::from_millis(5);

fn big_plan(ids: &mut IdGen) -> Option<Plan> {
    let period = Period::quarter(2027, 1)?;
    let mut plan = Plan::new(ids, "Benchmark marketing", period);
    let kinds = [
        KrKind::Increase,
        KrKind::Decrease,
        KrKind::StayAbove,
        KrKind::StayBelow,
        KrKind::Increase,
    ];
    for o in 0..OBJECTIVES {
        let oid = plan.add_objective(ids, &format!("Objective {o}"));
        let objective = plan.objective_mut(&oid)?;
        for k in 0..KRS_PER_OBJECTIVE {
            let kid = objective.add_key_result(ids, &format!("Key result {o}.{k}"));
            let kr = objective.key_results.iter_mut().find(|kr| kr.id == kid)?;
            kr.kind = kinds[k];
            let (baseline, target) = match kr.kind {
                KrKind::Decrease => (420.0, 300.0),
                _ => (100.0, 200.0),
            };
            kr.baseline = Some(baseline);
            kr.target = Some(target);
            for w in 0..WEEKS {
                // A varied, slightly noisy series so every rule has work to do.
                let step = (target - baseline) / WEEKS as f64;
                let wobble = ((w * 7 + k as u64 * 3 + o as u64) % 5) as f64 - 2.0;
                kr.check_ins.push(CheckIn {
                    id: ids.next("ci"),
                    date: period.start.checked_add_days(Days::new(w * 7 + 6))?,
                    value: baseline + step * (w as f64) * 0.8 + wobble,
                    confidence: [Confidence::Green, Confidence::Yellow, Confidence::Red]
                        [((w + k as u64) % 3) as usize],
                    note: String::new(),
                });
            }
        }
    }
    Some(plan)
}

fn main() -> ExitCode {
    let mut ids = IdGen::new(2027);
    let Some(plan) = big_plan(&mut ids) else {
        eprintln!("could not build the benchmark plan");
        return ExitCode::FAILURE;
    };
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
