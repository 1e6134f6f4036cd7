//! The verdict from the words of a key result: mature, binary, task or vague. The
//! features come from `analysis.rs`, `shapes.rs`, `states.rs`, `counts.rs` and `claims.rs`;
//! this file only weighs them, first for a title with numbers, then for one without.

use super::analysis::{Analysis, Head};
use super::claims::*;
use super::classes::*;
use super::counts::*;
use super::shapes::*;
use super::states::*;
use super::Verdict;

pub(super) fn classify(a: &Analysis) -> Verdict {
    // Whose behaviour is counted comes first: the team's own people at work is effort,
    // with or without a number.
    if own_people_effort(a) {
        return Verdict::Task;
    }
    if reaches_a_state(a) {
        return Verdict::Binary;
    }
    if !a.quantities.is_empty() || a.has(RELATIVE_VERB) {
        counted(a)
    } else {
        worded(a)
    }
}

/// "Do 5 customer visits a month": "do" is too general to name the work, but whatever
/// follows it is the team's doing.
fn pure_activity(a: &Analysis) -> bool {
    let lead = a.lead_class;
    let does = a.lead.is_some_and(|(i, _)| a.word(i) == "do");
    lead & ACTIVITY_VERB != 0 && (lead & (GENERIC | CHANGE) == 0 || does)
}

/// A title with numbers: what they count, and whether a pattern makes them a target.
fn counted(a: &Analysis) -> Verdict {
    let lead = a.lead_class;
    let pattern = a.from_to.is_some() || a.relative.is_some() || a.threshold.is_some();
    // "Hire one manager" is a milestone with a number in it.
    let just_one = a
        .primary
        .and_then(|p| a.num(p))
        .is_some_and(|n| n.value == 1.0 && !n.percent && !n.currency);
    // "SOC 2 certification obtained", "Release 2.0 shipped": a thing named as a state
    // (done or not), its number part of the name or a count of what is delivered, not a
    // metric that moves. "3,000 smart contracts deployed": a count first is what others
    // did, not one thing done.
    let done_after = done_after_subject(a);
    let state = (a.has(DONE)
        && lead & (CHANGE | RELATIVE_VERB) == 0
        && a.head != Head::Metric
        && !a.opens_with_count())
        || done_after;
    // "Raise the budget from $10k to $25k", "Grow the SDR team from 5 to 9": more of
    // what the team puts in is effort, whatever the numbers (less of it can be a gain).
    // "Spend $20k on paid search": the verb is the input; with a change said ("Spend per
    // acquisition down from $50 to $30") it is a cost to cut.
    let more_input = (lead & INPUT != 0 && a.from_to.is_none() && a.relative.is_none())
        || ((input_counted(a) || own_team(a)) && lead & DOWN_VERB == 0 && !a.has(DOWN_METRIC));
    // "Create at least 5 how-to guides": a floor on how much the team makes is still
    // an amount of work, not a response to it.
    // The floor must be on the work counted, not on a metric further on ("Implement the
    // recommender (top-10 products) with >5% CTR").
    let bounded_work = floor_on_head(a)
        && a.from_to.is_none()
        && a.relative.is_none()
        && lead & (ACTIVITY_VERB | MILESTONE) != 0
        && lead & CHANGE == 0
        && a.head != Head::Metric;
    // "Complete QBRs for all tier-1 accounts", "Undertake a monthly review call with all
    // accounts over $1m": the verb acts on the team's own work; the numbers only say
    // for whom.
    // Not when a target on a metric follows ("Start the community call again, and grow
    // attendance by 10%").
    let works_on_own_output = lead & (MILESTONE | ACTIVITY_VERB) != 0
        && lead & DIRECTION == 0
        && !((a.from_to.is_some() || a.relative.is_some()) && a.head == Head::Metric)
        && (lead_object(a) & (ACTIVITY_NOUN | METRIC) == ACTIVITY_NOUN
            || (lead & INQUIRY != 0 && !pattern));
    // "Design system created (0.0 → 1.0)": a score from 0 to 1 is done or not done.
    let scored_done = a.head != Head::Metric
        && a.from_to
            .is_some_and(|(from, to, _)| from == 0.0 && to == 1.0);
    // "Write a blog post that gets 100+ reads": the work, then the response it should
    // bring, counted.
    let answered_work = responds(a);
    // "Launch Feature X to 10 customers": the number says how far the launch goes.
    let rollout = lead & PROJECT != 0
        && !pattern
        && a.primary.is_some_and(|p| p > 0 && a.word(p - 1) == "to");
    // "Hire at least two engineers": a floor on a hire is still a hire. "Ship 3
    // features", "Three new integrations": each shipped or not.
    let hiring = hires(a) && a.from_to.is_none() && a.relative.is_none();
    // A floor on shipped things is still things shipped ("3+ integrations").
    let shipped = counts_shipped(a)
        && a.from_to.is_none()
        && a.relative.is_none()
        && lead & (DIRECTION | ACTIVITY_VERB) == 0
        && (lead & CHANGE == 0 || lead & MILESTONE != 0);
    if answered_work {
        Verdict::Mature
    } else if works_off_backlog(a) {
        Verdict::Task
    } else if scored_done
        || (lead & MILESTONE != 0
            && lead & CHANGE == 0
            && !matches!(a.head, Head::Metric | Head::Activity)
            && !counts_people(a)
            && a.from_to.is_none()
            && a.relative.is_none()
            && names_one_thing(a))
    {
        // "Ship a live dashboard … in <10 seconds per place": one thing built, the number
        // describes it.
        Verdict::Binary
    } else if (done_after && !pattern && a.head != Head::Metric)
        || hiring
        || shipped
        || rollout
        || names_one_or_all(a)
        || ships_each_thing(a)
    {
        Verdict::Binary
    } else if (a.head == Head::Activity && !metric_beside_head(a) && !obtained(a))
        || bounded_work
        || works_on_own_output
        || how_often(a)
        || time_spent(a)
        || (counts_own_work(a) && lead & DOWN_VERB == 0)
        || quota_per_member(a)
    {
        Verdict::Task
    } else if (state
        || (states_an_ability(a) && lead & (CHANGE | DIRECTION) == 0 && !ability_within_time(a)))
        && !pattern
    {
        Verdict::Binary
    } else if more_input {
        Verdict::Task
    } else if pattern {
        Verdict::Mature
    } else if pure_activity(a) && lead_object(a) & METRIC == 0 {
        Verdict::Task
    } else if lead & MILESTONE != 0 && a.head != Head::Metric {
        if just_one || names_one_thing(a) {
            Verdict::Binary
        } else {
            Verdict::Task
        }
    } else if a.head == Head::Activity && !obtained(a) {
        Verdict::Task
    } else {
        Verdict::Mature
    }
}

