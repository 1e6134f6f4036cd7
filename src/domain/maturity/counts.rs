//! What the main number of a key result counts, read from the coach's analysis: the
//! team's own work, people hired, things shipped, time or money put in, or what the market
//! does in response. `verdict::classify` weighs them for a title with numbers.

use super::analysis::{Analysis, Head};
use super::classes::*;
use super::shapes::lead_object;

/// "Hire two customer engineers", "Recruit 3 SDRs": people joining the team, done or not,
/// whatever the number (the label guide reads hiring as a milestone).
/// "Onboard 2+ contributors", "Add 1 full-time Rust developer" are hires too; "Onboard
/// 300 new clients", "Onboard 500 festival organizers" and "Add 500 customers" count
/// customers or users.
pub(super) fn hires(a: &Analysis) -> bool {
    let is_role = |k: usize| (a.tags[k].class | a.tags[k].all()) & ROLE != 0;
    // "Add 1 full time, full stack developer": commas may part the role's adjectives, so
    // the role is the last noun after the number, before a function word ("developer
    // accounts" are accounts).
    let role_after_number = a.primary.is_some_and(|p| {
        (p + 1..a.tokens.len().min(p + 8))
            .take_while(|&k| !a.tokens[k].is_word() || a.tags[k].class & STOP == 0)
            .filter(|&k| a.tokens[k].is_word())
            .last()
            .is_some_and(is_role)
    });
    let role = a.head_range().last().is_some_and(is_role) || role_after_number;
    a.lead.is_some_and(|(i, _)| match a.tags[i].base {
        "hire" => true,
        "onboard" => role,
        "add" | "fill" => role,
        _ => a.word(i).starts_with("recruit"),
    })
}

/// "Play the guitar at least 5 times per week", "Post on LinkedIn 5 times a week": how
/// often someone does a thing is effort. Not when the sentence is about a population
/// ("Customers log in 3 times a week").
pub(super) fn how_often(a: &Analysis) -> bool {
    let Some((lead, _)) = a.lead else {
        return false;
    };
    let imperative = a.tags[lead].class & (METRIC | STOP) == 0 && a.lead_class & CHANGE == 0;
    imperative && a.has(FREQUENCY) && a.quantities.iter().any(|&q| a.word(q + 1) == "times")
}

/// "… a blog post that gets 100+ reads", "… a talk which brings 30 leads": a relative
/// clause whose verb of change comes right before the main number, so the number counts
/// what others do in response to the work.
pub(super) fn responds(a: &Analysis) -> bool {
    let Some(p) = a.primary else { return false };
    let lead_end = a.lead.map_or(0, |(_, end)| end);
    (p.saturating_sub(2)..p).any(|v| {
        v >= lead_end
            && a.tags[v].class & CHANGE != 0
            && a.tags[v].class & (MILESTONE | ACTIVITY_VERB) == 0
            && (v.saturating_sub(3)..v).any(|k| matches!(a.word(k), "that" | "which" | "who"))
    })
}

/// Whether a metric word stands outside the main number's head: "Run webinars that bring
/// 200 leads" names a response; in "10 sales calls" the metric word only names the calls.
pub(super) fn metric_beside_head(a: &Analysis) -> bool {
    let head = a.head_range();
    (0..a.tokens.len()).any(|k| !head.contains(&k) && a.tags[k].all() & METRIC != 0)
}

/// "Book 30 demos", "Booked on 8 podcasts": work the market grants the team (a verb of
/// winning, or a participle saying others acted) is a response, not the team's output.
pub(super) fn obtained(a: &Analysis) -> bool {
    a.lead_class & ACQUIRE != 0 || head_answered(a)
}

/// Whether the main number counts things a product team ships ("3 features").
pub(super) fn counts_shipped(a: &Analysis) -> bool {
    a.head_range()
        .last()
        // "marketing" is not "market" however it stems.
        .is_some_and(|k| a.tags[k].class & SHIPPED != 0 && !a.word(k).ends_with("ing"))
}

