//! The import preview: per incoming plan, whether it is new or another copy of a plan here,
//! what it would add or change, the conflicts a merge would settle, and the three choices.

use super::outcome::{ConflictList, Outcome, OutcomeView};
use super::ImportUi;
use crate::domain::sync::Kind;
use crate::state::use_app;
use crate::state::{PlanFile, PlanMatch, PlanPreview};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PreviewPanel(ui: ImportUi, file: Arc<PlanFile>) -> impl IntoView {
    let app = use_app();
    let preview = app.import_preview(&file);
    let outcomes = RwSignal::new(vec![None::<Outcome>; preview.plans.len()]);
    let all_done = move || outcomes.with(|o| o.iter().all(Option::is_some));
    let count = match preview.plans.len() {
        1 => "1 plan".to_string(),
        n => format!("{n} plans"),
    };
    let made = if preview.exported_at.is_empty() {
        String::new()
    } else {
        format!(", exported {}", preview.exported_at)
    };
    let cards = preview
        .plans
        .into_iter()
        .enumerate()
        .map(|(index, plan)| {
            view! { <PlanCard ui=ui file=file.clone() index=index plan=plan outcomes=outcomes /> }
        })
        .collect_view();
    view! {
        <section class="card preview" aria-labelledby="preview-title" data-testid="import-preview">
            <h2 id="preview-title">"Preview of " {move || ui.source.get()}</h2>
            <p>{count} {made} ". Nothing has changed yet: choose for each plan."</p>
            {cards}
            <button on:click=move |_| {
                ui.close()
            }>
                {move || if all_done() { "Close the preview" } else { "Cancel: import nothing" }}
            </button>
        </section>
    }
}

#[component]
fn PlanCard(
    ui: ImportUi,
    file: Arc<PlanFile>,
    index: usize,
    plan: PlanPreview,
    outcomes: RwSignal<Vec<Option<Outcome>>>,
) -> impl IntoView {
    let app = use_app();
    let incoming = StoredValue::new(file.plans.get(index).cloned());
    let existing = matches!(plan.matches, PlanMatch::Existing { .. });
    let target = app.replace_target(&plan.id).map(|p| p.title());
    let outcome = move || outcomes.with(|o| o.get(index).cloned().flatten());
    let settle = move |result: Outcome| {
        outcomes.update(|o| {
            if let Some(slot) = o.get_mut(index) {
                *slot = Some(result);
            }
        });
        ui.backups_changed.update(|n| *n += 1);
        ui.link_done();
    };
    let choose = move |choice: &'static str| {
        move |_| {
            let Some(plan) = incoming.get_value() else {
                return;
            };
            let plan = &plan;
            settle(match choice {
                "add" => match app.import_new(plan) {
                    Some(_) => Outcome::Added,
                    None => Outcome::Failed("The plan could not be added.".into()),
                },
                "replace" => match app.replace_with(plan) {
                    Ok(()) => Outcome::Replaced(target_title(app.replace_target(&plan.id))),
                    Err(why) => Outcome::Failed(why),
                },
                _ => match app.merge_in(plan) {
                    Some(report) => Outcome::Merged(plan.id.clone(), report),
                    None => {
                        Outcome::Failed("There is no copy of this plan here to merge into.".into())
                    }
                },
            });
        }
    };
    let conflicts = plan
        .merge
        .as_ref()
        .map(|m| m.conflicts.clone())
        .unwrap_or_default();
    let plan_id = plan.id.clone();
    let will = plan.merge.as_ref().map(|m| match m.in_words() {
        w if w.is_empty() => " A merge would change nothing here.".to_string(),
        w => format!(" A merge would bring: {w}."),
    });
    let summary = if existing {
        "Another copy of a plan on this device.".to_string()
    } else {
        "A new plan: not on this device yet.".to_string()
    };
    let left_out = plan.left_out.clone();
    let replace_note = target.clone().map(|t| format!("Replace puts it in the place of “{t}”, which is backed up first and can be restored below."));
    view! {
        <article class="preview-plan" data-testid="preview-plan">
            <h3>{plan.title.clone()}</h3>
            <p>{summary} {will}</p>
            <CountsTable plan=plan />
            {(!left_out.is_empty())
                .then(|| {
                    view! {
                        <div class="banner warning" data-testid="left-out">
                            <p>"Left out of this file, the rest imports:"</p>
                            <ul>
                                {left_out
                                    .into_iter()
                                    .map(|l| view! { <li>{l}</li> })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })}
            <ConflictList plan=plan_id conflicts=conflicts done=false />
            {move || match outcome() {
                None => {
                    view! {
                        <div class="data-actions">
                            <button class="primary" on:click=choose("add")>
                                "Add as a new plan"
                            </button>
                            <button on:click=choose("replace") disabled=target.is_none()>
                                "Replace"
                            </button>
                            <Show when=move || existing>
                                <button on:click=choose("merge")>"Merge"</button>
                            </Show>
                        </div>
                        <p class="hint">
                            {replace_note.clone()}
                            {existing
                                .then_some(
                                    " Merge keeps both copies' changes, field by field; deletions travel; the plan as it was is backed up first.",
                                )}
                        </p>
                    }
                        .into_any()
                }
                Some(done) => view! { <OutcomeView outcome=done /> }.into_any(),
            }}
        </article>
    }
}

fn target_title(plan: Option<crate::domain::Plan>) -> String {
    plan.map(|p| p.title()).unwrap_or_default()
}

/// Records by kind: for a new plan what it brings, for a copy what a merge would add,
/// change and delete here.
#[component]
fn CountsTable(plan: PlanPreview) -> impl IntoView {
    let rows: Vec<(&'static str, [usize; 3])> = match &plan.merge {
        None => vec![
            ("Objectives", [plan.objectives, 0, 0]),
            ("Key results", [plan.key_results, 0, 0]),
            ("Check-ins", [plan.check_ins, 0, 0]),
        ],
        Some(m) => [
            ("Objectives", Kind::Objective),
            ("Key results", Kind::KeyResult),
            ("Bets", Kind::Bet),
            ("Check-ins", Kind::CheckIn),
            ("KPIs", Kind::Kpi),
        ]
        .into_iter()
        .map(|(name, kind)| {
            let c = m.count(kind);
            (name, [c.added, c.changed, c.deleted])
        })
        .collect(),
    };
    let rows = rows
        .into_iter()
        .map(|(name, [a, c, d])| {
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{a}</td>
                    <td>{c}</td>
                    <td>{d}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="preview-counts" data-testid="preview-counts">
            <thead>
                <tr>
                    <th scope="col">"Records"</th>
                    <th scope="col">"Added"</th>
                    <th scope="col">"Changed"</th>
                    <th scope="col">"Deleted"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
