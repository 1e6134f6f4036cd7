//! Numbers as people type them into key-result fields: "5,000", "1.5%", "$420", "10k".
//! The typed text is always kept by the caller; this only says what it means.

use super::model::KrKind;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum NumberIssue {
    NotANumber(String),
    /// Baseline and target are the same: nothing to move.
    NoDistance,
    /// The target lies on the wrong side of the baseline for the kind.
    WrongDirection(KrKind),
}

impl fmt::Display for NumberIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberIssue::NotANumber(text) => {
                write!(
                    f,
                    "\"{text}\" is not a number: write it like 5000, 12.5 or 1,500"
                )
            }
            NumberIssue::NoDistance => {
                f.write_str("The target equals the baseline, so there is no progress to make.")
            }
            NumberIssue::WrongDirection(KrKind::Decrease) => f.write_str(
                "For a decrease the target must be below the baseline (costs like CPA go down).",
            ),
            NumberIssue::WrongDirection(_) => {
                f.write_str("For an increase the target must be above the baseline.")
            }
        }
    }
}

/// Reads a typed number. Empty text means "not set yet", which is not an error.
pub fn parse_number(text: &str) -> Result<Option<f64>, NumberIssue> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let mut body: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '_' | '$' | '€' | '£' | '%'))
        .collect();
    let multiplier = match body.chars().last().map(|c| c.to_ascii_lowercase()) {
        Some('k') => 1_000.0,
        Some('m') => 1_000_000.0,
        _ => 1.0,
    };
    if multiplier != 1.0 {
        body.pop();
    }
    match body.parse::<f64>() {
        Ok(n) if n.is_finite() => Ok(Some(n * multiplier)),
        _ => Err(NumberIssue::NotANumber(trimmed.to_string())),
    }
}

/// Checks a baseline and target for a key result of `kind`.
pub fn check_span(kind: KrKind, baseline: Option<f64>, target: Option<f64>) -> Option<NumberIssue> {
    let (b, t) = (baseline?, target?);
    match kind {
        KrKind::Increase | KrKind::Decrease if b == t => Some(NumberIssue::NoDistance),
        KrKind::Increase if t < b => Some(NumberIssue::WrongDirection(kind)),
        KrKind::Decrease if t > b => Some(NumberIssue::WrongDirection(kind)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_ways_people_write_numbers() {
        assert_eq!(parse_number("5,000"), Ok(Some(5000.0)));
        assert_eq!(parse_number(" 1.5% "), Ok(Some(1.5)));
        assert_eq!(parse_number("$420"), Ok(Some(420.0)));
        assert_eq!(parse_number("10k"), Ok(Some(10_000.0)));
        assert_eq!(parse_number("2.5M"), Ok(Some(2_500_000.0)));
        assert_eq!(parse_number("-3"), Ok(Some(-3.0)));
        assert_eq!(parse_number(""), Ok(None));
    }

    #[test]
    fn rejects_words_and_infinities_with_the_typed_text() {
        assert_eq!(
            parse_number("lots"),
            Err(NumberIssue::NotANumber("lots".into()))
        );
        assert!(parse_number("1e400").is_err());
        assert!(parse_number("NaN").is_err());
        assert!(parse_number("k").is_err());
    }

    #[test]
    fn the_target_must_be_reachable_in_the_right_direction() {
        use KrKind::*;
        assert_eq!(
            check_span(Increase, Some(10.0), Some(10.0)),
            Some(NumberIssue::NoDistance)
        );
        assert_eq!(
            check_span(Increase, Some(10.0), Some(5.0)),
            Some(NumberIssue::WrongDirection(Increase))
        );
        assert_eq!(
            check_span(Decrease, Some(420.0), Some(500.0)),
            Some(NumberIssue::WrongDirection(Decrease))
        );
        assert_eq!(check_span(Decrease, Some(420.0), Some(300.0)), None);
        assert_eq!(check_span(StayBelow, Some(1.0), Some(1.0)), None);
        assert_eq!(check_span(Increase, None, Some(5.0)), None);
        assert!(NumberIssue::WrongDirection(Decrease)
            .to_string()
            .contains("below"));
    }
}
