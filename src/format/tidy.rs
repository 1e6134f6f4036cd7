//! What a plan file may hold that a plan should not, and that is not worth refusing the
//! whole file for: a link to a business goal the file does not have, a negative or absurd
//! budget. The import preview names each by its JSON path; the import leaves that one
//! value out and takes the rest.

use crate::domain::fnv::FnvSet;
use crate::domain::Plan;

/// A budget past this is a typo (ten billion, in any currency a marketing team plans in).
pub const MAX_BUDGET: f64 = 1e10;

/// One value an import leaves out, with where it was and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Tidied {
    pub path: String,
    pub message: String,
}

impl Tidied {
    /// "plans[0].objectives[1].serves[0]: …", as the preview lists it.
    pub fn line(&self) -> String {
        format!("{}: {}", self.path, self.message)
    }
}

/// Fixes `plan` (number `p` in its file) and says what it changed; nothing when it is sound.
pub fn tidy(p: usize, plan: &mut Plan) -> Vec<Tidied> {
    let mut out = Vec::new();
    // A goal a teammate deleted is still known to the file: the merge settles that link.
    // Borrowed, not copied: a file can carry thousands of deletions.
    let known: FnvSet<&crate::domain::Id> = plan
        .business_goals
        .iter()
        .map(|g| &g.id)
        .chain(plan.deleted.iter().map(|t| &t.id))
        .collect();
    for (o, objective) in plan.objectives.iter_mut().enumerate() {
        let mut i = 0;
        objective.serves.retain(|goal| {
            let keep = known.contains(goal);
            if !keep {
                out.push(Tidied {
                    path: format!("plans[{p}].objectives[{o}].serves[{i}]"),
                    message: format!(
                        "the objective \u{201c}{}\u{201d} links to a business goal (\u{201c}{goal}\u{201d}) that is not in the file; that link is left out",
                        objective.title
                    ),
                });
            }
            i += 1;
            keep
        });
        for (k, kr) in objective.key_results.iter_mut().enumerate() {
            for (b, bet) in kr.projects.iter_mut().enumerate() {
                let path = |f: &str| {
                    format!("plans[{p}].objectives[{o}].key_results[{k}].projects[{b}].{f}")
                };
                for (name, value) in [("budget", &mut bet.budget), ("spent", &mut bet.spent)] {
                    if let Some(why) = value.and_then(money_problem) {
                        out.push(Tidied {
                            path: path(name),
                            message: format!(
                                "the {name} of the bet \u{201c}{}\u{201d} {why}; it is left out",
                                bet.title
                            ),
                        });
                        *value = None;
                    }
                }
            }
        }
    }
    out
}

/// Why an amount of money cannot be a bet's budget or spend, if it cannot.
pub fn money_problem(x: f64) -> Option<&'static str> {
    if x < 0.0 {
        Some("is negative")
    } else if x > MAX_BUDGET {
        Some("is over 10 billion, which looks like a typo")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{IdGen, Period};

    #[test]
    fn dangling_links_and_bad_budgets_are_named_and_left_out() {
        let mut ids = IdGen::new(1);
        let mut plan = Plan::new(&mut ids, "Growth", Period::quarter(2027, 1).unwrap());
        let o = plan.add_objective(&mut ids, "Own the niche");
        let goal = plan.add_business_goal(&mut ids, "Double new ARR");
        plan.objective_mut(&o).unwrap().serves = vec![goal.clone(), "gone".into()];
        let kr = plan
            .objective_mut(&o)
            .unwrap()
            .add_key_result(&mut ids, "Grow MQLs");
        let kr = plan.key_result_mut(&kr).unwrap();
        kr.add_project(&mut ids, "Webinars");
        kr.projects[0].budget = Some(-500.0);
        kr.projects[0].spent = Some(300.0);
        let said = tidy(0, &mut plan);
        let paths: Vec<&str> = said.iter().map(|t| t.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "plans[0].objectives[0].serves[1]",
                "plans[0].objectives[0].key_results[0].projects[0].budget"
            ]
        );
        assert!(
            said[1].message.contains("is negative"),
            "{}",
            said[1].message
        );
        assert_eq!(plan.objectives[0].serves, vec![goal]);
        let bet = &plan.objectives[0].key_results[0].projects[0];
        assert_eq!((bet.budget, bet.spent), (None, Some(300.0)));
        assert!(tidy(0, &mut plan).is_empty(), "a tidy plan stays as it is");
    }
}
