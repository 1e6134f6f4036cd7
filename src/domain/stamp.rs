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

/// The device id: a few random base-36 characters, made once per browser.
pub type Device = String;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
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
    device: String::new(),
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
        write!(
            f,
            "{}.{}.{}",
            super::ids::base36(self.ms),
            super::ids::base36(u64::from(self.n)),
            self.device
        )
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
        let ok_device = !device.is_empty()
            && device.len() <= 32
            && device.bytes().all(|b| b.is_ascii_alphanumeric());
        let ms = u64::from_str_radix(ms, 36).map_err(|_| STAMP_SHAPE)?;
        let n = u32::from_str_radix(n, 36).map_err(|_| STAMP_SHAPE)?;
        if !ok_device {
            return Err(STAMP_SHAPE);
        }
        Ok(Stamp {
            ms,
            n,
            device: device.to_string(),
        })
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
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
        if self.base.is_unknown() {
            s.collect_str(&self.at)
        } else {
            s.collect_str(&format_args!("{} {}", self.at, self.base))
        }
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
    edits.get(field).cloned().unwrap_or_else(|| FieldStamp {
        at: created.clone(),
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
            device: device.to_string(),
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
            device: self.device.clone(),
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

/// A device id from random bits: six base-36 characters.
pub fn device_id(random: u64) -> Device {
    let s = super::ids::base36(random % 2_176_782_336); // 36^6
    format!("{s:0>6}")
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
            at: s.clone(),
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
        assert_eq!(device_id(0), "000000");
        assert_eq!(device_id(u64::MAX).len(), 6);
    }
}
