//! `pdz init DIR`: scaffolds a new plan that passes `pdz check` at once.

use std::path::{Path, PathBuf};

use crate::i18n::{self, Lang, Message};
use crate::init::{self, Scaffold};
use crate::limits;
use crate::model::Year;
use crate::render::Spreadsheet;

use super::{Outcome, output};

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Directory of the new plan: created, or empty.
    #[arg(value_name = "DIR", required_unless_present = "workbook")]
    pub dir: Option<PathBuf>,

    /// Instead of a directory of YAML files, write an empty plan workbook (`.xlsx` or
    /// `.ods`) to fill in and read with `pdz import plan`.
    #[arg(long, value_name = "FILE", conflicts_with = "dir")]
    pub workbook: Option<PathBuf>,

    /// The ambito's name (default: from the directory's name).
    #[arg(long, value_name = "NAME")]
    pub ambito: Option<String>,

    /// First plan year (default: this year).
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(1000..=9999))]
    pub from: Option<u16>,

    /// Last plan year (default: two years after the first, for a three-year plan).
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(1000..=9999))]
    pub to: Option<u16>,
}

pub fn run(args: &InitArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let this_year = super::today::today().map_or(2025, |d| d.year().get());
    let from = args.from.unwrap_or_else(|| match args.to {
        Some(to) => to.saturating_sub(2).max(1000),
        None => this_year,
    });
    let to = args.to.unwrap_or(from.saturating_add(2).min(9999));
    if to < from || to - from >= limits::MAX_PERIOD_YEARS {
        return fail(
            &Message::new("init-bad-period")
                .with("from", Year::new(from))
                .with("to", Year::new(to))
                .with("max", usize::from(limits::MAX_PERIOD_YEARS)),
            lang,
        );
    }
    if let Some(file) = &args.workbook {
        let name = match &args.ambito {
            Some(name) if !name.trim().is_empty() => name.trim().to_owned(),
            _ => "Ambito Territoriale Sociale".to_owned(),
        };
        return workbook(
            file,
            &Scaffold {
                ambito_name: name,
                from,
                to,
            },
            lang,
        );
    }
    let Some(dir) = &args.dir else {
        return Ok(Outcome::Failed); // clap requires DIR without --workbook
    };
    if !is_empty_or_missing(dir) {
        return fail(
            &Message::new("init-not-empty").with("dir", dir.display().to_string()),
            lang,
        );
    }
    let ambito_name = match &args.ambito {
        Some(name) if !name.trim().is_empty() => name.trim().to_owned(),
        _ => default_name(dir),
    };
    let files = init::files(&Scaffold {
        ambito_name,
        from,
        to,
    })
    .map_err(anyhow::Error::msg)?;

    std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    for (path, text) in &files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| anyhow::anyhow!("{}: {e}", parent.display()))?;
        }
        output::Destination::new(&path, []).write(text.as_bytes())?;
    }
    anstream::println!(
        "{}",
        i18n::tr(
            lang,
            &Message::new("init-done")
                .with("dir", dir.display().to_string())
                .with("files", files.len())
        )
    );
    Ok(Outcome::Clean)
}

/// Writes the empty plan workbook, in the format its extension names.
fn workbook(file: &Path, scaffold: &Scaffold, lang: Lang) -> anyhow::Result<Outcome> {
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let format = match extension.as_deref() {
        Some("xlsx") => Spreadsheet::Xlsx,
        Some("ods") => Spreadsheet::Ods,
        _ => {
            let message = Message::new("output-unknown-extension")
                .with("path", file.display().to_string())
                .with("extension", extension.unwrap_or_default())
                .with("known", ".xlsx, .ods");
            return fail(&message, lang);
        }
    };
    let bytes = init::workbook_template(scaffold, format, lang).map_err(anyhow::Error::msg)?;
    if let Err(error) = output::Destination::new(file, []).write(&bytes) {
        return fail(&error.message(), lang);
    }
    let message = Message::new("init-workbook-done").with("path", file.display().to_string());
    anstream::println!("{}", i18n::tr(lang, &message));
    Ok(Outcome::Clean)
}

/// Whether `dir` can take the new plan: it does not exist yet, or is an empty directory.
fn is_empty_or_missing(dir: &Path) -> bool {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => entries.next().is_none(),
        Err(_) => !dir.exists(),
    }
}

/// `Ambito Territoriale Sociale` and the directory's name, words capitalised:
/// `plans/terni` → `Ambito Territoriale Sociale Terni`.
fn default_name(dir: &Path) -> String {
    let base = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let words: Vec<String> = base
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    format!("Ambito Territoriale Sociale {}", words.join(" "))
        .trim_end()
        .to_owned()
}

fn fail(message: &Message, lang: Lang) -> anyhow::Result<Outcome> {
    anstream::eprintln!("pdz: {}", i18n::tr(lang, message));
    Ok(Outcome::Failed)
}
