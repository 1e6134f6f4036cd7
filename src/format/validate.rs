//! Rules a plan must meet beyond its JSON shape: unique ids, sane dates, finite numbers,
//! texts of a typeable length, and a bounded number of records.
//!
//! Every import and every load runs these, so a damaged or hostile file is refused with a
//! message that names the place, before it can reach the stored plans. Paths are only
//! built when something is wrong, which keeps large valid plans fast to check.

use super::{FormatError, PlanFile, StoredState};
use crate::domain::fnv::FnvMap;
use crate::domain::{Id, Plan, Unit};
use chrono::{Datelike, NaiveDate};

/// Earliest and latest year a date may have; wider than any plan, narrower than any typo.
pub const MIN_YEAR: i32 = 1970;
pub const MAX_YEAR: i32 = 2200;
/// Longest text in any field: several pages, more than anyone types into a plan.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Longest id: generated ids are about 20 characters.
pub const MAX_ID_CHARS: usize = 200;
/// Most records (plans, objectives, key results, projects, KPIs, check-ins) in one file:
/// fifteen times the largest real plan seen (13,000 check-ins), and still reachable under
/// `MAX_FILE_BYTES` (a bare check-in is about 60 bytes).
pub const MAX_RECORDS: usize = 200_000;
/// Most business goals one objective links to: a plan has a handful of them.
pub const MAX_LINKS: usize = 50;
/// Largest number accepted: past it, whole numbers are no longer exact in a browser.
pub const MAX_NUMBER: f64 = 1e15;

/// Checks a plan file: its texts and every plan in it.
pub fn validate(file: &PlanFile) -> Result<(), FormatError> {
    text("exported_at", &file.exported_at)?;
    text("app_version", &file.app_version)?;
    validate_plans(&file.plans)
}

/// Checks the plans kept in local storage by the same rules as an imported file.
pub fn validate_stored(state: &StoredState) -> Result<(), FormatError> {
    validate_plans(&state.plans)
}

/// Checks plans as they sit under `plans` in either envelope. Plan ids are unique across
/// the list; every other id is unique within its plan (all kinds together), which is
/// what merging and imports match on.
pub fn validate_plans(plans: &[Plan]) -> Result<(), FormatError> {
    let count = plans.len() + plans.iter().map(records_in).sum::<usize>();
    if count > MAX_RECORDS {
        return Err(FormatError::TooManyRecords {
            count,
            limit: MAX_RECORDS,
        });
    }
    let mut plan_ids = Ids::default();
    for (p, plan) in plans.iter().enumerate() {
        plan_ids.claim(&plan.id, Loc::Plan(p))?;
        check_plan(p, plan)?;
    }
    Ok(())
}

/// Where a record sits, by index; turned into a path like
/// `plans[0].objectives[1].key_results[2]` only when a message needs it.
#[derive(Debug, Clone, Copy)]
pub(super) enum Loc {
    Plan(usize),
    Focus(usize, usize),
    Objective(usize, usize),
    KeyResult(usize, usize, usize),
    Project(usize, usize, usize, usize),
    CheckIn(usize, usize, usize, usize),
    Kpi(usize, usize),
    Goal(usize, usize),
    Task(usize, usize, usize, usize, usize),
}

impl Loc {
    pub(super) fn path(self) -> String {
        let kr = |p, o, k| format!("plans[{p}].objectives[{o}].key_results[{k}]");
        match self {
            Loc::Plan(p) => format!("plans[{p}]"),
            Loc::Focus(p, i) => format!("plans[{p}].focus_areas[{i}]"),
            Loc::Objective(p, o) => format!("plans[{p}].objectives[{o}]"),
            Loc::KeyResult(p, o, k) => kr(p, o, k),
            Loc::Project(p, o, k, i) => format!("{}.projects[{i}]", kr(p, o, k)),
            Loc::CheckIn(p, o, k, i) => format!("{}.check_ins[{i}]", kr(p, o, k)),
            Loc::Kpi(p, i) => format!("plans[{p}].kpis[{i}]"),
            Loc::Goal(p, i) => format!("plans[{p}].business_goals[{i}]"),
            Loc::Task(p, o, k, i, t) => format!("{}.projects[{i}].tasks[{t}]", kr(p, o, k)),
        }
    }

    pub(super) fn field(self, name: &str) -> String {
        format!("{}.{name}", self.path())
    }
}

/// Where an id was first used: a record's place, or a path spelled out.
enum Where {
    Loc(Loc),
    Path(String),
}

impl Where {
    fn path(&self) -> String {
        match self {
            Where::Loc(at) => at.field("id"),
            Where::Path(p) => p.clone(),
        }
    }
}

