//! Whole sheets read as a person would bring them: the layouts real templates and
//! exports use, the messages for bad input, the round trip export -> import, and merging
//! a sheet into a plan.

use chrono::NaiveDate;
use okr_studio::domain::imported::ImportedPlan;
use okr_studio::domain::{Confidence, IdGen, KrKind, Period, Plan, Unit};
use okr_studio::format::csv::text_cell;
use okr_studio::format::sheet::{
    plan_sheet, read_sheet, DateOrder, Field, SheetError, SheetKind, SheetOptions, SheetReading,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 2, 10).unwrap()
}

fn read(text: &str) -> SheetReading {
    read_sheet(text, &SheetOptions::new(today()), false).expect("a sheet")
}

fn only_plan(reading: &SheetReading) -> &ImportedPlan {
    assert!(reading.problems.is_empty(), "{:?}", reading.problems);
    assert_eq!(reading.plans.len(), 1);
    &reading.plans[0]
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn pasted_cells_one_row_per_key_result_with_the_objective_left_blank() {
    let text = "Objective\tKey result\tOwner\tStart value\tTarget\tCurrent\tConfidence\n\
                Become the go-to source\tGrow organic visits\tAna\t12,000\t20,000\t14,500\tgreen\n\
                \tCut cost per lead\tBo\t$70\t$45\t$62\tat risk\n\
                Win back lapsed users\tReactivate churned accounts\t\t5%\t12%\t\t\n";
    let r = read(text);
    assert_eq!(r.separator, '\t');
    let plan = only_plan(&r);
    assert_eq!(plan.objectives.len(), 2);
    let first = &plan.objectives[0];
    assert_eq!(first.key_results.len(), 2);
    let cpl = &first.key_results[1];
    assert_eq!(cpl.title, "Cut cost per lead");
    assert_eq!(cpl.unit, Some(Unit::Currency { code: "USD".into() }));
    assert_eq!((cpl.baseline, cpl.target), (Some(70.0), Some(45.0)));
    assert_eq!(cpl.kind_or_inferred(), KrKind::Decrease);
    assert_eq!(cpl.check_ins[0].value, 62.0);
    assert_eq!(cpl.check_ins[0].confidence, Confidence::Yellow);
    // No date column: dated today, and said so.
    assert_eq!(cpl.check_ins[0].date, today());
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("dated 10 Feb 2027 (today)")),
        "{:?}",
        r.notes
    );
    let reactivate = &plan.objectives[1].key_results[0];
    assert_eq!(reactivate.unit, Some(Unit::Percent));
    assert!(reactivate.check_ins.is_empty());
    assert_eq!(
        plan.period,
        Period::quarter(2027, 1),
        "no period in the sheet: this quarter"
    );
    assert!(r.notes.iter().any(|n| n.contains("names no period")));
}

#[test]
fn objectives_and_key_results_on_their_own_rows_with_a_type_column() {
    let text = "Type,Name,Description,Target,Owner,Cycle\n\
                Objective,Make onboarding effortless,New users stall in week one,,,2027 Q1\n\
                Key result,Raise activation rate from 30% to 45%,,45%,Cem,2027 Q1\n\
                KR,Cut time to first value,,2:00,Cem,2027 Q1\n";
    let r = read(text);
    let plan = only_plan(&r);
    assert_eq!(plan.period, Period::quarter(2027, 1));
    let o = &plan.objectives[0];
    assert_eq!(o.title, "Make onboarding effortless");
    assert_eq!(o.why.as_deref(), Some("New users stall in week one"));
    assert_eq!(o.key_results.len(), 2);
    assert_eq!(o.key_results[1].target, Some(120.0));
    assert_eq!(o.key_results[1].unit, Some(Unit::Duration));
    // The title states the baseline: the new plan takes it from there.
    let mut ids = IdGen::new(1);
    let made = plan.to_plan(&mut ids, Period::quarter(2027, 1).unwrap());
    let kr = &made.objectives[0].key_results[0];
    assert_eq!((kr.baseline, kr.target), (Some(30.0), Some(45.0)));
}

#[test]
fn numbered_key_result_columns_as_hosted_tools_export_them() {
    let text = "objective_title,key_result_1_title,key_result_1_start_value,key_result_1_target_value,key_result_2_title,KPI 2 - Target value,owner\n\
                Grow the newsletter,Subscribers,\"1,500\",\"3,000\",Open rate,40%,Dee\n\
                Fill the pipeline,SQLs per month,80,120,,,Eli\n";
    let r = read(text);
    let plan = only_plan(&r);
    let o = &plan.objectives[0];
    assert_eq!(o.key_results.len(), 2);
    assert_eq!(o.key_results[0].baseline, Some(1500.0));
    assert_eq!(o.key_results[1].target, Some(40.0));
    assert_eq!(
        o.key_results[1].owner.as_deref(),
        Some("Dee"),
        "an ungrouped column applies to every key result of the row"
    );
    assert_eq!(plan.objectives[1].key_results.len(), 1);
    let columns: Vec<_> = r
        .columns
        .iter()
        .map(|c| (c.column.field, c.column.group))
        .collect();
    assert_eq!(columns[5], (Some(Field::Target), Some(2)));
}

