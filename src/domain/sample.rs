//! A realistic sample plan for a growth marketing team, for first-run demos, screenshots,
//! the `okr report` tests and the trends benchmark.
//!
//! Check-ins are weekly, on day 7, 14, 21… of the quarter containing `today`, and stop at
//! `today`: early in a quarter the plan simply has fewer of them. About nine weeks in, the
//! series show every status and every trend flag:
//!
//! | key result            | status    | flag                    |
//! |-----------------------|-----------|-------------------------|
//! | organic visits        | on track  | -                       |
//! | signup conversion     | at risk   | hot start, then slowdown|
//! | CAC (decrease)        | off track | confidence falling      |
//! | paid pipeline         | on track  | ahead but red           |
//! | cost per lead (below) | on track  | stale                   |
//! | referral signups      | off track | stalled                 |
//! | NPS                   | off track | behind but green        |

use super::ids::IdGen;
use super::model::*;
use super::period::Period;
use chrono::{Days, NaiveDate};
use goals::{business_goal, fill_bet};

mod goals;

/// One key result of the sample, with its weekly series (week 1 first).
struct Spec {
    title: &'static str,
    metric: &'static str,
    unit: Unit,
    kind: KrKind,
    baseline: Option<f64>,
    target: f64,
    owner: &'static str,
    values: &'static [f64],
    /// One letter per week: g(reen), y(ellow), r(ed).
    confidence: &'static str,
    projects: &'static [(&'static str, ProjectStatus)],
    notes: &'static [(usize, &'static str)],
}

fn usd() -> Unit {
    Unit::Currency { code: "USD".into() }
}

pub fn sample_plan(today: NaiveDate, ids: &mut IdGen) -> Plan {
    let period = Period::quarter_of(today);
    let mut plan = Plan::new(ids, "Growth marketing", period);
    plan.context = "The company wants to double new annual recurring revenue this year without \
        growing the marketing budget. Our share: more qualified leads, at a lower cost, and \
        customers who bring their peers."
        .into();
    for line in [
        "No new social network this quarter: short-video channels wait until search and \
         paid pay for themselves.",
        "We do not chase small businesses; every campaign targets teams of 50 people or more.",
        "The visual rebrand moves to next year.",
    ] {
        plan.add_not_going(ids, line);
    }
    for (stage, note) in [
        (
            FocusStage::Acquisition,
            "Organic search: guides and comparison pages that rank.",
        ),
        (
            FocusStage::Channel,
            "Paid search and LinkedIn, run for cost, not for volume.",
        ),
        (
            FocusStage::Referral,
            "Happy customers are our cheapest channel; make sharing easy.",
        ),
    ] {
        plan.focus_areas.push(FocusArea {
            id: ids.next("focus"),
            stage,
            note: note.into(),
            rank: String::new(),
            stamp: Default::default(),
            edits: Default::default(),
        });
    }
    let objectives: [(&str, &str, Vec<Spec>); 3] = [
        (
            "Make organic search our most dependable source of qualified leads",
            "Paid costs keep rising; search traffic we earn keeps paying back.",
            vec![organic_visits(), signup_conversion()],
        ),
        (
            "Turn paid channels into an efficient, predictable lead engine",
            "Sales needs pipeline it can plan on, and finance needs it cheaper.",
            vec![cac(), paid_pipeline(), cost_per_lead()],
        ),
        (
            "Earn a brand customers recommend without being asked",
            "Referred customers close faster and stay longer than any other segment.",
            vec![referrals(), nps()],
        ),
    ];
    let arr = business_goal(
        &mut plan,
        ids,
        "Double new annual recurring revenue",
        ("New ARR", usd(), 4_200_000.0, 8_400_000.0, "Maya (CEO)"),
    );
    let nrr = business_goal(
        &mut plan,
        ids,
        "Keep net revenue retention above 110%",
        (
            "Net revenue retention",
            Unit::Percent,
            106.0,
            110.0,
            "Jon (Customer success)",
        ),
    );
    let serves = [vec![arr.clone()], vec![arr.clone()], vec![nrr, arr]];
    for ((title, why, specs), serves) in objectives.into_iter().zip(serves) {
        let id = plan.add_objective(ids, title);
        if let Some(objective) = plan.objective_mut(&id) {
            objective.why = why.into();
            objective.serves = serves;
            for spec in specs {
                objective
                    .key_results
                    .push(key_result(spec, period, today, ids));
            }
        }
    }
    plan.kpis = vec![
        Kpi {
            id: ids.next("kpi"),
            name: "Website sessions per month".into(),
            unit: Unit::Count,
            current: Some(48_200.0),
            target: Some(50_000.0),
            ..Default::default()
        },
        Kpi {
            id: ids.next("kpi"),
            name: "Marketing-qualified leads per month".into(),
            unit: Unit::Count,
            current: Some(412.0),
            target: Some(450.0),
            ..Default::default()
        },
    ];
    plan
}

