//! Verdicts per second of `assess_text` over the labelled corpus, repeated.
//! Run: `cargo bench --bench coach`. A plain timing loop: no harness, no dependency.

use okr_studio::domain::maturity::{assess_text, Verdict};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let corpus = include_str!("../tests/data/key-results.tsv");
    let texts: Vec<&str> = corpus
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t').map(|(_, text)| text))
        .collect();
    // Warm up: builds the word index once, as the app does on its first check.
    let mut mature = 0usize;
    for t in &texts {
        mature += usize::from(assess_text(t).verdict == Verdict::Mature);
    }
    let rounds = 2_000;
    let start = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            black_box(assess_text(black_box(t)));
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    let verdicts = rounds * texts.len();
    println!(
        "coach: {verdicts} verdicts in {elapsed:.3} s = {:.0} verdicts/second \
         ({} texts, {mature} mature)",
        verdicts as f64 / elapsed,
        texts.len()
    );
}
