//! One test per import rule: what is refused, with which message, and what is accepted.

use chrono::NaiveDate;
use okr_studio::domain::{Confidence, IdGen, Period, Plan, Unit};
use okr_studio::format::csv::{check_ins_csv, text_cell};
use okr_studio::format::{
    self, csv_file_name, decode_share, encode_share, file_name, is_over_safe_size, parse_plan_file,
    parse_stored, share_link, to_json, FormatError, PlanFile, StoredState, MAX_FILE_BYTES,
    PLAN_FILE_FORMAT, SHARE_LINK_SAFE_CHARS, VERSION,
};
use serde_json::{json, Value};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Two objectives; the first has two key results with check-ins, the second one.
fn plan(team: &str) -> Plan {
    let mut ids = IdGen::new(5);
    let mut plan = Plan::new(&mut ids, team, Period::quarter(2027, 1).unwrap());
    for (o, krs) in [(0, 2), (1, 1)] {
        let oid = plan.add_objective(&mut ids, &format!("Objective {o}"));
        for k in 0..krs {
            let kid = plan
                .objective_mut(&oid)
                .unwrap()
                .add_key_result(&mut ids, &format!("Key result {o}.{k}"));
            let kr = plan.key_result_mut(&kid).unwrap();
            kr.metric = "MQLs".into();
            kr.target = Some(300.0);
            kr.add_check_in(&mut ids, day(2027, 1, 7), 130.0, Confidence::Green, "ok");
            kr.add_check_in(&mut ids, day(2027, 1, 14), 150.0, Confidence::Yellow, "");
        }
    }
    plan
}

fn file_value() -> Value {
    serde_json::to_value(PlanFile::new(vec![plan("Growth")], String::new())).unwrap()
}

fn error_for(value: &Value) -> FormatError {
    parse_plan_file(&value.to_string()).unwrap_err()
}

#[test]
fn a_repeated_id_names_both_places() {
    let mut v = file_value();
    let first = v["plans"][0]["objectives"][0]["key_results"][1]["id"].clone();
    v["plans"][0]["objectives"][1]["key_results"][0]["id"] = first;
    let err = error_for(&v);
    assert!(matches!(err, FormatError::DuplicateId { .. }), "{err:?}");
    let id = v["plans"][0]["objectives"][0]["key_results"][1]["id"]
        .as_str()
        .unwrap();
    assert_eq!(
        err.to_string(),
        format!("plans[0].objectives[1].key_results[0].id: \"{id}\" is used twice (also at plans[0].objectives[0].key_results[1].id)")
    );
}

#[test]
fn ids_are_unique_across_kinds_and_plan_ids_across_plans() {
    let mut v = file_value();
    let objective = v["plans"][0]["objectives"][0]["id"].clone();
    v["plans"][0]["objectives"][0]["key_results"][0]["check_ins"][1]["id"] = objective;
    assert!(matches!(error_for(&v), FormatError::DuplicateId { .. }));

    let mut v = file_value();
    let copy = v["plans"][0].clone();
    v["plans"].as_array_mut().unwrap().push(copy);
    let err = error_for(&v);
    assert!(err.to_string().starts_with("plans[1].id: "), "{err}");
    assert!(err.to_string().ends_with("(also at plans[0].id)"), "{err}");
}

#[test]
fn an_empty_id_is_refused() {
    let mut v = file_value();
    v["plans"][0]["objectives"][1]["id"] = json!("  ");
    assert_eq!(
        error_for(&v).to_string(),
        "plans[0].objectives[1].id: an id cannot be empty"
    );
}