fn key_result(spec: Spec, period: Period, today: NaiveDate, ids: &mut IdGen) -> KeyResult {
    let mut kr = KeyResult::new(ids.next("kr"), spec.title);
    kr.metric = spec.metric.into();
    kr.unit = spec.unit;
    kr.kind = spec.kind;
    kr.baseline = spec.baseline;
    kr.target = Some(spec.target);
    kr.owner = spec.owner.into();
    for (title, status) in spec.projects {
        let mut bet = Project {
            id: ids.next("proj"),
            title: (*title).into(),
            status: *status,
            ..Default::default()
        };
        fill_bet(&mut bet, spec.owner, period, today, ids);
        kr.projects.push(bet);
    }
    let confidences = spec.confidence.as_bytes();
    for (week, value) in spec.values.iter().enumerate() {
        // Week 1's check-in is on the quarter's 7th day; stop at today or the quarter end.
        let Some(date) = period
            .start
            .checked_add_days(Days::new(7 * week as u64 + 6))
        else {
            break;
        };
        if date > today || date > period.end {
            break;
        }
        let confidence = match confidences.get(week) {
            Some(b'r') => Confidence::Red,
            Some(b'y') => Confidence::Yellow,
            _ => Confidence::Green,
        };
        let note = spec
            .notes
            .iter()
            .find(|(w, _)| *w == week + 1)
            .map_or("", |(_, text)| text);
        kr.check_ins.push(CheckIn {
            id: ids.next("ci"),
            date,
            value: *value,
            confidence,
            note: note.into(),
            stamp: Default::default(),
            edits: Default::default(),
        });
    }
    kr
}

fn organic_visits() -> Spec {
    Spec {
        title: "Grow organic visits to our guides from 5,000 to 15,000 a month",
        metric: "Organic sessions on /guides, last 30 days",
        unit: Unit::Count,
        kind: KrKind::Increase,
        baseline: Some(5_000.0),
        target: 15_000.0,
        owner: "Maya",
        values: &[
            6_070.0, 6_840.0, 7_610.0, 8_380.0, 9_150.0, 9_920.0, 10_680.0, 11_450.0, 12_220.0,
            13_000.0, 13_770.0, 14_540.0, 15_300.0,
        ],
        confidence: "ggggggggggggg",
        projects: &[
            (
                "Refresh the twenty guides that lost rankings",
                ProjectStatus::Worked,
            ),
            (
                "Comparison pages against the three main rivals",
                ProjectStatus::Running,
            ),
        ],
        notes: &[
            (3, "Refreshed guides are climbing back; the pace holds."),
            (8, "Comparison pages indexed; two already on page one."),
        ],
    }
}

fn signup_conversion() -> Spec {
    Spec {
        title: "Lift signup conversion on guide pages from 1.5% to 3%",
        metric: "Signups / guide sessions",
        unit: Unit::Percent,
        kind: KrKind::Increase,
        baseline: Some(1.5),
        target: 3.0,
        owner: "Tomás",
        values: &[
            1.72, 1.95, 2.10, 2.19, 2.25, 2.28, 2.30, 2.33, 2.36, 2.39, 2.42, 2.45, 2.48,
        ],
        confidence: "gggggyyyyyyyy",
        projects: &[
            (
                "Shorter signup form beside every guide",
                ProjectStatus::Worked,
            ),
            ("Exit-intent offer", ProjectStatus::Failed),
            ("Interactive ROI calculator", ProjectStatus::Idea),
        ],
        notes: &[
            (2, "The short form doubled the early gain."),
            (6, "Gains flattening: the easy pages are done."),
            (
                9,
                "Exit-intent offer annoyed readers; stopped it. Need a new bet.",
            ),
        ],
    }
}

