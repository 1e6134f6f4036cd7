//! Import cost of a large plan: 13,000 check-ins, parsed, migrated and validated, next to
//! a bare JSON parse of the same text (the native stand-in for the browser's JSON.parse).
//!
//! Run: `cargo bench --bench import`. Prints medians over several runs and the size.

use chrono::{Days, NaiveDate};
use okr_studio::domain::{Confidence, IdGen, Period, Plan};
use okr_studio::format::{parse_plan_file, to_json, PlanFile};
use std::hint::black_box;
use std::time::{Duration, Instant};

const CHECK_INS: usize = 13_000;
const RUNS: usize = 21;

fn big_plan() -> Plan {
    let mut ids = IdGen::new(2027);
    let period = Period::quarter(2027, 1).unwrap_or_else(|| unreachable!());
    let mut plan = Plan::new(&mut ids, "Growth marketing", period);
    let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
    let mut added = 0;
    for o in 0..5 {
        let oid = plan.add_objective(&mut ids, &format!("Objective {o}: become the go-to source"));
        for k in 0..4 {
            let Some(objective) = plan.objective_mut(&oid) else {
                return plan;
            };
            let kid =
                objective.add_key_result(&mut ids, &format!("Grow MQLs from 120 to 300 ({k})"));
            let Some(kr) = plan.key_result_mut(&kid) else {
                return plan;
            };
            kr.metric = "Marketing-qualified leads per month".into();
            kr.baseline = Some(120.0);
            kr.target = Some(300.0);
            for i in 0..CHECK_INS / 20 {
                let day = start
                    .checked_add_days(Days::new((i % 80) as u64))
                    .unwrap_or(start);
                let confidence = [Confidence::Green, Confidence::Yellow, Confidence::Red][i % 3];
                let note = format!(
                    "Week {i}: webinar leads up, paid social flat, \"quotes\" & <b>markup</b>"
                );
                kr.add_check_in(&mut ids, day, 120.0 + i as f64 * 0.37, confidence, &note);
                added += 1;
            }
        }
    }
    assert_eq!(added, CHECK_INS);
    plan
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(mut f: impl FnMut()) -> Duration {
    f(); // warm up caches and the allocator
    median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let file = PlanFile::new(vec![big_plan()], "2027-03-31T12:00:00Z".into());
    let text = to_json(&file).unwrap_or_default();
    assert_eq!(parse_plan_file(&text).ok(), Some(file.clone()));
    let import = time(|| {
        black_box(parse_plan_file(black_box(&text)).ok());
    });
    let bare = time(|| {
        black_box(serde_json::from_str::<serde_json::Value>(black_box(&text)).ok());
    });
    // The same plan as a version 1 file takes the careful path (JSON tree + migration).
    let v1 = text.replacen("\"version\":2", "\"version\":1", 1);
    let migrated = time(|| {
        black_box(parse_plan_file(black_box(&v1)).ok());
    });
    println!("plan file: {CHECK_INS} check-ins, {} bytes", text.len());
    println!("parse_plan_file (parse + migrate + validate): median {import:?} over {RUNS} runs");
    println!("serde_json::from_str::<Value> (bare parse):   median {bare:?} over {RUNS} runs");
    println!("parse_plan_file of a version 1 file (migrated):  median {migrated:?}");
    println!(
        "ratio import / bare parse: {:.2}",
        import.as_secs_f64() / bare.as_secs_f64()
    );
}
