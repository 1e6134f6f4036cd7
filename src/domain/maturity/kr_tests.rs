use super::*;
use crate::domain::model::Unit;
use crate::domain::Id;

fn verdict(text: &str) -> Verdict {
    assess_text(text).verdict
}

fn codes(text: &str) -> Vec<&'static str> {
    assess_text(text).findings.iter().map(|f| f.code).collect()
}

fn spanned<'t>(text: &'t str, code: &str) -> &'t str {
    let a = assess_text(text);
    let span = a
        .findings
        .iter()
        .find(|f| f.code == code)
        .and_then(|f| f.span);
    span.map_or("", |s| &text[s.start..s.end])
}

#[test]
fn the_four_kinds_are_told_apart() {
    assert_eq!(
        verdict("Grow organic traffic from 5,000 to 15,000 visits/month"),
        Verdict::Mature
    );
    assert_eq!(verdict("Launch a content strategy"), Verdict::Binary);
    assert_eq!(verdict("Write 10 articles"), Verdict::Task);
    assert_eq!(verdict("Improve brand awareness"), Verdict::Vague);
}

#[test]
fn numbers_alone_do_not_make_a_key_result_mature() {
    // A count of work is a task, even with a change verb in front.
    assert_eq!(
        verdict("Increase the number of blog posts to 20"),
        Verdict::Task
    );
    // Dates and quarter names are not targets.
    assert_eq!(verdict("Launch the new site by March 15"), Verdict::Binary);
    assert_eq!(
        verdict("Finalize the Q3 campaign calendar"),
        Verdict::Binary
    );
    assert_eq!(verdict("Go live in 2027"), Verdict::Binary);
    // A year after "the" names an edition, not a count of things to produce.
    assert_eq!(
        verdict("Publish the 2027 brand guidelines"),
        Verdict::Binary
    );
    assert_eq!(verdict("Publish 12 brand guidelines"), Verdict::Task);
    // A hire is a milestone, one person or several: each joins or does not (the public
    // sets label "hiring 2 software developers", "Hire at least two Customer Engineers"
    // so). Several of a thing the team makes is a count of output.
    assert_eq!(verdict("Hire one content designer"), Verdict::Binary);
    assert_eq!(verdict("Hire 3 content designers"), Verdict::Binary);
    assert_eq!(verdict("Create 3 content designs"), Verdict::Task);
}

#[test]
fn thresholds_multipliers_and_fractions_are_targets() {
    for text in [
        "Keep churn below 2%",
        "Paid social CPA <= $40",
        "Double newsletter signups",
        "Cut paid spend per signup by a third",
        "3x more inbound demo requests",
        "Signups grow 40% quarter over quarter",
    ] {
        assert_eq!(verdict(text), Verdict::Mature, "{text}");
    }
    assert_eq!(verdict("Double down on content marketing"), Verdict::Vague);
}

#[test]
fn relative_targets_ask_for_a_baseline() {
    assert_eq!(
        spanned("Boost blog subscribers by 30%", "relative-no-baseline"),
        "by 30%"
    );
    assert_eq!(
        spanned("Double the number of demo requests", "relative-no-baseline"),
        "Double"
    );
    // "up from 25%" records the start, so no warning.
    let up_from = codes("Reach 40% of pipeline sourced by marketing, up from 25%");
    assert!(!up_from.contains(&"relative-no-baseline") && !up_from.contains(&"no-baseline"));
    assert_eq!(
        codes("Increase repeat purchase rate to 35%"),
        ["no-baseline"]
    );
    assert!(codes("Keep customer acquisition costs under $500/lead").is_empty());
}

#[test]
fn small_changes_look_like_routine_kpis() {
    assert_eq!(
        spanned("Grow MQLs from 120 to 130 per month", "routine-kpi"),
        "from 120 to 130"
    );
    assert!(codes("Reduce CPA by 10%").contains(&"routine-kpi"));
    assert!(!codes("Cut response time from 15 minutes to 1 minute").contains(&"routine-kpi"));
    let msg = assess_text("Reduce CPA by 10%").findings;
    assert!(msg.iter().any(|f| f.message.contains("-10%")), "{msg:?}");
}

#[test]
fn volatile_and_single_network_metrics_are_flagged() {
    assert_eq!(
        spanned("Rank in top 5 for our main keyword", "volatile-metric"),
        "Rank"
    );
    assert_eq!(
        spanned("Get 500 mentions on Twitter", "volatile-metric"),
        "Twitter"
    );
    assert!(
        !codes("Get 250 positive mentions on Twitter and LinkedIn").contains(&"volatile-metric")
    );
}

