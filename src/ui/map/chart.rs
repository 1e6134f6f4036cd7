//! The map as an ECharts tree. charming draws the frame; the nodes are written here,
//! because charming's tree node has no colour or id of its own.

use crate::domain::alignment::{Level, MapNode};
use crate::domain::trends::Status;
use crate::domain::ProjectStatus;
use crate::ui::charts::{chart_json, Palette};
use charming::element::{Tooltip, Trigger};
use charming::series::{Tree, TreeOrient};
use charming::Chart;
use serde_json::{json, Value};

pub(super) fn level_class(level: Level) -> &'static str {
    match level {
        Level::Goal => "goal",
        Level::Objective => "objective",
        Level::KeyResult => "key-result",
        Level::Bet => "bet",
    }
}

/// Rows the tree needs: one per leaf, so long titles never overlap.
fn leaves(nodes: &[MapNode]) -> usize {
    nodes
        .iter()
        .map(|n| {
            if n.children.is_empty() {
                1
            } else {
                leaves(&n.children)
            }
        })
        .sum()
}

/// Height in pixels: 34 a leaf, at least 320.
pub(super) fn height(nodes: &[MapNode]) -> u32 {
    (leaves(nodes) as u32 * 34).clamp(320, 20_000)
}

fn colour(node: &MapNode, p: &Palette) -> String {
    match (node.status, node.bet) {
        (Some(Status::OnTrack), _) | (_, Some(ProjectStatus::Worked)) => p.green.clone(),
        (Some(Status::AtRisk), _) | (_, Some(ProjectStatus::Running)) => p.yellow.clone(),
        (Some(Status::OffTrack), _) | (_, Some(ProjectStatus::Failed)) => p.red.clone(),
        (None, None) => p.accent.clone(),
        _ => p.muted.clone(),
    }
}

/// Long enough to tell nodes apart; the outline below has every title whole.
fn short(title: &str) -> String {
    let t: String = title.chars().take(34).collect();
    if t.len() < title.len() {
        format!("{}…", t.trim_end())
    } else {
        t
    }
}

fn node(n: &MapNode, p: &Palette) -> Value {
    let mut name = short(&n.title);
    if !n.team.is_empty() && n.level == Level::Objective {
        name = format!("{name} ({})", n.team);
    }
    // Read back by the click handler: which plan, and which field to focus there.
    let target = match (&n.plan, &n.focus) {
        (Some(plan), Some(focus)) => format!("{plan} {}", super::editor_target(n.level, focus)),
        _ => String::new(),
    };
    json!({
        "name": name,
        "target": target,
        "itemStyle": { "color": colour(n, p), "borderColor": colour(n, p) },
        "children": n.children.iter().map(|c| node(c, p)).collect::<Vec<_>>(),
    })
}

/// The chart's JSON: one root (the plan's company goals) so ECharts draws one tree.
pub(super) fn tree_json(nodes: &[MapNode]) -> String {
    let p = Palette::current();
    let chart = Chart::new()
        .background_color("transparent")
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .series(
            Tree::new()
                .orient(TreeOrient::LeftRight)
                .left("2%")
                .right("30%")
                .top("2%")
                .bottom("2%")
                .symbol_size(9.0)
                .initial_tree_depth(-1.0)
                .expand_and_collapse(false)
                .animation_duration_update(0.0),
        );
    let mut value: Value = serde_json::from_str(&chart_json(&chart)).unwrap_or(Value::Null);
    let root = json!({
        "name": "Company goals",
        "itemStyle": { "color": p.accent, "borderColor": p.accent },
        "children": nodes.iter().map(|n| node(n, &p)).collect::<Vec<_>>(),
    });
    if let Some(series) = value.get_mut("series").and_then(|s| s.get_mut(0)) {
        series["data"] = json!([root]);
        // Inner nodes' titles above their node, the leaves' (bets) to their right: centred
        // labels ran into each other. Filled symbols, so the status colour shows.
        series["symbol"] = json!("circle");
        series["label"] = json!({
            "position": "top", "distance": 4, "color": p.text, "fontSize": 11,
        });
        series["leaves"] = json!({
            "label": { "position": "right", "align": "left", "verticalAlign": "middle" },
        });
    }
    value.to_string()
}
