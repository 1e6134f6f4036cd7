//! Titles that say a thing is finished or true, without a verb of change: "ProtoSchool has
//! its own roadmap", "GDPR policy fully implemented", "Implementation of the MVP". Each is
//! done or not done, so binary, though no launch verb leads it.

use super::analysis::Analysis;
use super::classes::*;
use super::shapes::plural_activity_at;

/// Verbs that say what a thing does or offers: "The portal supports deal registration",
/// "The connectors support SSO". Listed in their base form; `capable` takes "-s" too.
const CAPABLE: &[&str] = &[
    "support",
    "allow",
    "let",
    "offer",
    "include",
    "handle",
    "provide",
    "enable",
    "cover",
    "show",
    "run",
    "work",
    "answer",
    "find",
    "send",
    "sync",
    "detect",
    "flag",
    "route",
    "exist",
    "interop",
    "contain",
    "explain",
    "describe",
    "display",
    "reference",
    "list",
];

fn capable(w: &str) -> bool {
    CAPABLE.contains(&w)
        || w.strip_suffix('s')
            .is_some_and(|base| CAPABLE.contains(&base))
}

/// Verbs that relate a thing to another through "to": "All tutorials link to the docs",
/// "The docs point to the tutorials". Unlike "… is to ensure", the "to" is no aim.
const RELATES: &[&str] = &[
    "link", "links", "point", "points", "refer", "refers", "maps",
];

/// "Every enterprise deal has a mutual action plan", "All reps use the new CRM": what is
/// said of each member of a population, so the share of members it is true of.
pub(super) fn says_of_each(a: &Analysis) -> bool {
    (1..a.tokens.len().min(10)).any(|k| {
        matches!(
            a.word(k),
            "has" | "have" | "gets" | "get" | "uses" | "use" | "follows" | "follow"
        ) || capable(a.word(k))
    })
}

/// Whether the title opens with a noun phrase (no verb leads it), or with one thing
/// counted ("1 partner package drafted and routed").
fn opens_with_subject(a: &Analysis) -> bool {
    let one = a.lead.is_none() && a.names_one(a.start);
    (a.lead.is_some() && a.lead_class & VERBS == 0) || one
}

/// "ProtoSchool has an IPFS tutorial", "First-time contributors are greeted by a bot",
/// "A node always finds files on the gateways": a subject, then a verb that says what is
/// true of it, said of a thing rather than a metric's population (the subject's last
/// word is no metric), so the sentence is true or not yet true. "… is to ensure …"
/// states an aim, and "… will be …" a wish; neither is read as a fact.
pub(super) fn states_a_fact(a: &Analysis) -> bool {
    fact_word(a).is_some()
}

/// The verb of `states_a_fact` ("has", "supports"): the word the coach marks.
pub(super) fn fact_word(a: &Analysis) -> Option<usize> {
    if !opens_with_subject(a) || a.has(RELATIVE_MARK | BE | VAGUE) {
        return None;
    }
    (1..a.tokens.len().min(12)).find(|&k| {
        let aux = matches!(
            a.word(k),
            "has" | "have" | "is" | "are" | "will" | "gets" | "always" | "never"
        ) || capable(a.word(k))
            || RELATES.contains(&a.word(k));
        let next = a.word(k + 1);
        let relates = RELATES.contains(&a.word(k)) && next == "to";
        // "Customers are happy" says how a metric's population feels, a wish; "New users
        // are greeted by a checklist" says what the product does to them, done or not.
        let done_to_them = next.ends_with("ed") && a.word(k + 2) == "by";
        // "… users who send messages": a relative clause describes, it states nothing.
        let subject = (0..k)
            .all(|i| !a.tokens[i].is_punct(b',') && !matches!(a.word(i), "who" | "that" | "which"))
            && (0..k)
                .rev()
                .find(|&i| a.tokens[i].is_word())
                .is_some_and(|i| a.tags[i].class & METRIC == 0 || done_to_them);
        aux && subject && !next.is_empty() && (relates || !matches!(next, "to" | "be" | "not"))
    })
}

/// "GDPR policy fully implemented", "Security page updated with the new certifications",
/// "Stable 1.0 version released as open source": a thing, then the participle of a verb
/// that makes or ships it. What follows the participle only describes the result. A
/// subject that is the team's own output ("Blog posts published") is work, not a state.
pub(super) fn done_after_subject(a: &Analysis) -> bool {
    done_word(a).is_some()
}

