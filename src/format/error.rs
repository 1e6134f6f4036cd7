use super::locate::Place;
use std::fmt;

/// Why a file or stored state could not be read. Each variant has a message for the user.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatError {
    /// Not JSON at all: a text file, a spreadsheet, a damaged download.
    NotJson {
        line: usize,
        column: usize,
    },
    /// Valid JSON, but not something OKR Studio wrote.
    NotOurs,
    /// Written by a newer OKR Studio; reading it here could drop what this version doesn't know.
    NewerVersion {
        found: u64,
        supported: u32,
    },
    /// Ours, but a value has the wrong shape; `path` names the place.
    Invalid {
        path: String,
        message: String,
    },
    /// Nested deeper than any plan could be.
    TooDeep,
    Unwritable(String),
    /// Bigger than any real plan file; refused before reading so the tab stays responsive.
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Two records share an id, so merges could not tell them apart. `at` is the second use.
    DuplicateId {
        id: String,
        at: String,
        first: String,
    },
    /// A date before 1970 or after 2200: a typo or a damaged file, never a real check-in.
    DateOutOfRange {
        path: String,
        date: String,
    },
    /// A period whose last day comes before its first.
    PeriodReversed {
        path: String,
    },
    /// A number that is infinite, not a number, or too large to be a real figure.
    /// `path` names the field, or the line and column when the text itself holds it.
    NumberOutOfRange {
        path: String,
    },
    /// A text longer than anyone would type into that field.
    TextTooLong {
        path: String,
        chars: usize,
        limit: usize,
    },
    /// More records than one file may hold.
    TooManyRecords {
        count: usize,
        limit: usize,
    },
    /// An older version this build no longer knows how to bring up to date.
    MigrationFailed {
        from: u64,
        why: String,
    },
    /// A share link that is cut short, changed, or not a share link at all.
    BadShareLink(&'static str),
}

impl FormatError {
    pub(crate) fn from_json(e: serde_json::Error) -> Self {
        let text = e.to_string();
        if text.contains("recursion limit") {
            return FormatError::TooDeep;
        }
        // JSON allows 1e999, but no plan figure is that large: say so instead of "not JSON".
        if text.contains("number out of range") {
            return FormatError::NumberOutOfRange {
                path: format!("line {}, column {}", e.line(), e.column()),
            };
        }
        FormatError::NotJson {
            line: e.line(),
            column: e.column(),
        }
    }

    /// A typed read of `text` failed: name the place by its path, and say what was
    /// expected there in plain words.
    pub(crate) fn from_typed(e: serde_json::Error, text: &str) -> Self {
        let inner = e.to_string();
        if inner.contains("recursion limit") {
            return FormatError::TooDeep;
        }
        // The text is known to be valid JSON here (its envelope was read, or it was just
        // written from a JSON tree), so even serde_json's syntax errors are about shape:
        // a list where a choice belongs reads as "expected value".
        let number_too_large = inner.starts_with("number out of range");
        let place = if inner.starts_with("missing field ") {
            Place::ObjectEnd
        } else if inner.starts_with("expected value") {
            Place::Opened
        } else {
            Place::Value
        };
        let path = super::locate::path_at(text, e.line(), e.column(), place);
        if number_too_large {
            return FormatError::NumberOutOfRange { path };
        }
        // serde adds "at line 3 column 20"; the path already names the place.
        let inner = match inner.rsplit_once(" at line ") {
            Some((message, _)) => message.to_string(),
            None => inner,
        };
        // serde says "invalid type: string \"x\", expected f64"; people read "expected a number".
        let message = if let Some((_, what)) = inner.split_once("expected ") {
            format!("expected {}", plain_type(what).replace('`', ""))
        } else if let Some(field) = inner.strip_prefix("missing field ") {
            format!("the field {} is missing", field.replace('`', "\""))
        } else {
            inner.replace('`', "")
        };
        FormatError::Invalid { path, message }
    }
}

fn plain_type(serde_name: &str) -> String {
    let name = serde_name.trim();
    match name {
        "f64" | "f32" | "i64" | "u64" | "u32" | "usize" => "a number".into(),
        "a string" | "a borrowed string" => "text".into(),
        "struct Plan" | "struct Objective" | "struct KeyResult" | "struct CheckIn" => {
            format!("an object ({})", &name[7..])
        }
        _ if name.starts_with("a sequence") => "a list".into(),
        "value" => "a value of another kind".into(),
        _ if name.starts_with("YYYY-MM-DD") || name.contains("date") => {
            "a date like 2027-01-31".into()
        }
        _ => name.to_string(),
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::NotJson { line, column } => write!(
                f,
                "This is not a plan file: it is not valid JSON (line {line}, column {column})."
            ),
            FormatError::NotOurs => {
                f.write_str("This file was not made by OKR Studio, so there is nothing to import.")
            }
            FormatError::NewerVersion { found, supported } => write!(
                f,
                "This file comes from a newer OKR Studio (format version {found}; this one reads up to {supported}). Update the app to open it."
            ),
            FormatError::Invalid { path, message } => write!(f, "{path}: {message}"),
            FormatError::TooDeep => f.write_str(
                "This file is nested far deeper than any plan, so it was not read.",
            ),
            FormatError::Unwritable(why) => write!(f, "The plan could not be written: {why}"),
            FormatError::TooLarge { bytes, limit } => write!(
                f,
                "This file is {} MB; plan files over {} MB are not read. Export one plan at a time instead.",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            FormatError::DuplicateId { id, at, first } => {
                write!(f, "{at}: \"{id}\" is used twice (also at {first})")
            }
            FormatError::DateOutOfRange { path, date } => write!(
                f,
                "{path}: the date {date} is outside the years {}-{}",
                super::validate::MIN_YEAR,
                super::validate::MAX_YEAR
            ),
            FormatError::PeriodReversed { path } => {
                write!(f, "{path}: the period ends before it starts")
            }
            FormatError::NumberOutOfRange { path } => write!(
                f,
                "{path}: expected a number no bigger than a million billion"
            ),
            FormatError::TextTooLong { path, chars, limit } => write!(
                f,
                "{path}: this text is {chars} characters long; the most allowed is {limit}"
            ),
            FormatError::TooManyRecords { count, limit } => write!(
                f,
                "This file holds {count} records (objectives, key results, check-ins and the like); one file may hold at most {limit}."
            ),
            FormatError::MigrationFailed { from, why } => write!(
                f,
                "This file uses format version {from}, which could not be brought up to date: {why}."
            ),
            FormatError::BadShareLink(why) => write!(
                f,
                "This share link does not open: {why}. Ask for the link again, or for the plan as a file."
            ),
        }
    }
}

impl std::error::Error for FormatError {}

/// "52.4" for 52.4 MB: one decimal is enough to compare with the limit.
fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb.fract() == 0.0 {
        format!("{mb:.0}")
    } else {
        format!("{mb:.1}")
    }
}
