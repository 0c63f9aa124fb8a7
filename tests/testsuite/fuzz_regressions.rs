//! Every input the fuzzers found a problem with (`fuzz/README.md`), kept in
//! `tests/fuzz_regressions/`: `pdz check` and every report of it end normally
//! (exit 0 or 1, no panic, within the hang guard of `crate::common::pdz_in`).

use crate::common::{TempPlan, pdz_in};

/// One input of `tests/fuzz_regressions/`.
fn input(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz_regressions")
            .join(name),
    )
    .unwrap()
}

fn inputs() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    inputs
}

#[test]
fn every_fuzzer_finding_ends_normally() {
    for (name, bytes) in inputs() {
        let plan = TempPlan::empty().bytes("plan.yaml", &bytes);
        let mut runs = vec![
            vec!["check", "."],
            vec!["check", ".", "--format", "sarif"],
            vec!["check", ".", "--lang", "en"],
        ];
        for format in ["md", "html", "csv", "json", "table"] {
            runs.push(vec![
                "report",
                "all",
                ".",
                "--allow-errors",
                "--detail",
                "--format",
                format,
            ]);
        }
        runs.push(vec![
            "report",
            "council",
            ".",
            "--comune",
            "all",
            "--allow-errors",
            "--format",
            "html",
        ]);
        for args in runs {
            let run = pdz_in(&plan.path(), &args);
            assert!(
                run.code == 0 || run.code == 1,
                "{name}: pdz {} exited {}:\n{}",
                args.join(" "),
                run.code,
                run.stderr
            );
            assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
        }
    }
}

/// The crash that made this file: a syntax error whose position falls inside a
/// two-byte character (`É`), which the source excerpt cut through.
#[test]
fn a_finding_inside_a_multibyte_character_is_shown_on_whole_characters() {
    let plan = TempPlan::empty().bytes(
        "plan.yaml",
        &input("check_plan-span-inside-a-character.yaml"),
    );
    let run = pdz_in(&plan.path(), &["check", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("--> ./plan.yaml:27:11"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("27 |     name: Équipe"),
        "{}",
        run.stdout
    );
}

/// The timeout that made this file: a period of 386 years gave every report 386
/// year columns. Periods are now limited to 10 years, and the plan is not reported.
#[test]
fn a_period_of_centuries_is_a_limit_not_a_report() {
    let plan = TempPlan::empty().bytes(
        "plan.yaml",
        &input("render_reports-period-of-386-years.yaml"),
    );
    let run = pdz_in(&plan.path(), &["check", "."]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("periodo del piano troppo lungo (386 anni; massimo 10)"),
        "{}",
        run.stdout
    );
}

/// The crash of `cents-many-minus-signs.txt`: the explanation of a bad amount removed one
/// minus sign per recursive call, and 60,000 of them (within the 64 KiB of a text)
/// overflowed the stack.
#[test]
fn an_amount_of_sixty_thousand_minus_signs_is_negative_not_a_crash() {
    let amount = format!("{}1", "-".repeat(60_000));
    let text = crate::common::BASE.replace("amount: 90000", &format!("amount: \"{amount}\""));
    assert_ne!(text, crate::common::BASE);
    let plan = TempPlan::empty().file("plan.yaml", &text);
    let run = pdz_in(&plan.path(), &["check", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("errore[amount-invalid]: importo negativo"),
        "{}",
        &run.stdout[..200.min(run.stdout.len())]
    );
}
