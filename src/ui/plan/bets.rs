//! Under a key result: its bets (projects) and its checklist.

use super::key_result::setter;
use crate::domain::maturity::{checklist_status, AnsweredBy};
use crate::domain::{Id, KeyResult, ProjectStatus};
use crate::state::use_app;
use crate::ui::fields::Choice;
use leptos::prelude::*;

#[component]
pub(super) fn Projects(id: Id, kr: Memo<Option<KeyResult>>) -> impl IntoView {
    let app = use_app();
    let projects = move || {
        kr.with(|k| {
            k.as_ref()
                .map(|k| {
                    k.projects
                        .iter()
                        .map(|p| (p.id.clone(), p.title.clone(), p.status))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let kid = id.clone();
    let draft = RwSignal::new(String::new());
    let add_kid = kid.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = draft.get_untracked();
        if !title.trim().is_empty() {
            app.edit_key_result(&add_kid, |k, ids| {
                k.add_project(ids, &title);
            });
            draft.set(String::new());
        }
    };
    let set_status = setter(app, id.clone(), |k, (pid, slug): (Id, String)| {
        if let (Some(p), Some(s)) = (
            k.projects.iter_mut().find(|p| p.id == pid),
            ProjectStatus::from_slug(&slug),
        ) {
            p.status = s;
        }
    });
    let statuses: Vec<(String, String)> = ProjectStatus::ALL
        .iter()
        .map(|s| (s.slug().to_string(), s.label().to_string()))
        .collect();
    let input_id = format!("new-bet-{kid}");
    view! {
        <h4>"Bets (projects)"</h4>
        <p class="hint">
            "The work you bet will move this number. Some will work: double down. Some will fail: stop and move on."
        </p>
        <ul class="plain-list">
            {move || {
                projects()
                    .into_iter()
                    .map(|(pid, title, status)| {
                        let statuses = statuses.clone();
                        let sid = format!("bet-status-{pid}");
                        let remove_label = format!("Remove bet \u{201c}{title}\u{201d}");
                        let remove_id = pid.clone();
                        let work = (kid.clone(), pid.clone());
                        view! {
                            <li class="project">
                                <span>{title}</span>
                                <Choice
                                    id=sid
                                    label="Status"
                                    value=Signal::derive(move || status.slug().to_string())
                                    choices=statuses
                                    on_change=Callback::new(move |s| {
                                        set_status.run((pid.clone(), s))
                                    })
                                />
                                <button
                                    class="link"
                                    aria-label=remove_label
                                    on:click=move |_| {
                                        let id = remove_id.clone();
                                        app.remove("Deleted a bet", move |p| p.remove_bet(&id));
                                    }
                                >
                                    "Remove"
                                </button>
                                <super::bet_work::BetWork kr=work.0 bet=work.1 />
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
        <form class="inline-form" on:submit=add>
            <label for=input_id.clone()>"New bet"</label>
            <input
                id=input_id
                placeholder="Guest posts on three partner blogs"
                prop:value=draft
                on:input=move |ev| draft.set(event_target_value(&ev))
            />
            <button type="submit">"Add bet"</button>
        </form>
    }
}

#[component]
pub(super) fn Checklist(id: Id, kr: Memo<Option<KeyResult>>) -> impl IntoView {
    let app = use_app();
    let items = move || kr.with(|k| k.as_ref().map(checklist_status).unwrap_or_default());
    let toggle = setter(app, id.clone(), |k, (item, on): (&'static str, bool)| {
        k.checklist.set(item, on)
    });
    // "A realistic estimate plus 20%", with numbers.
    let ambition = move || {
        let k = kr.get()?;
        let period = app.with_plan_untracked(|p| p.map(|p| p.period))?;
        let before = app.carried_from(&k);
        let a = crate::domain::budget::ambition(&k, period, before.as_ref().map(|(k, p)| (k, *p)))?;
        let v = |x: f64| crate::domain::display::fmt_value(x, &k.unit);
        let from = if a.from_pace {
            "at last period's pace"
        } else {
            "where it stands (no earlier period to take a pace from)"
        };
        Some(format!(
            "Realistic estimate, {from}: {}; plus 20%: {}. The target {} is {}.",
            v(a.realistic),
            v(a.stretch),
            v(k.target?),
            a.verdict.words()
        ))
    };
    let kid = id;
    view! {
        <h4>"Checklist"</h4>
        <ul class="checklist" data-testid="checklist">
            {move || {
                items()
                    .into_iter()
                    .map(|item| {
                        let box_id = format!("check-{kid}-{}", item.id);
                        let auto = item.answered_by == AnsweredBy::Auto;
                        view! {
                            <li>
                                <input
                                    type="checkbox"
                                    id=box_id.clone()
                                    prop:checked=item.ticked
                                    disabled=auto
                                    on:change=move |ev| {
                                        toggle.run((item.id, event_target_checked(&ev)))
                                    }
                                />
                                <label for=box_id>
                                    {item.question}{auto.then_some(" (the app checks this)")}
                                </label>
                                {(item.id == "stretch")
                                    .then(|| {
                                        view! {
                                            <p class="hint" data-testid="ambition">
                                                {ambition}
                                            </p>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
