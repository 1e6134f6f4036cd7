//! End-of-period scoring. A grade is progress clamped to 0..=1; the labels read 0.6-0.8 as
//! success, because a team that always scores 1.0 set its targets too low, and a low score
//! after an honest stretch is something to learn from, not to punish.

use super::EPS;

/// Shown when there is nothing to grade (no measurable key result).
pub(crate) const NOT_GRADED: &str = "Not graded";

/// Progress clamped to 0..=1; `None` stays `None` (nothing measurable).
pub fn grade(progress: Option<f64>) -> Option<f64> {
    progress.filter(|p| !p.is_nan()).map(|p| p.clamp(0.0, 1.0))
}

/// The words for a grade. Bands (lower bound inclusive):
/// 0.0 "Learning", 0.3 "Progress made", 0.6 "Landed", 0.8 "Strong stretch", 1.0 "Target reached".
pub fn grade_label(grade: f64) -> &'static str {
    if grade.is_nan() {
        return NOT_GRADED;
    }
    // A grade that prints as 0.60 must read as landed even if it is 0.5999999999.
    let g = grade + EPS;
    if g >= 1.0 {
        "Target reached"
    } else if g >= 0.8 {
        "Strong stretch"
    } else if g >= 0.6 {
        "Landed"
    } else if g >= 0.3 {
        "Progress made"
    } else {
        "Learning"
    }
}
