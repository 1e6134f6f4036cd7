//! A key result's title states its numbers ("Cut cost per lead from $70 to $45"); the
//! fields that are still empty take them as the person types, so a newcomer who writes a
//! good key result can check in on it without opening its details. A field the person
//! typed is never overwritten; the fill can be undone, and then stays off.

use super::ids::{Id, IdGen};
use super::maturity::stated_numbers;
use super::model::{KeyResult, KrKind, Objective, Unit};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The fields a title filled, and whether the person turned filling off.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FromTitle {
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub filled: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub off: bool,
}

impl FromTitle {
    pub fn is_default(&self) -> bool {
        *self == FromTitle::default()
    }
}

/// The fields a title can fill, in the order the editor shows them.
pub const TITLE_FIELDS: [&str; 5] = ["metric", "unit", "kind", "baseline", "target"];

impl Objective {
    /// Adds a key result typed by the person: its title's numbers fill its fields.
    pub fn add_stated_key_result(&mut self, ids: &mut IdGen, title: &str) -> Id {
        let id = self.add_key_result(ids, title);
        if let Some(k) = self.key_results.iter_mut().find(|k| k.id == id) {
            k.fill_from_title();
        }
        id
    }
}

impl KeyResult {
    /// What the title filled, in words for the note under it: "baseline $70, target $45,
    /// falls (decrease)". Empty when it filled nothing.
    pub fn filled_in_words(&self) -> String {
        let show = |x: Option<f64>| {
            x.map(|v| super::display::fmt_value(v, &self.unit))
                .unwrap_or_default()
        };
        TITLE_FIELDS
            .iter()
            .filter(|f| self.from_title.filled.contains(**f))
            .map(|f| match *f {
                "metric" => format!("metric \u{201c}{}\u{201d}", self.metric),
                "unit" => match &self.unit {
                    Unit::Currency { code } => format!("unit {code}"),
                    other => format!("unit {}", other.label().to_lowercase()),
                },
                "kind" => format!("kind {}", self.kind.label().to_lowercase()),
                "baseline" => format!("baseline {}", show(self.baseline)),
                _ => format!("target {}", show(self.target)),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Fills the fields that are empty (or were filled by the title before) from the numbers
    /// the title states; a field the title no longer states goes back to empty.
    pub fn fill_from_title(&mut self) {
        if self.from_title.off {
            return;
        }
        let mut s = stated_numbers(&self.title);
        // A number past the plan file's bound is a typo, not a target.
        let sane = |x: Option<f64>| x.filter(|v| v.is_finite() && v.abs() <= 1e15);
        s.baseline = sane(s.baseline);
        s.target = sane(s.target);
        for field in TITLE_FIELDS {
            let ours = self.from_title.filled.contains(field);
            if !ours && !self.is_empty_field(field) {
                continue;
            }
            let set = match field {
                "metric" => s.metric.clone().map(|m| self.metric = m).is_some(),
                "unit" => s.unit.clone().map(|u| self.unit = u).is_some(),
                "kind" => s.kind.map(|k| self.kind = k).is_some(),
                "baseline" => s.baseline.map(|b| self.baseline = Some(b)).is_some(),
                _ => s.target.map(|t| self.target = Some(t)).is_some(),
            };
            if set {
                self.from_title.filled.insert(field.to_string());
            } else if ours {
                self.clear_field(field);
                self.from_title.filled.remove(field);
            }
        }
    }

    /// The person typed `field`: from now on it is theirs.
    pub fn typed(&mut self, field: &str) {
        self.from_title.filled.remove(field);
    }

    /// Takes back what the title filled, and fills no more.
    pub fn undo_title_fill(&mut self) {
        for field in std::mem::take(&mut self.from_title.filled) {
            self.clear_field(&field);
        }
        self.from_title.off = true;
    }

    /// Turns filling from the title back on.
    pub fn resume_title_fill(&mut self) {
        self.from_title.off = false;
        self.fill_from_title();
    }

    fn is_empty_field(&self, field: &str) -> bool {
        match field {
            "metric" => self.metric.trim().is_empty(),
            "unit" => self.unit == Unit::Count,
            "kind" => self.kind == KrKind::Increase,
            "baseline" => self.baseline.is_none(),
            _ => self.target.is_none(),
        }
    }

    fn clear_field(&mut self, field: &str) {
        match field {
            "metric" => self.metric.clear(),
            "unit" => self.unit = Unit::Count,
            "kind" => self.kind = KrKind::Increase,
            "baseline" => self.baseline = None,
            _ => self.target = None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;

    fn kr(title: &str) -> KeyResult {
        let mut k = KeyResult::new(Id::from("k"), "");
        k.title = title.into();
        k.fill_from_title();
        k
    }

    #[test]
    fn a_falling_cost_fills_every_field_as_it_is_typed() {
        let k = kr("Cut cost per lead from $70 to $45");
        assert_eq!(
            (k.baseline, k.target, k.kind),
            (Some(70.0), Some(45.0), KrKind::Decrease)
        );
        assert_eq!(k.unit, Unit::Currency { code: "USD".into() });
        assert_eq!(k.metric, "cost per lead");
        assert_eq!(k.from_title.filled.len(), 5);
        assert_eq!(
            k.filled_in_words(),
            "metric \u{201c}cost per lead\u{201d}, unit USD, kind decrease, baseline $70, target $45"
        );
        // Typing on: the fields follow the title.
        let mut k = k;
        k.title = "Cut cost per lead from $70 to $40".into();
        k.fill_from_title();
        assert_eq!(k.target, Some(40.0));
        // A title that no longer states a baseline takes back only what it filled.
        k.title = "Cut cost per lead to $40".into();
        k.fill_from_title();
        assert_eq!((k.baseline, k.target), (None, Some(40.0)));
    }

    #[test]
    fn a_typed_field_is_never_overwritten() {
        let mut k = KeyResult::new(Id::from("k"), "");
        k.target = Some(50.0);
        k.title = "Cut cost per lead from $70 to $45".into();
        k.fill_from_title();
        assert_eq!((k.baseline, k.target), (Some(70.0), Some(50.0)));
        assert!(!k.from_title.filled.contains("target"));
        // Filled, then typed over: the person's value stays.
        k.baseline = Some(72.0);
        k.typed("baseline");
        k.title = "Cut cost per lead from $75 to $45".into();
        k.fill_from_title();
        assert_eq!(k.baseline, Some(72.0));
    }

    #[test]
    fn the_fill_can_be_undone_and_then_stays_off() {
        let mut k = kr("Lift signup conversion from 1.5% to 3%");
        k.undo_title_fill();
        assert_eq!(
            (k.baseline, k.target, k.unit.clone()),
            (None, None, Unit::Count)
        );
        k.title = "Lift signup conversion from 1.5% to 3.5%".into();
        k.fill_from_title();
        assert_eq!(k.target, None);
        k.resume_title_fill();
        assert_eq!(k.target, Some(3.5));
    }

    #[test]
    fn a_stay_below_and_a_bare_target() {
        let k = kr("Keep cost per lead under $85");
        assert_eq!(
            (k.kind, k.target, k.baseline),
            (KrKind::StayBelow, Some(85.0), None)
        );
        let k = kr("Grow organic visits to 15,000 a month");
        assert_eq!((k.kind, k.target), (KrKind::Increase, Some(15_000.0)));
        let k = kr("Launch the new pricing page");
        assert!(k.from_title.filled.is_empty() && k.target.is_none());
    }
}
