//! The OKR model, version 1. Every struct is serde-serialisable and every record has a
//! stable id. Fields added in later versions carry `#[serde(default)]` so older plans load.

use super::ids::{Id, IdGen};
use super::period::Period;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One team's plan for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: Id,
    pub team: String,
    pub period: Period,
    /// What the company is aiming at this period; marketing's OKRs decompose it.
    #[serde(default)]
    pub context: String,
    /// "Where we are NOT going": decisions that free time for what matters.
    #[serde(default)]
    pub not_going: Vec<String>,
    /// Two or three areas of focus (AARRR stages or channels).
    #[serde(default)]
    pub focus_areas: Vec<FocusArea>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Operational metrics tracked beside the OKRs, not part of them.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
    /// When this record last changed, in ms since 1970 (0 = unknown). A merge of two
    /// copies keeps the later change of each record.
    #[serde(default)]
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FocusArea {
    pub id: Id,
    pub stage: FocusStage,
    /// The team's own words: which channel, why this stage.
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FocusStage {
    Acquisition,
    Activation,
    Retention,
    Referral,
    Revenue,
    Channel,
}

/// Qualitative and inspiring; the numbers live in its key results.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Objective {
    pub id: Id,
    pub title: String,
    /// Why this matters now.
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub key_results: Vec<KeyResult>,
    /// When this record last changed, in ms since 1970 (0 = unknown). A merge of two
    /// copies keeps the later change of each record.
    #[serde(default)]
    pub updated_at: i64,
}

/// A measurable outcome that tells how far the objective has come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyResult {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub metric: String,
    #[serde(default)]
    pub unit: Unit,
    #[serde(default)]
    pub kind: KrKind,
    /// Where the metric stood when the period began.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// The target, or the threshold for stay-above / stay-below.
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub owner: String,
    /// Who works on it with the owner.
    #[serde(default)]
    pub working_group: String,
    /// The library metric this key result tracks, when it was picked from the catalog.
    #[serde(default)]
    pub catalog_metric: Option<String>,
    /// End-of-period reflection: what we learned, what we carry into the next period.
    #[serde(default)]
    pub retrospective: Retrospective,
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
    #[serde(default)]
    pub checklist: super::maturity::Checklist,
    /// When this record last changed, in ms since 1970 (0 = unknown). A merge of two
    /// copies keeps the later change of each record.
    #[serde(default)]
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Retrospective {
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub next: String,
}

/// How a key result's metric should move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KrKind {
    #[default]
    Increase,
    /// Costs and rates that should fall: CPA, CAC, bounce rate.
    Decrease,
    StayAbove,
    StayBelow,
    /// Done or not done. Kept for the rare case a team insists; the coach says why it is weak.
    Milestone,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Unit {
    #[default]
    Count,
    Percent,
    Currency {
        code: String,
    },
    /// Seconds; shown as minutes or hours where it reads better.
    Duration,
}

/// A bet under a key result.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Project {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub status: ProjectStatus,
    /// When this record last changed, in ms since 1970 (0 = unknown). A merge of two
    /// copies keeps the later change of each record.
    #[serde(default)]
    pub updated_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    #[default]
    Idea,
    Running,
    /// It worked: double down.
    Worked,
    /// It failed: stop and move on to the next bet.
    Failed,
    Dropped,
}

/// An operational metric tracked beside the OKRs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Kpi {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub unit: Unit,
    #[serde(default)]
    pub current: Option<f64>,
    #[serde(default)]
    pub target: Option<f64>,
    /// When this record last changed, in ms since 1970 (0 = unknown). A merge of two
    /// copies keeps the later change of each record.
    #[serde(default)]
    pub updated_at: i64,
}

/// One weekly reading of a key result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: Id,
    pub date: NaiveDate,
    pub value: f64,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: String,
}

