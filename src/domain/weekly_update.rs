//! This week's update for the team, written from the plan: per objective what moved since
//! last week (value and progress), status and confidence changes, the trend flags worth
//! a word, the owners' notes, and who has not checked in. It reads well outside the app
//! (numbers with their units, no ids), as plain text or as Markdown for Slack, Teams and
//! email. Hosted tools send it from a server; here the person sends it.

use super::display::{fmt_date, fmt_day, fmt_number, fmt_value};
use super::model::{CheckIn, Confidence, KeyResult, Plan, Unit};
use super::progress::percent_label;
use super::trends::{analyze_key_result, analyze_plan, Flag, Status};
use chrono::{Days, NaiveDate};

/// The update, as plain data; `text` and `markdown` write it.
#[derive(Debug, Clone, PartialEq)]
pub struct WeeklyUpdate {
    pub title: String,
    pub as_of: NaiveDate,
    /// "Day 60 of 90 · progress 48% (expected 66%)".
    pub standing: String,
    pub objectives: Vec<ObjectiveLines>,
    /// "Ana: Cut cost per lead", one per key result with no check-in this week.
    pub not_checked_in: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveLines {
    pub title: String,
    pub progress: Option<String>,
    pub key_results: Vec<KeyResultLines>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyResultLines {
    pub title: String,
    /// "14,500 (+1,200 since last week), progress 30% → 36%", or "no check-in yet".
    pub moved: String,
    /// "on track", or "at risk (was on track)".
    pub status: String,
    /// "green", or "yellow (was green)"; empty without a check-in.
    pub confidence: String,
    pub flags: Vec<&'static str>,
    /// This week's notes, with their owner: "Ana: the guide ranks on page one".
    pub notes: Vec<String>,
}

/// The flags an update mentions; "stale" is said by the list of who has not checked in.
const WORTH_A_WORD: [Flag; 5] = [
    Flag::HotStartSlowdown,
    Flag::Stalled,
    Flag::ConfidenceFalling,
    Flag::AheadButRed,
    Flag::BehindButGreen,
];

/// The update for the week ending `as_of` (the seven days up to and including it).
pub fn weekly_update(plan: &Plan, as_of: NaiveDate) -> WeeklyUpdate {
    let week_ago = as_of - Days::new(7);
    let trend = analyze_plan(plan, as_of);
    let day = (as_of - plan.period.start).num_days() + 1;
    let when = if day < 1 {
        "Not started yet".to_string()
    } else if as_of > plan.period.end {
        "The period is over".to_string()
    } else {
        format!("Day {day} of {}", plan.period.days())
    };
    let standing = match trend.progress {
        Some(p) => format!(
            "{when} · progress {} (expected {})",
            percent_label(p),
            percent_label(trend.expected)
        ),
        None => when,
    };
    let mut not_checked_in = Vec::new();
    let objectives = plan
        .objectives
        .iter()
        .zip(&trend.objectives)
        .map(|(o, t)| ObjectiveLines {
            title: o.title.clone(),
            progress: t.progress.map(percent_label),
            key_results: o
                .key_results
                .iter()
                .map(|kr| {
                    if !kr
                        .check_ins
                        .iter()
                        .any(|c| c.date > week_ago && c.date <= as_of)
                    {
                        not_checked_in.push(match kr.owner.trim() {
                            "" => format!("(no owner): {}", kr.title),
                            owner => format!("{owner}: {}", kr.title),
                        });
                    }
                    key_result_lines(plan, kr, as_of, week_ago)
                })
                .collect(),
        })
        .collect();
    WeeklyUpdate {
        title: plan.title(),
        as_of,
        standing,
        objectives,
        not_checked_in,
    }
}

fn latest_on(kr: &KeyResult, day: NaiveDate) -> Option<&CheckIn> {
    kr.check_ins
        .iter()
        .enumerate()
        .filter(|(_, c)| c.date <= day)
        .max_by_key(|(i, c)| (c.date, *i))
        .map(|(_, c)| c)
}

fn key_result_lines(
    plan: &Plan,
    kr: &KeyResult,
    as_of: NaiveDate,
    week_ago: NaiveDate,
) -> KeyResultLines {
    let now = analyze_key_result(kr, plan.period, as_of);
    let before = analyze_key_result(kr, plan.period, week_ago);
    let (latest, earlier) = (latest_on(kr, as_of), latest_on(kr, week_ago));
    let moved = match latest {
        None => "no check-in yet".to_string(),
        Some(c) => {
            let mut s = fmt_value(c.value, &kr.unit);
            match earlier {
                // The same reading as a week ago: nothing new came in.
                _ if c.date <= week_ago => {
                    s.push_str(&format!(" (last check-in {})", fmt_day(c.date)));
                }
                Some(e) if e.value != c.value => {
                    let change = c.value - e.value;
                    let sign = if change > 0.0 { "+" } else { "-" };
                    // A rate moves in points: "+0.3 points", not "+0.3%".
                    let size = match kr.unit {
                        Unit::Percent => format!("{} points", fmt_number(change.abs())),
                        _ => fmt_value(change.abs(), &kr.unit),
                    };
                    s.push_str(&format!(" ({sign}{size} since last week)"));
                }
                Some(_) => s.push_str(" (no change since last week)"),
                None => s.push_str(" (first check-in)"),
            }
            match (before.progress.filter(|_| earlier.is_some()), now.progress) {
                (Some(b), Some(n)) if percent_label(b) != percent_label(n) => {
                    s.push_str(&format!(
                        ", progress {} → {}",
                        percent_label(b),
                        percent_label(n)
                    ));
                }
                (_, Some(n)) => s.push_str(&format!(", progress {}", percent_label(n))),
                _ => {}
            }
            s
        }
    };
    let status = if before.status != now.status && before.status != Status::Pending {
        format!("{} (was {})", now.status.label(), before.status.label())
    } else {
        now.status.label().to_string()
    };
    let confidence = match (latest.map(|c| c.confidence), earlier.map(|c| c.confidence)) {
        (Some(n), Some(b)) if n != b => format!("{} (was {})", colour(n), colour(b)),
        (Some(n), _) => colour(n).to_string(),
        (None, _) => String::new(),
    };
    let owner = kr.owner.trim();
    let notes = kr
        .check_ins
        .iter()
        .filter(|c| c.date > week_ago && c.date <= as_of && !c.note.trim().is_empty())
        .map(|c| match owner {
            "" => c.note.trim().to_string(),
            o => format!("{o}: {}", c.note.trim()),
        })
        .collect();
    KeyResultLines {
        title: kr.title.clone(),
        moved,
        status,
        confidence,
        flags: now
            .flags
            .iter()
            .filter(|f| WORTH_A_WORD.contains(f))
            .map(|f| f.label())
            .collect(),
        notes,
    }
}

fn colour(c: Confidence) -> &'static str {
    c.slug()
}

impl WeeklyUpdate {
    /// Plain text, for email or any chat.
    pub fn text(&self) -> String {
        let mut out = format!(
            "{}: week to {}\n{}\n",
            self.title,
            fmt_date(self.as_of),
            self.standing
        );
        for (n, o) in self.objectives.iter().enumerate() {
            let progress = o
                .progress
                .as_ref()
                .map(|p| format!(" (progress {p})"))
                .unwrap_or_default();
            out.push_str(&format!("\n{}. {}{progress}\n", n + 1, o.title));
            for k in &o.key_results {
                out.push_str(&format!("   - {}: {}\n", k.title, k.moved));
                out.push_str(&format!("     {}{}\n", k.status, dot(&k.confidence)));
                if !k.flags.is_empty() {
                    out.push_str(&format!("     Watch: {}\n", k.flags.join(", ")));
                }
                for note in &k.notes {
                    out.push_str(&format!("     Note, {note}\n"));
                }
            }
        }
        out.push_str(&self.missing_text("\n", "- "));
        out
    }

