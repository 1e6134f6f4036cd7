//! Cell values as people type them in a sheet: numbers with thousands separators, a
//! decimal comma, suffixes and symbols; directions, confidence words and units.

use crate::domain::{Confidence, KrKind, Unit};

/// A cell that should hold a number and does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotANumber;

/// A number read from a cell, and the unit its symbols said, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub value: f64,
    pub unit: Option<Unit>,
}

/// Whether the sheet writes `1.234,5` (a decimal comma) or `1,234.5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecimalMark {
    #[default]
    Point,
    Comma,
}

/// What a cell suggests about the decimal mark, if anything: "12,5" and "1.234,56" say a
/// comma; "12.5" and "1,234.56" say a point; "1,500" says nothing.
pub fn mark_hint(text: &str) -> Option<DecimalMark> {
    if !text.contains([',', '.']) {
        return None;
    }
    // On the text itself: other characters change neither the marks' order and counts
    // nor the digits after the last one.
    let digits_after = |at: usize| text[at + 1..].bytes().filter(u8::is_ascii_digit).count();
    let count = |c: char| text.matches(c).count();
    match (text.rfind(','), text.rfind('.')) {
        (Some(c), Some(p)) => Some(if c > p {
            DecimalMark::Comma
        } else {
            DecimalMark::Point
        }),
        (Some(c), None) if count(',') == 1 && digits_after(c) != 3 => Some(DecimalMark::Comma),
        (None, Some(p)) if count('.') == 1 && digits_after(p) != 3 => Some(DecimalMark::Point),
        // "1.500.000" can only be thousands with a decimal comma.
        (None, Some(_)) if count('.') > 1 => Some(DecimalMark::Comma),
        _ => None,
    }
}

/// The plan file's own bound on numbers (a million billion).
const MAX_VALUE: f64 = 1e15;

const CURRENCIES: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("chf", "CHF"),
    ("sek", "SEK"),
    ("cad", "CAD"),
    ("aud", "AUD"),
];

/// Reads a number as typed: `1,500`, `1 500`, `1.5k`, `$1.2M`, `15%`, `€45`, `(300)`,
/// `3:30` (minutes and seconds) or `1:02:30`. Empty is `Ok(None)`; anything else that is
/// not a number is `Err(NotANumber)`, for the caller to name the cell.
pub fn read_number(text: &str, mark: DecimalMark) -> Result<Option<Number>, NotANumber> {
    // Most cells are plain numbers ("1200", "12.5"): read them without the rest.
    let plain = text.trim();
    let simple = !plain.is_empty()
        && plain
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && (mark == DecimalMark::Point || !plain.contains('.'));
    if simple {
        if let Ok(value) = plain.parse::<f64>() {
            if value.is_finite() && value.abs() <= MAX_VALUE {
                return Ok(Some(Number { value, unit: None }));
            }
        }
    }
    // Grouped digits and nothing else ("1,500", "1 500", "1.234,5").
    let grouped = !plain.is_empty()
        && plain
            .bytes()
            .all(|b| b.is_ascii_digit() || b".,- ".contains(&b))
        && plain.bytes().any(|b| b.is_ascii_digit());
    if grouped {
        let digits: String = plain
            .chars()
            .filter_map(|c| match (c, mark) {
                (' ', _) | (',', DecimalMark::Point) | ('.', DecimalMark::Comma) => None,
                (',', DecimalMark::Comma) => Some('.'),
                (c, _) => Some(c),
            })
            .collect();
        if let Ok(value) = digits.parse::<f64>() {
            if value.is_finite() && value.abs() <= MAX_VALUE {
                return Ok(Some(Number { value, unit: None }));
            }
        }
    }
    let mut body = text.trim().to_lowercase().replace('\u{2212}', "-");
    if body.is_empty() || body == "-" || body == "n/a" || body == "na" {
        return Ok(None);
    }
    let mut unit = None;
    let negative_parens = body.starts_with('(') && body.ends_with(')');
    if negative_parens {
        body = body[1..body.len() - 1].to_string();
    }
    for (symbol, code) in CURRENCIES {
        if body.contains(symbol) {
            body = body.replace(symbol, "");
            unit = Some(Unit::Currency {
                code: (*code).into(),
            });
            break;
        }
    }
    if body.contains('%') {
        body = body.replace('%', "");
        unit = Some(Unit::Percent);
    }
    body.retain(|c| {
        !c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' && c != '_' && c != '\''
    });
    if body.contains(':') {
        let seconds = read_duration(&body)
            .filter(|v| *v <= MAX_VALUE)
            .ok_or(NotANumber)?;
        return Ok(Some(Number {
            value: seconds,
            unit: Some(Unit::Duration),
        }));
    }
    let multiplier = [("bn", 1e9), ("b", 1e9), ("k", 1e3), ("m", 1e6)]
        .iter()
        .find(|(s, _)| body.ends_with(s))
        .map(|(s, m)| {
            body.truncate(body.len() - s.len());
            *m
        })
        .unwrap_or(1.0);
    let plain = match mark {
        DecimalMark::Point => body.replace(',', ""),
        DecimalMark::Comma => body.replace('.', "").replace(',', "."),
    };
    if plain.is_empty()
        || !plain
            .chars()
            .all(|c| c.is_ascii_digit() || "+-.e".contains(c))
    {
        return Err(NotANumber);
    }
    let value: f64 = plain.parse().map_err(|_| NotANumber)?;
    let value = value * multiplier * if negative_parens { -1.0 } else { 1.0 };
    if !value.is_finite() || value.abs() > MAX_VALUE {
        return Err(NotANumber);
    }
    Ok(Some(Number { value, unit }))
}

