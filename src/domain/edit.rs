//! Editing a plan: reordering, removing with undo, and moving metrics between KPIs and
//! key results. Each operation returns what an undo needs instead of keeping history here.

use super::ids::{Id, IdGen};
use super::model::{
    BusinessGoal, CheckIn, KeyResult, Kpi, KrKind, Objective, Plan, Project, ProjectStatus, Task,
};

/// A removed record and where it stood, so an undo can put it back in place.
#[derive(Debug, Clone, PartialEq)]
pub enum Removed {
    Objective {
        index: usize,
        objective: Box<Objective>,
    },
    KeyResult {
        objective: Id,
        index: usize,
        key_result: Box<KeyResult>,
    },
    Kpi {
        index: usize,
        kpi: Kpi,
    },
    /// A bet and its place under its key result.
    Bet {
        key_result: Id,
        index: usize,
        bet: Project,
    },
    /// A check-in and its place in its key result's (date-ordered) history.
    CheckIn {
        key_result: Id,
        index: usize,
        check_in: CheckIn,
    },
    /// A business goal, and the objectives that linked to it (their links went with it).
    BusinessGoal {
        index: usize,
        goal: BusinessGoal,
        linked: Vec<Id>,
    },
    /// A task and its place in its bet's checklist.
    Task {
        bet: Id,
        index: usize,
        task: Task,
    },
}

impl Plan {
    /// Moves an objective one place up (`-1`) or down (`+1`); false at either end.
    pub fn move_objective(&mut self, id: &Id, delta: isize) -> bool {
        move_by(&mut self.objectives, |o| &o.id == id, delta)
    }

    pub fn remove_key_result(&mut self, id: &Id) -> Option<Removed> {
        self.objectives.iter_mut().find_map(|o| {
            let index = o.key_results.iter().position(|k| &k.id == id)?;
            Some(Removed::KeyResult {
                objective: o.id.clone(),
                index,
                key_result: Box::new(o.key_results.remove(index)),
            })
        })
    }

    pub fn remove_kpi(&mut self, id: &Id) -> Option<Removed> {
        let index = self.kpis.iter().position(|k| &k.id == id)?;
        Some(Removed::Kpi {
            index,
            kpi: self.kpis.remove(index),
        })
    }

    /// Removes a check-in from whichever key result holds it.
    pub fn remove_check_in(&mut self, id: &Id) -> Option<Removed> {
        self.objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .find_map(|k| {
                let index = k.check_ins.iter().position(|c| &c.id == id)?;
                Some(Removed::CheckIn {
                    key_result: k.id.clone(),
                    index,
                    check_in: k.check_ins.remove(index),
                })
            })
    }

    /// Removes a bet from whichever key result holds it.
    pub fn remove_bet(&mut self, id: &Id) -> Option<Removed> {
        self.objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .find_map(|k| {
                let index = k.projects.iter().position(|b| &b.id == id)?;
                Some(Removed::Bet {
                    key_result: k.id.clone(),
                    index,
                    bet: k.projects.remove(index),
                })
            })
    }

    pub fn remove_objective_undoable(&mut self, id: &Id) -> Option<Removed> {
        let (index, objective) = self.remove_objective(id)?;
        Some(Removed::Objective {
            index,
            objective: Box::new(objective),
        })
    }

