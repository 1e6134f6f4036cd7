//! Backups an import left (a replaced plan, a plan before a merge), each restorable.

use super::{js, ImportUi};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn BackupsCard(ui: ImportUi) -> impl IntoView {
    let app = use_app();
    let message = RwSignal::new(String::new());
    let list = move || {
        ui.backups_changed.track();
        app.backups()
    };
    let restore = move |id: u64| {
        message.set(match app.restore_backup(id) {
            Ok(plan) => format!(
                "Restored “{}”, now open. The version it replaced is kept as a backup.",
                plan.title()
            ),
            Err(why) => why,
        });
        ui.backups_changed.update(|n| *n += 1);
    };
    view! {
        <div class="card" data-testid="backups">
            <h2>"Backups"</h2>
            <p>
                "Before an import replaces a plan or merges into it, the plan as it was is kept here, on this device (the newest "
                {crate::state::MAX_BACKUPS} ")."
            </p>
            {move || match list() {
                Ok(items) if items.is_empty() => view! { <p>"No backups yet."</p> }.into_any(),
                Ok(items) => {
                    view! {
                        <ul class="backup-list">
                            {items
                                .into_iter()
                                .map(|b| {
                                    let when = js::local_time(b.id);
                                    let title = b.plan.title();
                                    let label = format!("Restore {title} ({when})");
                                    view! {
                                        <li data-testid="backup">
                                            <span>
                                                <strong>{title}</strong>
                                                " · "
                                                {b.reason}
                                                " · "
                                                {when}
                                            </span>
                                            <button aria-label=label on:click=move |_| restore(b.id)>
                                                "Restore"
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
                Err(why) => view! { <p>{why}</p> }.into_any(),
            }}
            <p role="status" data-testid="backup-status">
                {move || message.get()}
            </p>
        </div>
    }
}
