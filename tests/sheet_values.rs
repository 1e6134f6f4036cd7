//! Table tests for the sheet reader's pieces: one row a case.

use chrono::NaiveDate;
use okr_studio::domain::{Confidence, KrKind, Unit};
use okr_studio::format::sheet::cells::{column_letter, detect_separator, split_rows};
use okr_studio::format::sheet::dates::{read_date, DateIssue, DateOrder};
use okr_studio::format::sheet::header::{find_header, read_header, Field};
use okr_studio::format::sheet::values::{
    read_confidence, read_direction, read_number, read_unit, DecimalMark,
};

fn usd() -> Option<Unit> {
    Some(Unit::Currency { code: "USD".into() })
}

#[test]
fn numbers_read_as_people_type_them() {
    use DecimalMark::{Comma, Point};
    let cases: &[(&str, DecimalMark, Option<f64>, Option<Unit>)] = &[
        ("1500", Point, Some(1500.0), None),
        ("1,500", Point, Some(1500.0), None),
        ("1 500", Point, Some(1500.0), None),
        ("1\u{a0}500", Point, Some(1500.0), None),
        ("1.5k", Point, Some(1500.0), None),
        ("1.5K", Point, Some(1500.0), None),
        ("$1.2M", Point, Some(1_200_000.0), usd()),
        ("2bn", Point, Some(2e9), None),
        ("15%", Point, Some(15.0), Some(Unit::Percent)),
        (
            "€45",
            Point,
            Some(45.0),
            Some(Unit::Currency { code: "EUR".into() }),
        ),
        (
            "45 EUR",
            Point,
            Some(45.0),
            Some(Unit::Currency { code: "EUR".into() }),
        ),
        (
            "£3,000.50",
            Point,
            Some(3000.5),
            Some(Unit::Currency { code: "GBP".into() }),
        ),
        ("3:30", Point, Some(210.0), Some(Unit::Duration)),
        ("1:02:30", Point, Some(3750.0), Some(Unit::Duration)),
        ("12,5", Comma, Some(12.5), None),
        ("1.234,5", Comma, Some(1234.5), None),
        (
            "1 234,5 €",
            Comma,
            Some(1234.5),
            Some(Unit::Currency { code: "EUR".into() }),
        ),
        ("(300)", Point, Some(-300.0), None),
        ("-4.5", Point, Some(-4.5), None),
        ("\u{2212}4.5", Point, Some(-4.5), None),
        ("", Point, None, None),
        ("n/a", Point, None, None),
    ];
    for (text, mark, value, unit) in cases {
        let got = read_number(text, *mark).unwrap_or_else(|_| panic!("{text} should read"));
        assert_eq!(got.as_ref().map(|n| n.value), *value, "{text}");
        assert_eq!(got.and_then(|n| n.unit), *unit, "{text}");
    }
}

#[test]
fn text_where_a_number_belongs_is_refused() {
    for text in [
        "lots",
        "1.2.3x",
        "12 apples",
        "3:75",
        "1e400",
        "=SUM(A1:A3)",
        "::",
    ] {
        assert!(
            read_number(text, DecimalMark::Point).is_err(),
            "{text} should be refused"
        );
    }
}

#[test]
fn dates_read_iso_dotted_named_and_slashed_in_the_sheets_order() {
    let d = |y, m, day| Some(NaiveDate::from_ymd_opt(y, m, day).unwrap());
    type Read = Result<Option<NaiveDate>, DateIssue>;
    let cases: &[(&str, Option<DateOrder>, Read)] = &[
        ("2027-01-05", None, Ok(d(2027, 1, 5))),
        ("2027-01-05T10:00:00Z", None, Ok(d(2027, 1, 5))),
        ("2027-01-05 10:00", None, Ok(d(2027, 1, 5))),
        ("2027/01/05", None, Ok(d(2027, 1, 5))),
        ("5.1.2027", None, Ok(d(2027, 1, 5))),
        ("05.01.27", None, Ok(d(2027, 1, 5))),
        ("5 Jan 2027", None, Ok(d(2027, 1, 5))),
        ("Jan 5, 2027", None, Ok(d(2027, 1, 5))),
        ("January 5 2027", None, Ok(d(2027, 1, 5))),
        ("13/01/2027", None, Ok(d(2027, 1, 13))),
        ("01/13/2027", None, Ok(d(2027, 1, 13))),
        ("05/05/2027", None, Ok(d(2027, 5, 5))),
        ("04/05/2027", None, Err(DateIssue::Ambiguous)),
        ("04/05/2027", Some(DateOrder::DayFirst), Ok(d(2027, 5, 4))),
        ("04/05/2027", Some(DateOrder::MonthFirst), Ok(d(2027, 4, 5))),
        (
            "31/02/2027",
            Some(DateOrder::DayFirst),
            Err(DateIssue::Unreadable),
        ),
        ("next week", None, Err(DateIssue::Unreadable)),
        ("", None, Ok(None)),
    ];
    for (text, order, want) in cases {
        assert_eq!(&read_date(text, *order), want, "{text} {order:?}");
    }
}

