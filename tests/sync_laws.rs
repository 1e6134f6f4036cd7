//! The merge laws, as properties over random edit histories: three devices start from one
//! plan, each makes a random run of edits (renames of the same fields, new check-ins,
//! deletions and their undo, reorders, additions), sometimes taking in another's copy on
//! the way, each with its own skewed clock. For any three copies a, b, c:
//! merge(a, b) = merge(b, a); merge(a, merge(b, c)) = merge(merge(a, b), c); merge(a, a) = a.

use chrono::NaiveDate;
use okr_studio::domain::edit::Removed;
use okr_studio::domain::stamp::Clock;
use okr_studio::domain::sync::{merge_plan, stamp_changes};
use okr_studio::domain::{Confidence, IdGen, Period, Plan};
use proptest::prelude::*;

/// One device: its copy, its clock, its ids, and what it could undo.
struct Device {
    plan: Plan,
    clock: Clock,
    ids: IdGen,
    wall: u64,
    undo: Option<Removed>,
}

fn day(d: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(d % 80)
}

/// The plan every device starts from: two objectives, three key results, check-ins, bets.
fn start() -> Plan {
    let mut ids = IdGen::new(99);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    plan.add_not_going(&mut ids, "No TikTok");
    plan.add_kpi(&mut ids, "Sessions");
    plan.add_business_goal(&mut ids, "Double new ARR");
    plan.add_business_goal(&mut ids, "Win the mid-market");
    for (o, krs) in [("Own the niche", 2), ("Turn trials into teams", 1)] {
        let id = plan.add_objective(&mut ids, o);
        for k in 0..krs {
            let obj = plan.objective_mut(&id).unwrap();
            let kr = obj.add_key_result(&mut ids, &format!("KR {k} of {o}"));
            let kr = plan.key_result_mut(&kr).unwrap();
            kr.add_check_in(&mut ids, day(7), 10.0, Confidence::Green, "");
            let bet = kr.add_project(&mut ids, "A bet");
            let bet = kr.projects.iter_mut().find(|b| b.id == bet).unwrap();
            bet.add_task(&mut ids, "Brief the agency", "Ana");
        }
    }
    let mut clock = Clock::new("origin");
    stamp_changes(None, &mut plan, &mut clock, 1_800_000_000_000, "Lead");
    plan
}

/// An edit, with the numbers that pick where it lands.
#[derive(Debug, Clone)]
enum Op {
    RenameKr(usize, u8),
    SetOwner(usize, u8),
    SetTarget(usize, i16),
    RenameObjective(usize, u8),
    AddCheckIn(usize, u16, i16),
    EditCheckIn(usize, usize, i16),
    DeleteCheckIn(usize, usize),
    DeleteKr(usize),
    DeleteObjective(usize),
    DeleteBet(usize),
    DeleteKpi,
    Undo,
    MoveObjective(usize),
    MoveKr(usize),
    AddKr(usize),
    AddObjective,
    AddBet(usize),
    /// Close the plan on a day, or reopen it (`None`).
    Close(Option<u16>),
    /// Write what an objective taught.
    Lesson(usize, u8),
    /// Link a key result to a predecessor, or unlink it.
    CarryFrom(usize, Option<u8>),
    /// Link an objective to a business goal, or unlink it.
    Link(usize, usize, bool),
    AddGoal,
    DeleteGoal(usize),
    RenameGoal(usize, u8),
    /// Set a bet's budget and spend.
    Budget(usize, i16, i16),
    AddTask(usize),
    /// Tick or untick a task.
    Tick(usize, bool),
    DeleteTask(usize),
    /// Take in another device's copy (0 or 1: which of the two others).
    Receive(u8),
}

