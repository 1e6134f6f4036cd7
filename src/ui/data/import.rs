//! Import: a file picker, a drop zone and a paste box. Each hands text to `format`'s one
//! way in; a refused file shows its message and changes nothing.

use super::{js, ImportUi};
use crate::state::{looks_like_sheet, use_app};
use leptos::prelude::*;
use web_sys::{DragEvent, File, HtmlInputElement};

#[component]
pub fn ImportCard(ui: ImportUi) -> impl IntoView {
    let app = use_app();
    let dragging = RwSignal::new(false);
    let reading = RwSignal::new(false);
    let paste_box = NodeRef::<leptos::html::Textarea>::new();
    let read = move |file: File| {
        let name = file.name();
        ui.error.set(None);
        reading.set(true);
        js::read_file(&file, move |result| {
            reading.set(false);
            match result {
                Ok(text) if looks_like_sheet(&text, Some(&name)) => {
                    ui.accept_sheet(text, format!("the sheet {name}"))
                }
                Ok(text) => ui.accept(app.read_file_text(&text), format!("the file {name}")),
                Err(why) => ui.fail(why),
            }
        });
    };
    let picked = move |ev: leptos::ev::Event| {
        let input = event_target::<HtmlInputElement>(&ev);
        if let Some(file) = input.files().and_then(|list| list.get(0)) {
            read(file);
        }
        // Lets the same file be picked again after a fix.
        input.set_value("");
    };
    let over = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let dropped = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        match ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0))
        {
            Some(file) => read(file),
            None => {
                ui.fail("Only files can be dropped here: drop a plan file or a CSV sheet.".into())
            }
        }
    };
    let paste = move |_| {
        let text = paste_box.get().map(|t| t.value()).unwrap_or_default();
        if text.trim().is_empty() {
            ui.fail(
                "Paste the text of a plan file, a share link or cells from a spreadsheet first."
                    .into(),
            );
        } else if looks_like_sheet(&text, None) {
            ui.accept_sheet(text, "the pasted cells".into());
        } else {
            ui.accept(app.read_pasted(&text), "the pasted text".into());
        }
    };
    view! {
        <div class="card">
            <h2>"Import"</h2>
            <p>
                "Open a plan file from a teammate or a backup, or bring OKRs in from a spreadsheet "
                "or another OKR tool (CSV, or cells copied from the sheet). You see what it would "
                "add or change, and nothing happens until you choose."
            </p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                data-testid="drop-zone"
                on:dragover=over
                on:dragenter=over
                on:dragleave=move |_| dragging.set(false)
                on:drop=dropped
            >
                <p>"Drop a plan file or a CSV sheet here, or choose one:"</p>
                <label for="import-file">"Choose a plan file or a sheet"</label>
                <input
                    id="import-file"
                    type="file"
                    accept=".json,application/json,.csv,text/csv,.tsv,.txt"
                    on:change=picked
                />
                <Show when=move || reading.get()>
                    <p role="status">"Reading the file…"</p>
                </Show>
            </div>
            <label for="import-paste">
                "Or paste a plan file, a share link, or cells copied from a spreadsheet"
            </label>
            <textarea id="import-paste" node_ref=paste_box rows="4" spellcheck="false"></textarea>
            <button on:click=paste>"Preview the pasted text"</button>
            <Show when=move || ui.error.with(Option::is_some)>
                <p class="error" role="alert" data-testid="import-error">
                    {move || ui.error.get().unwrap_or_default()}
                </p>
            </Show>
        </div>
    }
}
