//! What changed between two versions of a plan (a *rimodulazione*): interventions,
//! money per intervention, area, allocation and year, allocations, LEPS coverage,
//! findings, and monitoring figures that went down.
//!
//! Plain data, compared on ids; [`crate::report::diff`] turns it into tables.

mod actuals;
mod allocations;
mod budget;
mod coverage;
mod findings;
mod interventions;

pub use actuals::{ActualDecrease, decreases};
pub use allocations::{AllocationChange, allocations};
pub use budget::{BudgetDeltas, Delta, budget};
pub use coverage::{CoverageChange, coverage};
pub use findings::{FindingChange, all_findings, findings};
pub use interventions::{Field, FieldChange, FieldValue, InterventionChanges, interventions};

use crate::check::CheckedPlan;
use crate::model::Plan;

/// The differences between an old and a new version of a plan.
#[derive(Debug)]
pub struct PlanDiff<'a> {
    pub old: &'a Plan,
    pub new: &'a Plan,
    pub interventions: InterventionChanges<'a>,
    pub budget: BudgetDeltas,
    pub allocations: Vec<AllocationChange>,
    pub coverage: Vec<CoverageChange>,
    pub findings: Vec<FindingChange>,
    pub decreases: Vec<ActualDecrease>,
}

impl PlanDiff<'_> {
    /// Whether the two versions plan the same thing (findings aside).
    pub fn is_empty(&self) -> bool {
        self.interventions.is_empty()
            && self.budget.total.change().get() == 0
            && self.budget.by_intervention.is_empty()
            && self.allocations.is_empty()
            && self.coverage.is_empty()
            && self.findings.is_empty()
            && self.decreases.is_empty()
    }
}

