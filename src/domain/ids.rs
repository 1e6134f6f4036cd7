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
        // Written in place, not with `format!`: an import of a sheet or plan file makes an
        // id for each of thousands of check-ins, and in wasm each `format!` costs.
        let mut id = String::with_capacity(prefix.len() + 2 + 2 * 13);
        id.push_str(prefix);
        id.push('-');
        push_base36(&mut id, self.seed);
        id.push('-');
        push_base36(&mut id, self.counter);
        Id(id)
    }
}

pub(crate) fn base36(n: u64) -> String {
    let mut out = String::new();
    push_base36(&mut out, n);
    out
}

/// Appends `n` in base 36 (lower case) to `out`.
fn push_base36(out: &mut String, n: u64) {
    let mut buf = [0u8; 13];
    let len = base36_into(n, &mut buf);
    buf[..len].iter().for_each(|&b| out.push(char::from(b)));
}

/// Writes `n` in base 36 (lower case) at the start of `out`, with no allocation; returns
/// how many bytes it took (at most 13, the digits of `u64::MAX`). Ids and change stamps
/// are both written this way, thousands at a time.
pub(crate) fn base36_into(mut n: u64, out: &mut [u8]) -> usize {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut tmp = [0u8; 13];
    let mut len = 0;
    loop {
        tmp[len] = DIGITS[(n % 36) as usize];
        len += 1;
        n /= 36;
        if n == 0 {
            break;
        }
    }
    for (o, t) in out.iter_mut().zip(tmp[..len].iter().rev()) {
        *o = *t;
    }
    len
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
        assert_eq!(base36(u64::MAX), "3w5e11264sgsf");
        assert_eq!(IdGen::new(36).next("ci"), Id::from("ci-10-1"));
    }
}
