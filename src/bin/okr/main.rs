//! `okr`: the native command-line companion of OKR Studio.
//! It runs the same domain code as the web app, on plan files and plain text.

use std::process::ExitCode;

const HELP: &str = "okr - OKR Studio on the command line

Usage:
  okr --version                             print the version
  okr help                                  print this help

Later commands (lint, report) read the plan files the app exports (Data > Export).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
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
