//! The plan's money: budget and spend by objective and by bet status, in the plan's
//! currency, with the key results whose spend runs ahead of their progress.

use crate::domain::budget::{budget, key_result_money, spend_warning};
use crate::domain::display::fmt_value;
use crate::domain::Unit;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub(super) fn BudgetSummary() -> impl IntoView {
    let app = use_app();
    let summary = Memo::new(move |_| app.with_plan(|p| p.map(budget)));
    let warnings = Memo::new(move |_| {
        app.with_plan(|p| {
            p.map(|p| {
                p.key_results()
                    .filter_map(|k| {
                        spend_warning(&key_result_money(k), k.progress())
                            .map(|w| format!("{}: {w}", k.title))
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
    move || {
        let b = summary.get()?;
        if b.total.is_empty() {
            return Some(
                view! {
                    <p class="hint">
                        "No bet has a budget yet: give bets a budget under their key results to see the money here."
                    </p>
                }
                .into_any(),
            );
        }
        let unit = Unit::Currency {
            code: b.currency.clone(),
        };
        let money = move |v: f64| fmt_value(v, &unit);
        let used = |m: &crate::domain::budget::Money| {
            m.used()
                .map_or("–".to_string(), |u| format!("{:.0}%", u * 100.0))
        };
        let row = |name: String, m: crate::domain::budget::Money| {
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{money(m.planned)}</td>
                    <td>{money(m.spent)}</td>
                    <td>{used(&m)}</td>
                </tr>
            }
        };
        let head = || {
            view! {
                <tr>
                    <th scope="col">""</th>
                    <th scope="col">"Budget"</th>
                    <th scope="col">"Spent"</th>
                    <th scope="col">"Used"</th>
                </tr>
            }
        };
        let statuses: Vec<_> = b
            .by_status
            .iter()
            .filter(|(_, m)| !m.is_empty())
            .map(|(s, m)| row(s.label().to_string(), *m))
            .collect();
        let objectives: Vec<_> = b
            .by_objective
            .iter()
            .filter(|(_, m)| !m.is_empty())
            .map(|(o, m)| row(o.clone(), *m))
            .collect();
        let other = (!b.other_currency.is_empty()).then(|| {
            format!(
                "Left out of these sums, in another currency than {}: {}.",
                b.currency,
                b.other_currency.join(", ")
            )
        });
        Some(
            view! {
                <section class="budget" data-testid="budget">
                    <h2>"Budget"</h2>
                    <p>
                        {format!(
                            "{} planned, {} spent ({}).",
                            money(b.total.planned),
                            money(b.total.spent),
                            used(&b.total),
                        )}
                    </p>
                    <ul class="plain-list" data-testid="spend-warnings">
                        {warnings.get().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                    </ul>
                    <div class="table-scroll">
                        <table data-testid="budget-by-objective">
                            <caption>"By objective"</caption>
                            <thead>{head()}</thead>
                            <tbody>{objectives}</tbody>
                        </table>
                        <table data-testid="budget-by-status">
                            <caption>"By bet status"</caption>
                            <thead>{head()}</thead>
                            <tbody>{statuses}</tbody>
                        </table>
                    </div>
                    {other.map(|o| view! { <p class="hint">{o}</p> })}
                </section>
            }
            .into_any(),
        )
    }
}
