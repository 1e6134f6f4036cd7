//! One key result: its title with the coach's live verdict, then its numbers, owner,
//! bets and checklist behind a disclosure.

use super::bets::{Checklist, Projects};
use super::coach::CoachedTitle;
use crate::domain::numbers::{check_span, parse_number};
use crate::domain::{library, Id, KeyResult, KrKind, Objective, Unit};
use crate::state::{use_app, AppState};
use crate::ui::fields::{Choice, TextField};
use leptos::prelude::*;

#[component]
pub fn KeyResultEditor(id: Id, objective: Memo<Option<Objective>>) -> impl IntoView {
    let app = use_app();
    let kid = id.clone();
    // One memo per row, read from its objective's memo: typing in one key result
    // recomputes that objective's rows only, and re-renders that row only.
    let kr = Memo::new(move |_| {
        objective.with(|o| {
            o.as_ref()
                .and_then(|o| o.key_results.iter().find(|k| k.id == kid))
                .cloned()
        })
    });

    let set_title = setter(app, id.clone(), |k, t: String| {
        k.title = t;
        k.fill_from_title();
    });
    let open = RwSignal::new(false);
    let details_id = id.clone();
    view! {
        <li class="key-result" data-testid="key-result">
            <CoachedTitle input_id=format!("kr-{id}") kr=kr set_title=set_title>
                <span class="progress-label">
                    {move || {
                        kr.with(|k| k.as_ref().and_then(KeyResult::progress))
                            .map(crate::domain::progress::percent_label)
                            .unwrap_or_else(|| "–".into())
                    }}
                </span>
            </CoachedTitle>
            <TitleNumbers id=id.clone() kr=kr />
            <details class="kr-details" prop:open=open>
                <summary on:click=move |ev| {
                    ev.prevent_default();
                    open.update(|o| *o = !*o);
                }>"Numbers, owner, bets and checklist"</summary>
                // Rendered only while open: a plan of hundreds of key results keeps a small page.
                {move || open.get().then(|| view! { <KrDetails id=details_id.clone() kr=kr /> })}
            </details>
        </li>
    }
}

/// The numbers, owner, bets and checklist of one key result.
#[component]
fn KrDetails(id: Id, kr: Memo<Option<KeyResult>>) -> impl IntoView {
    let app = use_app();
    let get = move |f: fn(&KeyResult) -> String| {
        Signal::derive(move || kr.with(|k| k.as_ref().map(f).unwrap_or_default()))
    };
    let text = |apply: fn(&mut KeyResult, String)| setter(app, id.clone(), apply);
    let set_owner = text(|k, t| k.owner = t);
    let set_group = text(|k, t| k.working_group = t);
    // A field the person sets is theirs: the title no longer fills it.
    let set_metric = text(|k, t| {
        k.metric = t;
        k.typed("metric");
    });
    let set_kind = text(|k, t| {
        k.kind = KrKind::from_slug(&t).unwrap_or(k.kind);
        k.typed("kind");
    });
    let set_unit = text(|k, t| {
        k.unit = Unit::from_slug(&t).unwrap_or_else(|| k.unit.clone());
        k.typed("unit");
    });
    let set_catalog = text(pick_catalog_metric);
    let number = |apply: fn(&mut KeyResult, Option<f64>)| setter(app, id.clone(), apply);
    let set_baseline = number(|k, v| {
        k.baseline = v;
        k.typed("baseline");
    });
    let set_target = number(|k, v| {
        k.target = v;
        k.typed("target");
    });

    let kind = Signal::derive(move || kr.with(|k| k.as_ref().map(|k| k.kind).unwrap_or_default()));
    // The current value comes from the latest check-in; it is recorded on Check-ins.
    let current = move || {
        kr.with(|k| {
            let k = k.as_ref()?;
            let c = k.latest_check_in()?;
            Some(format!(
                "{} (check-in of {})",
                crate::domain::display::fmt_value(c.value, &k.unit),
                crate::domain::display::fmt_day(c.date)
            ))
        })
        .unwrap_or_else(|| "No check-in yet".to_string())
    };
    let span_issue = move || {
        kr.with(|k| {
            k.as_ref()
                .and_then(|k| check_span(k.kind, k.baseline, k.target))
                .map(|i| i.to_string())
        })
    };

    let kid = id.clone();
    let move_by = move |delta: isize| {
        let kid = kid.clone();
        app.edit_plan(move |p, _| {
            p.objectives
                .iter_mut()
                .any(|o| o.move_key_result(&kid, delta))
        });
    };
    let up = move_by.clone();
    let kid = id.clone();
    let delete = move |_| {
        let kid = kid.clone();
        app.remove("Deleted a key result", move |p| p.remove_key_result(&kid));
    };
    let kid = id.clone();
    let to_kpi = move |_| {
        let kid = kid.clone();
        app.edit_plan(move |p, ids| p.key_result_to_kpi(&kid, ids));
    };
    let units = vec![
        ("count".to_string(), "Count".to_string()),
        ("percent".to_string(), "Percent (%)".to_string()),
        ("currency:USD".to_string(), "Currency (USD)".to_string()),
        ("currency:EUR".to_string(), "Currency (EUR)".to_string()),
        ("currency:GBP".to_string(), "Currency (GBP)".to_string()),
        ("duration".to_string(), "Duration".to_string()),
    ];
    let kinds = KrKind::ALL
        .iter()
        .map(|k| (k.slug().to_string(), k.label().to_string()))
        .collect();
    let mut catalog: Vec<(String, String)> = vec![(String::new(), "None".to_string())];
    catalog.extend(
        library::METRICS
            .iter()
            .map(|m| (m.id.to_string(), m.name.to_string())),
    );

    let (projects_id, checklist_id) = (id.clone(), id.clone());
    let baseline_id = format!("kr-baseline-{id}");
    view! {
        <div class="form-grid">
            <Choice
                id=format!("kr-catalog-{id}")
                label="Catalog metric"
                value=get(|k| k.catalog_metric.clone().unwrap_or_default())
                choices=catalog
                on_change=set_catalog
            />
            <TextField
                id=format!("kr-metric-{id}")
                label="Metric"
                value=get(|k| k.metric.clone())
                on_input=set_metric
                placeholder="Organic visits per month"
            />
            <Choice
                id=format!("kr-unit-{id}")
                label="Unit"
                value=get(|k| k.unit.slug())
                choices=units
                on_change=set_unit
            />
            <Choice
                id=format!("kr-kind-{id}")
                label="Kind"
                value=get(|k| k.kind.slug().to_string())
                choices=kinds
                on_change=set_kind
            />
            <Show when=move || kind.get().has_baseline()>
                <NumberField
                    id=baseline_id.clone()
                    label="Baseline"
                    kr=kr
                    field=|k| k.baseline
                    apply=set_baseline
                />
            </Show>
            <NumberField
                id=format!("kr-target-{id}")
                label=move || if kind.get().has_baseline() { "Target" } else { "Threshold" }
                kr=kr
                field=|k| k.target
                apply=set_target
            />
            <p class="field-error span-issue" role="alert">
                {span_issue}
            </p>
            <span class="field-label">"Current"</span>
            <span data-testid="kr-current">{current}</span>
            <TextField
                id=format!("kr-owner-{id}")
                label="Owner"
                value=get(|k| k.owner.clone())
                on_input=set_owner
                placeholder="Who answers for it"
            />
            <TextField
                id=format!("kr-group-{id}")
                label="Working group"
                value=get(|k| k.working_group.clone())
                on_input=set_group
                placeholder="Who works on it"
            />
        </div>
        <Projects id=projects_id kr=kr />
        <Checklist id=checklist_id kr=kr />
        <div class="button-row">
            <button on:click=move |_| up(-1)>"Move up"</button>
            <button on:click=move |_| move_by(1)>"Move down"</button>
            <button on:click=to_kpi title="Routine work belongs with the KPIs">
                "Turn into a KPI"
            </button>
            <button class="danger" on:click=delete>
                "Delete key result"
            </button>
        </div>
    }
}

