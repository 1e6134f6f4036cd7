//! Two copies of a plan become one. Each field takes the value with the later stamp (a tie,
//! only possible between unknown stamps, goes to the larger value, so every device picks
//! the same); lists are united by id and put in rank order; deletions are united and then
//! applied (`bury`). The result is the same whichever copy is "ours".

use super::bury::{bury, unbury};
use super::deletions::join_tombstones;
use super::order::Ordered;
use super::record::{Kind, Record};
use super::report::{counts, visible_ids, Conflict, ConflictKind, MergeOutcome, MergeReport, Side};
use super::Tombstone;
use crate::domain::fnv::{FnvMap as IdMap, FnvSet};
use crate::domain::ids::Id;
use crate::domain::model::{KeyResult, Objective, Plan, Project};
use crate::domain::stamp::{field_stamp, Edits, FieldStamp, Stamp, RESTORED};
use std::cmp::Ordering;

/// Merges `theirs` (a teammate's copy of the same plan, or only their changes) into
/// `ours`. The plan is the same as `merge_plan(theirs, ours)` gives; the report is told
/// from this device's side.
pub fn merge_plan(ours: &Plan, theirs: &Plan) -> MergeOutcome {
    let shared = shared_tombstones(ours, theirs);
    let (full_ours, tombs_ours) = unbury(ours, &shared);
    let (full_theirs, tombs_theirs) = unbury(theirs, &shared);
    let mut j = Joiner::default();
    let mut joined = j.plan(full_ours.as_ref(), full_theirs.as_ref());
    let tombs = join_tombstones(&tombs_ours, &tombs_theirs);
    // Deletions both hold buried concern no record in the joined copy: set them aside.
    let (still_buried, active): (Vec<Tombstone>, Vec<Tombstone>) =
        tombs.into_iter().partition(|t| shared.contains(&t.id));
    let revived = bury(&mut joined, active);
    if !still_buried.is_empty() {
        joined.deleted.extend(still_buried);
        super::order::tombstones(&mut joined.deleted);
    }
    let mut conflicts = j.conflicts;
    // A conflict inside a record that stays deleted is nobody's concern. Labels are only
    // made when there is something to say: a plan has thousands of records.
    let wanted: std::collections::HashSet<Id> = conflicts
        .iter()
        .map(|c| c.id.clone())
        .chain(revived.iter().map(|r| r.1.clone()))
        .collect();
    let visible = if wanted.is_empty() {
        IdMap::default()
    } else {
        visible_ids(&joined, &wanted)
    };
    conflicts.retain(|c| visible.contains_key(&(c.kind, c.id.clone())));
    for c in &mut conflicts {
        c.what = visible
            .get(&(c.kind, c.id.clone()))
            .cloned()
            .unwrap_or_default();
    }
    // Only a copy in which the record was gone had deleted it; an old deletion of a record
    // that came back since is no news.
    let gone = |p: &'_ Plan| -> IdMap<Id, Stamp> {
        p.deleted
            .iter()
            .filter(|t| t.is_buried())
            .map(|t| (t.id.clone(), t.at))
            .collect()
    };
    let (ours_deleted, theirs_deleted) = (gone(ours), gone(theirs));
    for (kind, id, touched) in revived {
        let (o, t) = (ours_deleted.get(&id), theirs_deleted.get(&id));
        let (conflict, ours_at, theirs_at, winner) = match (o, t) {
            (None, Some(t)) => (
                ConflictKind::DeletedThereChangedHere,
                touched,
                (*t),
                Side::Ours,
            ),
            (Some(o), None) => (
                ConflictKind::DeletedHereChangedThere,
                (*o),
                touched,
                Side::Theirs,
            ),
            _ => continue,
        };
        let what = visible
            .get(&(kind, id.clone()))
            .cloned()
            .unwrap_or_default();
        conflicts.push(Conflict {
            conflict,
            kind,
            id,
            what,
            ours: String::new(),
            theirs: String::new(),
            ours_at,
            theirs_at,
            winner,
        });
    }
    conflicts.extend(dead_links(ours, theirs, &joined));
    let report = MergeReport {
        counts: counts(ours, &joined),
        conflicts,
    };
    MergeOutcome {
        plan: joined,
        report,
    }
}