#[test]
fn rows_that_name_a_key_result_again_add_weekly_readings() {
    let mut text = String::from("Objective;Key result;Date;Value;Target\n");
    for week in 0..8 {
        let date = day(2027, 1, 4) + chrono::Days::new(7 * week);
        text.push_str(&format!(
            "Grow;Signups;{};{},5;2000\n",
            date.format("%d.%m.%Y"),
            1000 + week * 50
        ));
    }
    let r = read(&text);
    let plan = only_plan(&r);
    let kr = &plan.objectives[0].key_results[0];
    assert_eq!(kr.check_ins.len(), 8);
    assert_eq!(
        kr.check_ins[1].value, 1050.5,
        "a semicolon sheet writes a decimal comma"
    );
    assert_eq!(kr.check_ins[7].date, day(2027, 2, 22));
}

#[test]
fn slashed_dates_are_asked_about_when_the_sheet_does_not_settle_them() {
    let text =
        "Objective,Key result,Value,Date\nGrow,Signups,10,04/05/2027\nGrow,Signups,12,04/12/2027\n";
    let r = read(text);
    let q = r.date_question.as_ref().expect("a question");
    assert_eq!((q.row, q.column, q.example.as_str()), (2, 3, "04/05/2027"));
    assert!(!r.can_import());
    let mut options = SheetOptions::new(today());
    options.date_order = Some(DateOrder::MonthFirst);
    let r = read_sheet(text, &options, false).unwrap();
    let kr = &only_plan(&r).objectives[0].key_results[0];
    assert_eq!(kr.check_ins[0].date, day(2027, 4, 5));
    // One unmistakable cell settles the order for the whole sheet.
    let settled = format!("{text}Grow,Signups,14,04/19/2027\n");
    let r = read(&settled);
    assert!(r.date_question.is_none());
    assert_eq!(
        only_plan(&r).objectives[0].key_results[0].check_ins[0].date,
        day(2027, 4, 5)
    );
}

#[test]
fn mixed_date_orders_name_the_cell() {
    let text = "Objective,Key result,Value,Date\nGrow,Signups,10,13/01/2027\nGrow,Signups,12,13/01/2027\nGrow,Signups,12,01/20/2027\n";
    let r = read(text);
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    let p = r.problems[0].to_string();
    assert!(p.starts_with("Row 4, column D:"), "{p}");
    assert!(p.contains("month first") && p.contains("day first"), "{p}");
    assert!(!r.can_import());
}

#[test]
fn cells_that_cannot_be_read_name_their_row_and_column_and_block_the_import() {
    let text = "Objective,Key result,Target,Direction\nGrow,Signups,lots,up\nGrow,Visits,=HYPERLINK(\"x\"),sideways\nGrow,Leads,300,up\n";
    let r = read(text);
    let messages: Vec<String> = r.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(
        messages[0].starts_with("Row 2, column C: Target \u{201c}lots\u{201d} is not a number"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].starts_with("Row 3, column C:") && messages[1].contains("formula"),
        "{}",
        messages[1]
    );
    assert!(
        messages[2].starts_with("Row 3, column D:") && messages[2].contains("not a direction"),
        "{}",
        messages[2]
    );
    assert!(!r.can_import());
    assert_eq!(r.bad_rows, vec![2, 3]);
    // The person chose to leave those rows out: the rest reads, and the note says which.
    let r = read_sheet(text, &SheetOptions::new(today()), true).unwrap();
    assert!(r.can_import());
    assert_eq!(r.plans[0].key_result_count(), 1);
    assert!(
        r.notes
            .iter()
            .any(|n| n == "Left out 2 rows with a problem: 2, 3."),
        "{:?}",
        r.notes
    );
}

#[test]
fn a_conflicting_repeat_of_a_key_result_is_a_problem() {
    let r = read("Objective,Key result,Target\nGrow,Signups,100\nGrow,Signups,200\n");
    assert_eq!(r.problems.len(), 1);
    assert!(
        r.problems[0]
            .to_string()
            .contains("target differs from row 2"),
        "{}",
        r.problems[0]
    );
}

