//! The alignment map: business goals -> objectives -> key results -> bets, drawn as a
//! sankey (coloured by status, with words in the outline below; why a sankey: `chart`),
//! the same map as an indented outline for screen readers and print, and the plan's budget
//! by objective and by bet status. Plans of other teams that serve the same company goals
//! join the map.

mod budget;
mod chart;

use crate::domain::alignment::{Level, MapNode};
use crate::domain::Id;
use crate::state::use_app;
use crate::ui::charts::EChart;
use crate::ui::trends::text::StatusBadge;
use leptos::prelude::*;

#[component]
pub fn MapScreen() -> impl IntoView {
    let app = use_app();
    let map = Memo::new(move |_| app.alignment());
    let nodes = move || map.with(|m| m.0.len());
    let others = move || map.with(|m| m.1.clone());
    view! {
        <section class="map-screen">
            <h1>"Alignment map"</h1>
            <Show
                when=move || app.has_plan()
                fallback=|| {
                    view! {
                        <p class="banner warning">
                            "Create a plan first on the " <a href="#/plan">"Plan"</a>
                            " screen, then link its objectives to the company's goals."
                        </p>
                    }
                }
            >
                <p class="hint">
                    "From the company's goals to the bets. Each node leads to its place in the editor."
                </p>
                <Show when=move || !others().is_empty()>
                    <p data-testid="map-teams">
                        "Also on this map, serving the same goals: " {move || others().join(", ")}
                    </p>
                </Show>
                <Show
                    when=move || { nodes() > 0 }
                    fallback=|| view! { <p class="hint">"No objectives yet."</p> }
                >
                    <MapChart map=map />
                    <h2>"Outline"</h2>
                    <ol class="map-outline" data-testid="map-outline">
                        {move || {
                            map.with(|m| { m.0.iter().map(|n| outline(n.clone())).collect_view() })
                        }}
                    </ol>
                </Show>
                <budget::BudgetSummary />
            </Show>
        </section>
    }
}

/// The map as a chart: its nodes lead to the editor like the outline's links. `map`: the
/// screen's own map when it has one (the Map screen draws the outline from it too), else
/// worked out here (the projector view).
#[component]
pub fn MapChart(#[prop(optional)] map: Option<Memo<(Vec<MapNode>, Vec<String>)>>) -> impl IntoView {
    let app = use_app();
    let map = map.unwrap_or_else(|| Memo::new(move |_| app.alignment()));
    let chart = Memo::new(move |_| map.with(|m| chart::sankey_json(&m.0)));
    let label = Signal::derive(move || {
        map.with(|m| {
            let goals = m.0.iter().filter(|n| n.id.is_some()).count();
            format!("Alignment map: {goals} business goals and what serves them; the outline lists every node")
        })
    });
    let click = Callback::new(move |target: String| {
        if let Some((plan, element)) = target.split_once(' ') {
            go_to(app, &Id::from(plan), element.to_string());
        }
    });
    move || {
        let height = map.with(|m| chart::height(&m.0));
        view! { <EChart chart=chart label=label height=height on_click=click /> }
    }
}

/// Where a node leads in the editor: the element to focus.
pub(crate) fn editor_target(level: Level, id: &Id) -> String {
    match level {
        Level::Objective => format!("objective-{id}"),
        Level::KeyResult | Level::Bet => format!("kr-{id}"),
        Level::Goal => format!("goal-title-{id}"),
    }
}

/// One node of the outline with its children: its level and status in words, and a link
/// to its place in the editor.
fn outline(node: MapNode) -> AnyView {
    let MapNode {
        level,
        title,
        team,
        status,
        bet,
        plan,
        focus,
        children,
        ..
    } = node;
    let app = use_app();
    let team = (!team.is_empty()).then(|| format!(" ({team})"));
    let words = match (level, status, bet) {
        (Level::Bet, _, Some(b)) => Some(format!("bet, {}", b.label())),
        _ => None,
    };
    let target = focus.as_ref().map(|i| editor_target(level, i));
    // A bet is found under its key result: the outline's parent is that key result.
    let link = plan.zip(target).map(|(plan, target)| {
        let click = move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            go_to(app, &plan, target.clone());
        };
        view! {
            <a href="#/plan" on:click=click data-testid="map-node">
                {title.clone()}
            </a>
        }
    });
    let text = match link {
        Some(l) => l.into_any(),
        None => view! { <strong>{title}</strong> }.into_any(),
    };
    let kids = (!children.is_empty()).then(|| {
        view! { <ol>{children.into_iter().map(outline).collect_view()}</ol> }
    });
    view! {
        <li class=format!("map-{}", chart::level_class(level))>
            <span class="visually-hidden">{format!("{}: ", level.label())}</span>
            {text}
            {team}
            {status.map(|s| view! { <StatusBadge status=s /> })}
            {words.map(|w| view! { <span class="hint">{format!(" ({w})")}</span> })}
            {kids}
        </li>
    }
    .into_any()
}

/// Opens the plan's editor and puts the focus on the record's field, once it is drawn
/// (the editor is a part of the wasm that may still be loading: up to 5 s).
pub(crate) fn go_to(app: crate::state::AppState, plan: &Id, element: String) {
    app.open_in_editor(plan);
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("#/plan");
    }
    focus_when_drawn(element, 100);
}

fn focus_when_drawn(element: String, tries: u32) {
    use wasm_bindgen::JsCast;
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&element))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match found {
        Some(el) => {
            // A key result's numbers sit in collapsed details; its title is always shown.
            el.scroll_into_view();
            let _ = el.focus();
        }
        None if tries > 0 => {
            set_timeout(
                move || focus_when_drawn(element, tries - 1),
                std::time::Duration::from_millis(50),
            );
        }
        None => {}
    }
}
