//! Screens addressed by URL hash, so any static host serves every deep link.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Plan,
    CheckIns,
    Trends,
    Library,
    Data,
}

impl Route {
    pub const ALL: [Route; 5] = [
        Route::Plan,
        Route::CheckIns,
        Route::Trends,
        Route::Library,
        Route::Data,
    ];

    /// Reads `#/check-ins` and the like; anything unknown opens the plan.
    pub fn from_hash(hash: &str) -> Route {
        let name = hash.trim_start_matches('#').trim_start_matches('/');
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
            Route::Library => "library",
            Route::Data => "data",
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
            Route::Library => "Library",
            Route::Data => "Data",
        }
    }

    pub fn current() -> Route {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        Route::from_hash(&hash)
    }
}
