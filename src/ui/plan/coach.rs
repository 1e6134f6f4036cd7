//! The coach's voice in the editor: a verdict badge, findings with their trigger words
//! highlighted, the two maturing questions, and a rewrite to apply in one click.

use crate::domain::maturity::{
    assess_key_result, assess_text, highlight, Finding, KrAssessment, Severity, Verdict,
};
use crate::domain::KeyResult;
use crate::ui::fields::TextField;
use leptos::prelude::*;

pub fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Mature => "Measurable",
        Verdict::Binary => "Milestone",
        Verdict::Task => "Task",
        Verdict::Vague => "Vague",
    }
}

/// The coach's reading of a key result, recomputed only when that key result changes:
/// the verdict for the badge and the whole assessment for the advice.
pub fn coach_reading(kr: Memo<Option<KeyResult>>) -> (Signal<Verdict>, Signal<KrAssessment>) {
    let assessment = Memo::new(move |_| {
        kr.with(|k| {
            k.as_ref()
                .map_or_else(|| assess_text(""), assess_key_result)
        })
    });
    (
        Signal::derive(move || assessment.with(|a| a.verdict)),
        assessment.into(),
    )
}

/// A key result's title as an input, with the coach's badge before it and its advice
/// under it; `children` go at the end of the line (the editor puts progress there).
#[component]
pub fn CoachedTitle(
    #[prop(into)] input_id: String,
    kr: Memo<Option<KeyResult>>,
    set_title: Callback<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let title = Signal::derive(move || {
        kr.with(|k| k.as_ref().map(|k| k.title.clone()).unwrap_or_default())
    });
    let (verdict, coach) = coach_reading(kr);
    view! {
        <div class="kr-line">
            <VerdictBadge verdict=verdict />
            <TextField
                id=input_id
                label="Key result"
                hide_label=true
                class="kr-title"
                value=title
                on_input=set_title
            />
            {children.map(|c| c())}
        </div>
        <KeyResultCoach assessment=coach text=title apply=set_title />
    }
}

#[component]
pub fn VerdictBadge(#[prop(into)] verdict: Signal<Verdict>) -> impl IntoView {
    view! {
        <span
            class=move || format!("verdict verdict-{}", verdict.get().as_str())
            data-testid="verdict"
            title="The coach's reading of this key result"
        >
            {move || verdict_label(verdict.get())}
        </span>
    }
}

pub(crate) fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Info => "finding info",
        Severity::Warning => "finding warning",
        Severity::Problem => "finding problem",
    }
}

/// Findings under a text, with the words that triggered them marked in a quote of it.
#[component]
pub fn FindingList(
    #[prop(into)] findings: Signal<Vec<Finding>>,
    #[prop(into)] text: Signal<String>,
) -> impl IntoView {
    let quoted = move || {
        let fs = findings.get();
        if fs.iter().all(|f| f.span.is_none()) {
            return Vec::new();
        }
        text.with(|t| highlight(t, &fs))
    };
    view! {
        <Show when=move || !findings.get().is_empty()>
            <div class="findings" data-testid="findings">
                <Show when=move || !quoted().is_empty()>
                    <p class="quoted">
                        {move || {
                            quoted()
                                .into_iter()
                                .map(|(piece, hit)| {
                                    if hit {
                                        view! { <mark>{piece}</mark> }.into_any()
                                    } else {
                                        view! { <span>{piece}</span> }.into_any()
                                    }
                                })
                                .collect_view()
                        }}
                    </p>
                </Show>
                <ul>
                    {move || {
                        findings
                            .get()
                            .into_iter()
                            .map(|f| {
                                view! { <li class=severity_class(f.severity)>{f.message}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// The coach's full advice on a key result: findings, the two questions, the rewrite.
#[component]
pub fn KeyResultCoach(
    #[prop(into)] assessment: Signal<KrAssessment>,
    #[prop(into)] text: Signal<String>,
    #[prop(into)] apply: Callback<String>,
) -> impl IntoView {
    let findings = Signal::derive(move || assessment.with(|a| a.findings.clone()));
    let questions = move || assessment.with(|a| a.questions.clone());
    let suggestion = move || assessment.with(|a| a.suggestion.clone());
    view! {
        <div class="coach">
            <FindingList findings=findings text=text />
            <Show when=move || !questions().is_empty()>
                <ul class="questions">
                    {move || questions().into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
                </ul>
            </Show>
            {move || {
                suggestion()
                    .map(|s| {
                        let rewrite = s.clone();
                        view! {
                            <p class="suggestion">
                                <span>"Try: "</span>
                                <q>{s}</q>
                                <button class="link" on:click=move |_| apply.run(rewrite.clone())>
                                    "Apply rewrite"
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