fn op() -> impl Strategy<Value = Op> {
    let i = 0..6usize;
    prop_oneof![
        (i.clone(), 0..4u8).prop_map(|(a, b)| Op::RenameKr(a, b)),
        (i.clone(), 0..4u8).prop_map(|(a, b)| Op::SetOwner(a, b)),
        (i.clone(), -3..3i16).prop_map(|(a, b)| Op::SetTarget(a, b)),
        (i.clone(), 0..4u8).prop_map(|(a, b)| Op::RenameObjective(a, b)),
        (i.clone(), 0..80u16, -50..50i16).prop_map(|(a, b, c)| Op::AddCheckIn(a, b, c)),
        (i.clone(), 0..4usize, -5..5i16).prop_map(|(a, b, c)| Op::EditCheckIn(a, b, c)),
        (i.clone(), 0..4usize).prop_map(|(a, b)| Op::DeleteCheckIn(a, b)),
        i.clone().prop_map(Op::DeleteKr),
        i.clone().prop_map(Op::DeleteObjective),
        i.clone().prop_map(Op::DeleteBet),
        Just(Op::DeleteKpi),
        Just(Op::Undo),
        i.clone().prop_map(Op::MoveObjective),
        i.clone().prop_map(Op::MoveKr),
        i.clone().prop_map(Op::AddKr),
        Just(Op::AddObjective),
        i.clone().prop_map(Op::AddBet),
        prop::option::of(0..90u16).prop_map(Op::Close),
        (i.clone(), 0..4u8).prop_map(|(a, b)| Op::Lesson(a, b)),
        (i.clone(), prop::option::of(0..3u8)).prop_map(|(a, b)| Op::CarryFrom(a, b)),
        (i.clone(), 0..3usize, any::<bool>()).prop_map(|(a, b, c)| Op::Link(a, b, c)),
        Just(Op::AddGoal),
        (0..3usize).prop_map(Op::DeleteGoal),
        (0..3usize, 0..4u8).prop_map(|(a, b)| Op::RenameGoal(a, b)),
        (i.clone(), 0..50i16, 0..50i16).prop_map(|(a, b, c)| Op::Budget(a, b, c)),
        i.clone().prop_map(Op::AddTask),
        (i.clone(), any::<bool>()).prop_map(|(a, b)| Op::Tick(a, b)),
        i.clone().prop_map(Op::DeleteTask),
        (0..2u8).prop_map(Op::Receive),
    ]
}

fn nth_kr(p: &Plan, i: usize) -> Option<okr_studio::domain::Id> {
    let n = p.key_results().count();
    (n > 0).then(|| p.key_results().nth(i % n).unwrap().id.clone())
}

fn nth_goal(p: &Plan, i: usize) -> Option<okr_studio::domain::Id> {
    let n = p.business_goals.len();
    (n > 0).then(|| p.business_goals[i % n].id.clone())
}

/// The first bet of the `i`-th key result.
fn nth_bet(p: &Plan, i: usize) -> Option<okr_studio::domain::Id> {
    let kr = nth_kr(p, i)?;
    p.key_result(&kr)?.projects.first().map(|b| b.id.clone())
}

fn nth_objective(p: &Plan, i: usize) -> Option<okr_studio::domain::Id> {
    let n = p.objectives.len();
    (n > 0).then(|| p.objectives[i % n].id.clone())
}

impl Device {
    fn new(plan: &Plan, name: &str, seed: u64, skew: i64) -> Self {
        Device {
            plan: plan.clone(),
            clock: Clock::new(name),
            ids: IdGen::new(seed),
            wall: (1_800_000_100_000_i64 + skew) as u64,
            undo: None,
        }
    }

