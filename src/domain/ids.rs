//! Stable ids. Every entity carries one so that merges and imports can match records
//! across copies of a plan (a teammate's export, another tab, an older backup).

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.to_string())
    }
}

/// Makes fresh ids. The caller supplies the entropy (the browser's random source in the app,
/// a fixed seed in tests), so the domain stays deterministic and free of platform calls.
///
/// An id is `<prefix>-<seed>-<counter>` in base 36: two teammates' copies get different
/// seeds, and one session never repeats a counter.
#[derive(Debug, Clone)]
pub struct IdGen {
    seed: u64,
    counter: u64,
}

impl IdGen {
    pub fn new(seed: u64) -> Self {
        IdGen { seed, counter: 0 }
    }

    pub fn next(&mut self, prefix: &str) -> Id {
        self.counter += 1;
        Id(format!(
            "{prefix}-{}-{}",
            base36(self.seed),
            base36(self.counter)
        ))
    }
}

pub(crate) fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_within_a_generator_and_across_seeds() {
        let mut a = IdGen::new(42);
        let mut b = IdGen::new(43);
        let first = a.next("kr");
        assert_ne!(first, a.next("kr"));
        assert_ne!(first, b.next("kr"));
        assert!(first.as_str().starts_with("kr-"));
    }

    #[test]
    fn base36_round_numbers() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