    /// Puts a removed record back. A key result whose objective is gone too goes nowhere,
    /// and so does a check-in whose key result is gone.
    pub fn restore(&mut self, removed: Removed) -> bool {
        // A merge may have brought the record back already: never hold it twice.
        let present = match &removed {
            Removed::Objective { objective, .. } => self.objective(&objective.id).is_some(),
            Removed::KeyResult { key_result, .. } => self.key_result(&key_result.id).is_some(),
            Removed::Kpi { kpi, .. } => self.kpis.iter().any(|k| k.id == kpi.id),
            Removed::CheckIn { check_in, .. } => self
                .key_results()
                .any(|k| k.check_ins.iter().any(|c| c.id == check_in.id)),
            Removed::Bet { bet, .. } => self
                .key_results()
                .any(|k| k.projects.iter().any(|b| b.id == bet.id)),
            Removed::BusinessGoal { goal, .. } => self.business_goal(&goal.id).is_some(),
            Removed::Task { task, .. } => {
                self.bets().any(|b| b.tasks.iter().any(|t| t.id == task.id))
            }
        };
        if present {
            return false;
        }
        match removed {
            Removed::Objective { index, objective } => {
                self.restore_objective(index, *objective);
                true
            }
            Removed::KeyResult {
                objective,
                index,
                key_result,
            } => match self.objective_mut(&objective) {
                Some(o) => {
                    let at = index.min(o.key_results.len());
                    o.key_results.insert(at, *key_result);
                    true
                }
                None => false,
            },
            Removed::Kpi { index, kpi } => {
                let at = index.min(self.kpis.len());
                self.kpis.insert(at, kpi);
                true
            }
            Removed::Bet {
                key_result,
                index,
                bet,
            } => match self.key_result_mut(&key_result) {
                Some(k) => {
                    let at = index.min(k.projects.len());
                    k.projects.insert(at, bet);
                    true
                }
                None => false,
            },
            Removed::CheckIn {
                key_result,
                index,
                check_in,
            } => match self.key_result_mut(&key_result) {
                Some(k) => {
                    let at = index.min(k.check_ins.len());
                    k.check_ins.insert(at, check_in);
                    true
                }
                None => false,
            },
            Removed::BusinessGoal {
                index,
                goal,
                linked,
            } => {
                for o in self
                    .objectives
                    .iter_mut()
                    .filter(|o| linked.contains(&o.id))
                {
                    if !o.serves.contains(&goal.id) {
                        o.serves.push(goal.id.clone());
                    }
                }
                let at = index.min(self.business_goals.len());
                self.business_goals.insert(at, goal);
                true
            }
            Removed::Task { bet, index, task } => match self.bet_mut(&bet) {
                Some(b) => {
                    let at = index.min(b.tasks.len());
                    b.tasks.insert(at, task);
                    true
                }
                None => false,
            },
        }
    }

    pub fn add_kpi(&mut self, ids: &mut IdGen, name: &str) -> Id {
        let id = ids.next("kpi");
        self.kpis.push(Kpi {
            id: id.clone(),
            name: name.trim().to_string(),
            ..Kpi::default()
        });
        id
    }

    /// A KPI that needs a real push becomes a key result under `objective`: its current
    /// value is the baseline, its target the target, and the direction follows from them.
    pub fn kpi_to_key_result(&mut self, kpi: &Id, objective: &Id, ids: &mut IdGen) -> Option<Id> {
        self.objective(objective)?;
        let Some(Removed::Kpi { kpi, .. }) = self.remove_kpi(kpi) else {
            return None;
        };
        let id = ids.next("kr");
        let mut kr = KeyResult::new(id.clone(), &kpi.name);
        kr.metric = kpi.name;
        kr.unit = kpi.unit;
        kr.baseline = kpi.current;
        kr.target = kpi.target;
        if let (Some(current), Some(target)) = (kpi.current, kpi.target) {
            kr.kind = if target < current {
                KrKind::Decrease
            } else {
                KrKind::Increase
            };
        }
        self.objective_mut(objective)?.key_results.push(kr);
        Some(id)
    }

    /// Routine work leaves the OKRs: a key result becomes a KPI tracked beside them, with
    /// its latest reading (or its baseline) as the current value.
    pub fn key_result_to_kpi(&mut self, key_result: &Id, ids: &mut IdGen) -> Option<Id> {
        let Some(Removed::KeyResult { key_result: kr, .. }) = self.remove_key_result(key_result)
        else {
            return None;
        };
        let kr = *kr;
        let id = ids.next("kpi");
        let name = if kr.metric.trim().is_empty() {
            kr.title.clone()
        } else {
            kr.metric.clone()
        };
        self.kpis.push(Kpi {
            id: id.clone(),
            name,
            unit: kr.unit.clone(),
            current: kr.latest_check_in().map(|c| c.value).or(kr.baseline),
            target: kr.target,
            ..Kpi::default()
        });
        Some(id)
    }
}

impl Objective {
    pub fn move_key_result(&mut self, id: &Id, delta: isize) -> bool {
        move_by(&mut self.key_results, |k| &k.id == id, delta)
    }
}

impl KeyResult {
    pub fn add_project(&mut self, ids: &mut IdGen, title: &str) -> Id {
        let id = ids.next("bet");
        self.projects.push(Project {
            id: id.clone(),
            title: title.trim().to_string(),
            status: ProjectStatus::Idea,
            ..Project::default()
        });
        id
    }
}

fn move_by<T>(items: &mut [T], is: impl Fn(&T) -> bool, delta: isize) -> bool {
    let Some(from) = items.iter().position(is) else {
        return false;
    };
    let to = from as isize + delta;
    if to < 0 || to as usize >= items.len() {
        return false;
    }
    items.swap(from, to as usize);
    true
}

#[cfg(test)]
mod tests;
