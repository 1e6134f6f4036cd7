//! KPIs: the operational numbers tracked beside the OKRs. Routine work lives here; a KPI
//! that needs a real push can become a key result, and back.

use crate::domain::numbers::parse_number;
use crate::domain::Id;
use crate::state::use_app;
use crate::ui::fields::TextField;
use leptos::prelude::*;

#[component]
pub fn Kpis() -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        app.with_plan(|p| {
            p.map(|p| p.kpis.iter().map(|k| k.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let draft = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = draft.get_untracked();
        if !name.trim().is_empty() {
            app.edit_plan(|p, ids| p.add_kpi(ids, &name));
            draft.set(String::new());
        }
    };
    view! {
        <section class="card kpis" data-testid="kpis">
            <h2>"KPIs"</h2>
            <p class="hint">
                "Numbers you keep healthy week to week. They are tracked here, not as OKRs: an OKR is for a change you do not yet know how to make."
            </p>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <KpiRow id=id />
            </For>
            <form class="inline-form" on:submit=add>
                <label for="new-kpi">"New KPI"</label>
                <input
                    id="new-kpi"
                    placeholder="Leads per month"
                    prop:value=draft
                    on:input=move |ev| draft.set(event_target_value(&ev))
                />
                <button type="submit">"Add KPI"</button>
            </form>
        </section>
    }
}

#[component]
fn KpiRow(id: Id) -> impl IntoView {
    let app = use_app();
    let kid = id.clone();
    let kpi = Memo::new(move |_| {
        app.with_plan(|p| p.and_then(|p| p.kpis.iter().find(|k| k.id == kid)).cloned())
    });
    let kid = id.clone();
    let name = Signal::derive(move || {
        kpi.with(|k| k.as_ref().map(|k| k.name.clone()).unwrap_or_default())
    });
    let rename = Callback::new(move |text: String| {
        app.edit_plan(|p, _| {
            if let Some(k) = p.kpis.iter_mut().find(|k| k.id == kid) {
                k.name = text;
            }
        });
    });
    let number = |current: bool| {
        let kid = id.clone();
        move |ev| {
            if let Ok(v) = parse_number(&event_target_value(&ev)) {
                app.edit_plan(|p, _| {
                    if let Some(k) = p.kpis.iter_mut().find(|k| k.id == kid) {
                        if current {
                            k.current = v
                        } else {
                            k.target = v
                        }
                    }
                });
            }
        }
    };
    let shown = move |current: bool| {
        kpi.with(|k| {
            k.as_ref()
                .and_then(|k| if current { k.current } else { k.target })
        })
        .map(|v| v.to_string())
        .unwrap_or_default()
    };
    let objectives = move || {
        app.with_plan(|p| {
            p.map(|p| {
                p.objectives
                    .iter()
                    .map(|o| (o.id.clone(), o.title.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    let kid = id.clone();
    let promote = move |ev| {
        let objective = Id(event_target_value(&ev));
        let kid = kid.clone();
        app.edit_plan(move |p, ids| p.kpi_to_key_result(&kid, &objective, ids));
    };
    let kid = id.clone();
    let delete = move |_| {
        let kid = kid.clone();
        app.remove("Deleted a KPI", move |p| p.remove_kpi(&kid));
    };
    view! {
        <div class="kpi form-row" data-testid="kpi">
            <TextField
                id=format!("kpi-name-{id}")
                label="KPI"
                hide_label=true
                value=name
                on_input=rename
            />
            <label for=format!("kpi-current-{id}")>"Now"</label>
            <input
                id=format!("kpi-current-{id}")
                inputmode="decimal"
                prop:value=move || shown(true)
                on:change=number(true)
            />
            <label for=format!("kpi-target-{id}")>"Target"</label>
            <input
                id=format!("kpi-target-{id}")
                inputmode="decimal"
                prop:value=move || shown(false)
                on:change=number(false)
            />
            <label for=format!("kpi-promote-{id}")>"Turn into a key result of"</label>
            <select id=format!("kpi-promote-{id}") on:change=promote>
                <option value="">"…choose an objective"</option>
                {move || {
                    objectives()
                        .into_iter()
                        .map(|(oid, title)| view! { <option value=oid.0>{title}</option> })
                        .collect_view()
                }}
            </select>
            <button class="icon danger" aria-label="Delete KPI" on:click=delete>
                "✕"
            </button>
        </div>
    }
}
