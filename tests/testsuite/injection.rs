//! A plan's text comes from anyone who opens a pull request: what it can do to a
//! terminal, a CI log, a spreadsheet, a PR comment and the YAML pdz writes.

use crate::common::{BASE_WITHOUT_FUNDS, TempPlan, pdz, pdz_in};

/// An OSC 8 hyperlink, a colour, a C1 CSI and a right-to-left override.
const HOSTILE: &str = "\u{1b}]8;;http://evil\u{1b}\\\\clic\u{1b}]8;;\u{1b}\\\\ \u{1b}[31mrosso\u{9b}2J\u{202e}fdp.exe";

fn plan_named(name: &str) -> TempPlan {
    let escaped = name
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\u{1b}', "\\e")
        .replace('\u{9b}', "\\x9b")
        .replace('\u{202e}', "\\u202e");
    TempPlan::empty().file(
        "plan.yaml",
        &format!(
            "{BASE_WITHOUT_FUNDS}funds:\n  - {{ id: fnps-2024, programme: fnps, annualita: 2024, amount: 1000 }}\ninterventions:\n  - id: sad\n    name: \"{escaped}\"\n    area: accesso\n    budget: {{ 2024: {{ fnps-2024: 1000 }} }}\n"
        ),
    )
}

fn assert_inert(output: &str, what: &str) {
    for c in ['\u{1b}', '\u{9b}', '\u{202e}', '\u{7}'] {
        assert!(!output.contains(c), "{what}: {c:?} printed raw:\n{output}");
    }
}

#[test]
fn names_reach_tables_csv_and_markdown_shown_not_obeyed() {
    let plan = plan_named(HOSTILE);
    let path = plan.path();
    let path = path.to_str().unwrap();
    for (kind, format) in [
        ("budget", "table"),
        ("interventions", "table"),
        ("budget", "csv"),
        ("budget", "md"),
    ] {
        let run = pdz(&[
            "report",
            kind,
            path,
            "--detail",
            "--format",
            format,
            "--allow-errors",
        ]);
        assert_eq!(run.code, 0, "{kind} {format}: {}", run.stderr);
        assert_inert(&run.stdout, &format!("{kind} {format}"));
        assert!(
            run.stdout.contains("␛[31mrosso") || run.stdout.contains("␛\\[31mrosso"),
            "{kind} {format}: {}",
            run.stdout
        );
    }
    let diff = pdz(&["diff", path, path, "--format", "table"]);
    assert_inert(&diff.stdout, "diff");
}

#[test]
fn names_reach_html_documents_shown_not_obeyed() {
    let plan = plan_named(HOSTILE);
    let path = plan.path();
    let path = path.to_str().unwrap();
    for args in [
        &["report", "all", path, "--detail", "--allow-errors"][..],
        &[
            "report",
            "interventions",
            path,
            "--detail",
            "--allow-errors",
        ][..],
        &[
            "report",
            "council",
            path,
            "--comune",
            "all",
            "--allow-errors",
        ][..],
        &["diff", path, path],
    ] {
        let mut args = args.to_vec();
        args.extend(["--format", "html"]);
        let run = pdz(&args);
        assert!(run.code < 2, "{args:?}: {}", run.stderr);
        assert_inert(&run.stdout, &format!("{args:?}"));
        // A diff of a plan with itself names no intervention.
        assert!(
            args[0] == "diff"
                || (run.stdout.contains("␛[31mrosso") && run.stdout.contains("�fdp.exe")),
            "{args:?}: {}",
            run.stdout
        );
    }
}

