//! App state: the plans in memory, the save status, and the actions the UI calls.
//!
//! Every action runs a domain operation and then schedules a save through the storage
//! adapter. The UI never edits plans or touches storage itself. Actions for one area live
//! in their own file (`plans.rs`, ...) as further `impl AppState` blocks.

mod alignment;
mod checkins;
mod files;
mod import;
mod loading;
mod plans;
mod quarter;
mod rhythm;
mod saving;
mod sheet;
mod sync;

use files::export_time;
pub use rhythm::ReminderFile;
pub use saving::SaveStatus;
pub use sheet::{date_choices, looks_like_sheet};
pub use sync::OpenConflict;

// What the UI may know of files and storage, through this one door (the README's rule:
// `ui -> state -> {domain, format, storage}`; a test keeps `ui` from naming the others).
pub use crate::format::share::SHARE_ROUTE;
pub use crate::format::sheet::cells::{column_letter, decode_text};
pub use crate::format::sheet::{
    CellProblem, ColumnReading, DateOrder, DateQuestion, Field, SheetError, SheetOptions,
    SheetReading, WeeklyReading, FIELDS,
};
pub use crate::format::{
    is_over_safe_size, share_link, FormatError, ImportPreview, PlanFile, PlanMatch, PlanPreview,
    MAX_FILE_BYTES, SHARE_LINK_SAFE_CHARS,
};
pub use crate::storage::{LocalStore, MAX_BACKUPS};

use crate::domain::edit::Removed;
use crate::domain::{Id, IdGen, KeyResult, Objective, Plan};
use crate::format::StoredState;
use crate::storage::StorageError;
use leptos::prelude::*;

/// The last destructive action, which the undo toast can reverse.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoEntry {
    pub label: String,
    action: UndoAction,
}

#[derive(Debug, Clone, PartialEq)]
enum UndoAction {
    /// A record removed from a plan.
    Restore { plan: Id, removed: Removed },
    /// A whole plan deleted, with its place in the list.
    RestorePlan { index: usize, plan: Box<Plan> },
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<StoredState>,
    pub status: RwSignal<SaveStatus>,
    pub undo: RwSignal<Option<UndoEntry>>,
    /// Bumped when editing pauses (each save): views of the whole plan that are costly to
    /// recompute, like the plan health panel, follow this instead of every keystroke.
    pub settled: RwSignal<u64>,
    ids: StoredValue<IdGen>,
    store: StoredValue<LocalStore>,
    /// A save waiting for typing to pause.
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// Each plan as last stamped: the next save stamps what changed since (`sync.rs`).
    synced: StoredValue<std::collections::HashMap<Id, Plan>>,
    /// Same-field conflicts of the last merges, for the user to settle.
    pub conflicts: RwSignal<Vec<OpenConflict>>,
}

/// Milliseconds since 1970: when a record last changed (a merge keeps the later change).
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

impl AppState {
    /// Loads what the store holds. A failure never turns into an empty plan list that
    /// would be saved over the user's data: it becomes a status the UI shows.
    pub async fn load(store: LocalStore) -> Self {
        let (data, status) = match loading::load(&store).await {
            Some(Ok(state)) => (state.unwrap_or_default(), SaveStatus::Saved),
            Some(Err(e @ StorageError::Unavailable)) => {
                (StoredState::default(), SaveStatus::InMemory(e.to_string()))
            }
            Some(Err(e)) => (StoredState::default(), SaveStatus::Held(e.to_string())),
            // Not read, not unreadable: held with nothing offered but a reload.
            None => (StoredState::default(), loading::not_loaded()),
        };
        Self::open(store, data, status)
    }

