//! What a merge did, in the user's terms: records added, changed and deleted by kind, and
//! each conflict with both values, who changed each and when.

use super::record::{Kind, Record};
use crate::domain::fnv::FnvMap as IdMap;
use crate::domain::ids::Id;
use crate::domain::model::Plan;
use crate::domain::stamp::Stamp;
use serde_json::Value;

/// Which copy a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConflictKind {
    /// Both copies changed `field` without seeing the other's change.
    SameField { field: &'static str },
    /// The teammate deleted the record; it was changed on this device after that.
    DeletedThereChangedHere,
    /// This device deleted the record; the teammate changed it after that.
    DeletedHereChangedThere,
    /// A business goal was deleted in one copy while an objective of the other linked to
    /// it (before the deletion, by the clocks): the goal stays deleted and the link does
    /// nothing until someone brings the goal back or drops the link.
    LinkedToDeleted { objective: Id },
}

/// One place where the copies disagreed, with what the merge kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub conflict: ConflictKind,
    pub kind: Kind,
    pub id: Id,
    /// The record in the user's words: `Key result “Grow MQLs to 300”`.
    pub what: String,
    /// Both values as JSON text (`"Grow MQLs"`, `300.0`, `null`); `value_words` reads them.
    pub ours: String,
    pub theirs: String,
    /// When and where each side's value (or deletion) was made.
    pub ours_at: Stamp,
    pub theirs_at: Stamp,
    pub winner: Side,
}

impl Conflict {
    /// The field in the user's words ("title", "baseline"), or "deleted".
    pub fn field_label(&self) -> String {
        match &self.conflict {
            ConflictKind::SameField { field } => field.replace('_', " "),
            ConflictKind::LinkedToDeleted { .. } => "link to a deleted business goal".into(),
            _ => "deleted".into(),
        }
    }
}

/// Records added, changed and deleted for one kind, as this device sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KindCounts {
    pub added: usize,
    pub changed: usize,
    pub deleted: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MergeReport {
    pub conflicts: Vec<Conflict>,
    /// Per kind, in the order of `Kind`.
    pub counts: Vec<(Kind, KindCounts)>,
}

impl MergeReport {
    pub fn count(&self, kind: Kind) -> KindCounts {
        self.counts
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }

