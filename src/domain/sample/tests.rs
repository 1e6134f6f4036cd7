use super::*;
use crate::domain::trends::{analyze_plan, Flag, Status};
use chrono::Datelike;
use std::collections::HashSet;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn flags_of(plan: &Plan, today: NaiveDate) -> Vec<(String, Status, Vec<Flag>)> {
    analyze_plan(plan, today)
        .objectives
        .into_iter()
        .flat_map(|o| o.key_results)
        .map(|kr| (kr.title, kr.status, kr.flags))
        .collect()
}

#[test]
fn nine_weeks_in_each_key_result_shows_its_case() {
    // 2027 Q1 starts on 1 Jan; 4 Mar is day 63 of 90, so nine weekly check-ins
    // (days 7..63) and an expected progress of 63/90 = 0.70.
    let today = d(2027, 3, 4);
    let plan = sample_plan(today, &mut IdGen::new(1));
    let got = flags_of(&plan, today);
    let expect: [(Status, &[Flag]); 7] = [
        (Status::OnTrack, &[]),
        (Status::AtRisk, &[Flag::HotStartSlowdown]),
        (Status::OffTrack, &[Flag::ConfidenceFalling]),
        (Status::OnTrack, &[Flag::AheadButRed]),
        (Status::OnTrack, &[Flag::Stale]),
        (Status::OffTrack, &[Flag::Stalled]),
        (Status::OffTrack, &[Flag::BehindButGreen]),
    ];
    assert_eq!(got.len(), expect.len());
    for ((title, status, flags), (want_status, want_flags)) in got.iter().zip(expect) {
        assert_eq!(*status, want_status, "{title}");
        assert_eq!(flags.as_slice(), want_flags, "{title}");
    }
}

#[test]
fn every_flag_and_status_appears_about_nine_weeks_into_any_quarter() {
    let all = [
        Flag::HotStartSlowdown,
        Flag::Stalled,
        Flag::ConfidenceFalling,
        Flag::Stale,
        Flag::AheadButRed,
        Flag::BehindButGreen,
    ];
    for year in [2026, 2027, 2028] {
        for q in 1..=4 {
            let start = Period::quarter(year, q).unwrap().start;
            // Days 63 to 69 of the quarter: the ninth check-in is in, the tenth is not.
            for offset in 62..=68 {
                let today = start + chrono::Duration::days(offset);
                let plan = sample_plan(today, &mut IdGen::new(2));
                let seen = flags_of(&plan, today);
                for flag in all {
                    assert!(
                        seen.iter().any(|(_, _, f)| f.contains(&flag)),
                        "{flag:?} {today}"
                    );
                }
                for status in [Status::OnTrack, Status::AtRisk, Status::OffTrack] {
                    assert!(
                        seen.iter().any(|(_, s, _)| *s == status),
                        "{status:?} {today}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_sample_survives_the_calendar_limits() {
    // The quarter of the last representable day cannot be built; the plan falls back
    // to a one-day period and simply has no check-ins.
    for day in [NaiveDate::MIN, NaiveDate::MAX] {
        let plan = sample_plan(day, &mut IdGen::new(4));
        assert!(plan.key_results().all(|kr| kr.check_ins.len() <= 1));
        assert_eq!(analyze_plan(&plan, day).statuses.total(), 7);
    }
}

#[test]
fn the_sample_is_valid_on_every_day_of_two_years() {
    let mut day = d(2027, 1, 1);
    while day.year() < 2029 {
        let plan = sample_plan(day, &mut IdGen::new(3));
        assert!(plan.period.contains(day));
        assert_eq!(plan.team, "Growth marketing");
        assert!((2..=3).contains(&plan.objectives.len()));
        assert!((2..=3).contains(&plan.not_going.len()));
        assert!((2..=3).contains(&plan.focus_areas.len()));
        assert_eq!(plan.kpis.len(), 2);
        let kinds: HashSet<_> = plan
            .key_results()
            .map(|kr| format!("{:?}", kr.kind))
            .collect();
        assert!(kinds.contains("Decrease") && kinds.contains("StayBelow"));
        let mut seen_ids = HashSet::new();
        for o in &plan.objectives {
            assert!((2..=3).contains(&o.key_results.len()));
            assert!(seen_ids.insert(o.id.clone()));
            for kr in &o.key_results {
                assert!(!kr.owner.is_empty() && !kr.metric.is_empty());
                assert!(seen_ids.insert(kr.id.clone()));
                for c in &kr.check_ins {
                    assert!(plan.period.contains(c.date) && c.date <= day, "{day}");
                    assert!(seen_ids.insert(c.id.clone()));
                }
            }
        }
        // Early in a quarter there are fewer check-ins, never more than the weeks elapsed.
        let weeks = (day - plan.period.start).num_days() as usize / 7;
        assert!(plan.key_results().all(|kr| kr.check_ins.len() <= weeks + 1));
        let trend = analyze_plan(&plan, day);
        assert_eq!(trend.statuses.total(), 7);
        let text = serde_json::to_string(&plan).unwrap();
        assert_eq!(serde_json::from_str::<Plan>(&text).unwrap(), plan);
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn the_sample_shows_goals_budgets_and_tasks() {
    let today = NaiveDate::from_ymd_opt(2027, 3, 4).unwrap();
    let plan = sample_plan(today, &mut IdGen::new(7));
    assert_eq!(plan.business_goals.len(), 2);
    assert!(plan
        .objectives
        .iter()
        .all(|o| plan.goals_served(o).next().is_some()));
    assert!(plan
        .business_goals
        .iter()
        .all(|g| g.target.is_some() && !g.owner.is_empty()));
    assert!(plan
        .bets()
        .all(|b| b.budget.is_some() && b.tasks.len() == 3));
    let findings = crate::domain::maturity::check_plan(&plan);
    assert!(
        findings.iter().all(|f| !f.finding.code.contains("goal")),
        "every objective serves a goal and every goal is served"
    );
    let b = crate::domain::budget::budget(&plan);
    assert_eq!(b.currency, "USD");
    assert!(b.total.planned > 0.0 && b.other_currency.is_empty());
}