    fn open(store: LocalStore, data: StoredState, status: SaveStatus) -> Self {
        let seed = (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64;
        let mut data = data;
        if data.clock.device.is_empty() {
            let random = (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64;
            data.clock =
                crate::domain::stamp::Clock::new(crate::domain::stamp::device_id(random).as_str());
        }
        let synced = data
            .plans
            .iter()
            .map(|p| (p.id.clone(), p.clone()))
            .collect();
        let state = AppState {
            data: RwSignal::new(data),
            status: RwSignal::new(status),
            undo: RwSignal::new(None),
            settled: RwSignal::new(0),
            ids: StoredValue::new(IdGen::new(seed)),
            store: StoredValue::new(store),
            pending: StoredValue::new_local(None),
            synced: StoredValue::new(synced),
            conflicts: RwSignal::new(Vec::new()),
        };
        state.watch_other_tabs();
        state.flush_when_hidden();
        saving::ask_to_persist();
        state
    }

    /// Reads the current plan, if there is one.
    pub fn with_plan<R>(&self, f: impl FnOnce(Option<&Plan>) -> R) -> R {
        self.data.with(|d| f(current(d)))
    }

    /// Like `with_plan`, without subscribing the caller to changes.
    pub fn with_plan_untracked<R>(&self, f: impl FnOnce(Option<&Plan>) -> R) -> R {
        self.data.with_untracked(|d| f(current(d)))
    }

    pub fn has_plan(&self) -> bool {
        self.with_plan(|p| p.is_some())
    }

    /// One objective of the current plan, as a memo: its readers re-render only when it
    /// changes, not on every edit elsewhere in the plan.
    pub fn objective_memo(&self, id: Id) -> Memo<Option<Objective>> {
        let app = *self;
        Memo::new(move |_| app.with_plan(|p| p.and_then(|p| p.objective(&id)).cloned()))
    }

    /// One key result of the current plan, as a memo.
    pub fn key_result_memo(&self, id: Id) -> Memo<Option<KeyResult>> {
        let app = *self;
        Memo::new(move |_| app.with_plan(|p| p.and_then(|p| p.key_result(&id)).cloned()))
    }

    /// A fresh id for a record the UI is about to create.
    pub fn next_id(&self, prefix: &str) -> Id {
        self.ids
            .try_update_value(|ids| ids.next(prefix))
            .unwrap_or_else(|| IdGen::new(now_ms() as u64).next(prefix))
    }

    /// Applies an edit to the current plan, marks it changed and schedules a save.
    /// Stamps come at the save, from what changed (`sync.rs`), so no edit has to stamp.
    /// A closed plan is read-only: the edit is refused and `None` returned.
    pub fn edit_plan<R>(&self, f: impl FnOnce(&mut Plan, &mut IdGen) -> R) -> Option<R> {
        if self.with_plan_untracked(|p| p.is_some_and(Plan::is_closed)) {
            return None;
        }
        let mut out = None;
        self.ids.update_value(|ids| {
            self.data.update(|d| {
                if let Some(plan) = current_mut(d) {
                    out = Some(f(plan, ids));
                }
            });
        });
        self.schedule_save();
        out
    }

    /// Edits one objective of the current plan and marks it changed.
    pub fn edit_objective(&self, id: &Id, f: impl FnOnce(&mut Objective, &mut IdGen)) {
        self.edit_plan(|p, ids| {
            if let Some(o) = p.objective_mut(id) {
                f(o, ids);
            }
        });
    }

    /// Edits one key result of the current plan and marks it changed.
    pub fn edit_key_result(&self, id: &Id, f: impl FnOnce(&mut KeyResult, &mut IdGen)) {
        self.edit_plan(|p, ids| {
            if let Some(k) = p.key_result_mut(id) {
                f(k, ids);
            }
        });
    }

    /// Runs a removal on the current plan and offers to undo it.
    pub fn remove(&self, label: &str, f: impl FnOnce(&mut Plan) -> Option<Removed>) {
        let plan_id = self.data.with_untracked(|d| d.current.clone());
        if let (Some(removed), Some(plan)) = (self.edit_plan(|p, _| f(p)).flatten(), plan_id) {
            self.undo.set(Some(UndoEntry {
                label: label.to_string(),
                action: UndoAction::Restore { plan, removed },
            }));
        }
    }

    /// Reverses the last destructive action.
    pub fn undo(&self) {
        let Some(entry) = self.undo.get_untracked() else {
            return;
        };
        self.undo.set(None);
        self.data.update(|d| match entry.action {
            UndoAction::Restore { plan, removed } => {
                if let Some(p) = d.plans.iter_mut().find(|p| p.id == plan) {
                    p.restore(removed);
                }
            }
            UndoAction::RestorePlan { index, plan } => {
                d.current = Some(plan.id.clone());
                let at = index.min(d.plans.len());
                d.plans.insert(at, *plan);
            }
        });
        self.schedule_save();
    }
}

fn current(d: &StoredState) -> Option<&Plan> {
    let id = d.current.as_ref()?;
    d.plans.iter().find(|p| &p.id == id)
}

fn current_mut(d: &mut StoredState) -> Option<&mut Plan> {
    let id = d.current.clone()?;
    d.plans.iter_mut().find(|p| p.id == id)
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
