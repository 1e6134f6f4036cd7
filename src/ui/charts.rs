//! A chart element driven by charming. It renders when mounted, follows its data,
//! and disposes of the ECharts instance when its screen closes, so nothing leaks.
//!
//! Charts are built with charming's types and handed to ECharts as JSON text. charming's
//! own `WasmRenderer` converts through serde-wasm-bindgen, which compiles a second copy of
//! the serialisation code of every chart type into the wasm; the app already ships
//! serde_json, so this keeps the download small.
//!
//! The number of live ECharts instances is kept on `<body data-live-charts="N">`, so tests
//! can check that closing a screen disposes of every chart it drew. In a dark colour
//! scheme charts use ECharts' dark theme (on a transparent background), and `Palette`
//! hands chart builders the stylesheet's own colours.

use super::echarts::{echarts, Loading};
use super::near::near_signal;
use crate::domain::display::chart_point_text;
use charming::Chart;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    type EchartsInstance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn echarts_init(element: &web_sys::Element, theme: JsValue) -> EchartsInstance;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &EchartsInstance, option: JsValue, not_merge: bool);

    #[wasm_bindgen(method)]
    fn dispose(this: &EchartsInstance);

    /// Listens to a chart event ("click").
    #[wasm_bindgen(method)]
    fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);

    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;

    /// The computed style of an element (CSS custom properties included).
    type ComputedStyle;

    #[wasm_bindgen(js_name = getComputedStyle)]
    fn computed_style(element: &web_sys::Element) -> ComputedStyle;

    #[wasm_bindgen(method, js_name = getPropertyValue)]
    fn property(this: &ComputedStyle, name: &str) -> String;

    type MediaQueryList;

    #[wasm_bindgen(js_name = matchMedia)]
    fn match_media(query: &str) -> MediaQueryList;

    #[wasm_bindgen(method, getter)]
    fn matches(this: &MediaQueryList) -> bool;
}

thread_local! {
    static LIVE: std::cell::Cell<i32> = const { std::cell::Cell::new(0) };
}

/// Counts live chart instances and mirrors the count on `<body data-live-charts>`.
fn count_live(delta: i32) {
    let n = LIVE.with(|live| {
        live.set(live.get() + delta);
        live.get()
    });
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.set_attribute("data-live-charts", &n.to_string());
    }
}

fn dark_scheme() -> bool {
    match_media("(prefers-color-scheme: dark)").matches()
}

/// The stylesheet's colours (style/main.css custom properties), for chart builders.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub text: String,
    pub muted: String,
    pub border: String,
    pub accent: String,
    pub green: String,
    pub yellow: String,
    pub red: String,
}

impl Palette {
    /// Reads the current colours, falling back to the light scheme's.
    pub fn current() -> Palette {
        let style = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .map(|root| computed_style(&root));
        let read = |name: &str, fallback: &str| {
            style
                .as_ref()
                .map(|s| s.property(name).trim().to_string())
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| fallback.to_string())
        };
        Palette {
            text: read("--text", "#1c2030"),
            muted: read("--muted", "#5b6275"),
            border: read("--border", "#d9dce6"),
            accent: read("--accent", "#2f5bd3"),
            green: read("--green", "#137a40"),
            yellow: read("--yellow", "#8a6100"),
            red: read("--red", "#c23b2f"),
        }
    }
}

/// A chart as the JSON text ECharts reads. Charts are compared and stored as this text,
/// which keeps charming's large types out of memos (no deep compare or clone of a Chart).
pub fn chart_json(chart: &Chart) -> String {
    serde_json::to_string(chart).unwrap_or_default()
}

fn show(instance: &EchartsInstance, option_json: &str) {
    if let Ok(option) = json_parse(option_json) {
        text_tooltip(&option);
        hide_overlapping_labels(&option);
        instance.set_option(option, true);
    }
}

/// A time axis puts a month's name at its first day and keeps the day ticks around it, so
/// "Nov" ran into "29" beside it; ECharts can drop a label that would overlap another.
/// charming has no setter for it, so it is set on the parsed option, for every x axis.
fn hide_overlapping_labels(option: &JsValue) {
    use js_sys::{Array, Object, Reflect};
    let Ok(axes) = Reflect::get(option, &"xAxis".into()) else {
        return;
    };
    let list: Vec<JsValue> = if Array::is_array(&axes) {
        Array::from(&axes).iter().collect()
    } else if axes.is_object() {
        vec![axes]
    } else {
        Vec::new()
    };
    for axis in list {
        let label = match Reflect::get(&axis, &"axisLabel".into()) {
            Ok(l) if l.is_object() => l,
            _ => {
                let l: JsValue = Object::new().into();
                let _ = Reflect::set(&axis, &"axisLabel".into(), &l);
                l
            }
        };
        let _ = Reflect::set(&label, &"hideOverlap".into(), &JsValue::TRUE);
    }
}

thread_local! {
    /// The one tooltip formatter every chart shares (made once, kept for the page's life).
    static FORMATTER: js_sys::Function = Closure::<dyn Fn(JsValue) -> String>::new(tooltip_text)
        .into_js_value()
        .unchecked_into();
}

