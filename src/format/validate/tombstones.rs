//! The rules for a plan's deletions (its `deleted` list), checked with the rest of the plan.

use super::{too_long, MAX_ID_CHARS};
use crate::domain::fnv::FnvMap;
use crate::domain::{Id, Plan};
use crate::format::FormatError;

/// Deletions: each names one record once, never the plan itself, and holds at most the
/// content of its own kind, with its own id.
pub(super) fn tombstones(p: usize, plan: &Plan) -> Result<(), FormatError> {
    let mut seen: FnvMap<&str, usize> =
        FnvMap::with_capacity_and_hasher(plan.deleted.len(), Default::default());
    for (i, t) in plan.deleted.iter().enumerate() {
        let path = |f: &str| format!("plans[{p}].deleted[{i}].{f}");
        let invalid = |f: &str, message: &str| FormatError::Invalid {
            path: path(f),
            message: message.into(),
        };
        if t.id.as_str().trim().is_empty() {
            return Err(invalid("id", "an id cannot be empty"));
        }
        if t.id.as_str().chars().count() > MAX_ID_CHARS {
            return Err(too_long(path("id"), t.id.as_str(), MAX_ID_CHARS));
        }
        if let Some(first) = seen.insert(t.id.as_str(), i) {
            return Err(FormatError::DuplicateId {
                id: t.id.to_string(),
                at: path("id"),
                first: format!("plans[{p}].deleted[{first}].id"),
            });
        }
        if t.id == plan.id {
            return Err(invalid(
                "id",
                "a deletion cannot remove the plan itself (delete a plan from the plan list)",
            ));
        }
        let kinds = t.content_kinds();
        if kinds.len() > 1 || kinds.first().is_some_and(|k| *k != t.kind) {
            return Err(invalid(
                "kind",
                "the deleted record's content does not match its kind",
            ));
        }
        let content_id = ghost_id(t);
        if content_id.is_some_and(|id| id != &t.id) {
            return Err(invalid("id", "the deleted record's content has another id"));
        }
    }
    Ok(())
}

fn ghost_id(t: &crate::domain::Tombstone) -> Option<&Id> {
    None.or(t.objective.as_ref().map(|r| &r.id))
        .or(t.key_result.as_ref().map(|r| &r.id))
        .or(t.bet.as_ref().map(|r| &r.id))
        .or(t.kpi.as_ref().map(|r| &r.id))
        .or(t.check_in.as_ref().map(|r| &r.id))
        .or(t.focus_area.as_ref().map(|r| &r.id))
        .or(t.not_going.as_ref().map(|r| &r.id))
        .or(t.business_goal.as_ref().map(|r| &r.id))
        .or(t.task.as_ref().map(|r| &r.id))
}
