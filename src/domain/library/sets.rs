//! The ready OKR sets: one objective and its key results, each linked to a catalog metric.

use super::OkrSet;

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