    /// Markdown, for Slack, Teams and email clients that render it.
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "## {}: week to {}\n\n{}\n",
            self.title,
            fmt_date(self.as_of),
            self.standing
        );
        for o in &self.objectives {
            let progress = o
                .progress
                .as_ref()
                .map(|p| format!(" (progress {p})"))
                .unwrap_or_default();
            out.push_str(&format!("\n### {}{progress}\n\n", o.title));
            for k in &o.key_results {
                out.push_str(&format!(
                    "- **{}**: {}. *{}*{}\n",
                    k.title,
                    k.moved,
                    k.status,
                    dot(&k.confidence)
                ));
                if !k.flags.is_empty() {
                    out.push_str(&format!("  - Watch: {}\n", k.flags.join(", ")));
                }
                for note in &k.notes {
                    out.push_str(&format!("  - Note, {note}\n"));
                }
            }
        }
        out.push_str(&self.missing_text("\n**", "- "));
        out
    }

    fn missing_text(&self, heading: &str, bullet: &str) -> String {
        if self.not_checked_in.is_empty() {
            return format!(
                "{heading}Everyone checked in this week.{}\n",
                close(heading)
            );
        }
        let mut out = format!("{heading}Not checked in this week:{}\n", close(heading));
        for m in &self.not_checked_in {
            out.push_str(&format!("{bullet}{m}\n"));
        }
        out
    }
}

fn close(heading: &str) -> &'static str {
    if heading.ends_with("**") {
        "**"
    } else {
        ""
    }
}

fn dot(confidence: &str) -> String {
    if confidence.is_empty() {
        String::new()
    } else {
        format!(" · confidence {confidence}")
    }
}
