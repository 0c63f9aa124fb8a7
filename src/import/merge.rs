//! A budget sheet merged into the plan it came from: the budget of each intervention
//! of the sheet replaces the one in its plan file, edited in place so that every other
//! field, comment and line stays as it was; interventions new to the plan go into a
//! file of their own.
//!
//! An amount that changed is rewritten where it stands; a budget whose lines changed
//! (a year or an allocation added or removed) is written anew at the indentation it
//! had, keeping the text of every amount that did not change. A budget written in flow
//! style (`{ 2024: { fnps: 100 } }`) or empty cannot be rewritten so: the lines to write
//! by hand are reported instead.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::ImportedIntervention;
use super::interventions_yaml;
use crate::model::{Cents, FileId, Id, Intervention, Plan, Year};
use crate::source::SourceMap;

/// What merging changed, and the texts to write.
#[derive(Debug, Default)]
pub struct Merged {
    /// Each plan file that changed, with its new text, in the order of the plan.
    pub files: Vec<(PathBuf, String)>,
    /// The interventions of the sheet that the plan did not have, as a plan file.
    pub added: Vec<ImportedIntervention>,
    /// Ids of the interventions whose budget changed.
    pub updated: Vec<Id>,
    /// Ids of the interventions whose budget was already the sheet's.
    pub unchanged: Vec<Id>,
    /// Interventions whose budget could not be rewritten in place, with the lines
    /// the sheet gives them.
    pub by_hand: Vec<ImportedIntervention>,
}

/// One replacement of a file's text.
struct Edit {
    file: FileId,
    start: usize,
    end: usize,
    text: String,
}

/// Merges `sheet` into `plan`, whose files are in `sources`.
pub fn merge(plan: &Plan, sources: &SourceMap, sheet: &[ImportedIntervention]) -> Merged {
    let mut merged = Merged::default();
    let mut edits = Vec::new();
    for imported in sheet {
        let Some(existing) = plan
            .interventions
            .iter()
            .find(|i| i.id.value == imported.id)
        else {
            merged.added.push(imported.clone());
            continue;
        };
        let wanted: BTreeMap<(Year, &str), Cents> = imported
            .budget
            .iter()
            .map(|(year, fund, amount)| ((*year, fund.as_str()), *amount))
            .collect();
        let current: BTreeMap<(Year, &str), Cents> = existing
            .budget
            .iter()
            .map(|l| ((l.year.value, l.fund.value.as_str()), l.amount.value))
            .collect();
        if wanted == current {
            merged.unchanged.push(imported.id.clone());
            continue;
        }
        let same_lines = wanted.keys().eq(current.keys());
        let found = if same_lines {
            Some(changed_amounts(existing, &wanted))
        } else {
            let sheet_order: Vec<(Year, &str)> = imported
                .budget
                .iter()
                .map(|(year, fund, _)| (*year, fund.as_str()))
                .collect();
            rewritten_budget(existing, sources, &wanted, &sheet_order).map(|edit| vec![edit])
        };
        match found {
            Some(found) => {
                edits.extend(found);
                merged.updated.push(imported.id.clone());
            }
            None => merged.by_hand.push(imported.clone()),
        }
    }
    merged.files = apply(sources, edits);
    merged
}

/// The new plan file for the interventions the plan did not have.
pub fn added_file(header: &str, merged: &Merged) -> Option<String> {
    (!merged.added.is_empty()).then(|| interventions_yaml(header, &merged.added))
}

/// Each amount that differs, rewritten where it stands.
fn changed_amounts(existing: &Intervention, wanted: &BTreeMap<(Year, &str), Cents>) -> Vec<Edit> {
    existing
        .budget
        .iter()
        .filter_map(|line| {
            let amount = wanted.get(&(line.year.value, line.fund.value.as_str()))?;
            (*amount != line.amount.value).then(|| Edit {
                file: line.amount.span.file,
                start: line.amount.span.start as usize,
                end: line.amount.span.end as usize,
                text: amount.to_fixed(),
            })
        })
        .collect()
}

