//! The plan as a sheet: one row per key result, for Excel and Sheets (CSV) or for the
//! clipboard (tab-separated, which a spreadsheet pastes as cells). Reading it back with
//! `read_sheet` gives the same objectives and key results with their latest reading.

use crate::domain::trends::analyze_key_result;
use crate::domain::{KrKind, Plan, Unit};
use crate::format::csv::text_cell;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// Comma-separated, CRLF, for a file.
    Csv,
    /// Tab-separated, for "copy as a table".
    Tsv,
}

pub const SHEET_HEADER: [&str; 14] = [
    "Objective",
    "Key result",
    "Metric",
    "Unit",
    "Kind",
    "Start value",
    "Target",
    "Current",
    "Progress",
    "Status",
    "Confidence",
    "Owner",
    "Period",
    "As of",
];

/// The plan's key results as a sheet, with status and progress as of `today`. An
/// objective with no key results still gets a row, so it comes back on import.
pub fn plan_sheet(plan: &Plan, today: NaiveDate, kind: SheetKind) -> String {
    let mut out = String::new();
    push(
        &mut out,
        kind,
        SHEET_HEADER.iter().map(|h| h.to_string()).collect(),
    );
    let period = period_cell(plan);
    for objective in &plan.objectives {
        if objective.key_results.is_empty() {
            let mut row = vec![String::new(); SHEET_HEADER.len()];
            row[0] = objective.title.clone();
            row[12] = period.clone();
            push(&mut out, kind, row);
        }
        for kr in &objective.key_results {
            let trend = analyze_key_result(kr, plan.period, today);
            let latest = kr.latest_check_in();
            let row = vec![
                objective.title.clone(),
                kr.title.clone(),
                kr.metric.clone(),
                unit_cell(&kr.unit),
                kind_cell(kr.kind),
                number_cell(kr.baseline, &kr.unit),
                number_cell(kr.target, &kr.unit),
                number_cell(latest.map(|c| c.value), &kr.unit),
                trend
                    .progress
                    .map(|p| format!("{}%", (p * 100.0).round()))
                    .unwrap_or_default(),
                if latest.is_some() {
                    trend.status.label().to_string()
                } else {
                    String::new()
                },
                latest
                    .map(|c| c.confidence.slug().to_string())
                    .unwrap_or_default(),
                kr.owner.clone(),
                period.clone(),
                latest.map(|c| c.date.to_string()).unwrap_or_default(),
            ];
            push(&mut out, kind, row);
        }
    }
    out
}

fn push(out: &mut String, kind: SheetKind, cells: Vec<String>) {
    let sep = match kind {
        SheetKind::Csv => ",",
        SheetKind::Tsv => "\t",
    };
    let cells: Vec<String> = cells
        .iter()
        .map(|c| match kind {
            SheetKind::Csv => text_cell(c),
            // Spreadsheets read quoted cells when pasting too; a tab inside a cell would
            // split it, so it needs the quotes.
            SheetKind::Tsv if c.contains(['\t', '\n', '"']) => text_cell(&c.replace('\t', " ")),
            SheetKind::Tsv => text_cell(c),
        })
        .collect();
    out.push_str(&cells.join(sep));
    out.push_str("\r\n");
}

fn period_cell(plan: &Plan) -> String {
    let label = plan.period.label();
    if crate::domain::Period::parse_quarter(&label).is_ok() {
        label
    } else {
        format!("{} to {}", plan.period.start, plan.period.end)
    }
}

fn unit_cell(unit: &Unit) -> String {
    match unit {
        Unit::Count => "#".into(),
        Unit::Percent => "%".into(),
        Unit::Currency { code } => code.clone(),
        Unit::Duration => "time".into(),
    }
}

/// "stay above": the kind as people write it (its slug, with spaces).
fn kind_cell(kind: KrKind) -> String {
    kind.slug().replace('_', " ")
}

/// Numbers as the sheet reads them back exactly: no grouping, durations as h:mm:ss.
fn number_cell(value: Option<f64>, unit: &Unit) -> String {
    let Some(v) = value else {
        return String::new();
    };
    if *unit == Unit::Duration && v >= 0.0 && v.fract() == 0.0 && v < 1e9 {
        let s = v as u64;
        return if s >= 3600 {
            format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
        } else {
            format!("{}:{:02}", s / 60, s % 60)
        };
    }
    v.to_string()
}