/// The participle of `done_after_subject` ("implemented", "live"): the word the coach marks.
pub(super) fn done_word(a: &Analysis) -> Option<usize> {
    if !opens_with_subject(a) {
        return None;
    }
    let n = a.tokens.len().min(8);
    (1..n).find(|&k| {
        let t = a.tags[k];
        let w = a.word(k);
        // A participle, known ("launched") or not ("trained"), but not one that says a
        // number moved ("increased") or a wish ("improved").
        let verb = t.class & (ACTIVITY_VERB | MILESTONE | PROJECT) != 0;
        let participle = t.all() & DONE != 0
            || matches!(w, "public" | "visible" | "accessible" | "open" | "complete")
            || (w.len() > 4
                && w.ends_with("ed")
                && t.class & (DIRECTION | VAGUE) == 0
                && (t.class & (METRIC | ACTIVITY_NOUN) == 0 || verb));
        // "Customers delighted", "Leads qualified": said of a metric's population, unless
        // the participle makes the thing ("Health score defined").
        let makes = t.all() & DONE != 0 || t.class & (MILESTONE | PROJECT) != 0;
        let head = (0..k).rev().find(|&i| a.tokens[i].is_word());
        // "Subscriptions have reached 10,000": a change that happened, not a state.
        let perfect = k > 0 && matches!(a.word(k - 1), "have" | "has" | "had");
        // "Student leaders who are engaged …": a relative clause, not the thing's state.
        let relative = (0..k).any(|i| matches!(a.word(i), "who" | "that" | "which"));
        // "3,000 smart contracts deployed": a count of what others did, not one thing done.
        let counted = a.opens_with_count();
        // "Positioning workshop held" is one event; "Blog posts published" is work.
        let subject = !relative
            && !perfect
            && !counted
            && head.is_some_and(|h| a.tags[h].class & METRIC == 0 || makes)
            && (0..k)
                .all(|i| a.tags[i].all() & (CHANGE | DIRECTION) == 0 && !plural_activity_at(a, i))
            && !names_a_measure(a, 0, k);
        // "… qualified leads": a participle before a noun describes it; one that says
        // what was done is followed by the end, a function word or a date.
        let predicate = a
            .tokens
            .get(k + 1)
            .is_none_or(|t| !t.is_word() || a.tags[k + 1].class & (STOP | DATE | DONE) != 0);
        participle && subject && predicate
    })
}

/// "Implementation of the MVP", "Support for git diff": the making of a thing, named as
/// a noun, is the thing's delivery.
pub(super) fn names_the_making_of(a: &Analysis) -> bool {
    a.lead.is_some_and(|(i, end)| {
        a.tags[i].lead() & MAKING != 0 && matches!(a.word(end), "of" | "for")
    })
}

/// "Welcoming, up-to-date developer documentation exists": the sentence says the thing
/// exists, so it does or does not yet.
pub(super) fn says_it_exists(a: &Analysis) -> bool {
    exists_word(a).is_some()
}

fn exists_word(a: &Analysis) -> Option<usize> {
    (0..a.tokens.len())
        .rev()
        .find(|&k| a.tokens[k].is_word())
        .filter(|&k| k > 0 && matches!(a.word(k), "exists" | "exist"))
}

/// "Achieve SOC 2 Type 1 compliance", "Reach feature parity with Jira", "Get ISO 27001
/// certification by Q3": the verb reaches a state that is granted or not, so the title
/// is a milestone though its verb usually moves a metric. A share ("95% compliance with
/// the SLA") or a from-to is a measure again.
pub(super) fn reaches_a_state(a: &Analysis) -> bool {
    state_reached_word(a).is_some()
}

fn state_reached_word(a: &Analysis) -> Option<usize> {
    let (lead, end) = a.lead?;
    let reaching = [
        "achiev", "reach", "obtain", "get", "gain", "earn", "pass", "attain", "secur",
    ]
    .iter()
    .any(|v| a.word(lead).starts_with(v));
    if !reaching {
        return None;
    }
    // A count, a share, a change or a number left to fill in is a measure again ("Reach
    // 1,000 certified partners", "Achieve X% compliance").
    let measured = a.from_to.is_some()
        || a.relative.is_some()
        || a.threshold.is_some()
        || has_placeholder(a)
        || a.quantities
            .iter()
            .any(|&q| a.num(q).is_some_and(|n| n.percent || n.currency) || q == end);
    if measured {
        return None;
    }
    (end..a.tokens.len().min(end + 6))
        .take_while(|&k| !a.tokens[k].is_word() || a.tags[k].class & STOP == 0 || k == end)
        .find(|&k| {
            matches!(
                a.word(k),
                "compliance"
                    | "compliant"
                    | "certification"
                    | "certified"
                    | "accreditation"
                    | "accredited"
                    | "parity"
                    | "approval"
                    | "readiness"
            )
            // "readiness score", "certified partners": the state names a metric.
            && a.tags.get(k + 1).is_none_or(|t| t.all() & METRIC == 0)
        })
}

