//! This device's edits become stamps. Rather than every editing action stamping what it
//! touched, the plan as last stamped is compared with the plan now: each changed field gets
//! a new stamp, each new record a creation stamp, each removed record a tombstone, each
//! moved record a new rank. One place to get right, and no edit can forget it.

use super::record::Record;
use super::Tombstone;
use crate::domain::fnv::FnvMap as IdMap;
use crate::domain::ids::Id;
use crate::domain::model::{KeyResult, Objective, Plan, Project};
use crate::domain::rank;
use crate::domain::stamp::{field_stamp, Clock, FieldStamp, Stamp, RESTORED, UNKNOWN};
use std::collections::HashSet;

/// Stamps what changed from `before` (the plan as last stamped; none for a plan made on
/// this device) to `after`, with one new stamp from `clock`. `name`: this device's user,
/// recorded in the plan's `people` when it changed.
pub fn stamp_changes(
    before: Option<&Plan>,
    after: &mut Plan,
    clock: &mut Clock,
    wall: u64,
    name: &str,
) {
    // A clock behind the plan's own stamps would date this change before what it changes.
    if let Some(before) = before {
        clock.observe(&super::latest_stamp(before));
    }
    let mut s = Stamper {
        now: None,
        clock,
        wall,
        removed: Vec::new(),
        back: HashSet::new(),
    };
    match before {
        Some(before) => s.plan(before, after),
        None => s.fresh_plan(after),
    }
    let Stamper { removed, back, .. } = s;
    let device = clock.device;
    if !name.trim().is_empty()
        && after.people.get(&device).map(|p| p.name.as_str()) != Some(name.trim())
    {
        let at = clock.tick(wall);
        after.people.insert(
            device,
            super::Person {
                name: name.trim().to_string(),
                at,
            },
        );
    }
    if removed.is_empty() && back.is_empty() {
        return;
    }
    // A record that outlived a teammate's deletion (its tombstone is empty) may have lived
    // only through a child deleted now: settle the plan as a merge would, so it goes too.
    let revived = after.deleted.iter().any(|t| !t.is_buried());
    let settle = !back.is_empty() || (revived && !removed.is_empty());
    // A record brought back (undo) takes its tombstone with it.
    after.deleted.retain(|t| !back.contains(&t.id));
    for t in removed {
        match after.deleted.iter_mut().find(|d| d.id == t.id) {
            Some(old) => *old = t,
            None => after.deleted.push(t),
        }
    }
    super::order::tombstones(&mut after.deleted);
    // Likewise an undo can bring back a record as it was before a merge, holding children
    // a teammate deleted since: they stay deleted.
    if settle {
        let (full, tombs) = super::bury::unbury(after, &crate::domain::fnv::FnvSet::default());
        let tombs = tombs.into_iter().map(|t| t.into_owned()).collect();
        let mut full = full.into_owned();
        super::bury::bury(&mut full, tombs);
        *after = full;
    }
}

struct Stamper<'c> {
    /// The one stamp of this round of changes, taken when the first change is seen.
    now: Option<Stamp>,
    clock: &'c mut Clock,
    wall: u64,
    removed: Vec<Tombstone>,
    /// Records that came back (an undone deletion).
    back: HashSet<Id>,
}

