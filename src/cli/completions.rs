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
    std::io::stdout().lock().write_all(&script)?;
    Ok(Outcome::Clean)
}

/// Prints the man page, or writes every command's page into a directory.
pub fn man(args: &ManArgs) -> anyhow::Result<Outcome> {
    let command = Cli::command();
    match &args.dir {
        Some(dir) => {
            if !dir.is_dir() {
                anyhow::bail!("{}: directory does not exist", dir.display());
            }
            clap_mangen::generate_to(command, dir)?;
        }
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command).render(&mut page)?;
            std::io::stdout().lock().write_all(&page)?;
        }
    }
    Ok(Outcome::Clean)
}
