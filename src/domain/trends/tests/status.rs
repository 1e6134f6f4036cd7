//! Status rule, progress as of a day, and which check-ins count.

use super::*;

#[test]
fn increase_by_gap_to_expected() {
    // Day 49: expected 0.50. Increase 100 -> 200.
    // 145 -> progress 0.45, gap 0.05: on track.
    let t = at(&up(&[(42, 145.0, G)]), 49);
    assert!(close(t.progress, 0.45));
    assert!((t.expected - 0.5).abs() < 1e-12);
    assert_eq!(t.status, Status::OnTrack);
    // 130 -> 0.30, gap 0.20: at risk.
    assert_eq!(at(&up(&[(42, 130.0, G)]), 49).status, Status::AtRisk);
    // 120 -> 0.20, gap 0.30: off track.
    assert_eq!(at(&up(&[(42, 120.0, G)]), 49).status, Status::OffTrack);
}

#[test]
fn gap_boundaries_fall_to_at_risk() {
    // 140 -> 0.40, gap exactly 0.10 (0.0999… in floats): at risk, not on track.
    assert_eq!(at(&up(&[(42, 140.0, G)]), 49).status, Status::AtRisk);
    // 125 -> 0.25, gap exactly 0.25: still at risk; 124 -> gap 0.26: off track.
    assert_eq!(at(&up(&[(42, 125.0, G)]), 49).status, Status::AtRisk);
    assert_eq!(at(&up(&[(42, 124.0, G)]), 49).status, Status::OffTrack);
}

#[test]
fn values_past_target_or_below_baseline() {
    // 260 -> progress 1.60 (unclamped), ahead: on track, grade clamped to 1.
    let past = at(&up(&[(42, 260.0, G)]), 49);
    assert!(close(past.progress, 1.6));
    assert_eq!(past.status, Status::OnTrack);
    assert!(close(past.grade, 1.0));
    // 80 -> progress -0.20, gap 0.70: off track, grade 0.
    let below = at(&up(&[(42, 80.0, G)]), 49);
    assert!(close(below.progress, -0.2));
    assert_eq!(below.status, Status::OffTrack);
    assert!(close(below.grade, 0.0));
}

#[test]
fn decrease_mirrors_increase() {
    // CPA 420 -> 300 (span -120), day 49, expected 0.50.
    // 366: (366-420)/-120 = 0.45, gap 0.05 on track.
    let t = at(&cpa(&[(42, 366.0, G)]), 49);
    assert!(close(t.progress, 0.45));
    assert_eq!(t.status, Status::OnTrack);
    // 380: 40/120 = 0.333, gap 0.167 at risk.
    assert_eq!(at(&cpa(&[(42, 380.0, G)]), 49).status, Status::AtRisk);
    // 400: 20/120 = 0.167, gap 0.333 off track.
    assert_eq!(at(&cpa(&[(42, 400.0, G)]), 49).status, Status::OffTrack);
    // 450 (worse than baseline): -30/120 = -0.25, off track, grade 0.
    let worse = at(&cpa(&[(42, 450.0, G)]), 49);
    assert!(close(worse.progress, -0.25));
    assert_eq!(worse.status, Status::OffTrack);
    assert!(close(worse.grade, 0.0));
    // 270 (past target): 150/120 = 1.25, on track, grade 1.
    let past = at(&cpa(&[(42, 270.0, G)]), 49);
    assert!(close(past.progress, 1.25));
    assert_eq!(past.status, Status::OnTrack);
    assert!(close(past.grade, 1.0));
}

#[test]
fn silence_is_never_green() {
    let none = up(&[]);
    // Before the period starts and in the first week (days 0-6 since start): pending.
    assert_eq!(at(&none, -5).status, Status::Pending);
    assert_eq!(at(&none, 6).status, Status::Pending);
    // Day 7 (expected 0.08) without a check-in: at risk.
    assert_eq!(at(&none, 7).status, Status::AtRisk);
    // Day 48 (expected 0.49): still at risk; day 49 (expected 0.50, mid-period): off track.
    assert_eq!(at(&none, 48).status, Status::AtRisk);
    assert_eq!(at(&none, 49).status, Status::OffTrack);
    // Progress without check-ins sits at the baseline: 0.
    assert!(close(at(&none, 49).progress, 0.0));
    assert_eq!(at(&none, 49).latest_value, None);
}

