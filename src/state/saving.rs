//! Saving: debounced while typing, flushed when the page is hidden, never over newer data
//! from another tab, never over stored data that could not be read.

use super::AppState;
use crate::storage::StorageError;
use leptos::prelude::*;
use std::time::Duration;

/// Typing pauses this long before a save: fast enough that nothing is lost, slow enough
/// that a burst of keystrokes is one write.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// What the header says about saving.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// Changes wait for typing to pause.
    Pending,
    /// The last save failed (quota full); the data is still in memory.
    NotSaved(String),
    /// Storage is blocked: the app runs in memory only.
    InMemory(String),
    /// Stored data could not be read: it is kept as it is, and nothing is saved over it
    /// until the user decides what to do with it.
    Held(String),
    /// Another tab saved newer changes; this tab does not write over them.
    OtherTab,
    /// The part of the app that reads stored plans could not be fetched: they are not
    /// open, and nothing is written until a reload opens them.
    NotLoaded(String),
}

impl AppState {
    /// Starts fetching the part that writes plans, ahead of a first save: the UI calls it
    /// when a newcomer starts a plan, so a tab closed right after "Create plan" still saves.
    pub fn prepare_to_save(&self) {
        super::loading::warm();
    }

    pub fn schedule_save(&self) {
        super::loading::warm();
        if self.status.get_untracked() == SaveStatus::Saved {
            self.status.set(SaveStatus::Pending);
        }
        let this = *self;
        let handle = set_timeout_with_handle(move || this.flush(), SAVE_DELAY).ok();
        self.pending.update_value(|slot| {
            if let Some(old) = std::mem::replace(slot, handle) {
                old.clear();
            }
        });
    }

    /// Writes now. Refuses to write over stored data that is unreadable, or newer than
    /// what this tab loaded.
    pub fn flush(&self) {
        self.pending.update_value(|slot| {
            if let Some(h) = slot.take() {
                h.clear();
            }
        });
        self.settled.update(|n| *n += 1);
        if self.may_write() {
            self.write();
        }
    }

    /// Whether a write may go ahead now: not over unreadable or unopened data, not over
    /// another tab's newer changes.
    fn may_write(&self) -> bool {
        match self.status.get_untracked() {
            SaveStatus::Held(_)
            | SaveStatus::InMemory(_)
            | SaveStatus::OtherTab
            | SaveStatus::NotLoaded(_) => return false,
            _ => {}
        }
        let ours = self.data.with_untracked(|d| d.revision);
        let stored = self.store.with_value(|s| s.stored_revision());
        if stored.is_some_and(|r| r > ours) {
            self.status.set(SaveStatus::OtherTab);
            return false;
        }
        true
    }

    /// Stamps what changed and writes, in the store part (`loading.rs`): the code that
    /// stamps and serialises plans is not in the first screen's download. The checks are
    /// made again here: the part may have taken a moment to arrive, and another tab may
    /// have written meanwhile.
    pub(super) fn write_now(&self) {
        if !self.may_write() {
            return;
        }
        let ours = self.data.with_untracked(|d| d.revision);
        self.stamp_all();
        self.data.update_untracked(|d| d.revision = ours + 1);
        let result = self
            .data
            .with_untracked(|d| self.store.with_value(|s| s.save(d)));
        self.status.set(match result {
            Ok(()) => SaveStatus::Saved,
            Err(e @ StorageError::Unavailable) => SaveStatus::InMemory(e.to_string()),
            Err(e) => SaveStatus::NotSaved(e.to_string()),
        });
    }

    /// Gives up unreadable stored data the user chose not to keep, and resumes saving.
    pub fn discard_unreadable(&self) {
        match self.store.with_value(|s| s.discard()) {
            Ok(()) => {
                self.status.set(SaveStatus::Saved);
                self.flush();
            }
            Err(e) => self.status.set(SaveStatus::NotSaved(e.to_string())),
        }
    }

    /// The raw text of the unreadable data, for the user to download before discarding.
    pub fn unreadable_text(&self) -> Option<String> {
        self.store.with_value(|s| s.raw_backup())
    }

    /// Takes the other tab's newer data, dropping this tab's unsaved changes (called in
    /// the store part by `reload_from_storage`).
    pub(super) fn take_stored_now(&self) {
        if let Ok(Some(state)) = self.store.with_value(|s| s.load()) {
            state.plans.iter().for_each(|p| self.adopt(p));
            self.data.set(state);
            self.status.set(SaveStatus::Saved);
        }
    }

    /// Writes this tab's plans over the other tab's, when the user chooses to.
    pub fn keep_this_tab(&self) {
        let stored = self
            .store
            .with_value(|s| s.stored_revision().max(s.revision_in_state()))
            .unwrap_or(0);
        self.data
            .update_untracked(|d| d.revision = d.revision.max(stored));
        self.status.set(SaveStatus::Pending);
        self.flush();
    }

    /// Another tab wrote our key: from now on this tab must not write over it unasked.
    pub(super) fn watch_other_tabs(&self) {
        let this = *self;
        let key = self.store.with_value(|s| s.key().to_string());
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(key.as_str()) {
                // Rare, so ask the state itself: a tab of an older build writes no revision key.
                let theirs = this.store.with_value(|s| s.revision_in_state());
                let ours = this.data.with_untracked(|d| d.revision);
                if theirs.is_some_and(|r| r > ours) {
                    this.status.set(SaveStatus::OtherTab);
                }
            }
        });
    }

    pub(super) fn flush_when_hidden(&self) {
        let this = *self;
        let _ = window_event_listener(leptos::ev::pagehide, move |_| this.flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if hidden {
                this.flush();
            }
        });
    }
}

/// Asks the browser to keep this site's storage when space runs low. The answer does not
/// change what the app does, so it is not awaited.
pub(super) fn ask_to_persist() {
    if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = storage.persist();
    }
}
