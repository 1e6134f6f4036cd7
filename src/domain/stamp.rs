//! Change stamps: when a field was last changed, and on which device.
//!
//! A stamp is a hybrid logical clock reading (milliseconds since 1970 and a counter) plus
//! the device that made the change. Stamps are totally ordered (time, then counter, then
//! device), so two devices always agree on which of two changes is the later one, even
//! when their clocks disagree: a device that receives a stamp ahead of its own clock keeps
//! its later stamps after it (`Clock::observe`).
//!
//! In files a stamp is one short string, `<ms base 36>.<counter base 36>.<device>`
//! (`mf3k2a1b.0.k3j2x9`), and "unknown" (records from version 2 files) is left out. An
//! unknown stamp is older than every known one.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

pub use super::device::{device_id, Device};
use super::ids::base36_into;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Stamp {
    /// Milliseconds since 1970 (0 = unknown).
    pub ms: u64,
    /// Orders changes made within one millisecond, or after a clock that ran ahead.
    pub n: u32,
    pub device: Device,
}

pub const UNKNOWN: Stamp = Stamp {
    ms: 0,
    n: 0,
    device: Device::EMPTY,
};

impl Stamp {
    pub fn is_unknown(&self) -> bool {
        *self == UNKNOWN
    }
}

impl Ord for Stamp {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.ms, self.n, &self.device).cmp(&(other.ms, other.n, &other.device))
    }
}

impl PartialOrd for Stamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; STAMP_TEXT_MAX];
        f.write_str(self.write_into(&mut buf))
    }
}

/// The longest text of a stamp: 13 + 1 + 7 + 1 + 32 (a device id is at most 32 characters).
const STAMP_TEXT_MAX: usize = 56;

impl Stamp {
    /// The stamp's text, written into `buf` with no allocation: a plan has thousands of
    /// stamps, and each save writes them all.
    fn write_into<'b>(&self, buf: &'b mut [u8; STAMP_TEXT_MAX]) -> &'b str {
        let mut at = base36_into(self.ms, buf);
        buf[at] = b'.';
        at += 1;
        at += base36_into(u64::from(self.n), &mut buf[at..]);
        buf[at] = b'.';
        at += 1;
        // Device ids are checked on reading (ASCII letters and digits, at most 32); one
        // made otherwise is cut rather than overflowing.
        let device = self.device.as_str().as_bytes();
        let take = device.len().min(STAMP_TEXT_MAX - at);
        buf[at..at + take].copy_from_slice(&device[..take]);
        at += take;
        std::str::from_utf8(&buf[..at]).unwrap_or("")
    }
}

/// Why a stamp's text could not be read.
pub const STAMP_SHAPE: &str = "expected a change stamp like \"mf3k2a1b.0.k3j2x9\"";

impl std::str::FromStr for Stamp {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.splitn(3, '.');
        let (Some(ms), Some(n), Some(device)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(STAMP_SHAPE);
        };
        let ms = u64::from_str_radix(ms, 36).map_err(|_| STAMP_SHAPE)?;
        let n = u32::from_str_radix(n, 36).map_err(|_| STAMP_SHAPE)?;
        let device = Device::parse(device).ok_or(STAMP_SHAPE)?;
        Ok(Stamp { ms, n, device })
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; STAMP_TEXT_MAX];
        s.serialize_str(self.write_into(&mut buf))
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse().map_err(de::Error::custom)
    }
}

/// One field's last change: its stamp, and the stamp of the value it replaced (`base`).
/// When the later of two differing values was written over the other (`base` at or after
/// it), a merge takes it quietly; otherwise the two were changed independently and the
/// merge lists a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FieldStamp {
    pub at: Stamp,
    pub base: Stamp,
}

impl Serialize for FieldStamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut a = [0u8; STAMP_TEXT_MAX];
        let at = self.at.write_into(&mut a);
        if self.base.is_unknown() {
            return s.serialize_str(at);
        }
        let mut b = [0u8; STAMP_TEXT_MAX];
        let base = self.base.write_into(&mut b);
        let mut both = [0u8; 2 * STAMP_TEXT_MAX + 1];
        both[..at.len()].copy_from_slice(at.as_bytes());
        both[at.len()] = b' ';
        both[at.len() + 1..at.len() + 1 + base.len()].copy_from_slice(base.as_bytes());
        s.serialize_str(std::str::from_utf8(&both[..at.len() + 1 + base.len()]).unwrap_or(""))
    }
}

