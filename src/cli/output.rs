//! Writing results: to standard output, or atomically to files.
//!
//! A file is written to a temporary file in its own directory, then renamed
//! over the target: a failed or interrupted run leaves any previous file as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::{self, Lang, Message};

/// Why an output cannot be written (pdz exits 2).
#[derive(Debug)]
pub enum OutputError {
    /// The directory the file would go in does not exist.
    MissingDirectory(PathBuf),
    /// The output would replace one of the plan's own files.
    WouldOverwriteInput(PathBuf),
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
            OutputError::Io(path, error) => Message::new("output-io")
                .with("path", path.display().to_string())
                .with("reason", i18n::io_reason(error)),
        }
    }
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

/// Refuses an output path that is one of `inputs` (compared as real paths).
pub fn check_not_input(output: &Path, inputs: &[PathBuf]) -> Result<(), OutputError> {
    let Ok(real) = output.canonicalize() else {
        return Ok(()); // A file that does not exist yet is no input.
    };
    if inputs
        .iter()
        .filter_map(|p| p.canonicalize().ok())
        .any(|p| p == real)
    {
        return Err(OutputError::WouldOverwriteInput(output.to_path_buf()));
    }
    Ok(())
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

/// Writes `bytes` to `path` atomically.
pub fn write_atomically(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), OutputError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(OutputError::MissingDirectory(dir));
    }
    let io = |e| OutputError::Io(path.to_path_buf(), e);
    let mut file = tempfile::NamedTempFile::new_in(&dir).map_err(io)?;
    file.write_all(bytes.as_ref()).map_err(io)?;
    // Temporary files are private; the report gets the permissions of the file it
    // replaces, or the usual ones for a new file.
    let permissions = match std::fs::metadata(path) {
        Ok(existing) => Some(existing.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(permissions) = permissions {
        file.as_file().set_permissions(permissions).map_err(io)?;
    }
    file.as_file().sync_all().map_err(io)?;
    file.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Writes several files into `dir` (created if its parent exists), each atomically.
pub fn write_folder(dir: &Path, files: &[(String, String)]) -> Result<(), OutputError> {
    if !dir.is_dir() {
        let parent = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !parent.is_dir() {
            return Err(OutputError::MissingDirectory(parent.to_path_buf()));
        }
        std::fs::create_dir(dir).map_err(|e| OutputError::Io(dir.to_path_buf(), e))?;
    }
    for (name, text) in files {
        write_atomically(&dir.join(name), text)?;
    }
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
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
