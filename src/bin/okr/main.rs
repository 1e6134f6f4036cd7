//! `okr`: the native command-line companion of OKR Studio.
//! It runs the same domain code as the web app, on plan files and plain text.

mod import;
mod lint;
mod report;

use std::process::ExitCode;

const HELP: &str = "okr - OKR Studio on the command line

Usage:
  okr lint [--format text|jsonl] FILE|-     check key results with the maturity coach
  okr report FILE [--json] [--as-of DATE]   progress, status, forecast and trend flags
  okr import SHEET [--period 2027-Q1] [--dates dmy|mdy] [--team NAME] [--skip-bad-rows]
                                            a CSV or TSV sheet as a plan file on stdout
  okr --version                             print the version
  okr help                                  print this help

FILE is a plan file exported by the app (Data > Export); `okr lint` also reads plain
text with one key result per line.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("lint") => lint::run(&args[1..]),
        Some("report") => report::run(&args[1..]),
        Some("import") => import::run(&args[1..]),
        Some("--version" | "-V" | "version") => {
            println!("okr {}", okr_studio::format::APP_VERSION);
            ExitCode::SUCCESS
        }
        None | Some("help" | "--help" | "-h") => {
            println!("{HELP}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("okr: unknown command \"{other}\"; run `okr help`");
            ExitCode::from(2)
        }
    }
}
