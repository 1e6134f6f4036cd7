//! The team's rhythm: the weekly check-in as an iCalendar file, checked against the RFC's
//! rules and read back by a calendar parser, and the weekly update for the sample plan
//! against its golden files (`tests/data/weekly-update.{txt,md}`, reviewed by reading;
//! `UPDATE_GOLDEN=1 cargo test --test rhythm` rewrites them after a deliberate change).

use chrono::{Datelike, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use okr_studio::domain::sample::sample_plan;
use okr_studio::domain::weekly_update::weekly_update;
use okr_studio::domain::{IdGen, Plan};
use okr_studio::format::ics::{escape, fold, weekly_check_in_ics, Reminder, ReminderIssue};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The sample plan as of 4 Mar 2027, nine weeks into 2027 Q1.
fn plan() -> Plan {
    sample_plan(day(2027, 3, 4), &mut IdGen::new(11))
}

fn reminder() -> Reminder {
    Reminder {
        weekday: Weekday::Mon,
        time: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        app_url: "https://okr.example.org/app/#/plan".into(),
        alarm_minutes: 15,
    }
}

fn ics() -> String {
    let now = Utc.with_ymd_and_hms(2027, 3, 4, 8, 0, 0).unwrap();
    weekly_check_in_ics(&plan(), &reminder(), day(2027, 3, 4), now).unwrap()
}

#[test]
fn the_ics_keeps_the_rfc_5545_rules() {
    let text = ics();
    assert!(text.ends_with("\r\n"));
    for line in text.split_terminator("\r\n") {
        assert!(
            !line.contains(['\r', '\n']),
            "a bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let unfolded = text.replace("\r\n ", "");
    let property = |name: &str| {
        unfolded
            .split("\r\n")
            .find(|l| l.starts_with(&format!("{name}:")))
            .map(|l| l[name.len() + 1..].to_string())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert_eq!(property("VERSION"), "2.0");
    assert!(property("UID").ends_with("-weekly-check-in@okr-studio"));
    assert_eq!(property("DTSTAMP"), "20270304T080000Z");
    // The first Monday on or after today, at 9:30 wherever the person is.
    assert_eq!(property("DTSTART"), "20270308T093000");
    assert_eq!(
        property("RRULE"),
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270331T235959"
    );
    assert_eq!(property("URL"), "https://okr.example.org/app/#/check-ins");
    assert_eq!(property("TRIGGER"), "-PT15M");
    assert!(property("SUMMARY").starts_with("OKR check-in: Growth marketing · 2027 Q1"));
    // Commas and line breaks in the description are escaped.
    let description = property("DESCRIPTION");
    assert!(description.contains("\\n\\n- "), "{description}");
    assert!(!description.contains(", ") || description.contains("\\, "));
}

#[test]
fn a_calendar_parser_reads_the_event_back() {
    let text = ics();
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("a calendar").expect("it parses");
    assert!(parser.next().is_none());
    assert_eq!(calendar.events.len(), 1);
    let event = &calendar.events[0];
    let value = |name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert_eq!(value("DTSTART"), "20270308T093000");
    assert!(
        value("DESCRIPTION").contains("Open OKR Studio: https://okr.example.org/app/#/check-ins")
    );
    assert_eq!(event.alarms.len(), 1);
}

#[test]
fn folding_and_escaping_keep_every_character() {
    let long = format!(
        "DESCRIPTION:{}",
        escape(&"Réduire le coût, vite; bien\\ ensemble\n".repeat(8))
    );
    let folded = fold(&long);
    for line in folded.split_terminator("\r\n") {
        assert!(line.len() <= 75);
    }
    assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), long);
    assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
}

#[test]
fn a_period_that_is_over_has_no_reminder_and_says_so() {
    let now = Utc.with_ymd_and_hms(2027, 4, 2, 8, 0, 0).unwrap();
    let err = weekly_check_in_ics(&plan(), &reminder(), day(2027, 4, 2), now).unwrap_err();
    assert_eq!(
        err,
        ReminderIssue::PeriodOver {
            end: day(2027, 3, 31)
        }
    );
    assert!(err.to_string().contains("ended on 31 Mar 2027"), "{err}");
    // Before the period starts, the first reminder is its first chosen weekday.
    let early = weekly_check_in_ics(&plan(), &reminder(), day(2026, 12, 1), now).unwrap();
    let first = okr_studio::format::ics::first_day(&plan(), Weekday::Mon, day(2026, 12, 1));
    assert_eq!((first, first.weekday()), (day(2027, 1, 4), Weekday::Mon));
    assert!(early.contains("DTSTART:20270104T093000"));
}

fn golden(name: &str, got: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        got, want,
        "{name} differs; read the difference, then UPDATE_GOLDEN=1 if it is meant"
    );
}

#[test]
fn the_weekly_update_of_the_sample_plan_reads_as_its_golden_files() {
    let update = weekly_update(&plan(), day(2027, 3, 4));
    golden("weekly-update.txt", &update.text());
    golden("weekly-update.md", &update.markdown());
}

#[test]
fn the_update_names_what_moved_and_who_is_missing() {
    let plan = plan();
    let update = weekly_update(&plan, day(2027, 3, 4));
    assert_eq!(update.objectives.len(), plan.objectives.len());
    let text = update.text();
    assert!(
        !text.contains("kr-") && !text.contains("obj-"),
        "no ids in the update"
    );
    assert!(text.contains("since last week"));
    // A week with no check-ins at all: everyone is listed.
    let quiet = weekly_update(&plan, day(2027, 3, 25));
    assert_eq!(quiet.not_checked_in.len(), plan.key_results().count());
}

mod quarter {
    use super::{day, plan};
    use okr_studio::domain::quarter::{history_across, CarryOver};
    use okr_studio::domain::{IdGen, Period, ProjectStatus};

    #[test]
    fn closing_grades_every_key_result_and_says_what_landed() {
        let mut p = plan();
        let grades = p.final_grades(day(2027, 3, 31));
        assert_eq!(grades.len(), p.key_results().count());
        for g in &grades {
            assert_eq!(
                g.landed,
                g.grade.is_some_and(|x| x >= 0.6 - 1e-9),
                "{}",
                g.title
            );
        }
        assert!(grades.iter().any(|g| g.landed) && grades.iter().any(|g| !g.landed));
        p.close(day(2027, 3, 31));
        assert!(p.is_closed());
        p.reopen();
        assert!(!p.is_closed());
    }

    #[test]
    fn the_next_quarter_carries_what_was_chosen_with_the_latest_value_as_baseline() {
        let old = plan();
        let unfinished = old.unfinished(day(2027, 3, 31));
        assert!(!unfinished.is_empty() && unfinished.len() < old.key_results().count());
        let carry = CarryOver {
            key_results: unfinished.clone(),
            kpis: true,
            not_going: true,
            running_bets: true,
        };
        let q2 = Period::quarter(2027, 2).unwrap();
        let (next, notes) = old.next_period(q2, &carry, &mut IdGen::new(99));
        assert_eq!(next.period, q2);
        assert_eq!(next.follows.as_ref(), Some(&old.id));
        assert_eq!(next.team, old.team);
        assert_eq!(next.key_results().count(), unfinished.len());
        assert!(notes.kept_baseline.is_empty());
        for kr in next.key_results() {
            let from = kr.carried_from.as_ref().expect("linked to its predecessor");
            let before = old
                .key_result(from)
                .expect("the predecessor is in the old plan");
            assert!(kr.check_ins.is_empty(), "no old check-ins");
            assert_ne!(&kr.id, from);
            assert_eq!(kr.title, before.title);
            assert_eq!(kr.target, before.target);
            if before.kind.has_baseline() {
                assert_eq!(
                    kr.baseline,
                    before.latest_check_in().map(|c| c.value),
                    "{}",
                    kr.title
                );
            }
            assert!(kr
                .projects
                .iter()
                .all(|b| b.status == ProjectStatus::Running));
            let running = before
                .projects
                .iter()
                .filter(|b| b.status == ProjectStatus::Running)
                .count();
            assert_eq!(kr.projects.len(), running);
        }
        assert_eq!(
            next.kpis
                .iter()
                .map(|k| (&k.name, k.current))
                .collect::<Vec<_>>(),
            old.kpis
                .iter()
                .map(|k| (&k.name, k.current))
                .collect::<Vec<_>>()
        );
        assert_eq!(next.not_going.len(), old.not_going.len());
        // Objectives with nothing carried are left behind.
        assert!(next.objectives.iter().all(|o| !o.key_results.is_empty()));
    }

    #[test]
    fn a_key_result_with_no_check_in_keeps_its_baseline_and_says_so() {
        let mut old = plan();
        let kr = old.objectives[0].key_results[0].clone();
        old.objectives[0].key_results[0].check_ins.clear();
        let carry = CarryOver {
            key_results: vec![kr.id.clone()],
            ..CarryOver::default()
        };
        let (next, notes) = old.next_period(
            Period::quarter(2027, 2).unwrap(),
            &carry,
            &mut IdGen::new(5),
        );
        assert_eq!(next.key_results().next().unwrap().baseline, kr.baseline);
        assert_eq!(notes.kept_baseline, vec![kr.title]);
        assert!(next.kpis.is_empty() && next.not_going.is_empty());
    }

    #[test]
    fn a_carried_metric_reads_across_quarters() {
        let old = plan();
        let kr = old.objectives[0].key_results[0].id.clone();
        let carry = CarryOver {
            key_results: vec![kr.clone()],
            ..CarryOver::default()
        };
        let (mut next, _) = old.next_period(
            Period::quarter(2027, 2).unwrap(),
            &carry,
            &mut IdGen::new(5),
        );
        let new_kr = next.objectives[0].key_results[0].id.clone();
        let mut ids = IdGen::new(6);
        next.key_result_mut(&new_kr).unwrap().add_check_in(
            &mut ids,
            day(2027, 4, 8),
            13_000.0,
            okr_studio::domain::Confidence::Green,
            "",
        );
        let plans = vec![old.clone(), next.clone()];
        let history = history_across(&plans, &next, &new_kr);
        assert_eq!(history.len(), 2);
        assert_eq!(history[0].0, old.period);
        assert_eq!(
            history[0].1.len(),
            old.key_result(&kr).unwrap().check_ins.len()
        );
        assert_eq!(history[1].1.len(), 1);
    }

    #[test]
    fn lessons_gather_the_retrospectives_and_the_bets() {
        let mut p = plan();
        p.objectives[0].retrospective.learned =
            "Comparison pages convert twice as well as guides".into();
        let lessons = p.lessons();
        assert!(lessons
            .iter()
            .any(|l| l.ends_with("learned: Comparison pages convert twice as well as guides")));
        let bets = p
            .key_results()
            .flat_map(|k| &k.projects)
            .filter(|b| matches!(b.status, ProjectStatus::Worked | ProjectStatus::Failed))
            .count();
        assert_eq!(
            lessons.iter().filter(|l| l.starts_with("Bet that")).count(),
            bets
        );
    }
}
