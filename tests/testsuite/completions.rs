//! `pdz completions SHELL` for every shell, and `pdz man`.

use crate::common::pdz;

#[test]
fn completions_for_every_shell_name_the_commands() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef pdz"),
        ("fish", "complete -c pdz"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[pdz]"),
    ] {
        let run = pdz(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(run.stdout.contains(marker), "{shell}: {marker}");
        for command in [
            "check",
            "report",
            "aggregate",
            "diff",
            "init",
            "import",
            "schema",
        ] {
            assert!(run.stdout.contains(command), "{shell} completes {command}");
        }
    }
    // The report kinds complete too.
    assert!(pdz(&["completions", "bash"]).stdout.contains("council"));
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let run = pdz(&["completions", "tcsh"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bash"), "{}", run.stderr);
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let run = pdz(&["man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(".ie \\n(.g .ds Aq"),
        "{}",
        &run.stdout[..80]
    );
    assert!(run.stdout.contains(".TH pdz 1"), "man section 1");
    // Each command is listed with a reference to its own page.
    for command in [
        "init",
        "check",
        "report",
        "aggregate",
        "diff",
        "import",
        "explain",
        "schema",
        "completions",
        "man",
    ] {
        assert!(
            run.stdout.contains(&format!("pdz\\-{command}(1)")),
            "{command}"
        );
    }

    let dir = tempfile::tempdir().unwrap();
    let run = pdz(&["man", "--dir", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in [
        "pdz.1",
        "pdz-check.1",
        "pdz-report.1",
        "pdz-import-budget.1",
    ] {
        assert!(dir.path().join(page).is_file(), "{page}");
    }
}

#[test]
fn fish_offers_report_kinds_and_check_codes() {
    let script = pdz(&["completions", "fish"]).stdout;
    assert!(script.contains(
        "complete -c pdz -n \"__fish_pdz_using_subcommand report\" -f -a \"summary\\t'The plan at a glance: totals by year, by kind of fund, by area'\n"
    ));
    assert!(script.contains("\ncouncil\\t'"), "every kind");
    assert!(script.contains(
        "complete -c pdz -n \"__fish_pdz_using_subcommand explain\" -f -a \"yaml-syntax\\t''\nschema\\t''\n"
    ));
    assert!(script.contains("\nfund-overallocated\\t''\n"));
}

#[test]
fn the_man_page_has_exit_status_environment_and_repeated_paths() {
    let page = pdz(&["man"]).stdout;
    let sections: Vec<&str> = page.lines().filter(|l| l.starts_with(".SH")).collect();
    assert_eq!(
        sections,
        [
            ".SH NAME",
            ".SH SYNOPSIS",
            ".SH DESCRIPTION",
            ".SH OPTIONS",
            ".SH SUBCOMMANDS",
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH VERSION"
        ]
    );
    for variable in ["PDZ_LANG", "NO_COLOR", "PDZ_CHROMIUM"] {
        assert!(page.contains(&format!("\\fB{variable}\\fR")), "{variable}");
    }
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(pdz(&["man", "--dir", dir.path().to_str().unwrap()]).code, 0);
    let check = std::fs::read_to_string(dir.path().join("pdz-check.1")).unwrap();
    assert!(
        check.contains("[\\fB\\-h\\fR|\\fB\\-\\-help\\fR] <\\fIPATH\\fR>... \n"),
        "{check}"
    );
    let main = std::fs::read_to_string(dir.path().join("pdz.1")).unwrap();
    assert_eq!(main, page, "the same page, printed or written");
}
