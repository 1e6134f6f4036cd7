//! Feeds generated inputs to the importer and checks it never panics and that every refusal
//! has a message. Inputs are valid plan files mutated in the ways real files break or are
//! made to break: flipped bytes, cut-off downloads, inserted markup, huge numbers, deep
//! nesting, wrong types at random places, duplicated ids, odd versions and dates, and
//! random JSON.
//!
//! Run: `cargo run --release --example fuzz_import -- 1000000 [seed]`.
//! The quick version (20,000 inputs) runs in `cargo test` from tests/format_props.rs.
//! Each input is made from (seed, index) alone, so a failure names what reproduces it.

use okr_studio::domain::{Confidence, IdGen, Period, Plan};
use okr_studio::format::{parse_plan_file, to_json, PlanFile, PLAN_FILE_FORMAT};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// Small, fast, good enough to spread mutations: splitmix64.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64, index: u64) -> Self {
        Rng(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What a run saw: how many inputs, how many were accepted, and refusals by kind.
#[derive(Debug, Default)]
pub struct Stats {
    pub inputs: u64,
    pub accepted: u64,
    pub refused: BTreeMap<String, u64>,
}

/// The valid files every input starts from: a current file and a version 1 file.
pub fn seeds() -> Vec<Value> {
    let mut ids = IdGen::new(11);
    let period = Period::quarter(2027, 1).unwrap_or_else(|| unreachable!());
    let mut plan = Plan::new(&mut ids, "Growth marketing", period);
    plan.add_not_going(&mut ids, "No paid TikTok");
    for o in 0..2 {
        let oid = plan.add_objective(&mut ids, &format!("Become the go-to source {o}"));
        for k in 0..2 {
            let Some(objective) = plan.objective_mut(&oid) else {
                continue;
            };
            let kid =
                objective.add_key_result(&mut ids, &format!("Grow MQLs from 120 to 300 ({k})"));
            let Some(kr) = plan.key_result_mut(&kid) else {
                continue;
            };
            kr.baseline = Some(120.0);
            kr.target = Some(300.0);
            for (d, c) in [
                (7, Confidence::Green),
                (14, Confidence::Yellow),
                (21, Confidence::Red),
            ] {
                let day = period.start + chrono::Days::new(d);
                kr.add_check_in(
                    &mut ids,
                    day,
                    100.0 + d as f64 * 1.5,
                    c,
                    "webinar leads, \"up\"",
                );
            }
        }
    }
    // Stamped, edited and with deletions, as the app writes version 3: stamps, edits,
    // ranks, tombstones with content and people are all there to be mangled.
    let mut clock = okr_studio::domain::stamp::Clock::new("fuzz01");
    okr_studio::domain::sync::stamp_changes(None, &mut plan, &mut clock, 1_800_000_000_000, "Ana");
    let before = plan.clone();
    if let Some(o) = plan.objectives.first_mut() {
        o.title.push_str(", renamed");
        if let Some(k) = o.key_results.first_mut() {
            k.check_ins.pop();
        }
        o.key_results.pop();
    }
    okr_studio::domain::sync::stamp_changes(
        Some(&before),
        &mut plan,
        &mut clock,
        1_800_000_060_000,
        "Ana",
    );
    let v1_plan = okr_studio::domain::sync::unstamped(&plan);
    let file = PlanFile::new(vec![plan], "2027-01-02T10:00:00Z".into());
    let current = serde_json::to_value(&file).unwrap_or(Value::Null);
    let mut v1 =
        serde_json::to_value(PlanFile::new(vec![v1_plan], String::new())).unwrap_or(Value::Null);
    v1["version"] = json!(1);
    strip_updated_at(&mut v1);
    vec![current, v1]
}

fn strip_updated_at(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("updated_at");
            map.values_mut().for_each(strip_updated_at);
        }
        Value::Array(list) => list.iter_mut().for_each(strip_updated_at),
        _ => {}
    }
}

