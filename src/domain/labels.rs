//! Names, slugs and labels of the model's choices, as pickers and files show them.

use super::model::{KrKind, ProjectStatus, Unit};

impl KrKind {
    pub const ALL: [KrKind; 5] = [
        KrKind::Increase,
        KrKind::Decrease,
        KrKind::StayAbove,
        KrKind::StayBelow,
        KrKind::Milestone,
    ];

    pub fn label(self) -> &'static str {
        match self {
            KrKind::Increase => "Increase",
            KrKind::Decrease => "Decrease",
            KrKind::StayAbove => "Stay above",
            KrKind::StayBelow => "Stay below",
            KrKind::Milestone => "Milestone (done or not)",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            KrKind::Increase => "increase",
            KrKind::Decrease => "decrease",
            KrKind::StayAbove => "stay_above",
            KrKind::StayBelow => "stay_below",
            KrKind::Milestone => "milestone",
        }
    }

    pub fn from_slug(slug: &str) -> Option<KrKind> {
        KrKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// Whether the key result has a baseline, or only a threshold / nothing.
    pub fn has_baseline(self) -> bool {
        matches!(self, KrKind::Increase | KrKind::Decrease)
    }
}

impl ProjectStatus {
    pub const ALL: [ProjectStatus; 5] = [
        ProjectStatus::Idea,
        ProjectStatus::Running,
        ProjectStatus::Worked,
        ProjectStatus::Failed,
        ProjectStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ProjectStatus::Idea => "Idea",
            ProjectStatus::Running => "Running",
            ProjectStatus::Worked => "Worked: double down",
            ProjectStatus::Failed => "Failed: stop, move on",
            ProjectStatus::Dropped => "Dropped",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ProjectStatus::Idea => "idea",
            ProjectStatus::Running => "running",
            ProjectStatus::Worked => "worked",
            ProjectStatus::Failed => "failed",
            ProjectStatus::Dropped => "dropped",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ProjectStatus> {
        ProjectStatus::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

impl Unit {
    /// A short name for pickers: "count", "%", "USD", "duration".
    pub fn slug(&self) -> String {
        match self {
            Unit::Count => "count".into(),
            Unit::Percent => "percent".into(),
            Unit::Currency { code } => format!("currency:{code}"),
            Unit::Duration => "duration".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Unit> {
        match slug {
            "count" => Some(Unit::Count),
            "percent" => Some(Unit::Percent),
            "duration" => Some(Unit::Duration),
            _ => slug.strip_prefix("currency:").map(|code| Unit::Currency {
                code: code.trim().to_ascii_uppercase(),
            }),
        }
    }

    pub fn label(&self) -> String {
        match self {
            Unit::Count => "Count".into(),
            Unit::Percent => "Percent (%)".into(),
            Unit::Currency { code } => format!("Currency ({code})"),
            Unit::Duration => "Duration".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picker_slugs_round_trip() {
        for k in KrKind::ALL {
            assert_eq!(KrKind::from_slug(k.slug()), Some(k));
        }
        for s in ProjectStatus::ALL {
            assert_eq!(ProjectStatus::from_slug(s.slug()), Some(s));
        }
        for u in [
            Unit::Count,
            Unit::Percent,
            Unit::Duration,
            Unit::Currency { code: "EUR".into() },
        ] {
            assert_eq!(Unit::from_slug(&u.slug()), Some(u));
        }
        assert_eq!(
            Unit::from_slug("currency:usd"),
            Some(Unit::Currency { code: "USD".into() })
        );
        assert_eq!(KrKind::from_slug("sideways"), None);
    }
}
