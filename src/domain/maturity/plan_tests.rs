use super::*;
use crate::domain::{IdGen, Period};

fn plan(objectives: &[&[(&str, &str)]]) -> Plan {
    let mut ids = IdGen::new(1);
    let period = Period::quarter(2027, 1).unwrap_or_else(|| unreachable!());
    let mut p = Plan::new(&mut ids, "Growth", period);
    for (n, krs) in objectives.iter().enumerate() {
        let o = p.add_objective(&mut ids, &format!("Objective {n}"));
        for (title, owner) in krs.iter() {
            if let Some(obj) = p.objective_mut(&o) {
                let kr = obj.add_key_result(&mut ids, title);
                if let Some(k) = obj.key_results.iter_mut().find(|k| k.id == kr) {
                    k.owner = owner.to_string();
                }
            }
        }
    }
    p
}

/// The findings on focus and ownership (alignment has its own test below).
fn codes(p: &Plan) -> Vec<&'static str> {
    check_plan(p)
        .iter()
        .map(|f| f.finding.code)
        .filter(|c| !c.contains("goal"))
        .collect()
}

const KR: &[(&str, &str)] = &[("Grow MQLs from 120 to 300", "Ana")];

#[test]
fn one_to_three_objectives_is_focused() {
    assert!(codes(&plan(&[KR, KR, KR]))
        .iter()
        .all(|c| *c == "duplicate-metric"));
    assert_eq!(codes(&plan(&[])), ["no-objectives"]);
}

#[test]
fn four_objectives_warn_and_five_are_a_focus_problem() {
    let four = check_plan(&plan(&[&[], &[], &[], &[]]));
    assert_eq!(four[0].finding.code, "too-many-objectives");
    assert_eq!(four[0].finding.severity, Severity::Warning);
    let five = check_plan(&plan(&[&[], &[], &[], &[], &[]]));
    assert_eq!(five[0].finding.code, "focus-problem");
    assert_eq!(five[0].finding.severity, Severity::Problem);
}

#[test]
fn objectives_need_one_to_three_key_results_with_owners() {
    let krs: &[(&str, &str)] = &[
        ("Grow MQLs from 120 to 300", "Ana"),
        ("Lift open rate from 22% to 30%", ""),
        ("Cut CAC from $420 to $300", "Bo"),
        ("Raise NPS from 31 to 50", "Bo"),
    ];
    let p = plan(&[krs, &[]]);
    let found: Vec<_> = check_plan(&p)
        .into_iter()
        .filter(|f| !f.finding.code.contains("goal"))
        .collect();
    let names: Vec<_> = found.iter().map(|f| f.finding.code).collect();
    assert_eq!(
        names,
        ["too-many-krs", "kr-without-owner", "objective-without-kr"]
    );
    let owner = &found[1];
    assert_eq!(
        owner.key_result.as_ref(),
        Some(&p.objectives[0].key_results[1].id)
    );
    assert_eq!(found[2].objective.as_ref(), Some(&p.objectives[1].id));
}

#[test]
fn two_key_results_on_the_same_metric_are_flagged_once() {
    let a: &[(&str, &str)] = &[("Grow organic traffic from 5,000 to 15,000", "Ana")];
    let b: &[(&str, &str)] = &[
        ("Increase organic traffic by 50%", "Bo"),
        ("Raise NPS to 50", "Bo"),
    ];
    let p = plan(&[a, b]);
    let dup: Vec<_> = check_plan(&p)
        .into_iter()
        .filter(|f| f.finding.code == "duplicate-metric")
        .collect();
    assert_eq!(dup.len(), 1);
    assert_eq!(
        dup[0].key_result.as_ref(),
        Some(&p.objectives[1].key_results[0].id)
    );
    assert!(dup[0].finding.message.contains("organic traffic"));
    assert_eq!(normalise(" Organic  Visits "), normalise("organic visit"));
}

#[test]
fn objectives_and_business_goals_that_serve_nothing_are_flagged() {
    use crate::domain::{IdGen, Period};
    let mut ids = IdGen::new(5);
    let mut p = crate::domain::Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    let o1 = p.add_objective(&mut ids, "Own the niche");
    let o2 = p.add_objective(&mut ids, "Turn trials into teams");
    let codes = |p: &crate::domain::Plan| -> Vec<(&'static str, Option<Id>)> {
        check_plan(p)
            .into_iter()
            .filter(|f| f.finding.code.contains("goal"))
            .map(|f| (f.finding.code, f.objective))
            .collect()
    };
    assert_eq!(codes(&p), [("no-business-goals", None)]);
    let arr = p.add_business_goal(&mut ids, "Double new ARR");
    p.add_business_goal(&mut ids, "Enter Germany");
    p.set_serves(&o1, &arr, true);
    let found = codes(&p);
    assert_eq!(
        found,
        [
            ("objective-serves-no-goal", Some(o2)),
            ("goal-not-served", None)
        ]
    );
    let said = check_plan(&p);
    assert!(said
        .iter()
        .any(|f| f.finding.message.contains("\u{201c}Enter Germany\u{201d}")));
}
