//! OKR Studio: an offline-first OKR planner for marketing teams.
//!
//! Layers, each depending only on those to its right:
//! `ui -> state -> {domain, format, storage}`, `storage -> format -> domain`, `domain -> nothing`.
//! `domain` and `format` are pure and compile natively; the rest is web-only. `split` marks
//! the functions that live in parts of the wasm loaded on first use.

pub mod domain;
pub mod format;

#[cfg(target_arch = "wasm32")]
mod split;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
