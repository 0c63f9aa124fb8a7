//! `pdz diff`: a rimodulazione between two plan directories and between two git
//! revisions of a temporary repository, with exact figures and exit codes.

use std::path::Path;

use crate::common::{BASE, TempPlan, git, pdz, pdz_in};

/// Two interventions on FNPS (90,000 in all), one guaranteeing the PUA.
const OLD: &str = "\
interventions:
  - id: pua
    name: Porta unica di accesso
    area: accesso
    leps: [pua]
    targets: [famiglie]
    management: direct
    budget:
      2022: { fnps-2021: 20000 }
      2023: { fnps-2021: 20000 }
      2024: { fnps-2021: 20000 }
  - id: sportello
    name: Sportello immigrati
    area: accesso
    targets: [famiglie]
    budget:
      2022: { fnps-2021: 10000 }
      2023: { fnps-2021: 10000 }
      2024: { fnps-2021: 10000 }
actuals:
  - { intervention: pua, year: 2022, fund: fnps-2021, committed: 20000, paid: 15000, as_of: 2023-12-31 }
";

/// The rimodulazione: the PUA gets 5,000 more in 2024 and is contracted out, the
/// sportello is closed, a segretariato opens; the allocation grows by 5,000; the
/// paid money of a line is declared lower than before.
const NEW: &str = "\
interventions:
  - id: pua
    name: Porta unica di accesso
    area: accesso
    leps: [pua]
    targets: [famiglie]
    management: contracted
    provider: Cooperativa Aurora
    budget:
      2022: { fnps-2021: 20000 }
      2023: { fnps-2021: 20000 }
      2024: { fnps-2021: 25000 }
  - id: segretariato
    name: Segretariato sociale
    area: accesso
    leps: [segretariato-sociale]
    targets: [famiglie]
    budget:
      2023: { fnps-2021: 15000 }
      2024: { fnps-2021: 15000 }
actuals:
  - { intervention: pua, year: 2022, fund: fnps-2021, committed: 20000, paid: 14000, as_of: 2024-03-31 }
";

fn version(interventions: &str, amount: &str) -> TempPlan {
    TempPlan::empty()
        .file(
            "plan.yaml",
            &BASE.replace("amount: 90000", &format!("amount: {amount}")),
        )
        .file("interventions.yaml", interventions)
        .file(
            "checks.yaml",
            "checks:\n  leps-not-covered: off\n  staffing-ratio: off\n",
        )
}

fn diff(old: &Path, new: &Path, format: &str) -> crate::common::Run {
    pdz(&[
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        format,
    ])
}

#[test]
fn a_rimodulazione_between_two_directories() {
    let (old, new) = (version(OLD, "90000"), version(NEW, "95000"));
    let run = diff(&old.path(), &new.path(), "md");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = run
        .stdout
        .replace(old.path().to_str().unwrap(), "OLD")
        .replace(new.path().to_str().unwrap(), "NEW");
    // The summary comes first, as a pull-request comment shows it.
    let summary = md.split("\n## ").nth(1).unwrap();
    assert!(summary.starts_with("Sintesi"), "{md}");
    for row in [
        "| Totale programmato | € 90.000,00 | € 95.000,00 | +€ 5.000,00 |",
        "| Interventi | 2 | 2 | 0 |",
        "| Risorse disponibili delle assegnazioni | € 90.000,00 | € 95.000,00 | +€ 5.000,00 |",
        "| Liquidato | € 15.000,00 | € 14.000,00 | -€ 1.000,00 |",
        "| Interventi aggiunti | 1 |",
        "| Interventi eliminati | 1 |",
        "| Interventi modificati (descrizione) | 1 |",
        "| Interventi con risorse cambiate | 3 |",
        "| Assegnazioni con importo cambiato | 1 |",
        "| LEPS per anno acquisiti | 2 |",
        "| Righe con impegnato o liquidato in diminuzione | 1 |",
    ] {
        assert!(summary.contains(row), "missing `{row}` in\n{summary}");
    }
    for row in [
        // Interventions
        "| segretariato | Segretariato sociale | Welfare d'accesso | € 30.000,00 |",
        "| sportello | Sportello immigrati | Welfare d'accesso | € 30.000,00 |",
        "| Porta unica di accesso (pua) | Modalità di gestione | gestione diretta | affidamento a terzi |",
        "|  | Soggetto gestore |  | Cooperativa Aurora |",
        // Money by intervention, with the total of the rows shown
        "| Porta unica di accesso | € 60.000,00 | € 65.000,00 | +€ 5.000,00 |",
        "| Segretariato sociale | € 0,00 | € 30.000,00 | +€ 30.000,00 |",
        "| Sportello immigrati | € 30.000,00 | € 0,00 | -€ 30.000,00 |",
        "| **Totale** | **€ 90.000,00** | **€ 95.000,00** | **+€ 5.000,00** |",
        // By year
        "| 2022 | € 30.000,00 | € 20.000,00 | -€ 10.000,00 |",
        "| 2024 | € 30.000,00 | € 40.000,00 | +€ 10.000,00 |",
        // Allocations
        "| fnps-2021 | importo cambiato | € 90.000,00 | € 95.000,00 | +€ 5.000,00 |",
        // LEPS
        "| Segretariato sociale | 2023 | acquisito |",
        // Monitoring going down
        "| pua | 2022 | fnps-2021 | € 20.000,00 | € 20.000,00 | € 15.000,00 | € 14.000,00 |",
    ] {
        assert!(md.contains(row), "missing `{row}` in\n{md}");
    }
    insta::assert_snapshot!("diff-directories-md", md);
}

