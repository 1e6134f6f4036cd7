//! What the bets cost: each bet's budget and spend in one currency, sums by objective and
//! by bet status, and a key result's spend beside its progress, so "60% of the budget for
//! 20% of the progress" shows without a spreadsheet. Also the numbers behind "a realistic
//! estimate plus 20%".

use super::model::{KeyResult, KrKind, Plan, Project, ProjectStatus, Unit};
use super::period::Period;

/// The currency a bet's money is in: its own, else its key result's, else the first
/// currency the plan uses (key results, then KPIs), else US dollars.
pub fn currency(plan: &Plan, kr: &KeyResult, bet: &Project) -> String {
    if !bet.currency.trim().is_empty() {
        return bet.currency.trim().to_ascii_uppercase();
    }
    plan_currency(plan, Some(kr))
}

/// The plan's currency, from a key result first when one is given.
pub fn plan_currency(plan: &Plan, kr: Option<&KeyResult>) -> String {
    let code = |u: &Unit| match u {
        Unit::Currency { code } if !code.trim().is_empty() => {
            Some(code.trim().to_ascii_uppercase())
        }
        _ => None,
    };
    kr.and_then(|k| code(&k.unit))
        .or_else(|| plan.key_results().find_map(|k| code(&k.unit)))
        .or_else(|| plan.kpis.iter().find_map(|k| code(&k.unit)))
        .unwrap_or_else(|| "USD".into())
}

/// Money typed into a budget or spend field: "$2,000", "€1.5k", "500 EUR", "1200".
/// Says when the typed currency is not the bet's, or the amount cannot be a budget.
pub fn read_money(text: &str, currency: &str) -> Result<Option<f64>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let typed = typed_currency(t);
    if let Some(code) = typed.clone().filter(|c| !c.eq_ignore_ascii_case(currency)) {
        return Err(format!(
            "This is in {code}, but the bet's money is in {currency}: write it in {currency}, or change the bet's currency."
        ));
    }
    let not_amount = || {
        format!(
            "\u{201c}{t}\u{201d} is not an amount: write it like 2,000 or {}",
            super::display::fmt_value(
                2000.0,
                &Unit::Currency {
                    code: currency.into()
                }
            )
        )
    };
    if !t.chars().any(|c| c.is_ascii_digit()) {
        return Err(not_amount());
    }
    // A currency code ("500 EUR") goes; "1.5k" keeps its k, which `parse_number` reads.
    let body: String = match typed {
        Some(code) if t.to_ascii_uppercase().contains(&code) => {
            let at = t.to_ascii_uppercase().find(&code).unwrap_or(0);
            format!("{}{}", &t[..at], &t[at + code.len()..])
        }
        _ => t.to_string(),
    }
    .replace('¥', "");
    match super::numbers::parse_number(&body) {
        Ok(Some(x)) if x < 0.0 => Err("A budget or spend cannot be negative.".into()),
        Ok(Some(x)) if x > 1e10 => Err("Over 10 billion: that looks like a typo.".into()),
        Ok(v) => Ok(v),
        Err(_) => Err(not_amount()),
    }
}

/// The currency a typed amount names by symbol or code, if any.
fn typed_currency(t: &str) -> Option<String> {
    for (symbol, code) in [('$', "USD"), ('€', "EUR"), ('£', "GBP"), ('¥', "JPY")] {
        if t.contains(symbol) {
            return Some(code.into());
        }
    }
    let letters: String = t.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    (letters.len() == 3).then(|| letters.to_ascii_uppercase())
}

/// Planned and spent money, summed.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Money {
    pub planned: f64,
    pub spent: f64,
}

impl Money {
    fn add(&mut self, bet: &Project) {
        self.planned += bet.budget.unwrap_or(0.0);
        self.spent += bet.spent.unwrap_or(0.0);
    }

    pub fn is_empty(&self) -> bool {
        self.planned == 0.0 && self.spent == 0.0
    }

    /// Share of the planned budget spent; none without a budget.
    pub fn used(&self) -> Option<f64> {
        (self.planned > 0.0).then(|| self.spent / self.planned)
    }
}

/// The plan's money: in total, by objective (in plan order) and by bet status.
#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    pub currency: String,
    pub total: Money,
    pub by_objective: Vec<(String, Money)>,
    pub by_status: Vec<(ProjectStatus, Money)>,
    /// Bets in another currency than the plan's, left out of the sums (named for the user).
    pub other_currency: Vec<String>,
}