#[test]
fn findings_show_control_characters_in_messages_paths_and_source_lines() {
    // An unknown area next to the hostile name: the message quotes it, the excerpt
    // shows its line.
    let plan = TempPlan::empty().file(
        "x\u{1b}[2Jy.yaml",
        &format!(
            "{BASE_WITHOUT_FUNDS}interventions:\n  - {{ id: sad, name: \"\u{1b}[31mrosso\", area: \"nessuna\u{1b}[0m\", budget: {{}} }}\n"
        ),
    );
    for format in ["human", "github"] {
        let run = pdz(&["check", plan.path().to_str().unwrap(), "--format", format]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert_inert(&run.stdout, format);
        assert_inert(&run.stderr, format);
        assert!(
            run.stdout.contains("x␛[2Jy.yaml"),
            "{format}: {}",
            run.stdout
        );
    }
    // A raw escape is not valid YAML: the caret points under it, shown as one character.
    let human = pdz(&["check", plan.path().to_str().unwrap()]);
    let line = human
        .stdout
        .lines()
        .find(|l| l.contains("name: \"␛[31mrosso\""))
        .expect("the source line is shown");
    let carets = human
        .stdout
        .lines()
        .skip_while(|l| *l != line)
        .nth(1)
        .unwrap();
    assert_eq!(
        carets.chars().position(|c| c == '^'),
        line.chars().position(|c| c == '␛'),
        "{}",
        human.stdout
    );
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_neutralised_and_numbers_stay_numbers() {
    let plan = plan_named("=HYPERLINK(\"http://x\";\"clic\")");
    for dialect in ["standard", "excel-it"] {
        let run = pdz(&[
            "report",
            "budget",
            plan.path().to_str().unwrap(),
            "--detail",
            "--format",
            "csv",
            "--csv-dialect",
            dialect,
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stdout.contains("'=HYPERLINK("),
            "{dialect}: {}",
            run.stdout
        );
        assert!(!run.stdout.contains(",=") && !run.stdout.contains(";="));
        let amount = if dialect == "standard" {
            "1000.00"
        } else {
            "1000,00"
        };
        assert!(run.stdout.contains(amount), "{dialect}: {}", run.stdout);
        assert!(!run.stdout.contains(&format!("'{amount}")));
    }
    // The diff's negative changes are numbers, not formulas.
    let dir = tempfile::tempdir().unwrap();
    let less = plan_named("SAD");
    let more = std::fs::read_to_string(less.path().join("plan.yaml"))
        .unwrap()
        .replace("fnps-2024: 1000 }", "fnps-2024: 500 }");
    std::fs::write(dir.path().join("plan.yaml"), more).unwrap();
    let diff = pdz(&[
        "diff",
        less.path().to_str().unwrap(),
        dir.path().to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(diff.stdout.contains(",-500.00"), "{}", diff.stdout);
}

#[test]
fn a_tidy_export_with_a_formula_like_name_round_trips_through_import() {
    let plan = plan_named("-5 per cento, @ufficio");
    let exported = pdz(&[
        "report",
        "budget",
        plan.path().to_str().unwrap(),
        "--format",
        "csv",
        "--tidy",
    ]);
    assert!(
        exported.stdout.contains("'-5 per cento"),
        "{}",
        exported.stdout
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.csv"), &exported.stdout).unwrap();
    let imported = pdz_in(dir.path(), &["import", "budget", "b.csv"]);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    assert!(
        imported.stdout.contains("name: \"-5 per cento, @ufficio\""),
        "{}",
        imported.stdout
    );
}

#[test]
fn markdown_for_pr_comments_pings_no_one_and_links_nothing() {
    let plan = plan_named("@ufficio-di-piano vedi https://evil.example e www.evil.example");
    let run = pdz(&[
        "report",
        "budget",
        plan.path().to_str().unwrap(),
        "--detail",
        "--format",
        "md",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("@ufficio"), "{}", run.stdout);
    assert!(run.stdout.contains("@\u{200B}ufficio-di-piano"));
    assert!(!run.stdout.contains("https://evil"), "{}", run.stdout);
    assert!(!run.stdout.contains("www.evil"), "{}", run.stdout);
}

#[test]
fn import_writes_yaml_that_pdz_reads_back_whatever_the_names_and_the_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    std::fs::create_dir(&plan).unwrap();
    std::fs::write(
        plan.join("plan.yaml"),
        format!("{BASE_WITHOUT_FUNDS}funds:\n  - {{ id: fnps-2024, programme: fnps, annualita: 2024, amount: 1000 }}\n"),
    )
    .unwrap();
    let name = "SAD \u{7f}\u{85}\u{9b}\u{fffe}\u{2028} \"fine\"";
    let file = "bilancio\rinterventions: []\r.csv";
    std::fs::write(
        dir.path().join(file),
        format!(
            "intervention,name,area,year,fund,amount\nsad,{name},accesso,2024,fnps-2024,1000.00\n"
        ),
    )
    .unwrap();
    let run = pdz_in(
        dir.path(),
        &[
            "import",
            "budget",
            file,
            "--output",
            "plan/interventions.yaml",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = std::fs::read_to_string(plan.join("interventions.yaml")).unwrap();
    assert_eq!(
        written
            .lines()
            .filter(|l| l.starts_with("interventions:"))
            .count(),
        1,
        "{written}"
    );
    let json = pdz(&[
        "report",
        "interventions",
        plan.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(json.code, 0, "{}\n{written}", json.stderr);
    let check = pdz(&["check", plan.to_str().unwrap()]);
    assert!(!check.stdout.contains("yaml-syntax"), "{}", check.stdout);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert!(
        value
            .to_string()
            .contains(&serde_json::Value::from(name).to_string()[1..20]),
        "{}",
        json.stdout
    );
}
