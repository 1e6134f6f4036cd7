//! The web app's entry point; Trunk builds this binary to WebAssembly.

#[cfg(target_arch = "wasm32")]
fn main() {
    okr_studio::ui::start();
}

/// Natively there is no app to run: the native binary is `okr`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("okr-studio is the web app: build it with `trunk build`; the native tool is `okr`.");
}
