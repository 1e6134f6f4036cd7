//! Device ids: which browser made a change. Kept inline (no heap string), so a stamp
//! copies, compares and drops for nothing.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// A device id: a few random base-36 characters, made once per browser (at most 32 ASCII
/// letters and digits). Kept inline, so a stamp copies, compares and drops without touching
/// the heap: a plan holds one per record and field.
#[derive(Clone, Copy)]
pub struct Device {
    len: u8,
    bytes: [u8; 32],
}

impl Device {
    pub const EMPTY: Device = Device {
        len: 0,
        bytes: [0; 32],
    };

    /// The id, when `s` is one: 1 to 32 ASCII letters and digits.
    pub fn parse(s: &str) -> Option<Device> {
        let ok = !s.is_empty() && s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric());
        ok.then(|| {
            let mut bytes = [0; 32];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Device {
                len: s.len() as u8,
                bytes,
            }
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Default for Device {
    fn default() -> Self {
        Device::EMPTY
    }
}

/// For tests and fixed ids: what is not an id's character is left out.
impl From<&str> for Device {
    fn from(s: &str) -> Self {
        let clean: String = s
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(32)
            .collect();
        Device::parse(&clean).unwrap_or(Device::EMPTY)
    }
}

impl PartialEq for Device {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for Device {}
impl PartialEq<str> for Device {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}
impl PartialEq<&str> for Device {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
impl Ord for Device {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}
impl PartialOrd for Device {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl std::hash::Hash for Device {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}
impl std::borrow::Borrow<str> for Device {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}
impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl fmt::Debug for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}
impl Serialize for Device {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for Device {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        if text.is_empty() {
            return Ok(Device::EMPTY);
        }
        Device::parse(&text)
            .ok_or_else(|| de::Error::custom("expected a device id of letters and digits"))
    }
}

/// A device id from random bits: six base-36 characters.
pub fn device_id(random: u64) -> Device {
    let s = super::ids::base36(random % 2_176_782_336); // 36^6
    Device::from(format!("{s:0>6}").as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_ids_are_six_base_36_characters() {
        assert_eq!(device_id(0), "000000");
        assert_eq!(device_id(u64::MAX).as_str().len(), 6);
        assert!(Device::parse("a b").is_none() && Device::parse(&"x".repeat(33)).is_none());
        assert_eq!(Device::from("lead-1"), "lead1");
    }
}