#[test]
fn files_that_are_not_sheets_are_refused_whole() {
    let cases: Vec<(String, SheetError)> = vec![
        (String::new(), SheetError::Empty),
        ("PK\u{3}\u{4}\u{14}\0\0binary".into(), SheetError::Workbook),
        (
            "\0\u{1}\u{2}\u{3}garbage\u{fffd}\u{fffd}".into(),
            SheetError::NotText,
        ),
        ("Colour,Size\nred,10\n".into(), SheetError::NoHeader),
        (
            "Objective,Key result\nGrow,\"Signups\nGrow,Visits\n".into(),
            SheetError::OpenQuote { row: 2, column: 1 },
        ),
        (
            "x".repeat(11 * 1024 * 1024),
            SheetError::TooBig {
                bytes: 11 * 1024 * 1024,
            },
        ),
    ];
    for (text, want) in cases {
        let got = read_sheet(&text, &SheetOptions::new(today()), false).unwrap_err();
        assert_eq!(got, want);
        assert!(got.to_string().len() > 30, "{got}");
    }
    let mut big = String::from("Objective,Key result,Value\n");
    for i in 0..100_000 {
        big.push_str(&format!("O,K{i},1\n"));
    }
    assert_eq!(
        read_sheet(&big, &SheetOptions::new(today()), false).unwrap_err(),
        SheetError::TooManyRows
    );
    let open = SheetError::OpenQuote { row: 2, column: 1 }.to_string();
    assert!(
        open.starts_with("Row 2, column B: a quote opens here and never closes"),
        "{open}"
    );
}

#[test]
fn progress_alone_becomes_progress_from_zero_to_a_hundred() {
    let r = read("Objective,Key result,Progress\nShip it,Launch the partner page,0.4\nShip it,Publish the guide,1\n");
    let plan = only_plan(&r);
    let kr = &plan.objectives[0].key_results[0];
    assert_eq!(
        (kr.baseline, kr.target, kr.unit.clone()),
        (Some(0.0), Some(100.0), Some(Unit::Percent))
    );
    assert_eq!(kr.check_ins[0].value, 40.0);
    let r = read("Objective,Key result,Start value,Target,Progress %\nGrow,Signups,100,200,25%\n");
    assert_eq!(
        only_plan(&r).objectives[0].key_results[0].check_ins[0].value,
        125.0
    );
}

#[test]
fn a_period_that_is_over_dates_current_values_on_its_last_day() {
    let r = read("Objective,Key result,Current,Quarter\nGrow,Signups,10,2026 Q3\n");
    let kr = &only_plan(&r).objectives[0].key_results[0];
    assert_eq!(kr.check_ins[0].date, day(2026, 9, 30));
    assert!(r
        .notes
        .iter()
        .any(|n| n.contains("nearest day of the period")));
}

#[test]
fn column_choices_change_what_a_column_is_read_as() {
    let text = "Objective,Key result,Value,Colour\nGrow,Signups,10,blue\n";
    let mut options = SheetOptions::new(today());
    options.overrides.insert(2, Some(Field::Target));
    let r = read_sheet(text, &options, false).unwrap();
    let kr = &only_plan(&r).objectives[0].key_results[0];
    assert_eq!(kr.target, Some(10.0));
    assert!(kr.check_ins.is_empty());
    options.overrides.insert(2, None);
    let r = read_sheet(text, &options, false).unwrap();
    assert_eq!(only_plan(&r).objectives[0].key_results[0].target, None);
}

fn sample() -> Plan {
    okr_studio::domain::sample::sample_plan(day(2027, 2, 10), &mut IdGen::new(5))
}

#[test]
fn the_exported_sheet_reads_back_as_the_same_plan() {
    let plan = sample();
    for kind in [SheetKind::Csv, SheetKind::Tsv] {
        let text = plan_sheet(&plan, today(), kind);
        let r = read(&text);
        let back = only_plan(&r);
        assert_eq!(back.period, Some(plan.period));
        assert_eq!(back.objectives.len(), plan.objectives.len());
        for (o, b) in plan.objectives.iter().zip(&back.objectives) {
            assert_eq!(o.title, b.title);
            assert_eq!(o.key_results.len(), b.key_results.len(), "{}", o.title);
            for (k, bk) in o.key_results.iter().zip(&b.key_results) {
                assert_eq!(k.title, bk.title);
                assert_eq!(
                    Some(&k.metric).filter(|m| !m.is_empty()),
                    bk.metric.as_ref(),
                    "{}",
                    k.title
                );
                assert_eq!(Some(&k.unit), bk.unit.as_ref(), "{}", k.title);
                assert_eq!(k.kind, bk.kind_or_inferred(), "{}", k.title);
                assert_eq!(
                    (k.baseline, k.target),
                    (bk.baseline, bk.target),
                    "{}",
                    k.title
                );
                assert_eq!(Some(&k.owner).filter(|o| !o.is_empty()), bk.owner.as_ref());
                let latest = k.latest_check_in().map(|c| (c.date, c.value, c.confidence));
                let got = bk
                    .check_ins
                    .first()
                    .map(|c| (c.date, c.value, c.confidence));
                assert_eq!(latest, got, "{}", k.title);
            }
        }
    }
}