const MARKUP: [&str; 5] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "javascript:alert(1)",
    "{{constructor.constructor('alert(1)')()}}",
];
const NUMBERS: [&str; 9] = [
    "1e308",
    "1e400",
    "-1e999",
    "18446744073709551616",
    "-0",
    "1e-400",
    "1.7976931348623157e309",
    "123456789012345678901234567890",
    "0.1e1000000",
];
const DATES: [&str; 8] = [
    "0000-01-01",
    "1969-12-31",
    "2201-01-01",
    "+275760-09-13",
    "2027-02-30",
    "2027-13-01",
    "27-01-01",
    "2027-01-01T00:00:00Z",
];

/// A random JSON value of at most `depth` levels.
pub fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth == 0 { 6 } else { 8 }) {
        0 => Value::Null,
        1 => json!(rng.below(2) == 1),
        2 => json!(rng.next_u64() as i64),
        3 => json!(f64::from_bits(rng.next_u64() & 0x7FEF_FFFF_FFFF_FFFF)),
        4 => json!(*rng.pick(&MARKUP)),
        5 => json!(*rng.pick(&DATES)),
        6 => Value::Array(
            (0..rng.below(4))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        _ => {
            let keys = [
                "id",
                "title",
                "plans",
                "objectives",
                "key_results",
                "check_ins",
                "date",
                "value",
                "x",
            ];
            let map = (0..rng.below(4))
                .map(|_| (rng.pick(&keys).to_string(), random_value(rng, depth - 1)))
                .collect();
            Value::Object(map)
        }
    }
}

/// A random place in `value`: an object field or a list item, as a mutable reference.
fn random_spot<'a>(rng: &mut Rng, value: &'a mut Value) -> &'a mut Value {
    let mut here = value;
    loop {
        let len = match &*here {
            Value::Object(map) => map.len(),
            Value::Array(list) => list.len(),
            _ => 0,
        };
        if len == 0 || rng.below(4) == 0 {
            return here;
        }
        let at = rng.below(len);
        here = match here {
            Value::Object(map) => match map.values_mut().nth(at) {
                Some(v) => v,
                None => unreachable!(),
            },
            Value::Array(list) => &mut list[at],
            _ => unreachable!(),
        };
    }
}

/// One mutation on the tree; the caller serialises it.
fn mutate_tree(rng: &mut Rng, value: &mut Value) {
    match rng.below(7) {
        0 => *random_spot(rng, value) = random_value(rng, 3),
        1 => *random_spot(rng, value) = json!(*rng.pick(&MARKUP)),
        2 => *random_spot(rng, value) = json!(*rng.pick(&DATES)),
        3 => {
            if let Some(envelope) = value.as_object_mut() {
                // Small numbers reach every branch (0, older, current, newer); the rest odd types.
                let version = match rng.below(2) {
                    0 => json!(rng.below(5)),
                    _ => random_value(rng, 0),
                };
                envelope.insert("version".into(), version);
            }
        }
        4 => {
            let name = *rng.pick(&[PLAN_FILE_FORMAT, "okr-studio.storage", "", "OKR"]);
            if let Some(envelope) = value.as_object_mut() {
                envelope.insert("format".into(), json!(name));
            }
        }
        5 => {
            // Duplicate an id: copy one record's id onto another.
            let first = value.pointer("/plans/0/objectives/0/id").cloned();
            if let (Some(id), Some(spot)) = (
                first,
                value.pointer_mut("/plans/0/objectives/1/key_results/0/id"),
            ) {
                *spot = id;
            }
        }
        _ => {
            // Many records: repeat a key result's check-ins.
            if let Some(list) = value
                .pointer_mut("/plans/0/objectives/0/key_results/0/check_ins")
                .and_then(Value::as_array_mut)
            {
                let copy = list.clone();
                for _ in 0..rng.below(50) {
                    list.extend(copy.iter().cloned());
                }
            }
        }
    }
}

