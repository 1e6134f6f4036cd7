//! Change stamps dated far ahead of this device's clock: a teammate's broken clock, whose
//! changes would win every later edit of everyone once merged. Checked when a file is
//! taken in, since only then is "now" known.

use super::validate::Loc;
use super::FormatError;
use crate::domain::stamp::{Edits, Stamp};
use crate::domain::Plan;

/// How far ahead of this device's clock a teammate's change may be dated: clocks drift by
/// minutes, time zones are not involved (stamps are UTC), so a month ahead is a broken clock.
pub const MAX_CLOCK_AHEAD_MS: u64 = 30 * 24 * 3600 * 1000;

/// Refuses a file whose changes are dated far in the future: merged, they would win every
/// later edit of every teammate. `now_ms`: this device's clock.
pub fn check_clock(plans: &[Plan], now_ms: u64) -> Result<(), FormatError> {
    let limit = now_ms.saturating_add(MAX_CLOCK_AHEAD_MS);
    let check = |path: &dyn Fn() -> String, s: &Stamp| -> Result<(), FormatError> {
        if s.ms <= limit {
            return Ok(());
        }
        let day = chrono::DateTime::from_timestamp_millis(s.ms as i64)
            .map(|d| d.date_naive().to_string())
            .unwrap_or_else(|| "far in the future".into());
        Err(FormatError::Invalid {
            path: path(),
            message: format!(
                "this change is dated {day}, ahead of this device's clock; the clock of the device that made the file is wrong, so nothing was merged"
            ),
        })
    };
    fn stamps<'r>(
        created: &'r Stamp,
        edits: &'r Edits,
    ) -> impl Iterator<Item = (String, &'r Stamp)> {
        std::iter::once(("stamp".to_string(), created)).chain(edits.iter().flat_map(|(f, e)| {
            [
                (format!("edits.{f}"), &e.at),
                (format!("edits.{f}"), &e.base),
            ]
        }))
    }
    for (p, plan) in plans.iter().enumerate() {
        let base = format!("plans[{p}]");
        for (f, s) in stamps(&plan.stamp, &plan.edits) {
            check(&|| format!("{base}.{f}"), s)?;
        }
        for (i, t) in plan.deleted.iter().enumerate() {
            check(&|| format!("{base}.deleted[{i}].at"), &t.at)?;
        }
        for (o, obj) in plan.objectives.iter().enumerate() {
            let at = Loc::Objective(p, o);
            for (f, s) in stamps(&obj.stamp, &obj.edits) {
                check(&|| at.field(&f), s)?;
            }
            for (k, kr) in obj.key_results.iter().enumerate() {
                let at = Loc::KeyResult(p, o, k);
                for (f, s) in stamps(&kr.stamp, &kr.edits) {
                    check(&|| at.field(&f), s)?;
                }
                for (i, c) in kr.check_ins.iter().enumerate() {
                    let at = Loc::CheckIn(p, o, k, i);
                    for (f, s) in stamps(&c.stamp, &c.edits) {
                        check(&|| at.field(&f), s)?;
                    }
                }
                for (i, b) in kr.projects.iter().enumerate() {
                    let at = Loc::Project(p, o, k, i);
                    for (f, s) in stamps(&b.stamp, &b.edits) {
                        check(&|| at.field(&f), s)?;
                    }
                    for (t, task) in b.tasks.iter().enumerate() {
                        let at = Loc::Task(p, o, k, i, t);
                        for (f, s) in stamps(&task.stamp, &task.edits) {
                            check(&|| at.field(&f), s)?;
                        }
                    }
                }
            }
        }
        for (i, k) in plan.kpis.iter().enumerate() {
            let at = Loc::Kpi(p, i);
            for (f, s) in stamps(&k.stamp, &k.edits) {
                check(&|| at.field(&f), s)?;
            }
        }
        for (i, g) in plan.business_goals.iter().enumerate() {
            let at = Loc::Goal(p, i);
            for (f, s) in stamps(&g.stamp, &g.edits) {
                check(&|| at.field(&f), s)?;
            }
        }
    }
    Ok(())
}
