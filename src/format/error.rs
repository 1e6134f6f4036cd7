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
}

impl FormatError {
    pub(crate) fn from_json(e: serde_json::Error) -> Self {
        if e.to_string().contains("recursion limit") {
            return FormatError::TooDeep;
        }
        FormatError::NotJson {
            line: e.line(),
            column: e.column(),
        }
    }

    pub(crate) fn from_path(e: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        // serde says "invalid type: string \"x\", expected f64"; people read "expected a number".
        let message = match inner.split_once("expected ") {
            Some((_, what)) => format!("expected {}", plain_type(what)),
            None => inner,
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
        }
    }
}

impl std::error::Error for FormatError {}
