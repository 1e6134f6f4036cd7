use super::super::classes::*;
use super::super::tokens::tokenize;
use super::*;

fn tags_of(text: &str) -> (Vec<Token>, Vec<Tag>) {
    let lower = text.to_ascii_lowercase();
    let mut tokens = tokenize(&lower);
    let tags = tag(&lower, &mut tokens);
    (tokens, tags)
}

#[test]
fn stems_find_base_forms() {
    let lex = lexicon();
    assert_eq!(lookup(lex, "webinars").map(|h| h.0), Some("webinar"));
    assert_eq!(lookup(lex, "activities"), None);
    assert_eq!(lookup(lex, "launches").map(|h| h.0), Some("launch"));
    assert_eq!(lookup(lex, "planned").map(|h| h.0), None);
    assert_eq!(lookup(lex, "shipped").map(|h| h.0), Some("shipped"));
    assert_eq!(lookup(lex, "mapped").map(|h| h.0), Some("map"));
    assert_eq!(lookup(lex, "defined").map(|h| h.0), Some("define"));
    assert_eq!(lookup(lex, "running").map(|h| h.0), Some("run"));
    assert_eq!(lookup(lex, "grows").map(|h| h.0), Some("grow"));
    assert_eq!(lookup(lex, "thing"), None);
}

#[test]
fn phrases_span_hyphens_and_plurals() {
    let (_, tags) = tags_of("Co-publish case studies on open rates");
    assert!(tags[0].phrase & MILESTONE != 0);
    assert_eq!(tags[0].phrase_end, 3);
    assert!(tags[3].phrase & ACTIVITY_NOUN != 0);
    assert!(tags[6].phrase & METRIC != 0);
}

#[test]
fn number_words_become_numbers_but_not_before_of() {
    let (tokens, _) = tags_of("Secure five interviews, one of them live");
    assert_eq!(tokens[1].num().map(|n| n.value), Some(5.0));
    assert!(tokens[4].is_word());
    let (tokens, _) = tags_of("Be the one that counts");
    assert!(tokens.iter().all(|t| t.num().is_none()));
}