#[test]
fn dates_outside_1970_to_2200_are_refused() {
    let mut v = file_value();
    v["plans"][0]["objectives"][0]["key_results"][0]["check_ins"][1]["date"] = json!("2301-01-07");
    assert_eq!(
        error_for(&v).to_string(),
        "plans[0].objectives[0].key_results[0].check_ins[1].date: the date 2301-01-07 is outside the years 1970-2200"
    );
    let mut v = file_value();
    v["plans"][0]["period"]["start"] = json!("1969-12-31");
    assert!(
        matches!(error_for(&v), FormatError::DateOutOfRange { path, .. } if path == "plans[0].period.start")
    );
    // Dates chrono cannot hold at all are a type error at the same place.
    let mut v = file_value();
    v["plans"][0]["period"]["end"] = json!("2027-02-30");
    assert!(error_for(&v)
        .to_string()
        .starts_with("plans[0].period.end: "));
}

#[test]
fn a_period_ending_before_it_starts_is_refused() {
    let mut v = file_value();
    v["plans"][0]["period"]["end"] = json!("2026-12-01");
    assert_eq!(
        error_for(&v).to_string(),
        "plans[0].period: the period ends before it starts"
    );
}

#[test]
fn numbers_too_large_to_be_real_are_refused() {
    let mut v = file_value();
    v["plans"][0]["objectives"][0]["key_results"][1]["target"] = json!(1e300);
    assert_eq!(
        error_for(&v).to_string(),
        "plans[0].objectives[0].key_results[1].target: expected a number no bigger than a million billion"
    );
    // Past what a float holds, the place is named too: by field, or by line and column
    // when the number sits where no field is expected (here, in a version 1 file).
    let text = file_value().to_string().replace("300.0", "1e999");
    assert_eq!(
        parse_plan_file(&text).unwrap_err(),
        FormatError::NumberOutOfRange {
            path: "plans[0].objectives[0].key_results[0].target".into()
        }
    );
    let mut old = file_value();
    old["version"] = json!(1);
    let text = old.to_string().replace("300.0", "1e999");
    let err = parse_plan_file(&text).unwrap_err();
    assert!(
        matches!(&err, FormatError::NumberOutOfRange { path } if path.starts_with("line 1, column ")),
        "{err:?}"
    );
}

#[test]
fn non_finite_numbers_in_memory_are_caught_before_saving() {
    let mut p = plan("Growth");
    p.objectives[0].key_results[0].check_ins[0].value = f64::NAN;
    let err = format::validate(&PlanFile::new(vec![p.clone()], String::new())).unwrap_err();
    assert!(matches!(err, FormatError::NumberOutOfRange { .. }));
    p.objectives[0].key_results[0].check_ins[0].value = 1.0;
    p.kpis.push(okr_studio::domain::Kpi {
        id: "kpi-1".into(),
        name: "Sessions".into(),
        unit: Unit::Count,
        current: Some(f64::INFINITY),
        target: None,
        ..Default::default()
    });
    let state = StoredState {
        plans: vec![p],
        ..StoredState::default()
    };
    assert_eq!(
        format::validate_stored(&state).unwrap_err().to_string(),
        "plans[0].kpis[0].current: expected a number no bigger than a million billion"
    );
}

#[test]
fn texts_longer_than_ten_thousand_characters_are_refused() {
    let mut v = file_value();
    v["plans"][0]["objectives"][1]["why"] = json!("é".repeat(10_001));
    assert_eq!(
        error_for(&v).to_string(),
        "plans[0].objectives[1].why: this text is 10001 characters long; the most allowed is 10000"
    );
    // Exactly at the limit, in a script of two-byte letters, is fine.
    let mut v = file_value();
    v["plans"][0]["objectives"][1]["why"] = json!("é".repeat(10_000));
    assert!(parse_plan_file(&v.to_string()).is_ok());
}

#[test]
fn too_many_records_are_refused() {
    let mut p = plan("Growth");
    let limit = format::validate::MAX_RECORDS;
    let kr = &mut p.objectives[0].key_results[0];
    let check_in = kr.check_ins[0].clone();
    kr.check_ins = (0..limit)
        .map(|i| okr_studio::domain::CheckIn {
            id: format!("c{i}").as_str().into(),
            ..check_in.clone()
        })
        .collect();
    let err = format::validate(&PlanFile::new(vec![p], String::new())).unwrap_err();
    assert!(matches!(err, FormatError::TooManyRecords { limit: l, .. } if l == limit));
    assert!(err.to_string().starts_with("This file holds "));
}

