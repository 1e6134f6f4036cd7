//! The one adapter to the browser's local storage.
//!
//! It reads and writes the app's state as a `format::StoredState` and turns every browser
//! failure into a typed `StorageError`. Data it cannot read is copied aside under a backup
//! key before anything else happens, so a later save can never destroy it.

use crate::domain::Plan;
use crate::format::{self, FormatError, StoredState};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where the app keeps its state.
pub const STATE_KEY: &str = "okr-studio.state";
/// How many plan backups are kept (the oldest goes first); each is one whole plan.
pub const MAX_BACKUPS: usize = 10;

/// A plan as it was just before an import replaced it, so the user can bring it back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanBackup {
    /// Unique within the list: milliseconds since 1970 when it was taken, made unique.
    pub id: u64,
    /// Why it was taken, in the user's words: "Before replacing with a file".
    pub reason: String,
    pub plan: Plan,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser refuses local storage (private mode, blocked site data).
    Unavailable,
    /// The browser's storage quota is full.
    QuotaExceeded,
    /// Stored data could not be read; it was copied to `backup_key` and left in place.
    Unreadable {
        error: FormatError,
        backup_key: Option<String>,
    },
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str(
                "This browser does not let OKR Studio keep data here (private mode or blocked site data). Your work lives only in this tab: export it before closing.",
            ),
            StorageError::QuotaExceeded => f.write_str(
                "Not saved: the browser's storage for this site is full. Export your plans now so nothing is lost.",
            ),
            StorageError::Unreadable { error, backup_key } => {
                write!(f, "Your stored plans could not be read ({error}). ")?;
                match backup_key {
                    Some(key) => write!(f, "A copy was kept aside as \"{key}\"; nothing will be written over it until you decide."),
                    None => f.write_str("Nothing will be written over them until you decide."),
                }
            }
            StorageError::Other(why) => write!(f, "Storage failed: {why}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// Local storage under one key. Tests use their own key so they never touch the app's data.
#[derive(Debug, Clone)]
pub struct LocalStore {
    key: String,
}

impl Default for LocalStore {
    fn default() -> Self {
        LocalStore::new(STATE_KEY)
    }
}

impl LocalStore {
    pub fn new(key: &str) -> Self {
        LocalStore { key: key.into() }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// Whether the browser lets us use local storage at all. `LocalStorage::raw()` would
    /// panic where it is blocked, so every access goes through this check first.
    pub fn available() -> bool {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some()
    }

    fn raw_get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if !Self::available() {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::raw()
            .get_item(key)
            .map_err(|e| StorageError::Other(format!("{e:?}")))
    }

    fn raw_set(&self, key: &str, text: &str) -> Result<(), StorageError> {
        if !Self::available() {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::raw()
            .set_item(key, text)
            .map_err(|e| classify_js_error(&e))
    }

    /// Whether anything is stored under the key, without reading it: a first visit's
    /// first screen needs none of the code that reads plans.
    pub fn holds_data(&self) -> Result<bool, StorageError> {
        self.raw_get(&self.key).map(|text| text.is_some())
    }

    /// The stored state; `Ok(None)` when nothing was ever saved.
    pub fn load(&self) -> Result<Option<StoredState>, StorageError> {
        let Some(text) = self.raw_get(&self.key)? else {
            return Ok(None);
        };
        match format::parse_stored(&text) {
            Ok(state) => Ok(Some(state)),
            Err(error) => {
                let backup_key = self.back_up(&text);
                Err(StorageError::Unreadable { error, backup_key })
            }
        }
    }

    /// The revision last written by any tab, asked before each save. Each save writes it
    /// under a key of its own, so this reads a few bytes, not the whole state (#12).
    /// Stored data without that key (from an older build) is asked in its envelope.
    pub fn stored_revision(&self) -> Option<u64> {
        match self.raw_get(&self.revision_key()).ok().flatten() {
            Some(revision) => revision.parse().ok().or_else(|| self.revision_in_state()),
            None => self.revision_in_state(),
        }
    }

    /// The revision the stored state itself says: what another tab's write brought, even
    /// from a build that wrote no revision key.
    pub fn revision_in_state(&self) -> Option<u64> {
        let text = self.raw_get(&self.key).ok().flatten()?;
        format::stored_revision(&text)
    }

    fn revision_key(&self) -> String {
        format!("{}.revision", self.key)
    }

    pub fn save(&self, state: &StoredState) -> Result<(), StorageError> {
        let text = format::to_json(state).map_err(|e| StorageError::Other(e.to_string()))?;
        // The revision goes first, so no tab ever reads an older revision than the state's.
        // If the state then fails to fit, the key goes again: readers ask the state itself,
        // and a revision ahead of the state cannot make the next session hold off forever.
        self.raw_set(&self.revision_key(), &state.revision.to_string())?;
        self.raw_set(&self.key, &text).inspect_err(|_| {
            let _ = LocalStorage::raw().remove_item(&self.revision_key());
        })
    }

    /// Copies unreadable text aside, once: a second failed load finds the same backup.
    fn back_up(&self, text: &str) -> Option<String> {
        let key = format!("{}.unreadable", self.key);
        match self.raw_get(&key) {
            Ok(Some(existing)) if existing == text => Some(key),
            Ok(None) => self.raw_set(&key, text).ok().map(|_| key),
            // A different older backup is kept too: never overwrite one.
            Ok(Some(_)) => {
                let key = format!("{key}.{}", js_sys::Date::now() as u64);
                self.raw_set(&key, text).ok().map(|_| key)
            }
            Err(_) => None,
        }
    }

    /// The text kept aside by the last failed load, for the user to download.
    pub fn raw_backup(&self) -> Option<String> {
        self.raw_get(&format!("{}.unreadable", self.key))
            .ok()
            .flatten()
    }

    fn backups_key(&self) -> String {
        format!("{}.backups", self.key)
    }

    /// Plan backups, newest first. Kept under their own key, so saving the state never
    /// touches them and discarding unreadable state never drops them.
    pub fn backups(&self) -> Result<Vec<PlanBackup>, StorageError> {
        let Some(text) = self.raw_get(&self.backups_key())? else {
            return Ok(Vec::new());
        };
        serde_json::from_str(&text)
            .map_err(|e| StorageError::Other(format!("the plan backups could not be read ({e})")))
    }

    /// Keeps `plan` as the newest backup (at most `MAX_BACKUPS`, oldest dropped). Fails,
    /// changing nothing, when storage refuses the write; callers then must not go on.
    pub fn add_backup(&self, reason: &str, plan: &Plan, now_ms: u64) -> Result<u64, StorageError> {
        let mut list = self.backups()?;
        let id = list.iter().map(|b| b.id + 1).fold(now_ms, u64::max);
        list.insert(
            0,
            PlanBackup {
                id,
                reason: reason.into(),
                plan: plan.clone(),
            },
        );
        list.truncate(MAX_BACKUPS);
        self.write_backups(&list)?;
        Ok(id)
    }

    /// Removes one backup (after it was restored, or when the user drops it).
    pub fn remove_backup(&self, id: u64) -> Result<(), StorageError> {
        let mut list = self.backups()?;
        list.retain(|b| b.id != id);
        self.write_backups(&list)
    }

    fn write_backups(&self, list: &[PlanBackup]) -> Result<(), StorageError> {
        let key = self.backups_key();
        if list.is_empty() {
            if !Self::available() {
                return Err(StorageError::Unavailable);
            }
            return LocalStorage::raw()
                .remove_item(&key)
                .map_err(|e| StorageError::Other(format!("{e:?}")));
        }
        let text = serde_json::to_string(list).map_err(|e| StorageError::Other(e.to_string()))?;
        self.raw_set(&key, &text)
    }

    /// Removes the stored state and its backup. Only called when the user chose to discard.
    pub fn discard(&self) -> Result<(), StorageError> {
        if !Self::available() {
            return Err(StorageError::Unavailable);
        }
        let raw = LocalStorage::raw();
        for key in [
            self.key.clone(),
            format!("{}.unreadable", self.key),
            self.revision_key(),
        ] {
            raw.remove_item(&key)
                .map_err(|e| StorageError::Other(format!("{e:?}")))?;
        }
        Ok(())
    }
}

fn classify_js_error(error: &wasm_bindgen::JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => {
            StorageError::QuotaExceeded
        }
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        _ => StorageError::Other(format!("{error:?}")),
    }
}