/// "Increase the number of A/B tests run from 4 to 10": the number counts the team's own
/// work. Not when a participle says others did it ("meetings booked", "events attended by").
pub(super) fn counts_own_work(a: &Analysis) -> bool {
    let n = a.tokens.len();
    (0..n).any(|i| {
        if !(a.word(i) == "number" && a.word(i + 1) == "of") {
            return false;
        }
        // The head is the last noun ("emails/twitter/slack followers" counts followers);
        // a known phrase may open with a function word ("a/b test").
        let mut head = 0;
        let mut k = i + 2;
        while k < n && k < i + 8 {
            let t = a.tags[k];
            if a.tokens[k].is_punct(b'/') || a.tokens[k].is_punct(b'-') {
                k += 1;
                continue;
            }
            if !a.tokens[k].is_word() || (t.class & STOP != 0 && t.phrase == 0) {
                break;
            }
            if answers(a, k) {
                return false;
            }
            // A verb after the noun ("tests run") says what was done with it.
            let verb = t.all() & (ACTIVITY_VERB | CHANGE | MILESTONE) != 0
                && t.all() & (ACTIVITY_NOUN | METRIC) == 0;
            if !t.inner && !verb {
                head = t.all();
            }
            k += 1;
        }
        // "sessions per user" is a rate of what users do.
        let rate = a.word(k) == "per";
        head & ACTIVITY_NOUN != 0 && head & METRIC == 0 && !rate
    })
}

/// "meetings booked", "a post hits the top 5": a verb saying someone else acted on the
/// thing, so its count is a response, not the team's work ("posts published", "projects
/// delivered").
pub(super) fn answers(a: &Analysis, k: usize) -> bool {
    let c = a.tags[k].class;
    let w = a.word(k);
    k > 0
        && (w.ends_with("ed") || (w.ends_with('s') && w != a.tags[k].base))
        && c & (CHANGE | ACQUIRE) != 0
        && c & (MILESTONE | ACTIVITY_VERB) == 0
}

/// Whether the words right after the main number's head say someone else acted on it.
pub(super) fn head_answered(a: &Analysis) -> bool {
    let after = a.head_range().end;
    after > 0 && after < a.tokens.len() && answers(a, after)
}

/// "Launch the partnerships programme with 10 companies": the verb acts on one thing named
/// before the number, which only describes it. A plural named first is a count of work
/// ("Start conversations with 100 PMs").
pub(super) fn names_one_thing(a: &Analysis) -> bool {
    a.lead.zip(a.primary).is_some_and(|((_, end), p)| {
        (end..p)
            .take_while(|&k| !a.tokens[k].is_word() || a.tags[k].class & STOP == 0 || k == end)
            .filter(|&k| a.tokens[k].is_word() && a.tags[k].class & STOP == 0)
            .last()
            .is_some_and(|k| !a.word(k).ends_with('s'))
    })
}

/// Whether what the team puts in is what is counted: the lead, its object or the main
/// number's head ("Raise the budget …", "Grow content output …"), not a word further on
/// ("100% of flagged outputs include citations").
pub(super) fn input_counted(a: &Analysis) -> bool {
    let in_head = a.head_range().any(|k| a.tags[k].all() & INPUT != 0);
    // "100% of flagged outputs …": a share of a population is read, not put in.
    let share = a
        .primary
        .is_some_and(|p| a.num(p).is_some_and(|n| n.percent) && a.word(p + 1) == "of");
    (in_head || lead_object(a) & INPUT != 0) && !share
}

/// Whether the main number counts people in a role ("20+ engineers"): work done for them.
pub(super) fn counts_people(a: &Analysis) -> bool {
    a.head_range()
        .any(|k| (a.tags[k].class | a.tags[k].all()) & ROLE != 0)
}