#[test]
fn files_over_the_size_limit_are_refused_before_parsing() {
    let text = " ".repeat(MAX_FILE_BYTES + 1);
    let err = parse_plan_file(&text).unwrap_err();
    assert!(matches!(err, FormatError::TooLarge { .. }));
    assert_eq!(
        FormatError::TooLarge { bytes: 52 * 1024 * 1024 + 400_000, limit: MAX_FILE_BYTES }.to_string(),
        "This file is 52.4 MB; plan files over 20 MB are not read. Export one plan at a time instead."
    );
}

#[test]
fn markup_is_kept_as_plain_text() {
    let mut v = file_value();
    let markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    v["plans"][0]["objectives"][0]["title"] = json!(markup);
    let file = parse_plan_file(&v.to_string()).unwrap();
    assert_eq!(file.plans[0].objectives[0].title, markup);
}

#[test]
fn wrong_shapes_are_named_in_pretty_printed_and_older_files_too() {
    // A file a person edited by hand: pretty-printed, so the error is lines away.
    let mut v = file_value();
    v["plans"][0]["objectives"][1]["key_results"][0]["check_ins"] = json!({"value": 3});
    let text = serde_json::to_string_pretty(&v).unwrap();
    assert_eq!(
        parse_plan_file(&text).unwrap_err().to_string(),
        "plans[0].objectives[1].key_results[0].check_ins: expected a list"
    );
    // A version 1 file is migrated first, then read by the same reader.
    let mut old = file_value();
    old["version"] = json!(1);
    old["plans"][0]["kpis"] = json!([{"id": "k", "name": ["Sessions"]}]);
    assert_eq!(
        error_for(&old).to_string(),
        "plans[0].kpis[0].name: expected text"
    );
}

#[test]
fn missing_fields_and_unknown_choices_read_plainly() {
    let mut v = file_value();
    v["plans"][0]["objectives"][0]
        .as_object_mut()
        .unwrap()
        .remove("title");
    assert_eq!(
        error_for(&v).to_string(),
        "plans[0].objectives[0]: the field \"title\" is missing"
    );
    let mut v = file_value();
    v["plans"][0]["objectives"][0]["key_results"][0]["check_ins"][0]["confidence"] =
        json!("purple");
    assert_eq!(
        error_for(&v).to_string(),
        "plans[0].objectives[0].key_results[0].check_ins[0].confidence: expected one of green, yellow, red"
    );
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("\u{feff}{}", file_value());
    assert!(parse_plan_file(&text).is_ok());
}

#[test]
fn a_version_1_file_loads_and_comes_out_as_the_current_version() {
    let mut v = file_value();
    v["version"] = json!(1);
    strip(&mut v, "updated_at");
    let file = parse_plan_file(&v.to_string()).unwrap();
    assert_eq!(file.version, VERSION);
    // The migration ranks every list in its order; otherwise the plan is as it was.
    let mut migrated = file.plans[0].clone();
    let ranks: Vec<&str> = migrated
        .objectives
        .iter()
        .map(|o| o.rank.as_str())
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]) && !ranks[0].is_empty());
    migrated.objectives.iter_mut().for_each(|o| {
        o.rank.clear();
        o.key_results.iter_mut().for_each(|k| {
            k.rank.clear();
            k.projects.iter_mut().for_each(|p| p.rank.clear());
        });
    });
    migrated.kpis.iter_mut().for_each(|k| k.rank.clear());
    migrated.focus_areas.iter_mut().for_each(|f| f.rank.clear());
    assert_eq!(migrated, plan("Growth"));
    // Stored state too.
    let stored =
        json!({"format": "okr-studio.storage", "version": 1, "revision": 4, "plans": v["plans"]});
    let state = parse_stored(&stored.to_string()).unwrap();
    assert_eq!((state.version, state.revision), (VERSION, 4));
}