/// A title without numbers: a finished thing, work, a measure in words, or a wish.
fn worded(a: &Analysis) -> Verdict {
    let lead = a.lead_class;
    let wishful = a.has(VAGUE | SUPERLATIVE);
    // "Deliver X% increase in demo requests": the number was left to fill in, so nobody
    // can say yet what would count. Work stays work ("Published N5 case studies").
    if has_placeholder(a) && !plural_activity(a) {
        return Verdict::Vague;
    }
    // "Organic revenue growth exceeds paid growth", "Our docs search faster than the
    // competitor's": one thing measured against another, which can be read at any time.
    if compares(a) {
        return Verdict::Mature;
    }
    // "Implementing cost-saving measures", "Conducting market research": a gerund names
    // work under way, not a thing delivered.
    let gerund = a.lead.is_some_and(|(i, _)| a.word(i).ends_with("ing"));
    if gerund && !wishful && lead & (MILESTONE | PROJECT | ACTIVITY_VERB) != 0 {
        return Verdict::Task;
    }
    // "Approach to track public awareness in place": the title ends by saying the thing is
    // in a finished state, so it is done or not, whatever words its name holds.
    if ends_in_state(a) && lead & (CHANGE | RELATIVE_VERB | DIRECTION) == 0 {
        return Verdict::Binary;
    }
    // "Every new account activated within its first week", "No customer waits more than a
    // day": a rule over every member of a population, bounded by a comparator, is a share
    // that can be counted at any time (it should be 100%), though no digit is written.
    // "Every enterprise deal has a mutual action plan" measures a population; "Each
    // tutorial has a landing page" says what each of a few things has, done or not.
    let of_each = says_of_each(a) && quantifies_a_metric(a);
    if !wishful && ((universal(a) && (a.has(COMPARATOR) || of_each)) || share_in_words(a)) {
        return Verdict::Mature;
    }
    // "From quarterly to monthly releases", "from a week to a day": a from-to in words.
    if !wishful && from_to_in_words(a) {
        return Verdict::Mature;
    }
    // "Deliver a weekly session", "A newsletter is published once a week": done again
    // and again, so the team's recurring work rather than a milestone.
    // "Hold bi-weekly pipeline reviews", "Weekly blog posts": the thing done again is the
    // team's work, though its name holds a metric word.
    let work_named =
        lead_object(a) & ACTIVITY_NOUN != 0 || (lead & VERBS == 0 && plural_activity(a));
    if !wishful
        && recurs(a)
        && !makes_a_recurring_thing(a)
        && lead & DIRECTION == 0
        && (lead & (PROJECT | MILESTONE | ACTIVITY_VERB) != 0 || a.has(DONE) || work_named)
        && (!a.has(METRIC) || work_named)
    {
        return Verdict::Task;
    }
    // "Users can create branches of a project": an ability the product has or has not yet,
    // so done or not done.
    if !wishful && states_an_ability(a) && lead & (CHANGE | DIRECTION) == 0 {
        return Verdict::Binary;
    }
    // "The help center fully translated", "A working referral flow", "ProtoSchool has its
    // own roadmap", "Implementation of the MVP": a thing named in a finished state or said
    // to be true, with no verb of change: done or not.
    if !wishful
        && (names_a_state(a)
            || done_after_subject(a)
            || states_a_fact(a)
            || names_the_making_of(a)
            || says_it_exists(a)
            || names_a_thing(a))
    {
        return Verdict::Binary;
    }
    // "Boost posts on Instagram", "Increase webinars": more of the team's own output.
    if lead & DIRECTION != 0 && lead_object(a) & (ACTIVITY_NOUN | METRIC) == ACTIVITY_NOUN {
        return Verdict::Task;
    }
    // "Research options for UDFs", "Test a set of new success efforts": finding out is
    // work whose result is knowledge.
    if lead & INQUIRY != 0 && !a.has(MILESTONE) {
        return Verdict::Task;
    }
    // "Launch", "migrate" are projects whatever follows; "build", "create" can carry a wish
    // ("Build stronger relationships").
    if lead & PROJECT != 0 || (lead & MILESTONE != 0 && !wish_in_object(a)) {
        return Verdict::Binary;
    }
    // "Sign a partnership agreement", "Get the messaging approved": one thing, done or not.
    // "Published five case studies" is work done again and again, not one thing.
    let repeated_work = lead & (ACTIVITY_VERB | DONE) != 0 && plural_activity(a);
    if repeated_work && !wishful {
        return Verdict::Task;
    }
    // "Reduce the time needed to set up …": a state word after a verb of change is not
    // the title's state.
    let done = a.has(DONE) && lead & DIRECTION == 0;
    // "Win foundation grants", "Secure major gifts": more of what others grant, with no
    // number, is a wish; "Sign the partnership agreement" wins one thing.
    let wins_more = lead & ACQUIRE != 0 && wins_more_of_a_kind(a);
    if !wishful && !wins_more && (lead & ACQUIRE != 0 || done) {
        return Verdict::Binary;
    }
    // "Have proper JSON serialization for Go formats", "Have a draft of the MVP by April":
    // the thing is there or it is not. "Join the OpenJS Foundation", "Revamp the home
    // page": a verb the coach does not know, done to one thing named, is done or not.
    if !wishful && (has_a_thing(a) || acts_on_one_thing(a)) {
        return Verdict::Binary;
    }
    if lead & ACTIVITY_VERB != 0 {
        if a.has(FREQUENCY) || plural_activity(a) {
            return Verdict::Task;
        }
        // "Write the brand guide" makes one thing; "Audit all hooks", "Run the contraction
        // cycle", "Conduct the member survey" perform work.
        if lead & GENERIC == 0 && !wishful {
            return if performs(a) {
                Verdict::Task
            } else {
                Verdict::Binary
            };
        }
    }
    Verdict::Vague
}

#[cfg(test)]
#[path = "verdict_tests.rs"]
mod tests;
