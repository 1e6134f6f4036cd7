//! Prints the app's stored state (the JSON kept under local storage key
//! "okr-studio.state") holding one big plan: 50 objectives x 5 key results, each with 13
//! weekly check-ins, in the quarter containing today (or the day given as YYYY-MM-DD).
//! Used by `tests/perf/trends.mjs` (`make bench-trends`).
//!
//! Run: `cargo run --release --example big_plan [YYYY-MM-DD] > big.json`.

use chrono::NaiveDate;
use okr_studio::domain::load_test::load_test_plan;
use okr_studio::domain::{IdGen, Period};
use okr_studio::format::{to_json, StoredState};
use std::process::ExitCode;

fn main() -> ExitCode {
    let day = match std::env::args().nth(1) {
        Some(text) => match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => {
                eprintln!("\"{text}\" is not a date: write it like 2027-02-15");
                return ExitCode::FAILURE;
            }
        },
        None => chrono::Local::now().date_naive(),
    };
    let mut ids = IdGen::new(2027);
    let plan = load_test_plan(&mut ids, Period::quarter_of(day), 50, 5, 13);
    let state = StoredState {
        current: Some(plan.id.clone()),
        plans: vec![plan],
        ..StoredState::default()
    };
    match to_json(&state) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
