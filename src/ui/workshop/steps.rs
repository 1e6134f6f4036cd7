//! The steps of a planning session: what to decide at each, why, and the fields to do it.

use crate::domain::maturity::{check_objective, check_plan};
use crate::domain::{Id, Objective};
use crate::state::use_app;
use crate::ui::fields::TextField;
use crate::ui::plan::coach::{CoachedTitle, FindingList};
use crate::ui::plan::strategy::{FocusAreas, NotGoing};
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Context,
    NotGoing,
    Focus,
    Objectives,
    KeyResults,
    Owners,
    Summary,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Context,
        Step::NotGoing,
        Step::Focus,
        Step::Objectives,
        Step::KeyResults,
        Step::Owners,
        Step::Summary,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Step::Context => "Where is the company heading?",
            Step::NotGoing => "Where are we NOT going?",
            Step::Focus => "Pick two or three focus areas",
            Step::Objectives => "Write one to three objectives",
            Step::KeyResults => "Give each objective one to three key results",
            Step::Owners => "Owners and the checklist",
            Step::Summary => "Summary",
        }
    }

    pub fn why(self) -> &'static str {
        match self {
            Step::Context => "Marketing's OKRs break the company's goal for the period down. Write that goal in a sentence or two.",
            Step::NotGoing => "Saying no to good ideas frees time for the best ones. Name what the team will not do this period.",
            Step::Focus => "Choose the stages of the customer journey, or the channel, where this period's effort goes.",
            Step::Objectives => "Qualitative and inspiring, no numbers. Read each after \"It would be amazing if…\": if nobody in the room feels a thing, rewrite it.",
            Step::KeyResults => "Each key result is a number you can read any week. The coach marks milestones, tasks and wishes as you type.",
            Step::Owners => "Every key result needs one owner who answers for it.",
            Step::Summary => "The plan as the room wrote it. Put it on the projector, print the handout, or open it in the editor.",
        }
    }

    pub fn view(self) -> AnyView {
        match self {
            Step::Context => ContextStep().into_any(),
            Step::NotGoing => view! {
                <div class="card">
                    <NotGoing />
                </div>
            }
            .into_any(),
            Step::Focus => view! {
                <div class="card">
                    <FocusAreas />
                </div>
            }
            .into_any(),
            Step::Objectives => ObjectivesStep().into_any(),
            Step::KeyResults => KeyResultsStep().into_any(),
            Step::Owners => OwnersStep().into_any(),
            Step::Summary => SummaryStep().into_any(),
        }
    }
}

#[component]
fn ContextStep() -> impl IntoView {
    let app = use_app();
    let context =
        Signal::derive(move || app.with_plan(|p| p.map(|p| p.context.clone()).unwrap_or_default()));
    let set = Callback::new(move |t: String| {
        app.edit_plan(|p, _| p.context = t);
    });
    view! {
        <div class="card">
            <TextField
                id="ws-context"
                label="Strategic context"
                value=context
                on_input=set
                multiline=true
                placeholder="Double revenue from mid-size customers this year."
            />
        </div>
        <LastPeriodLessons />
    }
}

/// What the period before taught, when this plan was started from it: the room reads it
/// before writing anything new.
#[component]
fn LastPeriodLessons() -> impl IntoView {
    let app = use_app();
    move || {
        let before = app.previous_plan()?;
        let lessons = before.lessons();
        let items = if lessons.is_empty() {
            view! { <li>"No lessons were written down at its close."</li> }.into_any()
        } else {
            lessons
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view()
                .into_any()
        };
        Some(view! {
            <div class="card" data-testid="last-lessons">
                <h3>{format!("Lessons from {}", before.period.label())}</h3>
                <ul>{items}</ul>
            </div>
        })
    }
}

fn objective_ids() -> Memo<Vec<Id>> {
    let app = use_app();
    Memo::new(move |_| {
        app.with_plan(|p| {
            p.map(|p| p.objectives.iter().map(|o| o.id.clone()).collect())
                .unwrap_or_default()
        })
    })
}

#[component]
fn ObjectivesStep() -> impl IntoView {
    let app = use_app();
    let ids = objective_ids();
    let draft = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = draft.get_untracked();
        if !t.trim().is_empty() {
            app.edit_plan(|p, ids| p.add_objective(ids, &t));
            draft.set(String::new());
        }
    };
    view! {
        <div class="card">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ObjectiveTitle id=id />
            </For>
            <Show when=move || { ids.get().len() > 3 }>
                <p class="finding warning">
                    "More than three objectives: which could wait for next period?"
                </p>
            </Show>
            <form class="inline-form" on:submit=add>
                <label for="ws-new-objective">"New objective: it would be amazing if…"</label>
                <input
                    id="ws-new-objective"
                    prop:value=draft
                    on:input=move |ev| draft.set(event_target_value(&ev))
                />
                <button type="submit">"Add objective"</button>
            </form>
        </div>
    }
}

