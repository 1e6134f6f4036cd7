//! Screens addressed by URL hash, so any static host serves every deep link.

use crate::state::SHARE_ROUTE;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Plan,
    CheckIns,
    Trends,
    /// Business goals down to the bets, and the budget.
    Map,
    Library,
    Data,
    /// The guided planning session.
    Workshop,
    /// Large type for a projector, one objective at a time.
    Present,
    /// The one-page printable plan.
    Handout,
    /// This week's update as a printable status report.
    Report,
}

impl Route {
    pub const ALL: [Route; 10] = [
        Route::Plan,
        Route::Workshop,
        Route::CheckIns,
        Route::Trends,
        Route::Map,
        Route::Library,
        Route::Data,
        Route::Present,
        Route::Handout,
        Route::Report,
    ];

    /// The screens in the navigation bar; the presentation and handout open from the workshop.
    pub const NAV: [Route; 7] = [
        Route::Plan,
        Route::Workshop,
        Route::CheckIns,
        Route::Trends,
        Route::Map,
        Route::Library,
        Route::Data,
    ];

    /// Screens shown without the app's header, filling the window or the page.
    pub fn is_full_screen(self) -> bool {
        matches!(self, Route::Present | Route::Handout | Route::Report)
    }

    /// Reads `#/check-ins` and the like; anything unknown opens the plan. A share link
    /// (`#share/…`) opens the Data screen, which shows its import preview.
    pub fn from_hash(hash: &str) -> Route {
        let name = hash.trim_start_matches('#').trim_start_matches('/');
        if name.starts_with(SHARE_ROUTE) {
            return Route::Data;
        }
        Route::ALL
            .into_iter()
            .find(|r| r.slug() == name)
            .unwrap_or(Route::Plan)
    }

    pub fn slug(self) -> &'static str {
        match self {
            Route::Plan => "plan",
            Route::CheckIns => "check-ins",
            Route::Trends => "trends",
            Route::Map => "map",
            Route::Library => "library",
            Route::Data => "data",
            Route::Workshop => "workshop",
            Route::Present => "present",
            Route::Handout => "handout",
            Route::Report => "report",
        }
    }

    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    pub fn label(self) -> &'static str {
        match self {
            Route::Plan => "Plan",
            Route::CheckIns => "Check-ins",
            Route::Trends => "Trends",
            Route::Map => "Map",
            Route::Library => "Library",
            Route::Data => "Data",
            Route::Workshop => "Workshop",
            Route::Present => "Present",
            Route::Handout => "Handout",
            Route::Report => "Status report",
        }
    }

    pub fn current() -> Route {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        Route::from_hash(&hash)
    }
}

/// The payload of a `#share/z1.…` link the page was opened at, if any.
pub fn share_payload() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let name = hash.trim_start_matches('#').trim_start_matches('/');
    name.strip_prefix(SHARE_ROUTE).map(str::to_string)
}
