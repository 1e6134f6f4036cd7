//! "Send my changes": only what this device changed since a day, as a small file (or a link
//! when it is short enough) that a teammate merges like the whole plan.

use super::export::download;
use super::share::{offer_link, LinkBox};
use crate::state::{use_app, AppState};
use chrono::{NaiveDate, Utc};
use leptos::prelude::*;

const DAY_MS: u64 = 24 * 3600 * 1000;

/// The day a weekly update starts from: the last teammate's file taken in, else a week ago.
fn default_since(app: AppState) -> NaiveDate {
    let now = crate::state::now_ms().max(0) as u64;
    let ms = app
        .last_received()
        .unwrap_or(now.saturating_sub(7 * DAY_MS));
    chrono::DateTime::from_timestamp_millis(ms as i64)
        .map(|t| t.date_naive())
        .unwrap_or_else(|| Utc::now().date_naive())
}

fn start_ms(day: NaiveDate) -> u64 {
    day.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp_millis().max(0) as u64)
        .unwrap_or(0)
}

#[component]
pub fn MyChangesCard() -> impl IntoView {
    let app = use_app();
    let since = RwSignal::new(default_since(app).to_string());
    let status = RwSignal::new(String::new());
    let link = RwSignal::new(None::<String>);
    let day = move || NaiveDate::parse_from_str(&since.get_untracked(), "%Y-%m-%d").ok();
    let nothing = "You changed nothing in this plan since that day.";
    let file = move |_| {
        let Some(day) = day() else {
            status.set("Pick the day your changes start from.".into());
            return;
        };
        match app.my_changes_file(start_ms(day)) {
            Some((name, text)) => {
                download(&name, &text, "application/json");
                status.set(
                    "Downloaded your changes. Your teammates merge the file on their Data screen."
                        .into(),
                );
            }
            None => status.set(nothing.into()),
        }
    };
    let copy_link = move |_| {
        let Some(part) = day().and_then(|d| app.my_changes(start_ms(d))) else {
            link.set(None);
            status.set(nothing.into());
            return;
        };
        offer_link(
            &part,
            link,
            status,
            |n| {
                format!("Your changes make a link of {n} characters, too long for chat and e-mail: download them as a file instead.")
            },
            "Link copied: paste it to your team. Opening it shows a preview first.",
        );
    };
    view! {
        <div class="card" data-testid="my-changes">
            <h2>"Send my changes"</h2>
            <p>
                "Only what you changed on this device since a day: your check-ins and edits, and what you deleted. "
                "It merges like the whole plan."
            </p>
            <label for="my-changes-since">"Changes since"</label>
            <input
                id="my-changes-since"
                type="date"
                prop:value=since
                on:change=move |ev| since.set(event_target_value(&ev))
            />
            <div class="data-actions">
                <button on:click=file disabled=move || !app.has_plan()>
                    "Download my changes"
                </button>
                <button on:click=copy_link disabled=move || !app.has_plan()>
                    "Copy my changes as a link"
                </button>
            </div>
            <p role="status" data-testid="my-changes-status">
                {move || status.get()}
            </p>
            <LinkBox id="my-changes-link" label="Link to your changes" link=link />
        </div>
    }
}
