//! The fuzzer over the sheet reader: random text and valid sheets broken the ways real
//! ones break (stray quotes and separators, cut-off lines, binary bytes, formulas, huge
//! numbers). The reader never panics, every problem names a row that exists, and any
//! sheet it accepts makes a plan that survives the plan file's own checks.
//! Longer run: `PROPTEST_CASES=50000 cargo test --release --test sheet_fuzz`.

use chrono::NaiveDate;
use okr_studio::domain::{IdGen, Period};
use okr_studio::format::sheet::{read_sheet, read_weekly, DateOrder, SheetOptions};
use okr_studio::format::{parse_plan_file, to_json, PlanFile};
use proptest::prelude::*;

const SEED: &str = "Objective,Key result,Owner,Start value,Target,Current,Confidence,Date,Unit\n\
Grow,Signups,Ana,\"1,500\",3000,1700,green,2027-01-12,#\n\
,Cut CPA,Bo,$70,$45,$61,at risk,13/01/2027,USD\n\
Keep users,Churn below 3%,,,3%,2.5%,red,2027-02-01,%\n\
Keep users,Time to value,,3:30,2:00,2:45,8,2027-02-01,time\n";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 2, 10).unwrap()
}

/// Breaks `SEED` at random places with the characters sheets break on.
fn broken_sheet() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just(",".to_string()),
        Just(";".to_string()),
        Just("\t".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("=HYPERLINK(\"x\")".to_string()),
        Just("\0".to_string()),
        Just("1e308".to_string()),
        Just("99999999999999999999".to_string()),
        Just("31/02/2027".to_string()),
        Just("04/05/2027".to_string()),
        Just("1.234,5".to_string()),
        Just("Objective".to_string()),
        Just("key_result_7_target".to_string()),
        Just("\u{feff}".to_string()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec((0..SEED.len(), piece, any::<bool>()), 0..8).prop_map(|edits| {
        let mut s = SEED.to_string();
        for (at, piece, cut) in edits {
            let mut at = at.min(s.len());
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            if cut {
                s.truncate(at);
            }
            s.insert_str(at.min(s.len()), &piece);
        }
        s
    })
}

fn check(text: &str, order: Option<DateOrder>, skip: bool) {
    let mut options = SheetOptions::new(today());
    options.date_order = order;
    let rows = text.split(['\n', '\r']).count() + 1;
    match read_sheet(text, &options, skip) {
        Err(e) => assert!(!e.to_string().is_empty()),
        Ok(r) => {
            for p in &r.problems {
                assert!(p.row >= 1 && p.row <= rows, "{p} in {text:?}");
                assert!(!p.message.is_empty());
            }
            if r.can_import() {
                let mut ids = IdGen::new(3);
                let plans: Vec<_> = r
                    .plans
                    .iter()
                    .map(|p| p.to_plan(&mut ids, Period::quarter_of(today())))
                    .collect();
                let file = PlanFile::new(plans, "2027-02-10T00:00:00Z".into());
                let json = to_json(&file).expect("a plan serialises");
                parse_plan_file(&json).unwrap_or_else(|e| panic!("{e} for {text:?}"));
            }
        }
    }
    let _ = read_weekly(text, Period::quarter(2027, 1).unwrap(), order);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn broken_sheets_never_panic(text in broken_sheet(), order in prop::option::of(prop_oneof![Just(DateOrder::DayFirst), Just(DateOrder::MonthFirst)]), skip in any::<bool>()) {
        check(&text, order, skip);
    }

    #[test]
    fn random_text_never_panics(text in prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter)) {
        check(&text, None, true);
    }
}

#[test]
fn the_seed_sheet_itself_reads_whole() {
    let r = read_sheet(SEED, &SheetOptions::new(today()), false).unwrap();
    assert!(r.can_import(), "{:?} {:?}", r.problems, r.date_question);
    assert_eq!(r.plans[0].key_result_count(), 4);
    assert_eq!(r.plans[0].check_in_count(), 4);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Any grid of cells, quoted as RFC 4180 writes it, splits back into the same cells.
    #[test]
    fn quoted_cells_split_back_exactly(
        grid in prop::collection::vec(prop::collection::vec(prop::collection::vec(any::<char>(), 0..6).prop_map(String::from_iter), 1..5), 1..6),
        sep in prop_oneof![Just(','), Just(';'), Just('\t')],
        crlf in any::<bool>(),
    ) {
        let end = if crlf { "\r\n" } else { "\n" };
        let text: String = grid
            .iter()
            .map(|row| row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(&sep.to_string()))
            .collect::<Vec<_>>()
            .join(end);
        let rows = okr_studio::format::sheet::cells::split_rows(&text, sep).unwrap();
        let got: Vec<Vec<String>> = rows
            .into_iter()
            .map(|r| r.cells.into_iter().map(String::from).collect())
            .collect();
        prop_assert_eq!(got, grid);
    }
}
