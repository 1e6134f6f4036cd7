//! One test per flag, with the series worked out by hand.

use super::*;

fn flags_at(kr: &KeyResult, as_of: i64) -> Vec<Flag> {
    at(kr, as_of).flags
}

#[test]
fn hot_start_then_slowdown_both_directions() {
    // Increase 100 -> 200: 110, 120, 130, 140 on days 7..28, then 142, 144 on days 35, 42.
    // Earlier (day 7 -> day 28, the third-last): 0.30 in 21 days = 0.0143/day.
    // Recent (day 28 -> day 42): 0.04 in 14 days = 0.0029/day = 20% of earlier < 40%.
    let series = [
        (7, 110.0, G),
        (14, 120.0, G),
        (21, 130.0, G),
        (28, 140.0, G),
    ];
    let mut points = series.to_vec();
    points.extend([(35, 142.0, G), (42, 144.0, G)]);
    assert_eq!(flags_at(&up(&points), 42), [Flag::HotStartSlowdown]);
    // The same shape for CPA 420 -> 300 (12 per 0.1): 408, 396, 384, 372, 369.6, 367.2.
    let cpa_points = [
        (7, 408.0, G),
        (14, 396.0, G),
        (21, 384.0, G),
        (28, 372.0, G),
        (35, 369.6, G),
        (42, 367.2, G),
    ];
    assert_eq!(flags_at(&cpa(&cpa_points), 42), [Flag::HotStartSlowdown]);
}

#[test]
fn no_slowdown_when_the_pace_holds_or_the_target_is_reached() {
    // 110..140 then 145, 150: recent 0.10/14 = 0.0071/day = 50% of 0.0143: not flagged.
    let half = up(&[
        (7, 110.0, G),
        (14, 120.0, G),
        (21, 130.0, G),
        (28, 140.0, G),
        (35, 145.0, G),
        (42, 150.0, G),
    ]);
    assert!(flags_at(&half, 42).is_empty());
    // Moving the wrong way early (earlier velocity negative): nothing to slow down from.
    let wrong = up(&[(7, 100.0, G), (14, 95.0, G), (21, 96.0, G), (28, 96.5, G)]);
    assert!(!flags_at(&wrong, 28).contains(&Flag::HotStartSlowdown));
    // Three check-ins are not enough to compare two velocities.
    let three = up(&[(7, 140.0, G), (14, 141.0, G), (21, 142.0, G)]);
    assert!(!flags_at(&three, 21).contains(&Flag::HotStartSlowdown));
    // Past the target (progress 1.07) slowing down is fine.
    let done = up(&[
        (7, 130.0, G),
        (14, 160.0, G),
        (21, 190.0, G),
        (28, 205.0, G),
        (35, 206.0, G),
        (42, 207.0, G),
    ]);
    assert!(flags_at(&done, 42).is_empty());
}

#[test]
fn stalled_when_the_last_three_do_not_move() {
    // 120, 130, 140, 140, 140.5: the last three span 0.5 < 1% of 100: stalled; the
    // slowdown (recent ~0 vs earlier) is replaced by the stall.
    let s = up(&[
        (7, 120.0, G),
        (14, 130.0, G),
        (21, 140.0, G),
        (28, 140.0, G),
        (35, 140.5, G),
    ]);
    assert_eq!(flags_at(&s, 35), [Flag::Stalled]);
    // CPA flat at 400 for three weeks: 0 < 1.2 (1% of 120): stalled.
    let c = cpa(&[(7, 400.0, G), (14, 400.0, G), (21, 400.0, G)]);
    assert_eq!(flags_at(&c, 21), [Flag::Stalled]);
    // Moving exactly 1% (140 -> 141) is movement.
    let moving = up(&[(7, 140.0, G), (14, 140.0, G), (21, 141.0, G)]);
    assert!(!flags_at(&moving, 21).contains(&Flag::Stalled));
    // Flat past the target (210) is holding the gain, not stalling.
    let held = up(&[(7, 210.0, G), (14, 210.0, G), (21, 210.0, G)]);
    assert!(flags_at(&held, 21).is_empty());
    // Two check-ins are not three.
    assert!(flags_at(&up(&[(7, 140.0, G), (14, 140.0, G)]), 14).is_empty());
}

