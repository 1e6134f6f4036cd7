//! The library: ready marketing OKR sets and a catalog of marketing metrics.
//!
//! Both are plain data tables, so adding a set or a metric is adding a row. Sets leave
//! baselines and targets empty on purpose: those numbers are the team's to find.

use super::ids::{Id, IdGen};
use super::model::{KeyResult, KrKind, Objective, Unit};

/// A metric a marketing team can track, with the direction that is good for it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CatalogMetric {
    pub id: &'static str,
    pub name: &'static str,
    pub definition: &'static str,
    pub unit: CatalogUnit,
    /// Increase or Decrease: which way is good.
    pub good: KrKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogUnit {
    Count,
    Percent,
    Currency,
    Duration,
    Score,
}

impl CatalogUnit {
    pub fn to_unit(self, currency: &str) -> Unit {
        match self {
            CatalogUnit::Count | CatalogUnit::Score => Unit::Count,
            CatalogUnit::Percent => Unit::Percent,
            CatalogUnit::Currency => Unit::Currency {
                code: currency.to_string(),
            },
            CatalogUnit::Duration => Unit::Duration,
        }
    }
}

use CatalogUnit as U;
use KrKind::{Decrease as Down, Increase as Up};

pub const METRICS: &[CatalogMetric] = &[
    m(
        "backlinks",
        "Backlinks",
        "Other sites linking to your content.",
        U::Count,
        Up,
    ),
    m(
        "keyword-rank",
        "Keyword ranking",
        "Your position in search results for a chosen query.",
        U::Count,
        Down,
    ),
    m(
        "domain-authority",
        "Domain authority",
        "A 0-100 score of how likely your site is to rank in search.",
        U::Score,
        Up,
    ),
    m(
        "content-shares",
        "Content shares",
        "How often people share your content.",
        U::Count,
        Up,
    ),
    m(
        "cpa",
        "Cost per acquisition (CPA)",
        "Spend to win one new non-paying user or lead.",
        U::Currency,
        Down,
    ),
    m(
        "cac",
        "Customer acquisition cost (CAC)",
        "Spend to win one new paying customer.",
        U::Currency,
        Down,
    ),
    m(
        "cpl",
        "Cost per lead",
        "Spend per lead generated.",
        U::Currency,
        Down,
    ),
    m(
        "traffic",
        "Website traffic",
        "Visits to your site over a period.",
        U::Count,
        Up,
    ),
    m(
        "organic-traffic",
        "Organic traffic",
        "Visits that arrive from unpaid search.",
        U::Count,
        Up,
    ),
    m(
        "engagement",
        "Engagement rate",
        "Share of people who interact with what you publish.",
        U::Percent,
        Up,
    ),
    m(
        "ctr",
        "Click-through rate",
        "Share of people who click after seeing an ad, email or link.",
        U::Percent,
        Up,
    ),
    m(
        "mql",
        "Marketing qualified leads (MQLs)",
        "Leads that fit and showed intent: demos booked, sign-ups.",
        U::Count,
        Up,
    ),
    m(
        "conversion",
        "Conversion rate",
        "Share of visitors who take the step that matters: sign-up, purchase.",
        U::Percent,
        Up,
    ),
    m(
        "trial-to-paid",
        "Trial-to-paid conversion",
        "Share of trials that become paying customers.",
        U::Percent,
        Up,
    ),
    m(
        "pipeline-sourced",
        "Marketing-sourced pipeline",
        "Share of sales pipeline that marketing created.",
        U::Percent,
        Up,
    ),
    m(
        "marketing-revenue",
        "Marketing-generated revenue",
        "Revenue from deals marketing sourced.",
        U::Currency,
        Up,
    ),
    m(
        "mrr",
        "New MRR",
        "New monthly recurring revenue won in the period.",
        U::Currency,
        Up,
    ),
    m(
        "roi",
        "Marketing ROI",
        "Return on marketing spend, as a ratio of revenue to cost.",
        U::Percent,
        Up,
    ),
    m(
        "subscribers",
        "Newsletter subscribers",
        "People subscribed to your newsletter or blog.",
        U::Count,
        Up,
    ),
    m(
        "open-rate",
        "Email open rate",
        "Share of delivered emails that are opened.",
        U::Percent,
        Up,
    ),
    m(
        "unsubscribe-rate",
        "Unsubscribe rate",
        "Share of recipients who unsubscribe per send.",
        U::Percent,
        Down,
    ),
    m(
        "bounce-rate",
        "Bounce rate",
        "Share of visits that leave after one page.",
        U::Percent,
        Down,
    ),
    m(
        "mentions",
        "Brand mentions",
        "Times your brand is named online or in the press.",
        U::Count,
        Up,
    ),
    m(
        "audience",
        "Audience size",
        "Followers and subscribers across your channels.",
        U::Count,
        Up,
    ),
    m(
        "event-attendees",
        "Event attendees",
        "People who registered for or attended your events.",
        U::Count,
        Up,
    ),
    m(
        "referral-share",
        "Referral share of sign-ups",
        "Share of new sign-ups that came from referrals.",
        U::Percent,
        Up,
    ),
    m(
        "nps",
        "Net promoter score (NPS)",
        "How likely customers are to recommend you, from -100 to 100.",
        U::Score,
        Up,
    ),
    m(
        "response-time",
        "First response time",
        "Time from an inbound request to the first reply.",
        U::Duration,
        Down,
    ),
    m(
        "brand-search",
        "Branded search volume",
        "Searches for your brand name.",
        U::Count,
        Up,
    ),
];

