//! The library: ready marketing OKR sets and a catalog of marketing metrics.
//!
//! Both are plain data tables, so adding a set or a metric is adding a row. Sets leave
//! baselines and targets empty on purpose: those numbers are the team's to find.

use super::ids::IdGen;
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
}

impl OkrSet {
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
