//! The sample's business goals, and its bets' money, dates and tasks, so a newcomer sees
//! every part of the alignment map and the budget filled.

use crate::domain::ids::{Id, IdGen};
use crate::domain::model::*;
use crate::domain::period::Period;
use chrono::{Days, NaiveDate};

pub(super) fn business_goal(
    plan: &mut Plan,
    ids: &mut IdGen,
    title: &str,
    (metric, unit, current, target, owner): (&str, Unit, f64, f64, &str),
) -> Id {
    let id = plan.add_business_goal(ids, title);
    if let Some(g) = plan.business_goal_mut(&id) {
        g.metric = metric.into();
        g.unit = unit;
        g.current = Some(current);
        g.target = Some(target);
        g.owner = owner.into();
    }
    id
}

/// A bet's money, dates and tasks, as far along as its status says: a running bet has
/// spent in step with the calendar, a finished one all or most of its budget.
pub(super) fn fill_bet(
    bet: &mut Project,
    owner: &str,
    period: Period,
    today: NaiveDate,
    ids: &mut IdGen,
) {
    let elapsed = period.elapsed_fraction(today);
    let (budget, spent, done) = match bet.status {
        ProjectStatus::Idea => (2_000.0, 0.0, 1),
        ProjectStatus::Running => (8_000.0, (8_000.0 * elapsed / 100.0).round() * 100.0, 2),
        ProjectStatus::Worked => (5_000.0, 4_600.0, 3),
        ProjectStatus::Failed => (3_000.0, 3_000.0, 3),
        ProjectStatus::Dropped => (1_000.0, 200.0, 1),
    };
    bet.budget = Some(budget);
    bet.spent = Some(spent);
    bet.starts = period.start.checked_add_days(Days::new(7));
    bet.ends = period.end.checked_sub_days(Days::new(14));
    for (i, task) in [
        "Write the brief and the hypothesis",
        "Agree the budget with finance",
        "Review the results at the weekly check-in",
    ]
    .into_iter()
    .enumerate()
    {
        let id = bet.add_task(ids, task, owner);
        if let Some(t) = bet.tasks.iter_mut().find(|t| t.id == id) {
            t.done = i < done;
        }
    }
}
