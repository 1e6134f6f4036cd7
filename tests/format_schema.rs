//! Keeps public/plan-file.schema.json in step with the code: same version, same required
//! envelope fields, same field names per record, same enum names.

use okr_studio::domain::stamp::Clock;
use okr_studio::domain::sync::stamp_changes;
use okr_studio::domain::{
    CheckIn, Confidence, FocusArea, FocusStage, Id, IdGen, KeyResult, Kpi, KrKind, Period, Plan,
    Project, ProjectStatus, Unit,
};
use okr_studio::format::{PlanFile, PLAN_FILE_FORMAT, VERSION};
use serde_json::Value;
use std::collections::BTreeSet;

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/plan-file.schema.json");
    let text = std::fs::read_to_string(path).expect("the schema file is there");
    serde_json::from_str(&text).expect("the schema is valid JSON")
}

/// A plan with one of every record, every optional field filled.
fn full_file() -> Value {
    let mut ids = IdGen::new(3);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    plan.focus_areas.push(FocusArea {
        id: Id::from("f"),
        stage: FocusStage::Channel,
        note: "SEO".into(),
        rank: String::new(),
        stamp: Default::default(),
        edits: Default::default(),
    });
    plan.kpis.push(Kpi {
        id: Id::from("k"),
        name: "Sessions".into(),
        unit: Unit::Count,
        current: Some(1.0),
        target: Some(2.0),
        ..Kpi::default()
    });
    let o = plan.add_objective(&mut ids, "Objective");
    let mut kr = KeyResult::new(Id::from("kr"), "Cut cost per lead from $70 to $45");
    kr.fill_from_title();
    kr.projects.push(Project {
        id: Id::from("p"),
        title: "Bet".into(),
        status: ProjectStatus::Running,
        budget: Some(4000.0),
        spent: Some(1000.0),
        currency: "EUR".into(),
        starts: Some(plan.period.start),
        ends: Some(plan.period.end),
        ..Project::default()
    });
    kr.projects[0].add_task(&mut ids, "Brief the agency", "Ana");
    kr.check_ins.push(CheckIn {
        id: Id::from("c"),
        date: plan.period.start,
        value: 1.0,
        confidence: Confidence::Green,
        note: "n".into(),
        stamp: Default::default(),
        edits: Default::default(),
    });
    kr.carried_from = Some(Id::from("kr-before"));
    plan.objective_mut(&o).unwrap().key_results.push(kr);
    let goal = plan.add_business_goal(&mut ids, "Double new ARR");
    let g = plan.business_goal_mut(&goal).unwrap();
    g.metric = "New ARR".into();
    g.current = Some(4.2e6);
    g.target = Some(8.4e6);
    g.owner = "Maya".into();
    plan.set_serves(&o, &goal, true);
    plan.objective_mut(&o).unwrap().retrospective.learned = "Guides rank".into();
    plan.closed_on = Some(plan.period.end);
    plan.follows = Some(Id::from("plan-before"));
    plan.add_not_going(&mut ids, "No TikTok");
    let extra = plan.add_objective(&mut ids, "Deleted");
    // Stamped as the app stamps: made here, then edited and a record deleted.
    let mut clock = Clock::new("dev1");
    stamp_changes(None, &mut plan, &mut clock, 1_800_000_000_000, "Ana");
    let before = plan.clone();
    plan.objectives[0].title = "Objective, renamed".into();
    plan.context = "Double new ARR".into();
    plan.focus_areas[0].note = "SEO and partners".into();
    plan.kpis[0].name = "Sessions a month".into();
    plan.not_going[0].text = "No TikTok this quarter".into();
    let kr = &mut plan.objectives[0].key_results[0];
    kr.title = "Key result, renamed".into();
    kr.projects[0].title = "Bet, renamed".into();
    kr.projects[0].tasks[0].done = true;
    plan.business_goals[0].title = "Double new ARR this year".into();
    kr.check_ins[0].note = "edited".into();
    plan.remove_objective(&extra);
    stamp_changes(
        Some(&before),
        &mut plan,
        &mut clock,
        1_800_000_001_000,
        "Ana",
    );
    let file = serde_json::to_value(PlanFile::new(vec![plan], "2027-01-01T00:00:00Z".into()));
    file.unwrap()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

#[test]
fn the_schema_names_the_current_version_and_envelope() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["properties"]["format"]["const"], PLAN_FILE_FORMAT);
    assert_eq!(
        schema["properties"]["version"]["maximum"], VERSION,
        "bump the schema with VERSION"
    );
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(required, ["format", "version", "plans"]);
    assert_eq!(keys(&schema["properties"]), keys(&full_file()));
}

#[test]
fn every_record_has_the_same_fields_in_schema_and_code() {
    let schema = schema();
    let file = full_file();
    let plan = &file["plans"][0];
    let kr = &plan["objectives"][0]["key_results"][0];
    let records = [
        ("Plan", plan),
        ("Period", &plan["period"]),
        ("FocusArea", &plan["focus_areas"][0]),
        ("Kpi", &plan["kpis"][0]),
        ("Objective", &plan["objectives"][0]),
        ("KeyResult", kr),
        ("Project", &kr["projects"][0]),
        ("Task", &kr["projects"][0]["tasks"][0]),
        ("BusinessGoal", &plan["business_goals"][0]),
        ("CheckIn", &kr["check_ins"][0]),
        ("NotGoing", &plan["not_going"][0]),
        ("Person", &plan["people"]["dev1"]),
    ];
    for (name, written) in records {
        let def = &schema["$defs"][name];
        assert_eq!(
            keys(&def["properties"]),
            keys(written),
            "fields of {name} in the schema"
        );
        for field in def["required"].as_array().unwrap() {
            assert!(
                written.get(field.as_str().unwrap()).is_some(),
                "{name}.{field}"
            );
        }
    }
}

fn names<T: serde::Serialize>(all: &[T]) -> Vec<Value> {
    all.iter()
        .map(|v| serde_json::to_value(v).unwrap())
        .collect()
}

#[test]
fn enum_names_match() {
    let schema = schema();
    let defs = &schema["$defs"];
    let enum_of = |v: &Value| v["enum"].as_array().unwrap().clone();
    assert_eq!(
        enum_of(&defs["CheckIn"]["properties"]["confidence"]),
        names(&Confidence::ALL)
    );
    assert_eq!(
        enum_of(&defs["KeyResult"]["properties"]["kind"]),
        names(&[
            KrKind::Increase,
            KrKind::Decrease,
            KrKind::StayAbove,
            KrKind::StayBelow,
            KrKind::Milestone
        ])
    );
    assert_eq!(
        enum_of(&defs["Project"]["properties"]["status"]),
        names(&[
            ProjectStatus::Idea,
            ProjectStatus::Running,
            ProjectStatus::Worked,
            ProjectStatus::Failed,
            ProjectStatus::Dropped
        ])
    );
    assert_eq!(
        enum_of(&defs["FocusArea"]["properties"]["stage"]),
        names(&[
            FocusStage::Acquisition,
            FocusStage::Activation,
            FocusStage::Retention,
            FocusStage::Referral,
            FocusStage::Revenue,
            FocusStage::Channel
        ])
    );
    let units: Vec<Value> = names(&[Unit::Count, Unit::Percent, Unit::Duration])
        .iter()
        .map(|u| u["type"].clone())
        .collect();
    assert_eq!(
        enum_of(&defs["Unit"]["oneOf"][0]["properties"]["type"]),
        units
    );
}
