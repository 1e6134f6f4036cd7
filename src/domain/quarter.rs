//! Ending a period and starting the next from it. Closing grades every key result (0.6-0.7
//! is success, and the app says so), gathers what was learned, and keeps the plan
//! read-only until it is reopened. The next period's plan carries over what the team
//! chooses: unfinished key results with their latest value as the new baseline and no
//! old check-ins, KPIs with their current values, "not going" lines to review, bets still
//! running; each carried key result names the one it continues, so a metric's history
//! reads across quarters.

use super::ids::{Id, IdGen};
use super::model::{CheckIn, KeyResult, Objective, Plan, ProjectStatus};
use super::period::Period;
use super::trends::{analyze_plan, grade_label};
use chrono::NaiveDate;

/// What the team chose to carry into the next period.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CarryOver {
    pub key_results: Vec<Id>,
    pub kpis: bool,
    pub not_going: bool,
    pub running_bets: bool,
}

/// What carrying over did that the person should know: a key result with no check-in
/// keeps its old baseline.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CarryNotes {
    pub kept_baseline: Vec<String>,
}

/// A key result's end-of-period grade, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct FinalGrade {
    pub key_result: Id,
    pub title: String,
    pub grade: Option<f64>,
    pub words: &'static str,
    /// Whether the grade is in the success band or above (0.6 and up).
    pub landed: bool,
}

impl Plan {
    pub fn is_closed(&self) -> bool {
        self.closed_on.is_some()
    }

    pub fn close(&mut self, day: NaiveDate) {
        self.closed_on = Some(day);
    }

    pub fn reopen(&mut self) {
        self.closed_on = None;
    }

    /// Every key result's grade as of `day` (the period's end once it is over).
    pub fn final_grades(&self, day: NaiveDate) -> Vec<FinalGrade> {
        let trend = analyze_plan(self, day.min(self.period.end));
        trend
            .objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .map(|k| FinalGrade {
                key_result: Id::from(k.id.as_str()),
                title: k.title.clone(),
                grade: k.grade,
                words: k.grade.map_or("not graded: no check-in", grade_label),
                landed: k.grade.is_some_and(|g| g + 1e-9 >= 0.6),
            })
            .collect()
    }

    /// The key results a new period would carry by default: those short of their target.
    pub fn unfinished(&self, day: NaiveDate) -> Vec<Id> {
        self.final_grades(day)
            .into_iter()
            .filter(|g| g.grade.is_none_or(|g| g < 1.0))
            .map(|g| g.key_result)
            .collect()
    }

    /// What the period taught, in the team's words: each objective's and key result's
    /// retrospective, and the bets that worked or failed.
    pub fn lessons(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut say = |what: &str, learned: &str, next: &str| {
            for (label, text) in [("learned", learned), ("next", next)] {
                if !text.trim().is_empty() {
                    out.push(format!("{what}: {label}: {}", text.trim()));
                }
            }
        };
        for o in &self.objectives {
            say(&o.title, &o.retrospective.learned, &o.retrospective.next);
            for k in &o.key_results {
                say(&k.title, &k.retrospective.learned, &k.retrospective.next);
            }
        }
        for k in self.key_results() {
            for bet in &k.projects {
                match bet.status {
                    ProjectStatus::Worked => {
                        out.push(format!("Bet that worked, double down: {}", bet.title))
                    }
                    ProjectStatus::Failed => {
                        out.push(format!("Bet that failed, stop and move on: {}", bet.title))
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// The next period's plan, started from this one with what the team chose.
    pub fn next_period(
        &self,
        period: Period,
        carry: &CarryOver,
        ids: &mut IdGen,
    ) -> (Plan, CarryNotes) {
        let mut next = Plan::new(ids, &self.team, period);
        let mut notes = CarryNotes::default();
        next.context = self.context.clone();
        next.follows = Some(self.id.clone());
        next.focus_areas = self
            .focus_areas
            .iter()
            .map(|f| {
                let mut f = f.clone();
                f.id = ids.next("focus");
                f.stamp = Default::default();
                f.edits = Default::default();
                f
            })
            .collect();
        if carry.not_going {
            for n in &self.not_going {
                next.add_not_going(ids, &n.text);
            }
        }
        for o in &self.objectives {
            let carried: Vec<KeyResult> = o
                .key_results
                .iter()
                .filter(|k| carry.key_results.contains(&k.id))
                .map(|k| carry_key_result(k, carry.running_bets, ids, &mut notes))
                .collect();
            if carried.is_empty() {
                continue;
            }
            next.objectives.push(Objective {
                id: ids.next("obj"),
                title: o.title.clone(),
                why: o.why.clone(),
                key_results: carried,
                ..Objective::default()
            });
        }
        if carry.kpis {
            for k in &self.kpis {
                let id = next.add_kpi(ids, &k.name);
                if let Some(kpi) = next.kpis.iter_mut().find(|x| x.id == id) {
                    kpi.unit = k.unit.clone();
                    kpi.current = k.current;
                    kpi.target = k.target;
                }
            }
        }
        (next, notes)
    }
}

fn carry_key_result(
    k: &KeyResult,
    running_bets: bool,
    ids: &mut IdGen,
    notes: &mut CarryNotes,
) -> KeyResult {
    let mut kr = KeyResult::new(ids.next("kr"), &k.title);
    kr.metric = k.metric.clone();
    kr.unit = k.unit.clone();
    kr.kind = k.kind;
    kr.target = k.target;
    kr.owner = k.owner.clone();
    kr.working_group = k.working_group.clone();
    kr.catalog_metric = k.catalog_metric.clone();
    kr.checklist = k.checklist.clone();
    kr.carried_from = Some(k.id.clone());
    // The title's numbers are the old ones: the fields now say where this period starts.
    kr.from_title.off = true;
    kr.baseline = match k.latest_check_in() {
        Some(c) if k.kind.has_baseline() => Some(c.value),
        Some(_) => k.baseline,
        None => {
            notes.kept_baseline.push(k.title.clone());
            k.baseline
        }
    };
    if running_bets {
        for bet in k
            .projects
            .iter()
            .filter(|b| b.status == ProjectStatus::Running)
        {
            let mut b = bet.clone();
            b.id = ids.next("bet");
            b.stamp = Default::default();
            b.edits = Default::default();
            kr.projects.push(b);
        }
    }
    kr
}

/// A key result's check-ins across the periods it was carried through, oldest period
/// first: `(period label, its check-ins)`, following `carried_from` back through `plans`.
pub fn history_across<'a>(
    plans: &'a [Plan],
    plan: &'a Plan,
    key_result: &Id,
) -> Vec<(Period, Vec<&'a CheckIn>)> {
    let mut out = Vec::new();
    let mut at = plan.key_result(key_result).map(|k| (plan, k));
    let mut seen = 0;
    while let Some((p, k)) = at {
        out.push((p.period, k.check_ins.iter().collect()));
        seen += 1;
        // A file could link in a loop; a plan's history is never longer than its plans.
        if seen > plans.len() {
            break;
        }
        at = k.carried_from.as_ref().and_then(|from| {
            plans
                .iter()
                .find_map(|q| q.key_result(from).map(|kr| (q, kr)))
        });
    }
    out.reverse();
    out
}