    /// Applies `op` (to a copy), then stamps what changed, as the app does on each save.
    fn apply(&mut self, op: &Op, others: [&Plan; 2]) {
        let before = self.plan.clone();
        let p = &mut self.plan;
        let ids = &mut self.ids;
        let words = ["Grow MQLs", "Cut CPL", "Lift trials", "Win reviews"];
        match *op {
            Op::RenameKr(i, w) => {
                if let Some(id) = nth_kr(p, i) {
                    p.key_result_mut(&id).unwrap().title = words[w as usize].into();
                }
            }
            Op::SetOwner(i, w) => {
                if let Some(id) = nth_kr(p, i) {
                    p.key_result_mut(&id).unwrap().owner =
                        ["Ana", "Ben", "Chloé", ""][w as usize].into();
                }
            }
            Op::SetTarget(i, t) => {
                if let Some(id) = nth_kr(p, i) {
                    p.key_result_mut(&id).unwrap().target = Some(f64::from(t) * 100.0);
                }
            }
            Op::RenameObjective(i, w) => {
                if let Some(id) = nth_objective(p, i) {
                    p.objective_mut(&id).unwrap().title = words[w as usize].into();
                }
            }
            Op::Close(d) => match d {
                Some(d) => p.close(day(u64::from(d))),
                None => p.reopen(),
            },
            Op::Lesson(i, w) => {
                if let Some(id) = nth_objective(p, i) {
                    p.objective_mut(&id).unwrap().retrospective.learned = words[w as usize].into();
                }
            }
            Op::CarryFrom(i, from) => {
                if let Some(id) = nth_kr(p, i) {
                    p.key_result_mut(&id).unwrap().carried_from =
                        from.map(|f| okr_studio::domain::Id::from(format!("kr-q1-{f}").as_str()));
                }
            }
            Op::AddCheckIn(i, d, v) => {
                if let Some(id) = nth_kr(p, i) {
                    let kr = p.key_result_mut(&id).unwrap();
                    kr.add_check_in(ids, day(u64::from(d)), f64::from(v), Confidence::Yellow, "");
                }
            }
            Op::EditCheckIn(i, c, v) => {
                if let Some(id) = nth_kr(p, i) {
                    let kr = p.key_result_mut(&id).unwrap();
                    let n = kr.check_ins.len();
                    if n > 0 {
                        kr.check_ins[c % n].value += f64::from(v);
                        kr.check_ins[c % n].note = format!("edited {v}");
                    }
                }
            }
            Op::DeleteCheckIn(i, c) => {
                if let Some(id) = nth_kr(p, i) {
                    let kr = p.key_result(&id).unwrap();
                    if let Some(ci) = kr.check_ins.get(c % kr.check_ins.len().max(1)) {
                        let ci = ci.id.clone();
                        self.undo = p.remove_check_in(&ci);
                    }
                }
            }
            Op::DeleteKr(i) => {
                if let Some(id) = nth_kr(p, i) {
                    self.undo = p.remove_key_result(&id);
                }
            }
            Op::DeleteObjective(i) => {
                if let Some(id) = nth_objective(p, i) {
                    self.undo = p.remove_objective_undoable(&id);
                }
            }
            Op::DeleteBet(i) => {
                if let Some(id) = nth_kr(p, i) {
                    let bet = p
                        .key_result(&id)
                        .unwrap()
                        .projects
                        .first()
                        .map(|b| b.id.clone());
                    if let Some(bet) = bet {
                        self.undo = p.remove_bet(&bet);
                    }
                }
            }
            Op::DeleteKpi => {
                if let Some(k) = p.kpis.first().map(|k| k.id.clone()) {
                    self.undo = p.remove_kpi(&k);
                }
            }
            Op::Undo => {
                if let Some(r) = self.undo.take() {
                    p.restore(r);
                }
            }
            Op::MoveObjective(i) => {
                if let Some(id) = nth_objective(p, i) {
                    p.move_objective(&id, -1);
                }
            }
            Op::MoveKr(i) => {
                if let Some(id) = nth_kr(p, i) {
                    for o in &mut p.objectives {
                        o.move_key_result(&id, 1);
                    }
                }
            }
            Op::AddKr(i) => {
                if let Some(id) = nth_objective(p, i) {
                    p.objective_mut(&id).unwrap().add_key_result(ids, "New KR");
                }
            }
            Op::AddObjective => {
                p.add_objective(ids, "New objective");
            }
            Op::AddBet(i) => {
                if let Some(id) = nth_kr(p, i) {
                    p.key_result_mut(&id).unwrap().add_project(ids, "New bet");
                }
            }
            Op::Link(o, g, on) => {
                if let (Some(o), Some(g)) = (nth_objective(p, o), nth_goal(p, g)) {
                    p.set_serves(&o, &g, on);
                }
            }
            Op::AddGoal => {
                p.add_business_goal(ids, "Grow net revenue retention");
            }
            Op::DeleteGoal(g) => {
                if let Some(g) = nth_goal(p, g) {
                    self.undo = p.remove_business_goal(&g);
                }
            }
            Op::RenameGoal(g, w) => {
                if let Some(g) = nth_goal(p, g) {
                    p.business_goal_mut(&g).unwrap().title = words[w as usize].into();
                }
            }
            Op::Budget(i, b, s) => {
                if let Some(bet) = nth_bet(p, i) {
                    let bet = p.bet_mut(&bet).unwrap();
                    bet.budget = Some(f64::from(b) * 100.0);
                    bet.spent = Some(f64::from(s) * 100.0);
                }
            }
            Op::AddTask(i) => {
                if let Some(bet) = nth_bet(p, i) {
                    p.bet_mut(&bet)
                        .unwrap()
                        .add_task(ids, "Write the brief", "Ben");
                }
            }
            Op::Tick(i, done) => {
                if let Some(bet) = nth_bet(p, i) {
                    if let Some(t) = p.bet_mut(&bet).unwrap().tasks.first_mut() {
                        t.done = done;
                    }
                }
            }
            Op::DeleteTask(i) => {
                if let Some(bet) = nth_bet(p, i) {
                    let task = p.bet_mut(&bet).unwrap().tasks.first().map(|t| t.id.clone());
                    if let Some(task) = task {
                        self.undo = p.remove_task(&task);
                    }
                }
            }
            Op::Receive(which) => {
                let theirs = others[which as usize];
                *p = merge_plan(p, theirs).plan;
                self.observe(theirs);
                self.wall += 1_000;
                return;
            }
        }
        self.wall += 60_000;
        stamp_changes(
            Some(&before),
            &mut self.plan,
            &mut self.clock,
            self.wall,
            "",
        );
    }

