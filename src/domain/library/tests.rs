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
