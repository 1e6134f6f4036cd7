//! A key result's grade and short retrospective: what we learned, what we carry into the
//! next period. Open by default once the period has ended; a toggle before that.

use super::text::fmt_grade;
use super::use_trends;
use crate::domain::trends::{grade_label, KrTrend};
use crate::domain::Id;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Retro(id: Id, trend: Memo<Option<KrTrend>>) -> impl IntoView {
    let app = use_app();
    let trends = use_trends();
    let ended = trends
        .trend
        .with_untracked(|t| t.as_ref().is_some_and(|t| t.as_of >= t.period.end));
    let open = RwSignal::new(ended);
    let kid = id.clone();
    let retro = Memo::new(move |_| {
        app.with_plan(|p| {
            p.and_then(|p| p.key_result(&kid))
                .map(|k| k.retrospective.clone())
        })
        .unwrap_or_default()
    });
    let grade = move || {
        trend.with(|t| match t.as_ref().and_then(|t| t.grade) {
            Some(g) => format!("Grade {} · {}", fmt_grade(g), grade_label(g)),
            None => "Not graded yet: it needs a baseline, a target and a check-in.".into(),
        })
    };
    let panel_id = format!("retro-{id}");
    let learned_id = format!("{panel_id}-learned");
    let next_id = format!("{panel_id}-next");
    let id = StoredValue::new(id);
    let save = move |field: fn(&mut crate::domain::Retrospective) -> &mut String, text: String| {
        id.with_value(|id| app.edit_key_result(id, |k, _| *field(&mut k.retrospective) = text));
    };
    let heading = if ended {
        "Grade and retrospective"
    } else {
        "Grade so far and retrospective"
    };
    view! {
        <div class="retro">
            <button
                type="button"
                class="retro-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {heading}
            </button>
            <div id=panel_id class="retro-panel">
                <Show when=move || open.get()>
                    <p class="retro-grade" data-testid="kr-grade">
                        {grade}
                    </p>
                    <p class="hint">
                        "0.6–0.7 on an ambitious key result is a success; a lower score after an honest stretch is something to learn from."
                    </p>
                    <label for=learned_id.clone()>"What we learned"</label>
                    <textarea
                        id=learned_id.clone()
                        rows="2"
                        prop:value=move || retro.with(|r| r.learned.clone())
                        on:input=move |ev| save(|r| &mut r.learned, event_target_value(&ev))
                    ></textarea>
                    <label for=next_id.clone()>"What we carry into next quarter"</label>
                    <textarea
                        id=next_id.clone()
                        rows="2"
                        prop:value=move || retro.with(|r| r.next.clone())
                        on:input=move |ev| save(|r| &mut r.next, event_target_value(&ev))
                    ></textarea>
                </Show>
            </div>
        </div>
    }
}
