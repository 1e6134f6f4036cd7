use super::*;
use crate::domain::{IdGen, Period};
use chrono::NaiveDate;

fn team(ids: &mut IdGen, name: &str, goal: &str, objective: &str) -> Plan {
    let mut plan = Plan::new(ids, name, Period::quarter(2027, 1).unwrap());
    let g = plan.add_business_goal(ids, goal);
    let o = plan.add_objective(ids, objective);
    assert!(plan.set_serves(&o, &g, true));
    let kr = plan
        .objective_mut(&o)
        .unwrap()
        .add_key_result(ids, "Grow MQLs");
    plan.key_result_mut(&kr)
        .unwrap()
        .add_project(ids, "Webinars");
    plan.add_objective(ids, "Tidy the brand");
    plan
}

#[test]
fn removing_a_goal_takes_its_links_and_the_undo_brings_both_back() {
    let mut ids = IdGen::new(1);
    let mut plan = team(&mut ids, "Content", "Double new ARR", "Own the niche");
    let goal = plan.business_goals[0].id.clone();
    let before = plan.clone();
    let removed = plan.remove_business_goal(&goal).unwrap();
    assert!(plan.business_goals.is_empty());
    assert!(
        plan.objectives.iter().all(|o| o.serves.is_empty()),
        "no link to nothing"
    );
    assert!(plan.restore(removed));
    assert_eq!(plan, before);
    assert!(!plan.set_serves(&plan.objectives[1].id.clone(), &"nope".into(), true));
}

#[test]
fn teams_that_serve_the_same_goal_share_its_node() {
    let mut ids = IdGen::new(2);
    let content = team(&mut ids, "Content", "Double new ARR", "Own the niche");
    let paid = team(
        &mut ids,
        "Paid",
        "double new  ARR.",
        "Buy attention that pays back",
    );
    let today = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
    let map = alignment_map(&[&content, &paid], today);
    assert_eq!(
        map.len(),
        2,
        "one shared goal, and the objectives serving none"
    );
    assert_eq!(map[0].title, "Double new ARR");
    let teams: Vec<(&str, &str)> = map[0]
        .children
        .iter()
        .map(|o| (o.team.as_str(), o.title.as_str()))
        .collect();
    assert_eq!(
        teams,
        [
            ("Content", "Own the niche"),
            ("Paid", "Buy attention that pays back")
        ]
    );
    let kr = &map[0].children[0].children[0];
    assert_eq!(
        (kr.level, kr.children[0].level),
        (Level::KeyResult, Level::Bet)
    );
    assert_eq!(map[1].title, "Serves no business goal yet");
    assert_eq!(map[1].children.len(), 2);
    // One plan alone: no team names on its nodes.
    let one = alignment_map(&[&content], today);
    assert_eq!(one[0].children[0].team, "");
}

#[test]
fn an_objective_is_as_far_along_as_its_weakest_judged_key_result() {
    use Status::*;
    assert_eq!(
        objective_status(&[OnTrack, OffTrack, Pending]),
        Some(OffTrack)
    );
    assert_eq!(
        objective_status(&[Pending, Unmeasurable]),
        Some(Unmeasurable)
    );
    assert_eq!(objective_status(&[OnTrack, Unmeasurable]), Some(OnTrack));
    assert_eq!(objective_status(&[]), None);
}
