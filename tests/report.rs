//! `okr report` end to end: the built binary on a plan file written by the test.

use chrono::NaiveDate;
use okr_studio::domain::sample::sample_plan;
use okr_studio::domain::IdGen;
use okr_studio::format::{to_json, PlanFile};
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

/// 4 Mar 2027: nine weeks into 2027 Q1, where the sample shows every trend case.
fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 4).unwrap()
}

/// Writes the sample plan to a file unique to this test and process.
fn plan_file(name: &str) -> PathBuf {
    let plan = sample_plan(as_of(), &mut IdGen::new(11));
    let file = PlanFile::new(vec![plan], "2027-03-04T09:00:00Z".into());
    let path = std::env::temp_dir().join(format!("okr-report-{}-{name}.json", std::process::id()));
    std::fs::write(&path, to_json(&file).unwrap()).unwrap();
    path
}

fn okr(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_okr"))
        .arg("report")
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn json_report_carries_status_forecast_and_flags() {
    let path = plan_file("json");
    let out = okr(&[path.to_str().unwrap(), "--json", "--as-of", "2027-03-04"]);
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["format"], "okr-studio.report");
    assert_eq!(doc["as_of"], "2027-03-04");
    let plan = &doc["plans"][0];
    assert_eq!(plan["title"], "Growth marketing · 2027 Q1");
    // Day 63 of 90.
    assert!((plan["expected"].as_f64().unwrap() - 0.7).abs() < 1e-9);
    assert_eq!(plan["statuses"]["on_track"], 3);
    assert_eq!(plan["statuses"]["at_risk"], 1);
    assert_eq!(plan["statuses"]["off_track"], 3);
    let krs: Vec<&Value> = plan["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|o| o["key_results"].as_array().unwrap())
        .collect();
    assert_eq!(krs.len(), 7);
    let mut flags: Vec<&str> = krs
        .iter()
        .flat_map(|kr| kr["flags"].as_array().unwrap())
        .map(|f| f.as_str().unwrap())
        .collect();
    flags.sort();
    assert_eq!(
        flags,
        [
            "ahead_but_red",
            "behind_but_green",
            "confidence_falling",
            "hot_start_slowdown",
            "stale",
            "stalled"
        ]
    );
    // The CAC key result (a decrease, 420 -> 300) falls 3 a week from 420 on day index 6:
    // on 4 Mar the latest is 396, progress 24/120 = 0.20. The fitted line is
    // 420 - 3/7 (day - 6); on the last day (index 89, 31 Mar) that is 420 - 249/7 = 384.43,
    // grade (249/7) / 120 = 0.2964.
    let cac = krs.iter().find(|kr| kr["kind"] == "decrease").unwrap();
    assert_eq!(cac["status"], "off_track");
    assert!((cac["progress"].as_f64().unwrap() - 0.2).abs() < 1e-9);
    let forecast = &cac["forecast"];
    assert!((forecast["value"].as_f64().unwrap() - (420.0 - 249.0 / 7.0)).abs() < 1e-6);
    assert!((forecast["grade"].as_f64().unwrap() - 249.0 / 840.0).abs() < 1e-6);
}

#[test]
fn text_report_reads_per_objective_and_key_result() {
    let path = plan_file("text");
    let out = okr(&["--as-of=2027-03-04", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(
        report.contains("Growth marketing · 2027 Q1 (as of 2027-03-04)"),
        "{report}"
    );
    assert!(report.contains("day 63 of 90"), "{report}");
    assert!(report.contains("1. Make organic search"), "{report}");
    assert!(
        report.contains("Cut blended customer acquisition cost"),
        "{report}"
    );
    assert!(report.contains("OFF TRACK"), "{report}");
    assert!(
        report.contains("forecast USD 384 by 2027-03-31"),
        "{report}"
    );
    for flag in [
        "hot start, then slowdown",
        "stalled",
        "stale",
        "ahead but red",
    ] {
        assert!(report.contains(flag), "{flag} missing from\n{report}");
    }
}

#[test]
fn bad_input_exits_2_with_one_line() {
    let missing = std::env::temp_dir().join("okr-report-does-not-exist.json");
    let junk = std::env::temp_dir().join(format!("okr-report-{}-junk.json", std::process::id()));
    std::fs::write(&junk, "not json at all").unwrap();
    let good = plan_file("flags");
    let cases: [Vec<&str>; 6] = [
        vec![],
        vec![missing.to_str().unwrap()],
        vec![junk.to_str().unwrap()],
        vec![good.to_str().unwrap(), "--as-of", "yesterday"],
        vec![good.to_str().unwrap(), "--as-of"],
        vec![good.to_str().unwrap(), "--csv"],
    ];
    for args in cases {
        let out = okr(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.starts_with("okr report: "), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    std::fs::remove_file(&junk).ok();
    std::fs::remove_file(&good).ok();
}

#[test]
fn as_of_defaults_to_today() {
    let path = plan_file("today");
    let out = okr(&[path.to_str().unwrap(), "--json"]);
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let today = chrono::Local::now().date_naive().to_string();
    // Around midnight the binary and the test may straddle two days.
    let yesterday = (chrono::Local::now().date_naive() - chrono::Duration::days(1)).to_string();
    let got = doc["as_of"].as_str().unwrap();
    assert!(got == today || got == yesterday, "{got}");
}

#[test]
fn a_carried_key_result_prints_its_history_across_quarters() {
    use okr_studio::domain::quarter::CarryOver;
    use okr_studio::domain::{Confidence, Period};
    let old = sample_plan(as_of(), &mut IdGen::new(11));
    let kr = old.objectives[0].key_results[0].id.clone();
    let carry = CarryOver {
        key_results: vec![kr],
        ..CarryOver::default()
    };
    let (mut next, _) = old.next_period(
        Period::quarter(2027, 2).unwrap(),
        &carry,
        &mut IdGen::new(12),
    );
    let new_kr = next.objectives[0].key_results[0].id.clone();
    let day = NaiveDate::from_ymd_opt(2027, 4, 8).unwrap();
    next.key_result_mut(&new_kr).unwrap().add_check_in(
        &mut IdGen::new(13),
        day,
        13_000.0,
        Confidence::Green,
        "",
    );
    let file = PlanFile::new(vec![old, next], "2027-04-09T09:00:00Z".into());
    let path = std::env::temp_dir().join(format!("okr-report-{}-across.json", std::process::id()));
    std::fs::write(&path, to_json(&file).unwrap()).unwrap();
    let out = okr(&[path.to_str().unwrap(), "--as-of", "2027-04-09"]);
    std::fs::remove_file(&path).ok();
    let report = text(&out.stdout);
    assert!(
        report.contains("across quarters: 2027 Q1 ") && report.contains(" · 2027 Q2 13,000"),
        "{report}"
    );
}
