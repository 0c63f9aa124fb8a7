//! `pdz explain [CODE]`: what a check finds, why, its legal source and how to fix.

use std::io::Write;

use clap::builder::PossibleValuesParser;

use crate::findings::Code;
use crate::findings::explain::{body, title};
use crate::findings::output::human::severity_name;
use crate::i18n::{self, Lang, Message};
use crate::model::Vocabulary;

use super::Outcome;

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The check to explain; without it, every check is listed.
    #[arg(value_name = "CODE", value_parser = PossibleValuesParser::new(Code::all().map(Code::id)))]
    pub code: Option<String>,
}

pub fn run(args: &ExplainArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let mut stdout = anstream::stdout().lock();
    match args.code.as_deref().and_then(Code::from_word) {
        Some(code) => {
            writeln!(stdout, "{} — {}", code.id(), title(code, lang))?;
            writeln!(
                stdout,
                "{}\n",
                i18n::tr(
                    lang,
                    &Message::new(if code.is_adjustable() {
                        "explain-severity"
                    } else {
                        "explain-severity-fixed"
                    })
                    .with("severity", severity_name(code.default_severity(), lang))
                )
            )?;
            writeln!(stdout, "{}", body(code, lang))?;
        }
        None => {
            let width = Code::all().map(|c| c.id().len()).max().unwrap_or(0);
            for code in Code::all() {
                writeln!(
                    stdout,
                    "{:width$}  {:8}  {}",
                    code.id(),
                    severity_name(code.default_severity(), lang),
                    title(code, lang)
                )?;
            }
            writeln!(stdout, "\n{}", i18n::label(lang, "explain-more"))?;
        }
    }
    Ok(Outcome::Clean)
}
