//! The command line as a user meets it: exit codes, languages, colour, several plans.

use crate::common::{TempPlan, pdz, pdz_in};

const DEMO: &str = "plans/casarano-2022-2024";

#[test]
fn demo_plan_has_no_errors_and_one_realistic_warning() {
    let run = pdz(&["check", DEMO]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.starts_with("avviso[staffing-ratio]:"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("plans/casarano-2022-2024: nessun errore, 1 avviso\n"),
        "{}",
        run.stdout
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn errors_exit_one_and_are_counted() {
    let run = pdz(&["check", "examples/error-unknown-reference"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.ends_with(
            "examples/error-unknown-reference: 5 errori, nessun avviso\n\
             (i controlli su fondi, LEPS e personale si eseguono quando gli errori sono corretti)\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn missing_path_exits_two_with_a_message() {
    let run = pdz(&["check", "plans/nessuno"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr
            .starts_with("pdz: impossibile aprire `plans/nessuno`:"),
        "{}",
        run.stderr
    );
}

#[test]
fn directory_without_plan_files_exits_two() {
    let plan = TempPlan::empty().file("notes.txt", "nothing here");
    let run = pdz_in(&plan.path(), &["check", "."]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, "pdz: nessun file .yaml o .yml in `.`\n");
}

#[test]
fn bad_arguments_exit_two() {
    for args in [
        &["check"][..],
        &["frobnicate"],
        &["check", "--format", "xml", DEMO],
        &["--lang", "fr", "check", DEMO],
    ] {
        let run = pdz(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        // Italian by default; clap's English where the language itself is wrong.
        assert!(
            run.stderr.contains("Per altre informazioni") || run.stderr.contains("error"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn help_and_version_exit_zero() {
    assert_eq!(pdz(&["--help"]).code, 0);
    let version = pdz(&["--version"]);
    assert_eq!(version.code, 0);
    assert!(version.stdout.starts_with("pdz "));
}

#[test]
fn english_with_flag_or_environment() {
    let run = pdz(&[
        "check",
        "--lang",
        "en",
        "examples/error-year-outside-period",
    ]);
    assert!(
        run.stdout.contains(
            "error[year-outside-period]: year 2028 is outside the plan period (2025-2027)"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with(
            "1 error, no warnings\n(the checks on funds, LEPS and staff run once the errors are fixed)\n"
        ),
        "{}",
        run.stdout
    );

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pdz"))
        .args(["check", "examples/error-year-outside-period"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PDZ_LANG", "en")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("error[year-outside-period]")
    );
}

#[test]
fn no_colour_when_piped_even_without_no_color() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pdz"))
        .args(["check", "examples/error-schema"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("errore[schema]"));
    assert!(!stdout.contains('\u{1b}'), "ANSI escape in piped output");
}

#[test]
fn colour_when_forced_and_never_with_no_color() {
    let run = |no_color: bool| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pdz"));
        command
            .args(["check", "examples/error-schema"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("CLICOLOR_FORCE", "1");
        if no_color {
            command.env("NO_COLOR", "1");
        } else {
            command.env_remove("NO_COLOR");
        }
        String::from_utf8(command.output().unwrap().stdout).unwrap()
    };
    assert!(run(false).contains('\u{1b}'));
    assert!(!run(true).contains('\u{1b}'));
}

#[test]
fn several_plans_in_one_call_exit_with_the_worst() {
    let run = pdz(&["check", DEMO, "examples/minimal", "examples/error-schema"]);
    assert_eq!(run.code, 1);
    let summaries: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("plans/") || l.starts_with("examples/"))
        .collect();
    assert_eq!(summaries.len(), 3, "{}", run.stdout);

    let with_missing = pdz(&["check", "examples/error-schema", "plans/nessuno"]);
    assert_eq!(with_missing.code, 2);
}

#[test]
fn many_plans_are_reported_in_the_order_given() {
    // More plans than are checked at once (twice the threads), so batches follow batches.
    let given = ["examples/minimal", "examples/error-schema", DEMO].repeat(20);
    let mut args = vec!["check"];
    args.extend(&given);
    let human = pdz(&args);
    assert_eq!(human.code, 1);
    let summaries: Vec<&str> = human
        .stdout
        .lines()
        .filter_map(|l| l.split_once(": ").map(|(path, _)| path))
        .filter(|path| given.contains(path))
        .collect();
    assert_eq!(summaries, given, "{}", human.stdout);

    args.extend(["--format", "json"]);
    let json = pdz(&args);
    assert_eq!(json.code, 1);
    let document: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let paths: Vec<&str> = document["plans"]
        .as_array()
        .expect("a list of plans")
        .iter()
        .map(|plan| plan["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, given);
    let errors = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["file"]
                .as_str()
                .unwrap_or("")
                .starts_with("examples/error-schema")
        })
        .count();
    assert_eq!(errors, 6 * 20, "each plan's findings, each time");
}

#[test]
fn non_regular_files_are_skipped_not_waited_for() {
    let plan = TempPlan::empty().file("plan.yaml", crate::common::BASE);
    let fifo = plan.path().join("pipe.yaml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let checked = plan.check();
    assert_eq!(checked.run.code, 0);
    let found = checked.one("file-skipped");
    assert_eq!(
        (found.file.as_str(), found.severity.as_str()),
        ("pipe.yaml", "warning")
    );
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_plan_and_loops_are_not_followed() {
    let outside = TempPlan::empty().file("secret.yaml", "pdz: 1\n");
    let plan = TempPlan::base();
    std::os::unix::fs::symlink(
        outside.path().join("secret.yaml"),
        plan.path().join("link.yaml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(plan.path(), plan.path().join("loop")).unwrap();
    std::os::unix::fs::symlink(
        plan.path().join("nowhere.yaml"),
        plan.path().join("broken.yaml"),
    )
    .unwrap();
    let checked = plan.check();
    assert_eq!(checked.run.code, 0, "{:#?}", checked.findings());
    let skipped: Vec<(String, String)> = checked
        .with_code("file-skipped")
        .into_iter()
        .map(|f| (f.file, f.message))
        .collect();
    assert_eq!(
        skipped,
        [
            (
                "broken.yaml".to_string(),
                "collegamento simbolico interrotto o circolare: non letto".to_string()
            ),
            (
                "link.yaml".to_string(),
                "collegamento simbolico verso un percorso fuori dal piano: non letto".to_string()
            ),
        ]
    );
}

#[test]
fn output_says_what_it_wrote_unless_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("sintesi.md");
    let target = target.to_str().unwrap();
    let run = crate::common::pdz(&[
        "report",
        "summary",
        "plans/casarano-2022-2024",
        "--output",
        target,
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stderr, format!("pdz: scritto `{target}` (1 sezione)\n"));
    let quiet = crate::common::pdz(&[
        "report",
        "summary",
        "plans/casarano-2022-2024",
        "--output",
        target,
        "--quiet",
    ]);
    assert_eq!(quiet.code, 0);
    assert_eq!(quiet.stderr, "");
}

#[test]
fn usage_errors_are_in_italian_and_english_on_request() {
    let run = pdz(&["report", "sumary", "plans/casarano-2022-2024"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("pdz: valore `sumary` non valido per `<KIND>`\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("  forse intendevi `summary`?\n"),
        "{}",
        run.stderr
    );
    let unknown = pdz(&["check", "--formt", "json", "plans/casarano-2022-2024"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("argomento `--formt` sconosciuto"),
        "{}",
        unknown.stderr
    );
    assert!(
        unknown.stderr.contains("Uso: pdz check"),
        "{}",
        unknown.stderr
    );
    let english = pdz(&[
        "--lang",
        "en",
        "report",
        "sumary",
        "plans/casarano-2022-2024",
    ]);
    assert_eq!(english.code, 2);
    assert!(
        english.stderr.contains("invalid value 'sumary'"),
        "{}",
        english.stderr
    );
}

#[test]
fn help_is_in_italian_unless_english_is_asked() {
    let it = pdz(&["report", "--help"]);
    assert_eq!(it.code, 0, "{}", it.stderr);
    assert!(
        it.stdout
            .starts_with("Riporta il piano: tabelle di bilancio nel terminale"),
        "{}",
        it.stdout
    );
    assert!(
        it.stdout
            .contains("Uso: pdz report [OPZIONI] <KIND> <PATH>"),
        "{}",
        it.stdout
    );
    assert!(
        it.stdout
            .contains("- council: il documento per un consiglio comunale")
    );
    for english in [
        "Usage:",
        "Options:",
        "Arguments:",
        "Print help",
        "possible values",
        "default:",
    ] {
        assert!(
            !it.stdout.contains(english),
            "`{english}` in:\n{}",
            it.stdout
        );
    }
    let top = pdz(&["-h"]);
    assert!(top.stdout.contains("Comandi:\n  init "), "{}", top.stdout);
    for note in [
        "[variabile: PDZ_LANG]",
        "[predefinito: it]",
        "[valori: it, en]",
    ] {
        assert!(top.stdout.contains(note), "{}", top.stdout);
    }
    let en = pdz(&["--lang", "en", "report", "--help"]);
    assert!(
        en.stdout
            .contains("Usage: pdz report [OPTIONS] <KIND> <PATH>"),
        "{}",
        en.stdout
    );
    let env = crate::common::pdz_env(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        &["check", "-h"],
        &[("PDZ_LANG", Some("en"))],
    );
    assert!(env.stdout.starts_with("Check plans:"), "{}", env.stdout);
}
