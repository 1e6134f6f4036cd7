//! The plan file format and the stored-state format, with typed errors in the user's words.
//!
//! Both are JSON envelopes that name themselves and carry a version, so that a file from
//! another app is recognised as such, a file from a newer app is refused rather than
//! half-read, and older versions can be migrated step by step.

mod clock;
pub mod csv;
mod error;
pub mod ics;
mod locate;
pub mod migrate;
mod names;
pub mod preview;
pub mod share;
pub mod sheet;
pub mod tidy;
pub mod validate;

pub use crate::domain::sync::{merge_plan, Conflict, MergeOutcome, MergeReport, Side};
pub use clock::{check_clock, MAX_CLOCK_AHEAD_MS};
pub use csv::check_ins_csv;
pub use error::FormatError;
pub use names::{csv_file_name, file_name, reminder_file_name, sheet_file_name, PLAN_FILE_SUFFIX};
pub use preview::{import_as_new, preview, ImportPreview, PlanMatch, PlanPreview};
pub use share::{decode_share, encode_share, is_over_safe_size, share_link, SHARE_LINK_SAFE_CHARS};
pub use validate::{validate, validate_stored};

use crate::domain::{Id, Plan};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a plan file says it is.
pub const PLAN_FILE_FORMAT: &str = "okr-studio.plans";
/// What the app's own stored state says it is.
pub const STORED_FORMAT: &str = "okr-studio.storage";
/// The newest version this build reads and the one it writes. Version 3 stamps every
/// field and keeps deletions (see `migrate`); `README.md` beside this file lists every version.
pub const VERSION: u32 = 3;
/// Largest text read as a plan file or stored state, in bytes. A year of weekly check-ins
/// for a large team is under 2 MB; past 20 MB parsing would freeze the tab for seconds.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A plan file as exported and shared between teammates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanFile {
    pub format: String,
    pub version: u32,
    /// RFC 3339 time of export.
    #[serde(default)]
    pub exported_at: String,
    #[serde(default)]
    pub app_version: String,
    pub plans: Vec<Plan>,
    /// Values the reader left out (`tidy`), for the import preview to name. Never written.
    #[serde(skip)]
    pub tidied: Vec<tidy::Tidied>,
}

impl PlanFile {
    pub fn new(plans: Vec<Plan>, exported_at: String) -> Self {
        PlanFile {
            format: PLAN_FILE_FORMAT.into(),
            version: VERSION,
            exported_at,
            app_version: APP_VERSION.into(),
            plans,
            tidied: Vec::new(),
        }
    }
}

/// Everything the app keeps in local storage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredState {
    pub format: String,
    pub version: u32,
    /// Bumped on every save; lets a tab notice that another tab wrote newer data.
    #[serde(default)]
    pub revision: u64,
    #[serde(default)]
    pub current: Option<Id>,
    #[serde(default)]
    pub plans: Vec<Plan>,
    /// This browser's device id and change clock: the stamps of its edits (never shared).
    #[serde(default)]
    pub clock: crate::domain::stamp::Clock,
    /// The name this device's user gave, shown to teammates beside their changes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub me: String,
    /// Per plan, when a teammate's file was last merged here (ms since 1970): "send my
    /// changes" starts from there.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub received: std::collections::BTreeMap<Id, u64>,
}

impl Default for StoredState {
    fn default() -> Self {
        StoredState {
            format: STORED_FORMAT.into(),
            version: VERSION,
            revision: 0,
            current: None,
            plans: Vec::new(),
            clock: Default::default(),
            me: String::new(),
            received: Default::default(),
        }
    }
}

/// Editors on Windows often save with a byte-order mark; it is not part of the JSON.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

pub fn to_json<T: Serialize>(value: &T) -> Result<String, FormatError> {
    serde_json::to_string(value).map_err(|e| FormatError::Unwritable(e.to_string()))
}

/// Reads, migrates and validates a plan file: the one way in for imports and share links.
pub fn parse_plan_file(text: &str) -> Result<PlanFile, FormatError> {
    let mut file: PlanFile = parse_envelope(text, PLAN_FILE_FORMAT)?;
    validate(&file)?;
    for (p, plan) in file.plans.iter_mut().enumerate() {
        let said = tidy::tidy(p, plan);
        file.tidied.extend(said);
    }
    Ok(file)
}

/// The revision the stored state says it is at, read without building the plans: each
/// save and each other tab's write asks it, and a whole read costs as much as loading.
/// `None` when the text is not a stored state at all.
pub fn stored_revision(text: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Head {
        format: String,
        #[serde(default)]
        revision: u64,
    }
    let text = without_bom(text);
    let head: Head = serde_json::from_str(text).ok()?;
    (head.format == STORED_FORMAT).then_some(head.revision)
}

/// Reads, migrates and validates the app's stored state by the same rules as a file.
pub fn parse_stored(text: &str) -> Result<StoredState, FormatError> {
    let state: StoredState = parse_envelope(text, STORED_FORMAT)?;
    validate_stored(&state)?;
    Ok(state)
}

/// Reads JSON, checks the envelope's name and version, migrates older versions, then reads
/// the typed content, so each failure gets the message that fits it.
fn parse_envelope<T: DeserializeOwned + Envelope>(
    text: &str,
    format: &str,
) -> Result<T, FormatError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FormatError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let text = without_bom(text);
    // Well-formed files of the current version take one typed read straight from the text,
    // with no JSON tree. When that read fails on a file that says it is current, the error's
    // line and column are turned into a path (`locate`), so the message names the place.
    // Anything else (damaged, foreign, older, newer) is read again below, carefully.
    // One typed reader, not a second path-tracking one: each reader of the model costs the
    // app tens of kilobytes.
    match serde_json::from_str::<T>(text) {
        Ok(typed) if typed.format() == format && typed.version() == VERSION => return Ok(typed),
        Err(e) if says_current(text, format) => return Err(FormatError::from_typed(e, text)),
        _ => {}
    }
    // Everything else (damaged, foreign, older or newer) takes the careful path below,
    // which names each failure and migrates older versions.
    let value: Value = serde_json::from_str(text).map_err(FormatError::from_json)?;
    let Some(envelope) = value.as_object() else {
        return Err(FormatError::NotOurs);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(format) {
        return Err(FormatError::NotOurs);
    }
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| FormatError::Invalid {
            path: "version".into(),
            message: "expected a whole number".into(),
        })?;
    let value = migrate::migrate(value, version)?;
    // Back to text for the one typed reader; a migrated file is small and this is rare.
    let text = value.to_string();
    serde_json::from_str(&text).map_err(|e| FormatError::from_typed(e, &text))
}

/// Whether the envelope names `format` at the current version, whatever the rest holds.
fn says_current(text: &str, format: &str) -> bool {
    serde_json::from_str::<Header>(text).is_ok_and(|header| {
        header.format.as_ref().and_then(Value::as_str) == Some(format)
            && header.version.as_ref().and_then(Value::as_u64) == Some(u64::from(VERSION))
    })
}

/// Just the envelope's name and version; other fields are skipped unread.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<Value>,
    #[serde(default)]
    version: Option<Value>,
}

/// What every envelope says about itself.
trait Envelope {
    fn format(&self) -> &str;
    fn version(&self) -> u32;
}

impl Envelope for PlanFile {
    fn format(&self) -> &str {
        &self.format
    }
    fn version(&self) -> u32 {
        self.version
    }
}

impl Envelope for StoredState {
    fn format(&self) -> &str {
        &self.format
    }
    fn version(&self) -> u32 {
        self.version
    }
}

#[cfg(test)]
mod tests;
