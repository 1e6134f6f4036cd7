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

/// "<who> can <do something>", "<who> are able to …", "The web UI is capable of
/// importing a 4 GB file", said of a short subject.
pub(super) fn states_an_ability(a: &Analysis) -> bool {
    (1..a.tokens.len().min(5))
        .any(|i| a.word(i) == "can" || (a.word(i) == "able" && a.word(i + 1) == "to" && i > 1))
        || (2..a.tokens.len().min(8)).any(|i| {
            a.word(i) == "capable" && a.word(i + 1) == "of" && matches!(a.word(i - 1), "is" | "are")
        })
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

/// "Create a monthly financials dashboard", "Launch a weekly newsletter": the rhythm
/// describes one thing brought into being, which is done or not; "Hold weekly reviews"
/// and "Publish a weekly newsletter" do the recurring work itself.
pub(super) fn makes_a_recurring_thing(a: &Analysis) -> bool {
    a.lead.is_some_and(|(i, end)| {
        let makes = matches!(
            a.tags[i].base,
            "create"
                | "build"
                | "launch"
                | "start"
                | "introduce"
                | "establish"
                | "design"
                | "develop"
                | "relaunch"
                | "set"
        );
        // The rhythm describes the one thing: "a weekly newsletter", "a new monthly report".
        let one = a.is_article(end);
        let rhythm = (end + 1..a.tokens.len().min(end + 4))
            .take_while(|&k| a.tokens[k].is_word() && a.tags[k].class & STOP == 0)
            .any(|k| a.tags[k].class & FREQUENCY != 0);
        makes && one && rhythm
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
    if !a.is_article(o) || a.has(CHANGE | RELATIVE_VERB) {
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

/// "Attend industry events": plural activity nouns mean repeated work.
pub(super) fn plural_activity(a: &Analysis) -> bool {
    (0..a.tokens.len()).any(|i| plural_activity_at(a, i))
}

/// Whether token `i` starts a plural activity noun ("posts", "blog posts").
pub(super) fn plural_activity_at(a: &Analysis, i: usize) -> bool {
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
}

/// What the leading verb acts on: the classes of the head (last word or known phrase) of
/// the words after it, up to a number or a function word ("Gathered | leads for clients",
/// "Complete | QBRs for …"); "test | customer pitch" acts on a pitch, not on customers.
pub(super) fn lead_object(a: &Analysis) -> u32 {
    let Some((_, mut end)) = a.lead else { return 0 };
    if a.is_article(end) {
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
            !a.tokens[k].is_punct(b',')
                && !matches!(
                    a.word(k),
                    "to" | "so" | "enabling" | "in" | "where" | "which" | "that"
                )
        })
        .any(|k| a.tags[k].all() & (VAGUE | SUPERLATIVE) != 0)
}
