//! The map as an ECharts sankey: company goals, objectives, key results and bets in four
//! columns, each band as wide as the bets below it (a key result without bets counts one),
//! so where the plan's bets go shows at a glance. Looked at beside a tree of the same sample
//! plan, the sankey read better: an objective that serves two goals is one node with two
//! bands in (the tree drew it twice), and its labels never ran into each other.
//! charming draws the frame; the nodes and links are written here, because charming's
//! sankey node has no id, colour or label of its own.

use crate::domain::alignment::{Level, MapNode};
use crate::domain::trends::Status;
use crate::domain::ProjectStatus;
use crate::ui::charts::{chart_json, Palette};
use charming::series::Sankey;
use charming::Chart;
use serde_json::{json, Value};
use std::collections::HashMap;

pub(super) fn level_class(level: Level) -> &'static str {
    match level {
        Level::Goal => "goal",
        Level::Objective => "objective",
        Level::KeyResult => "key-result",
        Level::Bet => "bet",
    }
}

/// Rows the map needs: one per bet (or key result without bets), each record once.
fn rows(nodes: &[MapNode]) -> usize {
    let mut seen = std::collections::HashSet::new();
    fn walk(n: &MapNode, seen: &mut std::collections::HashSet<String>) -> usize {
        if n.level == Level::Objective && !seen.insert(key(n)) {
            return 0;
        }
        if n.children.is_empty() {
            1
        } else {
            n.children.iter().map(|c| walk(c, seen)).sum()
        }
    }
    nodes.iter().map(|n| walk(n, &mut seen)).sum()
}

/// Height in pixels: 30 a row, at least 320.
pub(super) fn height(nodes: &[MapNode]) -> u32 {
    (rows(nodes) as u32 * 30).clamp(320, 30_000)
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
    let t = if t.len() < title.len() {
        format!("{}…", t.trim_end())
    } else {
        t
    };
    // A label is an ECharts template: braces and bars would be read as markup.
    t.replace(['{', '}', '|'], "")
}

/// A node's identity: the plan and record (a goal group without a record: its title).
fn key(n: &MapNode) -> String {
    match (&n.plan, &n.id) {
        (Some(plan), Some(id)) => format!("{plan}/{id}"),
        _ => format!("group/{}", n.title),
    }
}

/// The bets below a node (a key result without bets counts one).
fn weight(n: &MapNode) -> f64 {
    if n.children.is_empty() {
        1.0
    } else {
        n.children.iter().map(weight).sum()
    }
}

struct Sink<'p> {
    p: &'p Palette,
    nodes: Vec<Value>,
    links: Vec<Value>,
    seen: HashMap<String, ()>,
    /// How many goals each objective serves, to share its band between them.
    parents: HashMap<String, usize>,
}

impl Sink<'_> {
    fn node(&mut self, n: &MapNode) -> String {
        let id = key(n);
        if self.seen.insert(id.clone(), ()).is_some() {
            return id;
        }
        let mut label = short(&n.title);
        if !n.team.is_empty() && n.level == Level::Objective {
            label = format!("{label} ({})", n.team.replace(['{', '}', '|'], ""));
        }
        // Read back by the click handler: which plan, and which field to focus there.
        let goto = match (&n.plan, &n.focus) {
            (Some(plan), Some(focus)) => format!("{plan} {}", super::editor_target(n.level, focus)),
            _ => String::new(),
        };
        let c = colour(n, self.p);
        self.nodes.push(json!({
            "id": id,
            "name": n.title,
            "goto": goto,
            "depth": n.level as u8,
            "itemStyle": { "color": c, "borderColor": c },
            "label": { "formatter": label },
        }));
        for child in &n.children {
            let to = self.node(child);
            let share = self.parents.get(&to).copied().unwrap_or(1).max(1) as f64;
            // An objective's own children are only walked the first time it is met, so each
            // pair is linked once; a second goal gets its own band into the same node.
            self.links
                .push(json!({ "source": id, "target": to, "value": weight(child) / share }));
        }
        id
    }
}

/// The chart's JSON.
pub(super) fn sankey_json(nodes: &[MapNode]) -> String {
    let p = Palette::current();
    let mut parents: HashMap<String, usize> = HashMap::new();
    for g in nodes {
        for o in &g.children {
            *parents.entry(key(o)).or_default() += 1;
        }
    }
    let mut sink = Sink {
        p: &p,
        nodes: Vec::new(),
        links: Vec::new(),
        seen: HashMap::new(),
        parents,
    };
    for g in nodes {
        sink.node(g);
    }
    let chart = Chart::new()
        .background_color("transparent")
        .series(Sankey::new().left("1%").right("24%").top("1%").bottom("1%"));
    let mut value: Value = serde_json::from_str(&chart_json(&chart)).unwrap_or(Value::Null);
    if let Some(series) = value.get_mut("series").and_then(|s| s.get_mut(0)) {
        series["data"] = json!(sink.nodes);
        series["links"] = json!(sink.links);
        series["nodeGap"] = json!(10);
        series["layoutIterations"] = json!(0);
        series["draggable"] = json!(false);
        series["emphasis"] = json!({ "focus": "adjacency" });
        series["lineStyle"] = json!({ "color": "source", "opacity": 0.3 });
        series["label"] = json!({ "color": p.text, "fontSize": 11 });
        series["animation"] = json!(false);
    }
    value.to_string()
}
