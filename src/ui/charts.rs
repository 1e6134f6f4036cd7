//! A chart element driven by charming. It renders when mounted, follows its data,
//! and disposes of the ECharts instance when its screen closes, so nothing leaks.

use charming::{Chart, Echarts, WasmRenderer};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `echarts.dispose(instance)`: charming 0.6 has no binding for it.
    #[wasm_bindgen(js_namespace = echarts, js_name = dispose)]
    fn dispose_chart(chart: &JsValue);
}

#[component]
pub fn EChart(
    /// The element id ECharts draws into; unique on the page.
    id: String,
    /// Builds the chart; re-run whenever the data it reads changes.
    chart: Memo<Chart>,
    #[prop(default = 280)] height: u32,
) -> impl IntoView {
    let instance = StoredValue::new(None::<Echarts>);
    let element_id = id.clone();
    Effect::new(move |_| {
        let spec = chart.get();
        instance.update_value(|slot| match slot {
            Some(echarts) => WasmRenderer::update(echarts, &spec),
            None => {
                *slot = WasmRenderer::new_opt(None, Some(height))
                    .render(&element_id, &spec)
                    .ok()
            }
        });
    });
    on_cleanup(move || {
        instance.update_value(|slot| {
            if let Some(echarts) = slot.take() {
                dispose_chart(echarts.as_ref());
            }
        })
    });
    view! { <div id=id class="chart" style=format!("height:{height}px") role="img"></div> }
}
