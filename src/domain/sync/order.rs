//! Putting lists in their canonical order with one compiled sort for every record type.
//! A sort is generic over what it sorts, and each instantiation costs the app kilobytes of
//! wasm; here the keys are gathered, a list of indexes is sorted once, non-generically,
//! and the records are moved into place.

use super::Tombstone;
use crate::domain::model::{
    BusinessGoal, CheckIn, FocusArea, KeyResult, Kpi, NotGoing, Objective, Project, Task,
};
use crate::domain::stamp::Stamp;
use chrono::NaiveDate;

/// Sorts by (rank, id): the order of every ranked list.
pub(super) fn by_rank<T>(list: &mut [T], key: impl Fn(&T) -> (&str, &str)) {
    let keys: Vec<(&str, &str)> = list.iter().map(&key).collect();
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    let order = sorted_indexes(&keys);
    drop(keys);
    permute(list, order);
}

fn sorted_indexes(keys: &[(&str, &str)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    order
}

/// Check-ins by date; on one date, in the order they were entered (stamp, then id).
pub(super) fn check_ins(list: &mut [CheckIn]) {
    let keys: Vec<(NaiveDate, &Stamp, &str)> = list
        .iter()
        .map(|c| (c.date, &c.stamp, c.id.as_str()))
        .collect();
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    drop(keys);
    permute(list, order);
}

/// Tombstones by id.
pub(super) fn tombstones(list: &mut [Tombstone]) {
    by_rank(list, |t| ("", t.id.as_str()));
}

/// Moves `list[order[i]]` to place `i`, following the permutation's cycles with swaps.
fn permute<T>(list: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != start {
            let next = order[at];
            list.swap(at, next);
            order[at] = at;
            at = next;
        }
        order[at] = at;
    }
}

/// How each list is ordered, so that every device lists records alike.
pub(super) trait Ordered: Sized {
    fn sort(list: &mut [Self]);
}

macro_rules! ranked_lists {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            fn sort(list: &mut [Self]) {
                by_rank(list, |r| (r.rank.as_str(), r.id.as_str()));
            }
        }
    )*};
}

ranked_lists!(
    FocusArea,
    NotGoing,
    Objective,
    KeyResult,
    Project,
    Kpi,
    BusinessGoal,
    Task
);

impl Ordered for CheckIn {
    /// By date; on one date, in the order they were entered.
    fn sort(list: &mut [Self]) {
        check_ins(list);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_order_is_that_of_a_plain_sort(keys in proptest::collection::vec(("[a-c]{0,2}", "[a-z]{1,3}"), 0..20)) {
            let mut list: Vec<(String, String)> = keys.clone();
            by_rank(&mut list, |(r, i)| (r.as_str(), i.as_str()));
            let mut expected = keys;
            expected.sort();
            prop_assert_eq!(list, expected);
        }
    }
}
