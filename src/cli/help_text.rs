//! `--help` in the user's language. clap takes the help of every command and argument
//! from the doc comments, in English; in Italian (the default) each is replaced by its
//! translation in the catalogue (`help-<command path>` for a command,
//! `help-<command path>--<argument>` for an argument), and clap's headings by Italian
//! ones. Possible values are listed as they are: they are words of the command line.

use clap::Command;

use crate::i18n::{self, Lang};

/// `command` with its help, and every subcommand's, in `lang`.
pub fn localized(mut command: Command, lang: Lang) -> Command {
    if lang != Lang::It {
        return command;
    }
    command.build();
    localize(command, "pdz")
}

fn localize(mut command: Command, path: &str) -> Command {
    if let Some(about) = command_text(path) {
        command = command.about(about).long_about(None::<&str>);
    }
    command = command
        .help_template(TEMPLATE)
        .subcommand_help_heading("Comandi")
        .subcommand_value_name("COMANDO");
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let text = argument_text(path, &id);
        let values = values_text(path, &id);
        command = command.mut_arg(id.as_str(), |arg| {
            let heading = if arg.is_positional() {
                "Argomenti"
            } else {
                "Opzioni"
            };
            let mut arg = arg.help_heading(heading);
            if let Some(text) = &text {
                arg = arg.help(text.clone()).long_help(None::<&str>);
            }
            // clap's bracketed notes are English: they are written here in Italian.
            if let Some(text) = &text {
                let notes = notes(&arg, values.is_some());
                if !notes.is_empty() {
                    arg = arg
                        .help(format!("{text} {notes}"))
                        .hide_default_value(true)
                        .hide_possible_values(true)
                        .hide_env(true);
                }
            }
            // Values described in English are described in the help itself instead.
            if let (Some(text), Some(values)) = (&text, &values) {
                let notes = notes(&arg, true);
                let head = if notes.is_empty() {
                    text.clone()
                } else {
                    format!("{text} {notes}")
                };
                arg = arg
                    .long_help(format!("{head}\n\n{values}"))
                    .hide_default_value(true)
                    .hide_possible_values(true);
            }
            arg
        });
    }
    // The usage line names the options in Italian too.
    let usage = command.render_usage().to_string();
    if let Some(usage) = usage.strip_prefix("Usage: ") {
        command = command.override_usage(
            usage
                .replace("[OPTIONS]", "[OPZIONI]")
                .replace("<COMMAND>", "<COMANDO>"),
        );
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path}-{name}");
        command = command.mut_subcommand(name.as_str(), |sub| localize(sub, &sub_path));
    }
    command
}

/// What clap says in brackets after an argument's help, in Italian: its environment
/// variable, its default, its possible values (unless described one by one).
fn notes(arg: &clap::Arg, described: bool) -> String {
    let mut notes = Vec::new();
    if let Some(env) = arg.get_env() {
        notes.push(format!("[variabile: {}]", env.to_string_lossy()));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let takes_value = arg.get_num_args().is_none_or(|n| n.takes_values());
    if !defaults.is_empty() && takes_value && !arg.is_positional() {
        notes.push(format!("[predefinito: {}]", defaults.join(", ")));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !described && takes_value {
        notes.push(format!("[valori: {}]", values.join(", ")));
    }
    notes.join(" ")
}

/// clap's layout, with the Italian word for "Usage".
const TEMPLATE: &str = "{about-with-newline}\nUso: {usage}\n\n{all-args}{after-help}";

/// The Italian text of a help key, if the catalogue has it.
fn translation(key: &str) -> Option<String> {
    i18n::lookup(Lang::It, &format!("help-{key}"))
}

/// The Italian about of the command at `path` (`pdz-import-budget`): `help help …`
/// describes the command it names.
fn command_text(path: &str) -> Option<String> {
    if path.ends_with("-help") {
        return translation("cmd-help");
    }
    translation(&path.replace("-help-", "-"))
}

/// The Italian description of the possible values of an argument whose values clap
/// would describe in English: one `- value: what it is` line each.
fn values_text(path: &str, id: &str) -> Option<String> {
    translation(&format!("{path}--{id}--values"))
        .or_else(|| translation(&format!("arg--{id}--values")))
}

/// The Italian help of the argument `id` of the command at `path`: its own, or the
/// one it has in every command (`--lang`, `--help`).
fn argument_text(path: &str, id: &str) -> Option<String> {
    translation(&format!("{path}--{id}")).or_else(|| translation(&format!("arg--{id}")))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every command and argument has its Italian help in the catalogue.
    #[test]
    fn every_command_and_argument_is_translated() {
        let mut command = super::super::Cli::command();
        command.build();
        let mut missing = Vec::new();
        walk(&command, "pdz", &mut missing);
        assert!(
            missing.is_empty(),
            "help keys missing in it.ftl:\n{}",
            missing.join("\n")
        );
    }

    fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
        if super::command_text(path).is_none() {
            missing.push(format!(
                "help-{path} = {}",
                command
                    .get_about()
                    .map(|a| a.to_string())
                    .unwrap_or_default()
            ));
        }
        for arg in command.get_arguments() {
            let key = format!("{path}--{}", arg.get_id());
            if super::argument_text(path, arg.get_id().as_str()).is_none() {
                missing.push(format!(
                    "help-{key} = {}",
                    arg.get_help().map(|h| h.to_string()).unwrap_or_default()
                ));
            }
            // Values that clap describes must be described in Italian, each of them.
            let described: Vec<_> = arg
                .get_possible_values()
                .into_iter()
                .filter(|v| v.get_help().is_some())
                .collect();
            if !described.is_empty() {
                let values = super::values_text(path, arg.get_id().as_str()).unwrap_or_default();
                for value in described {
                    if !values.contains(&format!("- {}:", value.get_name())) {
                        missing.push(format!(
                            "help-{key}--values: - {}: {}",
                            value.get_name(),
                            value.get_help().map(|h| h.to_string()).unwrap_or_default()
                        ));
                    }
                }
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, &format!("{path}-{}", sub.get_name()), missing);
        }
    }
}
