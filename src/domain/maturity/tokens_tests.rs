use super::*;

fn nums(text: &str) -> Vec<Num> {
    tokenize(&text.to_ascii_lowercase())
        .iter()
        .filter_map(Token::num)
        .collect()
}

#[test]
fn reads_the_usual_ways_of_writing_numbers() {
    let n = nums("from 5,000 to 1.5% then $500k and 10K, 1:40 and 3x");
    let values: Vec<f64> = n.iter().map(|n| n.value).collect();
    assert_eq!(values, [5000.0, 1.5, 500_000.0, 10_000.0, 100.0, 3.0]);
    assert!(n[1].percent && n[2].currency && n[4].clock && n[5].times);
}

#[test]
fn a_comma_between_items_is_not_a_thousands_separator() {
    let values: Vec<f64> = nums("5, 10,50 and 1,000").iter().map(|n| n.value).collect();
    assert_eq!(values, [5.0, 10.0, 50.0, 1000.0]);
}

#[test]
fn euro_pound_and_arrows_are_understood() {
    let n = nums("Cut CPL from €70 → £45.5");
    assert!(n[0].currency && n[1].currency);
    assert_eq!(n[1].value, 45.5);
    let t = tokenize("a → b");
    assert!(t[1].is_punct(b'>'));
}

#[test]
fn words_keep_byte_offsets_and_letters_with_digits_stay_words() {
    let text = "Finalize the Q3 café plan";
    let t = tokenize(&text.to_ascii_lowercase());
    let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
    assert_eq!(words, ["Finalize", "the", "Q3", "café", "plan"]);
    assert!(t.iter().all(Token::is_word));
}

#[test]
fn ordinals_and_ranks_are_marked() {
    let n = nums("3rd place, #1 brand");
    assert!(n.iter().all(|n| n.ordinal));
}
