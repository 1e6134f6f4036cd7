//! End-of-period grades, labels, and objective / plan roll-ups.

use super::*;
use crate::domain::model::{Objective, Plan};

#[test]
fn grades_clamp_progress() {
    assert_eq!(grade(Some(1.25)), Some(1.0));
    assert_eq!(grade(Some(-0.3)), Some(0.0));
    assert_eq!(grade(Some(0.65)), Some(0.65));
    assert_eq!(grade(None), None);
    assert_eq!(grade(Some(f64::NAN)), None);
}

#[test]
fn labels_read_sixty_to_seventy_percent_as_success() {
    assert_eq!(grade_label(0.0), "Learning");
    assert_eq!(grade_label(0.29), "Learning");
    assert_eq!(grade_label(0.3), "Progress made");
    assert_eq!(grade_label(0.59), "Progress made");
    // 0.1 * 6 = 0.6000000000000001 and 0.7 - 0.1 = 0.59999999999999998: both are 0.6.
    assert_eq!(grade_label(0.7 - 0.1), "Landed");
    assert_eq!(grade_label(0.65), "Landed");
    assert_eq!(grade_label(0.7), "Landed");
    assert_eq!(grade_label(0.8), "Strong stretch");
    assert_eq!(grade_label(0.99), "Strong stretch");
    assert_eq!(grade_label(1.0), "Target reached");
    assert_eq!(grade_label(f64::NAN), "Not graded");
}

fn objective(title: &str, key_results: Vec<KeyResult>) -> Objective {
    Objective {
        id: Id::from(title),
        title: title.into(),
        why: String::new(),
        key_results,
        ..Default::default()
    }
}

#[test]
fn objectives_and_plans_roll_up() {
    // Day 49, expected 0.50. Progress: 150 -> 0.50 (on track), 225 -> 1.25 (on track),
    // 80 -> -0.20 (off track); no baseline -> unmeasurable, left out of the means.
    // Mean progress (0.50 + 1.25 - 0.20) / 3 = 0.5167; mean grade (0.5 + 1 + 0) / 3 = 0.5.
    let a = objective(
        "a",
        vec![
            up(&[(42, 150.0, G)]),
            up(&[(42, 225.0, G)]),
            up(&[(42, 80.0, G)]),
            kr(KrKind::Increase, None, Some(10.0), &[(42, 5.0, G)]),
        ],
    );
    let t = analyze_objective(&a, period(), day(49));
    assert!(close(t.progress, 1.55 / 3.0));
    assert!(close(t.grade, 0.5));
    assert_eq!(t.grade_label, "Progress made");
    let want = StatusCounts {
        on_track: 2,
        off_track: 1,
        unmeasurable: 1,
        ..StatusCounts::default()
    };
    assert_eq!(t.statuses, want);
    assert_eq!(t.statuses.total(), 4);

    // Objective b: CPA 330 -> 0.75 (grade 0.75, on track). Plan grade (0.5 + 0.75) / 2.
    let b = objective("b", vec![cpa(&[(42, 330.0, G)])]);
    let mut plan = Plan::new(&mut crate::domain::IdGen::new(1), "Growth", period());
    plan.objectives = vec![a, b, objective("empty", vec![])];
    let p = analyze_plan(&plan, day(49));
    assert!(close(p.grade, 0.625));
    assert_eq!(p.grade_label, "Landed");
    assert!(close(p.progress, (1.55 / 3.0 + 0.75) / 2.0));
    assert_eq!(p.statuses.on_track, 3);
    assert_eq!(p.statuses.total(), 5);
    // The empty objective is listed but not graded.
    assert_eq!(p.objectives[2].grade, None);
    assert_eq!(p.objectives[2].grade_label, "Not graded");
}

#[test]
fn results_serialise_for_the_web_and_json() {
    let t = at(&up(&[(7, 110.0, G), (14, 112.0, Y), (21, 113.0, R)]), 21);
    let json = serde_json::to_value(&t).unwrap();
    assert_eq!(json["status"], "on_track");
    assert_eq!(json["kind"], "increase");
    assert_eq!(json["latest_confidence"], "red");
    assert_eq!(json["flags"][0], "confidence_falling");
    assert!(json["forecast"]["value"].is_number());
}