#[test]
fn an_exported_sheet_defuses_formulas_and_reads_them_back_as_text() {
    let mut plan = sample();
    plan.objectives[0].key_results[0].owner = "=cmd|' /C calc'!A0".into();
    let text = plan_sheet(&plan, today(), SheetKind::Csv);
    assert!(text.contains(",'=cmd"), "{text}");
    let r = read(&text);
    assert_eq!(
        only_plan(&r).objectives[0].key_results[0].owner.as_deref(),
        Some("=cmd|' /C calc'!A0")
    );
}

#[test]
fn merging_a_sheet_matches_by_title_and_keeps_the_rest_of_the_plan() {
    let mut plan = sample();
    let before_krs = plan.key_results().count();
    let o = plan.objectives[0].title.to_uppercase();
    let k = plan.objectives[0].key_results[0].title.clone();
    let owner_before = plan.objectives[1].key_results[0].owner.clone();
    let (o, k) = (text_cell(&o), text_cell(&k));
    let text = format!("Objective,Key result,Owner,Current,As of\n{o},{k},Zoe,999,2027-02-09\n{o},A brand new key result,Yan,,\n");
    let r = read(&text);
    let mut ids = IdGen::new(99);
    let summary = only_plan(&r).fold_into(&mut plan, &mut ids);
    assert_eq!(summary.key_results_added, 1);
    assert_eq!(summary.key_results_changed, 1);
    assert_eq!(summary.check_ins_added, 1);
    assert_eq!(plan.key_results().count(), before_krs + 1);
    let kr = &plan.objectives[0].key_results[0];
    assert_eq!(kr.owner, "Zoe");
    assert_eq!(kr.latest_check_in().map(|c| c.value), Some(999.0));
    assert_eq!(
        plan.objectives[1].key_results[0].owner, owner_before,
        "what the sheet does not name is left alone"
    );
    assert!(
        summary.in_words().contains("1 key result added"),
        "{}",
        summary.in_words()
    );
}

#[test]
fn with_no_period_named_the_readings_say_which_quarter() {
    let r = read("Objective,Key result,Current,Date\nGrow,Signups,10,2027-04-05\nGrow,Signups,12,2027-04-12\n");
    assert_eq!(only_plan(&r).period, Period::quarter(2027, 2));
    let r = read("Objective,Key result,Start date,Due date\nGrow,Signups,2027-01-01,2027-02-28\n");
    assert_eq!(
        only_plan(&r).period,
        Period::new(day(2027, 1, 1), day(2027, 2, 28)).ok()
    );
}

#[test]
fn periods_read_as_quarters_or_date_ranges_and_split_the_sheet_into_plans() {
    let r = read("Objective,Key result,Period\nGrow,Signups,2027 Q1\nGrow,Visits,Q1 2027\nKeep,Churn,2027-04-01 to 2027-05-15\nKeep,NPS,someday\n");
    assert_eq!(r.problems.len(), 1);
    assert_eq!(r.problems[0].to_string(), "Row 5, column C: \u{201c}someday\u{201d} is not a period: write it like 2027 Q1, or 2027-01-01 to 2027-03-31.");
    assert_eq!(r.plans.len(), 2, "2027 Q1 and Q1 2027 are one plan");
    assert_eq!(r.plans[0].key_result_count(), 2);
    assert_eq!(
        r.plans[1].period,
        Period::new(day(2027, 4, 1), day(2027, 5, 15)).ok()
    );
}

#[test]
fn a_custom_period_survives_the_round_trip() {
    let mut plan = sample();
    plan.period = Period::new(day(2027, 1, 11), day(2027, 3, 19)).unwrap();
    let r = read(&plan_sheet(&plan, today(), SheetKind::Csv));
    assert_eq!(only_plan(&r).period, Some(plan.period));
}

#[test]
fn pasted_weekly_numbers_take_the_confidence_before_them_and_keep_a_days_own() {
    let mut plan = sample();
    let kr = plan.objectives[0].key_results[0].clone();
    let last = kr.latest_check_in().unwrap().clone();
    let later = last.date + chrono::Days::new(3);
    let k = plan.key_result_mut(&kr.id).unwrap();
    let (added, changed) = k.backfill(
        &[(last.date, last.value + 1.0), (later, 42.0)],
        &mut IdGen::new(8),
    );
    assert_eq!((added, changed), (1, 1));
    let same = k.check_ins.iter().find(|c| c.date == last.date).unwrap();
    assert_eq!(
        (same.value, same.confidence, &same.note),
        (last.value + 1.0, last.confidence, &last.note)
    );
    let new = k.check_ins.iter().find(|c| c.date == later).unwrap();
    assert_eq!(new.confidence, last.confidence);
}
