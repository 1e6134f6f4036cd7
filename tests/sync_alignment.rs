//! Business goals, their links and the bets' budgets and tasks merge as every other record
//! does: one side links an objective to a goal the other deletes (a conflict, never a link
//! to nothing), teammates tick different tasks of one bet, and a budget edit meets a spend.

use okr_studio::domain::stamp::Clock;
use okr_studio::domain::sync::{bring_back_goal, merge_plan, stamp_changes, ConflictKind, Side};
use okr_studio::domain::{IdGen, Period, Plan};
use okr_studio::format::{parse_plan_file, to_json, PlanFile};

const T0: u64 = 1_800_000_000_000;
const MIN: u64 = 60_000;

struct Mate {
    plan: Plan,
    clock: Clock,
    ids: IdGen,
}

impl Mate {
    fn edit(&mut self, minute: u64, f: impl FnOnce(&mut Plan, &mut IdGen)) {
        let before = self.plan.clone();
        f(&mut self.plan, &mut self.ids);
        stamp_changes(
            Some(&before),
            &mut self.plan,
            &mut self.clock,
            T0 + minute * MIN,
            "",
        );
    }

    /// Takes in a teammate's copy through the file format, as the app does.
    fn receive(&mut self, theirs: &Plan) -> okr_studio::domain::sync::MergeReport {
        let text = to_json(&PlanFile::new(vec![theirs.clone()], String::new())).unwrap();
        let file = parse_plan_file(&text).unwrap();
        let out = merge_plan(&self.plan, &file.plans[0]);
        self.clock
            .observe(&okr_studio::domain::sync::latest_stamp(&file.plans[0]));
        self.plan = out.plan;
        out.report
    }
}

/// A plan with one business goal, two objectives (neither linked yet), and a bet with two tasks.
fn two_mates() -> (Mate, Mate) {
    let mut ids = IdGen::new(1);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    plan.add_business_goal(&mut ids, "Double new ARR");
    plan.add_objective(&mut ids, "Own the niche");
    let o = plan.add_objective(&mut ids, "Turn trials into teams");
    let kr = plan
        .objective_mut(&o)
        .unwrap()
        .add_key_result(&mut ids, "Grow MQLs");
    let kr = plan.key_result_mut(&kr).unwrap();
    let bet = kr.add_project(&mut ids, "Webinars");
    let bet = kr.projects.iter_mut().find(|b| b.id == bet).unwrap();
    bet.add_task(&mut ids, "Book the speakers", "Ana");
    bet.add_task(&mut ids, "Write the invitation", "Ben");
    let mut clock = Clock::new("lead");
    stamp_changes(None, &mut plan, &mut clock, T0, "Lena");
    let mate = |device: &str, seed| Mate {
        plan: plan.clone(),
        clock: Clock::new(device),
        ids: IdGen::new(seed),
    };
    (mate("lead", 2), mate("sam", 3))
}

#[test]
fn a_link_made_after_a_teammates_deletion_brings_the_goal_back_and_says_so() {
    let (mut lead, mut sam) = two_mates();
    let goal = lead.plan.business_goals[0].id.clone();
    let obj = lead.plan.objectives[0].id.clone();
    sam.edit(5, |p, _| drop(p.remove_business_goal(&goal)));
    lead.edit(10, |p, _| assert!(p.set_serves(&obj, &goal, true)));
    let report = lead.receive(&sam.plan);
    assert!(
        lead.plan.business_goal(&goal).is_some(),
        "the later link keeps the goal"
    );
    assert_eq!(lead.plan.objectives[0].serves, vec![goal.clone()]);
    let c = report
        .conflicts
        .iter()
        .find(|c| c.id == goal)
        .expect("said as a conflict");
    assert_eq!(c.conflict, ConflictKind::DeletedThereChangedHere);
    sam.receive(&lead.plan);
    assert_eq!(sam.plan, lead.plan, "both end with the same plan");
}

