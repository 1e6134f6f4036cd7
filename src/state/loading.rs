//! Reading and writing the stored plans, built into a part of the wasm of its own
//! (`store`, cut by `.ci/split-wasm.mjs`; see `ui::parts`). Reading a plan means the whole
//! model's JSON reader, the migrations and the file rules, and writing means the stamps
//! of every change: a first visit's first screen has nothing stored and needs neither.
//! The part loads before the app mounts when something is stored. Otherwise it is fetched
//! when a newcomer starts typing a plan (`prepare_to_save`) or at the first change, well
//! ahead of the save that follows; a save due before it arrives waits for it.

use super::{AppState, SaveStatus};
use crate::format::StoredState;
use crate::split::in_part;
use crate::storage::{LocalStore, StorageError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;

/// What a part that could not be fetched leaves the app with: nothing loaded, nothing
/// written, the reason on screen.
const PART_MISSING: &str = "OKR Studio could not finish loading (the connection dropped \
    before the app was on this device). Your plans are untouched: reload once you are online.";

/// A save whose part could not be fetched: the changes are still in the tab, and the next
/// change tries again.
const NOT_WRITTEN: &str = "Not saved: the part of OKR Studio that saves could not be fetched \
    (the connection dropped before the app was on this device). Your changes are still in \
    this tab: export them now, or keep the tab open and change anything once you are online.";

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

in_part!(store;
    fn all_plans_file(app: AppState) -> Option<(String, String)> {
        app.plan_file(true)
    }
);

/// The stored state, or why there is none; the part is fetched only when there is
/// something to read. `None`: the part could not be fetched, so nothing was read.
pub(super) async fn load(store: &LocalStore) -> Option<Result<Option<StoredState>, StorageError>> {
    match store.holds_data() {
        Ok(false) => Some(Ok(None)),
        Err(e) => Some(Err(e)),
        Ok(true) => read_stored(store.clone()).await.ok(),
    }
}

/// What the header says when the stored plans could not be opened.
pub(super) fn not_loaded() -> SaveStatus {
    SaveStatus::NotLoaded(PART_MISSING.into())
}

/// Starts fetching the store part, once: called when a newcomer starts a plan and at the
/// first change, so the part is there well before the save that follows.
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
        self.in_store_part(write_stored(*self));
    }

    /// Takes the other tab's newer data, through the store part.
    pub fn reload_from_storage(&self) {
        self.in_store_part(take_stored(*self));
    }

    /// "Export now", offered when a save failed: every plan as a plan file, handed to
    /// `deliver` (the download). The file is made in the store part, like a save: the
    /// stamping is the largest code a save needs, and a first visit's first screen should
    /// not download it. After a failed write the part is already here. When it is the part
    /// that could not be fetched, the plans are written as they are in this tab, unstamped
    /// (`plan_file_as_is`): the work gets out either way.
    pub fn export_all_plans(&self, deliver: impl FnOnce(String, String) + 'static) {
        let app = *self;
        spawn_local(async move {
            let file = match all_plans_file(app).await {
                Ok(file) => file,
                Err(_) => app.plan_file_as_is(),
            };
            if let Some((name, text)) = file {
                deliver(name, text);
            }
        });
    }

    /// Runs a call into the store part once the part is there; if it cannot be fetched,
    /// the changes stay in the tab and the header says so.
    fn in_store_part(&self, call: impl Future<Output = Result<(), SplitLoaderError>> + 'static) {
        let status = self.status;
        spawn_local(async move {
            if call.await.is_err() {
                status.set(SaveStatus::NotSaved(NOT_WRITTEN.into()));
            }
        });
    }
}
