//! The pure OKR domain: plans, objectives, key results, check-ins and the rules over them.
//!
//! Nothing here touches the browser: it compiles and is tested natively, and the web app,
//! the `okr` command-line tool and the tests all call the same code.

pub mod alignment;
pub mod budget;
pub mod checkin;
pub mod device;
pub mod display;
pub mod edit;
pub(crate) mod fnv;
pub mod ids;
pub mod imported;
pub mod iso_date;
pub mod labels;
pub mod library;
pub mod load_test;
pub mod maturity;
pub mod model;
pub mod numbers;
pub mod period;
pub mod progress;
pub mod quarter;
pub mod rank;
pub mod sample;
pub mod stamp;
pub mod strategy;
pub mod sync;
pub mod title_numbers;
pub mod trends;
pub mod weekly_update;

pub use ids::{Id, IdGen};
pub use model::*;
pub use period::Period;