#[test]
fn a_link_older_than_the_deletion_is_a_conflict_to_settle_never_a_link_to_nothing() {
    let (mut lead, mut sam) = two_mates();
    let goal = lead.plan.business_goals[0].id.clone();
    let obj = lead.plan.objectives[0].id.clone();
    lead.edit(5, |p, _| assert!(p.set_serves(&obj, &goal, true)));
    sam.edit(10, |p, _| drop(p.remove_business_goal(&goal)));
    let report = lead.receive(&sam.plan);
    assert!(
        lead.plan.business_goal(&goal).is_none(),
        "the later deletion stands"
    );
    assert!(
        lead.plan
            .goals_served(&lead.plan.objectives[0])
            .next()
            .is_none(),
        "the link serves nothing"
    );
    let c = report
        .conflicts
        .iter()
        .find(|c| c.id == goal)
        .expect("said as a conflict");
    assert_eq!(
        c.conflict,
        ConflictKind::LinkedToDeleted {
            objective: obj.clone()
        }
    );
    assert_eq!(c.winner, Side::Theirs);
    assert!(
        c.what.contains("Double new ARR") && c.what.contains("Own the niche"),
        "{}",
        c.what
    );
    // "Keep mine": the goal comes back, here and then at Sam's.
    lead.edit(20, |p, _| assert!(bring_back_goal(p, &goal)));
    assert!(lead.plan.business_goal(&goal).is_some());
    sam.receive(&lead.plan);
    assert!(
        sam.plan.business_goal(&goal).is_some(),
        "brought back at the teammate's too"
    );
    assert_eq!(sam.plan.objectives[0].serves, vec![goal]);
}

#[test]
fn teammates_tick_different_tasks_and_change_budget_and_spend_and_both_survive() {
    let (mut lead, mut sam) = two_mates();
    let bet = lead.plan.bets().next().unwrap().id.clone();
    lead.edit(5, |p, _| {
        let b = p.bet_mut(&bet).unwrap();
        b.tasks[0].done = true;
        b.budget = Some(4000.0);
    });
    sam.edit(6, |p, ids| {
        let b = p.bet_mut(&bet).unwrap();
        b.tasks[1].done = true;
        b.spent = Some(1200.0);
        b.add_task(ids, "Send the recording", "Sam");
    });
    let report = lead.receive(&sam.plan);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    sam.receive(&lead.plan);
    assert_eq!(lead.plan, sam.plan);
    let b = lead.plan.bets().next().unwrap();
    assert_eq!((b.budget, b.spent), (Some(4000.0), Some(1200.0)));
    assert_eq!(b.tasks.iter().filter(|t| t.done).count(), 2);
    assert_eq!(b.tasks_done(), Some((2, 3)));
    // A task deleted on one side stays deleted.
    let task = b.tasks[2].id.clone();
    lead.edit(30, |p, _| drop(p.remove_task(&task)));
    sam.receive(&lead.plan);
    assert_eq!(sam.plan.bets().next().unwrap().tasks.len(), 2);
}

#[test]
fn links_survive_export_import_and_a_copy_added_as_new() {
    use okr_studio::format::import_as_new;
    let (lead, _) = two_mates();
    let mut plan = lead.plan.clone();
    let goal = plan.business_goals[0].id.clone();
    let obj = plan.objectives[1].id.clone();
    assert!(plan.set_serves(&obj, &goal, true));
    // Export and import: the same plan, links and all, and nothing left out.
    let text = to_json(&PlanFile::new(vec![plan.clone()], String::new())).unwrap();
    let file = parse_plan_file(&text).unwrap();
    assert!(file.tidied.is_empty(), "{:?}", file.tidied);
    assert_eq!(file.plans[0], plan);
    // A copy added as a new plan gets fresh ids, and its links follow its goals.
    let copy = import_as_new(&plan, &mut IdGen::new(77));
    assert_ne!(copy.business_goals[0].id, goal);
    assert_eq!(
        copy.objectives[1].serves,
        vec![copy.business_goals[0].id.clone()]
    );
    assert!(copy.objectives[0].serves.is_empty());
}
