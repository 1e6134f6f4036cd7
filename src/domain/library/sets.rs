//! The ready OKR sets: one objective and its key results, each linked to a catalog metric.

use super::OkrSet;

pub const SETS: &[OkrSet] = &[
    OkrSet {
        id: "seo",
        name: "SEO",
        goal: "Grow new revenue from inbound demand",
        bet: ("Refresh the guides that lost rankings", 3000.0),
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
        goal: "Grow new revenue from inbound demand",
        bet: ("Launch a monthly research report", 4000.0),
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
        goal: "Grow new revenue from inbound demand",
        bet: ("Host a customer round-table in each region", 15000.0),
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
        goal: "Grow new revenue at a lower cost of acquisition",
        bet: ("Test a new audience on the best-converting ad", 10000.0),
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
        goal: "Grow new revenue from inbound demand",
        bet: ("Run a weekly live Q&A with the product team", 2000.0),
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
        goal: "Grow new revenue at a lower cost of acquisition",
        bet: (
            "Move budget from the weakest channel to the strongest",
            5000.0,
        ),
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
        goal: "Keep and grow the customers we have",
        bet: ("Rewrite the onboarding email sequence", 1500.0),
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
        goal: "Keep and grow the customers we have",
        bet: ("Offer a reward for each referred team", 6000.0),
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
        goal: "Grow new revenue at a lower cost of acquisition",
        bet: ("Test a shorter signup form", 2500.0),
        objective: "Make our website turn curious visitors into conversations",
        key_results: &[
            ("Raise landing page conversion", "conversion"),
            ("Lower the bounce rate of paid landing pages", "bounce-rate"),
            ("Grow demo requests", "mql"),
        ],
    },
];