/// "Ten hours in analysis and development", "150 minutes of exercise every week": time the
/// team puts in, not a result ("Cut 10 hours of manual work" saves it, a gain).
pub(super) fn time_spent(a: &Analysis) -> bool {
    a.primary.is_some_and(|p| {
        // Hours and days are put in; seconds are how fast something is.
        a.is_duration(p + 1)
            && !matches!(a.word(p + 1), "second" | "seconds" | "sec" | "secs" | "ms")
            && (p + 2..(p + 5).min(a.tokens.len()))
                .take_while(|&k| {
                    matches!(a.word(k), "of" | "in" | "on")
                        || (a.tags[k].class | a.tags[k].all()) & (FREQUENCY | UNIT | STOP) != 0
                })
                .any(|k| matches!(a.word(k), "of" | "in" | "on"))
    }) && a.lead_class & DOWN_VERB == 0
        && a.from_to.is_none()
}

/// "100% of the SDR team certified on the new pitch", "90% of engineers attend a customer
/// call each quarter", "Every AE completes negotiation training": a share of the team's
/// own people doing what is asked of them counts the team's effort, not a response from
/// the market. The population is the team or a role in it; the verb is work or training.
pub(super) fn own_people_effort(a: &Analysis) -> bool {
    let n = a.tokens.len();
    let s = a.start;
    let share_opens = matches!(a.word(s), "every" | "each" | "all")
        || a.num(s).is_some_and(|v| v.percent) && a.word(s + 1) == "of";
    if !share_opens {
        return false;
    }
    // The population: the first noun phrase, up to its verb. Training and attending are
    // activity verbs already; finishing, taking part and being certified are said here
    // because their words ("complete", "certified") mean other things elsewhere.
    let Some(verb) = (s + 1..n.min(s + 7)).find(|&k| {
        let w = a.word(k);
        a.tags[k].class & (ACTIVITY_VERB | INQUIRY) != 0
            || ["complet", "finish", "contribut", "particip", "certifi"]
                .iter()
                .any(|stem| w.starts_with(stem))
    }) else {
        return false;
    };
    // "50% of developers who sign up complete the quickstart": a relative clause makes the
    // role a kind of customer.
    if (s + 1..verb).any(|k| matches!(a.word(k), "who" | "that" | "which")) {
        return false;
    }
    (s + 1..verb).any(|k| {
        // Contributors are a project's community, and a hire is the act of hiring.
        let role = a.tags[k].class & ROLE != 0 && !matches!(a.tags[k].base, "contributor" | "hire");
        // "the sales team" is the team's own; "customer teams" are the market.
        let team = matches!(a.word(k), "team" | "teams" | "staff" | "employees" | "reps")
            && !matches!(
                a.word(k - 1),
                "customer"
                    | "customers"
                    | "client"
                    | "clients"
                    | "user"
                    | "users"
                    | "partner"
                    | "partners"
                    | "their"
            );
        role || team
    })
}

/// "Close 10 usability issues", "Fix 6 of 14 data quality issues", "Resolve the top 30
/// ShellCheck warnings", "11 frontend S3/S4 bugs": a count of the team's own backlog worked
/// off is effort. A change in how many there are is a measure ("Reduce the security backlog
/// from 90 to 40 issues", "Less than 2 major bugs found in production").
pub(super) fn works_off_backlog(a: &Analysis) -> bool {
    // The team's backlog: bugs, issues, defects, warnings, vulnerabilities, pain points.
    let item = |k: usize| {
        let w = a.word(k);
        ["bug", "issue", "defect", "warning", "vulnerabilit"]
            .iter()
            .any(|stem| w.starts_with(stem))
            || (w.starts_with("point") && k > 0 && a.word(k - 1) == "pain")
    };
    // Worked off by a verb of fixing, or counted alone ("11 frontend bugs").
    let verb = a.lead.is_none_or(|(i, _)| {
        ["fix", "clos", "resolv", "triag", "address"]
            .iter()
            .any(|stem| a.word(i).starts_with(stem))
    });
    if !verb || a.primary.is_none() {
        return false;
    }
    // A share within a time is a service level ("Resolve 90% of issues within a day"),
    // and none is a quality bar ("0 critical vulnerabilities in production").
    let service_level = || (0..a.tokens.len()).any(|k| a.is_duration(k));
    let count = a
        .primary
        .and_then(|p| a.num(p))
        .is_some_and(|n| n.value > 0.0 && !(n.percent && service_level()));
    let counted = a.primary.is_some_and(|p| {
        (p + 1..a.tokens.len().min(p + 7))
            .take_while(|&k| {
                !a.tokens[k].is_word() || a.tags[k].class & STOP == 0 || a.word(k) == "of"
            })
            .any(item)
    });
    count
        && counted
        && a.from_to.is_none()
        && a.relative.is_none()
        && a.threshold.is_none()
        && a.lead_class & (DOWN_VERB | DIRECTION) == 0
}

