//! The end of a period: final grades (0.6-0.7 is success, and the card says so), what each
//! objective taught and the bets that worked or failed, closing the plan, and starting
//! the next period from it with what the team chooses to carry over.

use crate::domain::display::fmt_date;
use crate::domain::quarter::CarryOver;
use crate::domain::{Id, Period};
use crate::state::{use_app, AppState};
use leptos::prelude::*;

#[component]
pub fn ClosingCard() -> impl IntoView {
    let app = use_app();
    let today = AppState::today();
    let grades =
        Memo::new(move |_| app.with_plan(|p| p.map(|p| p.final_grades(today)).unwrap_or_default()));
    let lessons = Memo::new(move |_| app.with_plan(|p| p.map(|p| p.lessons()).unwrap_or_default()));
    let over = move || app.with_plan(|p| p.is_some_and(|p| today > p.period.end));
    let rows = move || {
        grades
            .get()
            .into_iter()
            .map(|g| {
                let shown = g
                    .grade
                    .map(|x| format!("{x:.1}"))
                    .unwrap_or_else(|| "–".into());
                view! {
                    <tr>
                        <th scope="row">{g.title.clone()}</th>
                        <td>{shown}</td>
                        <td>{g.words} {g.landed.then_some(" ✓")}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card closing" aria-labelledby="closing-title" data-testid="closing">
            <h2 id="closing-title">
                {move || if over() { "The period is over: close it" } else { "Close the period" }}
            </h2>
            <p>
                "Grades run from 0 to 1. 0.6 to 0.7 is success: the targets were meant to stretch, so landing most of the way is what a good quarter looks like. A 1.0 everywhere says the targets were too safe."
            </p>
            <table class="closing-grades" data-testid="final-grades">
                <thead>
                    <tr>
                        <th scope="col">"Key result"</th>
                        <th scope="col">"Grade"</th>
                        <th scope="col">"In words"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <ObjectiveLessons />
            <h3>"What the period taught"</h3>
            <Show
                when=move || !lessons.with(Vec::is_empty)
                fallback=|| {
                    view! {
                        <p class="hint">
                            "Nothing written yet: add what you learned on each key result's \u{201c}Grade and retrospective\u{201d} below, and per objective above; the innovations count even where the number fell short."
                        </p>
                    }
                }
            >
                <ul data-testid="lessons">
                    {move || {
                        lessons.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()
                    }}
                </ul>
            </Show>
            <div class="data-actions">
                <Show
                    when=move || app.closed_on().is_none()
                    fallback=move || {
                        view! {
                            <button on:click=move |_| app.reopen_plan()>"Reopen this plan"</button>
                        }
                    }
                >
                    <button on:click=move |_| app.close_plan()>"Close this plan"</button>
                </Show>
            </div>
            <NextPeriod />
        </section>
    }
}

/// One "what did it teach" box per objective.
#[component]
fn ObjectiveLessons() -> impl IntoView {
    let app = use_app();
    let objectives = Memo::new(move |_| {
        app.with_plan(|p| {
            p.map(|p| {
                p.objectives
                    .iter()
                    .map(|o| {
                        (
                            o.id.clone(),
                            o.title.clone(),
                            o.retrospective.learned.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
    view! {
        <For each=move || objectives.get() key=|(id, _, _)| id.clone() let:((id, title, learned))>
            <label class="field">
                {format!("What did \u{201c}{title}\u{201d} teach us?")}
                <textarea
                    rows="2"
                    prop:value=learned
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        app.edit_objective(&id, |o, _| o.retrospective.learned = text);
                    }
                ></textarea>
            </label>
        </For>
    }
}

#[component]
fn NextPeriod() -> impl IntoView {
    let app = use_app();
    let today = AppState::today();
    // Quarters after this plan's: the next one first.
    let choices = Memo::new(move |_| {
        app.with_plan(|p| {
            p.and_then(|p| p.period.end.succ_opt())
                .map(|after| Period::upcoming_quarters(after, 4))
                .unwrap_or_default()
        })
    });
    let chosen = RwSignal::new(0usize);
    let unfinished = Memo::new(move |_| {
        app.with_plan(|p| {
            p.map(|p| {
                let open = p.unfinished(today);
                p.key_results()
                    .map(|k| (k.id.clone(), k.title.clone(), open.contains(&k.id)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
    let picked = RwSignal::new(None::<Vec<Id>>);
    let kpis = RwSignal::new(true);
    let not_going = RwSignal::new(true);
    let bets = RwSignal::new(true);
    let said = RwSignal::new(String::new());
    let is_picked = move |id: &Id| match picked.get() {
        Some(list) => list.contains(id),
        None => unfinished.with(|u| u.iter().any(|(k, _, open)| k == id && *open)),
    };
    let toggle = move |id: Id, on: bool| {
        let mut list = picked.get_untracked().unwrap_or_else(|| {
            unfinished.with_untracked(|u| {
                u.iter()
                    .filter(|(_, _, o)| *o)
                    .map(|(k, _, _)| k.clone())
                    .collect()
            })
        });
        list.retain(|k| k != &id);
        if on {
            list.push(id);
        }
        picked.set(Some(list));
    };
    let start = move |_| {
        let Some(period) = choices.with_untracked(|c| c.get(chosen.get_untracked()).copied())
        else {
            return;
        };
        let key_results = unfinished.with_untracked(|u| {
            u.iter()
                .filter(|(k, _, _)| is_picked(k))
                .map(|(k, _, _)| k.clone())
                .collect()
        });
        let carry = CarryOver {
            key_results,
            kpis: kpis.get_untracked(),
            not_going: not_going.get_untracked(),
            running_bets: bets.get_untracked(),
        };
        if let Some((_, notes)) = app.start_next_period(period, &carry) {
            let mut message = format!("Started {}: it is open now. The workshop's first step shows last period's lessons.", period.label());
            for title in notes.kept_baseline {
                message.push_str(&format!(
                    " \u{201c}{title}\u{201d} had no check-in, so it keeps its old baseline."
                ));
            }
            said.set(message);
        }
    };
    let periods = move || {
        choices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                view! {
                    <option value=i.to_string() selected=i == 0>
                        {format!("{} ({} – {})", p.label(), fmt_date(p.start), fmt_date(p.end))}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <h3>"Start the next period from this one"</h3>
        <label class="field">
            "Period"
            <select on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>{periods}</select>
        </label>
        <fieldset class="carry" data-testid="carry-key-results">
            <legend>"Key results to carry on (their latest value becomes the new baseline; old check-ins stay here)"</legend>
            <For each=move || unfinished.get() key=|(id, _, _)| id.clone() let:((id, title, _))>
                <label class="field inline">
                    <input
                        type="checkbox"
                        prop:checked={
                            let id = id.clone();
                            move || is_picked(&id)
                        }
                        on:change={
                            let id = id.clone();
                            move |ev| toggle(id.clone(), event_target_checked(&ev))
                        }
                    />
                    {title}
                </label>
            </For>
        </fieldset>
        <label class="field inline">
            <input type="checkbox" prop:checked=move || kpis.get() on:change=move |ev| kpis.set(event_target_checked(&ev)) />
            " KPIs, with their current values"
        </label>
        <label class="field inline">
            <input type="checkbox" prop:checked=move || not_going.get() on:change=move |ev| not_going.set(event_target_checked(&ev)) />
            " \u{201c}Where we are not going\u{201d}, to review"
        </label>
        <label class="field inline">
            <input type="checkbox" prop:checked=move || bets.get() on:change=move |ev| bets.set(event_target_checked(&ev)) />
            " Bets still running"
        </label>
        <button class="primary" on:click=start>
            {move || choices.with(|c| c.get(chosen.get()).map(|p| format!("Start {}", p.label())).unwrap_or_default())}
        </button>
        <p role="status" data-testid="next-period-status">{move || said.get()}</p>
    }
}
