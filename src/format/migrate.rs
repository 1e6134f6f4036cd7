//! Brings older plan files and stored states up to the current version, one step at a time.
//!
//! Each step turns version N into N + 1 on the raw JSON, before the typed read, so a step
//! can rename, move or fill in fields that the current structs no longer accept as they
//! were. Steps are never edited once released: a file from any older version walks the
//! whole chain. Both envelopes (plan files and stored state) keep their plans under
//! `plans`, so the same steps serve both.

use super::{FormatError, VERSION};
use serde_json::{Map, Value};

/// One step: the JSON of version N in, the JSON of version N + 1 out.
type Step = fn(Value) -> Result<Value, FormatError>;

/// `STEPS[n - 1]` turns version n into n + 1. The length is tied to `VERSION`, so bumping
/// the version without writing its step does not compile.
const STEPS: [Step; (VERSION - 1) as usize] = [v1_to_v2, v2_to_v3];

/// Migrates `value`, written as `from_version`, to `VERSION`, and stamps the new version.
pub fn migrate(mut value: Value, from_version: u64) -> Result<Value, FormatError> {
    if from_version > u64::from(VERSION) {
        return Err(FormatError::NewerVersion {
            found: from_version,
            supported: VERSION,
        });
    }
    if from_version == 0 {
        return Err(FormatError::MigrationFailed {
            from: 0,
            why: "OKR Studio never wrote a version 0".into(),
        });
    }
    for step in STEPS.iter().skip((from_version - 1) as usize) {
        value = step(value)?;
    }
    if let Some(envelope) = value.as_object_mut() {
        envelope.insert("version".into(), Value::from(VERSION));
    }
    Ok(value)
}

/// Version 2 adds `updated_at` (ms since 1970, 0 = unknown) to plans, objectives, key
/// results, projects and KPIs, so a merge can keep each record's later change.
/// Version 1 never recorded when things changed, so every record starts as "unknown".
fn v1_to_v2(mut value: Value) -> Result<Value, FormatError> {
    // Anything not shaped like a plan is left alone: the typed read then names the place.
    let Some(plans) = value.get_mut("plans").and_then(Value::as_array_mut) else {
        return Ok(value);
    };
    for plan in plans.iter_mut().filter_map(Value::as_object_mut) {
        stamp_unknown(plan);
        for kpi in children(plan, "kpis") {
            stamp_unknown(kpi);
        }
        for objective in children(plan, "objectives") {
            stamp_unknown(objective);
            for kr in children(objective, "key_results") {
                stamp_unknown(kr);
                for project in children(kr, "projects") {
                    stamp_unknown(project);
                }
            }
        }
    }
    Ok(value)
}

/// Version 3 stamps every field on its own and keeps deletions (`domain::sync`). Version 2
/// recorded one change time per record, which cannot say which field changed, so stamps
/// start as "unknown" (left out), which loses to any known change. `updated_at` goes.
/// "Not going" lines become records with ids, and every ordered list gets ranks in its
/// present order. Ids and ranks follow from the file alone, so two teammates migrating
/// the same file get the same records.
fn v2_to_v3(mut value: Value) -> Result<Value, FormatError> {
    let Some(plans) = value.get_mut("plans").and_then(Value::as_array_mut) else {
        return Ok(value);
    };
    for plan in plans.iter_mut().filter_map(Value::as_object_mut) {
        let taken = ids_in(&Value::Object(plan.clone()));
        plan.remove("updated_at");
        if let Some(lines) = plan.get_mut("not_going").and_then(Value::as_array_mut) {
            let mut n = 0;
            for line in lines.iter_mut() {
                let Value::String(text) = line else { continue };
                let id = loop {
                    n += 1;
                    let id = format!("ng-{n}");
                    if !taken.contains(&id) {
                        break id;
                    }
                };
                *line = serde_json::json!({"id": id, "text": std::mem::take(text)});
            }
        }
        for key in ["not_going", "focus_areas", "kpis", "objectives"] {
            rank_list(plan, key);
        }
        for kpi in children(plan, "kpis") {
            kpi.remove("updated_at");
        }
        for objective in children(plan, "objectives") {
            objective.remove("updated_at");
            rank_list(objective, "key_results");
            for kr in children(objective, "key_results") {
                kr.remove("updated_at");
                rank_list(kr, "projects");
                for project in children(kr, "projects") {
                    project.remove("updated_at");
                }
            }
        }
    }
    Ok(value)
}