/// Whether the threshold is on the main number itself ("Create at least 5 guides"), not
/// on a metric further on ("Implement the recommender (top-10 products) with >5% CTR").
pub(super) fn floor_on_head(a: &Analysis) -> bool {
    a.threshold.is_some_and(|s| {
        a.primary
            .and_then(|p| a.tokens.get(p))
            .is_some_and(|t| t.start >= s.start && t.end <= s.end)
    })
}

/// "At least one findings report published", "1 diagram of the community structure": a
/// floor of one on a thing, or one thing named first, is whether it exists. "Show all 5
/// funnel stages": the number is the size of a set, all of which is covered or not.
/// Not a span of time ("more than one business day"), not work ("Run at least one
/// marathon"), not a metric ("1 in 3 visitors"), and not what others do ("1 post hits
/// the top 5").
pub(super) fn names_one_or_all(a: &Analysis) -> bool {
    let Some(p) = a.primary else { return false };
    if a.from_to.is_some()
        || a.relative.is_some()
        || a.head == Head::Metric
        || a.lead_class & ACTIVITY_VERB != 0
        || a.has(FREQUENCY)
        || a.tags
            .get(p + 1)
            .is_some_and(|t| t.class & (UNIT | DATE | FREQUENCY) != 0)
    {
        return false;
    }
    let early = p <= a.lead.map_or(a.start, |(_, end)| end) + 2;
    let first = p == a.start && !a.has(CHANGE);
    let one = a.names_one(p) && ((floor_on_head(a) && early) || first);
    one || (p > 0 && a.word(p - 1) == "all")
}

/// "Launch 4 production AI workflows", "Consolidate 4 API gateways": each thing a verb of
/// shipping delivers is a milestone, unless it is the team's work ("Launch 5 campaigns",
/// an activity noun) or people. Verbs that change one thing again and again ("Redesign 3
/// pages", "Rewrite 20 articles", "Automate 50% of tasks") are work, so left out.
pub(super) fn ships_each_thing(a: &Analysis) -> bool {
    let ships = a.lead.is_some_and(|(i, _)| {
        matches!(
            a.tags[i].base,
            "launch"
                | "ship"
                | "release"
                | "deploy"
                | "consolidate"
                | "migrate"
                | "relaunch"
                | "integrate"
                | "install"
                | "replace"
        )
    });
    ships
        && a.from_to.is_none()
        && a.relative.is_none()
        && a.threshold.is_none()
        && a.head == Head::Other
        && a.primary.and_then(|p| a.num(p)).is_some_and(|n| !n.percent)
        && !counts_people(a)
}

/// "Book 2 customer calls per week per PM", "3 posts a month for each AE": a quota for
/// each member of the team is what the team does, whatever the verb.
pub(super) fn quota_per_member(a: &Analysis) -> bool {
    a.head != Head::Metric
        && !metric_beside_head(a)
        && (1..a.tokens.len()).any(|k| {
            matches!(a.word(k - 1), "per" | "each" | "every")
                && (a.tags[k].class & ROLE != 0 || matches!(a.word(k), "pm" | "team" | "member"))
        })
}
