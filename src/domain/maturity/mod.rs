//! The maturity coach: tells a measurable key result from a milestone, a task or a wish,
//! explains why in plain words, and checks objectives and plans for focus.
//!
//! Everything is rule-based and offline: word lists in `lexicon.rs`, features in
//! `analysis.rs`, `shapes.rs` and `states.rs`, verdicts in `verdict.rs`, the assessment
//! that explains them in `kr.rs`. It is measured on labelled key results (`eval.rs`,
//! `okr lint --eval`), not trusted on faith.

mod analysis;
mod checklist;
mod claims;
mod classes;
mod counts;
pub mod eval;
mod findings;
mod head;
mod highlight;
mod hints;
mod index;
mod kr;
mod lexicon;
mod objective;
mod patterns;
mod plan;
mod rewrite;
mod shapes;
mod stated;
mod states;
mod tokens;
mod verdict;

pub use checklist::{
    checklist_status, AnsweredBy, Checklist, ChecklistGroup, ChecklistItem, ChecklistItemStatus,
    CHECKLIST,
};
pub use highlight::highlight;
pub use kr::{assess_key_result, assess_text, key_result_verdict};
pub use objective::check_objective;
pub use plan::{check_plan, PlanFinding};
pub use stated::{stated_numbers, Stated};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What kind of key result this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A measurable outcome whose progress can be read at any point.
    Mature,
    /// A milestone: done or not done.
    Binary,
    /// An activity or output: effort, not a result.
    Task,
    /// No measure and no milestone: a wish.
    Vague,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Mature,
        Verdict::Binary,
        Verdict::Task,
        Verdict::Vague,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Mature => "mature",
            Verdict::Binary => "binary",
            Verdict::Task => "task",
            Verdict::Vague => "vague",
        }
    }

    /// Position in `ALL`, for tables such as the confusion matrix.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Verdict {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Verdict::ALL
            .into_iter()
            .find(|v| v.as_str() == s.trim())
            .ok_or_else(|| {
                format!(
                    "unknown label \"{}\" (expected mature, binary, task or vague)",
                    s.trim()
                )
            })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// Likely to cause trouble during the quarter.
    Warning,
    /// The key result or plan does not work as written.
    Problem,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Problem => "problem",
        }
    }
}

/// A byte range `[start, end)` of the checked text, for highlighting the trigger words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One thing the coach noticed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable identifier: "binary-milestone", "task-output", "vague-wish", "no-baseline",
    /// "relative-no-baseline", "routine-kpi", "volatile-metric", "how-in-key-result",
    /// "weak-title", "target-wrong-way", "metric-in-objective", "objective-is-kpi",
    /// "objective-is-project", "superlative", "long-objective", "empty-objective".
    pub code: &'static str,
    pub severity: Severity,
    /// Plain words for a marketing lead.
    pub message: String,
    pub span: Option<Span>,
}

impl Finding {
    pub(crate) fn new(
        code: &'static str,
        severity: Severity,
        message: impl Into<String>,
        span: Option<Span>,
    ) -> Self {
        Finding {
            code,
            severity,
            message: message.into(),
            span,
        }
    }
}

/// The coach's reading of one key result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KrAssessment {
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
    /// Questions that turn a weak key result into a measurable one (empty when mature).
    pub questions: Vec<&'static str>,
    /// A measurable rewrite, with `<placeholders>` where the coach cannot know the numbers.
    pub suggestion: Option<String>,
}

impl KrAssessment {
    pub fn is_mature(&self) -> bool {
        self.verdict == Verdict::Mature
    }
}