/// Gives the objects of list `key` ranks in their present order.
fn rank_list(record: &mut Map<String, Value>, key: &str) {
    let Some(list) = record.get_mut(key).and_then(Value::as_array_mut) else {
        return;
    };
    let ranks = crate::domain::rank::initial(list.len());
    for (item, rank) in list.iter_mut().zip(ranks) {
        if let Some(obj) = item.as_object_mut() {
            obj.entry("rank").or_insert(Value::String(rank));
        }
    }
}

/// Every `id` string anywhere in `value`.
fn ids_in(value: &Value) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(id)) = m.get("id") {
                    out.insert(id.clone());
                }
                stack.extend(m.values());
            }
            Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    out
}

fn stamp_unknown(record: &mut Map<String, Value>) {
    record
        .entry("updated_at")
        .or_insert_with(|| Value::from(0_i64));
}

/// The objects in the list `key` of `record`; nothing when it is missing or not a list.
fn children<'a>(
    record: &'a mut Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a mut Map<String, Value>> {
    record
        .get_mut(key)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flat_map(|list| list.iter_mut().filter_map(Value::as_object_mut))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn v1_records_get_an_unknown_change_time() {
        let v1 = json!({
            "format": "okr-studio.plans", "version": 1,
            "plans": [{"id": "p", "objectives": [{"id": "o", "key_results": [
                {"id": "k", "projects": [{"id": "x"}], "check_ins": [{"id": "c"}]}]}],
                "kpis": [{"id": "m"}]}]
        });
        let v2 = v1_to_v2(v1).unwrap();
        let plan = &v2["plans"][0];
        assert_eq!(plan["updated_at"], 0);
        assert_eq!(plan["kpis"][0]["updated_at"], 0);
        let kr = &plan["objectives"][0]["key_results"][0];
        assert_eq!(plan["objectives"][0]["updated_at"], 0);
        assert_eq!(kr["updated_at"], 0);
        assert_eq!(kr["projects"][0]["updated_at"], 0);
        // Check-ins are united by id and never need a change time.
        assert!(kr["check_ins"][0].get("updated_at").is_none());
    }

    #[test]
    fn v2_records_lose_their_change_time_and_gain_ranks_and_line_ids() {
        let v2 = json!({
            "format": "okr-studio.plans", "version": 2,
            "plans": [{"id": "p", "updated_at": 5, "not_going": ["No TikTok", "No events"],
                "objectives": [{"id": "ng-1", "updated_at": 7, "key_results": [
                    {"id": "k1", "updated_at": 1}, {"id": "k2"}]}],
                "kpis": [{"id": "m", "updated_at": 3}]}]
        });
        let v3 = migrate(v2.clone(), 2).unwrap();
        assert_eq!(v3["version"], 3);
        let plan = &v3["plans"][0];
        assert!(plan.get("updated_at").is_none());
        // "ng-1" is taken by the objective, so the lines skip it.
        assert_eq!(
            plan["not_going"][0],
            json!({"id": "ng-2", "text": "No TikTok", "rank": "1"})
        );
        assert_eq!(plan["not_going"][1]["id"], "ng-3");
        let krs = &plan["objectives"][0]["key_results"];
        assert_eq!(
            (krs[0]["rank"].as_str(), krs[1]["rank"].as_str()),
            (Some("1"), Some("2"))
        );
        assert!(krs[0].get("updated_at").is_none());
        assert!(plan["kpis"][0].get("updated_at").is_none());
        // Two teammates migrating the same file get the same records.
        assert_eq!(migrate(v2, 2).unwrap(), v3);
    }

    #[test]
    fn odd_shapes_pass_through_for_the_typed_read_to_name() {
        let odd = json!({"format": "okr-studio.plans", "version": 1,
            "plans": [3, {"objectives": 7, "not_going": [4]}]});
        let out = migrate(odd, 1).unwrap();
        assert_eq!(out["plans"][0], 3);
        assert_eq!(out["plans"][1]["objectives"], 7);
    }

    #[test]
    fn current_files_are_untouched_and_bad_versions_refused() {
        let now = json!({"format": "x", "version": VERSION, "plans": []});
        assert_eq!(migrate(now.clone(), u64::from(VERSION)).unwrap(), now);
        assert!(matches!(
            migrate(now.clone(), 0),
            Err(FormatError::MigrationFailed { from: 0, .. })
        ));
        assert!(matches!(
            migrate(now, 99),
            Err(FormatError::NewerVersion { found: 99, .. })
        ));
    }
}
