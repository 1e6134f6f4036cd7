//! What every stamped record offers a merge: its id, its stamps, and its own fields by name
//! (children lists are merged separately).

use crate::domain::ids::Id;
use crate::domain::model::{
    BusinessGoal, CheckIn, FocusArea, KeyResult, Kpi, NotGoing, Objective, Plan, Project, Task,
};
use crate::domain::stamp::{Edits, Stamp};
use serde::{Deserialize, Serialize};

/// The kinds of record a plan holds, as tombstones and conflicts name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Plan,
    FocusArea,
    NotGoing,
    Objective,
    KeyResult,
    Bet,
    Kpi,
    CheckIn,
    BusinessGoal,
    Task,
}

impl Kind {
    /// In the user's words: "key result", "bet".
    pub fn label(self) -> &'static str {
        match self {
            Kind::Plan => "plan",
            Kind::FocusArea => "focus area",
            Kind::NotGoing => "\u{201c}not going\u{201d} item",
            Kind::Objective => "objective",
            Kind::KeyResult => "key result",
            Kind::Bet => "bet",
            Kind::Kpi => "KPI",
            Kind::CheckIn => "check-in",
            Kind::BusinessGoal => "business goal",
            Kind::Task => "task",
        }
    }
}

pub trait Record: Clone + PartialEq {
    const KIND: Kind;
    fn id(&self) -> &Id;
    fn stamp(&self) -> &Stamp;
    fn stamp_mut(&mut self) -> &mut Stamp;
    fn edits(&self) -> &Edits;
    fn edits_mut(&mut self) -> &mut Edits;
    /// The names of its own fields (children lists and stamps excluded).
    fn fields() -> &'static [&'static str];
    /// Whether field `name` holds the same value in both.
    fn same(&self, other: &Self, name: &str) -> bool;
    /// Copies field `name` from `from`.
    fn take(&mut self, from: &Self, name: &str);
    /// Field `name` as JSON text, for conflicts and the tie rule. Text rather than a JSON
    /// tree: it reuses the reader and writer plan files already compile into the app, where
    /// a tree would compile a second (de)serializer for every field type into the wasm.
    fn value(&self, name: &str) -> String;
    /// Sets field `name` from JSON text (a conflict settled by the user); false if it does
    /// not fit.
    fn set_value(&mut self, name: &str, value: &str) -> bool;
    /// How the user knows it: its title, name or date.
    fn label(&self) -> String;
    /// A copy without its children lists (a merge joins those on their own).
    fn shallow(&self) -> Self;
}

macro_rules! record {
    ($t:ident, $kind:expr, [$($f:ident),* $(,)?], |$s:ident| $label:expr) => {
        impl Record for $t {
            const KIND: Kind = $kind;
            fn id(&self) -> &Id {
                &self.id
            }
            fn stamp(&self) -> &Stamp {
                &self.stamp
            }
            fn stamp_mut(&mut self) -> &mut Stamp {
                &mut self.stamp
            }
            fn edits(&self) -> &Edits {
                &self.edits
            }
            fn edits_mut(&mut self) -> &mut Edits {
                &mut self.edits
            }
            fn fields() -> &'static [&'static str] {
                &[$(stringify!($f)),*]
            }
            fn same(&self, other: &Self, name: &str) -> bool {
                match name {
                    $(stringify!($f) => self.$f == other.$f,)*
                    _ => true,
                }
            }
            fn take(&mut self, from: &Self, name: &str) {
                match name {
                    $(stringify!($f) => self.$f = from.$f.clone(),)*
                    _ => {}
                }
            }
            fn value(&self, name: &str) -> String {
                match name {
                    $(stringify!($f) => serde_json::to_string(&self.$f).unwrap_or_default(),)*
                    _ => String::new(),
                }
            }
            fn set_value(&mut self, name: &str, value: &str) -> bool {
                match name {
                    $(stringify!($f) => match serde_json::from_str(value) {
                        Ok(v) => {
                            self.$f = v;
                            true
                        }
                        Err(_) => false,
                    },)*
                    _ => false,
                }
            }
            fn label(&self) -> String {
                let $s = self;
                $label
            }
            fn shallow(&self) -> Self {
                shallow!(self, $t)
            }
        }
    };
}

