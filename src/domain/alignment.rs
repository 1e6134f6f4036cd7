//! From the company's goals to the bets: business goals as records, the links objectives
//! make to them, and the map that joins one or several teams' plans under those goals.

use super::edit::Removed;
use super::ids::{Id, IdGen};
use super::model::{BusinessGoal, KeyResult, Objective, Plan, Project, ProjectStatus, Task, Unit};
use super::period::Period;
use super::trends::{status, window, Status};
use chrono::NaiveDate;

impl Plan {
    pub fn add_business_goal(&mut self, ids: &mut IdGen, title: &str) -> Id {
        let id = ids.next("goal");
        self.business_goals.push(BusinessGoal {
            id: id.clone(),
            title: title.trim().to_string(),
            unit: Unit::Count,
            ..BusinessGoal::default()
        });
        id
    }

    pub fn business_goal(&self, id: &Id) -> Option<&BusinessGoal> {
        self.business_goals.iter().find(|g| &g.id == id)
    }

    pub fn business_goal_mut(&mut self, id: &Id) -> Option<&mut BusinessGoal> {
        self.business_goals.iter_mut().find(|g| &g.id == id)
    }

    /// Removes a business goal and every objective's link to it (a link to nothing would
    /// be a silent loss); the undo puts both back.
    pub fn remove_business_goal(&mut self, id: &Id) -> Option<Removed> {
        let index = self.business_goals.iter().position(|g| &g.id == id)?;
        let goal = self.business_goals.remove(index);
        let mut linked = Vec::new();
        for o in &mut self.objectives {
            if o.serves.contains(id) {
                o.serves.retain(|g| g != id);
                linked.push(o.id.clone());
            }
        }
        Some(Removed::BusinessGoal {
            index,
            goal,
            linked,
        })
    }

    /// Links or unlinks an objective and a business goal; false when either is missing.
    pub fn set_serves(&mut self, objective: &Id, goal: &Id, serves: bool) -> bool {
        if self.business_goal(goal).is_none() {
            return false;
        }
        let Some(o) = self.objective_mut(objective) else {
            return false;
        };
        let has = o.serves.contains(goal);
        if serves && !has {
            o.serves.push(goal.clone());
        } else if !serves && has {
            o.serves.retain(|g| g != goal);
        }
        true
    }

    /// The business goals an objective serves that this plan holds (a link a teammate's
    /// deletion left behind counts for nothing).
    pub fn goals_served<'p>(&'p self, o: &'p Objective) -> impl Iterator<Item = &'p BusinessGoal> {
        o.serves.iter().filter_map(|id| self.business_goal(id))
    }

    /// Every bet in the plan.
    pub fn bets(&self) -> impl Iterator<Item = &Project> {
        self.key_results().flat_map(|k| k.projects.iter())
    }

    pub fn bet_mut(&mut self, id: &Id) -> Option<&mut Project> {
        self.objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .flat_map(|k| k.projects.iter_mut())
            .find(|b| &b.id == id)
    }

    /// The task with this id, under whichever bet holds it.
    pub fn task_mut(&mut self, id: &Id) -> Option<&mut Task> {
        self.objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .flat_map(|k| k.projects.iter_mut())
            .flat_map(|b| b.tasks.iter_mut())
            .find(|t| &t.id == id)
    }

    /// Removes a task from whichever bet holds it.
    pub fn remove_task(&mut self, id: &Id) -> Option<Removed> {
        self.objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .flat_map(|k| k.projects.iter_mut())
            .find_map(|b| {
                let index = b.tasks.iter().position(|t| &t.id == id)?;
                Some(Removed::Task {
                    bet: b.id.clone(),
                    index,
                    task: b.tasks.remove(index),
                })
            })
    }
}

impl Project {
    pub fn add_task(&mut self, ids: &mut IdGen, title: &str, owner: &str) -> Id {
        let id = ids.next("task");
        self.tasks.push(Task {
            id: id.clone(),
            title: title.trim().to_string(),
            owner: owner.trim().to_string(),
            ..Task::default()
        });
        id
    }

    /// "2 of 5 tasks done", or nothing when it has none.
    pub fn tasks_done(&self) -> Option<(usize, usize)> {
        (!self.tasks.is_empty()).then(|| {
            (
                self.tasks.iter().filter(|t| t.done).count(),
                self.tasks.len(),
            )
        })
    }
}

