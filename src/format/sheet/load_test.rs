//! The sheet the benchmarks read: 250 key results with 8 weeks of values (2,000 rows),
//! as a hosted tool's check-in export looks, and the same rows written as JSON objects
//! (what `JSON.parse` is timed on). Used by `benches/sheet.rs` and `tests/browser_bench.rs`.

use chrono::{Days, NaiveDate};

/// (CSV text, the same rows as a JSON array of objects).
pub fn weekly_sheet() -> (String, String) {
    let mut csv =
        String::from("Objective,Key result,Owner,Start value,Target,Date,Value,Confidence\n");
    let mut json = Vec::new();
    let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
    for o in 0..50 {
        for k in 0..5 {
            for week in 0..8u64 {
                let date = start + Days::new(7 * week);
                let value = 1000 + o * 10 + k * 100 + week as usize * 37;
                let confidence = ["green", "yellow", "red"][(o + k + week as usize) % 3];
                let objective = format!("Objective {o}: become the team people trust");
                let kr = format!("Grow weekly signups for segment {o}-{k} from 1,000 to 2,000");
                csv.push_str(&format!(
                    "{objective},\"{kr}\",Owner {k},\"1,000\",\"2,000\",{date},\"{value}\",{confidence}\n"
                ));
                json.push(serde_json::json!({
                    "objective": objective, "key_result": kr, "owner": format!("Owner {k}"),
                    "start_value": "1,000", "target": "2,000", "date": date.to_string(),
                    "value": value.to_string(), "confidence": confidence,
                }));
            }
        }
    }
    let json = serde_json::to_string(&json).unwrap_or_default();
    (csv, json)
}