/// Clones a record, leaving out the children lists of plans, objectives and key results.
macro_rules! shallow {
    ($r:ident, Plan) => {
        Plan {
            focus_areas: Vec::new(),
            not_going: Vec::new(),
            objectives: Vec::new(),
            kpis: Vec::new(),
            business_goals: Vec::new(),
            deleted: Vec::new(),
            people: Default::default(),
            id: $r.id.clone(),
            team: $r.team.clone(),
            period: $r.period,
            context: $r.context.clone(),
            closed_on: $r.closed_on,
            follows: $r.follows.clone(),
            stamp: $r.stamp.clone(),
            edits: $r.edits.clone(),
        }
    };
    ($r:ident, Objective) => {
        Objective {
            key_results: Vec::new(),
            id: $r.id.clone(),
            title: $r.title.clone(),
            why: $r.why.clone(),
            retrospective: $r.retrospective.clone(),
            serves: $r.serves.clone(),
            rank: $r.rank.clone(),
            stamp: $r.stamp.clone(),
            edits: $r.edits.clone(),
        }
    };
    ($r:ident, KeyResult) => {{
        let mut k = KeyResult::new($r.id.clone(), "");
        k.title = $r.title.clone();
        k.metric = $r.metric.clone();
        k.unit = $r.unit.clone();
        k.kind = $r.kind;
        k.baseline = $r.baseline;
        k.target = $r.target;
        k.owner = $r.owner.clone();
        k.working_group = $r.working_group.clone();
        k.catalog_metric = $r.catalog_metric.clone();
        k.retrospective = $r.retrospective.clone();
        k.checklist = $r.checklist.clone();
        k.carried_from = $r.carried_from.clone();
        k.from_title = $r.from_title.clone();
        k.rank = $r.rank.clone();
        k.stamp = $r.stamp.clone();
        k.edits = $r.edits.clone();
        k
    }};
    ($r:ident, Project) => {
        Project {
            tasks: Vec::new(),
            id: $r.id.clone(),
            title: $r.title.clone(),
            status: $r.status,
            budget: $r.budget,
            spent: $r.spent,
            currency: $r.currency.clone(),
            starts: $r.starts,
            ends: $r.ends,
            rank: $r.rank.clone(),
            stamp: $r.stamp.clone(),
            edits: $r.edits.clone(),
        }
    };
    ($r:ident, $t:ident) => {
        $r.clone()
    };
}

record!(
    Plan,
    Kind::Plan,
    [team, period, context, closed_on, follows],
    |p| p.title()
);
record!(FocusArea, Kind::FocusArea, [stage, note, rank], |f| f
    .name());
record!(NotGoing, Kind::NotGoing, [text, rank], |n| n.text.clone());
record!(
    Objective,
    Kind::Objective,
    [title, why, retrospective, serves, rank],
    |o| o.title.clone()
);
record!(
    KeyResult,
    Kind::KeyResult,
    [
        title,
        metric,
        unit,
        kind,
        baseline,
        target,
        owner,
        working_group,
        catalog_metric,
        retrospective,
        checklist,
        carried_from,
        from_title,
        rank,
    ],
    |k| k.title.clone()
);
record!(
    Project,
    Kind::Bet,
    [title, status, budget, spent, currency, starts, ends, rank],
    |p| p.title.clone()
);
record!(Task, Kind::Task, [title, done, owner, rank], |t| t
    .title
    .clone());
record!(
    BusinessGoal,
    Kind::BusinessGoal,
    [title, metric, unit, current, target, owner, rank],
    |g| g.title.clone()
);
record!(Kpi, Kind::Kpi, [name, unit, current, target, rank], |k| k
    .name
    .clone());
record!(
    CheckIn,
    Kind::CheckIn,
    [date, value, confidence, note],
    |c| crate::domain::display::fmt_day(c.date)
);
