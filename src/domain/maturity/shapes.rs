//! What the words of a key result say about its shape, read from the coach's analysis: a
//! finished state, an ability, work on a rhythm, the team's own input, a population, a
//! from-to in words. `verdict::classify` weighs them into a verdict.

use super::analysis::Analysis;
use super::classes::*;

/// "The SDR team", "our team": the team itself (customers' "teams" are plural), as the
/// thing that grows. Not a team that receives ("leads handed to the sales team") or one
/// that names something else ("content team blog posts").
pub(super) fn own_team(a: &Analysis) -> bool {
    (0..a.tokens.len()).any(|i| {
        let receives = (i.saturating_sub(3)..i)
            .any(|k| matches!(a.word(k), "to" | "for" | "with" | "by" | "on" | "across"));
        let names_other = a.tokens.get(i + 1).is_some_and(|t| t.is_word())
            && !matches!(
                a.word(i + 1),
                "from" | "to" | "by" | "of" | "size" | "headcount"
            );
        a.word(i) == "team" && !receives && !names_other
    })
}

/// Whether the last words say the thing is in a finished state ("… in place", "… fully
/// implemented"), with at most a date after them ("… launched by Q2").
pub(super) fn ends_in_state(a: &Analysis) -> bool {
    let n = a.tokens.len();
    let Some(i) = (0..n).rev().find(|&i| a.tags[i].all() & DONE != 0) else {
        return ends_passive(a);
    };
    let end = if a.tags[i].phrase & DONE != 0 {
        a.tags[i].phrase_end
    } else {
        i + 1
    };
    // A state word leading the title is a verb of change ("Published 10 posts"), not a state.
    let closes = |from: usize| {
        (from..n).all(|k| {
            !a.tokens[k].is_word() || a.tags[k].all() & (DATE | STOP) != 0 || a.word(k) == "end"
        })
    };
    (i > 1 && closes(end)) || ends_passive(a)
}

/// "A detailed budget for the portal is developed": the last word is a participle after
/// "is" or "are", so the title says what will have been done.
fn ends_passive(a: &Analysis) -> bool {
    let Some(last) = (0..a.tokens.len()).rev().find(|&k| a.tokens[k].is_word()) else {
        return false;
    };
    let w = a.word(last);
    last > 2
        && w.len() > 4
        && w.ends_with("ed")
        && matches!(a.word(last - 1), "is" | "are" | "been")
}

/// "<who> can <do something>", "<who> are able to …", said of a short subject.
pub(super) fn states_an_ability(a: &Analysis) -> bool {
    (1..a.tokens.len().min(5))
        .any(|i| a.word(i) == "can" || (a.word(i) == "able" && a.word(i + 1) == "to" && i > 1))
}

/// Whether the title says the work comes back on a rhythm ("weekly", "once a month");
/// "every" and "each" alone are quantifiers, not a rhythm.
pub(super) fn recurs(a: &Analysis) -> bool {
    (0..a.tokens.len()).any(|i| {
        let t = a.tags[i];
        let phrase = t.phrase & FREQUENCY != 0 && t.phrase_end > i + 1;
        phrase || (t.class & FREQUENCY != 0 && !matches!(a.word(i), "every" | "each"))
    })
}

/// "from <time or frequency> to <time or frequency>" with no digits.
pub(super) fn from_to_in_words(a: &Analysis) -> bool {
    let timed = |k: usize| {
        a.tags
            .get(k)
            .is_some_and(|t| t.all() & (FREQUENCY | UNIT) != 0)
    };
    let n = a.tokens.len();
    (0..n).any(|i| {
        a.word(i) == "from"
            && (i + 1..(i + 4).min(n)).any(timed)
            && (i + 2..(i + 6).min(n))
                .any(|k| a.word(k) == "to" && (k + 1..(k + 4).min(n)).any(timed))
    })
}

/// A noun phrase ("the…", "a…", "our…") followed by a word of finished state (a
/// participle or "working"), with nothing that changes or measures.
pub(super) fn names_a_state(a: &Analysis) -> bool {
    // "Localised website in French": the title opens with the participle.
    let o = a.start;
    let opens_done = a.tokens.get(o).is_some_and(|t| t.is_word())
        && a.word(o).len() > 6
        && a.word(o).ends_with("ed")
        && a.tags[o].class & (CHANGE | DIRECTION | VAGUE | METRIC) == 0
        && a.tokens.get(o + 1).is_some_and(|t| t.is_word());
    if opens_done && !a.has(CHANGE | RELATIVE_VERB | METRIC) {
        return true;
    }
    if !matches!(a.word(o), "the" | "a" | "an" | "our") || a.has(CHANGE | RELATIVE_VERB) {
        return false;
    }
    // "A working referral flow", "An agreed brand guide": the state word comes before the
    // thing, so the thing's name may hold a metric word ("referral") without measuring it.
    let state_first = a.tokens.get(o + 1).is_some_and(|t| t.is_word())
        && (matches!(a.word(o + 1), "working" | "functioning" | "live")
            || a.tags[o + 1].all() & DONE != 0
            || (a.word(o + 1).len() > 5 && a.word(o + 1).ends_with("ed")));
    if state_first {
        return true;
    }
    if a.has(METRIC) {
        return false;
    }
    (o + 1..a.tokens.len()).any(|i| {
        let w = a.word(i);
        a.tokens[i].is_word() && (w == "working" || (w.len() > 5 && w.ends_with("ed")))
    })
}

