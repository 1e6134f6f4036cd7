use super::*;
use crate::domain::{Confidence, Period, Unit};
use chrono::NaiveDate;

fn plan() -> (Plan, IdGen, Id) {
    let mut ids = IdGen::new(9);
    let mut p = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    let o = p.add_objective(&mut ids, "Own our niche");
    for title in ["A", "B", "C"] {
        p.objective_mut(&o).unwrap().add_key_result(&mut ids, title);
    }
    (p, ids, o)
}

fn titles(o: &Objective) -> Vec<&str> {
    o.key_results.iter().map(|k| k.title.as_str()).collect()
}

#[test]
fn objectives_move_up_and_down_but_not_past_the_ends() {
    let (mut p, mut ids, first) = plan();
    let second = p.add_objective(&mut ids, "Second");
    assert!(p.move_objective(&second, -1));
    assert_eq!(p.objectives[0].id, second);
    assert!(!p.move_objective(&second, -1));
    assert!(!p.move_objective(&first, 1));
    assert!(!p.move_objective(&Id::from("nope"), 1));
}

#[test]
fn key_results_reorder_within_their_objective() {
    let (mut p, _, o) = plan();
    let c = p.objective(&o).unwrap().key_results[2].id.clone();
    assert!(p.objective_mut(&o).unwrap().move_key_result(&c, -1));
    assert_eq!(titles(p.objective(&o).unwrap()), ["A", "C", "B"]);
}

#[test]
fn removed_records_come_back_where_they_were() {
    let (mut p, _, o) = plan();
    let b = p.objective(&o).unwrap().key_results[1].id.clone();
    let removed = p.remove_key_result(&b).unwrap();
    assert_eq!(titles(p.objective(&o).unwrap()), ["A", "C"]);
    assert!(p.restore(removed));
    assert_eq!(titles(p.objective(&o).unwrap()), ["A", "B", "C"]);

    let removed = p.remove_objective_undoable(&o).unwrap();
    assert!(p.objectives.is_empty());
    assert!(p.restore(removed));
    assert_eq!(p.objectives.len(), 1);
}

#[test]
fn a_key_result_of_a_deleted_objective_cannot_be_restored() {
    let (mut p, _, o) = plan();
    let a = p.objective(&o).unwrap().key_results[0].id.clone();
    let removed = p.remove_key_result(&a).unwrap();
    p.remove_objective(&o);
    assert!(!p.restore(removed));
}

#[test]
fn a_kpi_becomes_a_key_result_with_its_direction() {
    let (mut p, mut ids, o) = plan();
    let kpi = p.add_kpi(&mut ids, "Cost per lead");
    p.kpis[0].unit = Unit::Currency { code: "USD".into() };
    p.kpis[0].current = Some(85.0);
    p.kpis[0].target = Some(60.0);
    let kr = p.kpi_to_key_result(&kpi, &o, &mut ids).unwrap();
    assert!(p.kpis.is_empty());
    let kr = p.key_result(&kr).unwrap();
    assert_eq!(
        (kr.baseline, kr.target, kr.kind),
        (Some(85.0), Some(60.0), KrKind::Decrease)
    );
    assert_eq!(kr.metric, "Cost per lead");
    // No objective, no move: the KPI stays.
    let kpi = p.add_kpi(&mut ids, "Traffic");
    assert!(p
        .kpi_to_key_result(&kpi, &Id::from("gone"), &mut ids)
        .is_none());
    assert_eq!(p.kpis.len(), 1);
}

#[test]
fn a_routine_key_result_becomes_a_kpi_with_its_latest_value() {
    let (mut p, mut ids, o) = plan();
    let a = p.objective(&o).unwrap().key_results[0].id.clone();
    {
        let kr = p.key_result_mut(&a).unwrap();
        kr.metric = "Response time".into();
        kr.baseline = Some(15.0);
        kr.target = Some(10.0);
        let day = NaiveDate::from_ymd_opt(2027, 1, 8).unwrap();
        kr.add_check_in(&mut ids, day, 12.0, Confidence::Green, "");
    }
    let kpi = p.key_result_to_kpi(&a, &mut ids).unwrap();
    assert!(p.key_result(&a).is_none());
    let kpi = p.kpis.iter().find(|k| k.id == kpi).unwrap();
    assert_eq!(
        (kpi.name.as_str(), kpi.current, kpi.target),
        ("Response time", Some(12.0), Some(10.0))
    );
}

#[test]
fn projects_start_as_ideas() {
    let (mut p, mut ids, o) = plan();
    let a = p.objective(&o).unwrap().key_results[0].id.clone();
    let kr = p.key_result_mut(&a).unwrap();
    kr.add_project(&mut ids, " Guest posts on partner blogs ");
    assert_eq!(kr.projects[0].title, "Guest posts on partner blogs");
    assert_eq!(kr.projects[0].status, ProjectStatus::Idea);
}

#[test]
fn a_removed_check_in_comes_back_in_its_place() {
    let (mut p, mut ids, o) = plan();
    let kr = p.objective(&o).unwrap().key_results[1].id.clone();
    let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
    let k = p.key_result_mut(&kr).unwrap();
    k.add_check_in(&mut ids, day(7), 10.0, Confidence::Green, "");
    let middle = k.add_check_in(&mut ids, day(14), 20.0, Confidence::Yellow, "slower");
    k.add_check_in(&mut ids, day(21), 30.0, Confidence::Red, "");

    let removed = p.remove_check_in(&middle).unwrap();
    assert!(matches!(&removed, Removed::CheckIn { key_result, index: 1, .. } if key_result == &kr));
    let values = |p: &Plan| -> Vec<f64> {
        p.key_result(&kr)
            .unwrap()
            .check_ins
            .iter()
            .map(|c| c.value)
            .collect()
    };
    assert_eq!(values(&p), [10.0, 30.0]);
    assert!(p.restore(removed));
    assert_eq!(values(&p), [10.0, 20.0, 30.0]);
    assert_eq!(p.key_result(&kr).unwrap().check_ins[1].note, "slower");
    assert!(p.remove_check_in(&Id::from("missing")).is_none());
}

#[test]
fn a_check_in_of_a_deleted_key_result_cannot_be_restored() {
    let (mut p, mut ids, o) = plan();
    let kr = p.objective(&o).unwrap().key_results[0].id.clone();
    let day = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
    let ci = p
        .key_result_mut(&kr)
        .unwrap()
        .add_check_in(&mut ids, day, 5.0, Confidence::Green, "");
    let removed = p.remove_check_in(&ci).unwrap();
    p.remove_key_result(&kr);
    assert!(!p.restore(removed));
}

#[test]
fn a_restored_check_in_past_the_end_goes_last() {
    let (mut p, mut ids, o) = plan();
    let kr = p.objective(&o).unwrap().key_results[2].id.clone();
    let day = |d| NaiveDate::from_ymd_opt(2027, 3, d).unwrap();
    let k = p.key_result_mut(&kr).unwrap();
    k.add_check_in(&mut ids, day(1), 1.0, Confidence::Green, "");
    let last = k.add_check_in(&mut ids, day(8), 2.0, Confidence::Green, "");
    let removed = p.remove_check_in(&last).unwrap();
    p.key_result_mut(&kr).unwrap().check_ins.clear();
    assert!(p.restore(removed));
    assert_eq!(p.key_result(&kr).unwrap().check_ins.len(), 1);
}
