//! OKRs brought in from elsewhere (a spreadsheet, another tool's export), as read and
//! before they are a plan: each field is `None` where the source did not say it, so a
//! new plan can fill it with a sensible default and a merge into an existing plan leaves
//! it alone.

use super::ids::IdGen;
use super::model::{Confidence, KeyResult, KrKind, Objective, Plan, Unit};
use super::period::Period;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportedPlan {
    pub team: Option<String>,
    pub period: Option<Period>,
    pub objectives: Vec<ImportedObjective>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportedObjective {
    pub title: String,
    pub why: Option<String>,
    pub key_results: Vec<ImportedKeyResult>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportedKeyResult {
    pub title: String,
    pub metric: Option<String>,
    pub unit: Option<Unit>,
    pub kind: Option<KrKind>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub owner: Option<String>,
    pub check_ins: Vec<ImportedCheckIn>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedCheckIn {
    pub date: NaiveDate,
    pub value: f64,
    pub confidence: Confidence,
    pub note: String,
}

/// Titles match whatever their case and spacing: "Grow  Signups" is "grow signups".
pub fn same_title(a: &str, b: &str) -> bool {
    title_key(a) == title_key(b)
}

/// What `same_title` compares: the title in lower case with single spaces, for maps
/// keyed by title.
pub fn title_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    if title.is_ascii() {
        // The common case, without decoding: a sheet of weekly numbers asks on every row.
        for word in title.split_ascii_whitespace() {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(word);
        }
        key.make_ascii_lowercase();
        return key;
    }
    for word in title.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

impl ImportedKeyResult {
    /// The kind the numbers imply when the source names none: a target below the start
    /// value is a decrease (CPA, churn), anything else an increase.
    pub fn kind_or_inferred(&self) -> KrKind {
        self.kind.unwrap_or(match (self.baseline, self.target) {
            (Some(b), Some(t)) if t < b => KrKind::Decrease,
            _ => KrKind::Increase,
        })
    }

    fn to_key_result(&self, ids: &mut IdGen) -> KeyResult {
        let mut kr = KeyResult::new(ids.next("kr"), &self.title);
        kr.metric = self.metric.clone().unwrap_or_default();
        kr.unit = self.unit.clone().unwrap_or_default();
        kr.kind = self.kind_or_inferred();
        kr.baseline = self.baseline;
        kr.target = self.target;
        kr.owner = self.owner.clone().unwrap_or_default();
        // What the source left empty, the title may state ("from $70 to $45").
        kr.fill_from_title();
        self.add_check_ins_to(&mut kr, ids);
        kr
    }

    /// Adds each reading; one on a day that already has a check-in replaces its value,
    /// confidence and note instead of adding a second. Returns (added, changed).
    pub fn add_check_ins_to(&self, kr: &mut KeyResult, ids: &mut IdGen) -> (usize, usize) {
        let (mut added, mut changed) = (0, 0);
        for c in &self.check_ins {
            match kr.check_ins.iter_mut().find(|old| old.date == c.date) {
                Some(old) => {
                    let note = if c.note.is_empty() {
                        old.note.clone()
                    } else {
                        c.note.clone()
                    };
                    if old.value != c.value || old.confidence != c.confidence || old.note != note {
                        old.value = c.value;
                        old.confidence = c.confidence;
                        old.note = note;
                        changed += 1;
                    }
                }
                None => {
                    kr.add_check_in(ids, c.date, c.value, c.confidence, &c.note);
                    added += 1;
                }
            }
        }
        (added, changed)
    }

    /// Writes the fields the source stated over `kr`'s, and says whether any changed.
    fn apply_to(&self, kr: &mut KeyResult) -> bool {
        let before = kr.clone();
        if let Some(m) = &self.metric {
            kr.metric = m.clone();
        }
        if let Some(u) = &self.unit {
            kr.unit = u.clone();
        }
        if let Some(k) = self.kind {
            kr.kind = k;
        }
        if self.baseline.is_some() {
            kr.baseline = self.baseline;
        }
        if self.target.is_some() {
            kr.target = self.target;
        }
        if let Some(o) = &self.owner {
            kr.owner = o.clone();
        }
        *kr != before
    }
}

impl KeyResult {
    /// Adds readings pasted from a sheet to the history: a day that has a check-in gets
    /// the new value (its confidence and note stay); another day gets a new check-in with
    /// the confidence of the reading before it, green when there is none.
    /// Returns (added, changed).
    pub fn backfill(&mut self, values: &[(NaiveDate, f64)], ids: &mut IdGen) -> (usize, usize) {
        let check_ins = values
            .iter()
            .map(|&(date, value)| {
                let same_day = self.check_ins.iter().find(|c| c.date == date);
                // Check-ins are kept in date order: the last one on or before the day.
                let before = self.check_ins.iter().rev().find(|c| c.date <= date);
                ImportedCheckIn {
                    date,
                    value,
                    confidence: same_day
                        .or(before)
                        .map_or(Confidence::Green, |c| c.confidence),
                    note: String::new(),
                }
            })
            .collect();
        let imported = ImportedKeyResult {
            check_ins,
            ..ImportedKeyResult::default()
        };
        imported.add_check_ins_to(self, ids)
    }
}

impl ImportedPlan {
    /// A new plan from what was read. `fallback` is the period when the source names none.
    pub fn to_plan(&self, ids: &mut IdGen, fallback: Period) -> Plan {
        let team = self.team.clone().unwrap_or_default();
        let mut plan = Plan::new(ids, &team, self.period.unwrap_or(fallback));
        for o in &self.objectives {
            let id = plan.add_objective(ids, &o.title);
            let Some(objective) = plan.objective_mut(&id) else {
                continue;
            };
            objective.why = o.why.clone().unwrap_or_default();
            for k in &o.key_results {
                let kr = k.to_key_result(ids);
                objective.key_results.push(kr);
            }
        }
        plan
    }

    /// Folds what was read into `plan`: objectives and key results are matched by title;
    /// a matched key result takes the fields the source stated and its readings, the rest
    /// are added. Nothing in `plan` is removed.
    pub fn fold_into(&self, plan: &mut Plan, ids: &mut IdGen) -> FoldSummary {
        let mut summary = FoldSummary::default();
        for o in &self.objectives {
            let index = match plan
                .objectives
                .iter()
                .position(|p| same_title(&p.title, &o.title))
            {
                Some(i) => i,
                None => {
                    summary.objectives_added += 1;
                    plan.objectives.push(Objective {
                        id: ids.next("obj"),
                        title: o.title.trim().to_string(),
                        ..Objective::default()
                    });
                    plan.objectives.len() - 1
                }
            };
            let objective = &mut plan.objectives[index];
            if let Some(why) = o.why.as_ref().filter(|w| !w.is_empty()) {
                objective.why = why.clone();
            }
            for k in &o.key_results {
                match objective
                    .key_results
                    .iter_mut()
                    .find(|kr| same_title(&kr.title, &k.title))
                {
                    Some(kr) => {
                        if k.apply_to(kr) {
                            summary.key_results_changed += 1;
                        }
                        let (added, changed) = k.add_check_ins_to(kr, ids);
                        summary.check_ins_added += added;
                        summary.check_ins_changed += changed;
                    }
                    None => {
                        summary.key_results_added += 1;
                        summary.check_ins_added += k.check_ins.len();
                        objective.key_results.push(k.to_key_result(ids));
                    }
                }
            }
        }
        summary
    }

    pub fn key_result_count(&self) -> usize {
        self.objectives.iter().map(|o| o.key_results.len()).sum()
    }

    pub fn check_in_count(&self) -> usize {
        self.objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .map(|k| k.check_ins.len())
            .sum()
    }
}

/// What a fold changed, for the message after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FoldSummary {
    pub objectives_added: usize,
    pub key_results_added: usize,
    pub key_results_changed: usize,
    pub check_ins_added: usize,
    pub check_ins_changed: usize,
}

impl FoldSummary {
    pub fn in_words(&self) -> String {
        let mut parts = Vec::new();
        let mut say = |n: usize, one: &str, many: &str, verb: &str| {
            if n > 0 {
                parts.push(format!("{n} {} {verb}", if n == 1 { one } else { many }));
            }
        };
        say(self.objectives_added, "objective", "objectives", "added");
        say(self.key_results_added, "key result", "key results", "added");
        say(
            self.key_results_changed,
            "key result",
            "key results",
            "updated",
        );
        say(self.check_ins_added, "check-in", "check-ins", "added");
        say(self.check_ins_changed, "check-in", "check-ins", "updated");
        if parts.is_empty() {
            "Nothing changed: the plan already holds everything the sheet says.".into()
        } else {
            format!("{}.", super::display::join_list(&parts))
        }
    }
}
