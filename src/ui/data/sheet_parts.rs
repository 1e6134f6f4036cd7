//! The parts of the sheet preview: the column mapping, the date-order question, the
//! rows that could not be read, and the plan that would result with the coach's verdicts.

use crate::domain::display::fmt_value;
use crate::domain::maturity::key_result_verdict;
use crate::domain::KeyResult;
use crate::state::{
    column_letter, date_choices, use_app, CellProblem, ColumnReading, DateOrder, DateQuestion,
    Field, SheetOptions, SheetReading, FIELDS,
};
use crate::ui::plan::coach::verdict_label;
use leptos::prelude::*;

#[component]
pub fn ColumnsTable(columns: Vec<ColumnReading>, options: RwSignal<SheetOptions>) -> impl IntoView {
    let rows = columns
        .into_iter()
        .map(|c| {
            let index = c.column.index;
            let letter = column_letter(index);
            let current = c.column.field.map(Field::slug).unwrap_or("");
            let group = c.column.group.map(|g| format!("key result {g}: "));
            let choose = move |ev: leptos::ev::Event| {
                let slug = event_target_value(&ev);
                options.update(|o| {
                    o.overrides.insert(index, Field::from_slug(&slug));
                });
            };
            let choices = FIELDS
                .iter()
                .map(|f| {
                    view! {
                        <option value=f.slug() selected=f.slug() == current>
                            {f.label()}
                        </option>
                    }
                })
                .collect_view();
            let label = format!(
                "Column {letter}, \u{201c}{}\u{201d}, read as",
                c.column.header
            );
            view! {
                <tr data-testid="sheet-column">
                    <th scope="row">{letter.clone()} " " {c.column.header.clone()}</th>
                    <td class="sample">{c.sample.clone()}</td>
                    <td>
                        {group} <select aria-label=label on:change=choose>
                            <option value="" selected=current.is_empty()>
                                "Ignore this column"
                            </option>
                            {choices}
                        </select>
                        {c
                            .unused
                            .map(|why| view! { <span class="hint">" Not used: " {why} "."</span> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="sheet-columns" data-testid="sheet-columns">
            <caption>"How each column was read"</caption>
            <thead>
                <tr>
                    <th scope="col">"Column"</th>
                    <th scope="col">"First value"</th>
                    <th scope="col">"Read as"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Asks which order a sheet's slashed dates are in, with the example read both ways.
/// Used by the sheet preview and by the weekly numbers pasted into a history.
#[component]
pub fn DateAsk(question: DateQuestion, #[prop(into)] choose: Callback<DateOrder>) -> impl IntoView {
    let buttons = date_choices(&question.example)
        .into_iter()
        .map(
            |(order, shown)| view! { <button on:click=move |_| choose.run(order)>{shown}</button> },
        )
        .collect_view();
    view! {
        <div class="sheet-question" role="group" aria-label="Order of the dates">
            <p>
                "Which date is " <strong>{question.example.clone()}</strong> " (row " {question.row}
                ")? The sheet's dates could be day first or month first."
            </p>
            <div class="data-actions">{buttons}</div>
        </div>
    }
}

#[component]
pub fn Problems(
    problems: Vec<CellProblem>,
    bad_rows: usize,
    skip: RwSignal<bool>,
) -> impl IntoView {
    let skipping = skip.get_untracked();
    if problems.is_empty() && !skipping {
        return ().into_any();
    }
    let items = problems
        .iter()
        .take(50)
        .map(|p| view! { <li>{p.to_string()}</li> })
        .collect_view();
    let more = problems.len().saturating_sub(50);
    let rows = if bad_rows == 1 {
        "1 row".to_string()
    } else {
        format!("{bad_rows} rows")
    };
    view! {
        <div class="sheet-problems" data-testid="sheet-problems">
            <Show when=move || !problems.is_empty()>
                <p role="alert">
                    "These cells could not be read. Fix them in the sheet, change how a column is read above, or leave their rows out:"
                </p>
            </Show>
            <ul>{items}</ul>
            {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
            <label class="field inline">
                <input
                    type="checkbox"
                    prop:checked=move || skip.get()
                    on:change=move |ev| skip.set(event_target_checked(&ev))
                />
                {format!(" Leave out the {rows} with a problem and import the rest")}
            </label>
        </div>
    }
        .into_any()
}

#[component]
pub fn PlansPreview(reading: SheetReading) -> impl IntoView {
    let app = use_app();
    let plans = app.sheet_plans(&reading);
    plans
        .into_iter()
        .map(|plan| {
            let objectives = plan
                .objectives
                .iter()
                .map(|o| {
                    let krs = o.key_results.iter().map(key_result_line).collect_view();
                    view! {
                        <li>
                            <strong>{o.title.clone()}</strong>
                            <ul>{krs}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <article class="preview-plan" data-testid="sheet-plan">
                    <h3>{plan.title()}</h3>
                    <ul class="sheet-outline">{objectives}</ul>
                </article>
            }
        })
        .collect_view()
}

fn key_result_line(kr: &KeyResult) -> impl IntoView {
    let verdict = key_result_verdict(kr);
    let show = |v: Option<f64>| {
        v.map(|v| fmt_value(v, &kr.unit))
            .unwrap_or_else(|| "?".into())
    };
    let mut numbers = format!("{} \u{2192} {}", show(kr.baseline), show(kr.target));
    if let Some(c) = kr.latest_check_in() {
        numbers.push_str(&format!(", now {}", fmt_value(c.value, &kr.unit)));
    }
    if kr.check_ins.len() > 1 {
        numbers.push_str(&format!(" ({} check-ins)", kr.check_ins.len()));
    }
    view! {
        <li data-testid="sheet-kr">
            <span class=format!("verdict verdict-{}", verdict.as_str()) data-testid="verdict">
                {verdict_label(verdict)}
            </span>
            " "
            {kr.title.clone()}
            <span class="hint">" " {numbers}</span>
        </li>
    }
}
