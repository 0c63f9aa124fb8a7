//! User-facing text in Italian (the default) and English.
//!
//! Every label and message comes from one Fluent catalogue per language
//! (`it.ftl`, `en.ftl`, compiled into the binary). Code builds a [`Message`]
//! (key and typed arguments); it becomes text only when shown, in the
//! language picked with `--lang` or `PDZ_LANG`.

pub mod format;
mod message;

use crate::visible::visible;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use message::{Arg, Message};

/// A language of pdz's output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    #[default]
    It,
    En,
}

impl Lang {
    /// The ISO 639-1 code: `it`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }
}

const ITALIAN: &str = include_str!("it.ftl");
const ENGLISH: &str = include_str!("en.ftl");

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static IT: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, source, id) = match lang {
        Lang::It => (&IT, ITALIAN, unic_langid::langid!("it")),
        Lang::En => (&EN, ENGLISH, unic_langid::langid!("en")),
    };
    cell.get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::It => |v, _| format_count(v, Lang::It),
            Lang::En => |v, _| format_count(v, Lang::En),
        }));
        // The catalogues are part of the binary and tested: a syntax error is a build defect.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// Counts passed as numbers (for plural forms) are shown with thousands separators.
fn format_count(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value >= 0.0 && n.value.fract() == 0.0 => {
            Some(format::count(n.value as u128, lang))
        }
        _ => None,
    }
}

/// The message in `lang`. A key missing from the catalogue (a defect, caught by the
/// tests) shows as `⟦key⟧`, so that it cannot pass for real text.
pub fn tr(lang: Lang, message: &Message) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(message.key).and_then(|m| m.value()) else {
        return format!("⟦{}⟧", message.key);
    };
    let mut args = FluentArgs::new();
    for (name, arg) in &message.args {
        match arg {
            // Counts stay numbers so that the catalogue can choose plural forms.
            Arg::Count(n) => args.set(*name, FluentValue::from(*n as f64)),
            // Text from plans, paths and the command line is shown, never obeyed.
            Arg::Text(text) => args.set(*name, FluentValue::from(visible(text).into_owned())),
            other => args.set(*name, FluentValue::from(other.display(lang))),
        }
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// The text of `key` in `lang`, a message without arguments named at run time (the
/// help of a command-line argument); `None` when the catalogue has no such message.
pub fn lookup(lang: Lang, key: &str) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// Why a file could not be read or written, as a sentence in the user's language
/// (the system's own words only for an error pdz does not know).
pub fn io_reason(error: &std::io::Error) -> Message {
    use std::io::ErrorKind::*;
    let key = match error.kind() {
        NotFound => "io-not-found",
        PermissionDenied => "io-permission-denied",
        AlreadyExists => "io-already-exists",
        IsADirectory => "io-is-a-directory",
        NotADirectory => "io-not-a-directory",
        DirectoryNotEmpty => "io-directory-not-empty",
        ReadOnlyFilesystem => "io-read-only",
        StorageFull => "io-storage-full",
        InvalidData => "io-invalid-data",
        _ => return Message::new("io-other").with("detail", error.to_string()),
    };
    Message::new(key)
}

pub fn label(lang: Lang, key: &'static str) -> String {
    tr(lang, &Message::new(key))
}

/// The source of a catalogue, for consistency tests.
pub fn catalogue_source(lang: Lang) -> &'static str {
    match lang {
        Lang::It => ITALIAN,
        Lang::En => ENGLISH,
    }
}

/// Every message id of a catalogue, for consistency tests.
pub fn keys(lang: Lang) -> Vec<&'static str> {
    catalogue_source(lang)
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| id.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains(' '))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_parse_and_have_the_same_keys() {
        for lang in [Lang::It, Lang::En] {
            let source = catalogue_source(lang).to_string();
            if let Err((_, errors)) = FluentResource::try_new(source) {
                panic!("{lang:?} catalogue: {errors:?}");
            }
        }
        let mut it = keys(Lang::It);
        let mut en = keys(Lang::En);
        it.sort();
        en.sort();
        // `--help` is English in the doc comments: its keys are only in Italian.
        let only_it: Vec<_> = it
            .iter()
            .filter(|k| !en.contains(k) && !k.starts_with("help-"))
            .collect();
        let only_en: Vec<_> = en.iter().filter(|k| !it.contains(k)).collect();
        assert!(
            only_it.is_empty() && only_en.is_empty(),
            "only in it: {only_it:?}; only in en: {only_en:?}"
        );
        let mut unique = it.clone();
        unique.dedup();
        assert_eq!(unique.len(), it.len(), "a key is defined twice");
    }

    #[test]
    fn every_key_used_in_the_code_exists() {
        let mut missing = Vec::new();
        let known = keys(Lang::It);
        visit(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
            &mut |text| {
                for key in used_keys(text) {
                    if !known.contains(&key.as_str()) {
                        missing.push(key);
                    }
                }
            },
        );
        assert!(
            missing.is_empty(),
            "keys used but not in the catalogue: {missing:?}"
        );
    }

    /// Keys passed to `Message::new`, `label` and `msg` as string literals.
    fn used_keys(text: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for marker in ["Message::new(\"", "label(lang, \"", "cx.t(\"", "msg(\""] {
            for (i, _) in text.match_indices(marker) {
                let rest = &text[i + marker.len()..];
                if let Some(end) = rest.find('"') {
                    keys.push(rest[..end].to_string());
                }
            }
        }
        keys
    }

    fn visit(dir: &std::path::Path, f: &mut dyn FnMut(&str)) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                visit(&path, f);
            } else if path.extension().is_some_and(|e| e == "rs") {
                f(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
}