fn cac() -> Spec {
    Spec {
        title: "Cut blended customer acquisition cost from $420 to $300",
        metric: "Paid spend / new paying customers, trailing 30 days",
        unit: usd(),
        kind: KrKind::Decrease,
        baseline: Some(420.0),
        target: 300.0,
        owner: "Priya",
        values: &[
            420.0, 417.0, 414.0, 411.0, 408.0, 405.0, 402.0, 399.0, 396.0, 393.0, 390.0, 387.0,
            384.0,
        ],
        confidence: "ggggggyyrrrrr",
        projects: &[
            (
                "Pause the three broad-match campaigns",
                ProjectStatus::Worked,
            ),
            (
                "Lookalike audiences built from paying customers",
                ProjectStatus::Running,
            ),
        ],
        notes: &[
            (
                7,
                "Savings are real but small; the big lever has not shown up.",
            ),
            (
                9,
                "Auction prices rose again this month. We need a different bet.",
            ),
        ],
    }
}

fn paid_pipeline() -> Spec {
    Spec {
        title: "Grow paid-sourced pipeline from $200k to $500k",
        metric: "Open opportunities sourced by paid channels",
        unit: usd(),
        kind: KrKind::Increase,
        baseline: Some(200_000.0),
        target: 500_000.0,
        owner: "Jonas",
        values: &[
            230_000.0, 260_000.0, 290_000.0, 320_000.0, 350_000.0, 380_000.0, 410_000.0, 440_000.0,
            470_000.0, 500_000.0, 530_000.0, 560_000.0, 590_000.0,
        ],
        confidence: "ggggggrrrrrrr",
        projects: &[(
            "Account-based pilot with 30 target accounts",
            ProjectStatus::Running,
        )],
        notes: &[(
            7,
            "Half of the number is two enterprise deals; their legal review may push both out.",
        )],
    }
}

fn cost_per_lead() -> Spec {
    Spec {
        title: "Keep cost per lead at or below $85 while we scale spend",
        metric: "Paid spend / new leads, weekly",
        unit: usd(),
        kind: KrKind::StayBelow,
        baseline: None,
        target: 85.0,
        owner: "Lena",
        // Only five weeks: the owner went on leave and nobody took the check-ins over.
        values: &[81.0, 79.0, 83.0, 80.0, 78.0],
        confidence: "ggggg",
        projects: &[("Weekly negative-keyword sweep", ProjectStatus::Running)],
        notes: &[(5, "Off for a few weeks from Monday.")],
    }
}

fn referrals() -> Spec {
    Spec {
        title: "Raise referred signups from 40 to 120 a month",
        metric: "Signups arriving through a referral link, last 30 days",
        unit: Unit::Count,
        kind: KrKind::Increase,
        baseline: Some(40.0),
        target: 120.0,
        owner: "Sam",
        values: &[
            48.0, 56.0, 62.0, 66.0, 70.0, 72.0, 72.0, 72.0, 72.0, 74.0, 75.0, 77.0, 78.0,
        ],
        confidence: "gggyyyyyyyyyy",
        projects: &[
            ("Two-sided referral reward", ProjectStatus::Running),
            ("Referral link in onboarding emails", ProjectStatus::Idea),
        ],
        notes: &[
            (1, "Reward launch brought the early adopters in."),
            (
                8,
                "Flat for three weeks: the reward reached everyone likely to use it.",
            ),
        ],
    }
}

fn nps() -> Spec {
    Spec {
        title: "Raise Net Promoter Score from 32 to 45",
        metric: "NPS from the in-app survey, rolling 30 days",
        unit: Unit::Count,
        kind: KrKind::Increase,
        baseline: Some(32.0),
        target: 45.0,
        owner: "Maya",
        values: &[
            32.0, 32.0, 33.0, 33.0, 34.0, 34.0, 35.0, 35.0, 36.0, 36.0, 37.0, 37.0, 38.0,
        ],
        confidence: "ggggggggggggg",
        projects: &[(
            "Call back every detractor within two days",
            ProjectStatus::Running,
        )],
        notes: &[(9, "Feels good: the calls go well.")],
    }
}

#[cfg(test)]
mod tests;