    /// Whether the merge changes nothing here.
    pub fn is_empty(&self) -> bool {
        self.conflicts.is_empty()
            && self
                .counts
                .iter()
                .all(|(_, c)| c.added + c.changed + c.deleted == 0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MergeOutcome {
    pub plan: Plan,
    pub report: MergeReport,
}

/// Counts what `after` adds, changes and deletes next to `before`, kind by kind.
///
/// Each level matches its records by id and compares each pair once, children included;
/// only the pairs that differ, and records on one side only, pass their children down.
/// (Comparing a key result once, rather than once per question asked of it, is most of
/// what a merge of two large, mostly equal copies costs here.)
pub(super) fn counts(before: &Plan, after: &Plan) -> Vec<(Kind, KindCounts)> {
    use crate::domain::model::{KeyResult, Objective, Project};
    // The plan is one record: its own fields only, as its children are counted below.
    let plan = if before.id() != after.id() {
        KindCounts {
            added: 1,
            changed: 0,
            deleted: 1,
        }
    } else {
        KindCounts {
            changed: usize::from(changed_fields(before, after)),
            ..KindCounts::default()
        }
    };
    let objectives = Matched::new(&before.objectives, &after.objectives);
    let (b_krs, a_krs) = objectives.children(|o: &Objective| &o.key_results[..]);
    let krs = Matched::new(b_krs, a_krs);
    let (b_bets, a_bets) = krs.children(|k: &KeyResult| &k.projects[..]);
    let (b_cis, a_cis) = krs.children(|k: &KeyResult| &k.check_ins[..]);
    let bets = Matched::new(b_bets, a_bets);
    let (b_tasks, a_tasks) = bets.children(|b: &Project| &b.tasks[..]);
    vec![
        (Kind::Plan, plan),
        Matched::new(&before.focus_areas, &after.focus_areas).counts(),
        Matched::new(&before.not_going, &after.not_going).counts(),
        objectives.counts(),
        krs.counts(),
        bets.counts(),
        Matched::new(&before.kpis, &after.kpis).counts(),
        Matched::new(b_cis, a_cis).counts(),
        Matched::new(&before.business_goals, &after.business_goals).counts(),
        Matched::new(b_tasks, a_tasks).counts(),
    ]
}

/// Whether any of the record's own fields differ (children and stamps aside).
fn changed_fields<T: Record>(o: &T, r: &T) -> bool {
    T::fields().iter().any(|f| !o.same(r, f))
}

/// One kind's records matched by id: the pairs that differ anywhere (children included),
/// and the records only `after` or only `before` holds.
struct Matched<'a, T> {
    differ: Vec<(&'a T, &'a T)>,
    added: Vec<&'a T>,
    deleted: Vec<&'a T>,
}

impl<'a, T: Record> Matched<'a, T> {
    fn new(
        before: impl IntoIterator<Item = &'a T>,
        after: impl IntoIterator<Item = &'a T>,
    ) -> Self {
        let mut old: IdMap<&Id, (&T, bool)> =
            before.into_iter().map(|r| (r.id(), (r, false))).collect();
        let (mut differ, mut added) = (Vec::new(), Vec::new());
        for r in after {
            match old.get_mut(r.id()) {
                Some((o, seen)) => {
                    *seen = true;
                    if *o != r {
                        differ.push((*o, r));
                    }
                }
                None => added.push(r),
            }
        }
        let deleted = old
            .into_values()
            .filter(|(_, seen)| !seen)
            .map(|(o, _)| o)
            .collect();
        Matched {
            differ,
            added,
            deleted,
        }
    }

    fn counts(&self) -> (Kind, KindCounts) {
        let changed = self
            .differ
            .iter()
            .filter(|(o, r)| changed_fields(*o, *r))
            .count();
        let counts = KindCounts {
            added: self.added.len(),
            changed,
            deleted: self.deleted.len(),
        };
        (T::KIND, counts)
    }

    /// The children to compare next: those of the pairs that differ, and of the records on
    /// one side only (ids are unique across a plan, and a record never changes parent).
    fn children<C>(&self, of: fn(&'a T) -> &'a [C]) -> (Vec<&'a C>, Vec<&'a C>) {
        let before = self
            .differ
            .iter()
            .map(|(o, _)| *o)
            .chain(self.deleted.iter().copied());
        let after = self
            .differ
            .iter()
            .map(|(_, r)| *r)
            .chain(self.added.iter().copied());
        (before.flat_map(of).collect(), after.flat_map(of).collect())
    }
}

/// Every visible record, with how the user knows it: `Key result “Grow MQLs”`.
pub(super) fn visible_ids(
    plan: &Plan,
    wanted: &std::collections::HashSet<Id>,
) -> IdMap<(Kind, Id), String> {
    let add = |out: &mut IdMap<(Kind, Id), String>, r: &dyn Labelled| {
        if wanted.contains(r.the_id()) {
            out.insert((r.the_kind(), r.the_id().clone()), r.words());
        }
    };
    let mut out = IdMap::default();
    add(&mut out, plan);
    plan.focus_areas.iter().for_each(|r| add(&mut out, r));
    plan.not_going.iter().for_each(|r| add(&mut out, r));
    plan.kpis.iter().for_each(|r| add(&mut out, r));
    plan.business_goals.iter().for_each(|r| add(&mut out, r));
    for o in &plan.objectives {
        add(&mut out, o);
        for k in &o.key_results {
            add(&mut out, k);
            for b in &k.projects {
                add(&mut out, b);
                b.tasks.iter().for_each(|r| add(&mut out, r));
            }
            for c in &k.check_ins {
                if wanted.contains(&c.id) {
                    let label = format!("Check-in of {} on \u{201c}{}\u{201d}", c.label(), k.title);
                    out.insert((Kind::CheckIn, c.id.clone()), label);
                }
            }
        }
    }
    out
}

/// A record as a conflict names it: `Key result “Grow MQLs”`.
trait Labelled {
    fn the_id(&self) -> &Id;
    fn the_kind(&self) -> Kind;
    fn words(&self) -> String;
}

impl<T: Record> Labelled for T {
    fn the_id(&self) -> &Id {
        self.id()
    }
    fn the_kind(&self) -> Kind {
        T::KIND
    }
    fn words(&self) -> String {
        format!(
            "{} \u{201c}{}\u{201d}",
            capital(T::KIND.label()),
            self.label()
        )
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A field's value (JSON text) as a person reads it: text as written, numbers plainly,
/// "none".
pub fn value_words(json: &str) -> String {
    match serde_json::from_str::<Value>(json) {
        Ok(v) => words(&v),
        Err(_) => json.to_string(),
    }
}

fn words(value: &Value) -> String {
    match value {
        Value::Null => "none".into(),
        Value::String(s) => s.replace('_', " "),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
        Value::Array(items) => items.iter().map(words).collect::<Vec<_>>().join(", "),
        Value::Object(map) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(_, v)| words(v))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

impl MergeReport {
    /// What the merge adds, changes and deletes, in words: "1 check-in added, 1 key result
    /// changed". Empty when it changes nothing.
    pub fn in_words(&self) -> String {
        let mut parts = Vec::new();
        for (what, pick) in [("added", 0), ("changed", 1), ("deleted", 2)] {
            for (kind, c) in &self.counts {
                let n = [c.added, c.changed, c.deleted][pick];
                if n == 0 || (*kind == Kind::Plan && pick != 1) {
                    continue;
                }
                let label = if *kind == Kind::Plan {
                    "the plan's team, period or context".to_string()
                } else if n == 1 {
                    format!("1 {}", kind.label())
                } else {
                    format!("{n} {}s", kind.label())
                };
                parts.push(format!("{label} {what}"));
            }
        }
        parts.join(", ")
    }
}
