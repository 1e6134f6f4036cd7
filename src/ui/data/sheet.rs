//! The sheet preview: how each column was read (with a choice to change or ignore it),
//! the date order when the sheet leaves it open, the rows that could not be read, the
//! plan that would result with the coach's verdict on every key result, then "add as a
//! new plan" or "merge into this plan". Nothing changes until the person chooses.

use super::sheet_parts::{ColumnsTable, DateAsk, PlansPreview, Problems};
use super::ImportUi;
use crate::state::{use_app, AppState, SheetOptions, SheetReading};
use leptos::prelude::*;
use std::sync::Arc;

/// A sheet's text waiting for a choice, and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetSource {
    pub text: Arc<str>,
    pub source: String,
}

#[component]
pub fn SheetPreview(ui: ImportUi, sheet: Arc<SheetSource>) -> impl IntoView {
    let app = use_app();
    let options = RwSignal::new(SheetOptions::new(AppState::today()));
    let skip = RwSignal::new(false);
    let text = sheet.text.clone();
    let reading = Memo::new(move |_| options.with(|o| app.read_sheet(&text, o, skip.get())));
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let open_plan = move || app.with_plan(|p| p.map(|p| p.title()));
    let add = move |_| {
        let done = reading.with_untracked(|r| {
            let r = r.as_ref().ok()?;
            let words = counts_in_words(r);
            app.add_sheet_plans(r).map(|_| words)
        });
        outcome.set(Some(match done {
            Some(words) => Ok(format!(
                "Added {words}. The plan is open: see it under Plan."
            )),
            None => Err("Nothing was added: the sheet has rows to fix or leave out first.".into()),
        }));
    };
    let merge = move |_| {
        let result = reading.with_untracked(|r| match r {
            Ok(r) => app.fold_sheet(r),
            Err(e) => Err(e.to_string()),
        });
        if result.is_ok() {
            ui.backups_changed.update(|n| *n += 1);
        }
        outcome.set(Some(result.map(|s| {
            format!(
                "Merged into the open plan: {} The plan as it was is kept under Backups.",
                s.in_words()
            )
        })));
    };
    let body = move || {
        reading.with(|r| match r {
            Err(e) => view! {
                <p class="error" role="alert" data-testid="sheet-error">
                    {e.to_string()}
                </p>
            }
            .into_any(),
            Ok(r) => {
                view! { <ReadingView reading=r.clone() options=options skip=skip /> }.into_any()
            }
        })
    };
    let can_add = move || reading.with(|r| r.as_ref().is_ok_and(SheetReading::can_import));
    let can_merge = move || {
        can_add()
            && open_plan().is_some()
            && reading.with(|r| r.as_ref().is_ok_and(|r| r.plans.len() == 1))
    };
    view! {
        <section class="card preview" aria-labelledby="sheet-title" data-testid="sheet-preview">
            <h2 id="sheet-title">"Preview of " {sheet.source.clone()}</h2>
            <p>"Read as a sheet. Nothing has changed yet: check how it was read, then choose."</p>
            {body}
            {move || match outcome.get() {
                None => {
                    view! {
                        <div class="data-actions">
                            <button class="primary" on:click=add disabled=move || !can_add()>
                                "Add as a new plan"
                            </button>
                            <button on:click=merge disabled=move || !can_merge()>
                                {move || match open_plan() {
                                    Some(t) => format!("Merge into \u{201c}{t}\u{201d}"),
                                    None => "Merge into the open plan".to_string(),
                                }}
                            </button>
                            <button on:click=move |_| ui.close()>"Cancel: import nothing"</button>
                        </div>
                        <p class="hint">
                            "Merge matches objectives and key results by title: it updates what the sheet states and adds readings and what is new; nothing in the plan is removed."
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(message)) => {
                    view! {
                        <p role="status" class="outcome" data-testid="sheet-outcome">
                            {message}
                        </p>
                        <button on:click=move |_| ui.close()>"Close the preview"</button>
                    }
                        .into_any()
                }
                Some(Err(message)) => {
                    view! {
                        <p role="alert" class="error" data-testid="sheet-outcome">
                            {message}
                        </p>
                        <button on:click=move |_| outcome.set(None)>"Back to the preview"</button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn ReadingView(
    reading: SheetReading,
    options: RwSignal<SheetOptions>,
    skip: RwSignal<bool>,
) -> impl IntoView {
    let notes = reading
        .notes
        .iter()
        .map(|n| view! { <li>{n.clone()}</li> })
        .collect_view();
    let summary = format!(
        "{} rows of data below the header on row {}: {}.",
        reading.data_rows,
        reading.header_row,
        counts_in_words(&reading)
    );
    view! {
        <p data-testid="sheet-summary">{summary}</p>
        <ColumnsTable columns=reading.columns.clone() options=options />
        {reading
            .date_question
            .clone()
            .map(|q| {
                let choose = move |order| options.update(|o| o.date_order = Some(order));
                view! { <DateAsk question=q choose=choose /> }
            })}
        <Problems problems=reading.problems.clone() bad_rows=reading.bad_rows.len() skip=skip />
        <ul class="sheet-notes" data-testid="sheet-notes">
            {notes}
        </ul>
        <PlansPreview reading=reading />
    }
}

/// "2 objectives, 5 key results and 12 check-ins".
fn counts_in_words(r: &SheetReading) -> String {
    let objectives: usize = r.plans.iter().map(|p| p.objectives.len()).sum();
    let krs: usize = r.plans.iter().map(|p| p.key_result_count()).sum();
    let check_ins: usize = r.plans.iter().map(|p| p.check_in_count()).sum();
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    format!(
        "{}, {} and {}",
        n(objectives, "objective", "objectives"),
        n(krs, "key result", "key results"),
        n(check_ins, "check-in", "check-ins")
    )
}
