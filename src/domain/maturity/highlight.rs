//! Marking the words behind findings in the text the user typed.

use super::Finding;

/// `text` cut into (piece, highlighted) around the findings' spans, in order. Spans that
/// overlap an earlier one, or no longer fall on the text's character boundaries (the text
/// changed since it was checked), are skipped rather than trusted.
pub fn highlight(text: &str, findings: &[Finding]) -> Vec<(String, bool)> {
    let mut spans: Vec<(usize, usize)> = findings
        .iter()
        .filter_map(|f| f.span)
        .map(|s| (s.start, s.end))
        .filter(|(s, e)| s < e && text.get(*s..*e).is_some())
        .collect();
    spans.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in spans {
        if start < at {
            continue;
        }
        if let (Some(before), Some(hit)) = (text.get(at..start), text.get(start..end)) {
            out.push((before.to_string(), false));
            out.push((hit.to_string(), true));
            at = end;
        }
    }
    out.push((text.get(at..).unwrap_or_default().to_string(), false));
    out.retain(|(piece, _)| !piece.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::maturity::{assess_text, Severity, Span};

    fn finding(start: usize, end: usize) -> Finding {
        Finding {
            code: "x",
            severity: Severity::Warning,
            message: String::new(),
            span: Some(Span { start, end }),
        }
    }

    #[test]
    fn cuts_the_text_around_spans() {
        let parts = highlight("Launch a newsletter", &[finding(0, 6)]);
        assert_eq!(
            parts,
            [
                ("Launch".to_string(), true),
                (" a newsletter".to_string(), false)
            ]
        );
    }

    #[test]
    fn stale_or_overlapping_spans_are_skipped() {
        assert_eq!(
            highlight("abc", &[finding(2, 9)]),
            [("abc".to_string(), false)]
        );
        let parts = highlight("abcdef", &[finding(0, 4), finding(2, 5)]);
        assert_eq!(
            parts,
            [("abcd".to_string(), true), ("ef".to_string(), false)]
        );
        // Not a character boundary inside "é".
        assert_eq!(highlight("é", &[finding(0, 1)]), [("é".to_string(), false)]);
    }

    #[test]
    fn the_coach_marks_the_milestone_verb() {
        let text = "Launch a newsletter";
        let parts = highlight(text, &assess_text(text).findings);
        assert!(
            parts.iter().any(|(p, hit)| *hit && p.contains("Launch")),
            "{parts:?}"
        );
    }
}
