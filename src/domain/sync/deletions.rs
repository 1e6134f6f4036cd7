//! Uniting the two copies' deletions in a merge: the later deletion of a record wins.

use super::Tombstone;
use crate::domain::fnv::FnvMap as IdMap;
use crate::domain::ids::Id;
use std::borrow::Cow;
use std::cmp::Ordering;

/// United deletions, sorted by id: the later deletion of a record wins.
pub(super) fn join_tombstones(a: &[Cow<Tombstone>], b: &[Cow<Tombstone>]) -> Vec<Tombstone> {
    // Each copy keeps its deletions sorted by id, so one walk down both lists unites them.
    // Sorting a united list instead was a third of a merge with 1,000 deletions.
    let strictly_sorted = |l: &[Cow<Tombstone>]| l.windows(2).all(|w| w[0].id < w[1].id);
    if strictly_sorted(a) && strictly_sorted(b) {
        return walk_tombstones(a, b);
    }
    hash_tombstones(a, b)
}

/// Of two deletions of one record, the one that stands: `theirs` only when strictly later.
fn later<'t>(ours: &'t Tombstone, theirs: &'t Tombstone) -> &'t Tombstone {
    if (&theirs.at, theirs.kind) > (&ours.at, ours.kind) {
        theirs
    } else {
        ours
    }
}

/// The general path, for lists in any order or with an id twice.
fn hash_tombstones(a: &[Cow<Tombstone>], b: &[Cow<Tombstone>]) -> Vec<Tombstone> {
    let mut by_id: IdMap<&Id, &Tombstone> =
        IdMap::with_capacity_and_hasher(a.len() + b.len(), Default::default());
    for t in a.iter().chain(b).map(|t| &**t) {
        by_id
            .entry(&t.id)
            .and_modify(|old| *old = later(old, t))
            .or_insert(t);
    }
    let mut out: Vec<Tombstone> = by_id.into_values().cloned().collect();
    super::order::tombstones(&mut out);
    out
}

/// `join_tombstones` for two lists sorted by id, each id once: the same result, in one walk.
fn walk_tombstones(a: &[Cow<Tombstone>], b: &[Cow<Tombstone>]) -> Vec<Tombstone> {
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (&*a[i], &*b[j]);
        match x.id.cmp(&y.id) {
            Ordering::Less => {
                out.push(x.clone());
                i += 1;
            }
            Ordering::Greater => {
                out.push(y.clone());
                j += 1;
            }
            Ordering::Equal => {
                out.push(later(x, y).clone());
                i += 1;
                j += 1;
            }
        }
    }
    out.extend(a[i..].iter().map(|t| (**t).clone()));
    out.extend(b[j..].iter().map(|t| (**t).clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::super::record::Kind;
    use super::*;
    use crate::domain::device::Device;
    use crate::domain::stamp::Stamp;
    use proptest::prelude::*;

    fn tomb((id, ms, kind): (u8, u8, bool)) -> Tombstone {
        Tombstone::new(
            Id(format!("r-{id:03}")),
            if kind { Kind::CheckIn } else { Kind::KeyResult },
            Stamp {
                ms: ms.into(),
                n: 0,
                device: Device::from("d"),
            },
            None,
        )
    }

    fn sorted_unique(raw: Vec<(u8, u8, bool)>) -> Vec<Cow<'static, Tombstone>> {
        let mut seen = std::collections::BTreeMap::new();
        for t in raw {
            seen.entry(t.0).or_insert(t);
        }
        seen.into_values().map(|t| Cow::Owned(tomb(t))).collect()
    }

    proptest! {
        // The one walk over two sorted lists unites them as the general path does, ties
        // and all (the same deletion on both sides, or two at the same moment).
        #[test]
        fn the_walk_unites_deletions_as_the_general_path(
            a in proptest::collection::vec((0u8..40, 0u8..4, any::<bool>()), 0..30),
            b in proptest::collection::vec((0u8..40, 0u8..4, any::<bool>()), 0..30),
        ) {
            let (a, b) = (sorted_unique(a), sorted_unique(b));
            prop_assert_eq!(walk_tombstones(&a, &b), hash_tombstones(&a, &b));
        }
    }
}
