//! How serious a finding is, and the levels a plan may set per check.

use crate::model::vocabulary;

/// The severity of a finding. Only errors make `pdz check` fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// `error`, `warning`, `info`: the stable name used by machine formats.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

vocabulary! {
    /// A severity, or `off`: what the `checks` section and `--allow`/`--deny` set.
    pub enum Level {
        Off = "off",
        Info = "info",
        Warning = "warning",
        Error = "error",
    }
}

impl Level {
    /// The severity at this level; `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}
