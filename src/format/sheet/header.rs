//! Finds the header row and reads each column's name as a field, with the names real
//! templates and exports use ("KR", "Owner email", "Target value", "key_result_1_title").

use super::cells::Row;
use serde::Serialize;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Objective,
    KeyResult,
    /// Says whether the row is an objective or a key result.
    RowType,
    Metric,
    Unit,
    Direction,
    Baseline,
    Target,
    Current,
    Progress,
    Confidence,
    /// "On track" / "at risk": read as confidence when there is no confidence column.
    Status,
    Owner,
    Start,
    Due,
    Period,
    /// The date of the current value.
    AsOf,
    Description,
    Team,
}

/// Every field, in the order the mapping choice lists them.
pub const FIELDS: [Field; 19] = [
    Field::Objective,
    Field::KeyResult,
    Field::RowType,
    Field::Metric,
    Field::Unit,
    Field::Direction,
    Field::Baseline,
    Field::Target,
    Field::Current,
    Field::Progress,
    Field::Confidence,
    Field::Status,
    Field::Owner,
    Field::Start,
    Field::Due,
    Field::Period,
    Field::AsOf,
    Field::Description,
    Field::Team,
];

impl Field {
    /// How the preview names it.
    pub fn label(self) -> &'static str {
        match self {
            Field::Objective => "Objective",
            Field::KeyResult => "Key result",
            Field::RowType => "Row type (objective or key result)",
            Field::Metric => "Metric",
            Field::Unit => "Unit",
            Field::Direction => "Direction (increase, decrease…)",
            Field::Baseline => "Start value (baseline)",
            Field::Target => "Target",
            Field::Current => "Current value",
            Field::Progress => "Progress",
            Field::Confidence => "Confidence",
            Field::Status => "Status",
            Field::Owner => "Owner",
            Field::Start => "Start date",
            Field::Due => "Due date",
            Field::Period => "Period",
            Field::AsOf => "Date of the current value",
            Field::Description => "Description",
            Field::Team => "Team",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Field::Objective => "objective",
            Field::KeyResult => "key-result",
            Field::RowType => "type",
            Field::Metric => "metric",
            Field::Unit => "unit",
            Field::Direction => "direction",
            Field::Baseline => "baseline",
            Field::Target => "target",
            Field::Current => "current",
            Field::Progress => "progress",
            Field::Confidence => "confidence",
            Field::Status => "status",
            Field::Owner => "owner",
            Field::Start => "start",
            Field::Due => "due",
            Field::Period => "period",
            Field::AsOf => "as-of",
            Field::Description => "description",
            Field::Team => "team",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Field> {
        FIELDS.iter().copied().find(|f| f.slug() == slug)
    }

    /// Fields that hold numbers, for finding the sheet's decimal mark.
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Field::Baseline | Field::Target | Field::Current | Field::Progress
        )
    }

    pub fn is_date(self) -> bool {
        matches!(self, Field::Start | Field::Due | Field::AsOf)
    }
}

