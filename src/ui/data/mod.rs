//! The Data screen: the user's plans as files of their own. Export, import with a preview
//! and a choice (add, replace, merge), share links, and the backups an import leaves.

mod backups;
mod export;
mod import;
mod js;
mod my_changes;
mod outcome;
mod preview;
mod share;
mod sheet;
mod sheet_parts;
pub(crate) use sheet_parts::DateAsk;

pub use export::download;
pub use js::copy_text;

use crate::state::{FormatError, PlanFile};
use leptos::prelude::*;
use std::sync::Arc;

/// What the import parts of the screen share: the checked file waiting for a choice, or
/// the reason a file was refused.
#[derive(Clone, Copy)]
struct ImportUi {
    incoming: RwSignal<Option<Arc<PlanFile>>>,
    /// Where it came from, for the preview's heading: a file name, "pasted text"…
    source: RwSignal<String>,
    error: RwSignal<Option<String>>,
    /// The file came from a `#share/` link, whose fragment goes once the user chose.
    from_link: RwSignal<bool>,
    /// Bumped when the stored backups change, so their list reads them again.
    backups_changed: RwSignal<u32>,
    /// A sheet waiting for its preview's choice.
    sheet: RwSignal<Option<Arc<sheet::SheetSource>>>,
}

impl ImportUi {
    fn new() -> Self {
        ImportUi {
            incoming: RwSignal::new(None),
            source: RwSignal::new(String::new()),
            error: RwSignal::new(None),
            from_link: RwSignal::new(false),
            backups_changed: RwSignal::new(0),
            sheet: RwSignal::new(None),
        }
    }

    /// Shows the preview of a checked file, or why it was refused. Nothing else changes.
    fn accept(&self, result: Result<PlanFile, FormatError>, source: String) {
        match result {
            Ok(file) => {
                self.error.set(None);
                self.sheet.set(None);
                self.source.set(source);
                self.incoming.set(Some(Arc::new(file)));
            }
            Err(error) => self.fail(error.to_string()),
        }
    }

    /// Shows the preview of a sheet; reading it is the preview's job.
    fn accept_sheet(&self, text: String, source: String) {
        self.error.set(None);
        self.incoming.set(None);
        self.sheet.set(Some(Arc::new(sheet::SheetSource {
            text: text.into(),
            source,
        })));
    }

    fn fail(&self, message: String) {
        self.incoming.set(None);
        self.error.set(Some(message));
        self.link_done();
    }

    /// The user chose (or cancelled): a share link's fragment is not offered again.
    fn link_done(&self) {
        if self.from_link.get_untracked() {
            js::clear_share_fragment();
            self.from_link.set(false);
        }
    }

    fn close(&self) {
        self.incoming.set(None);
        self.sheet.set(None);
        self.link_done();
    }
}

#[component]
pub fn DataScreen() -> impl IntoView {
    let ui = ImportUi::new();
    if let Some(payload) = super::route::share_payload() {
        ui.from_link.set(true);
        ui.accept(
            crate::state::use_app().read_share(&payload),
            "a share link".into(),
        );
    }
    view! {
        <section class="data-screen">
            <h1>"Data"</h1>
            <outcome::OpenConflicts />
            <export::ExportCard />
            <my_changes::MyChangesCard />
            <import::ImportCard ui=ui />
            {move || {
                ui.incoming.get().map(|file| view! { <preview::PreviewPanel ui=ui file=file /> })
            }}
            {move || {
                ui.sheet.get().map(|sheet| view! { <sheet::SheetPreview ui=ui sheet=sheet /> })
            }}
            <share::ShareCard />
            <backups::BackupsCard ui=ui />
        </section>
    }
}
