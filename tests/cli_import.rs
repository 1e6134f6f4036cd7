//! `okr import` end to end: a sheet written by the test, turned into a plan file by the
//! built binary, and that file read back by the app's own reader.

use okr_studio::domain::Period;
use okr_studio::format::parse_plan_file;
use std::path::PathBuf;
use std::process::{Command, Output};

fn sheet(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("okr-import-{}-{name}.csv", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

fn okr(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_okr"))
        .arg("import")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_sheet_becomes_a_plan_file() {
    let path = sheet("ok", "Objective,Key result,Start value,Target,Current,As of\nGrow,Signups,\"1,500\",3000,1700,2027-01-20\n,Cut CPA,$70,$45,$61,2027-01-20\n");
    let out = okr(&[
        path.to_str().unwrap(),
        "--period",
        "2027-Q1",
        "--team",
        "Growth",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = parse_plan_file(&String::from_utf8(out.stdout).unwrap())
        .expect("a plan file the app reads");
    let plan = &file.plans[0];
    assert_eq!(plan.team, "Growth");
    assert_eq!(Some(plan.period), Period::quarter(2027, 1));
    assert_eq!(plan.key_results().count(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 key results from 2 rows"));
}

#[test]
fn bad_cells_are_named_and_nothing_is_written() {
    let path = sheet("bad", "Objective,Key result,Target\nGrow,Signups,lots\n");
    let out = okr(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Row 2, column C: Target \u{201c}lots\u{201d} is not a number"),
        "{err}"
    );
    let out = okr(&[path.to_str().unwrap(), "--skip-bad-rows"]);
    assert!(out.status.success());
}

#[test]
fn ambiguous_dates_ask_for_the_order() {
    let path = sheet(
        "dates",
        "Objective,Key result,Current,Date\nGrow,Signups,10,04/05/2027\n",
    );
    let out = okr(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--dates dmy or --dates mdy"));
    let out = okr(&[path.to_str().unwrap(), "--dates", "mdy"]);
    let file = parse_plan_file(&String::from_utf8(out.stdout).unwrap()).unwrap();
    let kr = file.plans[0].key_results().next().unwrap();
    assert_eq!(kr.check_ins[0].date.to_string(), "2027-04-05");
}

#[test]
fn a_binary_file_renamed_csv_is_refused_in_words() {
    let path = std::env::temp_dir().join(format!("okr-import-{}-bin.csv", std::process::id()));
    std::fs::write(&path, [0u8, 159, 146, 150, 0, 1, 2, 3, 255, 254].repeat(50)).unwrap();
    let out = okr(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not text"));
}
