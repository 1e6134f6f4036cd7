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