/// The word that says a thing is finished or true, for the coach to mark when no launch
/// verb leads the title.
pub(super) fn state_word(a: &Analysis) -> Option<usize> {
    done_word(a)
        .or_else(|| fact_word(a))
        .or_else(|| exists_word(a))
        .or_else(|| state_reached_word(a))
}

/// "Affiliate programme open to creators", "Loyalty points system in the app", "Gift cards
/// on sale online": a thing named, with no verb anywhere, no number and no wish, is a
/// thing to deliver, done or not. An imperative opens with its verb and then a
/// determiner ("Align our messaging", "Delight the customer"), so it is not read as one;
/// nor is a title about a metric's population ("Customers love our packaging").
pub(super) fn names_a_thing(a: &Analysis) -> bool {
    let n = a.tokens.len();
    let Some((lead, _)) = a.lead else {
        return false;
    };
    let no_verb = (0..n).all(|k| a.tags[k].all() & (VERBS | BE | DONE) == 0);
    let imperative = matches!(
        a.word(lead + 1),
        "the"
            | "a"
            | "an"
            | "our"
            | "their"
            | "your"
            | "my"
            | "its"
            | "all"
            | "every"
            | "to"
            | "what"
            | "how"
            | "why"
            | "that"
            | "who"
    );
    // "Conveying knowledge through case studies": a gerund names an activity.
    let gerund = a.word(lead).ends_with("ing") && a.tags[lead].class & ACTIVITY_NOUN == 0;
    // "ZZZ developer testimonials", "X% more": a number left to fill in.
    let placeholder = has_placeholder(a);
    let words = (0..n).filter(|&k| a.tokens[k].is_word()).count();
    // The thing is the first noun phrase; a metric word after a preposition only says for
    // whom ("Returns portal self-serve for EU customers").
    let thing_end = (lead..n)
        .find(|&k| a.tags[k].class & STOP != 0)
        .unwrap_or(n);
    // "Messages per active user": a rate is a metric's name, whatever its words.
    let thing_is_metric = (lead..thing_end).any(|k| a.tags[k].all() & METRIC != 0)
        || names_a_measure(a, lead, thing_end)
        || (thing_end..n).any(|k| a.word(k) == "per");
    no_verb
        && !imperative
        && !gerund
        && !placeholder
        && words >= 3
        && a.quantities.is_empty()
        && a.tags[lead].class & (METRIC | STOP) == 0
        && !thing_is_metric
        && !a.has(VAGUE | SUPERLATIVE | RELATIVE_MARK)
}

/// "Average number of prompts …", "Percentage of documented practices …": words that make
/// what follows the name of a measure.
fn names_a_measure(a: &Analysis, from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        matches!(
            a.word(i),
            "number" | "amount" | "percentage" | "count" | "average" | "total" | "rate" | "ratio"
        )
    })
}

/// "ZZZ testimonials", "by X%", "$N net new ARR", "N6 visits", "X number of users": a
/// number left to fill in.
pub(super) fn has_placeholder(a: &Analysis) -> bool {
    (0..a.tokens.len()).any(|k| {
        let w = a.slice_of(k);
        let b = w.as_bytes();
        let repeated = b.len() >= 2 && b.iter().all(|&c| c == b[0] && c.is_ascii_uppercase());
        // A bare "X" names a thing ("Launch feature X") unless it stands where a count
        // does: after the verb, before what it counts ("Launch X campaigns").
        let counts = a.tokens.get(k + 1).is_some_and(|t| t.is_word())
            && k.checked_sub(1)
                .is_none_or(|p| a.tags[p].all() & (VERBS | STOP) != 0);
        let letter = matches!(w, "X" | "N" | "Y" | "x" | "y")
            && (a
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is_punct(b'%') || t.is_punct(b'#'))
                || k.checked_sub(1).is_some_and(|p| a.tokens[p].is_punct(b'$'))
                || matches!(a.word(k + 1), "number" | "amount")
                || counts);
        let numbered =
            b.len() >= 2 && matches!(b[0], b'N' | b'X') && b[1..].iter().all(u8::is_ascii_digit);
        a.tokens[k].is_word() && (repeated || letter || numbered)
    })
}
