//! The coach's word lists. Rules in `analysis.rs` only ask "which classes does this word
//! or phrase belong to?", so extending the coach to new wording means adding a line here.
//!
//! Each table is one string of comma-separated entries, so adding a word is a small edit and
//! the tables stay compact. Entries are lower case. Single words are matched with light
//! stemming (plural `s`, `es`, `ies`, past `ed`, `ing`), so list the base form. Multi-word entries are matched word by
//! word; hyphens and slashes split words, so "co-publish" is listed as "co publish".

use super::classes::*;

/// Every table: (class, entries separated by commas). A word may appear in several tables.
pub const TABLES: &[(u32, &str)] = &[
    (
        MILESTONE,
        "launch, migrate, define, implement, hold, co publish, redesign, set up, setup, \
         finalize, finalise, create, build, hire, integrate, roll out, go live, complete, \
         finish, deploy, ship, install, introduce, establish, rebrand, select, choose, sign \
         off, kick off, develop, design, prepare, draft, document, map, automate, replace, \
         switch, move, consolidate, restructure, relaunch, refresh, rewrite, onboard, deliver, \
         organise, organize, open, start, begin, found, release, update, form, fix, track, \
         commit to, agree, enter, expand into, partner with, submit, issue, enable, measure, \
         support, add",
    ),
    (
        PROJECT,
        "launch, migrate, define, implement, hold, co publish, redesign, set up, setup, \
         finalize, finalise, hire, integrate, roll out, go live, complete, finish, deploy, \
         ship, install, rebrand, select, choose, sign off, kick off, draft, document, automate, \
         replace, switch, consolidate, relaunch, rewrite, release",
    ),
    (
        ACTIVITY_VERB,
        "write, publish, send, run, post, attend, make, produce, interview, call, host, record, \
         speak, present, organise, organize, do, conduct, shoot, film, email, tweet, blog, \
         share, test, meet, visit, pitch, contact, reach out, follow up, sponsor, exhibit, \
         translate, edit, give, perform, survey, review, audit, attend to, distribute, hand \
         out, give away, fine tune, tune, undertake, look at, read, train, coach, mentor, ask, follow, \
         photograph, shadow, respond, reply, talk to, talk with, prototype, verify, validate, identify, research, explore, \
         investigate, assess, evaluate, analyse, analyze, pilot, experiment",
    ),
    (
        GENERIC,
        "make, do, get, have, keep, go, take, put, bring, see, give",
    ),
    (
        ACTIVITY_NOUN,
        "article, post, blog post, guest post, webinar, call, cold call, video, newsletter, \
         conference, interview, test, a b test, experiment, campaign, meeting, podcast, \
         episode, case study, white paper, whitepaper, ebook, email, tweet, thread, story, \
         reel, talk, keynote, speaking slot, presentation, workshop, meetup, event, roundtable, \
         trade show, press release, guide, landing page, course, training, survey, ad, \
         creative, asset, piece, infographic, livestream, outreach, touchpoint, slot, content \
         piece, social media post, sequence, boot camp, bootcamp, feedback round, breakout session, \
         enablement session, training session, coaching session, town hall, study, qbr, review meeting, review call, breakout room, stream, conf, code review, \
         lead magnet, pipeline review, business review, account review, assessment, \
         onboarding session, catalog, catalogue, snippet, tutorial",
    ),
    (
        METRIC,
        "traffic, visit, visitor, pageview, page view, conversion, rate, lead, mql, sql, \
         revenue, mrr, arr, cac, cpa, cpl, cpc, cpm, ctr, roi, roas, nps, csat, signup, sign \
         up, subscriber, subscription, attendance, attendee, registrant, registration, \
         pipeline, open rate, domain authority, mention, audience, engagement, backlink, share, \
         share of voice, churn, retention, activation, download, install, user, customer, \
         client, follower, reader, listener, viewer, view, impression, click, deal, \
         opportunity, request, demo request, trial, recall, sentiment, score, bounce rate, time \
         on page, response time, time, cost, cost per lead, cost per acquisition, acquisition \
         cost, margin, ltv, arpu, aov, order value, order, purchase, sale, booking, referral, \
         review, rating, volume, search volume, rank, ranking, position, dau, mau, wau, no show \
         rate, reply rate, response rate, win rate, uplift, value, roi, spend, budget, member, \
         participant, account, partner, installs, awareness, consideration, adoption, usage, \
         growth, profit, income, sov, kpi, metric, citation, coverage, test coverage, code \
         coverage, uptime, latency, error rate, crash rate, load time, page load time, lead \
         time, cycle time, resolution time, handle time, accuracy, throughput, mttr, \
         organizer, organiser, provider, instructor, creator, educator, seller, \
         buyer, teacher, researcher, publisher, advertiser, merchant, \
         student, learner, volunteer, ambassador, influencer, sao, sal, acv, iacv, tcv, \
         nrr, grr, gmv, pql",
    ),
    (
        CHANGE,
        "increase, grow, raise, lift, boost, reduce, cut, lower, decrease, reach, achieve, \
         keep, get, drive, generate, register, hit, maintain, attain, exceed, go up, go down, \
         rise, fall, drop, climb, improve, shorten, bring down, bring, expand, accelerate, \
         deliver, add, gain, earn, attract, capture, convert, book, acquire, retain, sell, \
         bring in, rank, stay, remain, hold, come, move, source, double, halve, triple, \
         quadruple, scale, land, win, secure, sign, close, gather, collect, influence, accept",
    ),
    (
        ACQUIRE,
        "secure, win, sign, land, close, book, acquire, earn",
    ),
    (
        DIRECTION,
        "increase, grow, raise, lift, boost, reduce, cut, lower, decrease, rise, fall, drop, \
         climb, expand, shrink, shorten, improve, go up, go down, accelerate, scale, bring \
         down, slash, trim",
    ),
    (
        DOWN_VERB,
        "reduce, cut, lower, decrease, fall, drop, shrink, shorten, go down, bring down, slash, \
         trim, halve, in half, minimize, minimise",
    ),
    (
        DOWN_METRIC,
        "cost, cac, cpa, cpl, cpc, cpm, churn, bounce rate, unsubscribe rate, no show rate, \
         response time, spend, cost per lead, cost per acquisition, acquisition cost, time to \
         first value, unsubscribe",
    ),
    (
        RELATIVE_VERB,
        "double, halve, triple, quadruple, in half, by half, by a half, by a third, by a \
         quarter, by a fifth, by two thirds, twice as many, twice as much, three times as \
         many, three times as much, half as many, tenfold, threefold, twofold",
    ),
    (
        VAGUE,
        "improve, better, strengthen, optimize, optimise, enhance, impactful, effective, \
         efficient, quality, excellent, amazing, awesome, great, greater, stronger, strong, \
         significant, significantly, meaningful, robust, solid, consistent, maximize, maximise, \
         minimize, minimise, foster, nurture, empower, elevate, more, less, awareness, world \
         class, top notch, best, leading, engaging, double down, focus on, clearer, faster, easier, simpler, cleaner, happier, smoother, \
         quicker, smarter, richer, deeper, broader, wider, delightful, delight, seamless, \
         intuitive, frictionless, compelling, memorable, exceptional, outstanding, superior, \
         align, understand, fit, presence, visibility, reputation",
    ),
    (
        SUPERLATIVE,
        "best, greatest, world class, top notch, ultimate, number one, leading, the most, \
         market leader, industry leader, finest, unbeatable",
    ),
    (
        VOLATILE,
        "rank, ranking, position, share price, stock price, viral, trending, algorithm, \
         valuation, google position, serp position",
    ),
    (
        NETWORK,
        "twitter, x, linkedin, instagram, facebook, tiktok, youtube, reddit, pinterest, \
         threads, bluesky, snapchat, medium",
    ),
    (
        PLATFORM_COUNT,
        "mention, like, view, impression, retweet, repost, reaction",
    ),
    (
        COMPARATOR,
        "under, below, above, over, at least, at most, less than, more than, fewer than, no \
         more than, no less than, within, beyond, or more, or less, or higher, or lower, or \
         better, at or above, at or below, greater than, lower than, higher than, up to, down \
         to",
    ),
    (
        FREQUENCY,
        "every day, every week, every month, daily, weekly, monthly, biweekly, per day, per \
         week, per month, a day, a week, a month, each day, each week, each month, every, each, \
         quarterly, per quarter, a quarter, fortnightly",
    ),
    (
        UNIT,
        "percent, per cent, pp, point, percentage point, minute, min, second, sec, hour, hr, \
         day, week, month, k, m, bn, usd, eur, gbp, dollar, euro",
    ),
    (
        HOW,
        "through, via, using, thanks to, by means of, with the help of, by running, by \
         publishing, by launching, by creating, by improving, by optimizing",
    ),
    (
        STOP,
        "the, a, an, our, their, its, my, your, of, on, in, for, to, from, with, at, by, per, \
         and, or, that, which, who, across, into, onto, among, between, vs, versus, as, than, \
         up, down, all, every, each, this, next, is, are, be, will, we, us, it, while, so, \
         about, around, within, without, out, off, over, under, below, above, after, before, \
         during, until, since, least, most, via, through, using",
    ),
    (BE, "be, become, been, being, stay ahead"),
    (
        ROLE,
        "developer, engineer, designer, marketer, manager, sdr, bdr, account executive, \
         writer, analyst, specialist, scientist, recruiter, contributor, maintainer, teammate, \
         hire, headcount, ae, csm, rep, employee, sre",
    ),
    (
        SHIPPED,
        "feature, integration, connector, plugin, extension, endpoint, api, sdk, version, \
         market, country, region, city, partnership, launch",
    ),
    (
        INQUIRY,
        "research, explore, investigate, assess, evaluate, analyse, analyze, pilot, \
         experiment, test, prototype, verify, validate",
    ),
    (
        MAKING,
        "implementation, creation, development, generation, completion, launch, delivery, \
         release, rollout, roll out, publication, introduction, establishment, definition, \
         design, redesign, migration, integration, deployment, setup, set up, rebuild, \
         support, curation, translation, documentation",
    ),
    (INPUT, "budget, spend, ad spend, headcount, staff, output, fund"),
    (
        PERIOD_OVER,
        "quarter over quarter, year over year, month over month, week over week, qoq, yoy",
    ),
    (
        RELATIVE_MARK,
        "more, fewer, less, higher, lower, increase, decrease, growth, uplift, improvement, \
         reduction, up, down",
    ),
    (
        DATE,
        "january, february, march, april, may, june, july, august, september, october, \
         november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, q1, \
         q2, q3, q4, h1, h2, fy",
    ),
    (
        DONE,
        "launched, live, in place, done, completed, ready, approved, signed off, published, \
         shipped, rolled out, deployed, finished, delivered, selected, in production, \
         available, agreed, obtained, certified, up and running, operational, documented, \
         established, set up, signed, migrated, integrated, in use, adopted, built, written, held, chosen, drawn up, \
         ga, generally available, on sale, in beta",
    ),
];
