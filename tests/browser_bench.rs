//! Import and save costs in the browser, side by side in one page: parsing and validating
//! a plan with 13,000 check-ins against the browser's own `JSON.parse` of the same text,
//! and `LocalStore::save` against a raw `localStorage.setItem` of the same bytes.
//!
//! Run: `make bench-import` (release build, headless Chromium). Prints medians and ratios;
//! it asserts nothing about timings, which depend on the machine.
#![cfg(target_arch = "wasm32")]

use chrono::{Days, NaiveDate};
use gloo_storage::{LocalStorage, Storage};
use okr_studio::domain::{Confidence, IdGen, Period, Plan};
use okr_studio::format::{parse_plan_file, to_json, PlanFile, StoredState};
use okr_studio::storage::LocalStore;
use std::hint::black_box;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CHECK_INS: usize = 13_000;
const RUNS: usize = 15;

/// The same plan as `benches/import.rs`: 5 objectives x 4 key results x 650 check-ins.
fn big_plan() -> Plan {
    let mut ids = IdGen::new(2027);
    let period = Period::quarter(2027, 1).unwrap();
    let mut plan = Plan::new(&mut ids, "Growth marketing", period);
    let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    for o in 0..5 {
        let oid = plan.add_objective(&mut ids, &format!("Objective {o}: become the go-to source"));
        for k in 0..4 {
            let objective = plan.objective_mut(&oid).unwrap();
            let kid =
                objective.add_key_result(&mut ids, &format!("Grow MQLs from 120 to 300 ({k})"));
            let kr = plan.key_result_mut(&kid).unwrap();
            kr.metric = "Marketing-qualified leads per month".into();
            kr.baseline = Some(120.0);
            kr.target = Some(300.0);
            for i in 0..CHECK_INS / 20 {
                let day = start.checked_add_days(Days::new((i % 80) as u64)).unwrap();
                let confidence = [Confidence::Green, Confidence::Yellow, Confidence::Red][i % 3];
                let note = format!(
                    "Week {i}: webinar leads up, paid social flat, \"quotes\" & <b>markup</b>"
                );
                kr.add_check_in(&mut ids, day, 120.0 + i as f64 * 0.37, confidence, &note);
            }
        }
    }
    plan
}

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Median milliseconds of `RUNS` runs after one warm-up run.
fn median_ms(mut f: impl FnMut()) -> f64 {
    f();
    let mut runs: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = now_ms();
            f();
            now_ms() - t
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

#[wasm_bindgen_test]
fn import_and_save_of_13000_check_ins() {
    let plan = big_plan();
    let file = PlanFile::new(vec![plan.clone()], "2027-03-31T12:00:00Z".into());
    let text = to_json(&file).unwrap();
    assert_eq!(parse_plan_file(&text).ok(), Some(file));
    let kb = text.len() as f64 / 1024.0;

    let import = median_ms(|| {
        black_box(parse_plan_file(black_box(&text)).is_ok());
    });
    let bare = median_ms(|| {
        black_box(js_sys::JSON::parse(black_box(&text)).is_ok());
    });

    let store = LocalStore::new("okr-studio.bench.state");
    let state = StoredState {
        revision: 1,
        current: Some(plan.id.clone()),
        plans: vec![plan],
        ..StoredState::default()
    };
    let stored = to_json(&state).unwrap();
    let save = median_ms(|| {
        store.save(black_box(&state)).unwrap();
    });
    let raw = LocalStorage::raw();
    let set_item = median_ms(|| {
        raw.set_item("okr-studio.bench.raw", black_box(&stored))
            .unwrap();
    });
    let _ = store.discard();
    let _ = raw.remove_item("okr-studio.bench.raw");

    console_log!("plan file: {CHECK_INS} check-ins, {kb:.0} KiB, median of {RUNS} runs");
    console_log!(
        "import (parse_plan_file)  {import:8.2} ms | JSON.parse {bare:8.2} ms | ratio {:.2}x (budget 3x)",
        import / bare
    );
    console_log!(
        "save (LocalStore::save)   {save:8.2} ms | setItem    {set_item:8.2} ms | ratio {:.2}x (budget 2x)",
        save / set_item
    );
}
