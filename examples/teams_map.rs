//! Prints a stored state of five teams' plans that serve the same three company goals:
//! 50 key results and 100 bets each (250 and 500 in all), each bet with a budget.
//! Used by `tests/perf/map.mjs` (`make bench-map`).
//!
//! Run: `cargo run --release --example teams_map > teams.json`.

use okr_studio::domain::load_test::load_test_plan;
use okr_studio::domain::{IdGen, Period, ProjectStatus};
use okr_studio::format::{to_json, StoredState};
use std::process::ExitCode;

fn main() -> ExitCode {
    let period = Period::quarter_of(chrono::Local::now().date_naive());
    let mut ids = IdGen::new(2028);
    let goals = [
        "Double new annual recurring revenue",
        "Keep net revenue retention above 110%",
        "Enter the German market",
    ];
    let statuses = [
        ProjectStatus::Running,
        ProjectStatus::Worked,
        ProjectStatus::Failed,
    ];
    let mut plans = Vec::new();
    for team in [
        "Content",
        "Paid media",
        "Brand",
        "Lifecycle",
        "Partnerships",
    ] {
        let mut plan = load_test_plan(&mut ids, period, 10, 5, 4);
        plan.team = team.into();
        let goal_ids: Vec<_> = goals
            .iter()
            .map(|g| plan.add_business_goal(&mut ids, g))
            .collect();
        for (o, objective) in plan.objectives.iter_mut().enumerate() {
            objective.serves = vec![goal_ids[o % goal_ids.len()].clone()];
            for (k, kr) in objective.key_results.iter_mut().enumerate() {
                kr.projects.clear();
                for b in 0..2 {
                    let bet = kr.add_project(
                        &mut ids,
                        &format!("Bet {b} on key result {k} of objective {o}"),
                    );
                    if let Some(p) = kr.projects.iter_mut().find(|p| p.id == bet) {
                        p.status = statuses[(o + k + b) % statuses.len()];
                        p.budget = Some(1000.0 * (b + 1) as f64);
                        p.spent = Some(400.0 * (k + 1) as f64);
                    }
                }
            }
        }
        plans.push(plan);
    }
    let state = StoredState {
        current: Some(plans[0].id.clone()),
        plans,
        ..StoredState::default()
    };
    match to_json(&state) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
