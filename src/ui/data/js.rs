//! The few browser calls the Data screen needs: promises, clipboard, files, the URL.

use crate::state::{decode_text, FormatError, MAX_FILE_BYTES};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Runs `ok` or `err` when `promise` settles. The closure not called is dropped with the
/// promise's callbacks (a few bytes per user action).
fn on_settled(
    promise: &js_sys::Promise,
    ok: impl FnOnce(JsValue) + 'static,
    err: impl FnOnce(JsValue) + 'static,
) {
    let ok = Closure::once(ok);
    let err = Closure::once(err);
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// A browser error in a few words: "NotAllowedError: Write permission denied."
fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
        None => error
            .as_string()
            .unwrap_or_else(|| "no reason given".into()),
    }
}

/// Copies `text` with `navigator.clipboard.writeText`; `done` gets the failure in words.
pub fn copy_text(text: &str, done: impl FnOnce(Result<(), String>) + 'static) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return done(Err("There is no browser window to copy from.".into()));
    };
    // Missing outside secure pages (plain http on another machine).
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return done(Err(
            "This browser does not offer the clipboard to this page (it needs https).".into(),
        ));
    }
    let promise = navigator.clipboard().write_text(text);
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let done2 = done.clone();
    on_settled(
        &promise,
        move |_| {
            if let Some(f) = done.borrow_mut().take() {
                f(Ok(()));
            }
        },
        move |e| {
            if let Some(f) = done2.borrow_mut().take() {
                f(Err(format!(
                    "The browser did not allow copying to the clipboard ({}).",
                    describe(&e)
                )));
            }
        },
    );
}

/// Reads a picked or dropped file as text. Files over `MAX_FILE_BYTES` are refused from
/// their size alone, before any of it is read into memory.
pub fn read_file(file: &web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        let error = FormatError::TooLarge {
            bytes: size as usize,
            limit: MAX_FILE_BYTES,
        };
        return done(Err(error.to_string()));
    }
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let done2 = done.clone();
    // Bytes, not `file.text()`: a sheet saved by Excel on Windows is not UTF-8.
    on_settled(
        &file.array_buffer(),
        move |buffer| {
            if let Some(f) = done.borrow_mut().take() {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                f(Ok(decode_text(&bytes)));
            }
        },
        move |e| {
            if let Some(f) = done2.borrow_mut().take() {
                f(Err(format!(
                    "The file could not be read ({}).",
                    describe(&e)
                )));
            }
        },
    );
}

/// The page's address without its fragment, as the base of share links.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Replaces `#share/...` with `#/data` without reloading or firing `hashchange`, so the
/// link's plan is not offered again after the user chose.
pub fn clear_share_fragment() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("#/data"));
    }
}

/// "31/03/2027, 14:05:00" in the user's own locale and time zone.
pub fn local_time(ms: u64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    String::from(date.to_locale_string("default", &JsValue::UNDEFINED))
}
