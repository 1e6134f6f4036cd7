//! Progress of key results, objectives and plans, from 0 (baseline) to 1 (target).
//!
//! Values are kept unclamped: 1.25 means the target was passed by a quarter of the way,
//! -0.1 means the metric moved the wrong way. Only the display clamps. Decreasing key
//! results (CPA, CAC) mirror increasing ones, which is where most OKR tools go wrong.

use super::model::{KeyResult, KrKind, Objective, Plan};

/// Progress of a value between a baseline and a target, in either direction.
/// `None` when baseline and target coincide: there is no distance to travel.
pub fn fraction(baseline: f64, target: f64, value: f64) -> Option<f64> {
    let span = target - baseline;
    if span == 0.0 || !span.is_finite() || !value.is_finite() {
        return None;
    }
    // (value - baseline) / (target - baseline) covers both directions: for a decrease
    // both numerator and span are negative when the value falls towards the target.
    Some((value - baseline) / span)
}

impl KeyResult {
    /// Whether a value satisfies a stay-above / stay-below threshold (or a done milestone).
    pub fn within_threshold(&self, value: f64) -> Option<bool> {
        let threshold = self.target?;
        match self.kind {
            KrKind::StayAbove => Some(value >= threshold),
            KrKind::StayBelow => Some(value <= threshold),
            _ => None,
        }
    }

    /// Current progress, unclamped. `None` until the key result has what it needs
    /// (a baseline and a target; a check-in for thresholds and milestones).
    pub fn progress(&self) -> Option<f64> {
        let latest = self.latest_check_in();
        match self.kind {
            KrKind::Increase | KrKind::Decrease => {
                let baseline = self.baseline?;
                let value = latest.map_or(baseline, |c| c.value);
                fraction(baseline, self.target?, value)
            }
            KrKind::StayAbove | KrKind::StayBelow => {
                // The share of check-ins inside the threshold.
                if self.check_ins.is_empty() {
                    return None;
                }
                let inside = self
                    .check_ins
                    .iter()
                    .filter(|c| self.within_threshold(c.value) == Some(true))
                    .count();
                self.target?;
                Some(inside as f64 / self.check_ins.len() as f64)
            }
            // A milestone is done (any reading at or past 1) or not.
            KrKind::Milestone => Some(if latest.is_some_and(|c| c.value >= 1.0) {
                1.0
            } else {
                0.0
            }),
        }
    }
}

impl Objective {
    /// Mean progress of the key results that can be measured; `None` when none can.
    pub fn progress(&self) -> Option<f64> {
        mean(self.key_results.iter().filter_map(KeyResult::progress))
    }
}

impl Plan {
    pub fn progress(&self) -> Option<f64> {
        mean(self.objectives.iter().filter_map(Objective::progress))
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// A progress value as the whole percentage shown to people, clamped to 0-100.
pub fn percent_label(progress: f64) -> String {
    format!("{:.0}%", (progress * 100.0).clamp(0.0, 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CheckIn, Confidence, Id};
    use chrono::NaiveDate;

    fn kr(kind: KrKind, baseline: Option<f64>, target: Option<f64>, values: &[f64]) -> KeyResult {
        let mut kr = KeyResult::new(Id::from("kr"), "t");
        kr.kind = kind;
        kr.baseline = baseline;
        kr.target = target;
        for (i, v) in values.iter().enumerate() {
            kr.check_ins.push(CheckIn {
                id: Id(format!("c{i}")),
                date: NaiveDate::from_ymd_opt(2027, 1, 1 + i as u32 * 7).unwrap(),
                value: *v,
                confidence: Confidence::Green,
                note: String::new(),
                stamp: Default::default(),
                edits: Default::default(),
            });
        }
        kr
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn increase_runs_from_baseline_to_target_unclamped() {
        let base = kr(KrKind::Increase, Some(5000.0), Some(15000.0), &[]);
        assert!(close(base.progress(), 0.0));
        assert!(close(
            kr(KrKind::Increase, Some(5000.0), Some(15000.0), &[10000.0]).progress(),
            0.5
        ));
        assert!(close(
            kr(KrKind::Increase, Some(5000.0), Some(15000.0), &[17500.0]).progress(),
            1.25
        ));
        assert!(close(
            kr(KrKind::Increase, Some(5000.0), Some(15000.0), &[4000.0]).progress(),
            -0.1
        ));
    }

    #[test]
    fn decrease_mirrors_increase() {
        // CAC from $420 to $300.
        assert!(close(
            kr(KrKind::Decrease, Some(420.0), Some(300.0), &[360.0]).progress(),
            0.5
        ));
        assert!(close(
            kr(KrKind::Decrease, Some(420.0), Some(300.0), &[270.0]).progress(),
            1.25
        ));
        assert!(close(
            kr(KrKind::Decrease, Some(420.0), Some(300.0), &[450.0]).progress(),
            -0.25
        ));
    }

    #[test]
    fn no_progress_without_a_distance_to_travel() {
        assert_eq!(
            kr(KrKind::Increase, Some(10.0), Some(10.0), &[12.0]).progress(),
            None
        );
        assert_eq!(
            kr(KrKind::Increase, None, Some(10.0), &[12.0]).progress(),
            None
        );
        assert_eq!(kr(KrKind::Increase, Some(1.0), None, &[]).progress(), None);
    }

    #[test]
    fn thresholds_count_check_ins_inside() {
        // Keep cost per lead under $500.
        let below = kr(
            KrKind::StayBelow,
            None,
            Some(500.0),
            &[480.0, 520.0, 500.0, 450.0],
        );
        assert!(close(below.progress(), 0.75));
        let above = kr(KrKind::StayAbove, None, Some(30.0), &[29.0, 31.0]);
        assert!(close(above.progress(), 0.5));
        assert_eq!(
            kr(KrKind::StayAbove, None, Some(30.0), &[]).progress(),
            None
        );
    }

    #[test]
    fn milestones_are_zero_or_one() {
        assert!(close(
            kr(KrKind::Milestone, None, None, &[]).progress(),
            0.0
        ));
        assert!(close(
            kr(KrKind::Milestone, None, None, &[1.0]).progress(),
            1.0
        ));
    }

    #[test]
    fn objective_progress_is_the_mean_of_measurable_key_results() {
        let o = Objective {
            id: Id::from("o"),
            title: "o".into(),
            why: String::new(),
            key_results: vec![
                kr(KrKind::Increase, Some(0.0), Some(10.0), &[5.0]),
                kr(KrKind::Decrease, Some(100.0), Some(50.0), &[50.0]),
                kr(KrKind::Increase, None, None, &[]),
            ],
            ..Default::default()
        };
        assert!(close(o.progress(), 0.75));
        assert_eq!(percent_label(1.25), "100%");
        assert_eq!(percent_label(0.666), "67%");
        assert_eq!(percent_label(-0.2), "0%");
    }
}
