//! `pdz completions SHELL` for every shell, and `pdz man`.

mod common;

use common::pdz;

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
