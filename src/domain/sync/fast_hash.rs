//! A fast hasher for maps keyed by record ids. The standard one (SipHash) resists crafted
//! keys at a cost that shows in a merge of thousands of records, most of all in wasm; ids
//! here come from the user's own plan and a teammate's file, are at most 200 characters,
//! and a file holds at most 200,000 records, so FNV-1a is enough.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
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

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(super) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
