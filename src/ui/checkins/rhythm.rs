//! The week's rhythm on the Check-ins screen: the weekly check-in added to the person's
//! own calendar (an .ics file), and this week's update copied for the team.

use crate::state::use_app;
use crate::ui::data::{copy_text, download};
use chrono::{NaiveTime, Weekday};
use leptos::prelude::*;

const DAYS: [(Weekday, &str); 5] = [
    (Weekday::Mon, "Monday"),
    (Weekday::Tue, "Tuesday"),
    (Weekday::Wed, "Wednesday"),
    (Weekday::Thu, "Thursday"),
    (Weekday::Fri, "Friday"),
];

#[component]
pub fn RhythmCard() -> impl IntoView {
    let app = use_app();
    let weekday = RwSignal::new(Weekday::Mon);
    let time = RwSignal::new("09:30".to_string());
    let said = RwSignal::new(None::<Result<String, String>>);
    let copied = RwSignal::new(String::new());
    let add_to_calendar = move |_| {
        let Ok(at) = NaiveTime::parse_from_str(&time.get_untracked(), "%H:%M") else {
            said.set(Some(Err("Write the time like 09:30.".into())));
            return;
        };
        let page = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        said.set(Some(match app.reminder_file(weekday.get_untracked(), at, &page) {
            Ok(file) => {
                download(&file.name, &file.text, "text/calendar");
                Ok(format!(
                    "Downloaded {}: open it to add the event to Google Calendar, Outlook or Apple Calendar. {}",
                    file.name, file.said
                ))
            }
            Err(why) => Err(why),
        }));
    };
    let copy = move |markdown: bool| {
        move |_| {
            let Some(update) = app.weekly_update() else {
                return;
            };
            let text = if markdown {
                update.markdown()
            } else {
                update.text()
            };
            let what = if markdown {
                "as Markdown (Slack, Teams, email)"
            } else {
                "as plain text"
            };
            copy_text(&text, move |result| {
                copied.set(match result {
                    Ok(()) => {
                        format!("Copied this week's update {what}: paste it where the team talks.")
                    }
                    Err(why) => why,
                })
            });
        }
    };
    let preview =
        move || app.with_plan(|_| app.weekly_update().map(|u| u.text()).unwrap_or_default());
    let options = DAYS
        .iter()
        .map(|(d, name)| {
            let slug = d.to_string();
            view! {
                <option value=slug.clone() selected=*d == Weekday::Mon>
                    {*name}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="card rhythm" data-testid="rhythm">
            <h2>"This week"</h2>
            <div class="rhythm-reminder">
                <label>
                    "Check in every "
                    <select
                        aria-label="Day of the weekly check-in"
                        on:change=move |ev| {
                            if let Ok(d) = event_target_value(&ev).parse::<Weekday>() {
                                weekday.set(d);
                            }
                        }
                    >
                        {options}
                    </select>
                </label>
                <label>
                    " at "
                    <input
                        type="time"
                        aria-label="Time of the weekly check-in"
                        prop:value=move || time.get()
                        on:change=move |ev| time.set(event_target_value(&ev))
                    />
                </label>
                <button on:click=add_to_calendar>"Add the weekly check-in to my calendar"</button>
                <p role="status" data-testid="reminder-status">
                    {move || match said.get() {
                        Some(Ok(message)) | Some(Err(message)) => message,
                        None => String::new(),
                    }}
                </p>
            </div>
            <div class="data-actions">
                <button on:click=copy(false)>"Copy this week's update"</button>
                <button on:click=copy(true)>"Copy it as Markdown"</button>
                <a href="#/report">"Print it as a status report"</a>
            </div>
            <p role="status" data-testid="update-status">
                {move || copied.get()}
            </p>
            <details>
                <summary>"Read this week's update"</summary>
                <pre class="weekly-update" data-testid="weekly-update">
                    {preview}
                </pre>
            </details>
        </div>
    }
}