fn strip(value: &mut Value, key: &str) {
    match value {
        Value::Object(map) => {
            map.remove(key);
            map.values_mut().for_each(|v| strip(v, key));
        }
        Value::Array(list) => list.iter_mut().for_each(|v| strip(v, key)),
        _ => {}
    }
}

#[test]
fn version_zero_and_text_versions_are_refused() {
    let zero = json!({"format": PLAN_FILE_FORMAT, "version": 0, "plans": []});
    assert!(matches!(
        error_for(&zero),
        FormatError::MigrationFailed { from: 0, .. }
    ));
    let text = json!({"format": PLAN_FILE_FORMAT, "version": "2", "plans": []});
    assert_eq!(
        error_for(&text).to_string(),
        "version: expected a whole number"
    );
}

#[test]
fn csv_quotes_separators_and_defuses_formulas() {
    assert_eq!(text_cell("plain"), "plain");
    assert_eq!(text_cell("a, b"), "\"a, b\"");
    assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(text_cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(text_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    for risky in ["+1", "-1+2", "@SUM(A1)", "\tx"] {
        assert!(
            text_cell(risky).trim_start_matches('"').starts_with('\''),
            "{risky}"
        );
    }
    let mut p = plan("Growth");
    p.objectives[0].key_results[0].check_ins[0].note = "=cmd|' /C calc'!A0, oops".into();
    p.objectives[0].key_results[0].check_ins[1].value = -12.5;
    let csv = check_ins_csv(&p);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "objective,key result,metric,date,value,confidence,note"
    );
    assert_eq!(
        lines.len(),
        1 + 6 + 1,
        "header, six check-ins, final line end"
    );
    assert_eq!(
        lines[1],
        "Objective 0,Key result 0.0,MQLs,2027-01-07,130,On track,\"'=cmd|' /C calc'!A0, oops\""
    );
    assert_eq!(
        lines[2],
        "Objective 0,Key result 0.0,MQLs,2027-01-14,-12.5,At risk,"
    );
}

#[test]
fn file_names_follow_team_and_period() {
    let p = plan("Growth Marketing");
    assert_eq!(
        file_name(std::slice::from_ref(&p)),
        "growth-marketing-2027-q1.okr.json"
    );
    assert_eq!(csv_file_name(&p), "growth-marketing-2027-q1-check-ins.csv");
    let mut later = plan("Growth marketing");
    later.period = Period::quarter(2027, 3).unwrap();
    assert_eq!(
        file_name(&[p.clone(), later.clone()]),
        "growth-marketing-2027-q1-to-2027-q3.okr.json"
    );
    let mut other = later.clone();
    other.team = "Brand / PR".into();
    assert_eq!(
        file_name(&[p.clone(), other.clone()]),
        "all-teams-2027-q1-to-2027-q3.okr.json"
    );
    other.team = "../../etc/passwd <script>".into();
    other.period = Period::new(day(2027, 1, 15), day(2027, 3, 15)).unwrap();
    assert_eq!(
        file_name(&[other.clone()]),
        "etc-passwd-script-2027-01-15-to-2027-03-15.okr.json"
    );
    other.team = "   ".into();
    assert_eq!(
        file_name(&[other]),
        "untitled-team-2027-01-15-to-2027-03-15.okr.json"
    );
    assert_eq!(file_name(&[]), "okr-studio-plans.okr.json");
}

#[test]
fn share_links_round_trip_and_refuse_damage() {
    let p = plan("Growth");
    let link = share_link(
        "https://okr.example/app/#library",
        &p,
        "2027-01-02T10:00:00Z".into(),
    )
    .unwrap();
    assert!(
        link.starts_with("https://okr.example/app/#share/z1."),
        "{link}"
    );
    let fragment = &link[link.find('#').unwrap() + 1..];
    assert!(fragment
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b)));
    for form in [link.as_str(), fragment, &link[link.find("z1.").unwrap()..]] {
        assert_eq!(decode_share(form).unwrap().plans, vec![p.clone()]);
    }
    assert_eq!(
        is_over_safe_size(&link),
        link.chars().count() > SHARE_LINK_SAFE_CHARS
    );
    assert!(is_over_safe_size(&"x".repeat(SHARE_LINK_SAFE_CHARS + 1)));

    let cut = &link[..link.len() - 12];
    assert_eq!(
        decode_share(cut).unwrap_err(),
        FormatError::BadShareLink("it was cut short or changed")
    );
    assert!(matches!(
        decode_share("https://okr.example/#library"),
        Err(FormatError::BadShareLink(_))
    ));
    assert_eq!(
        decode_share("#share/z9.abc").unwrap_err(),
        FormatError::BadShareLink("it was made by a newer OKR Studio")
    );
    assert!(decode_share("z1.!!!")
        .unwrap_err()
        .to_string()
        .starts_with("This share link does not open"));
}

