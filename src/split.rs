//! Split points of the wasm: `in_part!` marks a function that lives in a part loaded on
//! its first call (see `ui::parts` for the parts and `.ci/split-wasm.mjs` for the cut).
//!
//! Only the app's own build cuts the wasm (Trunk builds with the `split` feature). Any
//! other wasm build (the in-browser tests) has no one to cut it, so there the function is
//! a plain `async fn` with the same signature, always loaded.

/// `in_part!(part [, preload = name]; fn f(args) [-> T] { body })` gives
/// `async fn f(args) -> Result<T, SplitLoaderError>`, and with `preload` an
/// `async fn name() -> Result<(), SplitLoaderError>` that only fetches the part.
macro_rules! in_part {
    (@ret) => { () };
    (@ret $ret:ty) => { $ret };
    ($part:ident $(, preload = $preload:ident)?;
     $(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident : $ty:ty),* $(,)?) $(-> $ret:ty)? $body:block) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split(
            $part, fallible, $(preload($preload),)? wasm_split_path = ::leptos::wasm_split
        )]
        $(#[$meta])*
        $vis fn $name($($arg: $ty),*) -> Result<$crate::split::in_part!(@ret $($ret)?), ::leptos::wasm_split::SplitLoaderError> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> Result<$crate::split::in_part!(@ret $($ret)?), ::leptos::wasm_split::SplitLoaderError> {
            Ok($body)
        }

        $(
            #[cfg(not(feature = "split"))]
            $vis async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
                Ok(())
            }
        )?
    };
}
pub(crate) use in_part;