#[test]
fn the_how_belongs_in_projects() {
    let text = "Reduce CPA by 15% through optimization of ad campaigns";
    assert_eq!(
        spanned(text, "how-in-key-result"),
        "through optimization of ad campaigns"
    );
}

#[test]
fn weak_key_results_get_questions_and_a_rewrite() {
    let a = assess_text("Launch a newsletter");
    assert_eq!(
        a.questions[..2],
        ["How will we know we did this?", "Why do we need this?"]
    );
    assert_eq!(
        a.suggestion.as_deref(),
        Some("Grow newsletter subscribers from <baseline> to <target>")
    );
    assert_eq!(spanned("Launch a newsletter", "binary-milestone"), "Launch");
    assert_eq!(
        spanned("Co-publish a white paper", "binary-milestone"),
        "Co-publish"
    );
    let mature = assess_text("Lower CAC from $420 to $300");
    assert!(mature.questions.is_empty() && mature.suggestion.is_none());
}

#[test]
fn structured_fields_make_a_weak_title_measurable() {
    let mut kr = KeyResult::new(Id::from("kr"), "Do SEO properly");
    assert_eq!(assess_key_result(&kr).verdict, Verdict::Vague);
    kr.metric = "organic visits".into();
    kr.baseline = Some(5000.0);
    kr.target = Some(15000.0);
    let a = assess_key_result(&kr);
    assert_eq!(a.verdict, Verdict::Mature);
    assert_eq!(
        a.findings.iter().map(|f| f.code).collect::<Vec<_>>(),
        ["weak-title"]
    );
    assert_eq!(
        a.suggestion.as_deref(),
        Some("Grow organic visits from 5,000 to 15,000")
    );
}

#[test]
fn structured_checks_use_the_fields() {
    let mut kr = KeyResult::new(Id::from("kr"), "Cut CPA from $50 to $47");
    kr.metric = "CPA".into();
    kr.unit = Unit::Currency { code: "USD".into() };
    kr.kind = KrKind::Decrease;
    kr.baseline = Some(50.0);
    kr.target = Some(47.0);
    let codes: Vec<_> = assess_key_result(&kr)
        .findings
        .iter()
        .map(|f| f.code)
        .collect();
    assert_eq!(codes, ["routine-kpi"]);
    kr.target = Some(60.0);
    kr.title = "Cut CPA from $50 to $60".into();
    let codes: Vec<_> = assess_key_result(&kr)
        .findings
        .iter()
        .map(|f| f.code)
        .collect();
    assert!(codes.contains(&"target-wrong-way"), "{codes:?}");
}

#[test]
fn a_milestone_kind_is_binary_and_says_why() {
    let mut kr = KeyResult::new(Id::from("kr"), "Grow signups from 100 to 300");
    kr.kind = KrKind::Milestone;
    let a = assess_key_result(&kr);
    assert_eq!(a.verdict, Verdict::Binary);
    assert_eq!(a.findings[0].code, "binary-milestone");
    assert!(a.findings[0].message.contains("milestone"));
}

#[test]
fn odd_input_never_panics_and_spans_stay_on_char_boundaries() {
    for text in [
        "",
        "   ",
        "€",
        "→→",
        "$",
        "#",
        "1:",
        "5,",
        ".5%",
        "ÿ🙂 Grow 🙂 by 5%",
        "İstanbul ↑ 10x",
        "a/b/c-d--",
    ] {
        let a = assess_text(text);
        for f in &a.findings {
            if let Some(s) = f.span {
                assert!(text.get(s.start..s.end).is_some(), "{text:?} {s:?}");
            }
        }
    }
    assert_eq!(verdict(""), Verdict::Vague);
}

/// The word marked for a milestone is what makes it one: the launch verb, or the word that
/// says the thing is finished or true.
#[test]
fn a_milestone_marks_the_word_that_makes_it_one() {
    for (text, marked) in [
        ("Launch the partner portal", "Launch"),
        ("GDPR consent banner fully implemented", "implemented"),
        ("The partner portal supports deal registration", "supports"),
        ("Our pricing page has a self-serve checkout", "has"),
        ("An up-to-date sales playbook exists", "exists"),
    ] {
        assert_eq!(spanned(text, "binary-milestone"), marked, "{text}");
    }
}

/// A participle of a metric's verb is no metric to grow: the rewrite leaves a placeholder.
#[test]
fn a_rewrite_never_grows_a_participle() {
    let a = assess_text("Make the tutorials our most visited section");
    let rewrite = a.suggestion.expect("a wish gets a rewrite");
    assert!(!rewrite.contains("visited"), "{rewrite}");
}