/// Column names and the field each means, after `normalise`.
const NAMES: &[(&str, Field)] = &[
    ("objective", Field::Objective),
    ("objectives", Field::Objective),
    ("objective title", Field::Objective),
    ("objective name", Field::Objective),
    ("goal", Field::Objective),
    ("goal title", Field::Objective),
    ("goal name", Field::Objective),
    ("key result", Field::KeyResult),
    ("key results", Field::KeyResult),
    ("key result title", Field::KeyResult),
    ("key result name", Field::KeyResult),
    ("kr", Field::KeyResult),
    ("krs", Field::KeyResult),
    ("kr title", Field::KeyResult),
    ("kr name", Field::KeyResult),
    ("result", Field::KeyResult),
    ("name", Field::KeyResult),
    ("title", Field::KeyResult),
    ("type", Field::RowType),
    ("row type", Field::RowType),
    ("item type", Field::RowType),
    ("level", Field::RowType),
    ("metric", Field::Metric),
    ("metric name", Field::Metric),
    ("measure", Field::Metric),
    ("kpi", Field::Metric),
    ("unit", Field::Unit),
    ("units", Field::Unit),
    ("metric type", Field::Unit),
    ("unit of measure", Field::Unit),
    ("measurement", Field::Unit),
    ("format", Field::Unit),
    ("direction", Field::Direction),
    ("kind", Field::Direction),
    ("trend", Field::Direction),
    ("goal type", Field::Direction),
    ("start value", Field::Baseline),
    ("baseline", Field::Baseline),
    ("baseline value", Field::Baseline),
    ("initial", Field::Baseline),
    ("initial value", Field::Baseline),
    ("starting value", Field::Baseline),
    ("from", Field::Baseline),
    ("target", Field::Target),
    ("target value", Field::Target),
    ("goal value", Field::Target),
    ("end value", Field::Target),
    ("to", Field::Target),
    ("current", Field::Current),
    ("current value", Field::Current),
    ("actual", Field::Current),
    ("actual value", Field::Current),
    ("value", Field::Current),
    ("latest value", Field::Current),
    ("progress", Field::Progress),
    ("progress %", Field::Progress),
    ("completion", Field::Progress),
    ("completion %", Field::Progress),
    ("score", Field::Progress),
    ("% complete", Field::Progress),
    ("percent complete", Field::Progress),
    ("confidence", Field::Confidence),
    ("confidence level", Field::Confidence),
    ("health", Field::Confidence),
    ("status", Field::Status),
    ("state", Field::Status),
    ("rag", Field::Status),
    ("rag status", Field::Status),
    ("owner", Field::Owner),
    ("owners", Field::Owner),
    ("owner email", Field::Owner),
    ("owner name", Field::Owner),
    ("lead", Field::Owner),
    ("assignee", Field::Owner),
    ("assigned to", Field::Owner),
    ("responsible", Field::Owner),
    ("start", Field::Start),
    ("start date", Field::Start),
    ("starts", Field::Start),
    ("starts at", Field::Start),
    ("begin", Field::Start),
    ("due", Field::Due),
    ("due date", Field::Due),
    ("due at", Field::Due),
    ("end", Field::Due),
    ("end date", Field::Due),
    ("ends at", Field::Due),
    ("deadline", Field::Due),
    ("period", Field::Period),
    ("cycle", Field::Period),
    ("quarter", Field::Period),
    ("session", Field::Period),
    ("timeframe", Field::Period),
    ("time frame", Field::Period),
    ("time period", Field::Period),
    ("as of", Field::AsOf),
    ("date", Field::AsOf),
    ("week", Field::AsOf),
    ("updated", Field::AsOf),
    ("updated at", Field::AsOf),
    ("last updated", Field::AsOf),
    ("check in date", Field::AsOf),
    ("description", Field::Description),
    ("details", Field::Description),
    ("notes", Field::Description),
    ("note", Field::Description),
    ("comment", Field::Description),
    ("comments", Field::Description),
    ("why", Field::Description),
    ("team", Field::Team),
    ("team name", Field::Team),
    ("department", Field::Team),
];

/// Lower case, separators as single spaces, a trailing "(…)" dropped: "Target Value (#)"
/// and "target_value" both read "target value".
pub fn normalise(header: &str) -> String {
    let lower = header.trim().to_lowercase();
    let cut = match lower.find('(') {
        Some(i) if i > 0 => &lower[..i],
        _ => &lower,
    };
    let spaced: String = cut
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '%' {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One column as read: its name, the field it was read as (none: ignored), and for
/// numbered columns ("KR 2 target") the number of the key result it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub index: usize,
    pub header: String,
    pub field: Option<Field>,
    pub group: Option<u32>,
}

/// Reads one column name.
pub fn read_header(index: usize, header: &str) -> Column {
    let name = normalise(header);
    let (field, group) = match numbered(&name) {
        Some((n, rest)) => (numbered_field(&rest), Some(n)),
        None => (lookup(&name), None),
    };
    Column {
        index,
        header: header.trim().to_string(),
        field,
        group: if field.is_some() { group } else { None },
    }
}

fn lookup(name: &str) -> Option<Field> {
    NAMES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// "key result 1 title", "kr2 target", "kpi 1 target value": the number and the rest.
fn numbered(name: &str) -> Option<(u32, String)> {
    let rest = ["key result", "kr", "kpi", "result"]
        .iter()
        .find_map(|p| name.strip_prefix(p))?
        .trim_start();
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let n = digits.parse::<u32>().ok()?;
    Some((n, rest[digits.len()..].trim().to_string()))
}

/// The field of a numbered column's rest: nothing or "title" is the key result itself.
fn numbered_field(rest: &str) -> Option<Field> {
    match rest {
        "" | "title" | "name" => Some(Field::KeyResult),
        "value" | "current" | "current value" | "actual" => Some(Field::Current),
        other => lookup(other).filter(|f| !matches!(f, Field::Objective | Field::RowType)),
    }
}

pub use super::limits::HEADER_SEARCH_ROWS;

/// The first row that names at least two fields, one of them the objective or the key
/// result: its index in `rows` and its columns.
pub fn find_header(rows: &[Row]) -> Option<(usize, Vec<Column>)> {
    rows.iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .find_map(|(i, row)| {
            let columns: Vec<Column> = row
                .cells
                .iter()
                .enumerate()
                .map(|(c, h)| read_header(c, h))
                .collect();
            let named = columns.iter().filter(|c| c.field.is_some()).count();
            let titled = columns
                .iter()
                .any(|c| matches!(c.field, Some(Field::Objective | Field::KeyResult)));
            (named >= 2 && titled).then_some((i, columns))
        })
}
