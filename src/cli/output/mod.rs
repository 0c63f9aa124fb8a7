//! Writing results: to standard output, or atomically to files.
//!
//! A file is written to a temporary file in its own directory, then renamed
//! over the target: a failed or interrupted run leaves any previous file as it was.

mod atomic;
mod destination;

pub use destination::Destination;

use std::path::{Path, PathBuf};

use crate::i18n::{self, Lang, Message};

/// Why an output cannot be written (pdz exits 2).
#[derive(Debug)]
pub enum OutputError {
    /// The directory the file would go in does not exist.
    MissingDirectory(PathBuf),
    /// The output would replace one of the plan's own files.
    WouldOverwriteInput(PathBuf),
    /// A single file was asked for, and the path is a folder.
    IsAFolder(PathBuf),
    /// A folder of files was asked for, and the path is something else.
    NotAFolder(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputError::MissingDirectory(dir) => {
                write!(f, "{}: directory does not exist", dir.display())
            }
            OutputError::WouldOverwriteInput(path) => {
                write!(f, "{}: is a file of the plan", path.display())
            }
            OutputError::IsAFolder(path) => write!(f, "{}: is a folder", path.display()),
            OutputError::NotAFolder(path) => write!(f, "{}: is not a folder", path.display()),
            OutputError::Io(path, error) => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for OutputError {}

impl OutputError {
    /// What went wrong, in the user's language, naming the path.
    pub fn message(&self) -> Message {
        match self {
            OutputError::MissingDirectory(dir) => {
                Message::new("output-missing-dir").with("path", dir.display().to_string())
            }
            OutputError::WouldOverwriteInput(path) => {
                Message::new("output-would-overwrite").with("path", path.display().to_string())
            }
            OutputError::IsAFolder(path) => {
                Message::new("output-is-a-folder").with("path", path.display().to_string())
            }
            OutputError::NotAFolder(path) => {
                Message::new("output-not-a-folder").with("path", path.display().to_string())
            }
            OutputError::Io(path, error) => Message::new("output-io")
                .with("path", path.display().to_string())
                .with("reason", i18n::io_reason(error)),
        }
    }
}

/// Replaces several files at once (a merge into a plan's own files): every file is
/// written completely beside its target before any replaces the old one.
pub fn replace_files(files: &[(PathBuf, String)]) -> Result<(), OutputError> {
    let staged = files
        .iter()
        .map(|(path, text)| atomic::stage(path, text.as_bytes()))
        .collect::<Result<Vec<_>, _>>()?;
    staged.into_iter().try_for_each(atomic::Staged::commit)
}

/// The width terminal tables must fit, from `COLUMNS`, when writing to standard output
/// (a terminal's own width is found without it).
pub fn columns(to_stdout: bool) -> Option<u16> {
    let columns = std::env::var("COLUMNS").ok()?.trim().parse().ok()?;
    (to_stdout && columns >= 20).then_some(columns)
}

/// The format an output file's extension names, in any case: `md` (or `markdown`),
/// `html` (or `htm`), `csv`, `json`, `pdf`, `xlsx`, `ods`, `txt` (a terminal table); what a
/// command's `--format` would say. `Err` holds an extension that names no format.
fn format_named_by(output: Option<&Path>) -> Result<Option<&'static str>, String> {
    let Some(extension) = output.and_then(Path::extension) else {
        return Ok(None);
    };
    let extension = extension.to_string_lossy().to_ascii_lowercase();
    Ok(Some(match extension.as_str() {
        "md" | "markdown" => "md",
        "html" | "htm" => "html",
        "csv" => "csv",
        "json" => "json",
        "pdf" => "pdf",
        "xlsx" => "xlsx",
        "ods" => "ods",
        "txt" => "table",
        _ => return Err(extension),
    }))
}

/// The format of a command: `--format` when given, else the one the `--output`
/// extension names among the command's formats, else `default`. An extension that
/// names none of them is a usage error (exit 2) that lists the extensions known.
pub fn format_of<F: clap::ValueEnum + Copy>(
    explicit: Option<F>,
    output: Option<&Path>,
    default: F,
) -> Result<F, Message> {
    if let Some(format) = explicit {
        return Ok(format);
    }
    match format_named_by(output) {
        Ok(None) => Ok(default),
        Ok(Some(name)) => F::from_str(name, true).map_err(|_| unknown_extension::<F>(output)),
        Err(_) => Err(unknown_extension::<F>(output)),
    }
}

/// Names the output, its extension and the extensions of the command's formats.
fn unknown_extension<F: clap::ValueEnum>(output: Option<&Path>) -> Message {
    let path = output.map(|p| p.display().to_string()).unwrap_or_default();
    let extension = output
        .and_then(Path::extension)
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let known: Vec<String> = F::value_variants()
        .iter()
        .filter_map(|v| v.to_possible_value())
        .map(|v| v.get_name().to_string())
        .filter_map(|name| extension_of(&name).map(|e| format!(".{e}")))
        .collect();
    Message::new("output-unknown-extension")
        .with("path", path)
        .with("extension", extension)
        .with("known", known.join(", "))
}

/// The file extension that names a format.
fn extension_of(format: &str) -> Option<&'static str> {
    Some(match format {
        "table" => "txt",
        "md" => "md",
        "html" => "html",
        "csv" => "csv",
        "json" => "json",
        "pdf" => "pdf",
        "xlsx" => "xlsx",
        "ods" => "ods",
        _ => return None,
    })
}

/// Says on standard error what `--output` wrote, unless `quiet`: a file and its
/// sections, or a folder and its files.
pub fn announce(
    lang: Lang,
    quiet: bool,
    path: &Path,
    sections: usize,
    folder_files: Option<usize>,
) {
    if quiet {
        return;
    }
    let message = match folder_files {
        Some(files) => Message::new("output-written-folder")
            .with("path", path.display().to_string())
            .with("files", files as u64),
        None => Message::new("output-written")
            .with("path", path.display().to_string())
            .with("sections", sections as u64),
    };
    anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
}

#[cfg(test)]
mod tests {
    use super::format_named_by;
    use std::path::Path;

    #[test]
    fn the_extension_names_the_format_in_any_case() {
        let named = |p: &str| format_named_by(Some(Path::new(p)));
        assert_eq!(named("report.HTML"), Ok(Some("html")));
        assert_eq!(named("diff.markdown"), Ok(Some("md")));
        assert_eq!(named("matino.pdf"), Ok(Some("pdf")));
        assert_eq!(named("tables.Csv"), Ok(Some("csv")));
        assert_eq!(named("quadro.XLSX"), Ok(Some("xlsx")));
        assert_eq!(named("out.txt"), Ok(Some("table")));
        assert_eq!(named("out.xls"), Err("xls".to_string()));
        assert_eq!(named("no-extension"), Ok(None));
        assert_eq!(format_named_by(None), Ok(None));
    }
}