/// One mutation on the text.
fn mutate_text(rng: &mut Rng, text: &mut Vec<u8>) {
    let at = rng.below(text.len() + 1);
    match rng.below(7) {
        0 if !text.is_empty() => {
            let i = rng.below(text.len());
            text[i] = rng.next_u64() as u8;
        }
        1 => text.truncate(at),
        2 => insert(text, at, rng.pick(&MARKUP).as_bytes()),
        3 => insert(text, at, rng.pick(&NUMBERS).as_bytes()),
        4 => {
            let depth = 1 + rng.below(300);
            let mut nested = "[".repeat(depth).into_bytes();
            nested.extend(std::iter::repeat_n(b']', depth));
            insert(text, at, &nested);
        }
        5 => {
            let tokens: [&[u8]; 10] = [
                b"{", b"}", b"[", b"]", b"\"", b",", b":", b"\\", b"\\u00", b"null",
            ];
            let token: &[u8] = tokens[rng.below(tokens.len())];
            insert(text, at, token);
        }
        _ if at < text.len() => {
            let end = (at + rng.below(20)).min(text.len());
            text.drain(at..end);
        }
        _ => {}
    }
}

fn insert(text: &mut Vec<u8>, at: usize, what: &[u8]) {
    let at = at.min(text.len());
    text.splice(at..at, what.iter().copied());
}

/// The `index`-th input of a run with `seed`.
pub fn input(seeds: &[Value], seed: u64, index: u64) -> String {
    let mut rng = Rng::new(seed, index);
    let mut tree = rng.pick(seeds).clone();
    if rng.below(10) == 0 {
        // Random JSON, sometimes dressed as our envelope.
        tree = random_value(&mut rng, 5);
        if rng.below(2) == 0 {
            tree = json!({"format": PLAN_FILE_FORMAT, "version": 2, "plans": [tree]});
        }
    }
    for _ in 0..rng.below(3) {
        mutate_tree(&mut rng, &mut tree);
    }
    let mut bytes = to_json(&tree).unwrap_or_default().into_bytes();
    for _ in 0..rng.below(3) {
        mutate_text(&mut rng, &mut bytes);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

static CURRENT: AtomicU64 = AtomicU64::new(0);

/// Runs `count` inputs; panics (failing the caller) if an error has no message.
pub fn run(count: u64, seed: u64) -> Stats {
    let seeds = seeds();
    let mut stats = Stats::default();
    for index in 0..count {
        CURRENT.store(index, Ordering::Relaxed);
        let text = input(&seeds, seed, index);
        match parse_plan_file(&text) {
            Ok(_) => stats.accepted += 1,
            Err(e) => {
                let message = e.to_string();
                assert!(
                    !message.trim().is_empty(),
                    "input #{index} (seed {seed}): empty message for {e:?}"
                );
                let kind = format!("{e:?}");
                let kind = kind
                    .split([' ', '(', '{'])
                    .next()
                    .unwrap_or_default()
                    .to_string();
                *stats.refused.entry(kind).or_default() += 1;
            }
        }
        stats.inputs += 1;
    }
    stats
}

#[allow(dead_code)]
fn main() {
    let mut args = std::env::args().skip(1);
    let count = args
        .next()
        .and_then(|a| a.replace('_', "").parse().ok())
        .unwrap_or(1_000_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(2027);
    // The release profile aborts on panic, so say which input did it before that happens.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        eprintln!(
            "PANIC on input #{} (seed {seed}); reproduce with fuzz_import::input(&seeds(), {seed}, {})",
            CURRENT.load(Ordering::Relaxed),
            CURRENT.load(Ordering::Relaxed)
        );
        default_hook(info);
    }));
    let started = Instant::now();
    let stats = run(count, seed);
    let elapsed = started.elapsed();
    println!(
        "fuzz_import: {} inputs, seed {seed}, no panic, every refusal had a message",
        stats.inputs
    );
    println!("accepted: {}", stats.accepted);
    for (kind, n) in &stats.refused {
        println!("refused {kind}: {n}");
    }
    println!(
        "elapsed: {:.1} s ({:.1} µs per input)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / stats.inputs.max(1) as f64
    );
}
