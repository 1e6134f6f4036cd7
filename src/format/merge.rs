//! Merging a teammate's copy of the same plan into ours.
//!
//! Records are matched by id. A record on one side only is kept (there are no deletion
//! marks yet, so a record deleted on one side comes back from the other). Check-ins are
//! united by id. When both sides hold a record and it differs, the side whose record
//! changed later (`updated_at`) wins, ours on a tie; every field where the sides differ is
//! listed as a conflict so the user sees what was kept and what was set aside.

use super::by_id::{pair_up, Slot};
use crate::domain::{CheckIn, KeyResult, Kpi, Objective, Plan, Project, Unit};

/// Which copy a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// One field where the two copies disagreed, and which value was kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The record, in the user's words: `Key result "Grow MQLs to 300"`.
    pub what: String,
    /// The field: "title", "target", "note"…
    pub field: &'static str,
    pub ours: String,
    pub theirs: String,
    pub winner: Side,
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MergeReport {
    pub conflicts: Vec<Conflict>,
    /// Records only the teammate's copy had, now added (nested ones counted too).
    pub added_objectives: usize,
    pub added_key_results: usize,
    pub added_projects: usize,
    pub added_kpis: usize,
    pub added_check_ins: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MergeOutcome {
    pub plan: Plan,
    pub report: MergeReport,
}

/// Merges `theirs` (a teammate's copy of the same plan) into `ours`. The result keeps our
/// plan id and our order, with their extra records after ours (check-ins by date).
pub fn merge_plan(ours: &Plan, theirs: &Plan) -> MergeOutcome {
    let mut m = Merger::default();
    let plan = m.plan(ours, theirs);
    MergeOutcome {
        plan,
        report: m.report,
    }
}

/// The later change wins; a tie (including two unknown times) keeps ours.
fn winner(ours: i64, theirs: i64) -> Side {
    if theirs > ours {
        Side::Theirs
    } else {
        Side::Ours
    }
}

fn pick<'a, T>(side: Side, ours: &'a T, theirs: &'a T) -> &'a T {
    match side {
        Side::Ours => ours,
        Side::Theirs => theirs,
    }
}

#[derive(Default)]
struct Merger {
    report: MergeReport,
}

/// Compares one field of a record and lists it when the sides differ.
struct Fields<'r> {
    conflicts: &'r mut Vec<Conflict>,
    what: String,
    winner: Side,
}

impl Fields<'_> {
    fn check<T: PartialEq>(
        &mut self,
        field: &'static str,
        ours: &T,
        theirs: &T,
        show: fn(&T) -> String,
    ) {
        if ours != theirs {
            self.conflicts.push(Conflict {
                what: self.what.clone(),
                field,
                ours: show(ours),
                theirs: show(theirs),
                winner: self.winner,
            });
        }
    }
}

fn number(x: &Option<f64>) -> String {
    x.map_or_else(|| "none".into(), |x| x.to_string())
}

fn unit(u: &Unit) -> String {
    match u {
        Unit::Count => "count".into(),
        Unit::Percent => "percent".into(),
        Unit::Currency { code } => format!("currency {code}"),
        Unit::Duration => "duration".into(),
    }
}

/// An enum's name as written in the file: "stay_below", "running".
fn slug<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