#[test]
fn column_names_map_with_the_synonyms_templates_use() {
    let cases: &[(&str, Option<Field>, Option<u32>)] = &[
        ("Objective", Some(Field::Objective), None),
        ("Goal", Some(Field::Objective), None),
        ("OBJECTIVE TITLE", Some(Field::Objective), None),
        ("KR", Some(Field::KeyResult), None),
        ("Key Result Title", Some(Field::KeyResult), None),
        ("Name", Some(Field::KeyResult), None),
        ("Owner email", Some(Field::Owner), None),
        ("Assignee", Some(Field::Owner), None),
        ("Lead", Some(Field::Owner), None),
        ("Baseline", Some(Field::Baseline), None),
        ("Starting value", Some(Field::Baseline), None),
        ("Initial", Some(Field::Baseline), None),
        ("Target value", Some(Field::Target), None),
        ("Goal value", Some(Field::Target), None),
        ("Actual", Some(Field::Current), None),
        ("current_value", Some(Field::Current), None),
        ("Progress %", Some(Field::Progress), None),
        ("Score", Some(Field::Progress), None),
        ("Metric type", Some(Field::Unit), None),
        ("Direction", Some(Field::Direction), None),
        ("Due at", Some(Field::Due), None),
        ("End date", Some(Field::Due), None),
        ("Cycle", Some(Field::Period), None),
        ("Timeframe", Some(Field::Period), None),
        ("Status", Some(Field::Status), None),
        ("Confidence", Some(Field::Confidence), None),
        ("Target Value (#)", Some(Field::Target), None),
        ("key_result_1_title", Some(Field::KeyResult), Some(1)),
        ("key_result_2_target", Some(Field::Target), Some(2)),
        ("KPI 1 - Target value", Some(Field::Target), Some(1)),
        ("KR3 owner", Some(Field::Owner), Some(3)),
        ("Key result 2", Some(Field::KeyResult), Some(2)),
        ("key_result_1_completion", Some(Field::Progress), Some(1)),
        ("Start Value", Some(Field::Baseline), None),
        ("Current Value", Some(Field::Current), None),
        ("Quarter", Some(Field::Period), None),
        ("Notes", Some(Field::Description), None),
        ("Colour", None, None),
    ];
    for (header, field, group) in cases {
        let c = read_header(0, header);
        assert_eq!((c.field, c.group), (*field, *group), "{header}");
    }
}

#[test]
fn the_header_is_found_below_a_template_title() {
    let rows = split_rows(
        "Marketing OKRs Q1\n\nObjective,Key result,Target\nGrow,Signups,5000\n",
        ',',
    )
    .unwrap();
    let (at, columns) = find_header(&rows).expect("a header");
    assert_eq!(rows[at].number, 3);
    assert_eq!(columns[2].field, Some(Field::Target));
}

#[test]
fn separators_are_found_from_the_text() {
    assert_eq!(detect_separator("a\tb\tc\n1\t2\t3\n"), '\t');
    assert_eq!(detect_separator("a;b;c\n1,5;2;3\n"), ';');
    assert_eq!(detect_separator("a,b,c\n\"1,500\",2,3\n"), ',');
}

#[test]
fn quoted_cells_keep_separators_quotes_and_line_breaks() {
    let rows = split_rows("a,\"b, \"\"c\"\"\nd\",e\r\nf,g", ',').unwrap();
    assert_eq!(rows[0].cells, vec!["a", "b, \"c\"\nd", "e"]);
    assert_eq!(rows[1].number, 2);
    assert_eq!(rows[1].cells, vec!["f", "g"]);
}

