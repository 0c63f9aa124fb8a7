//! `pdz import budget`: both CSV dialects, Italian headers, bad rows with their row
//! and column, and the round trip with `pdz report budget --format csv --tidy`.

use std::path::Path;

use crate::common::{pdz, pdz_in};

const PLAN: &str = "plans/casarano-2022-2024";

fn import(dir: &Path, csv: &[u8], extra: &[&str]) -> crate::common::Run {
    std::fs::write(dir.join("budget.csv"), csv).unwrap();
    let mut args = vec!["import", "budget", "budget.csv"];
    args.extend_from_slice(extra);
    pdz_in(dir, &args)
}

#[test]
fn english_headers_with_commas() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "intervention,name,area,year,fund,amount\n\
               segretariato,Segretariato sociale,welfare-accesso,2025,fnps-2024,40000\n\
               segretariato,Segretariato sociale,welfare-accesso,2026,fnps-2024,40000.5\n\
               sad,\"Assistenza domiciliare, anziani\",invecchiamento-attivo,2025,fna-2024,\"120000.00\"\n";
    let run = import(dir.path(), csv.as_bytes(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout
            .lines()
            .skip_while(|l| l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n"),
        "interventions:
  - id: segretariato
    name: \"Segretariato sociale\"
    area: welfare-accesso
    budget:
      2025:
        fnps-2024: 40000.00
      2026:
        fnps-2024: 40000.50
  - id: sad
    name: \"Assistenza domiciliare, anziani\"
    area: invecchiamento-attivo
    budget:
      2025:
        fna-2024: 120000.00"
    );
    assert!(
        run.stdout
            .starts_with("# Importato con `pdz import budget` da budget.csv: 3 righe")
    );
}

#[test]
fn italian_headers_semicolons_decimal_commas_and_bom() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = b"\xEF\xBB\xBF".to_vec();
    csv.extend_from_slice(
        "Intervento;Nome;Area;Anno;Fondo;Importo;Note\r\n\
         segretariato;Segretariato sociale;welfare-accesso;2025;fnps-2024;1.250.000,50;prima annualità\r\n\
         segretariato;Segretariato sociale;welfare-accesso;2026;fnps-2024;80000,5;\r\n\
         ;;;;;;\r\n\
         segretariato;Segretariato sociale;welfare-accesso;2027;fnps-2024;€ 310,00;\r\n"
            .as_bytes(),
    );
    let run = import(dir.path(), &csv, &["--output", "interventi.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("colonne non usate: Note"),
        "{}",
        run.stderr
    );
    let yaml = std::fs::read_to_string(dir.path().join("interventi.yaml")).unwrap();
    assert!(
        yaml.contains("      2025:\n        fnps-2024: 1250000.50\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("      2026:\n        fnps-2024: 80000.50\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("      2027:\n        fnps-2024: 310.00\n"),
        "{yaml}"
    );
}

#[test]
fn every_bad_row_is_reported_with_row_and_column_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("out.yaml"), "previous").unwrap();
    let csv = "intervento;nome;area;anno;fondo;importo\n\
               segretariato;Segretariato;welfare-accesso;2025;fnps-2024;100,00\n\
               Segretariato Sociale;Segretariato;welfare-accesso;2025;fnps-2024;100,00\n\
               sad;SAD;invecchiamento-attivo;2025;fna-2024;1,00\n\
               sad;SAD;invecchiamento-attivo;25;fna-2024;-5,00\n\
               sad;SAD;invecchiamento-attivo;2026;fna-2024;1.250\n\
               segretariato;Segretariato;welfare-accesso;2025;fnps-2024;7,00\n\
               sad;SAD;famiglie-minori;2027;fna-2024;1\n";
    let run = import(dir.path(), csv.as_bytes(), &["--output", "out.yaml"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "--> budget.csv:3:1 (intervento)",
        "`Segretariato Sociale` non è un identificativo",
        "scrivi `segretariato-sociale`",
        "--> budget.csv:5:4 (anno)",
        "--> budget.csv:5:6 (importo)",
        "importo negativo `-5,00`",
        "--> budget.csv:6:6 (importo)",
        "ambiguo",
        "--> budget.csv:7\n",
        "compare due volte",
        "la prima volta alla riga 2",
        "--> budget.csv:8:3 (area)",
        "diverso da quello della riga 4",
        "nulla è stato scritto: 6 problemi nel foglio",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected:?} in:\n{}",
            run.stderr
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out.yaml")).unwrap(),
        "previous"
    );
}

#[test]
fn crlf_rows_are_numbered_as_the_spreadsheet_numbers_them() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "intervento;nome;area;anno;fondo;importo\r\n\
               segretariato;Segretariato;welfare-accesso;2025;fnps-2024;100,00\r\n\
               \r\n\
               sad;SAD;invecchiamento-attivo;25;fna-2024;1,00\r\n\
               \"sad\";SAD;invecchiamento-attivo;2026;fna-2024;1.250\r\n";
    let run = import(dir.path(), csv.as_bytes(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "errore: `25` non è un anno di quattro cifre\n  --> budget.csv:4:4 (anno)\n\n\
         errore: importo `1.250` ambiguo: il punto separa le migliaia o i decimali?\n  --> budget.csv:5:6 (importo)\n   \
         = aiuto: in un file separato da `;` scrivi i decimali con la virgola: `1250,00` o `1,25`\n\n\
         pdz: nulla è stato scritto: 2 problemi nel foglio\n"
    );
}