impl Merger {
    fn fields(&mut self, what: String, winner: Side) -> Fields<'_> {
        Fields {
            conflicts: &mut self.report.conflicts,
            what,
            winner,
        }
    }

    fn plan(&mut self, ours: &Plan, theirs: &Plan) -> Plan {
        let side = winner(ours.updated_at, theirs.updated_at);
        let mut out = pick(side, ours, theirs).clone();
        let mut f = self.fields("The plan".into(), side);
        f.check("team", &ours.team, &theirs.team, String::clone);
        f.check("period", &ours.period, &theirs.period, |p| p.label());
        f.check("context", &ours.context, &theirs.context, String::clone);
        f.check("not going", &ours.not_going, &theirs.not_going, |l| {
            l.join("; ")
        });
        let focus = pair_up(&ours.focus_areas, &theirs.focus_areas, |a| &a.id);
        out.focus_areas = focus
            .into_iter()
            .map(|slot| match slot {
                Slot::Both(o, t) => {
                    let mut f = self.fields(format!("Focus area \"{}\"", slug(&o.stage)), side);
                    f.check("stage", &o.stage, &t.stage, slug);
                    f.check("note", &o.note, &t.note, String::clone);
                    pick(side, o, t).clone()
                }
                Slot::Ours(o) | Slot::Theirs(o) => o.clone(),
            })
            .collect();
        out.objectives = pair_up(&ours.objectives, &theirs.objectives, |o| &o.id)
            .into_iter()
            .map(|slot| match slot {
                Slot::Both(o, t) => self.objective(o, t),
                Slot::Ours(o) => o.clone(),
                Slot::Theirs(t) => {
                    self.report.added_objectives += 1;
                    for kr in &t.key_results {
                        self.count_added_key_result(kr);
                    }
                    t.clone()
                }
            })
            .collect();
        out.kpis = pair_up(&ours.kpis, &theirs.kpis, |k| &k.id)
            .into_iter()
            .map(|slot| match slot {
                Slot::Both(o, t) => self.kpi(o, t),
                Slot::Ours(o) => o.clone(),
                Slot::Theirs(t) => {
                    self.report.added_kpis += 1;
                    t.clone()
                }
            })
            .collect();
        out.id = ours.id.clone();
        out.updated_at = ours.updated_at.max(theirs.updated_at);
        out
    }

    fn count_added_key_result(&mut self, kr: &KeyResult) {
        self.report.added_key_results += 1;
        self.report.added_projects += kr.projects.len();
        self.report.added_check_ins += kr.check_ins.len();
    }

    fn objective(&mut self, ours: &Objective, theirs: &Objective) -> Objective {
        let side = winner(ours.updated_at, theirs.updated_at);
        let mut f = self.fields(format!("Objective \"{}\"", ours.title), side);
        f.check("title", &ours.title, &theirs.title, String::clone);
        f.check("why", &ours.why, &theirs.why, String::clone);
        let mut out = pick(side, ours, theirs).clone();
        out.key_results = pair_up(&ours.key_results, &theirs.key_results, |k| &k.id)
            .into_iter()
            .map(|slot| match slot {
                Slot::Both(o, t) => self.key_result(o, t),
                Slot::Ours(o) => o.clone(),
                Slot::Theirs(t) => {
                    self.count_added_key_result(t);
                    t.clone()
                }
            })
            .collect();
        out.updated_at = ours.updated_at.max(theirs.updated_at);
        out
    }

    fn key_result(&mut self, ours: &KeyResult, theirs: &KeyResult) -> KeyResult {
        let side = winner(ours.updated_at, theirs.updated_at);
        let what = format!("Key result \"{}\"", ours.title);
        let mut f = self.fields(what.clone(), side);
        f.check("title", &ours.title, &theirs.title, String::clone);
        f.check("metric", &ours.metric, &theirs.metric, String::clone);
        f.check("unit", &ours.unit, &theirs.unit, unit);
        f.check("kind", &ours.kind, &theirs.kind, slug);
        f.check("baseline", &ours.baseline, &theirs.baseline, number);
        f.check("target", &ours.target, &theirs.target, number);
        f.check("owner", &ours.owner, &theirs.owner, String::clone);
        f.check("checklist", &ours.checklist, &theirs.checklist, |c| {
            c.ticked.iter().cloned().collect::<Vec<_>>().join(", ")
        });
        // The winner's fields (including any added later), with lists filled from both sides.
        let mut out = pick(side, ours, theirs).clone();
        out.projects = pair_up(&ours.projects, &theirs.projects, |p| &p.id)
            .into_iter()
            .map(|slot| match slot {
                Slot::Both(o, t) => self.project(o, t),
                Slot::Ours(o) => o.clone(),
                Slot::Theirs(t) => {
                    self.report.added_projects += 1;
                    t.clone()
                }
            })
            .collect();
        let mut check_ins: Vec<CheckIn> = Vec::with_capacity(ours.check_ins.len());
        for slot in pair_up(&ours.check_ins, &theirs.check_ins, |c| &c.id) {
            match slot {
                Slot::Both(o, t) if o == t => check_ins.push(o.clone()),
                Slot::Both(o, t) => {
                    let what = format!("Check-in of {} on {what}", o.date);
                    let mut f = self.fields(what, side);
                    f.check("date", &o.date, &t.date, |d| d.to_string());
                    f.check("value", &o.value, &t.value, |v| v.to_string());
                    f.check("confidence", &o.confidence, &t.confidence, |c| {
                        c.label().into()
                    });
                    f.check("note", &o.note, &t.note, String::clone);
                    check_ins.push(pick(side, o, t).clone());
                }
                Slot::Ours(o) => check_ins.push(o.clone()),
                Slot::Theirs(t) => {
                    self.report.added_check_ins += 1;
                    // Same place `add_check_in` would give it: after readings of its day.
                    let at = check_ins.partition_point(|c| c.date <= t.date);
                    check_ins.insert(at, t.clone());
                }
            }
        }
        out.check_ins = check_ins;
        out.updated_at = ours.updated_at.max(theirs.updated_at);
        out
    }

    fn project(&mut self, ours: &Project, theirs: &Project) -> Project {
        let side = winner(ours.updated_at, theirs.updated_at);
        let mut f = self.fields(format!("Project \"{}\"", ours.title), side);
        f.check("title", &ours.title, &theirs.title, String::clone);
        f.check("status", &ours.status, &theirs.status, slug);
        let mut out = pick(side, ours, theirs).clone();
        out.updated_at = ours.updated_at.max(theirs.updated_at);
        out
    }

    fn kpi(&mut self, ours: &Kpi, theirs: &Kpi) -> Kpi {
        let side = winner(ours.updated_at, theirs.updated_at);
        let mut f = self.fields(format!("KPI \"{}\"", ours.name), side);
        f.check("name", &ours.name, &theirs.name, String::clone);
        f.check("unit", &ours.unit, &theirs.unit, unit);
        f.check("current", &ours.current, &theirs.current, number);
        f.check("target", &ours.target, &theirs.target, number);
        let mut out = pick(side, ours, theirs).clone();
        out.updated_at = ours.updated_at.max(theirs.updated_at);
        out
    }
}
