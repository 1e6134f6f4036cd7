use super::*;
use crate::domain::{CheckIn, Confidence, Id, IdGen, Plan};
use chrono::NaiveDate;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, m, d).unwrap()
}

/// A plan of two objectives whose bets have budgets in euros (set on the first key result).
fn plan() -> Plan {
    let mut ids = IdGen::new(3);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    for (o, bets) in [
        (
            "Own the niche",
            vec![
                (ProjectStatus::Running, 2000.0, 1500.0),
                (ProjectStatus::Failed, 1000.0, 1000.0),
            ],
        ),
        (
            "Turn trials into teams",
            vec![(ProjectStatus::Worked, 500.0, 100.0)],
        ),
    ] {
        let id = plan.add_objective(&mut ids, o);
        let kr = plan
            .objective_mut(&id)
            .unwrap()
            .add_key_result(&mut ids, "Cut CPL");
        let kr = plan.key_result_mut(&kr).unwrap();
        kr.unit = Unit::Currency { code: "eur".into() };
        for (status, budget, spent) in bets {
            let b = kr.add_project(&mut ids, "A bet");
            let b = kr.projects.iter_mut().find(|p| p.id == b).unwrap();
            b.status = status;
            b.budget = Some(budget);
            b.spent = Some(spent);
        }
    }
    plan
}

#[test]
fn sums_by_objective_and_by_status_in_the_plans_currency() {
    let mut p = plan();
    // A bet in another currency is named, not added to euros.
    let kr = &mut p.objectives[1].key_results[0];
    kr.add_project(&mut IdGen::new(9), "US launch");
    let us = kr.projects.last_mut().unwrap();
    us.currency = "USD".into();
    us.budget = Some(9000.0);
    let b = budget(&p);
    assert_eq!(b.currency, "EUR");
    assert_eq!(
        b.total,
        Money {
            planned: 3500.0,
            spent: 2600.0
        }
    );
    assert_eq!(
        b.by_objective[0].1,
        Money {
            planned: 3000.0,
            spent: 2500.0
        }
    );
    assert_eq!(
        b.by_objective[1].1,
        Money {
            planned: 500.0,
            spent: 100.0
        }
    );
    let of = |s| b.by_status.iter().find(|(x, _)| *x == s).unwrap().1;
    assert_eq!(
        of(ProjectStatus::Running),
        Money {
            planned: 2000.0,
            spent: 1500.0
        }
    );
    assert_eq!(
        of(ProjectStatus::Failed),
        Money {
            planned: 1000.0,
            spent: 1000.0
        }
    );
    assert_eq!(
        of(ProjectStatus::Worked),
        Money {
            planned: 500.0,
            spent: 100.0
        }
    );
    assert_eq!(b.other_currency, vec!["US launch".to_string()]);
}

#[test]
fn spend_running_ahead_of_progress_is_said() {
    let p = plan();
    let m = key_result_money(&p.objectives[0].key_results[0]);
    assert_eq!(m.used(), Some(2500.0 / 3000.0));
    assert_eq!(
        spend_warning(&m, Some(0.2)).as_deref(),
        Some("Spent 83% of the budget for 20% of the progress.")
    );
    assert_eq!(
        spend_warning(&m, Some(0.7)),
        None,
        "in step: nothing to say"
    );
    assert_eq!(
        spend_warning(&Money::default(), Some(0.1)),
        None,
        "no budget: nothing to say"
    );
}

#[test]
fn money_is_read_as_typed_and_another_currency_is_refused() {
    // One row a case: typed text, the bet's currency, what it reads as.
    type Case<'a> = (&'a str, &'a str, Result<Option<f64>, &'a str>);
    let cases: [Case; 9] = [
        ("", "USD", Ok(None)),
        ("2,000", "USD", Ok(Some(2000.0))),
        ("$2,000", "USD", Ok(Some(2000.0))),
        ("€1.5k", "EUR", Ok(Some(1500.0))),
        ("500 EUR", "EUR", Ok(Some(500.0))),
        (
            "€500",
            "USD",
            Err("This is in EUR, but the bet's money is in USD"),
        ),
        ("-300", "USD", Err("cannot be negative")),
        ("lots", "USD", Err("is not an amount")),
        ("99999999999", "USD", Err("looks like a typo")),
    ];
    for (text, code, want) in cases {
        match (read_money(text, code), want) {
            (Ok(got), Ok(want)) => assert_eq!(got, want, "{text}"),
            (Err(got), Err(want)) => assert!(got.contains(want), "{text}: {got}"),
            (got, want) => panic!("{text}: got {got:?}, want {want:?}"),
        }
    }
}

fn kr(kind: KrKind, baseline: f64, target: f64) -> KeyResult {
    let mut k = KeyResult::new(Id::from("kr"), "t");
    k.kind = kind;
    k.baseline = Some(baseline);
    k.target = Some(target);
    k
}

#[test]
fn the_target_is_weighed_against_a_realistic_estimate_plus_20_percent() {
    let q1 = Period::quarter(2027, 1).unwrap();
    let q2 = Period::quarter(2027, 2).unwrap();
    // Without a previous quarter: the baseline is the realistic estimate.
    let a = ambition(&kr(KrKind::Increase, 5000.0, 6000.0), q2, None).unwrap();
    assert_eq!(
        (a.realistic, a.stretch, a.from_pace),
        (5000.0, 6000.0, false)
    );
    assert_eq!(a.verdict, AmbitionVerdict::Near);
    let low = ambition(&kr(KrKind::Increase, 5000.0, 5200.0), q2, None).unwrap();
    assert_eq!(low.verdict, AmbitionVerdict::Below);
    let high = ambition(&kr(KrKind::Increase, 5000.0, 15000.0), q2, None).unwrap();
    assert_eq!(high.verdict, AmbitionVerdict::Above);
    // A falling cost: 20% ambition is 20% lower.
    let cpl = ambition(&kr(KrKind::Decrease, 70.0, 56.0), q2, None).unwrap();
    assert_eq!((cpl.stretch, cpl.verdict), (56.0, AmbitionVerdict::Near));
    // With the previous quarter's pace: +1,000 over 60 days is about 1,500 over Q2's 91.
    let mut before = kr(KrKind::Increase, 3000.0, 5000.0);
    for (i, (d, v)) in [(day(1, 10), 4000.0), (day(3, 11), 5000.0)]
        .into_iter()
        .enumerate()
    {
        before.check_ins.push(CheckIn {
            id: Id(format!("c{i}")),
            date: d,
            value: v,
            confidence: Confidence::Green,
            note: String::new(),
            stamp: Default::default(),
            edits: Default::default(),
        });
    }
    let paced = ambition(
        &kr(KrKind::Increase, 5000.0, 6000.0),
        q2,
        Some((&before, q1)),
    )
    .unwrap();
    assert!(paced.from_pace);
    assert!(
        (paced.realistic - (5000.0 + 1000.0 / 60.0 * 91.0)).abs() < 1e-6,
        "{}",
        paced.realistic
    );
    assert_eq!(
        paced.verdict,
        AmbitionVerdict::Below,
        "the old pace alone beats this target"
    );
    // Thresholds and milestones have no such estimate.
    assert_eq!(ambition(&kr(KrKind::StayBelow, 5.0, 5.0), q2, None), None);
}
