//! The tera templates: compiled into the binary from `templates/`, each
//! overridable by a file of the same name in a user directory.

use std::path::{Path, PathBuf};

/// The built-in templates, by name.
pub const BUILT_IN: [(&str, &str); 7] = [
    (
        "document.html",
        include_str!("../../../templates/document.html"),
    ),
    (
        "council.html",
        include_str!("../../../templates/council.html"),
    ),
    (
        "report.html",
        include_str!("../../../templates/report.html"),
    ),
    ("table.html", include_str!("../../../templates/table.html")),
    ("chart.svg", include_str!("../../../templates/chart.svg")),
    ("style.css", include_str!("../../../templates/style.css")),
    (
        "council.css",
        include_str!("../../../templates/council.css"),
    ),
];

/// Templates a user provides to replace built-in ones.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    /// (template name, path it was read from, text).
    pub templates: Vec<(String, PathBuf, String)>,
}

/// Why a template directory cannot be used.
#[derive(Debug)]
pub enum TemplateDirError {
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A file that is not one of the built-in templates' names.
    Unknown { path: PathBuf },
    /// A symbolic link to a file outside the directory.
    Outside { path: PathBuf },
}

impl std::fmt::Display for TemplateDirError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TemplateDirError::Read { path, error } => write!(f, "{}: {error}", path.display()),
            TemplateDirError::Unknown { path } => write!(
                f,
                "{}: not a template name ({})",
                path.display(),
                BUILT_IN.map(|(n, _)| n).join(", ")
            ),
            TemplateDirError::Outside { path } => {
                write!(
                    f,
                    "{}: links outside the template directory",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for TemplateDirError {}

impl Overrides {
    /// Reads the templates of `dir`: only files named like a built-in template, only
    /// inside `dir` (a link out of it is refused). Hidden files are ignored.
    pub fn read(dir: &Path) -> Result<Overrides, TemplateDirError> {
        let read_error = |path: &Path, error| TemplateDirError::Read {
            path: path.to_path_buf(),
            error,
        };
        let root = dir.canonicalize().map_err(|e| read_error(dir, e))?;
        let mut templates = Vec::new();
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| read_error(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.starts_with('.') {
                continue;
            }
            if !BUILT_IN.iter().any(|(built_in, _)| *built_in == name) {
                return Err(TemplateDirError::Unknown { path });
            }
            let real = path.canonicalize().map_err(|e| read_error(&path, e))?;
            if !real.starts_with(&root) || !real.is_file() {
                return Err(TemplateDirError::Outside { path });
            }
            let text = std::fs::read_to_string(&real).map_err(|e| read_error(&path, e))?;
            templates.push((name, path, text));
        }
        Ok(Overrides { templates })
    }
}

/// A tera instance with the built-in templates, each replaced by the user's file of
/// the same name, autoescaping HTML and SVG. A broken template is reported with its
/// name, line and column, and the file it came from.
pub fn tera(overrides: &Overrides) -> Result<tera::Tera, String> {
    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html", ".svg"]);
    tera.set_escape_fn(super::escape::html);
    tera.register_filter("css_string", css_string);
    let templates: Vec<(&str, &str)> = BUILT_IN
        .iter()
        .map(|(name, text)| {
            let user = overrides.templates.iter().find(|(n, _, _)| n == name);
            (*name, user.map_or(*text, |(_, _, text)| text.as_str()))
        })
        .collect();
    tera.add_raw_templates(templates).map_err(|error| {
        let sources: Vec<String> = overrides
            .templates
            .iter()
            .map(|(name, path, _)| format!("{name} = {}", path.display()))
            .collect();
        if sources.is_empty() {
            error.to_string()
        } else {
            format!("{error}\n({})", sources.join(", "))
        }
    })?;
    Ok(tera)
}

/// A quoted CSS string, for user text in a style sheet (the running header of a page):
/// quotes, backslashes and line feeds escaped, `<` written `\3C ` so that no text can
/// close the `<style>` element, other control characters shown as `src/visible.rs` shows
/// them. Marked safe: HTML escaping would corrupt it.
fn css_string(text: &str, _: tera::Kwargs, _: &tera::State) -> tera::Value {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\3C "),
            '\n' => out.push_str("\\A "),
            // Shown, not obeyed, as in the page's text (a right-to-left override too).
            c => out.push(crate::visible::shown_as(c)),
        }
    }
    out.push('"');
    tera::Value::safe_string(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_break_out() {
        let tera = tera(&Overrides::default()).unwrap();
        let mut context = tera::Context::new();
        context.insert("x", "a\"b\\c</style><script>\u{202e}\r\n");
        let out = tera
            .render_str("{{ x | css_string }}", &context, true)
            .unwrap();
        assert_eq!(out, r#""a\"b\\c\3C /style>\3C script>�␍\A ""#);
    }
}