/// `m:ss` or `h:mm:ss`, in seconds.
fn read_duration(body: &str) -> Option<f64> {
    let parts: Vec<&str> = body.split(':').collect();
    if parts.len() > 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let numbers: Vec<f64> = parts
        .iter()
        .map(|p| p.parse::<f64>().ok())
        .collect::<Option<_>>()?;
    if numbers[1..].iter().any(|n| *n >= 60.0) {
        return None;
    }
    Some(numbers.iter().fold(0.0, |acc, n| acc * 60.0 + n))
}

/// The unit a unit or metric-type cell names.
pub fn read_unit(text: &str) -> Option<Unit> {
    let t = text.trim().to_lowercase();
    let currency = |code: &str| {
        Some(Unit::Currency {
            code: code.to_uppercase(),
        })
    };
    match t.as_str() {
        "%" | "percent" | "percentage" | "pct" | "rate" => Some(Unit::Percent),
        "#" | "number" | "count" | "numeric" | "integer" | "decimal" | "quantity" => {
            Some(Unit::Count)
        }
        "time" | "duration" | "seconds" | "sec" | "s" => Some(Unit::Duration),
        "currency" | "money" | "amount" => currency("USD"),
        other => CURRENCIES
            .iter()
            .find(|(s, _)| *s == other)
            .and_then(|(_, code)| currency(code))
            .or_else(|| {
                (other.len() == 3
                    && other.chars().all(|c| c.is_ascii_alphabetic())
                    && is_currency_code(other))
                .then(|| Unit::Currency {
                    code: other.to_uppercase(),
                })
            }),
    }
}

fn is_currency_code(code: &str) -> bool {
    [
        "usd", "eur", "gbp", "chf", "sek", "nok", "dkk", "cad", "aud", "jpy", "inr", "brl", "pln",
    ]
    .contains(&code)
}

/// The kind a direction cell names.
pub fn read_direction(text: &str) -> Option<KrKind> {
    let t = super::header::normalise(text);
    let kind = match t.as_str() {
        "increase" | "increasing" | "up" | "grow" | "raise" | "higher is better" | "maximize"
        | "maximise" | "more" | "higher" => KrKind::Increase,
        "decrease" | "decreasing" | "down" | "reduce" | "lower" | "lower is better"
        | "minimize" | "minimise" | "less" | "cut" => KrKind::Decrease,
        "stay above" | "at least" | "above" | "keep above" | "maintain above"
        | "stay at or above" | "minimum" | "min" => KrKind::StayAbove,
        "stay below" | "at most" | "below" | "keep below" | "maintain below"
        | "stay at or below" | "maximum" | "max" => KrKind::StayBelow,
        "milestone" | "binary" | "boolean" | "done" | "yes no" | "checkbox" => KrKind::Milestone,
        _ => return None,
    };
    Some(kind)
}

/// The confidence a confidence or status cell names: colours, "on track" words, or a
/// score out of 1 or out of 10.
pub fn read_confidence(text: &str) -> Option<Confidence> {
    let plain = text.trim();
    for (word, c) in [
        ("green", Confidence::Green),
        ("yellow", Confidence::Yellow),
        ("red", Confidence::Red),
        ("on track", Confidence::Green),
        ("at risk", Confidence::Yellow),
        ("off track", Confidence::Red),
    ] {
        if plain.eq_ignore_ascii_case(word) {
            return Some(c);
        }
    }
    let t = super::header::normalise(text);
    let word = match t.as_str() {
        "green" | "g" | "on track" | "ontrack" | "high" | "good" | "ok" | "done" | "achieved"
        | "completed" | "ahead" => Some(Confidence::Green),
        "yellow" | "amber" | "orange" | "y" | "a" | "at risk" | "medium" | "needs attention"
        | "behind" | "progressing" => Some(Confidence::Yellow),
        "red" | "r" | "off track" | "offtrack" | "low" | "blocked" | "critical" | "failed" => {
            Some(Confidence::Red)
        }
        _ => None,
    };
    word.or_else(|| {
        let n: f64 = text
            .trim()
            .trim_end_matches('%')
            .replace(',', ".")
            .parse()
            .ok()?;
        let score = if n <= 1.0 {
            n * 10.0
        } else if n <= 10.0 {
            n
        } else {
            n / 10.0
        };
        Some(match score {
            s if s >= 7.0 => Confidence::Green,
            s if s >= 4.0 => Confidence::Yellow,
            _ => Confidence::Red,
        })
    })
}

/// Whether a row-type cell names an objective (`Some(true)`) or a key result.
pub fn read_row_type(text: &str) -> Option<bool> {
    match super::header::normalise(text).as_str() {
        "objective" | "goal" | "o" | "obj" => Some(true),
        "key result" | "kr" | "result" | "key results" | "kpi" | "metric" => Some(false),
        _ => None,
    }
}