/// How sure the owner is that the key result will land.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// On track.
    Green,
    /// At risk.
    Yellow,
    /// Off track.
    Red,
}

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
            updated_at: 0,
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
            updated_at: 0,
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
            checklist: super::maturity::Checklist::default(),
            updated_at: 0,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> (Plan, IdGen) {
        let mut ids = IdGen::new(7);
        let p = Plan::new(&mut ids, " Growth ", Period::quarter(2027, 1).unwrap());
        (p, ids)
    }

    #[test]
    fn a_new_plan_is_named_after_team_and_period() {
        let (p, _) = plan();
        assert_eq!(p.title(), "Growth · 2027 Q1");
        assert!(p.objectives.is_empty());
    }

    #[test]
    fn objectives_and_key_results_are_found_by_id() {
        let (mut p, mut ids) = plan();
        let o = p.add_objective(&mut ids, "Become the go-to source in our niche");
        let kr = p
            .objective_mut(&o)
            .unwrap()
            .add_key_result(&mut ids, "Grow organic visits from 5,000 to 15,000 a month");
        assert_eq!(p.key_results().count(), 1);
        p.key_result_mut(&kr).unwrap().owner = "Ana".into();
        assert_eq!(p.key_result(&kr).unwrap().owner, "Ana");
    }

    #[test]
    fn a_removed_objective_comes_back_in_place() {
        let (mut p, mut ids) = plan();
        let a = p.add_objective(&mut ids, "A");
        let b = p.add_objective(&mut ids, "B");
        p.add_objective(&mut ids, "C");
        let (index, removed) = p.remove_objective(&b).unwrap();
        assert_eq!(p.objectives.len(), 2);
        p.restore_objective(index, removed);
        let titles: Vec<_> = p.objectives.iter().map(|o| o.title.as_str()).collect();
        assert_eq!(titles, ["A", "B", "C"]);
        assert!(p.remove_objective(&Id::from("missing")).is_none());
        assert_eq!(p.objective(&a).unwrap().title, "A");
    }

    #[test]
    fn latest_check_in_is_by_date_not_by_insertion() {
        let mut kr = KeyResult::new(Id::from("kr"), "x");
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        for (i, d) in [(1, 14), (2, 7), (3, 21), (4, 21)] {
            kr.check_ins.push(CheckIn {
                id: Id(format!("c{i}")),
                date: day(d),
                value: i as f64,
                confidence: Confidence::Green,
                note: String::new(),
            });
        }
        assert_eq!(kr.latest_check_in().unwrap().id, Id::from("c4"));
    }

    #[test]
    fn serialised_names_are_stable() {
        let unit = serde_json::to_string(&Unit::Currency { code: "EUR".into() }).unwrap();
        assert_eq!(unit, r#"{"type":"currency","code":"EUR"}"#);
        assert_eq!(
            serde_json::to_string(&KrKind::StayBelow).unwrap(),
            r#""stay_below""#
        );
        assert_eq!(
            serde_json::to_string(&Confidence::Yellow).unwrap(),
            r#""yellow""#
        );
        assert_eq!(
            serde_json::to_string(&ProjectStatus::Worked).unwrap(),
            r#""worked""#
        );
    }
}

impl KrKind {
    pub const ALL: [KrKind; 5] = [
        KrKind::Increase,
        KrKind::Decrease,
        KrKind::StayAbove,
        KrKind::StayBelow,
        KrKind::Milestone,
    ];

    pub fn label(self) -> &'static str {
        match self {
            KrKind::Increase => "Increase",
            KrKind::Decrease => "Decrease",
            KrKind::StayAbove => "Stay above",
            KrKind::StayBelow => "Stay below",
            KrKind::Milestone => "Milestone (done or not)",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            KrKind::Increase => "increase",
            KrKind::Decrease => "decrease",
            KrKind::StayAbove => "stay_above",
            KrKind::StayBelow => "stay_below",
            KrKind::Milestone => "milestone",
        }
    }

    pub fn from_slug(slug: &str) -> Option<KrKind> {
        KrKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// Whether the key result has a baseline, or only a threshold / nothing.
    pub fn has_baseline(self) -> bool {
        matches!(self, KrKind::Increase | KrKind::Decrease)
    }
}

impl ProjectStatus {
    pub const ALL: [ProjectStatus; 5] = [
        ProjectStatus::Idea,
        ProjectStatus::Running,
        ProjectStatus::Worked,
        ProjectStatus::Failed,
        ProjectStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ProjectStatus::Idea => "Idea",
            ProjectStatus::Running => "Running",
            ProjectStatus::Worked => "Worked: double down",
            ProjectStatus::Failed => "Failed: stop, move on",
            ProjectStatus::Dropped => "Dropped",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ProjectStatus::Idea => "idea",
            ProjectStatus::Running => "running",
            ProjectStatus::Worked => "worked",
            ProjectStatus::Failed => "failed",
            ProjectStatus::Dropped => "dropped",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ProjectStatus> {
        ProjectStatus::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

impl Unit {
    /// A short name for pickers: "count", "%", "USD", "duration".
    pub fn slug(&self) -> String {
        match self {
            Unit::Count => "count".into(),
            Unit::Percent => "percent".into(),
            Unit::Currency { code } => format!("currency:{code}"),
            Unit::Duration => "duration".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Unit> {
        match slug {
            "count" => Some(Unit::Count),
            "percent" => Some(Unit::Percent),
            "duration" => Some(Unit::Duration),
            _ => slug.strip_prefix("currency:").map(|code| Unit::Currency {
                code: code.trim().to_ascii_uppercase(),
            }),
        }
    }

    pub fn label(&self) -> String {
        match self {
            Unit::Count => "Count".into(),
            Unit::Percent => "Percent (%)".into(),
            Unit::Currency { code } => format!("Currency ({code})"),
            Unit::Duration => "Duration".into(),
        }
    }
}

#[cfg(test)]
mod picker_tests {
    use super::*;

    #[test]
    fn picker_slugs_round_trip() {
        for k in KrKind::ALL {
            assert_eq!(KrKind::from_slug(k.slug()), Some(k));
        }
        for s in ProjectStatus::ALL {
            assert_eq!(ProjectStatus::from_slug(s.slug()), Some(s));
        }
        for u in [
            Unit::Count,
            Unit::Percent,
            Unit::Duration,
            Unit::Currency { code: "EUR".into() },
        ] {
            assert_eq!(Unit::from_slug(&u.slug()), Some(u));
        }
        assert_eq!(
            Unit::from_slug("currency:usd"),
            Some(Unit::Currency { code: "USD".into() })
        );
        assert_eq!(KrKind::from_slug("sideways"), None);
    }
}