    /// After a merge, this device's clock moves past everything it saw (as the app does).
    fn observe(&mut self, plan: &Plan) {
        self.clock
            .observe(&okr_studio::domain::sync::latest_stamp(plan));
    }
}

/// Three copies after random histories that interleave.
fn histories(ops: Vec<(u8, Op)>, skews: [i64; 3]) -> [Plan; 3] {
    let base = start();
    let mut devs = [
        Device::new(&base, "a", 1, skews[0]),
        Device::new(&base, "b", 2, skews[1]),
        Device::new(&base, "c", 3, skews[2]),
    ];
    for (who, op) in ops {
        let who = who as usize % 3;
        let others = [
            devs[(who + 1) % 3].plan.clone(),
            devs[(who + 2) % 3].plan.clone(),
        ];
        devs[who].apply(&op, [&others[0], &others[1]]);
    }
    devs.map(|d| d.plan)
}

fn history() -> impl Strategy<Value = [Plan; 3]> {
    (
        prop::collection::vec((0..3u8, op()), 0..40),
        // Clocks up to an hour apart either way.
        [
            -3_600_000..3_600_000i64,
            -3_600_000..3_600_000i64,
            -3_600_000..3_600_000i64,
        ],
    )
        .prop_map(|(ops, skews)| histories(ops, skews))
}

/// Where two plans differ, as JSON paths: what a failing law prints.
fn diff(a: &Plan, b: &Plan) -> String {
    fn walk(path: String, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<String>) {
        use serde_json::Value::*;
        match (a, b) {
            (Object(x), Object(y)) => {
                for k in x.keys().chain(y.keys()) {
                    let (va, vb) = (x.get(k).unwrap_or(&Null), y.get(k).unwrap_or(&Null));
                    if va != vb && !out.iter().any(|o| o.starts_with(&format!("{path}.{k} "))) {
                        walk(format!("{path}.{k}"), va, vb, out);
                    }
                }
            }
            (Array(x), Array(y)) if x.len() == y.len() => {
                for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                    if va != vb {
                        walk(format!("{path}[{i}]"), va, vb, out);
                    }
                }
            }
            _ => out.push(format!("{path} {a} != {b}")),
        }
    }
    let mut out = Vec::new();
    walk(
        String::new(),
        &serde_json::to_value(a).unwrap(),
        &serde_json::to_value(b).unwrap(),
        &mut out,
    );
    out.join("\n")
}

