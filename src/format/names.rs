//! Download file names, after team and period: `growth-marketing-2027-q1.okr.json`.

use crate::domain::{Period, Plan};

/// What every plan file name ends with, so people and the file picker recognise it.
pub const PLAN_FILE_SUFFIX: &str = ".okr.json";
/// Keeps names well under every file system's limit, with room for "(1)" copies.
const MAX_STEM_CHARS: usize = 80;

/// The name to download `plans` under: one plan gives `team-period`, several give the team
/// they share (or "all-teams") and the periods they span.
pub fn file_name(plans: &[Plan]) -> String {
    format!("{}{PLAN_FILE_SUFFIX}", stem(plans))
}

/// The name for a plan's check-ins as CSV: `growth-marketing-2027-q1-check-ins.csv`.
pub fn csv_file_name(plan: &Plan) -> String {
    format!("{}-check-ins.csv", stem(std::slice::from_ref(plan)))
}

/// The plan as a sheet, one row per key result.
pub fn sheet_file_name(plan: &Plan) -> String {
    format!("{}-key-results.csv", stem(std::slice::from_ref(plan)))
}

/// The weekly check-in reminder, for a calendar.
pub fn reminder_file_name(plan: &Plan) -> String {
    format!("{}-check-in.ics", stem(std::slice::from_ref(plan)))
}

fn stem(plans: &[Plan]) -> String {
    let (Some(first), Some(last)) = (
        plans.iter().min_by_key(|p| p.period.start),
        plans.iter().max_by_key(|p| p.period.end),
    ) else {
        return "okr-studio-plans".into();
    };
    let first_team = slug(&first.team);
    let team = if !plans.iter().all(|p| slug(&p.team) == first_team) {
        "all-teams"
    } else if first_team.is_empty() {
        "untitled-team"
    } else {
        &first_team
    };
    let period = if plans.len() == 1 || first.period == last.period {
        period_slug(&first.period)
    } else {
        let from = period_slug(&first.period);
        let to = period_slug(&last.period);
        let from = from.split("-to-").next().unwrap_or_default();
        let to = to.rsplit("-to-").next().unwrap_or_default();
        format!("{from}-to-{to}")
    };
    let stem = format!("{team}-{period}");
    let cut: String = stem.chars().take(MAX_STEM_CHARS).collect();
    cut.trim_end_matches('-').to_string()
}

/// "2027-q1" for a quarter, "2027-01-15-to-2027-03-15" for custom dates.
fn period_slug(period: &Period) -> String {
    let label = period.label();
    if label.contains('–') {
        format!("{}-to-{}", period.start, period.end)
    } else {
        slug(&label)
    }
}

/// Lower-case letters and digits (any script), other runs of characters made one `-`:
/// nothing a file system, a shell or a download bar could misread.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