pub fn budget(plan: &Plan) -> Budget {
    let code = plan_currency(plan, None);
    let statuses = [
        ProjectStatus::Idea,
        ProjectStatus::Running,
        ProjectStatus::Worked,
        ProjectStatus::Failed,
        ProjectStatus::Dropped,
    ];
    let mut by_status: Vec<(ProjectStatus, Money)> =
        statuses.iter().map(|s| (*s, Money::default())).collect();
    let mut total = Money::default();
    let mut other_currency = Vec::new();
    let mut by_objective = Vec::new();
    for o in &plan.objectives {
        let mut m = Money::default();
        for k in &o.key_results {
            for b in &k.projects {
                if b.budget.is_none() && b.spent.is_none() {
                    continue;
                }
                if currency(plan, k, b) != code {
                    other_currency.push(b.title.clone());
                    continue;
                }
                m.add(b);
                total.add(b);
                if let Some(slot) = by_status.iter_mut().find(|(s, _)| *s == b.status) {
                    slot.1.add(b);
                }
            }
        }
        by_objective.push((o.title.clone(), m));
    }
    Budget {
        currency: code,
        total,
        by_objective,
        by_status,
        other_currency,
    }
}

/// A key result's money beside its progress: what its bets planned and spent.
pub fn key_result_money(kr: &KeyResult) -> Money {
    let mut m = Money::default();
    kr.projects.iter().for_each(|b| m.add(b));
    m
}

/// "Spent 60% of the budget for 20% of the progress": said when spend runs well ahead of
/// progress (by more than 20 points), the signal a lead wants before the money is gone.
pub fn spend_warning(money: &Money, progress: Option<f64>) -> Option<String> {
    let used = money.used()?;
    let progress = progress?.clamp(0.0, 1.0);
    (used - progress > 0.2).then(|| {
        format!(
            "Spent {:.0}% of the budget for {:.0}% of the progress.",
            used * 100.0,
            progress * 100.0
        )
    })
}

/// Where a target stands against "a realistic estimate plus 20%".
#[derive(Debug, Clone, PartialEq)]
pub struct Ambition {
    /// Where the metric would end at the pace it had (or where it stands, without one).
    pub realistic: f64,
    /// The realistic estimate with 20% more ambition (20% less, for a falling metric).
    pub stretch: f64,
    /// Whether a previous period's pace made the estimate (else the baseline alone).
    pub from_pace: bool,
    pub verdict: AmbitionVerdict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmbitionVerdict {
    /// Short of the stretch: the team could reach it without changing how it works.
    Below,
    /// Within 5% of the realistic estimate's size around the stretch.
    Near,
    /// Past the stretch: ambitious; check it can still be reached.
    Above,
}

impl AmbitionVerdict {
    pub fn words(self) -> &'static str {
        match self {
            AmbitionVerdict::Below => {
                "below the stretch: reachable without changing how the team works"
            }
            AmbitionVerdict::Near => "near the stretch: ambitious and grounded",
            AmbitionVerdict::Above => "above the stretch: check that it can still be reached",
        }
    }
}

/// The estimate for a key result that rises or falls (none for thresholds, milestones or
/// without a baseline and target). `previous`: the key result it carries on, with the
/// period it ran in, whose pace per day is carried over this period's length.
pub fn ambition(
    kr: &KeyResult,
    period: Period,
    previous: Option<(&KeyResult, Period)>,
) -> Option<Ambition> {
    let (baseline, target) = (kr.baseline?, kr.target?);
    let falling = match kr.kind {
        KrKind::Increase => false,
        KrKind::Decrease => true,
        _ => return None,
    };
    let pace = previous.and_then(|(p, per)| pace_per_day(p, per));
    let days = period.days() as f64;
    let realistic = match pace {
        Some(pace) => baseline + pace * days,
        None => baseline,
    };
    // The estimate never assumes the metric moves the wrong way on its own.
    let realistic = if falling {
        realistic.min(baseline)
    } else {
        realistic.max(baseline)
    };
    let lift = realistic.abs() * 0.2;
    let stretch = if falling {
        realistic - lift
    } else {
        realistic + lift
    };
    let slack = realistic.abs() * 0.05;
    let ahead = if falling {
        stretch - target
    } else {
        target - stretch
    };
    let verdict = if ahead < -slack {
        AmbitionVerdict::Below
    } else if ahead > slack {
        AmbitionVerdict::Above
    } else {
        AmbitionVerdict::Near
    };
    Some(Ambition {
        realistic,
        stretch,
        from_pace: pace.is_some(),
        verdict,
    })
}

/// How fast a key result's metric moved per day over its check-ins (first to last, at
/// least two weeks apart, inside its period).
fn pace_per_day(kr: &KeyResult, period: Period) -> Option<f64> {
    let mut readings: Vec<_> = kr
        .check_ins
        .iter()
        .filter(|c| period.contains(c.date) && c.value.is_finite())
        .collect();
    readings.sort_by_key(|c| c.date);
    let (first, last) = (readings.first()?, readings.last()?);
    let days = (last.date - first.date).num_days();
    (days >= 14).then(|| (last.value - first.value) / days as f64)
}

#[cfg(test)]
mod tests;
