//! Ranks: where a record stands in its list, as a string that sorts.
//!
//! A list's order is kept as one rank per record rather than as the list itself, so that a
//! teammate's reorder and another's addition both survive a merge: moving a record changes
//! only its own rank, and a new record gets a rank of its own after its neighbours. Ranks
//! are base-36 fractions (`"i"` is 18/36): between any two there is always another, and
//! none ends in `0`, so there is always room before the first.

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn digit(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'z' => c - b'a' + 10,
        _ => 0,
    }
}

/// A rank that sorts after `lo` (none: the start) and before `hi` (none: the end). When
/// `lo` is not before `hi` (damaged data), the result sorts after `lo`.
pub fn between(lo: Option<&str>, hi: Option<&str>) -> String {
    let a: Vec<u8> = lo.unwrap_or("").bytes().map(digit).collect();
    let b: Option<Vec<u8>> = hi
        .filter(|h| lo.is_none_or(|l| l < *h))
        .map(|h| h.bytes().map(digit).collect());
    let mut out = Vec::new();
    let mut i = 0;
    // Walk the common prefix, then split the first gap.
    loop {
        let da = a.get(i).copied().unwrap_or(0);
        let db = b.as_ref().map_or(36, |b| b.get(i).copied().unwrap_or(0));
        if da == db {
            out.push(da);
            i += 1;
            continue;
        }
        if db > da + 1 {
            out.push((da + db).div_ceil(2));
            break;
        }
        // No digit fits between: keep `da` and find any suffix above the rest of `a`.
        out.push(da);
        i += 1;
        loop {
            let da = a.get(i).copied().unwrap_or(0);
            if da < 35 {
                out.push((da + 36).div_ceil(2));
                break;
            }
            out.push(35);
            i += 1;
        }
        break;
    }
    out.into_iter()
        .map(|d| DIGITS[d as usize] as char)
        .collect()
}

/// `n` ranks in order, spread evenly: what a list from an older file starts with. The same
/// for every device, so two teammates migrating the same file agree.
pub fn initial(n: usize) -> Vec<String> {
    let mut width = 1;
    while 36_usize.pow(width) <= n {
        width += 1;
    }
    (1..=n)
        .map(|i| {
            let s = super::ids::base36(i as u64);
            format!("{s:0>w$}", w = width as usize)
        })
        .collect()
}

/// Gives new ranks to the records whose rank no longer fits where they stand in the list
/// (new ones with no rank, moved ones), keeping every rank that still fits: the longest
/// run in order stays. Returns the indexes that got a new rank. `key` is (rank, id).
pub fn fix(ranks: &mut [String], ids: &[&str]) -> Vec<usize> {
    let n = ranks.len();
    let key = |r: &[String], i: usize| (r[i].clone(), ids[i].to_string());
    // Longest strictly increasing run of (rank, id) among ranked records, O(n^2): lists are short.
    let mut best = vec![0usize; n];
    let mut prev = vec![usize::MAX; n];
    for i in 0..n {
        if ranks[i].is_empty() {
            continue;
        }
        best[i] = 1;
        for j in 0..i {
            if !ranks[j].is_empty() && key(ranks, j) < key(ranks, i) && best[j] + 1 > best[i] {
                best[i] = best[j] + 1;
                prev[i] = j;
            }
        }
    }
    let mut keep = vec![false; n];
    if let Some(mut i) = (0..n).max_by_key(|&i| (best[i], std::cmp::Reverse(i))) {
        while i != usize::MAX && best[i] > 0 {
            keep[i] = true;
            i = prev[i];
        }
    }
    let mut changed = Vec::new();
    let mut last: Option<(String, String)> = None;
    for i in 0..n {
        if keep[i] && last.as_ref().is_none_or(|l| *l < key(ranks, i)) {
            last = Some(key(ranks, i));
            continue;
        }
        let lo = last.as_ref().map(|l| l.0.clone());
        let hi = (i + 1..n)
            .filter(|&j| keep[j])
            .map(|j| ranks[j].clone())
            .find(|r| lo.as_ref().is_none_or(|l| l < r));
        ranks[i] = between(lo.as_deref(), hi.as_deref());
        last = Some(key(ranks, i));
        changed.push(i);
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ranks_fall_between_their_neighbours() {
        assert_eq!(between(None, None), "i");
        assert!(between(Some("i"), None).as_str() > "i");
        assert!(between(None, Some("1")).as_str() < "1");
        let m = between(Some("a"), Some("b"));
        assert!("a" < m.as_str() && m.as_str() < "b", "{m}");
        assert_eq!(initial(3), ["1", "2", "3"]);
        assert_eq!(initial(40)[0], "01");
    }

    #[test]
    fn a_moved_record_alone_gets_a_new_rank() {
        let mut ranks: Vec<String> = ["1", "2", "3", "4"].map(String::from).to_vec();
        // The fourth moved to the front.
        ranks.rotate_right(1);
        let ids = ["d", "a", "b", "c"];
        assert_eq!(fix(&mut ranks, &ids), [0]);
        assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
        let mut fresh = vec!["1".to_string(), String::new(), "2".to_string()];
        assert_eq!(fix(&mut fresh, &["a", "n", "b"]), [1]);
        assert!(fresh[0] < fresh[1] && fresh[1] < fresh[2]);
    }

    fn rank() -> impl Strategy<Value = String> {
        "[1-9a-z][0-9a-z]{0,3}".prop_map(|s| s.trim_end_matches('0').to_string())
    }

    proptest! {
        #[test]
        fn between_is_strictly_between(a in rank(), b in rank()) {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            prop_assume!(lo < hi);
            let m = between(Some(&lo), Some(&hi));
            prop_assert!(lo < m && m < hi, "{} < {} < {}", lo, m, hi);
            prop_assert!(!m.ends_with('0'));
            let after = between(Some(&hi), None);
            prop_assert!(after > hi);
            let before = between(None, Some(&lo));
            prop_assert!(before < lo && !before.is_empty());
        }

        #[test]
        fn fixed_ranks_follow_the_list(ranks in proptest::collection::vec(proptest::option::of(rank()), 0..12)) {
            let mut ranks: Vec<String> = ranks.into_iter().map(Option::unwrap_or_default).collect();
            let ids: Vec<String> = (0..ranks.len()).map(|i| format!("id{i:02}")).collect();
            let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
            fix(&mut ranks, &id_refs);
            for w in 0..ranks.len().saturating_sub(1) {
                prop_assert!((&ranks[w], &ids[w]) < (&ranks[w + 1], &ids[w + 1]), "{:?}", ranks);
            }
        }
    }
}
