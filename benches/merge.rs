//! Teammates' files: the cost of a merge and the weight of stamps and tombstones.
//!
//! - merge of two copies of a plan of 250 key results x 13 check-ins with 1,000 tombstones,
//!   each copy with its own edits since they parted (median of 21 runs);
//! - file size of version 3 (stamps, ranks, tombstones) against the same plan as version 2
//!   wrote it (one `updated_at` per record), on the sample plan and on a 13,000 check-in plan;
//! - bytes per tombstone.
//!
//! Run: `cargo bench --bench merge`.

use chrono::NaiveDate;
use okr_studio::domain::load_test::load_test_plan;
use okr_studio::domain::sample::sample_plan;
use okr_studio::domain::stamp::Clock;
use okr_studio::domain::sync::{merge_plan, stamp_changes};
use okr_studio::domain::{Confidence, IdGen, Period, Plan};
use okr_studio::format::{to_json, PlanFile};
use serde_json::Value;
use std::hint::black_box;
use std::time::{Duration, Instant};

const T0: u64 = 1_800_000_000_000;

fn stamped(mut plan: Plan, device: &str) -> (Plan, Clock) {
    let mut clock = Clock::new(device);
    stamp_changes(None, &mut plan, &mut clock, T0, "Lena");
    (plan, clock)
}

/// Applies `f` and stamps it, `minutes` after the start.
fn edit(plan: &mut Plan, clock: &mut Clock, minutes: u64, f: impl FnOnce(&mut Plan)) {
    let before = plan.clone();
    f(plan);
    stamp_changes(Some(&before), plan, clock, T0 + minutes * 60_000, "");
}

fn file_bytes(plan: &Plan) -> usize {
    to_json(&PlanFile::new(vec![plan.clone()], String::new()))
        .map(|t| t.len())
        .unwrap_or(0)
}

/// The same plan as version 2 wrote it: no stamps, ranks, tombstones or people; "not
/// going" lines as plain text; `updated_at` (ms) on plans, objectives, key results, bets, KPIs.
fn v2_bytes(plan: &Plan) -> usize {
    fn strip(v: &mut Value, dated: bool) {
        if let Value::Object(m) = v {
            for k in ["stamp", "edits", "rank", "deleted", "people"] {
                m.remove(k);
            }
            if dated {
                m.insert("updated_at".into(), Value::from(1_764_620_000_123_i64));
            }
            if let Some(Value::Array(lines)) = m.get_mut("not_going") {
                for l in lines.iter_mut() {
                    *l = l["text"].clone();
                }
            }
            for (k, child) in m.iter_mut() {
                let dated = matches!(
                    k.as_str(),
                    "objectives" | "key_results" | "projects" | "kpis"
                );
                if let Value::Array(items) = child {
                    items.iter_mut().for_each(|i| strip(i, dated));
                }
            }
        }
    }
    let mut v = serde_json::to_value(PlanFile::new(vec![plan.clone()], String::new())).unwrap();
    if let Some(Value::Array(plans)) = v.get_mut("plans") {
        plans.iter_mut().for_each(|p| strip(p, true));
    }
    // Field order matters not for size; write compactly as the app does.
    v.to_string().len()
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let period = Period::quarter(2027, 1).unwrap_or_else(|| unreachable!());
    let day = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap_or_default();

    // 250 x 13, then 1,000 check-ins added and deleted on one device: 1,000 tombstones.
    let mut ids = IdGen::new(2027);
    let (mut a, mut clock_a) = stamped(load_test_plan(&mut ids, period, 50, 5, 13), "lead");
    let kr_ids: Vec<_> = a.key_results().map(|k| k.id.clone()).collect();
    let mut extra = Vec::new();
    edit(&mut a, &mut clock_a, 1, |p| {
        for i in 0..1_000 {
            let kr = p
                .key_result_mut(&kr_ids[i % kr_ids.len()])
                .unwrap_or_else(|| unreachable!());
            extra.push(kr.add_check_in(&mut ids, day, 1.0, Confidence::Red, "typo"));
        }
    });
    let before_deletions = file_bytes(&a);
    edit(&mut a, &mut clock_a, 2, |p| {
        for id in &extra {
            p.remove_check_in(id);
        }
    });
    assert_eq!(a.deleted.len(), 1_000);
    let with_tombstones = file_bytes(&a);
    // The teammate's copy parts here; each side then makes its own week of edits.
    let mut b = a.clone();
    let mut clock_b = Clock::new("sam");
    let mut ids_b = IdGen::new(7);
    edit(&mut b, &mut clock_b, 3, |p| {
        for (i, k) in kr_ids.iter().enumerate().step_by(3) {
            let kr = p.key_result_mut(k).unwrap_or_else(|| unreachable!());
            kr.add_check_in(&mut ids_b, day, 150.0, Confidence::Green, "weekly");
            if i % 2 == 0 {
                kr.owner = "Sam".into();
            }
        }
    });
    edit(&mut a, &mut clock_a, 4, |p| {
        for k in kr_ids.iter().step_by(5) {
            let kr = p.key_result_mut(k).unwrap_or_else(|| unreachable!());
            kr.title.push_str(" (renamed)");
            kr.add_check_in(&mut ids, day, 140.0, Confidence::Yellow, "");
        }
    });
    let out = merge_plan(&a, &b);
    assert!(out.plan.key_results().count() == 250);
    let runs: Vec<Duration> = (0..21)
        .map(|_| {
            let t = Instant::now();
            black_box(merge_plan(black_box(&a), black_box(&b)));
            t.elapsed()
        })
        .collect();
    println!(
        "merge, 250 key results x 13 check-ins, 1,000 tombstones, edits on both sides: {:.2} ms (median of 21)",
        median(runs).as_secs_f64() * 1000.0
    );
    println!(
        "tombstones: 1,000 deleted check-ins add {} bytes ({} bytes each)",
        with_tombstones - before_deletions,
        (with_tombstones - before_deletions) / 1_000
    );

    // File size: version 3 against version 2 for the same plans.
    let today = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default();
    let (sample, _) = stamped(sample_plan(today, &mut IdGen::new(1)), "lead");
    let mut ids = IdGen::new(3);
    let (big, _) = stamped(load_test_plan(&mut ids, period, 5, 4, 650), "lead");
    for (name, plan) in [("sample plan", &sample), ("13,000 check-in plan", &big)] {
        let (v3, v2) = (file_bytes(plan), v2_bytes(plan));
        println!(
            "file size, {name}: version 3 {v3} bytes, as version 2 {v2} bytes: {:+.1}%",
            (v3 as f64 / v2 as f64 - 1.0) * 100.0
        );
    }
}
