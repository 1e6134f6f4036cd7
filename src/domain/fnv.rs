//! FNV-1a, a fast hasher for maps keyed by short strings: the coach's word tables, the
//! record ids a merge pairs up and the ids the file check (`format::validate`) counts.
//! The standard hasher (SipHash) resists crafted keys only when its keys are secret, and
//! in the browser they are not: on wasm32-unknown-unknown std has no source of randomness
//! and every `RandomState` starts from the same fixed keys (std's `sys/random`, the
//! "unsupported" platform). So SipHash there paid its cost, about a fifth of reading a
//! 13,000-check-in file natively, for no protection. Either way, a file crafted so that its
//! ids collide can only slow its own reading down (at most 200,000 records); it loses no data.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` with FNV-1a.
pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` with FNV-1a.
pub(crate) type FnvSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;
