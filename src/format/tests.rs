use super::*;
use crate::domain::{IdGen, Period};

fn sample() -> Plan {
    let mut ids = IdGen::new(1);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    let o = plan.add_objective(&mut ids, "Become the go-to source in our niche");
    let kr = plan
        .objective_mut(&o)
        .unwrap()
        .add_key_result(&mut ids, "Grow organic visits from 5,000 to 15,000 a month");
    let kr = plan.key_result_mut(&kr).unwrap();
    kr.baseline = Some(5000.0);
    kr.target = Some(15000.0);
    plan
}

#[test]
fn a_plan_file_round_trips() {
    let file = PlanFile::new(vec![sample()], "2027-01-02T10:00:00Z".into());
    let text = to_json(&file).unwrap();
    assert_eq!(parse_plan_file(&text).unwrap(), file);
}

#[test]
fn stored_state_round_trips() {
    let state = StoredState {
        revision: 3,
        current: Some(sample().id),
        plans: vec![sample()],
        ..StoredState::default()
    };
    assert_eq!(parse_stored(&to_json(&state).unwrap()).unwrap(), state);
}

#[test]
fn not_json_names_the_place() {
    let err = parse_plan_file("{\n  \"format\": ").unwrap_err();
    assert!(
        matches!(err, FormatError::NotJson { line: 2, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("not valid JSON"));
}

#[test]
fn other_json_is_not_ours() {
    assert_eq!(parse_plan_file("[1,2]").unwrap_err(), FormatError::NotOurs);
    assert_eq!(
        parse_plan_file(r#"{"name":"x"}"#).unwrap_err(),
        FormatError::NotOurs
    );
    // A stored state is not a plan file and vice versa.
    let stored = to_json(&StoredState::default()).unwrap();
    assert_eq!(parse_plan_file(&stored).unwrap_err(), FormatError::NotOurs);
}

#[test]
fn newer_versions_are_refused() {
    let text = format!(r#"{{"format":"{PLAN_FILE_FORMAT}","version":99,"plans":[]}}"#);
    let err = parse_plan_file(&text).unwrap_err();
    assert_eq!(
        err,
        FormatError::NewerVersion {
            found: 99,
            supported: VERSION
        }
    );
    assert!(err.to_string().contains("newer OKR Studio"));
}

#[test]
fn a_wrong_type_names_its_place() {
    let file = PlanFile::new(vec![sample()], String::new());
    let mut value = serde_json::to_value(&file).unwrap();
    value["plans"][0]["objectives"][0]["key_results"][0]["target"] = "lots".into();
    let err = parse_plan_file(&value.to_string()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "plans[0].objectives[0].key_results[0].target: expected a number"
    );
}

#[test]
fn deep_nesting_is_refused_without_a_crash() {
    let text = "[".repeat(100_000);
    assert_eq!(parse_plan_file(&text).unwrap_err(), FormatError::TooDeep);
}
