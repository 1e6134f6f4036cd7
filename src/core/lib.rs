//! OKR Studio's core: the domain (plans, the coach, progress, trends, merging) and the
//! formats of every file and stored shape. Pure Rust, no browser; the app and the `okr`
//! tool use it through `okr_studio::{domain, format}`.
//!
//! The sources live in `src/domain` and `src/format`, beside the layers that use them;
//! this package exists so the release build can optimize them for speed (see the root
//! Cargo.toml).

#[path = "../domain/mod.rs"]
pub mod domain;
#[path = "../format/mod.rs"]
pub mod format;