#[test]
fn a_share_link_cannot_inflate_into_a_huge_file() {
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; MAX_FILE_BYTES + 10], 9);
    let link = format!("z1.{}", {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb)
    });
    assert!(matches!(
        decode_share(&link),
        Err(FormatError::TooLarge { .. })
    ));
}

#[test]
fn a_shared_plan_goes_through_the_same_checks_as_a_file() {
    let mut p = plan("Growth");
    p.objectives[1].id = p.objectives[0].id.clone();
    let payload = encode_share(&p, String::new()).unwrap();
    assert!(matches!(
        decode_share(&payload),
        Err(FormatError::DuplicateId { .. })
    ));
}

#[test]
fn every_message_is_plain_and_non_empty() {
    let all = [
        FormatError::NotJson { line: 1, column: 2 },
        FormatError::NotOurs,
        FormatError::NewerVersion {
            found: 3,
            supported: VERSION,
        },
        FormatError::Invalid {
            path: "plans[0].team".into(),
            message: "expected text".into(),
        },
        FormatError::TooDeep,
        FormatError::Unwritable("x".into()),
        FormatError::TooLarge { bytes: 1, limit: 1 },
        FormatError::DuplicateId {
            id: "a".into(),
            at: "b".into(),
            first: "c".into(),
        },
        FormatError::DateOutOfRange {
            path: "p".into(),
            date: "1900-01-01".into(),
        },
        FormatError::PeriodReversed { path: "p".into() },
        FormatError::NumberOutOfRange { path: "p".into() },
        FormatError::TextTooLong {
            path: "p".into(),
            chars: 2,
            limit: 1,
        },
        FormatError::TooManyRecords { count: 2, limit: 1 },
        FormatError::MigrationFailed {
            from: 0,
            why: "x".into(),
        },
        FormatError::BadShareLink("x"),
    ];
    for e in all {
        let m = e.to_string();
        assert!(
            !m.is_empty() && !m.contains('`') && !m.contains("f64") && !m.contains("struct "),
            "{m}"
        );
    }
}

#[test]
fn to_json_and_parse_agree_for_stored_state() {
    let state = StoredState {
        revision: 9,
        current: Some(plan("A").id),
        plans: vec![plan("A")],
        ..StoredState::default()
    };
    assert_eq!(parse_stored(&to_json(&state).unwrap()).unwrap(), state);
}

#[test]
fn the_stored_revision_is_read_without_reading_the_plans() {
    let state = StoredState {
        revision: 41,
        plans: vec![plan("A"), plan("B")],
        ..StoredState::default()
    };
    let text = to_json(&state).unwrap();
    assert_eq!(format::stored_revision(&text), Some(41));
    // An older stored state without the field is at revision 0, as loading reads it.
    let old = json!({"format": "okr-studio.storage", "version": 1, "plans": []}).to_string();
    assert_eq!(format::stored_revision(&old), Some(0));
    // Not a stored state, or not JSON: no revision, so nothing is taken as newer.
    let file = json!({"format": PLAN_FILE_FORMAT, "version": VERSION, "revision": 7});
    assert_eq!(format::stored_revision(&file.to_string()), None);
    assert_eq!(
        format::stored_revision("{\"format\": \"okr-studio.sto"),
        None
    );
}
