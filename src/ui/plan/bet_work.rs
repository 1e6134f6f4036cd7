//! A bet's money, dates and tasks: what it may cost, what it has cost, and the short
//! checklist of the work it needs, each task with its owner.

use crate::domain::budget::{currency, read_money};
use crate::domain::display::fmt_value;
use crate::domain::{Id, Project, Task, Unit};
use crate::state::use_app;
use crate::ui::fields::AmountField;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub(super) fn BetWork(kr: Id, bet: Id) -> impl IntoView {
    let app = use_app();
    let (k2, b2) = (kr.clone(), bet.clone());
    // The bet with the currency its money is in.
    let state = Memo::new(move |_| {
        app.with_plan(|p| {
            let p = p?;
            let k = p.key_result(&k2)?;
            let b = k.projects.iter().find(|b| b.id == b2)?;
            Some((b.clone(), currency(p, k, b)))
        })
    });
    let code = move || state.with(|s| s.as_ref().map(|s| s.1.clone()).unwrap_or_default());
    let mid = bet.clone();
    let money = move |get: fn(&Project) -> Option<f64>, set: fn(&mut Project, Option<f64>)| {
        let bid = mid.clone();
        let shown = Signal::derive(move || {
            state
                .with(|s| {
                    let (b, code) = s.as_ref()?;
                    get(b).map(|v| fmt_value(v, &Unit::Currency { code: code.clone() }))
                })
                .unwrap_or_default()
        });
        let commit = Callback::new(move |t: String| match read_money(&t, &code()) {
            Ok(v) => {
                app.edit_plan(|p, _| p.bet_mut(&bid).map(|b| set(b, v)));
                None
            }
            Err(e) => Some(e),
        });
        (shown, commit)
    };
    let (budget, set_budget) = money(|b| b.budget, |b, v| b.budget = v);
    let (spent, set_spent) = money(|b| b.spent, |b, v| b.spent = v);
    let did = bet.clone();
    let date = move |get: fn(&Project) -> Option<NaiveDate>,
                     set: fn(&mut Project, Option<NaiveDate>)| {
        let bid = did.clone();
        let shown = move || {
            state
                .with(|s| s.as_ref().and_then(|s| get(&s.0)))
                .map(|d| d.to_string())
                .unwrap_or_default()
        };
        let change = move |ev| {
            let day = NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d").ok();
            app.edit_plan(|p, _| p.bet_mut(&bid).map(|b| set(b, day)));
        };
        (shown, change)
    };
    let (starts, set_starts) = date(|b| b.starts, |b, d| b.starts = d);
    let (ends, set_ends) = date(|b| b.ends, |b, d| b.ends = d);
    let summary = move || {
        state.with(|s| {
            let Some((b, code)) = s else {
                return String::new();
            };
            let unit = Unit::Currency { code: code.clone() };
            let mut parts = Vec::new();
            if let Some(v) = b.budget {
                let spent = b.spent.map_or(String::new(), |s| {
                    format!(", {} spent", fmt_value(s, &unit))
                });
                parts.push(format!("{} budget{spent}", fmt_value(v, &unit)));
            }
            if let Some((done, all)) = b.tasks_done() {
                parts.push(format!("{done} of {all} tasks done"));
            }
            if parts.is_empty() {
                "Budget, dates and tasks".into()
            } else {
                parts.join(" · ")
            }
        })
    };
    let tasks = move || state.with(|s| s.as_ref().map(|s| s.0.tasks.clone()).unwrap_or_default());
    let draft = RwSignal::new(String::new());
    let bid = bet.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = draft.get_untracked();
        if !title.trim().is_empty() {
            app.edit_plan(|p, ids| p.bet_mut(&bid).map(|b| b.add_task(ids, &title, "")));
            draft.set(String::new());
        }
    };
    let id = bet.clone();
    view! {
        <details class="bet-work" data-testid="bet-work">
            <summary>{summary}</summary>
            <div class="bet-money">
                <AmountField
                    id=format!("bet-budget-{id}")
                    label=format!("Budget ({})", code())
                    shown=budget
                    on_commit=set_budget
                    placeholder="2,000"
                />
                <AmountField
                    id=format!("bet-spent-{id}")
                    label=format!("Spent so far ({})", code())
                    shown=spent
                    on_commit=set_spent
                />
                <span>
                    <label class="field-label" for=format!("bet-starts-{id}")>
                        "Starts"
                    </label>
                    <input
                        type="date"
                        id=format!("bet-starts-{id}")
                        prop:value=starts
                        on:change=set_starts
                    />
                </span>
                <span>
                    <label class="field-label" for=format!("bet-ends-{id}")>
                        "Ends"
                    </label>
                    <input
                        type="date"
                        id=format!("bet-ends-{id}")
                        prop:value=ends
                        on:change=set_ends
                    />
                </span>
            </div>
            <ul class="plain-list tasks" data-testid="tasks">
                {move || tasks().into_iter().map(|t| view! { <TaskRow task=t /> }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=add>
                <label for=format!("new-task-{id}")>"New task"</label>
                <input
                    id=format!("new-task-{id}")
                    placeholder="Brief the agency"
                    prop:value=draft
                    on:input=move |ev| draft.set(event_target_value(&ev))
                />
                <button type="submit">"Add task"</button>
            </form>
        </details>
    }
}

#[component]
fn TaskRow(task: Task) -> impl IntoView {
    let app = use_app();
    let Task {
        id,
        title,
        done,
        owner,
        ..
    } = task;
    let box_id = format!("task-{id}");
    let owner_id = format!("task-owner-{id}");
    let (tick, own, remove) = (id.clone(), id.clone(), id.clone());
    let edit = move |id: Id, f: Box<dyn FnOnce(&mut Task)>| {
        app.edit_plan(move |p, _| p.task_mut(&id).map(f));
    };
    let owner_label = format!("Owner of \u{201c}{title}\u{201d}");
    let remove_label = format!("Remove task \u{201c}{title}\u{201d}");
    view! {
        <li class="task" data-testid="task">
            <input
                type="checkbox"
                id=box_id.clone()
                prop:checked=done
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    edit(tick.clone(), Box::new(move |t| t.done = on));
                }
            />
            <label for=box_id>{title}</label>
            <label class="visually-hidden" for=owner_id.clone()>
                {owner_label}
            </label>
            <input
                id=owner_id
                class="task-owner"
                placeholder="Owner"
                prop:value=owner
                on:change=move |ev| {
                    let name = event_target_value(&ev).trim().to_string();
                    edit(own.clone(), Box::new(move |t| t.owner = name));
                }
            />
            <button
                class="link"
                aria-label=remove_label
                on:click=move |_| {
                    let id = remove.clone();
                    app.remove("Deleted a task", move |p| p.remove_task(&id));
                }
            >
                "Remove"
            </button>
        </li>
    }
}
