//! Smaller data tables: number words, multiplying verbs, and the outcome an activity
//! usually aims at (used to suggest a measurable rewrite).

/// Number words, so "five published interviews" counts like "5 published interviews".
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("thousand", 1000.0),
    ("dozen", 12.0),
];

/// How much a relative verb multiplies today's value by.
pub const RELATIVE_FACTORS: &[(&str, f64)] = &[
    ("double", 2.0),
    ("triple", 3.0),
    ("quadruple", 4.0),
    ("halve", 0.5),
    ("in half", 0.5),
];

/// What an activity usually aims to move, to suggest a measurable rewrite of a task.
pub const OUTCOME_HINTS: &[(&str, &str)] = &[
    ("article", "organic visits per month"),
    ("post", "engagement rate"),
    ("blog post", "organic visits per month"),
    ("guest post", "referral visits per month"),
    ("webinar", "leads from webinars"),
    ("call", "meetings booked"),
    ("cold call", "meetings booked"),
    ("video", "qualified video views"),
    ("newsletter", "newsletter subscribers"),
    ("conference", "leads sourced at events"),
    ("event", "leads sourced at events"),
    ("interview", "inbound demo requests"),
    ("test", "signup conversion rate"),
    ("a b test", "signup conversion rate"),
    ("campaign", "cost per lead"),
    ("podcast", "podcast listeners per episode"),
    ("case study", "sales-accepted leads"),
    ("white paper", "content-sourced leads"),
    ("landing page", "landing page conversion rate"),
    ("website", "visit-to-signup conversion rate"),
    ("homepage", "visit-to-signup conversion rate"),
    ("pricing page", "pricing page conversion rate"),
    ("crm", "lead-to-deal conversion rate"),
    ("referral", "signups from referrals"),
    ("brand", "branded search volume"),
    ("positioning", "win rate against competitors"),
    ("content", "organic visits per month"),
    ("seo", "organic visits per month"),
    ("social", "engagement rate on social posts"),
    ("community", "monthly active community members"),
    ("lead", "lead-to-deal conversion rate"),
    ("awareness", "branded search volume"),
    ("ads", "cost per acquisition"),
    ("ad", "cost per acquisition"),
];
