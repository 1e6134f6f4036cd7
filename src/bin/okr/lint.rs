//! `okr lint`: the maturity coach on a plan file or on plain text, one key result per line.
//! `okr lint --eval FILE.tsv` measures the coach on labelled key results.

use okr_studio::domain::maturity::{
    assess_key_result, assess_text, check_objective, check_plan, eval, KrAssessment, Verdict,
};
use okr_studio::domain::Plan;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "Usage: okr lint [--format text|jsonl] FILE|-
       okr lint --eval LABELLED.tsv

FILE is a plan file exported by the app, or plain text with one key result per line
(blank lines and lines starting with # are skipped); - reads standard input.
Exit status: 0 when every key result is mature, 1 when some are not, 2 on unreadable input.";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Jsonl,
}

enum Command {
    Help,
    Lint { format: Format, path: String },
    Eval { path: String },
}

/// One key result to report, with where it came from.
struct Item {
    /// Line number in a plain-text input.
    line: Option<usize>,
    /// Objective title and key-result id in a plan file.
    objective: Option<String>,
    id: Option<String>,
    text: String,
    assessment: KrAssessment,
}

pub fn run(args: &[String]) -> ExitCode {
    match parse_args(args) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Eval { path }) => {
            match read_input(&path).and_then(|t| eval::evaluate_tsv(&t)) {
                Ok(evaluation) => {
                    emit(&evaluation.report());
                    ExitCode::SUCCESS
                }
                Err(message) => fail(&message),
            }
        }
        Ok(Command::Lint { format, path }) => match read_input(&path).and_then(|t| lint(&t)) {
            Ok((items, notes)) => report(format, &items, &notes),
            Err(message) => fail(&message),
        },
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    // One line, whatever the cause: scripts read the first line of stderr.
    let one_line = message.replace(['\n', '\r'], " ");
    eprintln!("okr lint: {one_line}");
    ExitCode::from(2)
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut format = Format::Text;
    let mut path: Option<String> = None;
    let mut eval_path: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "--format" => {
                format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "jsonl" => Format::Jsonl,
                    other => return Err(format!("unknown format \"{other}\" (use text or jsonl)")),
                }
            }
            "--eval" => eval_path = Some(value("--eval")?),
            "-" => path = set_once(path, "-")?,
            f if f.starts_with('-') => {
                return Err(format!("unknown option \"{f}\"; run `okr lint --help`"))
            }
            file => path = set_once(path, file)?,
        }
        i += 1;
    }
    match (eval_path, path) {
        (Some(eval), None) => Ok(Command::Eval { path: eval }),
        (Some(_), Some(_)) => Err("--eval takes the labelled file only".into()),
        (None, Some(path)) => Ok(Command::Lint { format, path }),
        (None, None) => Err("missing FILE (use - to read standard input)".into()),
    }
}

fn set_once(current: Option<String>, new: &str) -> Result<Option<String>, String> {
    match current {
        Some(first) => Err(format!(
            "one FILE at a time (got \"{first}\" and \"{new}\")"
        )),
        None => Ok(Some(new.to_string())),
    }
}

fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let (name, result) = if path == "-" {
        (
            "standard input",
            std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ()),
        )
    } else {
        (
            path,
            std::fs::File::open(path)
                .and_then(|mut f| f.read_to_end(&mut bytes))
                .map(|_| ()),
        )
    };
    result.map_err(|e| format!("cannot read {name}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8 text"))?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// Key results to report, plus plan- and objective-level notes for the text report.