const fn m(
    id: &'static str,
    name: &'static str,
    definition: &'static str,
    unit: CatalogUnit,
    good: KrKind,
) -> CatalogMetric {
    CatalogMetric {
        id,
        name,
        definition,
        unit,
        good,
    }
}

mod sets;

pub use sets::SETS;

pub fn metric(id: &str) -> Option<&'static CatalogMetric> {
    METRICS.iter().find(|m| m.id == id)
}

/// A ready objective with its key results: (key result title, catalog metric id).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OkrSet {
    pub id: &'static str,
    pub name: &'static str,
    pub objective: &'static str,
    pub key_results: &'static [(&'static str, &'static str)],
    /// The company goal such an objective usually serves: a starting link to adjust.
    pub goal: &'static str,
    /// A first bet under the first key result, with a typical starting budget to adjust.
    pub bet: (&'static str, f64),
}

/// The steps every first bet starts with, so the set shows what a bet's checklist is for.
pub const FIRST_TASKS: [&str; 3] = [
    "Write the hypothesis: what we expect to move, and by how much",
    "Agree the budget and the dates",
    "Read the results at the weekly check-in and decide: double down or stop",
];

impl OkrSet {
    /// Adds the set to `plan`: its objective, linked to the set's business goal (the plan's
    /// own when one has the same title, else a new one), and its first bet with tasks.
    pub fn add_to(&self, plan: &mut crate::domain::Plan, ids: &mut IdGen, currency: &str) -> Id {
        let key = crate::domain::alignment::goal_key(self.goal);
        let goal = match plan
            .business_goals
            .iter()
            .find(|g| crate::domain::alignment::goal_key(&g.title) == key)
        {
            Some(g) => g.id.clone(),
            None => plan.add_business_goal(ids, self.goal),
        };
        let mut objective = self.to_objective(ids, currency);
        objective.serves = vec![goal];
        if let Some(kr) = objective.key_results.first_mut() {
            let bet = kr.add_project(ids, self.bet.0);
            if let Some(b) = kr.projects.iter_mut().find(|b| b.id == bet) {
                b.budget = Some(self.bet.1);
                for task in FIRST_TASKS {
                    b.add_task(ids, task, "");
                }
            }
        }
        let id = objective.id.clone();
        plan.objectives.push(objective);
        id
    }

    /// The set as a new objective, its key results linked to catalog metrics with the
    /// good direction and unit filled in; baseline and target are left for the team.
    pub fn to_objective(&self, ids: &mut IdGen, currency: &str) -> Objective {
        let key_results = self
            .key_results
            .iter()
            .map(|(title, metric_id)| {
                let mut kr = KeyResult::new(ids.next("kr"), title);
                if let Some(m) = metric(metric_id) {
                    kr.metric = m.name.to_string();
                    kr.unit = m.unit.to_unit(currency);
                    kr.kind = m.good;
                    kr.catalog_metric = Some(m.id.to_string());
                }
                kr
            })
            .collect();
        Objective {
            id: ids.next("obj"),
            title: self.objective.to_string(),
            key_results,
            ..Objective::default()
        }
    }
}

#[cfg(test)]
mod tests;
