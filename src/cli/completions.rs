//! `pdz completions SHELL` and `pdz man`: shell completion scripts and man pages,
//! generated from the same definition of the command line that parses it.

use std::io::Write;
use std::path::PathBuf;

use clap::CommandFactory;

use super::{Cli, Outcome};

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell, elvish.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write one page per command (`pdz.1`, `pdz-check.1`, …) into this directory
    /// instead of printing `pdz.1`.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Prints the completion script for `args.shell`.
pub fn completions(args: &CompletionsArgs) -> anyhow::Result<Outcome> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "pdz", &mut script);
    if args.shell == clap_complete::Shell::Fish {
        script.extend_from_slice(fish_positionals(&Cli::command()).as_bytes());
    }
    std::io::stdout().lock().write_all(&script)?;
    Ok(Outcome::Clean)
}

/// Completions of the positional arguments with a closed list of values (the report
/// kinds of `pdz report`, the codes of `pdz explain`), which clap_complete's fish
/// script leaves out; written with the script's own `__fish_pdz_using_subcommand`.
fn fish_positionals(cli: &clap::Command) -> String {
    let mut out = String::new();
    for command in cli.get_subcommands() {
        for arg in command.get_positionals() {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| {
                    let help = v.get_help().map(|h| h.to_string()).unwrap_or_default();
                    format!(
                        "{}\\t'{}'",
                        v.get_name(),
                        help.replace('\\', "\\\\").replace('\'', "\\'")
                    )
                })
                .collect();
            if values.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "complete -c pdz -n \"__fish_pdz_using_subcommand {}\" -f -a \"{}\"\n",
                command.get_name(),
                values.join("\n")
            ));
        }
    }
    out
}

/// Prints the man page, or writes every command's page into a directory.
pub fn man(args: &ManArgs) -> anyhow::Result<Outcome> {
    let command = repeated_value_names(Cli::command());
    match &args.dir {
        Some(dir) => {
            if !dir.is_dir() {
                anyhow::bail!("{}: directory does not exist", dir.display());
            }
            clap_mangen::generate_to(command.clone(), dir)?;
            std::fs::write(dir.join("pdz.1"), main_page(command)?)?;
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                if path.extension().is_some_and(|e| e == "1") {
                    let page = std::fs::read(&path)?;
                    std::fs::write(&path, dots_after_marker(page))?;
                }
            }
        }
        None => std::io::stdout().lock().write_all(&main_page(command)?)?,
    }
    Ok(Outcome::Clean)
}

/// `pdz.1`: clap_mangen's sections, then EXIT STATUS and ENVIRONMENT, then the version.
fn main_page(command: clap::Command) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(command);
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    man.render_subcommands_section(&mut page)?;
    page.extend_from_slice(EXIT_AND_ENVIRONMENT.as_bytes());
    man.render_version_section(&mut page)?;
    Ok(dots_after_marker(page))
}

/// `<PATH...>` as man pages write a repeated argument: `<PATH>...`.
fn dots_after_marker(page: Vec<u8>) -> Vec<u8> {
    String::from_utf8_lossy(&page)
        .replace("...\\fR>", "\\fR>...")
        .into_bytes()
}

/// The sections clap does not know, in roff.
const EXIT_AND_ENVIRONMENT: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
No errors (warnings allowed; with \fB\-\-strict\fR they are errors).
.TP
\fB1\fR
A plan has errors (YAML syntax included); \fBpdz diff\fR: either version has errors (the comparison is written all the same).
.TP
\fB2\fR
pdz could not do its job: bad arguments, a path that does not exist, a directory without plan files, a file that cannot be read.
.SH ENVIRONMENT
.TP
\fBPDZ_LANG\fR
Language of messages and reports, \fBit\fR (default) or \fBen\fR, as \fB\-\-lang\fR.
.TP
\fBNO_COLOR\fR
When set, no colour and no bold, even on a terminal.
.TP
\fBPDZ_CHROMIUM\fR
The Chromium program that prints PDF documents, instead of \fBchromium\fR, \fBchromium\-browser\fR or \fBgoogle\-chrome\fR on the \fBPATH\fR.
"#;

/// The command with `...` after the value name of every positional argument that takes
/// several values, which clap_mangen's synopsis does not show (moved after the `>` by
/// [`dots_after_marker`]).
fn repeated_value_names(command: clap::Command) -> clap::Command {
    let mut command = command;
    command.build();
    let repeated: Vec<(clap::Id, String)> = command
        .get_positionals()
        .filter(|arg| arg.get_num_args().is_some_and(|n| n.max_values() > 1))
        .map(|arg| {
            let name = arg
                .get_value_names()
                .and_then(|names| names.first())
                .map_or_else(|| arg.get_id().to_string(), |n| n.to_string());
            (arg.get_id().clone(), format!("{name}..."))
        })
        .collect();
    for (id, name) in repeated {
        command = command.mut_arg(id, |arg| arg.value_name(name));
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(name, repeated_value_names);
    }
    command
}