/// Links the merge leaves pointing at a deleted business goal, where one copy still had
/// the goal: said once, when the copies meet, not on every later merge.
fn dead_links(ours: &Plan, theirs: &Plan, joined: &Plan) -> Vec<Conflict> {
    let mut out = Vec::new();
    for o in &joined.objectives {
        for g in &o.serves {
            let Some(t) = joined
                .deleted
                .iter()
                .find(|t| &t.id == g && t.kind == Kind::BusinessGoal)
            else {
                continue;
            };
            let (here, there) = (
                ours.business_goal(g).is_some(),
                theirs.business_goal(g).is_some(),
            );
            if here == there {
                continue;
            }
            let title = t
                .business_goal
                .as_ref()
                .map_or(String::new(), |b| b.title.clone());
            let linked = *super::record::Record::edits(o)
                .get("serves")
                .map_or(&o.stamp, |f| &f.at);
            out.push(Conflict {
                conflict: ConflictKind::LinkedToDeleted {
                    objective: o.id.clone(),
                },
                kind: Kind::BusinessGoal,
                id: g.clone(),
                what: format!(
                    "Business goal \u{201c}{title}\u{201d}, which objective \u{201c}{}\u{201d} serves",
                    o.title
                ),
                ours: String::new(),
                theirs: String::new(),
                ours_at: if here { linked } else { t.at },
                theirs_at: if here { t.at } else { linked },
                // The deletion stands: the side that made it wins.
                winner: if here { Side::Theirs } else { Side::Ours },
            });
        }
    }
    out
}

/// Deletions both copies hold alike, of records with no children that no other deletion
/// holds inside its content: gone from both copies in the same state, they stay so, and the
/// merge can leave them buried. (A deleted objective, key result or bet is always put back: its
/// children may be deleted apart from it.)
fn shared_tombstones<'p>(ours: &'p Plan, theirs: &'p Plan) -> FnvSet<&'p Id> {
    if ours.deleted.is_empty() || theirs.deleted.is_empty() {
        return FnvSet::default();
    }
    let mut nested: FnvSet<&Id> = FnvSet::default();
    for t in ours.deleted.iter().chain(&theirs.deleted) {
        let krs: Vec<&KeyResult> = match (&t.objective, &t.key_result) {
            (Some(o), _) => o.key_results.iter().collect(),
            (_, Some(k)) => vec![&**k],
            _ => continue,
        };
        for k in krs {
            nested.insert(&k.id);
            nested.extend(k.check_ins.iter().map(|c| &c.id));
            nested.extend(k.projects.iter().map(|b| &b.id));
            nested.extend(k.projects.iter().flat_map(|b| &b.tasks).map(|t| &t.id));
        }
    }
    for t in ours.deleted.iter().chain(&theirs.deleted) {
        if let Some(b) = &t.bet {
            nested.extend(b.tasks.iter().map(|t| &t.id));
        }
    }
    let by_id: IdMap<&Id, &Tombstone> = theirs.deleted.iter().map(|t| (&t.id, t)).collect();
    ours.deleted
        .iter()
        // Records with children, and goals that a link elsewhere can keep alive.
        .filter(|t| {
            !matches!(
                t.kind,
                Kind::Objective | Kind::KeyResult | Kind::Bet | Kind::BusinessGoal
            )
        })
        .filter(|t| t.is_buried() && !nested.contains(&t.id))
        .filter(|t| by_id.get(&t.id).is_some_and(|u| *u == *t))
        .map(|t| &t.id)
        .collect()
}

#[derive(Default)]
struct Joiner {
    conflicts: Vec<Conflict>,
}

impl Joiner {
    /// The record's own fields, field by field; children are the caller's.
    fn fields<T: Record>(&mut self, o: &T, t: &T) -> T {
        let created = *o.stamp().max(t.stamp());
        // Without children: the caller joins those.
        let mut out = o.shallow();
        let mut edits = Edits::new();
        for &f in T::fields() {
            let eo = field_stamp(o.stamp(), o.edits(), f);
            let et = field_stamp(t.stamp(), t.edits(), f);
            let same = o.same(t, f);
            let theirs_win = match eo.at.cmp(&et.at) {
                Ordering::Greater => false,
                Ordering::Less => true,
                // The same change, or two unknown ones: the larger value, on every device.
                Ordering::Equal => !same && larger(&t.value(f), &o.value(f)),
            };
            let entry = if eo.at == et.at {
                eo.clone().max_by_base(et.clone())
            } else if theirs_win {
                et.clone()
            } else {
                eo.clone()
            };
            if !same {
                if theirs_win {
                    out.take(t, f);
                }
                let (win, lose) = if theirs_win { (&et, &eo) } else { (&eo, &et) };
                // Written over the other value knowingly, or by a change from an unknown
                // time over one: no conflict. Both unknown: the two copies differ, say so.
                let both_unknown = eo.at.is_unknown() && et.at.is_unknown();
                if both_unknown || win.base < lose.at {
                    self.conflicts.push(Conflict {
                        conflict: ConflictKind::SameField { field: f },
                        kind: T::KIND,
                        id: o.id().clone(),
                        what: String::new(),
                        ours: o.value(f),
                        theirs: t.value(f),
                        ours_at: eo.at,
                        theirs_at: et.at,
                        winner: if theirs_win { Side::Theirs } else { Side::Ours },
                    });
                }
            }
            if entry.at != created || !entry.base.is_unknown() {
                edits.insert(f.to_string(), entry);
            }
        }
        let restored = [o.edits().get(RESTORED), t.edits().get(RESTORED)]
            .into_iter()
            .flatten()
            .max_by(|a, b| (&a.at, &a.base).cmp(&(&b.at, &b.base)));
        if let Some(r) = restored {
            edits.insert(RESTORED.into(), r.clone());
        }
        *out.stamp_mut() = created;
        *out.edits_mut() = edits;
        out
    }

