//! Pairing two lists of records by id, for merges.

use crate::domain::Id;
use std::collections::{HashMap, HashSet};

/// A record's place in the merged list.
pub(crate) enum Slot<'a, T> {
    Both(&'a T, &'a T),
    Ours(&'a T),
    Theirs(&'a T),
}

/// Pairs records by id: ours in our order, then theirs-only in their order. A repeated id
/// (only in a damaged plan) pairs with its first match and is never added twice.
pub(crate) fn pair_up<'a, T>(
    ours: &'a [T],
    theirs: &'a [T],
    id: fn(&T) -> &Id,
) -> Vec<Slot<'a, T>> {
    let theirs_by_id: HashMap<&Id, &T> = theirs.iter().rev().map(|t| (id(t), t)).collect();
    let ours_ids: HashSet<&Id> = ours.iter().map(id).collect();
    let mut slots: Vec<Slot<'a, T>> = ours
        .iter()
        .map(|o| match theirs_by_id.get(id(o)) {
            Some(t) => Slot::Both(o, t),
            None => Slot::Ours(o),
        })
        .collect();
    let mut added = HashSet::new();
    for t in theirs {
        if !ours_ids.contains(id(t)) && added.insert(id(t)) {
            slots.push(Slot::Theirs(t));
        }
    }
    slots
}
