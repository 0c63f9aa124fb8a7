//! `pdz explain [CODE]`: what a check finds, why, its legal source and how to fix,
//! with the catalogue parameters it uses; `--list` (or no code) lists every check.

use std::io::Write;

use clap::builder::PossibleValuesParser;

use crate::catalog::builtin;
use crate::catalog::parameters::parameters;
use crate::findings::Code;
use crate::findings::explain::{body, source, title};
use crate::findings::output::human::severity_name;
use crate::i18n::{self, Lang, Message};
use crate::model::Vocabulary;

use super::Outcome;

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The check to explain; without it, every check is listed.
    #[arg(value_name = "CODE", value_parser = PossibleValuesParser::new(Code::all().map(Code::id)))]
    pub code: Option<String>,
    /// List every check with its default severity and its source.
    #[arg(long, conflicts_with = "code")]
    pub list: bool,
}

pub fn run(args: &ExplainArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let mut stdout = anstream::stdout().lock();
    match args.code.as_deref().and_then(Code::from_word) {
        Some(code) => explain(&mut stdout, code, lang)?,
        None => list(&mut stdout, lang)?,
    }
    Ok(Outcome::Clean)
}

fn explain(out: &mut impl Write, code: Code, lang: Lang) -> anyhow::Result<()> {
    writeln!(out, "{} — {}", code.id(), title(code, lang))?;
    let severity = Message::new(if code.is_adjustable() {
        "explain-severity"
    } else {
        "explain-severity-fixed"
    })
    .with("severity", severity_name(code.default_severity(), lang));
    writeln!(out, "{}\n", i18n::tr(lang, &severity))?;
    writeln!(out, "{}", body(code, lang))?;
    let parameters = parameters(code, builtin());
    if parameters.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", i18n::label(lang, "explain-parameters"))?;
    for parameter in parameters {
        writeln!(out, "\n  {}", parameter.subject)?;
        writeln!(out, "    {}", i18n::tr(lang, &parameter.rule))?;
        if let Some(source) = &parameter.source {
            let line = Message::new("explain-parameter-source").with("source", source.as_str());
            writeln!(out, "    {}", i18n::tr(lang, &line))?;
        }
        if let Some(url) = &parameter.url {
            writeln!(out, "    {url}")?;
        }
    }
    Ok(())
}

fn list(out: &mut impl Write, lang: Lang) -> anyhow::Result<()> {
    let width = Code::all().map(|c| c.id().len()).max().unwrap_or(0);
    for code in Code::all() {
        writeln!(
            out,
            "{:width$}  {:8}  {}",
            code.id(),
            severity_name(code.default_severity(), lang),
            title(code, lang)
        )?;
        let line = Message::new("explain-parameter-source").with("source", source(code, lang));
        writeln!(out, "{:width$}  {}", "", i18n::tr(lang, &line))?;
    }
    writeln!(out, "\n{}", i18n::label(lang, "explain-more"))?;
    Ok(())
}
