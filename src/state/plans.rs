//! Managing plans: create, open the sample, switch, rename, duplicate, delete with undo.

use super::{AppState, UndoAction, UndoEntry};
use crate::domain::sample::sample_plan;
use crate::domain::{Id, Period, Plan};
use crate::format::import_as_new;
use leptos::prelude::*;

impl AppState {
    fn add_plan(&self, plan: Plan) -> Id {
        let id = plan.id.clone();
        self.data.update(|d| {
            d.plans.push(plan);
            d.current = Some(id.clone());
        });
        self.schedule_save();
        id
    }

    pub fn create_plan(&self, team: &str, period: Period) -> Id {
        let plan = self
            .ids
            .try_update_value(|ids| Plan::new(ids, team, period))
            .unwrap_or_else(|| Plan::new(&mut crate::domain::IdGen::new(1), team, period));
        self.add_plan(plan)
    }

    /// The sample plan for the current quarter, with weeks of check-ins up to today.
    pub fn open_sample(&self) -> Id {
        let today = chrono::Local::now().date_naive();
        let plan = self.ids.try_update_value(|ids| sample_plan(today, ids));
        match plan {
            Some(p) => self.add_plan(p),
            None => Id::default(),
        }
    }

    pub fn select_plan(&self, id: Id) {
        self.data.update(|d| d.current = Some(id));
        self.schedule_save();
    }

    /// A copy of the current plan with fresh ids, e.g. to start next quarter from this one.
    pub fn duplicate_plan(&self) -> Option<Id> {
        let copy = self.with_plan(|p| {
            let p = p?;
            self.ids.try_update_value(|ids| {
                let mut copy = import_as_new(p, ids);
                copy.team = format!("{} (copy)", p.team);
                copy
            })
        })?;
        Some(self.add_plan(copy))
    }

    /// Deletes the current plan; the undo toast can bring it back.
    pub fn delete_plan(&self) {
        let mut removed = None;
        self.data.update(|d| {
            let Some(id) = d.current.clone() else { return };
            if let Some(index) = d.plans.iter().position(|p| p.id == id) {
                let plan = d.plans.remove(index);
                d.current = d.plans.first().map(|p| p.id.clone());
                removed = Some((index, plan));
            }
        });
        if let Some((index, plan)) = removed {
            self.undo.set(Some(UndoEntry {
                label: format!("Deleted the plan \"{}\"", plan.title()),
                action: UndoAction::RestorePlan {
                    index,
                    plan: Box::new(plan),
                },
            }));
            self.schedule_save();
        }
    }
}
