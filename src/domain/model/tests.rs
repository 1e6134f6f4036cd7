use super::*;
use crate::domain::ids::IdGen;

fn plan() -> (Plan, IdGen) {
    let mut ids = IdGen::new(7);
    let p = Plan::new(&mut ids, " Growth ", Period::quarter(2027, 1).unwrap());
    (p, ids)
}

#[test]
fn a_new_plan_is_named_after_team_and_period() {
    let (p, _) = plan();
    assert_eq!(p.title(), "Growth · 2027 Q1");
    assert!(p.objectives.is_empty());
}

#[test]
fn objectives_and_key_results_are_found_by_id() {
    let (mut p, mut ids) = plan();
    let o = p.add_objective(&mut ids, "Become the go-to source in our niche");
    let kr = p
        .objective_mut(&o)
        .unwrap()
        .add_key_result(&mut ids, "Grow organic visits from 5,000 to 15,000 a month");
    assert_eq!(p.key_results().count(), 1);
    p.key_result_mut(&kr).unwrap().owner = "Ana".into();
    assert_eq!(p.key_result(&kr).unwrap().owner, "Ana");
}

#[test]
fn a_removed_objective_comes_back_in_place() {
    let (mut p, mut ids) = plan();
    let a = p.add_objective(&mut ids, "A");
    let b = p.add_objective(&mut ids, "B");
    p.add_objective(&mut ids, "C");
    let (index, removed) = p.remove_objective(&b).unwrap();
    assert_eq!(p.objectives.len(), 2);
    p.restore_objective(index, removed);
    let titles: Vec<_> = p.objectives.iter().map(|o| o.title.as_str()).collect();
    assert_eq!(titles, ["A", "B", "C"]);
    assert!(p.remove_objective(&Id::from("missing")).is_none());
    assert_eq!(p.objective(&a).unwrap().title, "A");
}

#[test]
fn latest_check_in_is_by_date_not_by_insertion() {
    let mut kr = KeyResult::new(Id::from("kr"), "x");
    let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
    for (i, d) in [(1, 14), (2, 7), (3, 21), (4, 21)] {
        kr.check_ins.push(CheckIn {
            id: Id(format!("c{i}")),
            date: day(d),
            value: i as f64,
            confidence: Confidence::Green,
            note: String::new(),
            stamp: Default::default(),
            edits: Default::default(),
        });
    }
    assert_eq!(kr.latest_check_in().unwrap().id, Id::from("c4"));
}

#[test]
fn serialised_names_are_stable() {
    let unit = serde_json::to_string(&Unit::Currency { code: "EUR".into() }).unwrap();
    assert_eq!(unit, r#"{"type":"currency","code":"EUR"}"#);
    assert_eq!(
        serde_json::to_string(&KrKind::StayBelow).unwrap(),
        r#""stay_below""#
    );
    assert_eq!(
        serde_json::to_string(&Confidence::Yellow).unwrap(),
        r#""yellow""#
    );
    assert_eq!(
        serde_json::to_string(&ProjectStatus::Worked).unwrap(),
        r#""worked""#
    );
}
