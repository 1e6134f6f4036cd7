//! The classes a word or phrase can belong to, as bits: one word may have several
//! ("post" is an activity verb and an activity noun). `lexicon.rs` fills them.

/// Verbs whose object is done or not done: "Launch a newsletter".
pub const MILESTONE: u32 = 1 << 0;
/// Milestone verbs that turn an objective into a project ("Migrate to a new CRM").
/// "Build" and "create" are left out: "Build a channel that..." is a fine objective.
pub const PROJECT: u32 = 1 << 1;
/// Verbs that describe work being done: "Write", "Run", "Attend".
pub const ACTIVITY_VERB: u32 = 1 << 2;
/// Verbs too general to say anything on their own ("make", "get", "have").
pub const GENERIC: u32 = 1 << 3;
/// Things the team produces or does: articles, webinars, calls.
pub const ACTIVITY_NOUN: u32 = 1 << 4;
/// Outcomes that can be measured: traffic, conversion, leads, revenue.
pub const METRIC: u32 = 1 << 5;
/// Verbs that move a metric: increase, cut, reach, generate.
pub const CHANGE: u32 = 1 << 6;
/// Verbs that multiply a metric: double, halve.
pub const RELATIVE_VERB: u32 = 1 << 7;
/// Words that wish without measuring: improve, better, optimize.
pub const VAGUE: u32 = 1 << 8;
/// Empty superlatives: best, world-class, #1.
pub const SUPERLATIVE: u32 = 1 << 9;
/// Metrics the team cannot steer or that swing on outside events.
pub const VOLATILE: u32 = 1 << 10;
/// Social networks: a metric read on one network alone depends on its algorithm.
pub const NETWORK: u32 = 1 << 11;
/// Words that turn the following number into a threshold: under, at least.
pub const COMPARATOR: u32 = 1 << 12;
/// How often: every day, weekly, per month.
pub const FREQUENCY: u32 = 1 << 13;
/// Units written after a number: minutes, points, percent.
pub const UNIT: u32 = 1 << 14;
/// Words that introduce the method ("through", "via"): the how belongs in projects.
pub const HOW: u32 = 1 << 15;
/// Function words that end a noun phrase.
pub const STOP: u32 = 1 << 16;
/// "be", "become": an objective-like wish, not a result.
pub const BE: u32 = 1 << 17;
/// Words that make the number before them a change: "30% more", "20% increase".
pub const RELATIVE_MARK: u32 = 1 << 18;
/// Month names and period words: a number next to them is a date, not a target.
pub const DATE: u32 = 1 << 19;
/// Platform-dependent counts (likes, mentions) that become volatile on a single network.
pub const PLATFORM_COUNT: u32 = 1 << 20;
/// Words that mean "done": launched, live, in place.
pub const DONE: u32 = 1 << 21;
/// Verbs of winning something countable: secure, win, sign, land.
pub const ACQUIRE: u32 = 1 << 22;
/// Verbs that say which way a metric moves: increase, reduce.
pub const DIRECTION: u32 = 1 << 23;
/// "Quarter over quarter": the target is a change against the previous period.
pub const PERIOD_OVER: u32 = 1 << 24;
/// Verbs that push a metric down: reduce, cut, halve.
pub const DOWN_VERB: u32 = 1 << 25;
/// Metrics that are better when lower: costs, churn, bounce rate.
pub const DOWN_METRIC: u32 = 1 << 26;
/// What the team puts in rather than what the market gives back: budget, spend, output.
pub const INPUT: u32 = 1 << 27;
/// Nouns that name the making of a thing: "Implementation of the MVP", "Launch of the app".
pub const MAKING: u32 = 1 << 28;
/// Verbs of finding out (research, evaluate, test): work whose result is knowledge, not a
/// thing delivered.
pub const INQUIRY: u32 = 1 << 29;
/// Things a product team ships, counted one by one: "Ship 3 features", "Two new
/// integrations". Each is done or not, so a count of them is a set of milestones.
pub const SHIPPED: u32 = 1 << 30;
/// Roles people are hired into: "Add 1 full-time Rust developer" is a hire.
pub const ROLE: u32 = 1 << 31;

/// Verb classes: a lead with none of them is the subject of the sentence, not its verb.
pub const VERBS: u32 = CHANGE | MILESTONE | PROJECT | ACTIVITY_VERB | GENERIC | DIRECTION | ACQUIRE;
/// The verbs that ask the team to do something: all but the too general ones ("make").
pub const DOING: u32 = VERBS & !GENERIC;
