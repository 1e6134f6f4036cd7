use super::*;
use std::collections::HashSet;

#[test]
fn every_set_links_only_to_known_metrics() {
    for set in SETS {
        for (_, id) in set.key_results {
            assert!(metric(id).is_some(), "{}: unknown metric {id}", set.id);
        }
        assert!((1..=3).contains(&set.key_results.len()), "{}", set.id);
    }
}

#[test]
fn ids_are_unique_and_costs_go_down() {
    let ids: HashSet<_> = METRICS.iter().map(|m| m.id).collect();
    assert_eq!(ids.len(), METRICS.len());
    let sets: HashSet<_> = SETS.iter().map(|s| s.id).collect();
    assert_eq!(sets.len(), SETS.len());
    for id in ["cpa", "cac", "cpl", "bounce-rate"] {
        assert_eq!(metric(id).map(|m| m.good), Some(KrKind::Decrease), "{id}");
    }
    assert_eq!(metric("mql").map(|m| m.good), Some(KrKind::Increase));
}

#[test]
fn a_set_becomes_an_objective_with_empty_numbers() {
    let mut ids = IdGen::new(5);
    let paid = SETS.iter().find(|s| s.id == "paid").unwrap();
    let o = paid.to_objective(&mut ids, "EUR");
    assert_eq!(o.key_results.len(), 3);
    let cac = &o.key_results[1];
    assert_eq!(cac.kind, KrKind::Decrease);
    assert_eq!(cac.unit, Unit::Currency { code: "EUR".into() });
    assert_eq!(cac.catalog_metric.as_deref(), Some("cac"));
    assert!(o
        .key_results
        .iter()
        .all(|k| k.baseline.is_none() && k.target.is_none()));
    let unique: HashSet<_> = o.key_results.iter().map(|k| k.id.clone()).collect();
    assert_eq!(unique.len(), 3);
}

#[test]
fn a_set_brings_its_business_goal_and_a_first_bet_with_budget_and_tasks() {
    use crate::domain::{IdGen, Period, Plan};
    let mut ids = IdGen::new(4);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    let seo = SETS.iter().find(|s| s.id == "seo").unwrap();
    let content = SETS.iter().find(|s| s.id == "content").unwrap();
    let a = seo.add_to(&mut plan, &mut ids, "EUR");
    let b = content.add_to(&mut plan, &mut ids, "EUR");
    assert_eq!(
        plan.business_goals.len(),
        1,
        "two sets serving one goal share it"
    );
    let goal = &plan.business_goals[0].id;
    for o in [a, b] {
        assert_eq!(plan.objective(&o).unwrap().serves, vec![goal.clone()]);
    }
    let bet = &plan.objectives[0].key_results[0].projects[0];
    assert_eq!(bet.budget, Some(3000.0));
    assert_eq!(bet.tasks.len(), 3);
    assert!(SETS.iter().all(|s| !s.goal.is_empty() && s.bet.1 > 0.0));
}