/// How two teams' plans know they serve the same company goal: the same title, whatever
/// its case, spacing and punctuation ("Double new ARR" and "double new ARR.").
pub fn goal_key(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// One node of the map: what it is, its words, its status, and where it leads.
#[derive(Debug, Clone, PartialEq)]
pub struct MapNode {
    pub level: Level,
    pub title: String,
    /// The team whose plan holds it (empty for a company goal).
    pub team: String,
    pub status: Option<Status>,
    /// A bet's own status (running, worked, failed), which colours it instead.
    pub bet: Option<ProjectStatus>,
    /// The plan and record it leads to in the editor.
    pub plan: Option<Id>,
    pub id: Option<Id>,
    /// The record whose title the editor shows for it: its own, or a bet's key result.
    pub focus: Option<Id>,
    pub children: Vec<MapNode>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Goal,
    Objective,
    KeyResult,
    Bet,
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::Goal => "Business goal",
            Level::Objective => "Objective",
            Level::KeyResult => "Key result",
            Level::Bet => "Bet",
        }
    }
}

/// The alignment map of `plans` (the open plan first): each company goal any of them
/// holds, with the objectives of every plan that serve it, their key results and bets.
/// Objectives that serve no goal are gathered under one last node, so nothing is hidden.
pub fn alignment_map(plans: &[&Plan], today: NaiveDate) -> Vec<MapNode> {
    let mut goals: Vec<(String, MapNode)> = Vec::new();
    let mut unaligned = Vec::new();
    let several = plans.len() > 1;
    for plan in plans {
        for g in &plan.business_goals {
            let key = goal_key(&g.title);
            if !goals.iter().any(|(k, _)| *k == key) {
                goals.push((
                    key,
                    MapNode {
                        level: Level::Goal,
                        title: g.title.clone(),
                        team: String::new(),
                        status: None,
                        bet: None,
                        plan: Some(plan.id.clone()),
                        id: Some(g.id.clone()),
                        focus: Some(g.id.clone()),
                        children: Vec::new(),
                    },
                ));
            }
        }
    }
    for plan in plans {
        let team = if several {
            plan.team.clone()
        } else {
            String::new()
        };
        for o in &plan.objectives {
            let node = objective_node(plan, o, &team, today);
            let keys: Vec<String> = plan.goals_served(o).map(|g| goal_key(&g.title)).collect();
            if keys.is_empty() {
                unaligned.push(node);
                continue;
            }
            for key in keys {
                if let Some((_, g)) = goals.iter_mut().find(|(k, _)| *k == key) {
                    g.children.push(node.clone());
                }
            }
        }
    }
    let mut out: Vec<MapNode> = goals.into_iter().map(|(_, n)| n).collect();
    if !unaligned.is_empty() {
        out.push(MapNode {
            level: Level::Goal,
            title: "Serves no business goal yet".into(),
            team: String::new(),
            status: None,
            bet: None,
            plan: None,
            id: None,
            focus: None,
            children: unaligned,
        });
    }
    out
}

fn objective_node(plan: &Plan, o: &Objective, team: &str, today: NaiveDate) -> MapNode {
    let key_results: Vec<MapNode> = o
        .key_results
        .iter()
        .map(|k| MapNode {
            level: Level::KeyResult,
            title: k.title.clone(),
            team: team.to_string(),
            status: Some(kr_status(k, plan.period, today)),
            bet: None,
            plan: Some(plan.id.clone()),
            id: Some(k.id.clone()),
            focus: Some(k.id.clone()),
            children: k
                .projects
                .iter()
                .map(|b| MapNode {
                    level: Level::Bet,
                    title: b.title.clone(),
                    team: team.to_string(),
                    status: None,
                    bet: Some(b.status),
                    plan: Some(plan.id.clone()),
                    id: Some(b.id.clone()),
                    focus: Some(k.id.clone()),
                    children: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let statuses: Vec<Status> = key_results.iter().filter_map(|k| k.status).collect();
    MapNode {
        level: Level::Objective,
        title: o.title.clone(),
        team: team.to_string(),
        status: objective_status(&statuses),
        bet: None,
        plan: Some(plan.id.clone()),
        id: Some(o.id.clone()),
        focus: Some(o.id.clone()),
        children: key_results,
    }
}

pub fn kr_status(k: &KeyResult, period: Period, today: NaiveDate) -> Status {
    status(k, period, today, &window(k, period, today))
}

/// An objective is as far along as its weakest key result that can be judged: a map is
/// read for where help is needed.
pub fn objective_status(krs: &[Status]) -> Option<Status> {
    let rank = |s: &Status| match s {
        Status::OffTrack => 4,
        Status::AtRisk => 3,
        Status::OnTrack => 2,
        Status::Unmeasurable => 1,
        Status::Pending => 0,
    };
    krs.iter().copied().max_by_key(|s| {
        // Judged statuses first; among them the worst.
        let judged = matches!(s, Status::OffTrack | Status::AtRisk | Status::OnTrack);
        (judged, rank(s))
    })
}

#[cfg(test)]
mod tests;
