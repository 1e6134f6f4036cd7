//! FNV-1a, a fast hasher for maps keyed by short strings: the coach's word tables and the
//! record ids a merge pairs up. The standard hasher (SipHash) resists crafted keys at a
//! cost that shows in wasm; these keys come from our own tables, the user's plan and a
//! teammate's file (ids of at most 200 characters, at most 200,000 records), so flooding
//! is not a concern worth that cost.

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
