//! Two teammates share one plan: the story from the teammates issue, each kind of
//! conflict, undo of a deletion, teammates on older builds, the preview, "send my changes",
//! and "add as new" copies.

use chrono::NaiveDate;
use okr_studio::domain::stamp::Clock;
use okr_studio::domain::sync::{
    changes_since, merge_plan, set_field, stamp_changes, ConflictKind, Kind, Side,
};
use okr_studio::domain::{Confidence, Id, IdGen, Period, Plan};
use okr_studio::format::{
    import_as_new, parse_plan_file, preview, to_json, PlanFile, PlanMatch, VERSION,
};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
}

const T0: u64 = 1_800_000_000_000;
const MIN: u64 = 60_000;

/// One teammate: a copy, a clock, ids.
struct Mate {
    plan: Plan,
    clock: Clock,
    ids: IdGen,
    name: &'static str,
}

impl Mate {
    fn new(plan: &Plan, device: &str, seed: u64, name: &'static str) -> Self {
        Mate {
            plan: plan.clone(),
            clock: Clock::new(device),
            ids: IdGen::new(seed),
            name,
        }
    }

    /// An edit at `minute`, stamped as the app stamps a save.
    fn edit(&mut self, minute: u64, f: impl FnOnce(&mut Plan, &mut IdGen)) {
        let before = self.plan.clone();
        f(&mut self.plan, &mut self.ids);
        stamp_changes(
            Some(&before),
            &mut self.plan,
            &mut self.clock,
            T0 + minute * MIN,
            self.name,
        );
    }