    fn plan(&mut self, o: &Plan, t: &Plan) -> Plan {
        let mut out = self.fields(o, t);
        out.focus_areas = self.list(&o.focus_areas, &t.focus_areas, |j, o, t| j.fields(o, t));
        out.not_going = self.list(&o.not_going, &t.not_going, |j, o, t| j.fields(o, t));
        out.kpis = self.list(&o.kpis, &t.kpis, |j, o, t| j.fields(o, t));
        out.business_goals = self.list(&o.business_goals, &t.business_goals, |j, o, t| {
            j.fields(o, t)
        });
        out.objectives = self.list(&o.objectives, &t.objectives, Joiner::objective);
        out.people = o.people.clone();
        for (device, person) in &t.people {
            out.people
                .entry(*device)
                .and_modify(|p| {
                    if (&person.at, &person.name) > (&p.at, &p.name) {
                        *p = person.clone();
                    }
                })
                .or_insert_with(|| person.clone());
        }
        out.deleted = Vec::new();
        out
    }

    fn objective(&mut self, o: &Objective, t: &Objective) -> Objective {
        let mut out = self.fields(o, t);
        out.key_results = self.list(&o.key_results, &t.key_results, Joiner::key_result);
        out
    }

    fn key_result(&mut self, o: &KeyResult, t: &KeyResult) -> KeyResult {
        let mut out = self.fields(o, t);
        out.projects = self.list(&o.projects, &t.projects, Joiner::bet);
        out.check_ins = self.list(&o.check_ins, &t.check_ins, |j, o, t| j.fields(o, t));
        out
    }

    fn bet(&mut self, o: &Project, t: &Project) -> Project {
        let mut out = self.fields(o, t);
        out.tasks = self.list(&o.tasks, &t.tasks, |j, o, t| j.fields(o, t));
        out
    }

    /// Unites two lists by id, joining records both hold, in the list's own order.
    fn list<T: Record + Ordered>(
        &mut self,
        ours: &[T],
        theirs: &[T],
        mut both: impl FnMut(&mut Self, &T, &T) -> T,
    ) -> Vec<T> {
        // Usually both copies list the same records in the same order: pair them in place.
        if ours.len() == theirs.len() && ours.iter().zip(theirs).all(|(o, t)| o.id() == t.id()) {
            let mut out: Vec<T> = ours
                .iter()
                .zip(theirs)
                .map(|(o, t)| if o == t { o.clone() } else { both(self, o, t) })
                .collect();
            T::sort(&mut out);
            return out;
        }
        let theirs_by_id: IdMap<&Id, &T> = theirs.iter().map(|t| (t.id(), t)).collect();
        let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
        let mut taken = FnvSet::default();
        for o in ours {
            if !taken.insert(o.id()) {
                continue;
            }
            out.push(match theirs_by_id.get(o.id()) {
                // Most records are the same in both copies: nothing to join, children included.
                Some(t) if o == *t => o.clone(),
                Some(t) => both(self, o, t),
                None => o.clone(),
            });
        }
        for t in theirs {
            if taken.insert(t.id()) {
                out.push(t.clone());
            }
        }
        T::sort(&mut out);
        out
    }
}

impl FieldStamp {
    /// Of two stamps for the same change, the one that knew more.
    fn max_by_base(self, other: FieldStamp) -> FieldStamp {
        if other.base > self.base {
            other
        } else {
            self
        }
    }
}

/// The latest stamp on a record, children excluded.
pub(super) fn own_latest<T: Record>(r: &T) -> Stamp {
    *crate::domain::stamp::latest(r.stamp(), r.edits())
}

/// The tie rule between two values written at the same (unknown) time: compare their JSON.
fn larger(a: &str, b: &str) -> bool {
    a > b
}
