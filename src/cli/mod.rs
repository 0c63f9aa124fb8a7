//! The command line: parses arguments, runs a command, says how it went.
//! Commands only call the library and print its results.

mod aggregate;
mod check;
mod completions;
mod diff;
mod explain;
mod help_text;
mod import;
mod import_merge;
mod init;
mod output;
mod plan_arg;
mod report;
mod schema;
mod serve;
mod today;
mod usage_error;

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n::Lang;

/// pdz: checks and reports for a Piano sociale di zona kept as YAML files.
#[derive(Debug, Parser)]
#[command(name = "pdz", version, about, long_about = None)]
pub struct Cli {
    /// Language of messages and reports.
    #[arg(long, global = true, env = "PDZ_LANG", value_enum, default_value_t = Lang::It)]
    pub lang: Lang,

    /// Say nothing on standard error about the files written with `--output`.
    #[arg(long, short, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new plan: the files of the format, ready for `pdz check`.
    Init(init::InitArgs),
    /// Check plans: format, references, amounts, funds, LEPS, staff.
    Check(check::CheckArgs),
    /// Report the plan: budget tables in the terminal, Markdown, HTML, CSV, JSON or workbooks.
    Report(report::ReportArgs),
    /// Compare many plans (a Region's ambiti) with exact totals.
    Aggregate(aggregate::AggregateArgs),
    /// Compare two versions of a plan (directories, or REV:PATH in git): a rimodulazione.
    Diff(diff::DiffArgs),
    /// Import data kept in spreadsheets: a budget sheet as the plan's interventions, or a
    /// whole plan workbook.
    Import(import::ImportArgs),
    /// Show the plan in the browser, live while its files are edited (a local web server).
    Serve(serve::ServeArgs),
    /// Explain a check: what it finds, why, its legal source, how to fix.
    Explain(explain::ExplainArgs),
    /// Print the JSON Schema of a plan file (for editors: completion and help on every field).
    Schema,
    /// Print the shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff), or write one per command with `--dir`.
    Man(completions::ManArgs),
}

/// How a command ended, for the exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Exit 0: no errors (warnings allowed).
    Clean,
    /// Exit 1: a plan has errors.
    Errors,
    /// Exit 2: the tool could not do its job (a path or file could not be read).
    Failed,
}

impl Outcome {
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Clean => 0,
            Outcome::Errors => 1,
            Outcome::Failed => 2,
        }
    }
}

/// Parses the arguments and runs the command. Bad arguments exit through clap (code 2).
pub fn run(args: impl IntoIterator<Item = OsString>) -> anyhow::Result<Outcome> {
    let args: Vec<OsString> = args.into_iter().collect();
    let lang = usage_error::requested_lang(&args);
    let parsed = help_text::localized(Cli::command(), lang)
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => match usage_error::render(&error, lang) {
            Some(text) => {
                anstream::eprintln!("{text}");
                return Ok(Outcome::Failed);
            }
            None => error.exit(),
        },
    };
    match cli.command {
        Command::Check(args) => check::run(&args, cli.lang),
        Command::Report(args) => report::run(&args, cli.lang, cli.quiet),
        Command::Diff(args) => diff::run(&args, cli.lang, cli.quiet),
        Command::Aggregate(args) => aggregate::run(&args, cli.lang, cli.quiet),
        Command::Explain(args) => explain::run(&args, cli.lang),
        Command::Serve(args) => serve::run(&args, cli.lang),
        Command::Import(args) => import::run(&args, cli.lang),
        Command::Init(args) => init::run(&args, cli.lang),
        Command::Schema => schema::run(),
        Command::Completions(args) => completions::completions(&args),
        Command::Man(args) => completions::man(&args),
    }
}
