//! Closing a period and starting the next from it. A closed plan is read-only: every
//! edit goes through `edit_plan`, which refuses it (a teammate's merge still comes in, so
//! copies stay in step); reopening makes it editable again.

use super::AppState;
use crate::domain::quarter::{CarryNotes, CarryOver};
use crate::domain::{Id, Period, Plan};
use leptos::prelude::*;

impl AppState {
    /// Whether the open plan is closed, and since when.
    pub fn closed_on(&self) -> Option<chrono::NaiveDate> {
        self.with_plan(|p| p.and_then(|p| p.closed_on))
    }

    pub fn close_plan(&self) {
        self.set_closed(Some(Self::today()));
    }

    pub fn reopen_plan(&self) {
        self.set_closed(None);
    }

    fn set_closed(&self, day: Option<chrono::NaiveDate>) {
        self.data.update(|d| {
            let Some(id) = d.current.clone() else { return };
            if let Some(p) = d.plans.iter_mut().find(|p| p.id == id) {
                match day {
                    Some(day) => p.close(day),
                    None => p.reopen(),
                }
            }
        });
        self.schedule_save();
    }

    /// Starts the next period's plan from the open one (closing it first if it is not
    /// closed yet) and opens the new plan.
    pub fn start_next_period(&self, period: Period, carry: &CarryOver) -> Option<(Id, CarryNotes)> {
        let old = self.with_plan_untracked(|p| p.cloned())?;
        if !old.is_closed() {
            self.close_plan();
        }
        let (next, notes) = self
            .ids
            .try_update_value(|ids| old.next_period(period, carry, ids))?;
        let id = next.id.clone();
        self.data.update(|d| {
            d.plans.push(next);
            d.current = Some(id.clone());
        });
        self.schedule_save();
        Some((id, notes))
    }

    /// The plan the open one was started from, if it is on this device.
    pub fn previous_plan(&self) -> Option<Plan> {
        self.data.with(|d| {
            let current = d.current.as_ref()?;
            let open = d.plans.iter().find(|p| &p.id == current)?;
            let before = open.follows.as_ref()?;
            d.plans.iter().find(|p| &p.id == before).cloned()
        })
    }
}

impl AppState {
    /// A key result of the open plan across the periods it was carried through, oldest
    /// first: each period and its (date, value) readings. One entry when it was not carried.
    pub fn history_across(&self, key_result: &Id) -> Vec<(Period, Vec<(chrono::NaiveDate, f64)>)> {
        self.data.with(|d| {
            let Some(plan) = d
                .current
                .as_ref()
                .and_then(|c| d.plans.iter().find(|p| &p.id == c))
            else {
                return Vec::new();
            };
            crate::domain::quarter::history_across(&d.plans, plan, key_result)
                .into_iter()
                .map(|(period, check_ins)| {
                    (
                        period,
                        check_ins.iter().map(|c| (c.date, c.value)).collect(),
                    )
                })
                .collect()
        })
    }
}
