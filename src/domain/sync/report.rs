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
pub(super) fn counts(before: &Plan, after: &Plan) -> Vec<(Kind, KindCounts)> {
    fn count<T: Record>(before: Vec<&T>, after: Vec<&T>) -> (Kind, KindCounts) {
        let old: IdMap<&Id, &T> = before.into_iter().map(|r| (r.id(), r)).collect();
        let mut c = KindCounts::default();
        let mut seen = 0;
        for r in after {
            match old.get(r.id()) {
                Some(o) => {
                    seen += 1;
                    // Whole-record equality first: the common case, and cheap.
                    if *o != r && T::fields().iter().any(|f| !o.same(r, f)) {
                        c.changed += 1;
                    }
                }
                None => c.added += 1,
            }
        }
        c.deleted = old.len() - seen;
        (T::KIND, c)
    }
    // Subtrees alike on both sides add, change and delete nothing: leave them out, then
    // count the rest kind by kind (ids are unique across a plan, parents never change).
    fn differing<'a, P: Record, C>(
        before: impl IntoIterator<Item = &'a P>,
        after: impl IntoIterator<Item = &'a P>,
        children: fn(&'a P) -> &'a [C],
    ) -> (Vec<&'a C>, Vec<&'a C>) {
        let old: IdMap<&Id, &P> = before.into_iter().map(|p| (p.id(), p)).collect();
        let mut seen: IdMap<&Id, ()> = IdMap::default();
        let (mut b, mut a) = (Vec::new(), Vec::new());
        for p in after {
            match old.get(p.id()) {
                Some(o) if *o == p => {}
                Some(o) => {
                    b.extend(children(o));
                    a.extend(children(p));
                }
                None => a.extend(children(p)),
            }
            seen.insert(p.id(), ());
        }
        for (id, o) in &old {
            if !seen.contains_key(id) {
                b.extend(children(o));
            }
        }
        (b, a)
    }
    use crate::domain::model::{KeyResult, Objective};
    let (b_krs, a_krs) = differing(&before.objectives, &after.objectives, |o: &Objective| {
        &o.key_results[..]
    });
    let (b_bets, a_bets) = differing(
        b_krs.iter().copied(),
        a_krs.iter().copied(),
        |k: &KeyResult| &k.projects[..],
    );
    let (b_cis, a_cis) = differing(
        b_krs.iter().copied(),
        a_krs.iter().copied(),
        |k: &KeyResult| &k.check_ins[..],
    );
    let (b_tasks, a_tasks) = differing(
        b_bets.iter().copied(),
        a_bets.iter().copied(),
        |b: &crate::domain::model::Project| &b.tasks[..],
    );
    vec![
        count(vec![before], vec![after]),
        count(
            before.focus_areas.iter().collect(),
            after.focus_areas.iter().collect(),
        ),
        count(
            before.not_going.iter().collect(),
            after.not_going.iter().collect(),
        ),
        count(
            before.objectives.iter().collect(),
            after.objectives.iter().collect(),
        ),
        count(b_krs, a_krs),
        count(b_bets, a_bets),
        count(before.kpis.iter().collect(), after.kpis.iter().collect()),
        count(b_cis, a_cis),
        count(
            before.business_goals.iter().collect(),
            after.business_goals.iter().collect(),
        ),
        count(b_tasks, a_tasks),
    ]
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