#[component]
fn ObjectiveTitle(id: Id) -> impl IntoView {
    let app = use_app();
    let objective = app.objective_memo(id.clone());
    let title = Signal::derive(move || {
        objective.with(|o| o.as_ref().map(|o| o.title.clone()).unwrap_or_default())
    });
    let findings = Signal::derive(move || {
        objective.with(|o| o.as_ref().map(check_objective).unwrap_or_default())
    });
    let oid = id.clone();
    let set = Callback::new(move |t: String| app.edit_objective(&oid, |o, _| o.title = t));
    view! {
        <div class="ws-objective" data-testid="ws-objective">
            <TextField id=format!("ws-objective-{id}") label="Objective" value=title on_input=set />
            <FindingList findings=findings text=title />
        </div>
    }
}

#[component]
fn KeyResultsStep() -> impl IntoView {
    let ids = objective_ids();
    view! {
        <Show
            when=move || !ids.get().is_empty()
            fallback=|| {
                view! { <p class="hint">"Go back one step and write an objective first."</p> }
            }
        >
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ObjectiveKeyResults id=id />
            </For>
        </Show>
    }
}

#[component]
fn ObjectiveKeyResults(id: Id) -> impl IntoView {
    let app = use_app();
    let objective = app.objective_memo(id.clone());
    let title = move || objective.with(|o| o.as_ref().map(|o| o.title.clone()).unwrap_or_default());
    let krs = move || {
        objective.with(|o| {
            o.as_ref()
                .map(Objective::key_result_ids)
                .unwrap_or_default()
        })
    };
    let draft = RwSignal::new(String::new());
    let oid = id.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = draft.get_untracked();
        if !t.trim().is_empty() {
            app.edit_objective(&oid, |o, ids| {
                o.add_stated_key_result(ids, &t);
            });
            draft.set(String::new());
        }
    };
    let input_id = format!("ws-new-kr-{id}");
    view! {
        <div class="card">
            <h2>{title}</h2>
            <For each=krs key=|id| id.clone() let:kr>
                <KeyResultLine id=kr />
            </For>
            <form class="inline-form" on:submit=add>
                <label for=input_id
                    .clone()>{move || format!("New key result for \"{}\"", title())}</label>
                <input
                    id=input_id
                    prop:value=draft
                    on:input=move |ev| draft.set(event_target_value(&ev))
                />
                <button type="submit">"Add key result"</button>
            </form>
        </div>
    }
}

#[component]
fn KeyResultLine(id: Id) -> impl IntoView {
    let app = use_app();
    let kr = app.key_result_memo(id.clone());
    let kid = id.clone();
    let set = Callback::new(move |t: String| {
        app.edit_key_result(&kid, |k, _| {
            k.title = t;
            k.fill_from_title();
        })
    });
    view! {
        <div class="ws-kr" data-testid="ws-key-result">
            <CoachedTitle input_id=format!("ws-kr-{id}") kr=kr set_title=set />
        </div>
    }
}

#[component]
fn OwnersStep() -> impl IntoView {
    let app = use_app();
    let krs = move || {
        app.with_plan(|p| {
            p.map(|p| {
                p.key_results()
                    .map(|k| (k.id.clone(), k.title.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    view! {
        <div class="card">
            <p class="hint">
                "The app ticks what it can check itself (a baseline, an owner, a measurable key result); the rest of each checklist is in the editor."
            </p>
            <For each=krs key=|k| k.0.clone() let:kr>
                <OwnerField id=kr.0 title=kr.1 />
            </For>
        </div>
    }
}

#[component]
fn OwnerField(id: Id, title: String) -> impl IntoView {
    let app = use_app();
    let kid = id.clone();
    let owner = Signal::derive(move || {
        app.with_plan(|p| p.and_then(|p| p.key_result(&kid)).map(|k| k.owner.clone()))
            .unwrap_or_default()
    });
    let kid = id.clone();
    let set = Callback::new(move |t: String| app.edit_key_result(&kid, |k, _| k.owner = t));
    view! {
        <div class="ws-owner">
            <TextField
                id=format!("ws-owner-{id}")
                label=format!("Owner of \"{title}\"")
                value=owner
                on_input=set
            />
        </div>
    }
}

#[component]
fn SummaryStep() -> impl IntoView {
    let app = use_app();
    let counts = move || {
        app.with_plan(|p| {
            p.map(|p| (p.objectives.len(), p.key_results().count()))
                .unwrap_or_default()
        })
    };
    let findings = move || app.with_plan(|p| p.map(check_plan).unwrap_or_default());
    view! {
        <div class="card" data-testid="workshop-summary">
            <p>
                {move || {
                    let (o, k) = counts();
                    format!("{o} objectives, {k} key results.")
                }}
            </p>
            <ul>
                {move || {
                    findings()
                        .into_iter()
                        .map(|f| view! { <li class="finding warning">{f.finding.message}</li> })
                        .collect_view()
                }}
            </ul>
            <div class="button-row">
                <a class="button" href="#/present">
                    "Open the presentation"
                </a>
                <a class="button" href="#/handout">
                    "One-page handout"
                </a>
            </div>
        </div>
    }
}