impl<'de> Deserialize<'de> for FieldStamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        let (at, base) = match text.split_once(' ') {
            Some((at, base)) => (at, Some(base)),
            None => (&*text, None),
        };
        Ok(FieldStamp {
            at: at.parse().map_err(de::Error::custom)?,
            base: match base {
                Some(b) => b.parse().map_err(de::Error::custom)?,
                None => UNKNOWN,
            },
        })
    }
}

/// A record's fields changed after it was created, by field name. A field not listed
/// carries the record's own `stamp` (when it was created). The pseudo-field `restored`
/// marks a record brought back after a deletion, so it outlives that deletion elsewhere.
pub type Edits = BTreeMap<String, FieldStamp>;

pub const RESTORED: &str = "restored";

/// The stamp a field carries: its own edit, else the record's creation stamp.
pub fn field_stamp(created: &Stamp, edits: &Edits, field: &str) -> FieldStamp {
    edits.get(field).cloned().unwrap_or(FieldStamp {
        at: *created,
        base: UNKNOWN,
    })
}

/// The latest stamp anywhere on a record (its creation or any field's edit).
pub fn latest<'a>(created: &'a Stamp, edits: &'a Edits) -> &'a Stamp {
    edits.values().map(|f| &f.at).fold(created, |a, b| a.max(b))
}

/// Gives out stamps for this device's changes: never two alike, always after every stamp
/// this device has made or seen.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Clock {
    pub device: Device,
    /// The last reading given out or seen.
    #[serde(default)]
    pub ms: u64,
    #[serde(default)]
    pub n: u32,
}

impl Clock {
    pub fn new(device: &str) -> Self {
        Clock {
            device: Device::from(device),
            ms: 0,
            n: 0,
        }
    }

    /// A stamp for a change made now (`wall`: this device's clock, ms since 1970).
    pub fn tick(&mut self, wall: u64) -> Stamp {
        if wall > self.ms {
            self.ms = wall;
            self.n = 0;
        } else {
            self.n = self.n.saturating_add(1);
        }
        Stamp {
            ms: self.ms,
            n: self.n,
            device: self.device,
        }
    }

    /// Takes note of a stamp from elsewhere, so this device's next change comes after it.
    pub fn observe(&mut self, seen: &Stamp) {
        if (seen.ms, seen.n) > (self.ms, self.n) {
            self.ms = seen.ms;
            self.n = seen.n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(ms: u64, n: u32, d: &str) -> Stamp {
        Stamp {
            ms,
            n,
            device: d.into(),
        }
    }

    #[test]
    fn stamps_read_back_what_they_write() {
        let s = stamp(1_764_620_000_123, 3, "k3j2x9");
        let text = s.to_string();
        assert_eq!(text.parse::<Stamp>().unwrap(), s);
        let f = FieldStamp {
            at: s,
            base: stamp(5, 0, "ab"),
        };
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(serde_json::from_str::<FieldStamp>(&json).unwrap(), f);
        for bad in ["", "x", "1.2", "1.2.", "zz.0.a b", "-1.0.a", "1.0.é"] {
            assert!(bad.parse::<Stamp>().is_err(), "{bad}");
        }
    }

    #[test]
    fn unknown_is_older_than_any_change_and_ties_go_by_device() {
        assert!(UNKNOWN < stamp(1, 0, "a"));
        assert!(stamp(5, 0, "a") < stamp(5, 0, "b"));
        assert!(stamp(5, 1, "a") > stamp(5, 0, "z"));
    }

    #[test]
    fn a_clock_behind_a_teammate_still_stamps_after_what_it_saw() {
        let mut c = Clock::new("me");
        let a = c.tick(1_000);
        let b = c.tick(1_000);
        assert!(b > a);
        let theirs = stamp(9_000_000, 4, "zz");
        c.observe(&theirs);
        let next = c.tick(2_000);
        assert!(next > theirs, "{next} after {theirs}");
    }
}
