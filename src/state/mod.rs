//! App state: the plans in memory, the save status, and the actions the UI calls.
//!
//! Every action runs a domain operation on the current plan and then saves through the
//! storage adapter. The UI never edits plans or touches storage itself.

use crate::domain::{Id, IdGen, Period, Plan};
use crate::format::StoredState;
use crate::storage::{LocalStore, StorageError};
use leptos::prelude::*;

/// What the header says about saving.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// The last save failed (quota full); the data is still in memory.
    NotSaved(String),
    /// Storage is blocked: the app runs in memory only.
    InMemory(String),
    /// Stored data could not be read: it is kept as it is, and nothing is saved over it
    /// until the user decides what to do with it.
    Held(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<StoredState>,
    pub status: RwSignal<SaveStatus>,
    ids: StoredValue<IdGen>,
    store: StoredValue<LocalStore>,
}

impl AppState {
    /// Loads what the store holds. A failure never turns into an empty plan list that
    /// would be saved over the user's data: it becomes a status the UI shows.
    pub fn load(store: LocalStore) -> Self {
        let (data, status) = match store.load() {
            Ok(state) => (state.unwrap_or_default(), SaveStatus::Saved),
            Err(e @ StorageError::Unavailable) => {
                (StoredState::default(), SaveStatus::InMemory(e.to_string()))
            }
            Err(e) => (StoredState::default(), SaveStatus::Held(e.to_string())),
        };
        let seed = (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64;
        AppState {
            data: RwSignal::new(data),
            status: RwSignal::new(status),
            ids: StoredValue::new(IdGen::new(seed)),
            store: StoredValue::new(store),
        }
    }

    /// Reads the current plan, if there is one.
    pub fn with_plan<R>(&self, f: impl FnOnce(Option<&Plan>) -> R) -> R {
        self.data.with(|d| f(current(d)))
    }

    pub fn has_plan(&self) -> bool {
        self.with_plan(|p| p.is_some())
    }

    /// Applies an edit to the current plan and saves.
    pub fn edit_plan<R>(&self, f: impl FnOnce(&mut Plan, &mut IdGen) -> R) -> Option<R> {
        let mut out = None;
        self.ids.update_value(|ids| {
            self.data.update(|d| {
                let id = d.current.clone();
                if let Some(plan) = d.plans.iter_mut().find(|p| Some(&p.id) == id.as_ref()) {
                    out = Some(f(plan, ids));
                }
            });
        });
        self.persist();
        out
    }

    pub fn create_plan(&self, team: &str, period: Period) -> Id {
        let plan = self
            .ids
            .try_update_value(|ids| Plan::new(ids, team, period));
        let plan = plan.unwrap_or_else(|| Plan::new(&mut IdGen::new(1), team, period));
        let id = plan.id.clone();
        self.data.update(|d| {
            d.plans.push(plan);
            d.current = Some(id.clone());
        });
        self.persist();
        id
    }

    pub fn select_plan(&self, id: Id) {
        self.data.update(|d| d.current = Some(id));
        self.persist();
    }

    /// Gives up unreadable stored data the user chose not to keep, and resumes saving.
    pub fn discard_unreadable(&self) {
        let discarded = self.store.with_value(|s| s.discard());
        match discarded {
            Ok(()) => {
                self.status.set(SaveStatus::Saved);
                self.persist();
            }
            Err(e) => self.status.set(SaveStatus::NotSaved(e.to_string())),
        }
    }

    /// The raw text of the unreadable data, for the user to download before discarding.
    pub fn unreadable_text(&self) -> Option<String> {
        self.store.with_value(|s| s.raw_backup())
    }

    fn persist(&self) {
        if matches!(
            self.status.get_untracked(),
            SaveStatus::Held(_) | SaveStatus::InMemory(_)
        ) {
            return;
        }
        self.data.update_untracked(|d| d.revision += 1);
        let result = self
            .data
            .with_untracked(|d| self.store.with_value(|s| s.save(d)));
        self.status.set(match result {
            Ok(()) => SaveStatus::Saved,
            Err(e @ StorageError::Unavailable) => SaveStatus::InMemory(e.to_string()),
            Err(e) => SaveStatus::NotSaved(e.to_string()),
        });
    }
}

fn current(d: &StoredState) -> Option<&Plan> {
    let id = d.current.as_ref()?;
    d.plans.iter().find(|p| &p.id == id)
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