    /// Takes in a teammate's file, through the file format as the app does.
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

/// The lead's plan: one objective, two key results with a check-in each, a bet on the first.
fn lead_plan() -> (Plan, Clock) {
    let mut ids = IdGen::new(1);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    let o = plan.add_objective(&mut ids, "Become the go-to source");
    for title in ["Grow MQLs from 120 to 300", "Cut CPL from $70 to $45"] {
        let k = plan
            .objective_mut(&o)
            .unwrap()
            .add_key_result(&mut ids, title);
        let kr = plan.key_result_mut(&k).unwrap();
        kr.add_check_in(&mut ids, day(7), 130.0, Confidence::Green, "");
    }
    plan.objectives[0].key_results[0].add_project(&mut ids, "Webinar series");
    let mut clock = Clock::new("lead");
    stamp_changes(None, &mut plan, &mut clock, T0, "Lena");
    (plan, clock)
}

/// The lead's plan, with the lead's copy (the clock that stamped it) and Sam's copy.
fn lead_and_sam() -> (Plan, Mate, Mate) {
    let (plan, clock) = lead_plan();
    let lead = Mate {
        clock,
        ..Mate::new(&plan, "lead", 10, "Lena")
    };
    let sam = Mate::new(&plan, "sam", 20, "Sam");
    (plan, lead, sam)
}

#[test]
fn the_teammates_story_ends_with_one_plan_and_nothing_lost() {
    let (plan, mut lead, mut sam) = lead_and_sam();
    let kr1 = plan.objectives[0].key_results[0].id.clone();
    let kr2 = plan.objectives[0].key_results[1].id.clone();
    let bet = plan.objectives[0].key_results[0].projects[0].id.clone();
    // Sam checks in, sets the owner of the first key result, deletes the second, edits the bet.
    sam.edit(5, |p, ids| {
        let kr = p.key_result_mut(&kr1).unwrap();
        kr.add_check_in(ids, day(14), 150.0, Confidence::Yellow, "webinar week");
        kr.owner = "Sam".into();
    });
    sam.edit(6, |p, _| {
        p.remove_key_result(&kr2);
    });
    sam.edit(7, |p, _| {
        p.key_result_mut(&kr1).unwrap().projects[0].title = "Webinars, monthly".into()
    });
    // Meanwhile the lead checks in, renames the first key result and deletes the bet;
    // then Sam renames the same key result too.
    lead.edit(4, |p, ids| {
        let kr = p.key_result_mut(&kr1).unwrap();
        kr.add_check_in(ids, day(14), 155.0, Confidence::Green, "");
        kr.title = "Grow MQLs from 120 to 320".into();
    });
    lead.edit(3, |p, _| {
        p.key_result_mut(&kr1)
            .unwrap()
            .projects
            .retain(|b| b.id != bet);
    });
    sam.edit(8, |p, _| {
        p.key_result_mut(&kr1).unwrap().title = "Grow SQLs from 120 to 300".into()
    });

    // Each merges the other's file.
    let lead_copy = lead.plan.clone();
    let sam_report = sam.receive(&lead_copy);
    let lead_report = lead.receive(&sam.plan.clone());
    // Sam's later file already holds the lead's; merging the lead's own state back converges.
    let sam_final = merge_plan(&sam.plan, &lead.plan).plan;
    assert_eq!(lead.plan, sam_final, "both copies end identical");
    let p = &lead.plan;
    let kr = p.key_result(&kr1).unwrap();
    assert_eq!(kr.owner, "Sam", "Sam's owner survives the lead's rename");
    assert_eq!(
        kr.check_ins.len(),
        3,
        "both check-ins of the 14th and the first"
    );
    assert!(
        p.key_result(&kr2).is_none(),
        "the deleted key result stays deleted"
    );
    // Both renamed the same key result: one rule decided (the later stamp: Sam's, minute 8),
    // and the lead's side lists it with both values.
    assert_eq!(kr.title, "Grow SQLs from 120 to 300");
    let same_field = lead_report
        .conflicts
        .iter()
        .find(|c| matches!(c.conflict, ConflictKind::SameField { field: "title" }))
        .expect("the title conflict is listed");
    assert_eq!(same_field.winner, Side::Theirs);
    assert_eq!(same_field.ours, "\"Grow MQLs from 120 to 320\"");
    assert_eq!(same_field.theirs_at.device, "sam");
    assert_eq!(
        okr_studio::domain::sync::value_words(&same_field.theirs),
        "Grow SQLs from 120 to 300"
    );
    // The lead deleted the bet; Sam edited it after (minute 7 > 3): it stays, as a conflict.
    assert!(kr
        .projects
        .iter()
        .any(|b| b.id == bet && b.title == "Webinars, monthly"));
    assert!(lead_report
        .conflicts
        .iter()
        .any(|c| c.id == bet && c.conflict == ConflictKind::DeletedHereChangedThere));
    assert!(sam_report
        .conflicts
        .iter()
        .any(|c| c.id == bet && c.conflict == ConflictKind::DeletedThereChangedHere));
    // The report counts in the lead's terms.
    assert_eq!(lead_report.count(Kind::KeyResult).deleted, 1);
    assert_eq!(lead_report.count(Kind::CheckIn).added, 1);
    // Who is who travels with the plan.
    assert_eq!(p.people["sam"].name, "Sam");
    assert_eq!(p.people["lead"].name, "Lena");
}

#[test]
fn a_change_made_after_seeing_the_other_is_no_conflict() {
    let (_, mut lead, mut sam) = lead_and_sam();
    lead.edit(1, |p, _| p.objectives[0].title = "Own the niche".into());
    sam.receive(&lead.plan.clone());
    sam.edit(2, |p, _| p.objectives[0].title = "Own our niche".into());
    let report = lead.receive(&sam.plan.clone());
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert_eq!(lead.plan.objectives[0].title, "Own our niche");
    assert_eq!(report.count(Kind::Objective).changed, 1);
}

#[test]
fn a_deletion_wins_over_changes_made_before_it_and_undo_takes_its_tombstone_back() {
    let (plan, mut lead, mut sam) = lead_and_sam();
    let kr2 = plan.objectives[0].key_results[1].id.clone();
    sam.edit(1, |p, _| {
        p.key_result_mut(&kr2).unwrap().owner = "Sam".into()
    });
    let mut undo = None;
    lead.edit(2, |p, _| undo = p.remove_key_result(&kr2));
    assert_eq!(lead.plan.deleted.len(), 1);
    assert_eq!(lead.plan.deleted[0].kind, Kind::KeyResult);
    assert!(
        lead.plan.deleted[0].key_result.is_some(),
        "the tombstone keeps the content"
    );
    // Undo: the key result is back and its tombstone gone.
    lead.edit(3, |p, _| assert!(p.restore(undo.take().unwrap())));
    assert!(lead.plan.deleted.is_empty());
    assert!(lead.plan.key_result(&kr2).is_some());
    // Deleted again; Sam's earlier edit does not bring it back.
    lead.edit(4, |p, _| undo = p.remove_key_result(&kr2));
    let report = lead.receive(&sam.plan.clone());
    assert!(lead.plan.key_result(&kr2).is_none());
    assert!(report.conflicts.is_empty());
    // And on Sam's side it goes too, with no conflict: Sam's edit came before.
    let report = sam.receive(&lead.plan.clone());
    assert!(sam.plan.key_result(&kr2).is_none());
    assert_eq!(report.count(Kind::KeyResult).deleted, 1);
    assert!(report.conflicts.is_empty());
}

#[test]
fn a_reorder_and_an_addition_both_survive() {
    let (mut plan, mut clock) = lead_plan();
    let before = plan.clone();
    let o = plan.objectives[0].id.clone();
    let mut ids = IdGen::new(5);
    plan.objective_mut(&o)
        .unwrap()
        .add_key_result(&mut ids, "Lift trial-to-paid from 8% to 12%");
    stamp_changes(Some(&before), &mut plan, &mut clock, T0 + MIN, "");
    let mut lead = Mate {
        clock,
        ..Mate::new(&plan, "lead", 10, "Lena")
    };
    let mut sam = Mate::new(&plan, "sam", 20, "Sam");
    let last = plan.objectives[0].key_results[2].id.clone();
    // The lead moves the last key result to the top; Sam adds one at the end.
    lead.edit(2, |p, _| {
        let o = &mut p.objectives[0];
        assert!(o.move_key_result(&last, -1));
        assert!(o.move_key_result(&last, -1));
    });
    let mut added = None;
    sam.edit(3, |p, ids| {
        added = Some(p.objectives[0].add_key_result(ids, "Win 20 G2 reviews"));
    });
    lead.receive(&sam.plan.clone());
    sam.receive(&lead.plan.clone());
    assert_eq!(lead.plan, sam.plan);
    let order: Vec<&Id> = lead.plan.objectives[0]
        .key_results
        .iter()
        .map(|k| &k.id)
        .collect();
    assert_eq!(order.len(), 4, "no duplicate, none lost");
    assert_eq!(order[0], &last, "the move survived");
    assert_eq!(
        order[3],
        added.as_ref().unwrap(),
        "the addition survived, at the end"
    );
}

#[test]
fn a_version_2_file_from_an_older_build_still_merges() {
    let (plan, _) = lead_plan();
    let kr1 = &plan.objectives[0].key_results[0];
    // What an older build wrote: no stamps, ranks or line ids, `updated_at` per record.
    let v2 = serde_json::json!({
        "format": "okr-studio.plans", "version": 2, "plans": [{
            "id": plan.id, "team": "Growth", "period": plan.period, "updated_at": 9,
            "not_going": ["No TikTok"],
            "objectives": [{"id": plan.objectives[0].id, "title": "Become the go-to source",
                "updated_at": 9, "key_results": [{"id": kr1.id, "title": kr1.title,
                "updated_at": 9, "owner": "Old build",
                "check_ins": [{"id": "ci-old", "date": "2027-01-21", "value": 170.0,
                    "confidence": "red"}]}]}]}]
    });
    let file = parse_plan_file(&v2.to_string()).unwrap();
    assert_eq!(file.version, VERSION);
    let out = merge_plan(&plan, &file.plans[0]);
    let kr = out.plan.key_result(&kr1.id).unwrap();
    // Its new check-in arrives. Its values carry no known time, so each loses to ours,
    // which are stamped: the owner it set stays ours (empty), the title ours.
    assert!(kr.check_ins.iter().any(|c| c.id.as_str() == "ci-old"));
    assert_eq!(kr.title, kr1.title);
    assert_eq!(kr.owner, "");
    assert_eq!(out.plan.not_going.len(), 1, "its line is added, with an id");
    // Nothing of ours is deleted by a file that knows no deletions.
    assert_eq!(out.plan.key_results().count(), 2);
}

#[test]
fn a_settled_conflict_is_an_edit_that_reaches_the_teammate() {
    let (plan, mut lead, mut sam) = lead_and_sam();
    let kr1 = plan.objectives[0].key_results[0].id.clone();
    lead.edit(1, |p, _| {
        p.key_result_mut(&kr1).unwrap().target = Some(320.0)
    });
    sam.edit(2, |p, _| {
        p.key_result_mut(&kr1).unwrap().target = Some(350.0)
    });
    let report = lead.receive(&sam.plan.clone());
    let c = report.conflicts[0].clone();
    assert_eq!(
        (c.winner, lead.plan.key_result(&kr1).unwrap().target),
        (Side::Theirs, Some(350.0))
    );
    // "Keep mine".
    lead.edit(3, |p, _| {
        assert!(set_field(p, c.kind, &c.id, "target", &c.ours))
    });
    let report = sam.receive(&lead.plan.clone());
    assert_eq!(sam.plan.key_result(&kr1).unwrap().target, Some(320.0));
    assert!(
        report.conflicts.is_empty(),
        "the lead chose knowing both values"
    );
}

#[test]
fn my_changes_merge_like_the_whole_file_and_stay_small() {
    let (plan, mut lead, mut sam) = lead_and_sam();
    let krs: Vec<Id> = plan.key_results().map(|k| k.id.clone()).collect();
    sam.edit(10, |p, ids| {
        for k in &krs {
            let kr = p.key_result_mut(k).unwrap();
            kr.add_check_in(ids, day(14), 160.0, Confidence::Green, "on track");
        }
    });
    let part = changes_since(
        &sam.plan,
        &okr_studio::domain::stamp::Device::from("sam"),
        T0 + 5 * MIN,
    )
    .unwrap();
    assert_eq!(part.key_results().count(), 2);
    assert!(
        part.key_results().all(|k| k.check_ins.len() == 1),
        "only the new check-ins"
    );
    let full = merge_plan(&lead.plan, &sam.plan).plan;
    let from_part = merge_plan(&lead.plan, &part).plan;
    assert_eq!(full, from_part, "the part merges as the whole file would");
    lead.receive(&part);
    assert!(changes_since(
        &sam.plan,
        &okr_studio::domain::stamp::Device::from("sam"),
        T0 + 11 * MIN
    )
    .is_none());
    // A weekly update of one person fits in a share link.
    let link = okr_studio::format::encode_share(&part, String::new()).unwrap();
    assert!(link.len() < 1_500, "{} characters", link.len());
}

#[test]
fn the_preview_says_what_a_merge_would_do_and_changes_nothing() {
    let (plan, lead, mut sam) = lead_and_sam();
    let kr2 = plan.objectives[0].key_results[1].id.clone();
    sam.edit(1, |p, _| {
        p.remove_key_result(&kr2);
    });
    let file = PlanFile::new(vec![sam.plan.clone()], String::new());
    let existing = vec![lead.plan.clone()];
    let p = preview(&existing, &file);
    assert_eq!(p.plans[0].matches, PlanMatch::Existing { index: 0 });
    let m = p.plans[0].merge.as_ref().unwrap();
    assert_eq!(m.in_words(), "1 key result deleted, 1 check-in deleted");
    assert_eq!(existing[0], lead.plan);
    let new = preview(&[], &file);
    assert_eq!(new.plans[0].matches, PlanMatch::New);
    assert!(new.plans[0].merge.is_none());
}

#[test]
fn add_as_new_gives_fresh_ids_and_fresh_stamps() {
    let (plan, _) = lead_plan();
    let copy = import_as_new(&plan, &mut IdGen::new(77));
    let ids = |p: &Plan| -> Vec<Id> {
        let mut out = vec![p.id.clone()];
        out.extend(p.not_going.iter().map(|n| n.id.clone()));
        for o in &p.objectives {
            out.push(o.id.clone());
            for k in &o.key_results {
                out.push(k.id.clone());
                out.extend(k.check_ins.iter().map(|c| c.id.clone()));
                out.extend(k.projects.iter().map(|b| b.id.clone()));
            }
        }
        out
    };
    let (a, b) = (ids(&plan), ids(&copy));
    assert!(a.iter().all(|id| !b.contains(id)));
    assert!(copy.stamp.is_unknown() && copy.people.is_empty());
    assert!(copy.key_results().all(|k| k.stamp.is_unknown()));
}

/// A plan file of `lead_plan` with `change` applied to its JSON.
fn file_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let (mut plan, mut clock) = lead_plan();
    let before = plan.clone();
    plan.objectives[0].key_results.pop();
    stamp_changes(Some(&before), &mut plan, &mut clock, T0 + MIN, "");
    let mut v = serde_json::to_value(PlanFile::new(vec![plan], String::new())).unwrap();
    change(&mut v);
    v.to_string()
}

