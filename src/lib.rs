//! OKR Studio: an offline-first OKR planner for marketing teams.
//!
//! Layers, each depending only on those to its right:
//! `ui -> state -> {domain, format, storage}`, `storage -> format -> domain`, `domain -> nothing`.
//! `domain` and `format` are pure and compile natively; the rest is web-only. `split` marks
//! the functions that live in parts of the wasm loaded on first use.

// The pure core is its own package (src/core), optimized for speed; its modules keep
// their paths here, so `crate::domain` and `okr_studio::format` mean what they did.
pub use okr_core::{domain, format};

#[cfg(target_arch = "wasm32")]
mod split;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
