//! The verdict rules, one case a line: `title | verdict | why`. The cases are written in
//! our own words, not taken from the labelled sets, so they show the reading, not a line.

use super::super::assess_text;

fn check(cases: &str) {
    let wrong: Vec<String> = cases
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|line| {
            let mut parts = line.split(" | ");
            let (title, want, why) = (parts.next()?, parts.next()?, parts.next()?);
            let got = format!("{:?}", assess_text(title).verdict).to_lowercase();
            (got != want).then(|| format!("{title}: want {want} ({why}), got {got}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(cases
        .lines()
        .filter(|l| !l.trim().is_empty())
        .all(|l| l.split(" | ").count() == 3));
}

/// The shapes a title can take (`shapes.rs`).
#[test]
fn the_shape_of_a_title_decides_between_work_milestone_and_result() {
    check(
        "
Grow the SDR team from 5 to 9 people | task | the team grows: input
50 new qualified leads handed to the sales team | mature | the team receives
Increase sessions on the content team blog by 5% a month | mature | the team names the blog
Approach to track brand awareness in place | binary | ends in a state; a vague word in the name
Partner portal live by Q3 | binary | a state, then a date
Improve awareness until it is established | vague | a change toward a state
Create at least 5 how-to guides | task | a floor on the team's work
Publish at least 10 articles | task | a floor on the team's work
Keep at least 95% of customers | mature | a floor on what the market does
Distribute the book to 600 people | task | the team's own work
Deliver a weekly town hall session | task | work on a rhythm
A newsletter is published once a week | task | work on a rhythm
Launch a newsletter | binary | launched once: no rhythm
Every new account activated within its first week | mature | 'every' alone is not a rhythm
A costed plan for the partner portal is developed | binary | ends in 'is <done>'
Users can export their plan as a sheet | binary | an ability
Admins are able to invite a team | binary | an ability
Customers can get better support | vague | a wish stays a wish
≥50% of new accounts activated in their first week | mature | ≥ is a threshold
A working referral flow in the app | binary | a state word before the thing
An agreed pricing page for enterprise | binary | a state word before the thing
",
    );
}

/// What a title says is true, done or counted when no launch verb or change verb says it
/// (`states.rs`, `counts.rs`), as read in stop 24.
#[test]
fn a_title_says_what_is_true_done_or_counted() {
    check(
        "
Our pricing page has a self-serve checkout | binary | a fact about a thing
New trial users are greeted by an onboarding checklist | binary | a fact about a thing
Customers are happy with onboarding | vague | said of a metric's population: a wish
The brand will be the first name buyers think of | vague | will be: a wish
Partner portal updated with the new pricing tiers | binary | made, then described
Implementation of the new lead scoring model | binary | the making of a thing
Support for annual billing in the checkout | binary | a capability named as a noun
An up-to-date sales playbook exists | binary | exists
Marketing: Launch the partner newsletter | binary | an owner before a colon
Demand gen KR: Run 12 webinars | task | an owner before a colon
Signups: from 500 to 800 a month | mature | a metric before a colon is no owner
Reach pipeline coverage of 4x Q3 bookings | mature | a multiple beside a quarter is no date
Complete QBRs with all tier-1 accounts | task | the verb acts on the team's own work
Hold a monthly review call with every account over $50k | task | the numbers say for whom
Increase the number of experiments run from 4 to 10 a month | task | a count of the team's work
Double the number of demos booked by inbound | mature | booked by others: a response
Research pricing options for the enterprise tier | task | finding out is work
Evaluate three marketing automation vendors | task | finding out is work
Hire two product marketers | binary | a hire
Half of new pipeline comes from partners | mature | a share in words
Reply to every demo request within an hour | mature | a rule over every member, bounded
Run 3 rounds of customer feedback | task | running them is work ('rounds' alone: grant rounds are others')
Gather 300 sign-ups for the beta | mature | what the market gives
Ship 4 features for the self-serve plan | binary | each feature shipped or not
Two new CRM integrations | binary | each integration shipped or not
Grow weekly users of the Slack integration from 200 to 500 | mature | a shipped thing's users
Published customer case studies | task | a past verb on repeated work
Write a guide that gets 2,000 downloads | mature | the work, then the response it brings
Roll out the new onboarding to 200 accounts | binary | how far a launch goes
Did I run 4 webinars this quarter? | task | a personal check, read as its work
Research and finalize the pricing proposal | binary | finding out, then a thing finished
Implement lead routing within the first two weeks | binary | the number says when
Increase unit test coverage from 45% to 75% | mature | coverage is a metric, though tests are work
Launch the recommender with >5% CTR on recommendations | mature | a floor on a metric, not on the work
Onboard 2+ maintainers to the docs working group | binary | people joining: a hire
Expand into 2 new European markets | binary | each market entered or not
Attend trade shows in three countries | task | the countries are where the work happens
Pitch journalists at least 3 times a week | task | how often the team does a thing
Booked on 8 podcasts with 10k+ listeners | mature | 10k+ is a floor; a booking is granted, not made
Newsletter signups: 2k/month | mature | 2k is an amount, not the year 2000
Hold bi-weekly pipeline reviews with each AE | task | work on a rhythm, though named with a metric word
Weekly customer webinars | task | work on a rhythm, no verb
Translated pricing page for the Nordics | binary | opens with a participle of making
The chatbot answers billing questions | binary | what a thing does
Partner community up & running | binary | & is and
Ask 200 happy customers for a review | task | asking is the team's work
Add 1 full-time content marketer | binary | a hire by another verb
Add 500 paying customers | mature | customers, not a role
Increase the number of newsletter/LinkedIn followers by 2x | mature | the last noun is what is counted
Increase the average number of sessions per user by 20% | mature | a rate of what users do
5,000 apps deployed on the platform | mature | a count first: what others did
Reduce the time needed to set up a demo environment | vague | a state word after a verb of change
Boost posts on Instagram and Facebook | task | more of the team's own output
Grow 30-day retention | vague | 30-day is the window, not a target
3. Referral programme live for all plans by EOQ | binary | a list marker is no count
Loyalty points system in the app | binary | a thing named, no verb, no number
Returns portal self-serve for EU customers | binary | the metric word only says for whom
Align our messaging with sales | vague | an imperative, and a wish
Messages per active user | vague | a rate's name, no target
XXX customer testimonials | vague | a number left to fill in
Gift cards on sale online | binary | on sale is a finished state
API reference generated from the OpenAPI spec | binary | made, then described
Newsletter subscriptions have reached 10,000 | mature | a change that happened, not a state
Support tickets about billing down 30% | mature | the direction said after the noun
Ensure <5-day turnaround for partner requests | mature | a bounded number is no window
Launch a corporate partnerships programme with 10 companies | binary | the number describes the thing launched
Start conversations with 100 PMs | task | a plural named first is work
Average number of prompts executed per session | vague | a metric's name, no target
3+ new integrations in the marketplace | binary | a floor on shipped things
File uploads work on all modern browsers | binary | what a thing does
Pricing experiment framework in beta | binary | in beta is a finished state
Investor data room complete | binary | complete after a thing
Respond to App Store reviews every day | task | responding is the team's work, on a rhythm
Deliver X% increase in demo requests vs Q2 | vague | a number left to fill in
Launch feature X | binary | X names the feature here
Implementing cost-saving measures across the office | task | a gerund names work under way
Support single sign-on in the admin console | binary | a capability to build
Onboard 500 festival organizers | mature | people who join are an audience
Launch 3 flagship partnerships with distributors | binary | partnerships concluded one by one
Fund security work in at least ten projects | task | money put in
Design system created with a visual identity (0.0 → 1.0) | binary | a score from 0 to 1 is done or not
Ship a live dashboard where the team approves fixes in <10 seconds | binary | one thing built; the number describes it
Organize a booth at 2 trade shows | task | the number counts events
Launch LinkedIn and Google ads by 4/21 | binary | 4/21 is a date
Run a G2 review campaign | task | running is performing work
Write the brand guide | binary | writing makes one thing
Ensure 100% of flagged outputs include source citations | mature | output is input only when it is what is counted
Ten hours a week in customer research | task | time put in
Cut 10 hours of manual reporting a week | mature | time saved is a gain
Increase the template catalog by 40% | task | more of the team's own output
Add a footer to improve SEO | binary | the wish is the purpose, not the thing built
Build stronger relationships with partners | vague | the wish is the thing built
Each tutorial has a landing page that lists its lessons | binary | what each of a few things has
Grow paying customers from 0 to 100 | mature | a count from zero, not a 0-to-1 score
Cut churn by 1/3 | mature | a fraction after a verb of change, not a date
Spend per acquisition down from $50 to $30 | mature | a cost to cut, not money put in
Migrate 20 servers | binary | each migrated thing is a milestone; servers are no audience
KR: A working referral flow | binary | the title opens after its label
1. Sales: Launch the partner portal | binary | a list marker, then an owner
One case study reaches 5,000 readers | mature | a thing the team made, and others' response to it
",
    );
}

/// Readings added in stop 25: who acts in a share, what a reached state is, which words
/// are nouns, and what a backlog count measures.
#[test]
fn whose_work_is_counted_and_what_is_reached() {
    check(
        "
100% of the SDR team certified on the new pitch | task | the team's own people at work
90% of engineers attend a customer call each quarter | task | the team's own people at work
Every AE completes negotiation training by March | task | the team's own people at work
100% of customers onboarded within 14 days | mature | customers: the market
Achieve ISO 27001 certification by Q3 | binary | a state granted or not
Reach feature parity with the market leader | binary | a state granted or not
Achieve 95% compliance with the response SLA | mature | a share again
Scorecard for churn by segment in the BI tool | binary | 'segment' and 'by' name, no verb
Create a monthly churn dashboard | binary | one thing made; the rhythm describes it
Launch a weekly newsletter | binary | one thing launched
Publish a weekly newsletter | task | the recurring work itself
All help articles link to the matching video | binary | a relation that is true or not
Bring back X number of lapsed customers | vague | a number left to fill in
2H 2026 channel plan delivered with sign-off | binary | a half year, not a count
1 reseller contract drafted and signed | binary | one thing, then its state
Add 1 full time, senior backend developer | binary | a hire; commas part the adjectives
Close 25 usability issues from the beta | task | the team's own backlog worked off
Reduce open support bugs from 80 to 20 | mature | a change in how many there are
Win regional design awards | vague | more of what others grant, no number
Sign the reseller agreement with Acme | binary | one thing won
Grow our presence in the Nordics | vague | a wish noun
Head of Growth, EMEA: Launch the referral programme | binary | an owner label with a comma
The mobile app is capable of working offline | binary | an ability
The importer can load a 2 GB sheet | binary | an ability: a size alone
The importer can load a 2 GB sheet in 30 seconds | mature | an ability within a time
Have a signed data processing agreement with every vendor | binary | the thing is there or not
Have happier customers | vague | a wish
At least one customer story published on the site | binary | a floor of one: exists or not
Publish at least one post a week | task | work on a rhythm
No ticket waits more than one business day | mature | one is a span of time
Show all 5 funnel stages on the dashboard | binary | the number sizes a set
Launch 3 partner integrations in the marketplace | binary | each launch a milestone
Launch 5 paid campaigns | task | campaigns are the team's work
Rewrite 20 help articles | task | rewriting content is work
Record 3x 10-minute product videos | task | 3x counts videos
Grow pipeline 3x | mature | 3x multiplies
Deliver 120 SAOs from target accounts | mature | opportunities the market gives
Each member of the support team joins 2 customer calls a month | task | the team's own people at work
1 architecture diagram of the partner ecosystem | binary | one thing, named first
One in four trials converts to paid | mature | a ratio, not one thing
Join the regional marketing alliance | binary | an unknown verb done to one thing
Revamp the Partner Portal | binary | an unknown verb done to one named thing
Own the category conversation | vague | an unknown verb, nothing named: a wish
Reach 1,000 certified partners | mature | a count, not a state reached
Achieve a sales readiness score of 85 | mature | the state names a score
Achieve X% compliance with brand guidelines | vague | a number left to fill in
50% of developers who sign up complete the quickstart | mature | a role in a relative clause is a customer
100% of the sales team certified on the new pitch | task | the sales team is the team's own
1 million impressions delivered | mature | one million is no one thing
1 in 5 demos converted to paid | mature | a ratio
Resolve 90% of customer issues within 24 hours | mature | a service level
0 critical vulnerabilities in production | mature | a quality bar
Onboard 300 developer accounts | mature | accounts, not developers hired
Drive 3x newsletter signups | mature | 3x multiplies a metric
Outperform the competition on brand awareness | vague | asked of the team, no measure
Secure Series A funding | binary | a name is no plural
Launch a new weekly newsletter | binary | one thing launched
New customers can go live within 3 days | mature | an ability within a time
Bring page load time below two seconds on mobile | mature | seconds are speed, not time put in
Support tickets per active customer below 0.4 a month | mature | words before per name a rate
Book 3 discovery calls a week per AE | task | a quota for each member of the team
Have each AE close 3 deals over $50k | mature | deals are what the market gives
[dana] Launch the referral programme | binary | an owner's handle in brackets
Paid search cost per lead lower than LinkedIn's | mature | one measure against another
Referral signups exceed paid signups | mature | one measure against another
Be better than our competitors | vague | a wish
",
    );
}

/// Any title built from the words and marks the rules look at (owners and colons, "&",
/// "X%", "N5", "10k+", "4/21", "<5-day", participles, "each", "per") gets a verdict
/// without a panic, and every span it marks is on character boundaries.
#[cfg(not(target_arch = "wasm32"))]
mod fragments {
    use super::super::super::{assess_text, Verdict};
    use proptest::prelude::*;

    const PARTS: &[&str] = &[
        "Sales:",
        "KR:",
        "Launch",
        "Ship",
        "Hire",
        "Onboard",
        "Add",
        "Run",
        "Audit",
        "the",
        "a",
        "each",
        "every",
        "all",
        "3",
        "10k+",
        "X%",
        "$N",
        "N5",
        "4/21",
        "<5-day",
        "0.0 → 1.0",
        "&",
        "features",
        "partnerships",
        "organizers",
        "demos",
        "booked",
        "implemented",
        "has",
        "supports",
        "exists",
        "in beta",
        "complete",
        "per",
        "user",
        "hours",
        "of",
        "research",
        "Implementing",
        "number",
        "to",
        "improve",
        "SEO",
        ",",
        "(",
        ")",
        "€",
        "🙂",
        "ÿ",
        "-",
        "/",
        ">",
        "≥",
        "1.",
        "from",
        "weekly",
        "by",
        "20%",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn any_title_gets_a_verdict_with_spans_on_char_boundaries(
            picks in proptest::collection::vec(0..PARTS.len(), 0..14)
        ) {
            let text = picks.iter().map(|&i| PARTS[i]).collect::<Vec<_>>().join(" ");
            let a = assess_text(&text);
            for f in &a.findings {
                if let Some(s) = f.span {
                    prop_assert!(text.get(s.start..s.end).is_some(), "{:?} {:?}", text, s);
                }
            }
            prop_assert!(a.verdict == Verdict::Mature || a.suggestion.is_some());
        }
    }
}