#[test]
fn findings_that_appear_and_disappear() {
    // The old version leaves 5,000 unprogrammed (a warning); the new one programs it but
    // leaves an intervention without money in 2022 (another warning).
    let (old, new) = (version(OLD, "95000"), version(NEW, "95000"));
    let run = diff(&old.path(), &new.path(), "json");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let findings = json["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "findings")
        .expect("a findings section");
    let rows: Vec<Vec<String>> = findings["blocks"][0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["cells"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["value"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), 2, "{rows:#?}");
    assert_eq!(rows[0][0], "nuova");
    assert_eq!(rows[0][2], "intervention-unfunded");
    assert!(
        rows[0][3].ends_with("interventions.yaml:13:9"),
        "{}",
        rows[0][3]
    );
    assert_eq!(rows[1][0], "risolta");
    assert_eq!(rows[1][2], "fund-underallocated");
}

#[test]
fn identical_versions_have_nothing_to_show() {
    let (old, new) = (version(OLD, "90000"), version(OLD, "90000"));
    let run = diff(&old.path(), &new.path(), "md");
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .contains("Le due versioni programmano le stesse cose.")
    );
    assert_eq!(run.stdout.matches("\n## ").count(), 1, "only the summary");
}

#[test]
fn a_version_with_errors_is_compared_with_its_errors_among_the_findings() {
    let old = version(OLD, "90000");
    let new = version(
        &NEW.replace("fnps-2021: 25000", "fnps-2012: 25000"),
        "95000",
    );
    let run = diff(&old.path(), &new.path(), "md");
    assert_eq!(run.code, 1, "a version has errors");
    let banner = format!(
        "> **Attenzione: \\`{}\\` ha 1 errore, mostrato tra le segnalazioni di pdz check; le cifre possono essere incomplete o errate.**",
        new.path().display()
    );
    assert!(run.stdout.contains(&banner), "{}", run.stdout);
    assert!(run.stdout.contains("## Sintesi"));
    assert!(
        run.stdout
            .contains("| nuova | errore | unknown-reference |"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("fondo \\`fnps-2012\\` inesistente"));
    assert!(
        run.stderr
            .contains("errore[unknown-reference]: fondo `fnps-2012` inesistente")
    );
    assert!(run.stderr.contains(
        "ha un errore, mostrato nel confronto: va corretto prima di approvare la versione"
    ));
}

#[test]
fn a_version_that_cannot_be_read_is_shown_by_its_findings() {
    let old = version(OLD, "90000");
    let new = TempPlan::empty().file("plan.yaml", "pdz: 1\nplan: [\n");
    let run = diff(&old.path(), &new.path(), "md");
    assert_eq!(run.code, 1);
    let expected = format!(
        "# Confronto tra due versioni del piano\n\n{old} → {new}\n\n\
         > **Attenzione: \\`{new}\\` non si legge come piano (1 errore): le versioni non si possono confrontare; ecco le segnalazioni di pdz check.**\n\n\
         ## Segnalazioni di pdz check\n\n\
         **Segnalazioni della versione che non si legge**\n\n\
         | Esito | Gravità | Codice | Posizione | Messaggio |\n\
         |---|---|---|---|---|\n\
         | nuova | errore | yaml-syntax | {new}/plan.yaml:2:7 | una lista tra \\`\\[ \\]\\` non chiusa, o senza \\`,\\` tra gli elementi |\n",
        old = old.path().display(),
        new = new.path().display()
    );
    assert_eq!(run.stdout, expected);
}

#[test]
fn a_missing_path_cannot_be_compared() {
    let old = version(OLD, "90000");
    let run = pdz(&["diff", old.path().to_str().unwrap(), "no/such/plan"]);
    assert_eq!(run.code, 2);
}

/// A repository whose `plans/ats` has the old version in the first commit and the
/// new one in the second.
fn repository() -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    let plan = repo.path().join("plans/ats");
    std::fs::create_dir_all(&plan).unwrap();
    let write = |interventions: &str, amount: &str| {
        std::fs::write(
            plan.join("plan.yaml"),
            BASE.replace("amount: 90000", &format!("amount: {amount}")),
        )
        .unwrap();
        std::fs::write(plan.join("interventions.yaml"), interventions).unwrap();
        std::fs::write(
            plan.join("checks.yaml"),
            "checks:\n  leps-not-covered: off\n  staffing-ratio: off\n",
        )
        .unwrap();
    };
    git(repo.path(), &["init", "-q", "-b", "main"]);
    write(OLD, "90000");
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "Piano approvato"]);
    write(NEW, "95000");
    git(repo.path(), &["commit", "-q", "-am", "Rimodulazione"]);
    repo
}

