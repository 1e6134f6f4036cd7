//! The one-page handout: context, objectives, key results, owners and dates, for print.

use crate::domain::{KeyResult, KrKind, Unit};
use crate::state::use_app;
use leptos::prelude::*;

fn number(v: f64, unit: &Unit) -> String {
    let n = if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v}") };
    match unit {
        Unit::Percent => format!("{n}%"),
        Unit::Currency { code } => format!("{n} {code}"),
        _ => n,
    }
}

/// "from 5000 to 15000", "under 500 USD": the numbers of a key result in words.
fn numbers(k: &KeyResult) -> String {
    let t = k.target.map(|t| number(t, &k.unit));
    match (k.kind, k.baseline.map(|b| number(b, &k.unit)), t) {
        (KrKind::Increase | KrKind::Decrease, Some(b), Some(t)) => format!("from {b} to {t}"),
        (KrKind::Increase | KrKind::Decrease, None, Some(t)) => format!("to {t}"),
        (KrKind::StayAbove, _, Some(t)) => format!("at least {t}"),
        (KrKind::StayBelow, _, Some(t)) => format!("at most {t}"),
        _ => String::new(),
    }
}

#[component]
pub fn HandoutScreen() -> impl IntoView {
    let app = use_app();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="no-print handout-tools">
            <a href="#/workshop">"← Back to the workshop"</a>
            <button class="primary" on:click=print>"Print or save as PDF"</button>
        </div>
        {move || app.with_plan(|p| p.map(|p| {
            let focus = p.focus_areas.iter().map(|f| f.stage.label()).collect::<Vec<_>>().join(", ");
            view! {
                <article class="handout" data-testid="handout">
                    <header>
                        <h1>{p.team.clone()}</h1>
                        <p>{format!("{} · {} to {}", p.period.label(), p.period.start.format("%-d %b %Y"), p.period.end.format("%-d %b %Y"))}</p>
                    </header>
                    {(!p.context.is_empty()).then(|| view! { <p class="handout-context">{p.context.clone()}</p> })}
                    {(!focus.is_empty()).then(|| view! { <p><strong>"Focus: "</strong>{focus.clone()}</p> })}
                    {(!p.not_going.is_empty()).then(|| view! { <p><strong>"Not this period: "</strong>{p.not_going.join("; ")}</p> })}
                    {p.objectives.iter().enumerate().map(|(i, o)| view! {
                        <section class="handout-objective">
                            <h2>{format!("{}. {}", i + 1, o.title)}</h2>
                            <ul>
                                {o.key_results.iter().map(|k| view! {
                                    <li>
                                        <span>{k.title.clone()}</span>
                                        <span class="handout-meta">{numbers(k)}{(!k.owner.is_empty()).then(|| format!(" · owner: {}", k.owner))}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view()}
                </article>
            }
        }))}
    }
}
