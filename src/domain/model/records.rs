//! Making records and finding them: a new plan, objective or key result with its
//! defaults, and the lookups by id every edit goes through.

use super::*;
use crate::domain::ids::{Id, IdGen};
use crate::domain::period::Period;
use crate::domain::stamp::{Edits, Stamp};
use crate::domain::title_numbers::FromTitle;
use std::collections::BTreeMap;

impl Plan {
    pub fn new(ids: &mut IdGen, team: &str, period: Period) -> Self {
        Plan {
            id: ids.next("plan"),
            team: team.trim().to_string(),
            period,
            context: String::new(),
            not_going: Vec::new(),
            focus_areas: Vec::new(),
            objectives: Vec::new(),
            kpis: Vec::new(),
            business_goals: Vec::new(),
            closed_on: None,
            follows: None,
            stamp: Stamp::default(),
            edits: Edits::new(),
            deleted: Vec::new(),
            people: BTreeMap::new(),
        }
    }

    /// "Growth marketing · 2027 Q1": how the plan is named in the header and in file names.
    pub fn title(&self) -> String {
        let team = if self.team.is_empty() {
            "Untitled team"
        } else {
            &self.team
        };
        format!("{team} · {}", self.period.label())
    }

    pub fn add_objective(&mut self, ids: &mut IdGen, title: &str) -> Id {
        let id = ids.next("obj");
        self.objectives.push(Objective {
            id: id.clone(),
            title: title.trim().to_string(),
            why: String::new(),
            key_results: Vec::new(),
            ..Objective::default()
        });
        id
    }

    pub fn objective(&self, id: &Id) -> Option<&Objective> {
        self.objectives.iter().find(|o| &o.id == id)
    }

    pub fn objective_mut(&mut self, id: &Id) -> Option<&mut Objective> {
        self.objectives.iter_mut().find(|o| &o.id == id)
    }

    /// Removes an objective and returns it with its position, so an undo can put it back.
    pub fn remove_objective(&mut self, id: &Id) -> Option<(usize, Objective)> {
        let index = self.objectives.iter().position(|o| &o.id == id)?;
        Some((index, self.objectives.remove(index)))
    }

    /// Puts back an objective removed by `remove_objective`, at its old place where it still fits.
    pub fn restore_objective(&mut self, index: usize, objective: Objective) {
        let at = index.min(self.objectives.len());
        self.objectives.insert(at, objective);
    }

    pub fn key_result(&self, id: &Id) -> Option<&KeyResult> {
        self.key_results().find(|kr| &kr.id == id)
    }

    pub fn key_result_mut(&mut self, id: &Id) -> Option<&mut KeyResult> {
        self.objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .find(|kr| &kr.id == id)
    }

    pub fn key_results(&self) -> impl Iterator<Item = &KeyResult> {
        self.objectives.iter().flat_map(|o| o.key_results.iter())
    }
}

impl Objective {
    /// The ids of its key results, in order: what lists of key results are keyed by.
    pub fn key_result_ids(&self) -> Vec<Id> {
        self.key_results.iter().map(|k| k.id.clone()).collect()
    }

    pub fn add_key_result(&mut self, ids: &mut IdGen, title: &str) -> Id {
        let id = ids.next("kr");
        self.key_results.push(KeyResult::new(id.clone(), title));
        id
    }
}

impl KeyResult {
    pub fn new(id: Id, title: &str) -> Self {
        KeyResult {
            id,
            title: title.trim().to_string(),
            metric: String::new(),
            unit: Unit::Count,
            kind: KrKind::Increase,
            baseline: None,
            target: None,
            owner: String::new(),
            working_group: String::new(),
            catalog_metric: None,
            retrospective: Retrospective::default(),
            projects: Vec::new(),
            check_ins: Vec::new(),
            checklist: crate::domain::maturity::Checklist::default(),
            carried_from: None,
            from_title: FromTitle::default(),
            rank: String::new(),
            stamp: Stamp::default(),
            edits: Edits::new(),
        }
    }

    /// The most recent check-in by date (the later-added one wins a tie).
    pub fn latest_check_in(&self) -> Option<&CheckIn> {
        self.check_ins
            .iter()
            .enumerate()
            .max_by_key(|(i, c)| (c.date, *i))
            .map(|(_, c)| c)
    }
}