/// The ids seen so far in one scope, with where each was first used.
#[derive(Default)]
struct Ids<'a> {
    seen: FnvMap<&'a str, Where>,
}

impl<'a> Ids<'a> {
    fn claim(&mut self, id: &'a Id, at: Loc) -> Result<(), FormatError> {
        self.claim_with(id, || at.field("id"), Where::Loc(at))
    }

    fn claim_path(&mut self, id: &'a Id, path: String) -> Result<(), FormatError> {
        self.claim_with(id, || path.clone(), Where::Path(path.clone()))
    }

    fn claim_with(
        &mut self,
        id: &'a Id,
        path: impl Fn() -> String,
        at: Where,
    ) -> Result<(), FormatError> {
        let text = id.as_str();
        if text.trim().is_empty() {
            return Err(FormatError::Invalid {
                path: path(),
                message: "an id cannot be empty".into(),
            });
        }
        if text.len() > MAX_ID_CHARS && text.chars().count() > MAX_ID_CHARS {
            return Err(too_long(path(), text, MAX_ID_CHARS));
        }
        if let Some(first) = self.seen.insert(text, at) {
            return Err(FormatError::DuplicateId {
                id: text.to_string(),
                at: path(),
                first: first.path(),
            });
        }
        Ok(())
    }
}

fn records_in(plan: &Plan) -> usize {
    let krs = plan.key_results();
    let below: usize = krs
        .map(|k| {
            let tasks: usize = k.projects.iter().map(|b| b.tasks.len()).sum();
            1 + k.projects.len() + tasks + k.check_ins.len() + k.checklist.ticked.len()
        })
        .sum();
    plan.focus_areas.len()
        + plan.not_going.len()
        + plan.objectives.len()
        + plan.kpis.len()
        + plan.business_goals.len()
        + plan.deleted.len()
        + below
}

fn check_plan(p: usize, plan: &Plan) -> Result<(), FormatError> {
    let at = Loc::Plan(p);
    let mut ids = Ids {
        seen: FnvMap::with_capacity_and_hasher(records_in(plan), Default::default()),
    };
    text_at(at, "team", &plan.team)?;
    text_at(at, "context", &plan.context)?;
    for (i, line) in plan.not_going.iter().enumerate() {
        let path = |f: &str| format!("{}.not_going[{i}].{f}", at.path());
        ids.claim_path(&line.id, path("id"))?;
        text(&path("text"), &line.text)?;
        rank(&path("rank"), &line.rank)?;
    }
    tombstones(p, plan)?;
    let period = plan.period;
    date(&format!("{}.period.start", at.path()), period.start)?;
    date(&format!("{}.period.end", at.path()), period.end)?;
    if period.end < period.start {
        return Err(FormatError::PeriodReversed {
            path: at.field("period"),
        });
    }
    for (i, focus) in plan.focus_areas.iter().enumerate() {
        let at = Loc::Focus(p, i);
        ids.claim(&focus.id, at)?;
        text_at(at, "note", &focus.note)?;
        rank(&at.field("rank"), &focus.rank)?;
    }
    for (i, kpi) in plan.kpis.iter().enumerate() {
        let at = Loc::Kpi(p, i);
        ids.claim(&kpi.id, at)?;
        text_at(at, "name", &kpi.name)?;
        rank(&at.field("rank"), &kpi.rank)?;
        unit(at, &kpi.unit)?;
        number(at, "current", kpi.current)?;
        number(at, "target", kpi.target)?;
    }
    for (i, goal) in plan.business_goals.iter().enumerate() {
        let at = Loc::Goal(p, i);
        ids.claim(&goal.id, at)?;
        text_at(at, "title", &goal.title)?;
        text_at(at, "metric", &goal.metric)?;
        text_at(at, "owner", &goal.owner)?;
        rank(&at.field("rank"), &goal.rank)?;
        unit(at, &goal.unit)?;
        number(at, "current", goal.current)?;
        number(at, "target", goal.target)?;
    }
    for (o, objective) in plan.objectives.iter().enumerate() {
        let at = Loc::Objective(p, o);
        ids.claim(&objective.id, at)?;
        text_at(at, "title", &objective.title)?;
        rank(&at.field("rank"), &objective.rank)?;
        text_at(at, "why", &objective.why)?;
        if objective.serves.len() > MAX_LINKS {
            return Err(FormatError::Invalid {
                path: at.field("serves"),
                message: format!("an objective links to at most {MAX_LINKS} business goals"),
            });
        }
        for (i, goal) in objective.serves.iter().enumerate() {
            if goal.as_str().chars().count() > MAX_ID_CHARS {
                return Err(too_long(
                    at.field(&format!("serves[{i}]")),
                    goal.as_str(),
                    MAX_ID_CHARS,
                ));
            }
        }
        for (k, kr) in objective.key_results.iter().enumerate() {
            let at = Loc::KeyResult(p, o, k);
            ids.claim(&kr.id, at)?;
            text_at(at, "title", &kr.title)?;
            rank(&at.field("rank"), &kr.rank)?;
            text_at(at, "metric", &kr.metric)?;
            text_at(at, "owner", &kr.owner)?;
            text_at(at, "working_group", &kr.working_group)?;
            if let Some(metric) = &kr.catalog_metric {
                text_at(at, "catalog_metric", metric)?;
            }
            text_at(at, "retrospective.learned", &kr.retrospective.learned)?;
            text_at(at, "retrospective.next", &kr.retrospective.next)?;
            unit(at, &kr.unit)?;
            number(at, "baseline", kr.baseline)?;
            number(at, "target", kr.target)?;
            for ticked in &kr.checklist.ticked {
                if ticked.len() > MAX_ID_CHARS {
                    return Err(too_long(at.field("checklist.ticked"), ticked, MAX_ID_CHARS));
                }
            }
            for (i, project) in kr.projects.iter().enumerate() {
                let at = Loc::Project(p, o, k, i);
                ids.claim(&project.id, at)?;
                text_at(at, "title", &project.title)?;
                rank(&at.field("rank"), &project.rank)?;
                number(at, "budget", project.budget)?;
                number(at, "spent", project.spent)?;
                if project.currency.chars().count() > 16 {
                    return Err(too_long(at.field("currency"), &project.currency, 16));
                }
                for (name, day) in [("starts", project.starts), ("ends", project.ends)] {
                    if let Some(day) = day {
                        date(&at.field(name), day)?;
                    }
                }
                for (t, task) in project.tasks.iter().enumerate() {
                    let at = Loc::Task(p, o, k, i, t);
                    ids.claim(&task.id, at)?;
                    text_at(at, "title", &task.title)?;
                    text_at(at, "owner", &task.owner)?;
                    rank(&at.field("rank"), &task.rank)?;
                }
            }
            for (i, check_in) in kr.check_ins.iter().enumerate() {
                let at = Loc::CheckIn(p, o, k, i);
                ids.claim(&check_in.id, at)?;
                if !(MIN_YEAR..=MAX_YEAR).contains(&check_in.date.year()) {
                    date(&at.field("date"), check_in.date)?;
                }
                number(at, "value", Some(check_in.value))?;
                text_at(at, "note", &check_in.note)?;
            }
        }
    }
    Ok(())
}

