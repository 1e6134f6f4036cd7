//! The steps before objectives: focus areas and the questions a team answers about them.

use super::ids::{Id, IdGen};
use super::model::{FocusArea, FocusStage, NotGoing, Plan};
use super::stamp::{Edits, Stamp};

/// Two or three areas of focus: fewer leaves the plan without direction, more spreads it thin.
pub const FOCUS_AREAS_MAX: usize = 3;

/// Questions every team answers while choosing its focus.
pub const FOCUS_QUESTIONS: &[&str] = &[
    "Which one or two channels carry this period?",
    "What do we need from Sales, Growth or Product, and they from us?",
    "Are our acquisition costs where we want them?",
    "Which big bets, and which quick wins, do we mix?",
];

impl FocusArea {
    /// How the plan names it: the channel the team wrote for a channel, else the stage.
    pub fn name(&self) -> String {
        let note = self.note.trim();
        match self.stage {
            FocusStage::Channel if !note.is_empty() => {
                let first = note
                    .split(['.', ',', ';', ':', '\n'])
                    .next()
                    .unwrap_or(note)
                    .trim();
                if first.chars().count() <= 40 {
                    first.to_string()
                } else {
                    "A channel".to_string()
                }
            }
            _ => self.stage.label().to_string(),
        }
    }
}

impl FocusStage {
    pub const ALL: [FocusStage; 6] = [
        FocusStage::Acquisition,
        FocusStage::Activation,
        FocusStage::Retention,
        FocusStage::Referral,
        FocusStage::Revenue,
        FocusStage::Channel,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FocusStage::Acquisition => "Acquisition",
            FocusStage::Activation => "Activation",
            FocusStage::Retention => "Retention",
            FocusStage::Referral => "Referral",
            FocusStage::Revenue => "Revenue",
            FocusStage::Channel => "A channel",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            FocusStage::Acquisition => "acquisition",
            FocusStage::Activation => "activation",
            FocusStage::Retention => "retention",
            FocusStage::Referral => "referral",
            FocusStage::Revenue => "revenue",
            FocusStage::Channel => "channel",
        }
    }

    pub fn from_slug(slug: &str) -> Option<FocusStage> {
        FocusStage::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The question that stage answers about the customer's journey.
    pub fn question(self) -> &'static str {
        match self {
            FocusStage::Acquisition => "How many people find out we exist?",
            FocusStage::Activation => "How many of them sign up and become leads?",
            FocusStage::Retention => "How many come back and use us again?",
            FocusStage::Referral => "How many tell others about us?",
            FocusStage::Revenue => "How many end up paying?",
            FocusStage::Channel => "Which channel do we build or fix?",
        }
    }
}

impl Plan {
    /// Adds a focus area unless the plan already has the most a focused plan should.
    pub fn add_focus_area(&mut self, ids: &mut IdGen, stage: FocusStage) -> bool {
        if self.focus_areas.len() >= FOCUS_AREAS_MAX {
            return false;
        }
        self.focus_areas.push(FocusArea {
            id: ids.next("focus"),
            stage,
            note: String::new(),
            rank: String::new(),
            stamp: Stamp::default(),
            edits: Edits::new(),
        });
        true
    }

    /// Adds a "where we are NOT going" line; empty lines are ignored.
    pub fn add_not_going(&mut self, ids: &mut IdGen, text: &str) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.not_going.push(NotGoing {
            id: ids.next("ng"),
            text: text.to_string(),
            ..NotGoing::default()
        });
        true
    }

    /// Removes a "not going" line by id.
    pub fn remove_not_going(&mut self, id: &Id) -> bool {
        let before = self.not_going.len();
        self.not_going.retain(|n| &n.id != id);
        self.not_going.len() != before
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_channel_is_named_as_the_team_named_it() {
        let mut f = FocusArea {
            id: Id::from("f"),
            stage: FocusStage::Channel,
            note: "Partner webinars, with two co-hosts a month".into(),
            rank: String::new(),
            stamp: Stamp::default(),
            edits: Edits::new(),
        };
        assert_eq!(f.name(), "Partner webinars");
        f.note.clear();
        assert_eq!(f.name(), "A channel");
        f.stage = FocusStage::Retention;
        f.note = "Onboarding".into();
        assert_eq!(f.name(), "Retention");
    }

    use super::*;
    use crate::domain::Period;

    #[test]
    fn a_plan_holds_at_most_three_focus_areas() {
        let mut ids = IdGen::new(2);
        let mut p = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
        for stage in [
            FocusStage::Acquisition,
            FocusStage::Activation,
            FocusStage::Revenue,
        ] {
            assert!(p.add_focus_area(&mut ids, stage));
        }
        assert!(!p.add_focus_area(&mut ids, FocusStage::Referral));
        assert_eq!(p.focus_areas.len(), FOCUS_AREAS_MAX);
    }

    #[test]
    fn not_going_lines_are_trimmed_and_never_empty() {
        let mut ids = IdGen::new(2);
        let mut p = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
        let mut ids = IdGen::new(3);
        assert!(p.add_not_going(&mut ids, "  No TikTok this quarter "));
        assert!(!p.add_not_going(&mut ids, "   "));
        assert_eq!(p.not_going.len(), 1);
        assert_eq!(p.not_going[0].text, "No TikTok this quarter");
        let id = p.not_going[0].id.clone();
        assert!(p.remove_not_going(&id));
        assert!(p.not_going.is_empty());
    }

    #[test]
    fn stage_slugs_round_trip_and_every_stage_asks_a_question() {
        for s in FocusStage::ALL {
            assert_eq!(FocusStage::from_slug(s.slug()), Some(s));
            assert!(s.question().ends_with('?'));
        }
    }
}
