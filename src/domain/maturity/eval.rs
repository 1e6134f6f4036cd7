//! Measures the coach on labelled key results: agreement, a confusion matrix and the list
//! of disagreements. Used by `okr lint --eval` and by the tests, so the figure quoted is
//! always the one the code produces.

use super::{assess_text, Verdict};
use std::fmt::Write as _;

/// One labelled line: the labels accepted (`a|b` accepts either), the text, and the
/// family of miss it tests, when the set says (a third column: `activity`, `deliverable`,
/// `words`), so agreement can be told family by family.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub line: usize,
    pub accepted: Vec<Verdict>,
    pub text: String,
    pub family: Option<String>,
}

/// Reads `label TAB text [TAB family]` lines; `#` lines and blank lines are skipped.
pub fn parse_labelled(tsv: &str) -> Result<Vec<Labelled>, String> {
    let mut out = Vec::new();
    for (n, raw) in tsv.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((labels, text)) = line.split_once('\t') else {
            return Err(format!("line {}: expected \"label<TAB>key result\"", n + 1));
        };
        let accepted = labels
            .split('|')
            .map(str::parse)
            .collect::<Result<Vec<Verdict>, _>>()
            .map_err(|e| format!("line {}: {e}", n + 1))?;
        // Columns after the family (a source, a remark) are for people, not for the score.
        let mut rest = text.split('\t');
        let text = rest.next().unwrap_or_default();
        let family = rest
            .next()
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string);
        out.push(Labelled {
            line: n + 1,
            accepted,
            text: text.trim().to_string(),
            family,
        });
    }
    Ok(out)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub line: usize,
    pub text: String,
    pub expected: Vec<Verdict>,
    pub got: Verdict,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Evaluation {
    pub total: usize,
    pub agreed: usize,
    /// `matrix[expected][got]`, in `Verdict::ALL` order. When the verdict is one of the
    /// accepted labels it counts on the diagonal; otherwise the first label is the row.
    pub matrix: [[usize; 4]; 4],
    pub disagreements: Vec<Disagreement>,
    /// Per family, in the order first met: (family, total, agreed).
    pub families: Vec<(String, usize, usize)>,
}

impl Evaluation {
    /// Share of key results whose verdict is one of the accepted labels, in percent.
    pub fn agreement(&self) -> f64 {
        if self.total == 0 {
            return 100.0;
        }
        self.agreed as f64 * 100.0 / self.total as f64
    }

    /// The report `okr lint --eval` prints.
    pub fn report(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "agreement: {:.1}% ({} of {})",
            self.agreement(),
            self.agreed,
            self.total
        );
        if !self.families.is_empty() {
            let _ = writeln!(s, "\nagreement by family");
            for (family, total, agreed) in &self.families {
                let pct = if *total == 0 {
                    100.0
                } else {
                    *agreed as f64 * 100.0 / *total as f64
                };
                let _ = writeln!(s, "{family:>12}: {pct:.1}% ({agreed} of {total})");
            }
        }
        let _ = writeln!(s, "\nconfusion matrix (rows = expected, columns = got)");
        let _ = write!(s, "{:>10}", "");
        for v in Verdict::ALL {
            let _ = write!(s, "{:>8}", v.as_str());
        }
        s.push('\n');
        for row in Verdict::ALL {
            let _ = write!(s, "{:>10}", row.as_str());
            for col in Verdict::ALL {
                let _ = write!(s, "{:>8}", self.matrix[row.index()][col.index()]);
            }
            s.push('\n');
        }
        if !self.disagreements.is_empty() {
            let _ = writeln!(s, "\ndisagreements");
            for d in &self.disagreements {
                let expected: Vec<&str> = d.expected.iter().map(|v| v.as_str()).collect();
                let _ = writeln!(
                    s,
                    "  line {}: expected {}, got {}: {}",
                    d.line,
                    expected.join("|"),
                    d.got,
                    d.text
                );
            }
        }
        s
    }
}

pub fn evaluate(items: &[Labelled]) -> Evaluation {
    let mut e = Evaluation::default();
    for item in items {
        let got = assess_text(&item.text).verdict;
        e.total += 1;
        let ok = item.accepted.contains(&got);
        if let Some(family) = &item.family {
            match e.families.iter_mut().find(|(f, _, _)| f == family) {
                Some(slot) => {
                    slot.1 += 1;
                    slot.2 += usize::from(ok);
                }
                None => e.families.push((family.clone(), 1, usize::from(ok))),
            }
        }
        let row = if ok {
            e.agreed += 1;
            got
        } else {
            e.disagreements.push(Disagreement {
                line: item.line,
                text: item.text.clone(),
                expected: item.accepted.clone(),
                got,
            });
            item.accepted.first().copied().unwrap_or(got)
        };
        e.matrix[row.index()][got.index()] += 1;
    }
    e
}

pub fn evaluate_tsv(tsv: &str) -> Result<Evaluation, String> {
    parse_labelled(tsv).map(|items| evaluate(&items))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_either_label_as_agreement_and_lists_the_rest() {
        let tsv = "# comment\n\nmature\tGrow MQLs from 100 to 300\ntask|mature\tWrite 10 articles\nvague\tLaunch a newsletter\n";
        let e = evaluate_tsv(tsv).unwrap_or_default();
        assert_eq!((e.total, e.agreed), (3, 2));
        assert_eq!(e.matrix[Verdict::Task.index()][Verdict::Task.index()], 1);
        assert_eq!(e.matrix[Verdict::Vague.index()][Verdict::Binary.index()], 1);
        assert_eq!(e.disagreements[0].line, 5);
        let report = e.report();
        assert!(report.starts_with("agreement: 66.7% (2 of 3)"), "{report}");
        assert!(report.contains("line 5: expected vague, got binary: Launch a newsletter"));
    }

    #[test]
    fn agreement_is_told_family_by_family_when_the_set_names_them() {
        let tsv = "task\tSend 5,000 outreach emails\tactivity\nmature\tGrow MQLs from 100 to 300\tactivity\nmature\tGrow MQLs from 100 to 300\n";
        let e = evaluate_tsv(tsv).unwrap_or_default();
        assert_eq!(e.total, 3);
        assert_eq!(
            e.families.len(),
            1,
            "a line without a family counts in the total only"
        );
        let (family, total, agreed) = &e.families[0];
        assert_eq!((family.as_str(), *total), ("activity", 2));
        assert!(*agreed >= 1);
        assert!(
            e.report().contains("agreement by family\n    activity: "),
            "{}",
            e.report()
        );
    }

    #[test]
    fn a_source_column_after_the_family_is_not_part_of_the_family() {
        let tsv = "task\tSend 5,000 outreach emails\tactivity\thttps://example.org/okrs\n";
        let e = evaluate_tsv(tsv).unwrap_or_default();
        assert_eq!(e.families.len(), 1);
        assert_eq!(e.families[0].0, "activity");
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        assert_eq!(
            evaluate_tsv("mature Grow").err().as_deref(),
            Some("line 1: expected \"label<TAB>key result\"")
        );
        let err = evaluate_tsv("great\tGrow").err().unwrap_or_default();
        assert!(err.starts_with("line 1: unknown label \"great\""), "{err}");
    }
}
