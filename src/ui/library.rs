//! The Library screen: ready marketing OKR sets to add in one click, and the metric catalog.

use crate::domain::library::{CatalogUnit, METRICS, SETS};
use crate::domain::KrKind;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn LibraryScreen() -> impl IntoView {
    let app = use_app();
    let added = RwSignal::new(None::<&'static str>);
    let add = move |set_id: &'static str| {
        let Some(set) = SETS.iter().find(|s| s.id == set_id) else {
            return;
        };
        app.edit_plan(|p, ids| {
            let currency = p
                .key_results()
                .find_map(|k| match &k.unit {
                    crate::domain::Unit::Currency { code } => Some(code.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| "USD".into());
            set.add_to(p, ids, &currency);
        });
        added.set(Some(set.name));
    };
    view! {
        <section class="library">
            <h1>"Library"</h1>
            <p class="hint">
                "Ready objective-and-key-result sets for marketing teams. Each lands in your plan with its metrics and directions set; the baseline and target are yours to find."
            </p>
            <Show when=move || !app.has_plan()>
                <p class="banner warning">
                    "Create a plan first on the " <a href="#/plan">"Plan"</a>
                    " screen, then add sets to it."
                </p>
            </Show>
            <p role="status" class="added-note">
                {move || added.get().map(|n| format!("Added \"{n}\" to your plan."))}
            </p>
            <div class="set-grid">
                {SETS
                    .iter()
                    .map(|set| {
                        view! {
                            <article class="card okr-set" data-testid="okr-set">
                                <h2>{set.name}</h2>
                                <p class="set-objective">{set.objective}</p>
                                <ul>
                                    {set
                                        .key_results
                                        .iter()
                                        .map(|(title, _)| view! { <li>{*title}</li> })
                                        .collect_view()}
                                </ul>
                                <button
                                    class="primary"
                                    disabled=move || !app.has_plan()
                                    on:click=move |_| add(set.id)
                                    aria-label=format!("Add to my plan: the {} set", set.name)
                                >
                                    "Add to my plan"
                                </button>
                            </article>
                        }
                    })
                    .collect_view()}
            </div>
            <h2>"Metric catalog"</h2>
            <table class="catalog" data-testid="metric-catalog">
                <thead>
                    <tr>
                        <th scope="col">"Metric"</th>
                        <th scope="col">"What it measures"</th>
                        <th scope="col">"Unit"</th>
                        <th scope="col">"Good direction"</th>
                    </tr>
                </thead>
                <tbody>
                    {METRICS
                        .iter()
                        .map(|m| {
                            view! {
                                <tr>
                                    <th scope="row">{m.name}</th>
                                    <td>{m.definition}</td>
                                    <td>{unit_label(m.unit)}</td>
                                    <td>
                                        {if m.good == KrKind::Decrease {
                                            "Down ↓"
                                        } else {
                                            "Up ↑"
                                        }}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
}

fn unit_label(u: CatalogUnit) -> &'static str {
    match u {
        CatalogUnit::Count => "count",
        CatalogUnit::Percent => "%",
        CatalogUnit::Currency => "money",
        CatalogUnit::Duration => "time",
        CatalogUnit::Score => "score",
    }
}
