//! A large synthetic plan for benchmarks: many objectives and key results of every kind,
//! with a varied, slightly noisy weekly series so every trend rule has work to do.

use super::ids::IdGen;
use super::model::{CheckIn, Confidence, KeyResult, KrKind, Objective, Plan};
use super::period::Period;
use chrono::Days;

pub fn load_test_plan(
    ids: &mut IdGen,
    period: Period,
    objectives: usize,
    key_results_per_objective: usize,
    weeks: u64,
) -> Plan {
    const KINDS: [KrKind; 4] = [
        KrKind::Increase,
        KrKind::Decrease,
        KrKind::StayAbove,
        KrKind::StayBelow,
    ];
    let mut plan = Plan::new(ids, "Benchmark marketing", period);
    for o in 0..objectives {
        let mut objective = Objective {
            id: ids.next("obj"),
            title: format!("Objective {o}: win a bigger share of our niche"),
            ..Objective::default()
        };
        for k in 0..key_results_per_objective {
            let mut kr = KeyResult::new(
                ids.next("kr"),
                &format!("Key result {o}.{k}: move the metric"),
            );
            kr.kind = KINDS[k % KINDS.len()];
            let (baseline, target) = match kr.kind {
                KrKind::Decrease => (420.0, 300.0),
                _ => (100.0, 200.0),
            };
            kr.baseline = Some(baseline);
            kr.target = Some(target);
            let step = (target - baseline) / weeks.max(1) as f64;
            for w in 0..weeks {
                let wobble = ((w * 7 + k as u64 * 3 + o as u64) % 5) as f64 - 2.0;
                let date = period
                    .start
                    .checked_add_days(Days::new(w * 7 + 6))
                    .map_or(period.end, |d| d.min(period.end));
                kr.check_ins.push(CheckIn {
                    id: ids.next("ci"),
                    date,
                    value: baseline + step * (w as f64) * 0.8 + wobble,
                    confidence: Confidence::ALL[((w + k as u64) % 3) as usize],
                    note: format!("Week {} reading", w + 1),
                    stamp: Default::default(),
                    edits: Default::default(),
                });
            }
            objective.key_results.push(kr);
        }
        plan.objectives.push(objective);
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_load_test_plan_has_the_asked_size_inside_its_period() {
        let mut ids = IdGen::new(1);
        let period = Period::quarter(2027, 1).unwrap();
        let plan = load_test_plan(&mut ids, period, 50, 5, 13);
        assert_eq!(plan.key_results().count(), 250);
        assert!(plan.key_results().all(|k| k.check_ins.len() == 13));
        assert!(plan
            .key_results()
            .flat_map(|k| &k.check_ins)
            .all(|c| period.contains(c.date)));
        let file = crate::format::PlanFile::new(vec![plan], String::new());
        assert!(crate::format::validate(&file).is_ok());
    }
}