/// Whether the title opens with a quantifier over a whole population, or puts one before
/// what it measures ("Answer every inbound lead in under a minute").
pub(super) fn universal(a: &Analysis) -> bool {
    let opens = a.tokens.get(a.start).is_some_and(|t| t.is_word())
        && matches!(
            a.word(a.start),
            "every" | "each" | "all" | "no" | "zero" | "none"
        );
    // "every" and "each" quantify whatever follows; "all" only a metric's population
    // ("all regional sites" is the scope of a rollout).
    opens
        || (1..a.tokens.len()).any(|i| match a.word(i) {
            "every" | "each" => a.tokens.get(i + 1).is_some_and(|t| t.is_word()),
            "all" => a.find_from(i + 1, METRIC).is_some_and(|m| m <= i + 3),
            _ => false,
        })
}

/// "Hire two customer engineers", "Recruit 3 SDRs": people joining the team, done or not,
/// whatever the number (the label guide reads hiring as a milestone).
/// "Onboard 2+ contributors", "Add 1 full-time Rust developer" are hires too; "Onboard
/// 300 new clients", "Onboard 500 festival organizers" and "Add 500 customers" count
/// customers or users.
pub(super) fn hires(a: &Analysis) -> bool {
    let role = a
        .head_range()
        .last()
        .is_some_and(|k| (a.tags[k].class | a.tags[k].all()) & ROLE != 0);
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

/// "Attend industry events": plural activity nouns mean repeated work.
pub(super) fn plural_activity(a: &Analysis) -> bool {
    (0..a.tokens.len()).any(|i| {
        let t = a.tags[i];
        let last = if t.phrase & ACTIVITY_NOUN != 0 {
            t.phrase_end - 1
        } else if t.class & ACTIVITY_NOUN != 0 {
            i
        } else {
            return false;
        };
        let w = a.word(last);
        w.ends_with('s') && w != a.tags[last].base
    })
}

/// What the leading verb acts on: the classes of the head (last word or known phrase) of
/// the words after it, up to a number or a function word ("Gathered | leads for clients",
/// "Complete | QBRs for …"); "test | customer pitch" acts on a pitch, not on customers.
pub(super) fn lead_object(a: &Analysis) -> u32 {
    let Some((_, mut end)) = a.lead else { return 0 };
    if matches!(a.word(end), "a" | "an" | "the" | "our") {
        end += 1;
    }
    let mut head = 0;
    for k in end..(end + 4).min(a.tokens.len()) {
        let t = a.tags[k];
        if !a.tokens[k].is_word() || t.class & STOP != 0 {
            break;
        }
        if !t.inner {
            head = t.all();
        }
    }
    head
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

/// "Half of new signups come from referrals", "two thirds of trials": a share of a
/// population in words, a number that can be read at any time.
pub(super) fn share_in_words(a: &Analysis) -> bool {
    (0..a.tokens.len()).any(|i| {
        matches!(
            a.word(i),
            "half" | "third" | "thirds" | "quarter" | "quarters" | "majority"
        ) && a.word(i + 1) == "of"
            && a.find_from(i + 2, METRIC).is_some_and(|m| m <= i + 5)
    })
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

/// Verbs of performing work rather than making a thing: "Run the contraction cycle",
/// "Audit all hooks", "Share outcomes at the conference".
pub(super) fn performs(a: &Analysis) -> bool {
    // "Shared onboarding framework …": a participle before a noun is no imperative.
    a.lead.is_some_and(|(i, _)| {
        !a.word(i).ends_with("ed")
            && matches!(
                a.tags[i].base,
                "run"
                    | "conduct"
                    | "audit"
                    | "perform"
                    | "attend"
                    | "host"
                    | "present"
                    | "speak"
                    | "meet"
                    | "visit"
                    | "call"
                    | "share"
                    | "survey"
                    | "interview"
                    | "pitch"
                    | "contact"
                    | "sponsor"
                    | "exhibit"
                    | "review"
                    | "undertake"
            )
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
        matches!(
            a.tags.get(p + 1).map_or("", |t| t.base),
            "hour" | "hr" | "minute" | "min" | "day"
        ) && (p + 2..(p + 5).min(a.tokens.len()))
            .take_while(|&k| {
                matches!(a.word(k), "of" | "in" | "on")
                    || (a.tags[k].class | a.tags[k].all()) & (FREQUENCY | UNIT | STOP) != 0
            })
            .any(|k| matches!(a.word(k), "of" | "in" | "on"))
    }) && a.lead_class & DOWN_VERB == 0
        && a.from_to.is_none()
}

/// Whether "every", "each" or "all" is followed closely by a metric's population ("every
/// enterprise deal", "all sales reps").
pub(super) fn quantifies_a_metric(a: &Analysis) -> bool {
    (0..a.tokens.len()).any(|i| {
        matches!(a.word(i), "every" | "each" | "all")
            && a.find_from(i + 1, METRIC).is_some_and(|m| m <= i + 3)
    })
}

/// A wish in what a milestone verb acts on ("Build stronger relationships"), not in the
/// purpose said after it ("Add a footer to improve SEO").
pub(super) fn wish_in_object(a: &Analysis) -> bool {
    let start = a.lead.map_or(0, |(_, end)| end);
    (start..a.tokens.len())
        .take_while(|&k| {
            !a.tokens[k].is_punct(b',') && !matches!(a.word(k), "to" | "so" | "enabling" | "in")
        })
        .any(|k| a.tags[k].all() & (VAGUE | SUPERLATIVE) != 0)
}
