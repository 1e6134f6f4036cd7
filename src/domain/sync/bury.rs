//! Deleted records and the plan's lists. For a merge the deleted records are put back in
//! their places (`unbury`), the two full copies are joined, and then every record whose
//! deletion is later than its last change (its own or any of its children's) goes back
//! into the `deleted` list (`bury`). Joining full copies is what keeps the merge the same
//! whatever order three or more copies meet in.

use super::join::own_latest;
use super::record::{Kind, Record};
use super::Tombstone;
use crate::domain::fnv::FnvMap as IdMap;
use crate::domain::ids::Id;
use crate::domain::model::{KeyResult, Objective, Plan, Project};
use crate::domain::stamp::Stamp;
use std::borrow::Cow;

/// The plan with its deleted records back in place, and its deletions without content
/// (those whose place is gone keep their content). Borrowed when there is nothing to put back.
///
/// `keep`: deletions to leave buried. A merge passes those that both copies hold alike:
/// joining a record with itself gives it back, so putting it back and burying it again
/// would only cost time.
pub(super) fn unbury<'p>(
    plan: &'p Plan,
    keep: &crate::domain::fnv::FnvSet<&Id>,
) -> (Cow<'p, Plan>, Vec<Cow<'p, Tombstone>>) {
    if !plan
        .deleted
        .iter()
        .any(|t| t.is_buried() && !keep.contains(&t.id))
    {
        return (
            Cow::Borrowed(plan),
            plan.deleted.iter().map(Cow::Borrowed).collect(),
        );
    }
    let mut full = plan.clone();
    full.deleted = Vec::new();
    let mut tombs = Vec::with_capacity(plan.deleted.len());
    let mut ordered: Vec<&Tombstone> = plan.deleted.iter().collect();
    // Parents before children, so a key result finds its deleted objective.
    ordered.sort_by_key(|t| depth(t.kind));
    let mut index: Option<IdMap<Id, (usize, usize)>> = None;
    let mut bets: Option<IdMap<Id, (usize, usize, usize)>> = None;
    for t in ordered {
        if keep.contains(&t.id) {
            tombs.push(Cow::Borrowed(t));
            continue;
        }
        // Bets and check-ins find their key result by an index, made once the key results
        // (deleted ones included) are all in place; tasks their bet, likewise.
        if depth(t.kind) == 2 && index.is_none() {
            index = Some(key_result_index(&full));
        }
        if depth(t.kind) == 3 && bets.is_none() {
            bets = Some(bet_index(&full));
        }
        let placed = match (depth(t.kind), t.parent.as_ref()) {
            (2, Some(parent)) => match index.as_ref().and_then(|ix| ix.get(parent)) {
                Some(&(o, k)) => place_in(&mut full.objectives[o].key_results[k], t),
                None => false,
            },
            (3, Some(parent)) => match bets.as_ref().and_then(|ix| ix.get(parent)) {
                Some(&(o, k, b)) => match &t.task {
                    Some(r) => {
                        put(&mut full.objectives[o].key_results[k].projects[b].tasks, r);
                        true
                    }
                    None => false,
                },
                None => false,
            },
            _ => place(&mut full, t),
        };
        if placed {
            tombs.push(Cow::Owned(t.emptied()));
        } else {
            tombs.push(Cow::Borrowed(t));
        }
    }
    (Cow::Owned(full), tombs)
}

fn key_result_index(plan: &Plan) -> IdMap<Id, (usize, usize)> {
    let mut ix = IdMap::default();
    for (o, obj) in plan.objectives.iter().enumerate() {
        for (k, kr) in obj.key_results.iter().enumerate() {
            ix.insert(kr.id.clone(), (o, k));
        }
    }
    ix
}

fn bet_index(plan: &Plan) -> IdMap<Id, (usize, usize, usize)> {
    let mut ix = IdMap::default();
    for (o, obj) in plan.objectives.iter().enumerate() {
        for (k, kr) in obj.key_results.iter().enumerate() {
            for (b, bet) in kr.projects.iter().enumerate() {
                ix.insert(bet.id.clone(), (o, k, b));
            }
        }
    }
    ix
}

fn put<T: Record>(list: &mut Vec<T>, r: &T) {
    if !list.iter().any(|x| x.id() == r.id()) {
        list.push(r.clone());
    }
}

/// Puts a bet's or check-in's content back under its key result.
fn place_in(k: &mut KeyResult, t: &Tombstone) -> bool {
    match t {
        Tombstone { bet: Some(r), .. } => {
            if !k.projects.iter().any(|x| x.id == r.id) {
                k.projects.push((**r).clone());
            }
            true
        }
        Tombstone {
            check_in: Some(r), ..
        } => {
            if !k.check_ins.iter().any(|x| x.id == r.id) {
                k.check_ins.push((**r).clone());
            }
            true
        }
        _ => false,
    }
}

fn depth(kind: Kind) -> u8 {
    match kind {
        Kind::KeyResult => 1,
        Kind::Bet | Kind::CheckIn => 2,
        Kind::Task => 3,
        _ => 0,
    }
}

