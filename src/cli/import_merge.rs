//! `pdz import budget FILE --into PLAN`: a budget sheet merged into the plan's own
//! files, checked before anything is written.

use std::path::{Path, PathBuf};

use crate::check;
use crate::findings::policy::Overrides;
use crate::findings::{Code, Severity, Tally};
use crate::i18n::{self, Lang, Message};
use crate::import::{self, BudgetSheet, merge};
use crate::load;

use super::{Outcome, output};

/// The file that takes the interventions new to the plan, in its `interventions/` folder
/// when it has one.
fn added_path(plan: &Path) -> PathBuf {
    let folder = plan.join("interventions");
    if folder.is_dir() {
        folder.join("importati.yaml")
    } else {
        plan.join("interventions-importati.yaml")
    }
}

/// Merges `sheet`, read from `file`, into the plan at `plan_path`.
pub fn merge_into(
    plan_path: &Path,
    file: &Path,
    sheet: &BudgetSheet,
    lang: Lang,
) -> anyhow::Result<Outcome> {
    let say = |message: Message| anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
    if !plan_path.is_dir() {
        say(Message::new("import-merge-not-folder").with("path", plan_path.display().to_string()));
        return Ok(Outcome::Failed);
    }
    let loaded = match load::load(plan_path) {
        Ok(loaded) => loaded,
        Err(error) => {
            anstream::eprintln!("{}", super::check::load_error(&error, lang));
            return Ok(Outcome::Failed);
        }
    };
    let Some(plan) = loaded.plan.as_ref() else {
        say(Message::new("import-merge-no-plan").with("path", plan_path.display().to_string()));
        return Ok(Outcome::Errors);
    };
    let merged = merge::merge(plan, &loaded.sources, &sheet.interventions);
    let mut files = merged.files.clone();
    if !merged.added.is_empty() {
        let path = added_path(plan_path);
        let source = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let header = i18n::tr(
            lang,
            &Message::new("import-merge-header").with("file", source),
        );
        let fresh = import::interventions_yaml(&header, &merged.added);
        let text = match std::fs::read_to_string(&path) {
            // A file of an earlier import: its new entries go at its end.
            Ok(existing) => {
                let entries = fresh
                    .split_once("interventions:\n")
                    .map_or("", |(_, entries)| entries);
                format!(
                    "{}{entries}",
                    existing.trim_end_matches('\n').to_owned() + "\n"
                )
            }
            Err(_) => fresh,
        };
        files.push((path, text));
    }

    // The plan as it would be: it must still read as well as it did.
    let before = broken(loaded.findings.iter().map(|f| (f.code, f.severity)));
    let mut texts: Vec<(PathBuf, String)> = loaded
        .sources
        .files()
        .filter(|(_, f)| !files.iter().any(|(p, _)| *p == f.path))
        .map(|(_, f)| (f.path.clone(), f.text.clone()))
        .collect();
    texts.extend(files.iter().cloned());
    texts.sort();
    let after = check::check(
        load::load_texts(plan_path, texts, Default::default()),
        &Overrides::default(),
    );
    if broken(after.findings.iter().map(|f| (f.code, f.severity))) > before {
        say(Message::new("import-merge-broken"));
        return Ok(Outcome::Failed);
    }

    if let Err(error) = output::replace_files(&files) {
        say(error.message());
        return Ok(Outcome::Failed);
    }
    let tally = Tally::of(&after.findings);
    say(Message::new("import-merged")
        .with("updated", merged.updated.len())
        .with("added", merged.added.len())
        .with("unchanged", merged.unchanged.len())
        .with("files", files.len())
        .with("errors", tally.errors));
    for intervention in &merged.by_hand {
        let lines = intervention
            .budget
            .iter()
            .map(|(year, fund, amount)| format!("{year}: {fund}: {}", amount.to_fixed()))
            .collect::<Vec<_>>()
            .join(", ");
        say(Message::new("import-merge-by-hand")
            .with("intervention", intervention.id.as_str())
            .with("lines", lines));
    }
    Ok(if merged.by_hand.is_empty() && tally.errors == 0 {
        Outcome::Clean
    } else {
        Outcome::Errors
    })
}

/// How many findings say a file no longer reads as a plan file.
fn broken(findings: impl Iterator<Item = (Code, Severity)>) -> usize {
    findings
        .filter(|(code, severity)| {
            *severity == Severity::Error && matches!(code, Code::YamlSyntax | Code::Schema)
        })
        .count()
}
