//! FNV-1a, a fast hasher for maps keyed by short strings: the coach's word tables and the
//! record ids a merge pairs up. The standard hasher (SipHash) resists crafted keys at a
//! cost that shows in wasm. The trade-off: a file crafted so that its ids collide could
//! slow a merge down (never lose data). The file check (`format::validate`), the first
//! thing any file meets, keeps SipHash; a merge runs only on a checked file the user chose
//! to merge, of at most 200,000 records.

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