#[test]
fn confidence_falling_over_the_last_three() {
    let with = |c: [Confidence; 3]| up(&[(7, 150.0, c[0]), (14, 150.5, c[1]), (21, 151.0, c[2])]);
    let falling = |c| flags_at(&with(c), 21).contains(&Flag::ConfidenceFalling);
    assert!(falling([G, Y, R]));
    assert!(falling([G, G, Y]));
    assert!(falling([Y, R, R]));
    assert!(!falling([Y, Y, Y]));
    assert!(!falling([R, Y, G]));
    // Recovered at the end, or recovered before falling: not "falling" over three.
    assert!(!falling([G, R, Y]));
    assert!(!falling([Y, G, R]));
    // With only two check-ins, a single drop counts; with one, nothing to compare.
    let two = up(&[(7, 150.0, Y), (14, 151.0, R)]);
    assert!(flags_at(&two, 14).contains(&Flag::ConfidenceFalling));
    assert!(!flags_at(&up(&[(7, 150.0, R)]), 7).contains(&Flag::ConfidenceFalling));
}

#[test]
fn stale_after_more_than_seven_days() {
    let last_on_40 = up(&[(40, 150.0, G)]);
    // Day 47: 7 days since the check-in, fine; day 48: 8 days, stale.
    assert!(!flags_at(&last_on_40, 47).contains(&Flag::Stale));
    assert!(flags_at(&last_on_40, 48).contains(&Flag::Stale));
    // No check-in at all: counted from the start, stale from day 8.
    assert!(!flags_at(&up(&[]), 7).contains(&Flag::Stale));
    assert!(flags_at(&up(&[]), 8).contains(&Flag::Stale));
    // Not while the period is over (day 120) or not started (day -3).
    assert!(!flags_at(&last_on_40, 120).contains(&Flag::Stale));
    assert!(!flags_at(&up(&[]), -3).contains(&Flag::Stale));
    // A check-in dated after as_of does not refresh it: day 10 is 20 days before day 30.
    assert!(flags_at(&up(&[(10, 120.0, G), (50, 150.0, G)]), 30).contains(&Flag::Stale));
}

#[test]
fn ahead_but_red_warns_against_false_positives() {
    // Day 49 (expected 0.50): 155 -> 0.55 >= 0.50, owner says red: flagged.
    assert_eq!(flags_at(&up(&[(49, 155.0, R)]), 49), [Flag::AheadButRed]);
    // 150 -> exactly expected: still counts as ahead.
    assert_eq!(flags_at(&up(&[(49, 150.0, R)]), 49), [Flag::AheadButRed]);
    // 145 -> 0.45, below expected (on track by the gap rule, yet not ahead): no flag.
    assert!(flags_at(&up(&[(49, 145.0, R)]), 49).is_empty());
    // CPA 350 -> 70/120 = 0.58 >= 0.50, red: flagged.
    assert_eq!(flags_at(&cpa(&[(49, 350.0, R)]), 49), [Flag::AheadButRed]);
    // Stay below 85 at 80 with red; a done milestone with red.
    let below = kr(KrKind::StayBelow, None, Some(85.0), &[(49, 80.0, R)]);
    assert_eq!(flags_at(&below, 49), [Flag::AheadButRed]);
    let done = kr(KrKind::Milestone, None, None, &[(49, 1.0, R)]);
    assert_eq!(flags_at(&done, 49), [Flag::AheadButRed]);
}

#[test]
fn behind_but_green_when_numbers_are_off_track() {
    // Day 49: 120 -> 0.20, gap 0.30 (off track) with green: flagged.
    assert_eq!(flags_at(&up(&[(49, 120.0, G)]), 49), [Flag::BehindButGreen]);
    // 135 -> gap 0.15, only at risk: not flagged.
    assert!(flags_at(&up(&[(49, 135.0, G)]), 49).is_empty());
    // Stay above 30 at 25 with green: off track, flagged.
    let above = kr(KrKind::StayAbove, None, Some(30.0), &[(49, 25.0, G)]);
    assert_eq!(flags_at(&above, 49), [Flag::BehindButGreen]);
}
