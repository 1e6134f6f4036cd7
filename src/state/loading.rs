//! Reading and writing the stored plans, built into a part of the wasm of its own
//! (`store`, cut by `.ci/split-wasm.mjs`; see `ui::parts`). Reading a plan means the whole
//! model's JSON reader, the migrations and the file rules, and writing means the stamps
//! of every change: a first visit's first screen has nothing stored and needs neither.
//! The part loads before the app mounts when something is stored, and otherwise with the
//! first change, so it is always there by the time a save is due.

use super::{AppState, SaveStatus};
use crate::format::StoredState;
use crate::split::in_part;
use crate::storage::{LocalStore, StorageError};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What a part that could not be fetched leaves the app with: nothing loaded, nothing
/// written, the reason on screen.
const PART_MISSING: &str = "OKR Studio could not finish loading (the connection dropped \
    before the app was on this device). Your plans are untouched: reload once you are online.";

in_part!(store, preload = store_ready;
    fn read_stored(store: LocalStore) -> Result<Option<StoredState>, StorageError> {
        store.load()
    }
);

in_part!(store;
    fn write_stored(app: AppState) {
        app.write_now();
    }
);

in_part!(store;
    fn take_stored(app: AppState) {
        app.take_stored_now();
    }
);

/// The stored state, or why there is none; the part is fetched only when there is
/// something to read.
pub(super) async fn load(store: &LocalStore) -> Result<Option<StoredState>, StorageError> {
    match store.holds_data() {
        Ok(false) => Ok(None),
        Err(e) => Err(e),
        Ok(true) => match read_stored(store.clone()).await {
            Ok(loaded) => loaded,
            Err(_) => Err(StorageError::Other(PART_MISSING.into())),
        },
    }
}

/// Starts fetching the store part, once: called at the first change, so the part is
/// there well before the save that follows typing's pause (or the tab's closing).
pub(super) fn warm() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static STARTED: AtomicBool = AtomicBool::new(false);
    if !STARTED.swap(true, Ordering::Relaxed) {
        spawn_local(async {
            // A failure shows at the save itself, which tries again.
            let _ = store_ready().await;
        });
    }
}

impl AppState {
    /// Writes as soon as the store part is there (at once once it has loaded).
    pub(super) fn write(&self) {
        let this = *self;
        spawn_local(async move {
            if write_stored(this).await.is_err() {
                this.status.set(SaveStatus::NotSaved(PART_MISSING.into()));
            }
        });
    }

    /// Takes the other tab's newer data, through the store part.
    pub fn reload_from_storage(&self) {
        let this = *self;
        spawn_local(async move {
            if take_stored(this).await.is_err() {
                this.status.set(SaveStatus::NotSaved(PART_MISSING.into()));
            }
        });
    }
}
