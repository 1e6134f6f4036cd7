//! A chart element driven by charming. It renders when mounted, follows its data,
//! and disposes of the ECharts instance when its screen closes, so nothing leaks.
//!
//! Charts are built with charming's types and handed to ECharts as JSON text. charming's
//! own `WasmRenderer` converts through serde-wasm-bindgen, which compiles a second copy of
//! the serialisation code of every chart type into the wasm; the app already ships
//! serde_json, so this keeps the download small.

use charming::Chart;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    type EchartsInstance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn echarts_init(element: &web_sys::Element) -> EchartsInstance;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &EchartsInstance, option: JsValue, not_merge: bool);

    #[wasm_bindgen(method)]
    fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

/// A chart as the JSON text ECharts reads. Charts are compared and stored as this text,
/// which keeps charming's large types out of memos (no deep compare or clone of a Chart).
pub fn chart_json(chart: &Chart) -> String {
    serde_json::to_string(chart).unwrap_or_default()
}

fn show(instance: &EchartsInstance, option_json: &str) {
    if let Ok(option) = json_parse(option_json) {
        instance.set_option(option, true);
    }
}

#[component]
pub fn EChart(
    /// The chart as JSON (see `chart_json`); redrawn whenever it changes.
    chart: Memo<String>,
    /// What the chart shows, for screen readers.
    label: String,
    #[prop(default = 280)] height: u32,
) -> impl IntoView {
    let element = NodeRef::<leptos::html::Div>::new();
    let instance = StoredValue::new_local(None::<EchartsInstance>);
    Effect::new(move |_| {
        let spec = chart.get();
        let Some(el) = element.get() else { return };
        instance.update_value(|slot| {
            let chart = slot.get_or_insert_with(|| echarts_init(&el));
            show(chart, &spec);
        });
    });
    on_cleanup(move || {
        instance.update_value(|slot| {
            if let Some(chart) = slot.take() {
                chart.dispose();
            }
        })
    });
    view! {
        <div
            node_ref=element
            class="chart"
            style:height=format!("{height}px")
            role="img"
            aria-label=label
        ></div>
    }
}
