//! The alignment map's plans: the open plan, and every other plan here (another team's,
//! imported from its file) that serves one of the same business goals.

use super::AppState;
use crate::domain::alignment::{alignment_map, goal_key, MapNode};
use crate::domain::Plan;
use leptos::prelude::*;

impl AppState {
    /// The map of the open plan and the plans that share a business goal with it, with
    /// the titles of those other plans.
    pub fn alignment(&self) -> (Vec<MapNode>, Vec<String>) {
        let today = Self::today();
        self.data.with(|d| {
            let Some(open) = d
                .current
                .as_ref()
                .and_then(|id| d.plans.iter().find(|p| &p.id == id))
            else {
                return (Vec::new(), Vec::new());
            };
            let keys: Vec<String> = open
                .business_goals
                .iter()
                .map(|g| goal_key(&g.title))
                .collect();
            let others: Vec<&Plan> = d
                .plans
                .iter()
                .filter(|p| p.id != open.id)
                .filter(|p| {
                    p.business_goals
                        .iter()
                        .any(|g| keys.contains(&goal_key(&g.title)))
                })
                .collect();
            let titles = others.iter().map(|p| p.title()).collect();
            let mut plans = vec![open];
            plans.extend(others);
            (alignment_map(&plans, today), titles)
        })
    }

    /// The key result of an earlier period that `kr` carries on, with that period: its
    /// pace grounds the realistic estimate of the target.
    pub fn carried_from(
        &self,
        kr: &crate::domain::KeyResult,
    ) -> Option<(crate::domain::KeyResult, crate::domain::Period)> {
        let from = kr.carried_from.as_ref()?;
        self.data.with_untracked(|d| {
            d.plans
                .iter()
                .find_map(|p| p.key_result(from).map(|k| (k.clone(), p.period)))
        })
    }

    /// Opens plan `plan` in the editor, where `record` is.
    pub fn open_in_editor(&self, plan: &crate::domain::Id) {
        if self
            .data
            .with_untracked(|d| d.current.as_ref() != Some(plan))
        {
            self.select_plan(plan.clone());
        }
    }
}
