//! Merging a teammate's copy, the import preview, and "add as new" copies.

use chrono::NaiveDate;
use okr_studio::domain::{Confidence, Id, IdGen, Period, Plan};
use okr_studio::format::{
    import_as_new, merge_plan, preview, validate, Counts, PlanFile, PlanMatch, Side,
};
use std::collections::HashSet;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
}

/// One objective with one key result and two check-ins (7th and 21st).
fn base() -> (Plan, IdGen) {
    let mut ids = IdGen::new(1);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    let o = plan.add_objective(&mut ids, "Become the go-to source");
    let k = plan
        .objective_mut(&o)
        .unwrap()
        .add_key_result(&mut ids, "Grow MQLs from 120 to 300");
    let kr = plan.key_result_mut(&k).unwrap();
    kr.target = Some(300.0);
    kr.add_check_in(&mut ids, day(7), 130.0, Confidence::Green, "");
    kr.add_check_in(&mut ids, day(21), 160.0, Confidence::Green, "");
    (plan, ids)
}

fn check_in_ids(plan: &Plan) -> Vec<Id> {
    plan.key_results()
        .flat_map(|k| k.check_ins.iter().map(|c| c.id.clone()))
        .collect()
}

#[test]
fn merging_a_plan_with_itself_changes_nothing() {
    let (plan, _) = base();
    let out = merge_plan(&plan, &plan);
    assert_eq!(out.plan, plan);
    assert!(out.report.conflicts.is_empty());
    assert_eq!(out.report.added_check_ins, 0);
}

#[test]
fn records_on_one_side_are_kept_and_check_ins_united() {
    let (ours, mut ids) = base();
    let mut theirs = ours.clone();
    let mut ours = ours;
    // We add a check-in on the 28th; they add one on the 14th and a new objective.
    let k = ours.objectives[0].key_results[0].id.clone();
    let mine = ours.key_result_mut(&k).unwrap().add_check_in(
        &mut ids,
        day(28),
        170.0,
        Confidence::Green,
        "",
    );
    let kr = theirs.key_result_mut(&k).unwrap();
    let theirs_ci = kr.add_check_in(&mut ids, day(14), 150.0, Confidence::Yellow, "slow week");
    let o = theirs.add_objective(&mut ids, "Launch the partner channel");
    theirs
        .objective_mut(&o)
        .unwrap()
        .add_key_result(&mut ids, "Sign 5 partners");

    let out = merge_plan(&ours, &theirs);
    let merged = out.plan.key_result(&k).unwrap();
    let dates: Vec<u32> = merged
        .check_ins
        .iter()
        .map(|c| chrono::Datelike::day(&c.date))
        .collect();
    assert_eq!(dates, [7, 14, 21, 28], "their reading goes in date order");
    let all: HashSet<Id> = check_in_ids(&out.plan).into_iter().collect();
    assert!(all.contains(&mine) && all.contains(&theirs_ci));
    assert_eq!(out.plan.objectives.len(), 2);
    assert_eq!(out.report.added_objectives, 1);
    assert_eq!(out.report.added_key_results, 1);
    assert_eq!(out.report.added_check_ins, 1);
    assert!(out.report.conflicts.is_empty());
    assert!(validate(&PlanFile::new(vec![out.plan], String::new())).is_ok());
}

#[test]
fn the_later_change_wins_and_the_other_is_listed() {
    let (ours, _) = base();
    let mut theirs = ours.clone();
    let mut ours = ours;
    ours.objectives[0].key_results[0].target = Some(320.0);
    ours.objectives[0].key_results[0].updated_at = 1_000;
    theirs.objectives[0].key_results[0].target = Some(350.0);
    theirs.objectives[0].key_results[0].owner = "Ana".into();
    theirs.objectives[0].key_results[0].updated_at = 2_000;
    ours.objectives[0].title = "Ours, later".into();
    ours.objectives[0].updated_at = 5_000;
    theirs.objectives[0].title = "Theirs, earlier".into();
    theirs.objectives[0].updated_at = 4_000;

    let out = merge_plan(&ours, &theirs);
    let kr = &out.plan.objectives[0].key_results[0];
    assert_eq!(
        (kr.target, kr.owner.as_str(), kr.updated_at),
        (Some(350.0), "Ana", 2_000)
    );
    assert_eq!(out.plan.objectives[0].title, "Ours, later");
    assert_eq!(out.plan.objectives[0].updated_at, 5_000);

    let fields: Vec<(&str, Side)> = out
        .report
        .conflicts
        .iter()
        .map(|c| (c.field, c.winner))
        .collect();
    assert_eq!(
        fields,
        [
            ("title", Side::Ours),
            ("target", Side::Theirs),
            ("owner", Side::Theirs)
        ]
    );
    let target = &out.report.conflicts[1];
    assert_eq!(target.what, "Key result \"Grow MQLs from 120 to 300\"");
    assert_eq!(
        (target.ours.as_str(), target.theirs.as_str()),
        ("320", "350")
    );
}

