//! What a title claims beyond a count: a comparison with another measure, an ability
//! within a time, a thing the team will have, one thing acted on, or more of what others
//! grant. `verdict::classify` weighs them with the shapes of `shapes.rs`.

use super::analysis::Analysis;
use super::classes::*;
use super::shapes::{lead_object, plural_activity};

/// "Organic revenue growth exceeds paid growth", "Checkout latency lower than the
/// competitor's": a measure compared with another, which can be read at any time. The
/// subject before the comparison must name what is measured (a metric, or performance,
/// speed or cost); "Outperform the competition" asks the team for a wish, and "Our
/// product is faster than any competitor" boasts.
pub(super) fn compares(a: &Analysis) -> bool {
    if a.lead_class & (DOING | BE) != 0 {
        return false;
    }
    let measured = |to: usize| {
        (a.start..to).any(|k| {
            a.tags[k].all() & METRIC != 0
                || matches!(a.word(k), "performance" | "speed" | "cost" | "costs")
        })
    };
    (a.start + 1..a.tokens.len()).any(|k| {
        let outdoes = ["exceed", "outperform", "surpass", "beats", "outpace"]
            .iter()
            .any(|v| a.word(k).starts_with(v));
        let than = a.word(k + 1) == "than"
            && matches!(
                a.word(k),
                "faster"
                    | "slower"
                    | "cheaper"
                    | "fewer"
                    | "lower"
                    | "higher"
                    | "shorter"
                    | "smaller"
                    | "larger"
                    | "quicker"
            );
        (outdoes || than) && measured(k)
    }) || (a.word(a.start) == "fewer" && a.word(a.start + 1) == "than")
}

/// "IPFS can add a 1 TiB repository in 3 hours", "New customers can go live within 3
/// days", "… at a rate of 10 MiB/s": an ability within a time or at a rate is a
/// performance to measure. A size alone ("can handle 1 TB of data") is an ability the
/// product has or has not.
pub(super) fn ability_within_time(a: &Analysis) -> bool {
    a.quantities.iter().any(|&q| {
        let rate = a.tokens.get(q + 1).is_some_and(|t| t.is_punct(b'/'))
            && matches!(a.word(q + 2), "s" | "sec" | "second");
        a.is_duration(q + 1) || rate
    })
}

/// "Have proper JSON serialization", "Have benchmarks that show …": "have" followed by a
/// thing, no metric and no number, says the thing will exist. "Have launched" is a verb.
pub(super) fn has_a_thing(a: &Analysis) -> bool {
    a.lead.is_some_and(|(i, end)| {
        a.word(i) == "have"
            && a.quantities.is_empty()
            && lead_object(a) & (METRIC | ACTIVITY_NOUN) == 0
            && a.tags
                .get(end)
                .is_some_and(|t| t.class & (BE | DOING | DONE) == 0)
    })
}

/// "Join the OpenJS Foundation", "Revamp the Help Center": a verb the lexicon does not
/// know, opening the title as an imperative (a determiner follows), done to one thing
/// with a name, is done or not. Without a name the verb is as likely a wish ("Own the
/// category conversation", "Inspire the community"), so this reads only named things
/// and things a team ships.
pub(super) fn acts_on_one_thing(a: &Analysis) -> bool {
    let Some((i, end)) = a.lead else { return false };
    let unknown_verb = i == a.start
        && a.tags[i].class == 0
        && a.tags[i].phrase == 0
        && !a.word(i).ends_with("ing")
        && !a.word(i).ends_with("ed");
    if !unknown_verb || !a.is_article(end) || !a.quantities.is_empty() || plural_activity(a) {
        return false;
    }
    let object = (end + 1..a.tokens.len())
        .take_while(|&k| a.tokens[k].is_word() && a.tags[k].class & STOP == 0);
    let mut named_or_shipped = false;
    for k in object {
        let capital = a.slice_of(k).starts_with(|c: char| c.is_ascii_uppercase());
        named_or_shipped |= capital || a.tags[k].all() & (SHIPPED | MAKING) != 0;
    }
    named_or_shipped
}

/// "Win foundation grants", "Secure major gifts": the object of a verb of winning is a bare
/// plural (no determiner), so the title wants more of a kind without saying how many. A
/// name is no plural ("Secure Series A funding", "Land Siemens as a reference").
pub(super) fn wins_more_of_a_kind(a: &Analysis) -> bool {
    let Some((_, end)) = a.lead else { return false };
    if a.tags.get(end).is_none_or(|t| t.class & STOP != 0) {
        return false;
    }
    let last = (end..a.tokens.len())
        .take_while(|&k| a.tokens[k].is_word() && a.tags[k].class & STOP == 0)
        .last();
    last.is_some_and(|k| {
        let w = a.word(k);
        let name = a.slice_of(k).starts_with(|c: char| c.is_ascii_uppercase());
        let known = a.tags[k].base;
        let plural = if known.is_empty() {
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
        } else {
            w != known
        };
        plural && !name
    })
}
