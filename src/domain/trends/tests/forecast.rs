//! Least-squares forecast to the period's last day (index 99).

use super::*;

fn fc(kr: &KeyResult, as_of: i64) -> Option<Forecast> {
    at(kr, as_of).forecast
}

#[test]
fn a_straight_line_lands_where_it_points() {
    // 110, 120, 130 on days 9, 19, 29: one per day, value = 101 + day -> 200 on day 99.
    let f = fc(&up(&[(9, 110.0, G), (19, 120.0, G), (29, 130.0, G)]), 30).unwrap();
    assert!((f.value - 200.0).abs() < 1e-9);
    assert!(close(f.grade, 1.0));
    assert!((f.per_week - 7.0).abs() < 1e-9);
}

#[test]
fn a_decreasing_line_grades_in_the_good_direction() {
    // CPA 420, 410, 400 on days 0, 10, 20: -1 a day -> 321 on day 99.
    // Grade (321 - 420) / (300 - 420) = 99 / 120 = 0.825.
    let f = fc(&cpa(&[(0, 420.0, G), (10, 410.0, G), (20, 400.0, G)]), 20).unwrap();
    assert!((f.value - 321.0).abs() < 1e-9);
    assert!(close(f.grade, 0.825));
    assert!((f.per_week + 7.0).abs() < 1e-9);
}

#[test]
fn noisy_points_use_least_squares() {
    // (0, 100), (10, 110), (20, 105): mean x 10, mean y 105;
    // Sxy = (-10)(-5) + 0 + (10)(0) = 50, Sxx = 200, slope 0.25;
    // day 99: 105 + 0.25 * 89 = 127.25 -> grade 0.2725.
    let f = fc(&up(&[(0, 100.0, G), (10, 110.0, G), (20, 105.0, G)]), 25).unwrap();
    assert!((f.value - 127.25).abs() < 1e-9);
    assert!(close(f.grade, 0.2725));
}

#[test]
fn forecasts_past_the_target_are_not_clamped() {
    // 150, 160 on days 0, 10: +1 a day -> 249 on day 99, grade 1.49.
    let f = fc(&up(&[(0, 150.0, G), (10, 160.0, G)]), 10).unwrap();
    assert!((f.value - 249.0).abs() < 1e-9);
    assert!(close(f.grade, 1.49));
}

#[test]
fn too_little_data_gives_no_forecast() {
    assert_eq!(fc(&up(&[]), 40), None);
    assert_eq!(fc(&up(&[(10, 120.0, G)]), 40), None);
    // Two readings on one day: no time spread, no slope.
    assert_eq!(fc(&up(&[(10, 120.0, G), (10, 125.0, G)]), 40), None);
    // A milestone has nothing to extrapolate.
    let m = kr(KrKind::Milestone, None, None, &[(7, 0.0, G), (14, 0.0, G)]);
    assert_eq!(fc(&m, 20), None);
}

#[test]
fn only_the_window_feeds_the_fit() {
    // Day -7 (before the period) and day 50 (after as_of 30) are left out, leaving days
    // 10 and 20 (110, 120): +1 a day -> 100 + 99 = 199 on day 99.
    let kr = up(&[(-7, 0.0, G), (10, 110.0, G), (20, 120.0, G), (50, 900.0, G)]);
    let f = fc(&kr, 30).unwrap();
    assert!((f.value - 199.0).abs() < 1e-9);
    // Take away day 20 and only one reading is left: no forecast.
    assert_eq!(fc(&up(&[(-7, 0.0, G), (10, 110.0, G)]), 30), None);
}

#[test]
fn thresholds_forecast_a_value_but_no_grade() {
    // Cost per lead 80, 84 on days 0, 14: +2 a week -> 80 + 99 * 4/14 on day 99.
    let below = kr(
        KrKind::StayBelow,
        None,
        Some(85.0),
        &[(0, 80.0, G), (14, 84.0, G)],
    );
    let f = fc(&below, 14).unwrap();
    assert!((f.value - (80.0 + 99.0 * 4.0 / 14.0)).abs() < 1e-9);
    assert_eq!(f.grade, None);
    // Baseline == target: a value, no grade.
    let flat = kr(
        KrKind::Increase,
        Some(5.0),
        Some(5.0),
        &[(0, 5.0, G), (7, 6.0, G)],
    );
    assert_eq!(fc(&flat, 7).unwrap().grade, None);
}