#[test]
fn two_thousands_points_are_thousands() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "intervento;nome;area;anno;fondo;importo\n\
               sad;SAD;invecchiamento-attivo;2025;fna-2024;1.250.000\n\
               sad;SAD;invecchiamento-attivo;2026;fna-2024;€ 12.345.678\n\
               sad;SAD;invecchiamento-attivo;2027;fna-2024;-1.250.000\n";
    let run = import(dir.path(), csv.as_bytes(), &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("importo negativo `-1.250.000`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("un problema nel foglio"),
        "{}",
        run.stderr
    );
    let fixed = csv.replace("-1.250.000", "1.000.000,50");
    let run = import(dir.path(), fixed.as_bytes(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "      2025:\n        fna-2024: 1250000.00\n      2026:\n        fna-2024: 12345678.00\n      2027:\n        fna-2024: 1000000.50\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_missing_column_is_named_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let run = import(
        dir.path(),
        b"intervento,nome,area,anno,fondo,imorto\nx,X,a,2025,f,1\n",
        &["--lang", "en"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("column `amount` (or `importo`) is missing"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("`imorto`"), "{}", run.stderr);
    assert!(run.stderr.contains("--> budget.csv:1\n"), "{}", run.stderr);
}

#[test]
fn a_file_that_is_not_utf8_is_refused_at_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let run = import(
        dir.path(),
        b"intervento,nome,area,anno,fondo,importo\nx,Citt\xe0,a,2025,f,1\n",
        &[],
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("--> budget.csv:2\n"), "{}", run.stderr);
    assert!(run.stderr.contains("CSV UTF-8"), "{}", run.stderr);
}

/// The budget of the demo plan, exported as tidy CSV and imported again, gives the
/// same budget lines to the cent, in both CSV dialects.
#[test]
fn the_tidy_budget_export_round_trips() {
    for dialect in ["standard", "excel-it"] {
        let exported = pdz(&[
            "report",
            "budget",
            PLAN,
            "--format",
            "csv",
            "--tidy",
            "--csv-dialect",
            dialect,
        ]);
        assert_eq!(exported.code, 0, "{}", exported.stderr);

        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan");
        std::fs::create_dir(&plan).unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN);
        for file in [
            "plan.yaml",
            "ambito.yaml",
            "areas.yaml",
            "funds.yaml",
            "leps.yaml",
        ] {
            std::fs::copy(root.join(file), plan.join(file)).unwrap();
        }
        let run = import(
            dir.path(),
            exported.stdout.as_bytes(),
            &["--output", "plan/interventions.yaml"],
        );
        assert_eq!(run.code, 0, "{dialect}: {}", run.stderr);

        let again = pdz_in(
            dir.path(),
            &[
                "report",
                "budget",
                "plan",
                "--format",
                "csv",
                "--tidy",
                "--csv-dialect",
                dialect,
                "--allow-errors",
            ],
        );
        assert_eq!(again.code, 0, "{}", again.stderr);
        assert_eq!(again.stdout, exported.stdout, "{dialect}");
    }
}

/// The demo plan copied into `dir/plan`.
fn demo_copy(dir: &Path) -> std::path::PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let plan = dir.join("plan");
    copy(&Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN), &plan);
    plan
}

#[test]
fn a_budget_sheet_merged_into_its_plan_changes_only_the_budget_lines_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    let plan = demo_copy(dir.path());
    let exported = pdz(&["report", "budget", PLAN, "--format", "csv", "--tidy"]);
    assert_eq!(exported.code, 0, "{}", exported.stderr);
    // The office moves € 1.000,50 of one line to a new intervention.
    let line = "servizio-sociale-professionale,Servizio sociale professionale di ambito,welfare-accesso,2024,qsfp-2023,220000.00";
    assert!(exported.stdout.contains(line), "{}", exported.stdout);
    let sheet = exported
        .stdout
        .replace(line, &line.replace("220000.00", "218999.50"))
        + "sportello-nuovo,Sportello nuovo,welfare-accesso,2024,qsfp-2023,1000.50\n";
    std::fs::write(dir.path().join("bilancio.csv"), sheet).unwrap();
    let before =
        std::fs::read_to_string(plan.join("interventions/01-welfare-accesso.yaml")).unwrap();

    let run = pdz_in(
        dir.path(),
        &["import", "budget", "bilancio.csv", "--into", "plan"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("unito nel piano: 1 intervento aggiornato, 1 aggiunto"),
        "{}",
        run.stderr
    );
    let after =
        std::fs::read_to_string(plan.join("interventions/01-welfare-accesso.yaml")).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [("        qsfp-2023: 220000", "        qsfp-2023: 218999.50")]
    );
    assert_eq!(before.lines().count(), after.lines().count());
    let added = std::fs::read_to_string(plan.join("interventions/importati.yaml")).unwrap();
    assert!(added.contains("  - id: sportello-nuovo\n"), "{added}");
    // The merged plan checks as the demo does (the new intervention reaches no LEPS yet).
    let check = pdz_in(dir.path(), &["check", "plan"]);
    assert_eq!(check.code, 0, "{}", check.stdout);

    // The same sheet again changes nothing.
    let again = pdz_in(
        dir.path(),
        &["import", "budget", "bilancio.csv", "--into", "plan"],
    );
    assert!(
        again.stderr.contains("0 interventi aggiornati, 0 aggiunti"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(plan.join("interventions/01-welfare-accesso.yaml")).unwrap(),
        after
    );
}