macro_rules! same {
    ($a:expr, $b:expr) => {{
        let (a, b) = (&$a, &$b);
        prop_assert!(a == b, "{}", diff(a, b));
    }};
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300), ..ProptestConfig::default() })]

    #[test]
    fn merge_is_commutative([a, b, _c] in history()) {
        let ab = merge_plan(&a, &b).plan;
        let ba = merge_plan(&b, &a).plan;
        same!(ab, ba);
    }

    #[test]
    fn merge_is_associative([a, b, c] in history()) {
        let left = merge_plan(&merge_plan(&a, &b).plan, &c).plan;
        let right = merge_plan(&a, &merge_plan(&b, &c).plan).plan;
        same!(left, right);
    }

    #[test]
    fn merge_is_idempotent([a, b, _c] in history()) {
        same!(merge_plan(&a, &a).plan, a);
        let ab = merge_plan(&a, &b).plan;
        // Taking in the same file twice changes nothing the second time.
        same!(merge_plan(&ab, &b).plan, ab);
    }

    #[test]
    fn two_teammates_who_exchange_files_both_ways_hold_the_same_plan([a, b, _c] in history()) {
        // Each merges the other's file; then each sends the result back.
        let a2 = merge_plan(&a, &b).plan;
        let b2 = merge_plan(&b, &a).plan;
        same!(a2, b2);
        let a3 = merge_plan(&a2, &b2).plan;
        same!(a3, a2);
    }

    #[test]
    fn a_merge_never_links_to_nothing_and_says_when_a_link_lost([a, b, _c] in history()) {
        let out = merge_plan(&a, &b);
        let m = &out.plan;
        for o in &m.objectives {
            for g in &o.serves {
                // A goal that stays deleted keeps the link only as a conflict to settle.
                let here = m.business_goal(g).is_some();
                let buried = m.deleted.iter().any(|t| &t.id == g && t.business_goal.is_some());
                prop_assert!(here != buried, "objective {} links to goal {} that is nowhere", o.id, g);
                let one_side = a.business_goal(g).is_some() != b.business_goal(g).is_some();
                if buried && one_side {
                    prop_assert!(out.report.conflicts.iter().any(|c| &c.id == g), "the lost link to {} is not said", g);
                }
            }
        }
    }

    #[test]
    fn a_merge_loses_no_check_in_that_neither_side_deleted([a, b, _c] in history()) {
        let m = merge_plan(&a, &b).plan;
        let have: std::collections::HashSet<_> =
            m.key_results().flat_map(|k| k.check_ins.iter().map(|c| c.id.clone())).collect();
        // What the deletions hold: check-ins deleted alone, or inside their key result or objective.
        let mut buried = std::collections::HashSet::new();
        for t in &m.deleted {
            let krs: Vec<&okr_studio::domain::KeyResult> = match (&t.objective, &t.key_result) {
                (Some(o), _) => o.key_results.iter().collect(),
                (_, Some(k)) => vec![&**k],
                _ => vec![],
            };
            buried.extend(krs.iter().flat_map(|k| k.check_ins.iter().map(|c| c.id.clone())));
            if let Some(c) = &t.check_in {
                buried.insert(c.id.clone());
            }
        }
        for side in [&a, &b] {
            for c in side.key_results().flat_map(|k| &k.check_ins) {
                prop_assert!(have.contains(&c.id) != buried.contains(&c.id), "check-in {} lost or doubled", c.id);
            }
        }
    }
}