/// The whole budget mapping written anew in block style, from its first year to its
/// last amount, at the indentation it had; `None` for a flow-style or empty budget.
fn rewritten_budget<'a>(
    existing: &'a Intervention,
    sources: &SourceMap,
    wanted: &BTreeMap<(Year, &'a str), Cents>,
    sheet_order: &[(Year, &'a str)],
) -> Option<Edit> {
    let first = existing.budget.iter().min_by_key(|l| l.year.span.start)?;
    let file = first.year.span.file;
    let text = &sources.get(file)?.text;
    let start = first.year.span.start as usize;
    let end = existing
        .budget
        .iter()
        .map(|l| l.amount.span.end as usize)
        .max()?;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let year_indent = &text[line_start..start];
    // Block style: the year is the first thing on its line, and so is each allocation.
    if !year_indent.chars().all(|c| c == ' ') {
        return None;
    }
    let fund_line = existing
        .budget
        .iter()
        .find(|l| l.fund.span.file == file)
        .map(|l| l.fund.span.start as usize)?;
    let fund_line_start = text[..fund_line].rfind('\n').map_or(0, |i| i + 1);
    let fund_indent = &text[fund_line_start..fund_line];
    if !fund_indent.chars().all(|c| c == ' ') || fund_indent.len() <= year_indent.len() {
        return None;
    }
    // The text of an amount that does not change is kept as it was written.
    let kept: BTreeMap<(Year, &str), &str> = existing
        .budget
        .iter()
        .filter(|l| wanted.get(&(l.year.value, l.fund.value.as_str())) == Some(&l.amount.value))
        .filter_map(|l| {
            let written = text.get(l.amount.span.start as usize..l.amount.span.end as usize)?;
            Some(((l.year.value, l.fund.value.as_str()), written))
        })
        .collect();
    // Years in order; in each, the allocations it had in the order written, then the
    // sheet's new ones in the order of the sheet.
    let mut order: Vec<(Year, &str)> = Vec::new();
    let mut years: Vec<Year> = wanted.keys().map(|(y, _)| *y).collect();
    years.dedup();
    for year in years {
        let mut written: Vec<_> = existing
            .budget
            .iter()
            .filter(|l| l.year.value == year)
            .filter(|l| wanted.contains_key(&(year, l.fund.value.as_str())))
            .collect();
        written.sort_by_key(|l| l.fund.span.start);
        order.extend(written.iter().map(|l| (year, l.fund.value.as_str())));
        for (year_wanted, fund) in sheet_order {
            if *year_wanted == year && !order.contains(&(year, fund)) {
                order.push((year, fund));
            }
        }
    }
    let mut out = String::new();
    let mut year_shown = None;
    for (year, fund) in order {
        let Some(amount) = wanted.get(&(year, fund)) else {
            continue;
        };
        if year_shown != Some(year) {
            if year_shown.is_some() {
                out.push('\n');
                out.push_str(year_indent);
            }
            out.push_str(&format!("{year}:"));
            year_shown = Some(year);
        }
        let written = kept
            .get(&(year, fund))
            .map_or_else(|| amount.to_fixed(), |t| (*t).to_string());
        out.push_str(&format!("\n{fund_indent}{fund}: {written}"));
    }
    Some(Edit {
        file,
        start,
        end,
        text: out,
    })
}

/// The new text of every file with edits, edits applied from the end of the file.
fn apply(sources: &SourceMap, mut edits: Vec<Edit>) -> Vec<(PathBuf, String)> {
    edits.sort_by_key(|e| (e.file, std::cmp::Reverse(e.start)));
    let mut files: Vec<(FileId, PathBuf, String)> = Vec::new();
    for edit in edits {
        let Some(source) = sources.get(edit.file) else {
            continue;
        };
        if files.last().is_none_or(|(id, _, _)| *id != edit.file) {
            files.push((edit.file, source.path.clone(), source.text.clone()));
        }
        if let Some((_, _, text)) = files.last_mut()
            && edit.start <= edit.end
            && edit.end <= text.len()
        {
            text.replace_range(edit.start..edit.end, &edit.text);
        }
    }
    files
        .into_iter()
        .map(|(_, path, text)| (path, text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const PLAN: &str = "\
pdz: 1
plan:
  title: Piano di prova
  period: { from: 2024, to: 2025 }
ambito:
  id: ats-prova
  name: Ambito di prova
  capofila: alfa
  comuni:
    - { id: alfa, name: Alfa, population: 6000 }
areas:
  - { id: accesso, name: Welfare d'accesso }
funds:
  - { id: fnps-2024, programme: fnps, annualita: 2024, amount: 100000 }
  - { id: comuni-2024, programme: cofinanziamento-comunale, amount: 100000 }
interventions:
  - id: sad
    name: SAD
    area: accesso
    leps: [assistenza-domiciliare]
    budget:
      2024:
        fnps-2024: 1000  # confermato
        comuni-2024: 500
    comuni: all
  - id: pua
    name: PUA
    area: accesso
    budget: { 2024: { fnps-2024: 700 } }
";

    /// A sheet: each intervention's id and lines (year, allocation, cents).
    type Sheet<'a> = [(&'a str, &'a [(u16, &'a str, i128)])];

    fn merged(sheet: &Sheet) -> (Merged, String) {
        let loaded = crate::load::load_texts(
            Path::new("p"),
            vec![(PathBuf::from("p/plan.yaml"), PLAN.to_string())],
            SourceMap::new(),
        );
        let plan = loaded.plan.as_ref().expect("the plan loads");
        let sheet: Vec<ImportedIntervention> = sheet
            .iter()
            .map(|(id, lines)| ImportedIntervention {
                id: Id::unchecked(id),
                name: id.to_uppercase(),
                area: Id::unchecked("accesso"),
                budget: lines
                    .iter()
                    .map(|(y, f, c)| (Year::new(*y), Id::unchecked(f), Cents::new(*c)))
                    .collect(),
            })
            .collect();
        let merged = merge(plan, &loaded.sources, &sheet);
        let text = merged
            .files
            .first()
            .map(|(_, t)| t.clone())
            .unwrap_or_default();
        (merged, text)
    }

    #[test]
    fn a_changed_amount_is_rewritten_where_it_stands_and_nothing_else_moves() {
        let (merged, text) = merged(&[(
            "sad",
            &[(2024, "fnps-2024", 120_000), (2024, "comuni-2024", 50_000)],
        )]);
        assert_eq!(merged.updated, [Id::unchecked("sad")]);
        assert_eq!(
            text,
            PLAN.replace("fnps-2024: 1000  #", "fnps-2024: 1200.00  #")
        );
    }

    #[test]
    fn a_new_year_rewrites_the_block_keeping_the_amounts_as_written() {
        let (_, text) = merged(&[(
            "sad",
            &[
                (2024, "fnps-2024", 100_000),
                (2024, "comuni-2024", 50_000),
                (2025, "fnps-2024", 30_000),
            ],
        )]);
        assert!(
            text.contains("    budget:\n      2024:\n        fnps-2024: 1000\n        comuni-2024: 500\n      2025:\n        fnps-2024: 300.00\n    comuni: all\n"),
            "{text}"
        );
        assert!(text.contains("    leps: [assistenza-domiciliare]\n"));
    }

    #[test]
    fn flow_budgets_with_new_lines_are_left_to_write_by_hand_and_new_interventions_added() {
        let (merged, _) = merged(&[
            (
                "pua",
                &[(2024, "fnps-2024", 70_000), (2025, "fnps-2024", 1)],
            ),
            ("nuovo", &[(2024, "fnps-2024", 5)]),
            (
                "sad",
                &[(2024, "fnps-2024", 100_000), (2024, "comuni-2024", 50_000)],
            ),
        ]);
        assert_eq!(merged.by_hand.len(), 1);
        assert_eq!(merged.added.len(), 1);
        assert_eq!(merged.unchanged, [Id::unchecked("sad")]);
        assert!(merged.files.is_empty());
    }
}
