//! In-browser tests (wasm-bindgen-test in headless Chromium) for the storage adapter.
//! Run with `make test-browser`; natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use okr_studio::domain::{IdGen, Period, Plan};
use okr_studio::format::StoredState;
use okr_studio::storage::{LocalStore, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A store under a key of its own, emptied first, so tests never meet each other's data.
fn fresh_store(name: &str) -> LocalStore {
    let store = LocalStore::new(&format!("okr-studio.test.{name}"));
    let _ = store.discard();
    store
}

fn state_with_one_plan() -> StoredState {
    let mut ids = IdGen::new(11);
    let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
    plan.add_objective(&mut ids, "Become the go-to source in our niche");
    StoredState {
        revision: 1,
        current: Some(plan.id.clone()),
        plans: vec![plan],
        ..StoredState::default()
    }
}

#[wasm_bindgen_test]
fn nothing_stored_reads_as_none() {
    let store = fresh_store("empty");
    assert_eq!(store.load(), Ok(None));
}

#[wasm_bindgen_test]
fn a_saved_state_loads_back_identical() {
    let store = fresh_store("round-trip");
    let state = state_with_one_plan();
    store.save(&state).unwrap();
    assert_eq!(store.load().unwrap(), Some(state));
    assert_eq!(store.stored_revision(), Some(1));
}

#[wasm_bindgen_test]
fn the_revision_is_asked_from_its_own_key_and_else_from_the_state() {
    let store = fresh_store("revision");
    let mut state = state_with_one_plan();
    state.revision = 7;
    store.save(&state).unwrap();
    assert_eq!(store.stored_revision(), Some(7));
    // A tab of an older build writes the state alone: the state says its revision.
    let raw = LocalStorage::raw();
    raw.remove_item(&format!("{}.revision", store.key()))
        .unwrap();
    assert_eq!(store.stored_revision(), Some(7));
    state.revision = 9;
    raw.set_item(store.key(), &okr_studio::format::to_json(&state).unwrap())
        .unwrap();
    assert_eq!(store.revision_in_state(), Some(9));
    store.discard().unwrap();
    assert_eq!((store.stored_revision(), store.load()), (None, Ok(None)));
}

#[wasm_bindgen_test]
fn unreadable_data_is_kept_aside_and_left_in_place() {
    let store = fresh_store("unreadable");
    LocalStorage::raw()
        .set_item(store.key(), "{ not json")
        .unwrap();
    match store.load() {
        Err(StorageError::Unreadable {
            backup_key: Some(key),
            ..
        }) => {
            assert_eq!(
                LocalStorage::raw().get_item(&key).unwrap().as_deref(),
                Some("{ not json")
            );
        }
        other => panic!("expected an unreadable error with a backup, got {other:?}"),
    }
    // The original is untouched, and a second load finds the same single backup.
    assert_eq!(
        LocalStorage::raw()
            .get_item(store.key())
            .unwrap()
            .as_deref(),
        Some("{ not json")
    );
    assert_eq!(store.raw_backup().as_deref(), Some("{ not json"));
    assert!(matches!(store.load(), Err(StorageError::Unreadable { .. })));
}

#[wasm_bindgen_test]
fn a_newer_format_is_refused_not_overwritten() {
    let store = fresh_store("newer");
    let text = r#"{"format":"okr-studio.storage","version":999,"plans":[]}"#;
    LocalStorage::raw().set_item(store.key(), text).unwrap();
    let err = store.load().unwrap_err();
    assert!(err.to_string().contains("newer OKR Studio"), "{err}");
    assert_eq!(
        LocalStorage::raw()
            .get_item(store.key())
            .unwrap()
            .as_deref(),
        Some(text)
    );
}

#[wasm_bindgen_test]
fn plan_backups_round_trip_newest_first_and_restorable() {
    let store = fresh_store("backups");
    let _ = LocalStorage::raw().remove_item(&format!("{}.backups", store.key()));
    assert_eq!(store.backups(), Ok(Vec::new()));
    let plan = state_with_one_plan().plans.remove(0);
    let mut renamed = plan.clone();
    renamed.team = "Growth <b>marketing</b>".into();
    let first = store
        .add_backup("Before it was replaced", &plan, 1_000)
        .unwrap();
    // Same millisecond: the second backup still gets an id of its own.
    let second = store.add_backup("Before a merge", &renamed, 1_000).unwrap();
    assert_ne!(first, second);
    let list = store.backups().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].plan, renamed);
    assert_eq!(list[0].reason, "Before a merge");
    assert_eq!(list[1].plan, plan);
    // Saving the state leaves the backups alone, and so does discarding it.
    store.save(&state_with_one_plan()).unwrap();
    store.discard().unwrap();
    assert_eq!(store.backups().unwrap().len(), 2);
    store.remove_backup(second).unwrap();
    let list = store.backups().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, first);
    store.remove_backup(first).unwrap();
    assert_eq!(store.backups(), Ok(Vec::new()));
}

#[wasm_bindgen_test]
fn backups_keep_only_the_newest() {
    let store = fresh_store("backups-cap");
    let _ = LocalStorage::raw().remove_item(&format!("{}.backups", store.key()));
    let plan = state_with_one_plan().plans.remove(0);
    for i in 0..(okr_studio::storage::MAX_BACKUPS as u64 + 3) {
        store
            .add_backup(&format!("backup {i}"), &plan, 5_000 + i)
            .unwrap();
    }
    let list = store.backups().unwrap();
    assert_eq!(list.len(), okr_studio::storage::MAX_BACKUPS);
    assert_eq!(
        list[0].reason,
        format!("backup {}", okr_studio::storage::MAX_BACKUPS + 2)
    );
    for b in list {
        store.remove_backup(b.id).unwrap();
    }
}

/// Fills local storage until the browser refuses, then checks the adapter names the
/// failure QuotaExceeded and leaves what was stored before intact. Cleans up after itself.
#[wasm_bindgen_test]
fn a_full_storage_is_quota_exceeded_and_keeps_the_last_save() {
    let store = fresh_store("quota");
    let state = state_with_one_plan();
    store.save(&state).unwrap();
    let raw = LocalStorage::raw();
    let chunk = "x".repeat(512 * 1024);
    let mut filler = Vec::new();
    for i in 0..200 {
        let key = format!("okr-studio.test.filler.{i}");
        if raw.set_item(&key, &chunk).is_err() {
            break;
        }
        filler.push(key);
    }
    // Top up with smaller pieces so not even a small state fits.
    for i in 0..400 {
        let key = format!("okr-studio.test.filler.small.{i}");
        if raw.set_item(&key, &"y".repeat(4096)).is_err() {
            break;
        }
        filler.push(key);
    }
    let mut bigger = state.clone();
    bigger.revision = 2;
    bigger.plans[0].context = "z".repeat(64 * 1024);
    let result = store.save(&bigger);
    for key in &filler {
        let _ = raw.remove_item(key);
    }
    assert_eq!(result, Err(StorageError::QuotaExceeded));
    assert_eq!(store.load().unwrap(), Some(state));
    let _ = store.discard();
}