#[test]
fn words_read_as_units_directions_and_confidence() {
    assert_eq!(read_unit("%"), Some(Unit::Percent));
    assert_eq!(read_unit("#"), Some(Unit::Count));
    assert_eq!(read_unit("Currency"), usd());
    assert_eq!(
        read_unit("eur"),
        Some(Unit::Currency { code: "EUR".into() })
    );
    assert_eq!(read_unit("time"), Some(Unit::Duration));
    assert_eq!(read_unit("bananas"), None);
    assert_eq!(read_direction("Decrease"), Some(KrKind::Decrease));
    assert_eq!(read_direction("lower is better"), Some(KrKind::Decrease));
    assert_eq!(read_direction("stay above"), Some(KrKind::StayAbove));
    assert_eq!(read_direction("sideways"), None);
    assert_eq!(read_confidence("On track"), Some(Confidence::Green));
    assert_eq!(read_confidence("amber"), Some(Confidence::Yellow));
    assert_eq!(read_confidence("Off-track"), Some(Confidence::Red));
    assert_eq!(read_confidence("8"), Some(Confidence::Green));
    assert_eq!(read_confidence("0.5"), Some(Confidence::Yellow));
    assert_eq!(read_confidence("maybe"), None);
    assert_eq!(column_letter(0), "A");
    assert_eq!(column_letter(25), "Z");
    assert_eq!(column_letter(26), "AA");
}

mod weekly {
    use chrono::NaiveDate;
    use okr_studio::domain::Period;
    use okr_studio::format::sheet::{read_weekly, DateOrder};

    fn q1() -> Period {
        Period::quarter(2027, 1).unwrap()
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, d).unwrap()
    }

    #[test]
    fn a_column_of_dates_and_values_with_a_header() {
        let r = read_weekly(
            "Week\tSignups\n2027-01-04\t1,200\n2027-01-11\t1,350\n",
            q1(),
            None,
        )
        .unwrap();
        assert_eq!(r.values, vec![(day(1, 4), 1200.0), (day(1, 11), 1350.0)]);
        assert!(r.problems.is_empty());
    }

    #[test]
    fn a_row_of_weekly_values_is_a_week_apart_from_the_start() {
        let r = read_weekly("Signups\t100\t120\t150\n", q1(), None).unwrap();
        assert_eq!(
            r.values,
            vec![(day(1, 1), 100.0), (day(1, 8), 120.0), (day(1, 15), 150.0)]
        );
        assert!(r.notes[0].contains("a week apart"), "{:?}", r.notes);
    }

    #[test]
    fn ambiguous_dates_ask_and_bad_cells_name_their_place() {
        let r = read_weekly("04/01/2027,10\n04/02/2027,12\n", q1(), None).unwrap();
        assert!(r.date_question.is_some());
        let r = read_weekly(
            "04/01/2027,10\n04/02/2027,12\n",
            q1(),
            Some(DateOrder::DayFirst),
        )
        .unwrap();
        assert_eq!(r.values[1].0, day(2, 4));
        let r = read_weekly("2027-01-04,10\n2027-01-11,many\n", q1(), None).unwrap();
        assert_eq!(
            r.problems[0].to_string(),
            "Row 2, column B: \u{201c}many\u{201d} is not a number."
        );
        let too_many: String = (0..20).map(|i| format!("{i}\n")).collect();
        let r = read_weekly(&too_many, q1(), None).unwrap();
        assert!(r
            .problems
            .iter()
            .any(|p| p.message.contains("after the period ends")));
    }
}

#[test]
fn files_decode_as_the_spreadsheet_saved_them() {
    use okr_studio::format::sheet::cells::decode_text;
    assert_eq!(decode_text("Café,€45".as_bytes()), "Café,€45");
    // Excel on Windows: "CSV (Comma delimited)" is Windows-1252.
    assert_eq!(
        decode_text(&[b'C', b'a', b'f', 0xE9, b',', 0x80, b'4', b'5']),
        "Café,€45"
    );
    // Excel's "Unicode Text": UTF-16 little-endian with its mark.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Objective\tKR".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(decode_text(&utf16), "Objective\tKR");
}