impl Stamper<'_> {
    fn now(&mut self) -> Stamp {
        if self.now.is_none() {
            self.now = Some(self.clock.tick(self.wall));
        }
        self.now.unwrap_or_default()
    }

    fn plan(&mut self, before: &Plan, after: &mut Plan) {
        self.fields(before, after);
        self.list(
            &before.focus_areas,
            &mut after.focus_areas,
            None,
            |_, _, _| {},
        );
        self.list(&before.not_going, &mut after.not_going, None, |_, _, _| {});
        self.list(&before.kpis, &mut after.kpis, None, |_, _, _| {});
        self.list(
            &before.business_goals,
            &mut after.business_goals,
            None,
            |_, _, _| {},
        );
        self.list(
            &before.objectives,
            &mut after.objectives,
            None,
            Stamper::objective,
        );
        self.links(before, after);
    }

    /// A new link to a business goal is a use of it, made now: it marks the goal the way
    /// an undone deletion does, so a teammate's earlier deletion of it loses to the link
    /// (and says so) instead of leaving the objective linked to nothing.
    fn links(&mut self, before: &Plan, after: &mut Plan) {
        let old: HashSet<(&Id, &Id)> = before
            .objectives
            .iter()
            .flat_map(|o| o.serves.iter().map(move |g| (&o.id, g)))
            .collect();
        let new: HashSet<Id> = after
            .objectives
            .iter()
            .flat_map(|o| o.serves.iter().map(move |g| (&o.id, g)))
            .filter(|pair| !old.contains(pair))
            .map(|(_, g)| g.clone())
            .collect();
        if new.is_empty() {
            return;
        }
        let now = self.now();
        for g in after
            .business_goals
            .iter_mut()
            .filter(|g| new.contains(&g.id))
        {
            g.edits.insert(
                RESTORED.into(),
                FieldStamp {
                    at: now,
                    base: UNKNOWN,
                },
            );
        }
    }

    /// A plan made on this device: the records without a stamp are new; any with one
    /// (a copy's records) are compared with themselves, so only their ranks can change.
    fn fresh_plan(&mut self, plan: &mut Plan) {
        if plan.stamp.is_unknown() {
            plan.stamp = self.now();
        }
        let known = stamped_only(plan);
        self.plan(&known, plan);
    }

    fn objective(&mut self, before: &Objective, after: &mut Objective) {
        let parent = Some(after.id.clone());
        self.list(
            &before.key_results,
            &mut after.key_results,
            parent,
            Stamper::key_result,
        );
    }

    fn key_result(&mut self, before: &KeyResult, after: &mut KeyResult) {
        let parent = Some(after.id.clone());
        self.list(
            &before.projects,
            &mut after.projects,
            parent.clone(),
            Stamper::bet,
        );
        self.list(
            &before.check_ins,
            &mut after.check_ins,
            parent,
            |_, _, _| {},
        );
        super::order::check_ins(&mut after.check_ins);
    }

    fn bet(&mut self, before: &Project, after: &mut Project) {
        let parent = Some(after.id.clone());
        self.list(&before.tasks, &mut after.tasks, parent, |_, _, _| {});
    }

    /// Stamps each field of `after` that differs from `before`.
    fn fields<T: Record>(&mut self, before: &T, after: &mut T) {
        for &f in T::fields() {
            if before.same(after, f) {
                continue;
            }
            let now = self.now();
            let old = field_stamp(before.stamp(), before.edits(), f);
            // A run of this device's own edits keeps the base it started from, so a
            // teammate's change in between still shows as a conflict. A field still at its
            // creation stamp starts a run: the value it replaces is the one it was made with
            // (else the creator's first edit would conflict with every untouched copy).
            let base = if old.at.device == now.device && before.edits().contains_key(f) {
                old.base
            } else {
                old.at
            };
            after
                .edits_mut()
                .insert(f.to_string(), FieldStamp { at: now, base });
        }
    }

    /// Stamps a list: new records, changed ones (with `children` for their lists), removed
    /// ones (tombstones) and moved ones (new ranks).
    fn list<T>(
        &mut self,
        before: &[T],
        after: &mut [T],
        parent: Option<Id>,
        mut children: impl FnMut(&mut Self, &T, &mut T),
    ) where
        T: Record + super::bury::Buried + Ranked + 'static,
    {
        if before == &*after {
            return;
        }
        T::fix_ranks(after);
        let old: IdMap<&Id, &T> = before.iter().map(|r| (r.id(), r)).collect();
        let mut present = HashSet::with_capacity(after.len());
        for r in after.iter_mut() {
            present.insert(r.id().clone());
            match old.get(r.id()) {
                // Unchanged, children and all: nothing to stamp (the common case).
                Some(b) if **b == *r => {}
                Some(b) => {
                    self.fields(*b, r);
                    children(self, b, r);
                }
                None => self.arrived(r, &mut children),
            }
        }
        for b in before.iter().filter(|b| !present.contains(b.id())) {
            let now = self.now();
            let mut t = Tombstone::new(b.id().clone(), T::KIND, now, parent.clone());
            b.clone().bury_in(&mut t);
            self.removed.push(t);
        }
    }

    /// A record that was not there before: made now, or brought back by an undo.
    fn arrived<T: Record + 'static>(
        &mut self,
        r: &mut T,
        children: &mut impl FnMut(&mut Self, &T, &mut T),
    ) {
        let now = self.now();
        // Any tombstone of it goes: it is here again.
        self.back.insert(r.id().clone());
        if r.stamp().is_unknown() {
            *r.stamp_mut() = now;
            r.edits_mut().clear();
            // Its children are new too; comparing with an empty copy stamps them.
            let mut empty = r.clone();
            empty_children(&mut empty);
            children(self, &empty, r);
        } else {
            r.edits_mut().insert(
                RESTORED.into(),
                FieldStamp {
                    at: now,
                    base: UNKNOWN,
                },
            );
        }
    }
}

/// A copy of `plan` holding only the records that carry a stamp.
fn stamped_only(plan: &Plan) -> Plan {
    fn keep<T: Record>(list: &mut Vec<T>) {
        list.retain(|r| !r.stamp().is_unknown());
    }
    let mut p = plan.clone();
    keep(&mut p.focus_areas);
    keep(&mut p.not_going);
    keep(&mut p.kpis);
    keep(&mut p.business_goals);
    keep(&mut p.objectives);
    for o in &mut p.objectives {
        keep(&mut o.key_results);
        for k in &mut o.key_results {
            keep(&mut k.projects);
            keep(&mut k.check_ins);
            for b in &mut k.projects {
                keep(&mut b.tasks);
            }
        }
    }
    p
}

/// Clears a record's children lists (for comparing a new record with nothing).
fn empty_children<T: Record + 'static>(r: &mut T) {
    let any: &mut dyn std::any::Any = r;
    if let Some(o) = any.downcast_mut::<Objective>() {
        o.key_results.clear();
    } else if let Some(k) = any.downcast_mut::<KeyResult>() {
        k.projects.clear();
        k.check_ins.clear();
    } else if let Some(b) = any.downcast_mut::<Project>() {
        b.tasks.clear();
    }
}

/// Lists kept in order by rank; check-ins are kept by date instead.
pub(super) trait Ranked: Sized {
    fn fix_ranks(_list: &mut [Self]) {}
}

macro_rules! ranked {
    ($($t:ty),*) => {$(
        impl Ranked for $t {
            fn fix_ranks(list: &mut [Self]) {
                let mut ranks: Vec<String> = list.iter().map(|r| r.rank.clone()).collect();
                let ids: Vec<&str> = list.iter().map(|r| r.id.as_str()).collect();
                let changed = rank::fix(&mut ranks, &ids);
                for i in changed {
                    list[i].rank = std::mem::take(&mut ranks[i]);
                }
            }
        }
    )*};
}

use crate::domain::model::{BusinessGoal, CheckIn, FocusArea, Kpi, NotGoing, Task};
ranked!(
    FocusArea,
    NotGoing,
    Objective,
    KeyResult,
    Project,
    Kpi,
    BusinessGoal,
    Task
);
impl Ranked for CheckIn {}
