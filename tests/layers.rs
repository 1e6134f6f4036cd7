//! The README's dependency rule, kept: the UI reaches plans, files and storage only
//! through `state`, and the domain names nothing of the browser or of the layers above.

fn sources(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack =
        vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src")).join(dir)];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source file");
                out.push((path.display().to_string(), text));
            }
        }
    }
    assert!(!out.is_empty(), "no sources under {dir}");
    out
}

#[test]
fn the_ui_goes_through_state_only() {
    for (path, text) in sources("ui") {
        for forbidden in ["crate::format", "crate::storage"] {
            assert!(
                !text.contains(forbidden),
                "{path} names {forbidden}: go through crate::state"
            );
        }
    }
}

#[test]
fn the_domain_names_no_layer_above_it_and_no_browser() {
    for (path, text) in sources("domain") {
        // Its tests may check a plan against the file rules; its code may not.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for forbidden in [
            "crate::format",
            "crate::storage",
            "crate::state",
            "crate::ui",
            "web_sys",
            "leptos",
        ] {
            assert!(!text.contains(forbidden), "{path} names {forbidden}");
        }
    }
}
