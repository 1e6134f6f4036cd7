//! The one-page handout: context, objectives, key results, owners and dates, for print.

use crate::domain::display::{fmt_date, fmt_value};
use crate::domain::{KeyResult, KrKind, Objective, Plan};
use crate::state::use_app;
use leptos::prelude::*;

/// "from 5,000 to 15,000", "at most $500": the numbers of a key result in words.
fn numbers(k: &KeyResult) -> String {
    let t = k.target.map(|t| fmt_value(t, &k.unit));
    match (k.kind, k.baseline.map(|b| fmt_value(b, &k.unit)), t) {
        (KrKind::Increase | KrKind::Decrease, Some(b), Some(t)) => format!("from {b} to {t}"),
        (KrKind::Increase | KrKind::Decrease, None, Some(t)) => format!("to {t}"),
        (KrKind::StayAbove, _, Some(t)) => format!("at least {t}"),
        (KrKind::StayBelow, _, Some(t)) => format!("at most {t}"),
        _ => String::new(),
    }
}

fn dates(p: &Plan) -> String {
    format!(
        "{} · {} to {}",
        p.period.label(),
        fmt_date(p.period.start),
        fmt_date(p.period.end)
    )
}

#[component]
pub fn HandoutScreen() -> impl IntoView {
    let app = use_app();
    let plan = move || app.with_plan(|p| p.cloned());
    view! {
        <div class="no-print handout-tools">
            <a href="#/workshop">"← Back to the workshop"</a>
            <button class="primary" on:click=|_| crate::ui::print_page()>
                "Print or save as PDF"
            </button>
        </div>
        {move || plan().map(|p| view! { <Sheet plan=p /> })}
    }
}

#[component]
fn Sheet(plan: Plan) -> impl IntoView {
    let focus = plan
        .focus_areas
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(", ");
    let not_going =
        crate::domain::display::join_sentences(plan.not_going.iter().map(|n| n.text.as_str()));
    view! {
        <article class="handout" data-testid="handout">
            <header>
                <h1>{plan.team.clone()}</h1>
                <p>{dates(&plan)}</p>
            </header>
            <Show when={
                let empty = plan.context.is_empty();
                move || !empty
            }>
                <p class="handout-context">{plan.context.clone()}</p>
            </Show>
            <Show when={
                let empty = focus.is_empty();
                move || !empty
            }>
                <p>
                    <strong>"Focus: "</strong>
                    {focus.clone()}
                </p>
            </Show>
            <Show when={
                let empty = not_going.is_empty();
                move || !empty
            }>
                <p>
                    <strong>"Not this period: "</strong>
                    {not_going.clone()}
                </p>
            </Show>
            {plan
                .objectives
                .into_iter()
                .enumerate()
                .map(|(i, o)| view! { <SheetObjective number=i + 1 objective=o /> })
                .collect_view()}
        </article>
    }
}

#[component]
fn SheetObjective(number: usize, objective: Objective) -> impl IntoView {
    view! {
        <section class="handout-objective">
            <h2>{format!("{number}. {}", objective.title)}</h2>
            <ul>
                {objective
                    .key_results
                    .iter()
                    .map(|k| {
                        let owner = (!k.owner.is_empty())
                            .then(|| format!(" · owner: {}", k.owner));
                        view! {
                            <li>
                                <span>{k.title.clone()}</span>
                                <span class="handout-meta">{numbers(k)} {owner}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