#[test]
fn check_ins_outside_the_period_or_after_as_of_are_ignored() {
    // Day -10 (last quarter) and day 120 (after the end) do not count: at day 60 this
    // key result has no check-in, so silence past mid-period is off track at progress 0.
    let outside = up(&[(-10, 190.0, G), (120, 200.0, G)]);
    let t = at(&outside, 60);
    assert_eq!(t.status, Status::OffTrack);
    assert!(close(t.progress, 0.0));
    assert_eq!((t.check_ins_used, t.check_ins_ignored), (0, 2));
    // Day 70's 200 is after as_of (49): the latest is day 7's 120 -> 0.20, gap 0.30.
    let future = up(&[(7, 120.0, G), (70, 200.0, G)]);
    let t = at(&future, 49);
    assert_eq!(t.latest_value, Some(120.0));
    assert_eq!(t.status, Status::OffTrack);
    assert_eq!(t.check_ins_ignored, 1);
}

#[test]
fn check_ins_are_ordered_by_date_not_by_entry() {
    // Entered out of order: the day-40 reading (150) is the latest, not the day-20 one.
    let t = at(&up(&[(40, 150.0, G), (20, 110.0, R)]), 49);
    assert_eq!(t.latest_value, Some(150.0));
    assert_eq!(t.latest_confidence, Some(G));
    assert!(close(t.progress, 0.5));
}

#[test]
fn after_the_period_expected_is_one() {
    // Day 130 > end: expected 1.0; day 95's 190 -> 0.90, gap 0.10: at risk.
    let t = at(&up(&[(95, 190.0, G)]), 130);
    assert_eq!(t.expected, 1.0);
    assert_eq!(t.status, Status::AtRisk);
    assert!(close(t.grade, 0.9));
}

#[test]
fn no_distance_to_travel_is_unmeasurable() {
    // Baseline == target: no progress, no grade, even with a check-in.
    let flat = kr(KrKind::Increase, Some(50.0), Some(50.0), &[(10, 60.0, G)]);
    let t = at(&flat, 20);
    assert_eq!(t.progress, None);
    assert_eq!(t.grade, None);
    assert_eq!(t.status, Status::Unmeasurable);
    // A missing baseline too; silence past mid-period still wins: off track.
    let missing = kr(KrKind::Increase, None, Some(50.0), &[]);
    assert_eq!(at(&missing, 60).status, Status::OffTrack);
}

#[test]
fn thresholds_follow_the_latest_check_in() {
    // Keep cost per lead at or below 500: 480 (in), then 520 (out) -> off track, 1/2 inside.
    let mut below = kr(
        KrKind::StayBelow,
        None,
        Some(500.0),
        &[(7, 480.0, G), (14, 520.0, G)],
    );
    let t = at(&below, 20);
    assert_eq!(t.status, Status::OffTrack);
    assert!(close(t.progress, 0.5));
    // Then 450 on day 21 -> on track, 2/3 inside.
    below.check_ins.push(CheckIn {
        id: Id::from("c9"),
        date: day(21),
        value: 450.0,
        confidence: G,
        note: String::new(),
        stamp: Default::default(),
        edits: Default::default(),
    });
    let t = at(&below, 21);
    assert_eq!(t.status, Status::OnTrack);
    assert!(close(t.progress, 2.0 / 3.0));
    // Exactly on the threshold counts as inside (500 <= 500).
    let edge = kr(KrKind::StayBelow, None, Some(500.0), &[(7, 500.0, G)]);
    assert_eq!(at(&edge, 10).status, Status::OnTrack);
    // Stay above 30: 31 on track, 29 off track; without a target: unmeasurable.
    let above = |v| kr(KrKind::StayAbove, None, Some(30.0), &[(7, v, G)]);
    assert_eq!(at(&above(31.0), 10).status, Status::OnTrack);
    assert_eq!(at(&above(29.0), 10).status, Status::OffTrack);
    let no_target = kr(KrKind::StayAbove, None, None, &[(7, 31.0, G)]);
    assert_eq!(at(&no_target, 10).status, Status::Unmeasurable);
}

#[test]
fn milestones_done_or_judged_by_time() {
    let open = kr(KrKind::Milestone, None, None, &[(7, 0.0, G)]);
    // Day 20 (0.21 elapsed): on track; day 59 (0.60): at risk; day 79 (0.80): off track.
    assert_eq!(at(&open, 20).status, Status::OnTrack);
    assert_eq!(at(&open, 59).status, Status::AtRisk);
    assert_eq!(at(&open, 79).status, Status::OffTrack);
    assert!(close(at(&open, 79).progress, 0.0));
    // Done (a reading of 1) late in the period: on track, progress and grade 1.
    let done = kr(KrKind::Milestone, None, None, &[(7, 0.0, G), (70, 1.0, G)]);
    let t = at(&done, 90);
    assert_eq!(t.status, Status::OnTrack);
    assert!(close(t.progress, 1.0) && close(t.grade, 1.0));
}
