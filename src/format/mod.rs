//! The plan file format and the stored-state format, with typed errors in the user's words.
//!
//! Both are JSON envelopes that name themselves and carry a version, so that a file from
//! another app is recognised as such, a file from a newer app is refused rather than
//! half-read, and older versions can be migrated step by step.

mod error;

pub use error::FormatError;

use crate::domain::{Id, Plan};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a plan file says it is.
pub const PLAN_FILE_FORMAT: &str = "okr-studio.plans";
/// What the app's own stored state says it is.
pub const STORED_FORMAT: &str = "okr-studio.storage";
/// The newest version this build reads and the one it writes.
pub const VERSION: u32 = 1;
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
}

impl PlanFile {
    pub fn new(plans: Vec<Plan>, exported_at: String) -> Self {
        PlanFile {
            format: PLAN_FILE_FORMAT.into(),
            version: VERSION,
            exported_at,
            app_version: APP_VERSION.into(),
            plans,
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
}

impl Default for StoredState {
    fn default() -> Self {
        StoredState {
            format: STORED_FORMAT.into(),
            version: VERSION,
            revision: 0,
            current: None,
            plans: Vec::new(),
        }
    }
}

pub fn to_json<T: Serialize>(value: &T) -> Result<String, FormatError> {
    serde_json::to_string(value).map_err(|e| FormatError::Unwritable(e.to_string()))
}

pub fn parse_plan_file(text: &str) -> Result<PlanFile, FormatError> {
    parse_envelope(text, PLAN_FILE_FORMAT)
}

pub fn parse_stored(text: &str) -> Result<StoredState, FormatError> {
    parse_envelope(text, STORED_FORMAT)
}

/// Reads JSON, checks the envelope's name and version, then the typed content,
/// so each failure gets the message that fits it.
fn parse_envelope<T: DeserializeOwned>(text: &str, format: &str) -> Result<T, FormatError> {
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
    if version > u64::from(VERSION) {
        return Err(FormatError::NewerVersion {
            found: version,
            supported: VERSION,
        });
    }
    serde_path_to_error::deserialize(value).map_err(FormatError::from_path)
}

#[cfg(test)]
mod tests;
