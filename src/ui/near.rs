//! Tells when an element comes near the viewport, so long screens build and draw only
//! what the reader is about to see.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// web-sys has it behind a feature the app does not otherwise need.
    type IntersectionObserver;

    #[wasm_bindgen(constructor)]
    fn new(callback: &js_sys::Function, options: &JsValue) -> IntersectionObserver;

    #[wasm_bindgen(method)]
    fn observe(this: &IntersectionObserver, target: &web_sys::Element);

    #[wasm_bindgen(method)]
    fn disconnect(this: &IntersectionObserver);
}

/// A running watch; dropping it stops watching.
struct NearWatch {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for NearWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// True once the element behind `node` has come within `margin` (a CSS margin such as
/// "300px 0px") of the viewport; true from the start when `already`. The watch stops once
/// it fires, or when the component unmounts.
pub(crate) fn near_signal(
    node: NodeRef<leptos::html::Div>,
    already: bool,
    margin: &'static str,
) -> RwSignal<bool> {
    let near = RwSignal::new(already);
    let watch = StoredValue::new_local(None::<NearWatch>);
    Effect::new(move |_| {
        if near.get() {
            watch.set_value(None);
        } else if let Some(el) = node.get() {
            if watch.with_value(Option::is_none) {
                watch.set_value(Some(watch_near(&el, near, margin)));
            }
        }
    });
    on_cleanup(move || watch.set_value(None));
    near
}

fn watch_near(element: &web_sys::Element, near: RwSignal<bool>, margin: &str) -> NearWatch {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let seen = entries.iter().any(|e| {
            js_sys::Reflect::get(&e, &JsValue::from_str("isIntersecting"))
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
        });
        if seen && !near.get_untracked() {
            near.set(true);
        }
    });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("rootMargin"),
        &JsValue::from_str(margin),
    );
    let observer = IntersectionObserver::new(callback.as_ref().unchecked_ref(), &options);
    observer.observe(element);
    NearWatch {
        observer,
        _callback: callback,
    }
}