/// Puts a tombstone's content back in its list; false when it has none or no place.
fn place(plan: &mut Plan, t: &Tombstone) -> bool {
    fn kr<'p>(plan: &'p mut Plan, t: &Tombstone) -> Option<&'p mut KeyResult> {
        plan.key_result_mut(t.parent.as_ref()?)
    }
    match t {
        Tombstone {
            objective: Some(r), ..
        } => put(&mut plan.objectives, &**r),
        Tombstone { kpi: Some(r), .. } => put(&mut plan.kpis, &**r),
        Tombstone {
            business_goal: Some(r),
            ..
        } => put(&mut plan.business_goals, &**r),
        Tombstone {
            focus_area: Some(r),
            ..
        } => put(&mut plan.focus_areas, &**r),
        Tombstone {
            not_going: Some(r), ..
        } => put(&mut plan.not_going, &**r),
        Tombstone {
            key_result: Some(r),
            ..
        } => match t.parent.as_ref().and_then(|p| plan.objective_mut(p)) {
            Some(o) => put(&mut o.key_results, &**r),
            None => return false,
        },
        Tombstone { bet: Some(r), .. } => match kr(plan, t) {
            Some(k) => put(&mut k.projects, &**r),
            None => return false,
        },
        Tombstone {
            check_in: Some(r), ..
        } => match kr(plan, t) {
            Some(k) => put(&mut k.check_ins, &**r),
            None => return false,
        },
        _ => return false,
    }
    true
}

/// Takes out every record whose deletion is later than its last change, into `deleted`
/// (sorted by id). Returns the records that outlived a deletion, with their last change.
pub(super) fn bury(plan: &mut Plan, tombs: Vec<Tombstone>) -> Vec<(Kind, Id, Stamp)> {
    if tombs.is_empty() {
        plan.deleted = Vec::new();
        return Vec::new();
    }
    let mut b = Burier {
        tombs: tombs.into_iter().map(|t| (t.id.clone(), t)).collect(),
        revived: Vec::new(),
    };
    // Only records with a deletion need their last change worked out: most have none.
    for o in &mut plan.objectives {
        for k in &mut o.key_results {
            for bet in &mut k.projects {
                let parent = Some(&bet.id);
                bet.tasks = b.keep_all(std::mem::take(&mut bet.tasks), parent);
            }
            let parent = Some(&k.id);
            k.projects = std::mem::take(&mut k.projects)
                .into_iter()
                .filter_map(|r| b.keep(r, bet_touched, parent))
                .collect();
            k.check_ins = b.keep_all(std::mem::take(&mut k.check_ins), parent);
        }
        let parent = Some(&o.id);
        o.key_results = std::mem::take(&mut o.key_results)
            .into_iter()
            .filter_map(|k| b.keep(k, key_result_touched, parent))
            .collect();
    }
    plan.objectives = std::mem::take(&mut plan.objectives)
        .into_iter()
        .filter_map(|o| b.keep(o, objective_touched, None))
        .collect();
    plan.kpis = b.keep_all(std::mem::take(&mut plan.kpis), None);
    plan.focus_areas = b.keep_all(std::mem::take(&mut plan.focus_areas), None);
    plan.not_going = b.keep_all(std::mem::take(&mut plan.not_going), None);
    plan.business_goals = b.keep_all(std::mem::take(&mut plan.business_goals), None);
    let mut deleted: Vec<Tombstone> = b.tombs.into_values().collect();
    super::order::tombstones(&mut deleted);
    plan.deleted = deleted;
    b.revived
}

fn bet_touched(b: &Project) -> Stamp {
    b.tasks
        .iter()
        .map(own_latest)
        .fold(own_latest(b), Stamp::max)
}

fn key_result_touched(k: &KeyResult) -> Stamp {
    let own = own_latest(k);
    let bets = k.projects.iter().map(bet_touched);
    let check_ins = k.check_ins.iter().map(own_latest);
    bets.chain(check_ins).fold(own, Stamp::max)
}

fn objective_touched(o: &Objective) -> Stamp {
    o.key_results
        .iter()
        .map(key_result_touched)
        .fold(own_latest(o), Stamp::max)
}

struct Burier {
    tombs: IdMap<Id, Tombstone>,
    revived: Vec<(Kind, Id, Stamp)>,
}

impl Burier {
    fn keep_all<T: Record + Buried>(&mut self, list: Vec<T>, parent: Option<&Id>) -> Vec<T> {
        if self.tombs.is_empty() {
            return list;
        }
        list.into_iter()
            .filter_map(|r| self.keep(r, own_latest, parent))
            .collect()
    }

    /// The record if it outlives its deletion (or has none); else it goes into the
    /// tombstone. `touched`: its last change, children included.
    fn keep<T: Record + Buried>(
        &mut self,
        r: T,
        touched: fn(&T) -> Stamp,
        parent: Option<&Id>,
    ) -> Option<T> {
        let Some(t) = self.tombs.get_mut(r.id()).filter(|t| t.kind == T::KIND) else {
            return Some(r);
        };
        let touched = touched(&r);
        if touched > t.at {
            self.revived.push((T::KIND, r.id().clone(), touched));
            return Some(r);
        }
        t.parent = parent.cloned();
        r.bury_in(t);
        None
    }
}

/// Where a record's content goes in its tombstone.
pub(super) trait Buried {
    fn bury_in(self, t: &mut Tombstone);
}

macro_rules! buried {
    ($($t:ty => $field:ident),*) => {$(
        impl Buried for $t {
            fn bury_in(self, t: &mut Tombstone) {
                t.$field = Some(Box::new(self));
            }
        }
    )*};
}

use crate::domain::model::{BusinessGoal, CheckIn, FocusArea, Kpi, NotGoing, Task};
buried!(
    Objective => objective,
    KeyResult => key_result,
    Project => bet,
    Kpi => kpi,
    CheckIn => check_in,
    FocusArea => focus_area,
    NotGoing => not_going,
    BusinessGoal => business_goal,
    Task => task
);