/// ECharts' HTML tooltip writes inline styles, which the page's Content-Security-Policy
/// blocks (an error per hover, and a tooltip without its layout). Rich text draws the
/// tooltip on the chart's canvas instead, and the app's own formatter writes its words.
/// A chart that brings a formatter template of its own keeps it.
fn text_tooltip(option: &JsValue) {
    use js_sys::Reflect;
    let Ok(tooltip) = Reflect::get(option, &"tooltip".into()) else {
        return;
    };
    if !tooltip.is_object() {
        return;
    }
    let _ = Reflect::set(&tooltip, &"renderMode".into(), &"richText".into());
    if !Reflect::has(&tooltip, &"formatter".into()).unwrap_or(true) {
        FORMATTER
            .with(|f| Reflect::set(&tooltip, &"formatter".into(), f))
            .ok();
    }
}

/// ECharts' tooltip parameters (one point, or one per series on an axis) as the app's words.
fn tooltip_text(params: JsValue) -> String {
    use js_sys::{Array, Reflect};
    let text = |item: &JsValue, key: &str| {
        Reflect::get(item, &key.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let items: Vec<JsValue> = if Array::is_array(&params) {
        Array::from(&params).iter().collect()
    } else {
        vec![params]
    };
    let mut heading = None;
    let mut values = Vec::new();
    for item in &items {
        let value = Reflect::get(item, &"value".into()).unwrap_or(JsValue::NULL);
        // Dated series hold [day, value]; a bar holds the value, its axis names the key
        // result and its own name says its status.
        let (name, note, value) = if Array::is_array(&value) {
            let pair = Array::from(&value);
            let day = pair.get(0).as_string().unwrap_or_default();
            (day, String::new(), pair.get(1).as_f64())
        } else {
            let axis = text(item, "axisValueLabel");
            let own = text(item, "name");
            if axis.is_empty() || axis == own {
                (own, String::new(), value.as_f64())
            } else {
                (axis, own, value.as_f64())
            }
        };
        heading.get_or_insert(name);
        if let Some(v) = value {
            values.push((text(item, "seriesName"), v, note));
        }
    }
    let values: Vec<(&str, f64, &str)> = values
        .iter()
        .map(|(s, v, n)| (s.as_str(), *v, n.as_str()))
        .collect();
    chart_point_text(&heading.unwrap_or_default(), &values)
}

/// Hands a clicked item's `data.goto` to `cb`. The closure lives as long as the page: a
/// chart is made once per screen visit and its instance disposed of with it.
fn listen_clicks(instance: &EchartsInstance, cb: Callback<String>) {
    let handler = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
        let target = js_sys::Reflect::get(&params, &"data".into())
            .and_then(|d| js_sys::Reflect::get(&d, &"goto".into()))
            .ok()
            .and_then(|t| t.as_string())
            .filter(|t| !t.is_empty());
        if let Some(t) = target {
            cb.run(t);
        }
    })
    .into_js_value();
    instance.on("click", handler.unchecked_ref());
}

#[component]
pub fn EChart(
    /// The chart as JSON (see `chart_json`); redrawn whenever it changes.
    chart: Memo<String>,
    /// What the chart shows, for screen readers (and tests); may follow the data.
    #[prop(into)]
    label: Signal<String>,
    #[prop(default = 280)] height: u32,
    /// Draw only once the chart comes near the viewport, so a screen of hundreds of
    /// charts opens fast. Its JSON is not even built before then.
    #[prop(default = false)]
    lazy: bool,
    /// Called with a clicked item's `goto` field (set by the chart's builder), if any.
    #[prop(optional)]
    on_click: Option<Callback<String>>,
) -> impl IntoView {
    let element = NodeRef::<leptos::html::Div>::new();
    let instance = StoredValue::new_local(None::<EchartsInstance>);
    let near = near_signal(element, !lazy, "300px 0px");
    Effect::new(move |_| {
        let Some(el) = element.get() else { return };
        if !near.get() || echarts() != Loading::Ready {
            return;
        }
        let spec = chart.get();
        instance.update_value(|slot| {
            let chart = slot.get_or_insert_with(|| {
                let theme = if dark_scheme() {
                    JsValue::from_str("dark")
                } else {
                    JsValue::NULL
                };
                let instance = echarts_init(&el, theme);
                count_live(1);
                if let Some(cb) = on_click {
                    listen_clicks(&instance, cb);
                }
                instance
            });
            show(chart, &spec);
        });
    });
    on_cleanup(move || {
        instance.update_value(|slot| {
            if let Some(chart) = slot.take() {
                chart.dispose();
                count_live(-1);
            }
        })
    });
    view! {
        <div
            node_ref=element
            class="chart"
            style:height=format!("{height}px")
            role="img"
            aria-label=move || label.get()
        >
            {move || {
                (echarts() == Loading::Failed)
                    .then(|| {
                        view! {
                            <p class="chart-missing">
                                "This chart could not be drawn: reload the page to try again. The figures beside it are complete."
                            </p>
                        }
                    })
            }}
        </div>
    }
}