#[test]
fn nonsense_stamps_and_tombstones_are_refused_naming_the_place() {
    use okr_studio::format::{check_clock, FormatError};
    let message = |text: &str| match parse_plan_file(text) {
        Err(e) => e.to_string(),
        Ok(_) => "read".into(),
    };
    // A tombstone for an id that is named twice.
    let twice = file_with(|v| {
        let t = v["plans"][0]["deleted"][0].clone();
        v["plans"][0]["deleted"].as_array_mut().unwrap().push(t);
    });
    assert!(
        message(&twice).starts_with("plans[0].deleted[1].id: "),
        "{}",
        message(&twice)
    );
    // A deletion of the plan itself.
    let plan_itself =
        file_with(|v| v["plans"][0]["deleted"][0]["id"] = v["plans"][0]["id"].clone());
    assert_eq!(
        message(&plan_itself),
        "plans[0].deleted[0].id: a deletion cannot remove the plan itself (delete a plan from the plan list)"
    );
    // Content of another kind than the tombstone says.
    let mismatch = file_with(|v| v["plans"][0]["deleted"][0]["kind"] = "bet".into());
    assert_eq!(
        message(&mismatch),
        "plans[0].deleted[0].kind: the deleted record's content does not match its kind"
    );
    // A stamp that is not one.
    let garbled = file_with(|v| v["plans"][0]["objectives"][0]["stamp"] = "yesterday".into());
    assert!(
        message(&garbled).starts_with("plans[0].objectives[0].stamp: "),
        "{}",
        message(&garbled)
    );
    // A stamp years in the future: readable, but refused before any merge.
    let future = file_with(|v| {
        v["plans"][0]["objectives"][0]["key_results"][0]["stamp"] = "zzzzzzzz.0.bad".into()
    });
    let file = parse_plan_file(&future).unwrap();
    match check_clock(&file.plans, T0) {
        Err(FormatError::Invalid { path, message }) => {
            assert_eq!(path, "plans[0].objectives[0].key_results[0].stamp");
            assert!(
                message.contains("ahead of this device's clock"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(check_clock(
        &parse_plan_file(&file_with(|_| {})).unwrap().plans,
        T0 + 60 * MIN
    )
    .is_ok());
}

#[test]
fn a_weekly_update_from_the_sample_plan_fits_in_a_link() {
    use okr_studio::domain::sample::sample_plan;
    let today = NaiveDate::from_ymd_opt(2027, 2, 15).unwrap();
    let mut plan = sample_plan(today, &mut IdGen::new(1));
    let mut clock = Clock::new("lead");
    stamp_changes(None, &mut plan, &mut clock, T0, "Lena");
    let mut me = Mate::new(&plan, "sam", 2, "Sam");
    let krs: Vec<Id> = plan.key_results().take(3).map(|k| k.id.clone()).collect();
    me.edit(60, |p, ids| {
        for k in &krs {
            let kr = p.key_result_mut(k).unwrap();
            kr.add_check_in(
                ids,
                today,
                1_234.0,
                Confidence::Yellow,
                "Slower week: webinar moved",
            );
        }
    });
    let part = changes_since(
        &me.plan,
        &okr_studio::domain::stamp::Device::from("sam"),
        T0 + 30 * MIN,
    )
    .unwrap();
    let link =
        okr_studio::format::share_link("https://okr.example.org/", &part, String::new()).unwrap();
    assert!(link.len() < 1_500, "{} characters", link.len());
    let merged = merge_plan(&plan, &part).plan;
    assert_eq!(merged, merge_plan(&plan, &me.plan).plan);
}
