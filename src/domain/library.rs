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

pub const SETS: &[OkrSet] = &[
    OkrSet {
        id: "seo",
        name: "SEO",
        objective: "Become the first place people land when they search for the problem we solve",
        key_results: &[
            ("Grow organic traffic to our guides", "organic-traffic"),
            (
                "Earn high-quality backlinks from industry publications",
                "backlinks",
            ),
            ("Raise our domain authority", "domain-authority"),
        ],
    },
    OkrSet {
        id: "content",
        name: "Content marketing",
        objective: "Make our content the reference our buyers read and pass on",
        key_results: &[
            ("Grow newsletter subscribers", "subscribers"),
            (
                "Increase how often our articles are shared",
                "content-shares",
            ),
            ("Raise the conversion of readers into leads", "conversion"),
        ],
    },
    OkrSet {
        id: "events",
        name: "Events",
        objective: "Make our events the place where buyers meet us first",
        key_results: &[
            (
                "Grow the number of attendees at our events",
                "event-attendees",
            ),
            ("Increase leads that come from events", "mql"),
            ("Raise the satisfaction of attendees", "nps"),
        ],
    },
    OkrSet {
        id: "paid",
        name: "Paid acquisition",
        objective: "Turn paid channels into an efficient source of leads",
        key_results: &[
            ("Lower the cost per lead on paid channels", "cpl"),
            ("Bring down customer acquisition cost", "cac"),
            ("Grow new MRR from paid channels", "mrr"),
        ],
    },
    OkrSet {
        id: "social",
        name: "Social presence",
        objective: "Build a social presence people choose to follow",
        key_results: &[
            ("Grow our audience across channels", "audience"),
            ("Raise engagement on what we post", "engagement"),
            ("Increase positive brand mentions", "mentions"),
        ],
    },
    OkrSet {
        id: "roi",
        name: "Marketing ROI",
        objective: "Make every unit of marketing spend earn its place",
        key_results: &[
            ("Increase marketing-generated revenue", "marketing-revenue"),
            ("Lower cost per acquisition", "cpa"),
            (
                "Grow the share of pipeline marketing sources",
                "pipeline-sourced",
            ),
        ],
    },
    OkrSet {
        id: "email",
        name: "Email and lifecycle",
        objective: "Make our emails the ones customers look forward to",
        key_results: &[
            ("Lift the open rate of our newsletter", "open-rate"),
            ("Raise click-through on lifecycle emails", "ctr"),
            ("Keep the unsubscribe rate low", "unsubscribe-rate"),
        ],
    },
    OkrSet {
        id: "referral",
        name: "Referral",
        objective: "Turn happy customers into our best channel",
        key_results: &[
            (
                "Grow the share of sign-ups from referrals",
                "referral-share",
            ),
            ("Raise our net promoter score", "nps"),
            ("Increase branded search", "brand-search"),
        ],
    },
    OkrSet {
        id: "conversion",
        name: "Website conversion",
        objective: "Make our website turn curious visitors into conversations",
        key_results: &[
            ("Raise landing page conversion", "conversion"),
            ("Lower the bounce rate of paid landing pages", "bounce-rate"),
            ("Grow demo requests", "mql"),
        ],
    },
];

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
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_set_links_only_to_known_metrics() {
        for set in SETS {
            for (_, id) in set.key_results {
                assert!(metric(id).is_some(), "{}: unknown metric {id}", set.id);
            }
            assert!((1..=3).contains(&set.key_results.len()), "{}", set.id);
        }
    }

    #[test]
    fn ids_are_unique_and_costs_go_down() {
        let ids: HashSet<_> = METRICS.iter().map(|m| m.id).collect();
        assert_eq!(ids.len(), METRICS.len());
        let sets: HashSet<_> = SETS.iter().map(|s| s.id).collect();
        assert_eq!(sets.len(), SETS.len());
        for id in ["cpa", "cac", "cpl", "bounce-rate"] {
            assert_eq!(metric(id).map(|m| m.good), Some(KrKind::Decrease), "{id}");
        }
        assert_eq!(metric("mql").map(|m| m.good), Some(KrKind::Increase));
    }

    #[test]
    fn a_set_becomes_an_objective_with_empty_numbers() {
        let mut ids = IdGen::new(5);
        let paid = SETS.iter().find(|s| s.id == "paid").unwrap();
        let o = paid.to_objective(&mut ids, "EUR");
        assert_eq!(o.key_results.len(), 3);
        let cac = &o.key_results[1];
        assert_eq!(cac.kind, KrKind::Decrease);
        assert_eq!(cac.unit, Unit::Currency { code: "EUR".into() });
        assert_eq!(cac.catalog_metric.as_deref(), Some("cac"));
        assert!(o
            .key_results
            .iter()
            .all(|k| k.baseline.is_none() && k.target.is_none()));
        let unique: HashSet<_> = o.key_results.iter().map(|k| k.id.clone()).collect();
        assert_eq!(unique.len(), 3);
    }
}