fn lint(text: &str) -> Result<(Vec<Item>, Vec<String>), String> {
    if text.trim_start().starts_with('{') {
        let file = okr_studio::format::parse_plan_file(text).map_err(|e| e.to_string())?;
        let mut items = Vec::new();
        let mut notes = Vec::new();
        for plan in &file.plans {
            plan_notes(plan, &mut notes);
            for o in &plan.objectives {
                for kr in &o.key_results {
                    items.push(Item {
                        line: None,
                        objective: Some(o.title.clone()),
                        id: Some(kr.id.to_string()),
                        text: kr.title.clone(),
                        assessment: assess_key_result(kr),
                    });
                }
            }
        }
        return Ok((items, notes));
    }
    let limit = okr_studio::format::validate::MAX_TEXT_CHARS;
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .collect();
    if lines.is_empty() {
        return Err("there is nothing to check: the input holds no key result (one per line, or a plan file)".into());
    }
    if let Some((n, line)) = lines
        .iter()
        .find(|(_, l)| l.len() > limit && l.chars().count() > limit)
    {
        return Err(format!(
            "line {n} is {} characters long; a key result is at most {limit} (is this a plan file or a spreadsheet?)",
            line.chars().count()
        ));
    }
    let items = lines
        .into_iter()
        .map(|(line, text)| Item {
            line: Some(line),
            objective: None,
            id: None,
            text: text.to_string(),
            assessment: assess_text(text),
        })
        .collect();
    Ok((items, Vec::new()))
}

fn plan_notes(plan: &Plan, notes: &mut Vec<String>) {
    let title = plan.title();
    for f in check_plan(plan) {
        let at = match (&f.objective, &f.key_result) {
            (_, Some(kr)) => format!(" (key result {kr})"),
            (Some(o), None) => format!(" (objective {o})"),
            _ => String::new(),
        };
        let (sev, code, msg) = (
            f.finding.severity.as_str(),
            f.finding.code,
            &f.finding.message,
        );
        notes.push(format!("{title}{at}: {sev} {code}: {msg}"));
    }
    for o in &plan.objectives {
        for f in check_objective(o) {
            let sev = f.severity.as_str();
            notes.push(format!(
                "objective \"{}\": {sev} {}: {}",
                o.title, f.code, f.message
            ));
        }
    }
}

fn report(format: Format, items: &[Item], notes: &[String]) -> ExitCode {
    let mut out = String::new();
    match format {
        Format::Jsonl => {
            for item in items {
                let a = &item.assessment;
                let mut value = serde_json::json!({
                    "text": item.text,
                    "verdict": a.verdict,
                    "findings": a.findings,
                    "questions": a.questions,
                    "suggestion": a.suggestion,
                });
                if let Some(map) = value.as_object_mut() {
                    if let Some(line) = item.line {
                        map.insert("line".into(), line.into());
                    }
                    if let Some(id) = &item.id {
                        map.insert("id".into(), id.clone().into());
                    }
                    if let Some(o) = &item.objective {
                        map.insert("objective".into(), o.clone().into());
                    }
                }
                out.push_str(&value.to_string());
                out.push('\n');
            }
        }
        Format::Text => text_report(items, notes, &mut out),
    }
    emit(&out);
    if items.iter().all(|i| i.assessment.is_mature()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn text_report(items: &[Item], notes: &[String], out: &mut String) {
    let mut counts = [0usize; 4];
    for item in items {
        let a = &item.assessment;
        counts[a.verdict.index()] += 1;
        let at = item.line.map(|l| format!("{l}: ")).unwrap_or_default();
        out.push_str(&format!("[{}] {at}{}\n", a.verdict, item.text));
        for f in &a.findings {
            out.push_str(&format!(
                "    {} {}: {}\n",
                f.severity.as_str(),
                f.code,
                f.message
            ));
        }
        if !a.questions.is_empty() {
            out.push_str(&format!("    ask: {}\n", a.questions.join(" / ")));
        }
        if let Some(s) = &a.suggestion {
            out.push_str(&format!("    try: {s}\n"));
        }
    }
    for note in notes {
        out.push_str(&format!("{note}\n"));
    }
    let parts: Vec<String> = Verdict::ALL
        .iter()
        .map(|v| format!("{} {v}", counts[v.index()]))
        .collect();
    out.push_str(&format!(
        "{} key results: {}\n",
        items.len(),
        parts.join(", ")
    ));
}

/// Writes to stdout; a closed pipe (`okr lint x | head`) is not an error worth a panic.
fn emit(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