#[test]
fn a_tie_keeps_ours_and_an_edited_check_in_is_a_conflict() {
    let (ours, _) = base();
    let mut theirs = ours.clone();
    theirs.objectives[0].key_results[0].check_ins[0].value = 131.0;
    let out = merge_plan(&ours, &theirs);
    assert_eq!(out.plan, ours);
    assert_eq!(out.report.conflicts.len(), 1);
    let c = &out.report.conflicts[0];
    assert_eq!(
        (c.field, c.winner, c.ours.as_str(), c.theirs.as_str()),
        ("value", Side::Ours, "130", "131")
    );
    assert!(c.what.starts_with("Check-in of 2027-01-07 on Key result"));
}

#[test]
fn preview_tells_new_plans_from_copies_and_counts_changes() {
    let (existing, mut ids) = base();
    let mut incoming = existing.clone();
    incoming.objectives[0].key_results[0].check_ins[1].note = "edited".into();
    let k = incoming.objectives[0].key_results[0].id.clone();
    incoming.key_result_mut(&k).unwrap().add_check_in(
        &mut ids,
        day(28),
        170.0,
        Confidence::Red,
        "",
    );
    incoming.objectives[0].key_results[0].check_ins.remove(0);
    let other = import_as_new(&existing, &mut ids);
    let file = PlanFile::new(vec![incoming, other], "2027-01-30T00:00:00Z".into());

    let p = preview(std::slice::from_ref(&existing), &file);
    assert_eq!(p.exported_at, "2027-01-30T00:00:00Z");
    let copy = &p.plans[0];
    assert_eq!(copy.matches, PlanMatch::Existing { index: 0 });
    assert!(!copy.details_changed);
    assert_eq!(
        copy.objectives,
        Counts {
            unchanged: 1,
            ..Counts::default()
        }
    );
    assert_eq!(
        copy.key_results,
        Counts {
            unchanged: 1,
            ..Counts::default()
        }
    );
    assert_eq!(
        copy.check_ins,
        Counts {
            added: 1,
            changed: 1,
            unchanged: 0,
            only_existing: 1
        }
    );
    assert_eq!(copy.conflicts.len(), 1, "the edited note");
    let new = &p.plans[1];
    assert_eq!(new.matches, PlanMatch::New);
    assert_eq!(
        new.check_ins,
        Counts {
            added: 2,
            ..Counts::default()
        }
    );
    assert_eq!(new.title, "Growth · 2027 Q1");
}

#[test]
fn add_as_new_gives_fresh_ids_throughout() {
    let (plan, _) = base();
    let mut ids = IdGen::new(99);
    let copy = import_as_new(&plan, &mut ids);
    let old: HashSet<Id> = all_ids(&plan).into_iter().collect();
    let new = all_ids(&copy);
    assert_eq!(new.len(), old.len());
    assert!(new.iter().all(|id| !old.contains(id)));
    assert_eq!(copy.objectives[0].key_results[0].check_ins[1].value, 160.0);
    assert_eq!(copy.team, plan.team);
    let both = PlanFile::new(vec![plan, copy], String::new());
    assert!(validate(&both).is_ok(), "the copy sits beside the original");
}

fn all_ids(plan: &Plan) -> Vec<Id> {
    let mut out = vec![plan.id.clone()];
    for o in &plan.objectives {
        out.push(o.id.clone());
        for k in &o.key_results {
            out.push(k.id.clone());
            out.extend(k.projects.iter().map(|p| p.id.clone()));
            out.extend(k.check_ins.iter().map(|c| c.id.clone()));
        }
    }
    out.extend(plan.kpis.iter().map(|k| k.id.clone()));
    out.extend(plan.focus_areas.iter().map(|f| f.id.clone()));
    out
}
