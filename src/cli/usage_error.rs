//! Usage errors (an unknown command, argument or value) said in Italian: clap
//! words them in English, which stays for `--lang en`.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{self, Lang, Message};

/// The language asked on the command line or in `PDZ_LANG`, before parsing.
pub fn requested_lang(args: &[std::ffi::OsString]) -> Lang {
    let mut words = args.iter().map(|a| a.to_string_lossy());
    let mut from_args = None;
    while let Some(word) = words.next() {
        if let Some(value) = word.strip_prefix("--lang=") {
            from_args = Some(value.to_string());
        } else if word == "--lang" {
            from_args = words.next().map(|v| v.to_string());
        }
    }
    let chosen = from_args.or_else(|| std::env::var("PDZ_LANG").ok());
    match chosen.as_deref() {
        Some("en") => Lang::En,
        _ => Lang::It,
    }
}

/// The error in `lang`, or `None` to let clap say it (help, version, English).
pub fn render(error: &clap::Error, lang: Lang) -> Option<String> {
    if lang != Lang::It {
        return None;
    }
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let quoted = |kind| match error.get(kind) {
        Some(ContextValue::Strings(list)) => Some(
            list.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Some(ContextValue::String(s)) => Some(format!("`{s}`")),
        _ => None,
    };
    let main = match error.kind() {
        ErrorKind::InvalidValue => Message::new("usage-invalid-value")
            .with("value", text(ContextKind::InvalidValue).unwrap_or_default())
            .with("arg", text(ContextKind::InvalidArg).unwrap_or_default()),
        ErrorKind::UnknownArgument => Message::new("usage-unknown-argument")
            .with("arg", text(ContextKind::InvalidArg).unwrap_or_default()),
        ErrorKind::InvalidSubcommand => Message::new("usage-unknown-command").with(
            "command",
            text(ContextKind::InvalidSubcommand).unwrap_or_default(),
        ),
        ErrorKind::MissingRequiredArgument => Message::new("usage-missing")
            .with("args", text(ContextKind::InvalidArg).unwrap_or_default()),
        ErrorKind::MissingSubcommand => Message::new("usage-missing-command"),
        ErrorKind::ArgumentConflict => Message::new("usage-conflict")
            .with("arg", text(ContextKind::InvalidArg).unwrap_or_default())
            .with("other", text(ContextKind::PriorArg).unwrap_or_default()),
        ErrorKind::ValueValidation => Message::new("usage-invalid-value")
            .with("value", text(ContextKind::InvalidValue).unwrap_or_default())
            .with("arg", text(ContextKind::InvalidArg).unwrap_or_default()),
        _ => return None,
    };
    let mut lines = vec![format!("pdz: {}", i18n::tr(lang, &main))];
    if let Some(valid) = quoted(ContextKind::ValidValue) {
        lines.push(format!(
            "  {}",
            i18n::tr(lang, &Message::new("usage-valid").with("values", valid))
        ));
    }
    let suggestion = quoted(ContextKind::SuggestedValue)
        .or_else(|| quoted(ContextKind::SuggestedArg))
        .or_else(|| quoted(ContextKind::SuggestedSubcommand));
    if let Some(suggestion) = suggestion {
        lines.push(format!(
            "  {}",
            i18n::tr(
                lang,
                &Message::new("usage-did-you-mean").with("suggestion", suggestion)
            )
        ));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        lines.push(String::new());
        lines.push(i18n::tr(
            lang,
            &Message::new("usage-line").with("usage", usage),
        ));
    }
    lines.push(String::new());
    lines.push(i18n::label(lang, "usage-more"));
    Some(lines.join("\n"))
}