fn date(path: &str, day: NaiveDate) -> Result<(), FormatError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&day.year()) {
        return Ok(());
    }
    Err(FormatError::DateOutOfRange {
        path: path.to_string(),
        date: day.to_string(),
    })
}

fn number(at: Loc, name: &str, value: Option<f64>) -> Result<(), FormatError> {
    match value {
        Some(x) if !(x.is_finite() && x.abs() <= MAX_NUMBER) => {
            Err(FormatError::NumberOutOfRange {
                path: at.field(name),
            })
        }
        _ => Ok(()),
    }
}

fn unit(at: Loc, unit: &Unit) -> Result<(), FormatError> {
    match unit {
        // A currency code is three letters; allow some slack for custom labels.
        Unit::Currency { code } if code.chars().count() > 16 => {
            Err(too_long(at.field("unit.code"), code, 16))
        }
        _ => Ok(()),
    }
}

fn text_at(at: Loc, name: &str, value: &str) -> Result<(), FormatError> {
    // Bytes are at least chars: the cheap test clears nearly every field.
    if value.len() <= MAX_TEXT_CHARS {
        return Ok(());
    }
    text(&at.field(name), value)
}

fn text(path: &str, value: &str) -> Result<(), FormatError> {
    if value.len() <= MAX_TEXT_CHARS || value.chars().count() <= MAX_TEXT_CHARS {
        return Ok(());
    }
    Err(too_long(path.to_string(), value, MAX_TEXT_CHARS))
}

pub(super) fn too_long(path: String, value: &str, limit: usize) -> FormatError {
    FormatError::TextTooLong {
        path,
        chars: value.chars().count(),
        limit,
    }
}

/// A rank is base-36 digits (`0-9`, `a-z`); anything else would sort unpredictably.
fn rank(path: &str, value: &str) -> Result<(), FormatError> {
    if value.len() <= MAX_ID_CHARS
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
    {
        return Ok(());
    }
    Err(FormatError::Invalid {
        path: path.to_string(),
        message: "expected a rank made of digits and lower-case letters".into(),
    })
}

mod tombstones;
use tombstones::tombstones;