/// A callback that edits this key result with `apply`.
pub(super) fn setter<T: Send + Sync + 'static>(
    app: AppState,
    id: Id,
    apply: fn(&mut KeyResult, T),
) -> Callback<T> {
    Callback::new(move |value: T| app.edit_key_result(&id, |k, _| apply(k, value)))
}

/// Picking a catalog metric fills in its name, good direction and unit.
fn pick_catalog_metric(k: &mut KeyResult, metric_id: String) {
    match library::metric(&metric_id) {
        Some(m) => {
            let currency = match &k.unit {
                Unit::Currency { code } => code.clone(),
                _ => "USD".to_string(),
            };
            k.metric = m.name.to_string();
            k.kind = m.good;
            k.unit = m.unit.to_unit(&currency);
            k.catalog_metric = Some(m.id.to_string());
        }
        None => k.catalog_metric = None,
    }
}

/// A number as typed: the text stays as written; only a valid number reaches the plan.
#[component]
fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    kr: Memo<Option<KeyResult>>,
    field: fn(&KeyResult) -> Option<f64>,
    apply: Callback<Option<f64>>,
) -> impl IntoView {
    let initial = kr
        .with_untracked(|k| k.as_ref().and_then(field))
        .map(|v| v.to_string())
        .unwrap_or_default();
    let text = RwSignal::new(initial);
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    let input = move |ev| {
        let typed = event_target_value(&ev);
        match parse_number(&typed) {
            Ok(v) => {
                error.set(None);
                apply.run(v);
            }
            Err(e) => error.set(Some(e.to_string())),
        }
        text.set(typed);
    };
    view! {
        <label class="field-label" for=id.clone()>
            {move || label.get()}
        </label>
        <div>
            <input
                id=id
                inputmode="decimal"
                prop:value=text
                on:input=input
                aria-describedby=error_id.clone()
                aria-invalid=move || error.get().is_some().to_string()
            />
            <p id=error_id class="field-error" role="alert">
                {move || error.get()}
            </p>
        </div>
    }
}

/// What the title filled, said under it, with a way to take it back (or turn it on again).
#[component]
fn TitleNumbers(id: Id, kr: Memo<Option<KeyResult>>) -> impl IntoView {
    let app = use_app();
    let words = move || {
        kr.with(|k| {
            k.as_ref()
                .map(KeyResult::filled_in_words)
                .unwrap_or_default()
        })
    };
    let off = move || kr.with(|k| k.as_ref().is_some_and(|k| k.from_title.off));
    let undo_id = id.clone();
    let undo = move |_| app.edit_key_result(&undo_id, |k, _| k.undo_title_fill());
    let resume = move |_| app.edit_key_result(&id, |k, _| k.resume_title_fill());
    view! {
        <Show when=move || !words().is_empty()>
            <p class="hint title-numbers" data-testid="title-numbers">
                "From the title: "
                {words}
                ". "
                <button class="link" on:click=undo.clone()>
                    "Undo"
                </button>
            </p>
        </Show>
        <Show when=off>
            <p class="hint title-numbers">
                "The title no longer fills the numbers. "
                <button class="link" on:click=resume.clone()>
                    "Fill them from the title"
                </button>
            </p>
        </Show>
    }
}