/// Compares two checked versions of a plan; both must have a model.
pub fn diff<'a>(
    old: &'a CheckedPlan,
    old_plan: &'a Plan,
    new: &'a CheckedPlan,
    new_plan: &'a Plan,
) -> PlanDiff<'a> {
    PlanDiff {
        old: old_plan,
        new: new_plan,
        interventions: interventions(old_plan, new_plan),
        budget: budget(old_plan, new_plan),
        allocations: allocations(old_plan, new_plan),
        coverage: coverage(old_plan, new_plan),
        findings: findings(old, new),
        decreases: decreases(old_plan, new_plan, &new.loaded.sources),
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::findings::policy::Overrides;
    use crate::model::{Cents, Id, Management, Year};
    use crate::source::SourceMap;

    const BASE: &str = "pdz: 1
plan: { title: P, period: { from: 2022, to: 2023 } }
ambito:
  id: a
  name: A
  comuni: [{ id: alfa, name: Alfa, population: 10 }, { id: beta, name: Beta, population: 10 }]
areas: [{ id: accesso, name: Accesso }, { id: minori, name: Minori }]
funds:
  - { id: f1, programme: fnps, amount: 1000 }
";

    fn checked(extra: &str) -> CheckedPlan {
        let loaded = crate::load::load_texts(
            Path::new("p"),
            vec![
                (PathBuf::from("p/plan.yaml"), BASE.to_string()),
                (PathBuf::from("p/extra.yaml"), extra.to_string()),
            ],
            SourceMap::new(),
        );
        crate::check::check(loaded, &Overrides::default())
    }

    fn compare(old: &str, new: &str, test: impl FnOnce(&PlanDiff)) {
        let (old, new) = (checked(old), checked(new));
        let (Some(old_plan), Some(new_plan)) = (&old.loaded.plan, &new.loaded.plan) else {
            panic!("plans load: {:#?} {:#?}", old.findings, new.findings);
        };
        test(&diff(&old, old_plan, &new, new_plan));
    }

    fn intervention(id: &str, extra: &str, budget: &str) -> String {
        format!(
            "  - {{ id: {id}, name: {id}, area: accesso, targets: [famiglie]{extra}, budget: {{ {budget} }} }}\n"
        )
    }

    fn id(text: &str) -> Id {
        Id::unchecked(text)
    }

    #[test]
    fn nothing_changed() {
        let plan = format!(
            "interventions:\n{}",
            intervention("s", "", "2022: { f1: 10 }")
        );
        compare(&plan, &plan, |d| assert!(d.is_empty(), "{d:#?}"));
    }

    #[test]
    fn interventions_added_removed_and_changed_field_by_field() {
        let old = format!(
            "interventions:\n{}{}",
            intervention("a", ", management: direct", "2022: { f1: 10 }"),
            intervention("b", "", "2022: { f1: 10 }")
        );
        let new = format!(
            "interventions:\n{}{}",
            intervention(
                "a",
                ", management: vouchers, comuni: [beta]",
                "2022: { f1: 10 }"
            ),
            intervention("c", "", "2022: { f1: 10 }")
        );
        compare(&old, &new, |d| {
            let names = |list: &[&crate::model::Intervention]| {
                list.iter()
                    .map(|i| i.id.value.to_string())
                    .collect::<Vec<_>>()
            };
            assert_eq!(names(&d.interventions.added), ["c"]);
            assert_eq!(names(&d.interventions.removed), ["b"]);
            let (changed, fields) = &d.interventions.changed[0];
            assert_eq!(changed.id.value, id("a"));
            assert_eq!(
                fields,
                &vec![
                    FieldChange {
                        field: Field::Management,
                        old: FieldValue::Management(Some(Management::Direct)),
                        new: FieldValue::Management(Some(Management::Vouchers)),
                    },
                    FieldChange {
                        field: Field::Comuni,
                        old: FieldValue::Comuni(None),
                        new: FieldValue::Comuni(Some(vec!["beta".into()])),
                    },
                ]
            );
        });
    }

    #[test]
    fn money_moved_between_interventions_areas_funds_and_years() {
        let old = format!(
            "interventions:\n{}",
            intervention("a", "", "2022: { f1: 10 }, 2023: { f1: 5 }")
        );
        let new = format!(
            "funds:\n  - {{ id: f2, programme: fgsa, amount: 100 }}\ninterventions:\n{}{}",
            intervention("a", "", "2022: { f1: 10 }, 2023: { f2: 7.50 }"),
            "  - { id: m, name: M, area: minori, targets: [minori], budget: { 2023: { f1: 2.25 } } }\n"
        );
        compare(&old, &new, |d| {
            let cents = |v: i128| Cents::new(v);
            let b = &d.budget;
            assert_eq!(
                b.total,
                Delta {
                    old: cents(1500),
                    new: cents(1975)
                }
            );
            assert_eq!(
                b.by_intervention,
                vec![
                    (
                        id("a"),
                        Delta {
                            old: cents(1500),
                            new: cents(1750)
                        }
                    ),
                    (
                        id("m"),
                        Delta {
                            old: cents(0),
                            new: cents(225)
                        }
                    ),
                ]
            );
            assert_eq!(
                b.by_area,
                vec![
                    (
                        id("accesso"),
                        Delta {
                            old: cents(1500),
                            new: cents(1750)
                        }
                    ),
                    (
                        id("minori"),
                        Delta {
                            old: cents(0),
                            new: cents(225)
                        }
                    ),
                ]
            );
            assert_eq!(
                b.by_fund,
                vec![
                    (
                        id("f1"),
                        Delta {
                            old: cents(1500),
                            new: cents(1225)
                        }
                    ),
                    (
                        id("f2"),
                        Delta {
                            old: cents(0),
                            new: cents(750)
                        }
                    ),
                ]
            );
            // 2022 did not change and is left out.
            assert_eq!(
                b.by_year,
                vec![(
                    Year::new(2023),
                    Delta {
                        old: cents(500),
                        new: cents(975)
                    }
                )]
            );
            assert_eq!(
                d.allocations,
                vec![AllocationChange {
                    id: id("f2"),
                    label: "f2".into(),
                    old: None,
                    new: Some(cents(10_000)),
                }]
            );
        });
    }

    #[test]
    fn allocations_removed_and_resized() {
        let old = "funds:\n  - { id: f2, programme: fgsa, amount: 100 }\n";
        let new = "funds:\n  - { id: f3, programme: fgsa, amount: 1 }\n";
        compare(
            old,
            &new.replace("f3", "f2")
                .replace("amount: 1 ", "amount: 120 "),
            |d| {
                assert_eq!(d.allocations.len(), 1);
                assert_eq!(d.allocations[0].delta().change(), Cents::new(2_000));
            },
        );
        compare(old, "", |d| {
            assert_eq!(d.allocations[0].new, None);
            assert_eq!(d.allocations[0].old, Some(Cents::new(10_000)));
        });
    }

    #[test]
    fn leps_coverage_gained_and_lost_per_year() {
        let old = format!(
            "interventions:\n{}",
            intervention("a", ", leps: [pua]", "2022: { f1: 10 }, 2023: { f1: 10 }")
        );
        let new = format!(
            "interventions:\n{}",
            intervention("a", ", leps: [segretariato-sociale]", "2023: { f1: 10 }")
        );
        compare(&old, &new, |d| {
            let changes: Vec<(String, u16, bool)> = d
                .coverage
                .iter()
                .map(|c| (c.leps.to_string(), c.year.get(), c.gained))
                .collect();
            assert_eq!(
                changes,
                [
                    ("pua".into(), 2022, false),
                    ("pua".into(), 2023, false),
                    ("segretariato-sociale".into(), 2023, true),
                ]
            );
        });
    }

    #[test]
    fn findings_match_across_versions_even_when_lines_move() {
        let old = format!(
            "interventions:\n{}",
            intervention("a", "", "2022: { f1: 10 }")
        );
        // One line more above it: the same warning, on another line, is not new.
        let new = format!(
            "needs: []\ninterventions:\n{}",
            intervention("a", "", "2023: { f1: 10 }")
        );
        compare(&old, &new, |d| {
            let codes: Vec<(&str, bool)> = d
                .findings
                .iter()
                .map(|f| (f.code.id(), f.appeared))
                .collect();
            // The unfunded year moved from 2023 to 2022: one warning fixed, one new.
            assert_eq!(
                codes,
                [
                    ("intervention-unfunded", true),
                    ("intervention-unfunded", false)
                ]
            );
            assert!(
                d.findings[0].place.starts_with("p/extra.yaml:"),
                "{}",
                d.findings[0].place
            );
        });
        compare(&old, &format!("needs: []\n{old}"), |d| {
            assert!(d.findings.is_empty(), "{:#?}", d.findings)
        });
    }

    #[test]
    fn monitoring_figures_that_go_down() {
        let line = |committed: &str, paid: &str| {
            format!(
                "interventions:\n{}actuals:\n  - {{ intervention: a, year: 2022, fund: f1, committed: {committed}, paid: {paid} }}\n",
                intervention("a", "", "2022: { f1: 10 }")
            )
        };
        compare(&line("8", "5"), &line("9", "6"), |d| {
            assert!(d.decreases.is_empty())
        });
        compare(&line("8", "5"), &line("7.99", "5"), |d| {
            assert_eq!(d.decreases[0].committed, (Cents::new(800), Cents::new(799)));
        });
        compare(&line("8", "5"), &line("8", "4"), |d| {
            assert_eq!(d.decreases[0].paid, (Cents::new(500), Cents::new(400)));
            assert!(d.decreases[0].place.starts_with("p/extra.yaml:"));
        });
    }
}
