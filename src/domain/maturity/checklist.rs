//! The key-result checklist: ten questions to ask before a key result is final, in three
//! groups (the metric, the target, the people). The app ticks what it can tell by itself
//! (a baseline, an owner, a measurable verdict); the team ticks the rest.

use super::kr::key_result_verdict;
use crate::domain::model::KeyResult;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChecklistGroup {
    Metric,
    Target,
    Resources,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnsweredBy {
    /// The app answers from the key result itself; the user's tick is ignored.
    Auto,
    User,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    /// Stable id, stored in `Checklist::ticked`.
    pub id: &'static str,
    pub group: ChecklistGroup,
    pub question: &'static str,
    pub answered_by: AnsweredBy,
}

const fn item(
    id: &'static str,
    group: ChecklistGroup,
    question: &'static str,
    answered_by: AnsweredBy,
) -> ChecklistItem {
    ChecklistItem {
        id,
        group,
        question,
        answered_by,
    }
}

use AnsweredBy::{Auto, User};
use ChecklistGroup::{Metric, Resources, Target};

pub const CHECKLIST: [ChecklistItem; 10] = [
    item(
        "on-the-path",
        Metric,
        "Is this a milestone on the way to its objective?",
        User,
    ),
    item(
        "measurable",
        Metric,
        "Can we read progress from 0 to 1 at any point in the quarter?",
        Auto,
    ),
    item(
        "steady-metric",
        Metric,
        "Is the metric steady, and can the team actually move it?",
        User,
    ),
    item(
        "no-conflict",
        Metric,
        "Does it stay clear of other teams' key results?",
        User,
    ),
    item(
        "real-baseline",
        Target,
        "Is the starting point taken from real data?",
        Auto,
    ),
    item(
        "agreed",
        Target,
        "Has the working group agreed to it?",
        User,
    ),
    item(
        "stretch",
        Target,
        "Is the target a stretch: a realistic estimate plus about 20%?",
        User,
    ),
    item("owner", Resources, "Does one named person own it?", Auto),
    item(
        "working-group",
        Resources,
        "Is there a working group with clear roles?",
        User,
    ),
    item(
        "time",
        Resources,
        "Can the group give at least 70% of its time to this work?",
        User,
    ),
];

/// What the team has ticked, stored with each key result.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    #[serde(default)]
    pub ticked: BTreeSet<String>,
}

impl Checklist {
    /// Ticks or unticks an item; unknown ids are ignored so a typo cannot grow the file.
    pub fn set(&mut self, id: &str, ticked: bool) {
        if !CHECKLIST.iter().any(|i| i.id == id) {
            return;
        }
        if ticked {
            self.ticked.insert(id.to_string());
        } else {
            self.ticked.remove(id);
        }
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.contains(id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistItemStatus {
    pub id: &'static str,
    pub group: ChecklistGroup,
    pub question: &'static str,
    pub answered_by: AnsweredBy,
    pub ticked: bool,
}

/// Every checklist item for this key result, ticked by the app or by the team.
pub fn checklist_status(kr: &KeyResult) -> Vec<ChecklistItemStatus> {
    let measurable = key_result_verdict(kr) == super::Verdict::Mature;
    CHECKLIST
        .iter()
        .map(|item| {
            let ticked = match item.id {
                "measurable" => measurable,
                // A from-to title also records a start; the coach reads it the same way.
                "real-baseline" => kr.baseline.is_some() || has_text_baseline(&kr.title),
                "owner" => !kr.owner.trim().is_empty(),
                id => kr.checklist.is_ticked(id),
            };
            ChecklistItemStatus {
                id: item.id,
                group: item.group,
                question: item.question,
                answered_by: item.answered_by,
                ticked,
            }
        })
        .collect()
}

fn has_text_baseline(title: &str) -> bool {
    super::analysis::Analysis::new(title).baseline.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;

    fn ticked(kr: &KeyResult) -> Vec<&'static str> {
        checklist_status(kr)
            .into_iter()
            .filter(|s| s.ticked)
            .map(|s| s.id)
            .collect()
    }

    #[test]
    fn ten_questions_in_three_groups() {
        let count = |g| CHECKLIST.iter().filter(|i| i.group == g).count();
        assert_eq!((count(Metric), count(Target), count(Resources)), (4, 3, 3));
        let autos: Vec<_> = CHECKLIST
            .iter()
            .filter(|i| i.answered_by == Auto)
            .map(|i| i.id)
            .collect();
        assert_eq!(autos, ["measurable", "real-baseline", "owner"]);
    }

    #[test]
    fn the_app_ticks_what_it_can_tell() {
        let mut kr = KeyResult::new(Id::from("kr"), "Launch a newsletter");
        assert!(ticked(&kr).is_empty());
        kr.title = "Grow organic traffic from 5,000 to 15,000 visits/month".into();
        kr.owner = "Ana".into();
        assert_eq!(ticked(&kr), ["measurable", "real-baseline", "owner"]);
    }

    #[test]
    fn user_ticks_are_kept_but_cannot_override_auto_items() {
        let mut kr = KeyResult::new(Id::from("kr"), "Launch a newsletter");
        kr.checklist.set("agreed", true);
        kr.checklist.set("owner", true);
        kr.checklist.set("not-an-item", true);
        assert_eq!(ticked(&kr), ["agreed"]);
        assert_eq!(kr.checklist.ticked.len(), 2);
        kr.checklist.set("agreed", false);
        assert!(ticked(&kr).is_empty());
    }

    #[test]
    fn checklist_round_trips_and_defaults_when_missing() {
        let mut c = Checklist::default();
        c.set("stretch", true);
        let json = serde_json::to_string(&c).unwrap_or_default();
        assert_eq!(json, r#"{"ticked":["stretch"]}"#);
        let back: Checklist = serde_json::from_str("{}").unwrap_or_else(|_| c.clone());
        assert_eq!(back, Checklist::default());
    }
}
