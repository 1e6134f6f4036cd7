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
const STEPS: [Step; (VERSION - 1) as usize] = [v1_to_v2];

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
        let v2 = migrate(v1, 1).unwrap();
        assert_eq!(v2["version"], 2);
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
    fn odd_shapes_pass_through_for_the_typed_read_to_name() {
        let odd =
            json!({"format": "okr-studio.plans", "version": 1, "plans": [3, {"objectives": 7}]});
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