#[test]
fn a_rimodulazione_between_two_git_revisions() {
    let repo = repository();
    let run = pdz_in(
        repo.path(),
        &[
            "diff",
            "HEAD~1:plans/ats",
            "HEAD:plans/ats",
            "--format",
            "md",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("HEAD\\~1:plans/ats → HEAD:plans/ats"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("| Totale programmato | € 90.000,00 | € 95.000,00 | +€ 5.000,00 |")
    );

    // Against the working copy, from a subfolder of the repository.
    std::fs::write(
        repo.path().join("plans/ats/interventions.yaml"),
        NEW.replace("fnps-2021: 25000", "fnps-2021: 24000"),
    )
    .unwrap();
    let run = pdz_in(
        &repo.path().join("plans"),
        &["diff", "main:ats", "ats", "--format", "md"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("| Porta unica di accesso | € 65.000,00 | € 64.000,00 | -€ 1.000,00 |"),
        "{}",
        run.stdout
    );

    // pdz check reads revisions too, and names the revision in its findings.
    let run = pdz_in(
        repo.path(),
        &["check", "--format", "json", "HEAD:plans/ats"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("\"file\": \"HEAD:plans/ats/interventions.yaml\""),
        "{}",
        run.stdout
    );
}

#[test]
fn a_finding_that_stays_is_neither_new_nor_resolved_from_a_subfolder() {
    // The demo plan has one warning; compared with itself at HEAD from `plans/`, the
    // revision's files are named from the repository's root (`HEAD:plans/x/staff.yaml`)
    // and must still be matched with the files on disk.
    let repo = tempfile::tempdir().unwrap();
    crate::common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/casarano-2022-2024"),
        &repo.path().join("plans/x"),
    );
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "Piano"]);
    let check = pdz_in(repo.path(), &["check", "plans/x"]);
    assert!(check.stdout.contains("staffing-ratio"), "{}", check.stdout);
    for (dir, old, new) in [
        (repo.path().to_path_buf(), "HEAD:plans/x", "plans/x"),
        (repo.path().join("plans"), "HEAD:x", "x"),
        (repo.path().join("plans/x"), "HEAD:.", "."),
    ] {
        let run = pdz_in(&dir, &["diff", old, new, "--format", "md"]);
        assert_eq!(run.code, 0, "{old}: {}", run.stderr);
        assert!(
            !run.stdout.contains("staffing-ratio"),
            "{old} from {}: {}",
            dir.display(),
            run.stdout
        );
    }
}

#[test]
fn unreadable_revisions_are_errors_of_the_command() {
    let repo = repository();
    let run = pdz_in(repo.path(), &["diff", "nope:plans/ats", "HEAD:plans/ats"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "pdz: impossibile leggere `nope:plans/ats`: `nope` non è una revisione del repository\n"
    );
    let run = pdz_in(
        repo.path(),
        &["diff", "HEAD~1:plans/other", "HEAD:plans/ats"],
    );
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "pdz: impossibile leggere `HEAD~1:plans/other`: `plans/other` non esiste nella revisione `HEAD~1`\n"
    );
    let outside = tempfile::tempdir().unwrap();
    let run = pdz_in(
        outside.path(),
        &["diff", "HEAD:plans/ats", "HEAD:plans/ats"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("non è in un repository git"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_comparison_is_written_atomically_to_a_file() {
    let (old, new) = (version(OLD, "90000"), version(NEW, "95000"));
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("rimodulazione.html");
    let run = pdz(&[
        "diff",
        old.path().to_str().unwrap(),
        new.path().to_str().unwrap(),
        "--output",
        target.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("+€\u{a0}5.000,00"),
        "the euro sign keeps to its amount"
    );
}
