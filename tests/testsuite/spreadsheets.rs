//! Workbooks both ways, without LibreOffice: the cells pdz writes to XLSX and ODS
//! (read back with calamine), totals as formulas that add up to pdz's figures, the
//! import of workbooks with every problem at its sheet and cell, the round trip of
//! the budget, and output extensions pdz does not know (exit 2).

use std::path::Path;

use crate::common::{pdz, pdz_in};
use calamine::{Data, Reader};

const PLAN: &str = "plans/casarano-2022-2024";

/// Writes `report all` of the demo plan to `file` in `dir`.
fn report_all(dir: &Path, file: &str) -> Vec<u8> {
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN);
    let run = pdz_in(
        dir,
        &["report", "all", plan.to_str().unwrap(), "--output", file],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::read(dir.join(file)).unwrap()
}

type Sheets = calamine::Sheets<std::io::Cursor<Vec<u8>>>;

fn open(bytes: Vec<u8>) -> Sheets {
    calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap()
}

/// The cells a `SUM` formula names: `SUM(C3:C5,C7)` or `of:=SUM([.C3:.C5];[.C7])`.
fn sum_cells(formula: &str) -> Option<Vec<(u32, u32)>> {
    let plain = formula
        .trim_start_matches("of:")
        .trim_start_matches('=')
        .replace(['[', ']', '.'], "")
        .replace(';', ",");
    let inner = plain.strip_prefix("SUM(")?.strip_suffix(')')?;
    let mut cells = Vec::new();
    for part in inner.split(',') {
        let (from, to) = part.split_once(':').unwrap_or((part, part));
        let (column, first) = cell(from)?;
        let (_, last) = cell(to)?;
        cells.extend((first..=last).map(|row| (row, column)));
    }
    Some(cells)
}

/// `C12` as 0-based (column, row).
fn cell(reference: &str) -> Option<(u32, u32)> {
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = reference.split_at(split);
    let column = letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1));
    Some((column - 1, digits.parse::<u32>().ok()? - 1))
}

fn cents(value: f64) -> i64 {
    (value * 100.0).round() as i64
}

/// Every formula of every sheet is a `SUM` whose cells add up, to the cent, to the
/// figure pdz stored with it; returns how many there are.
fn check_formulas(sheets: &mut Sheets) -> usize {
    let mut count = 0;
    for name in sheets.sheet_names() {
        let values = sheets.worksheet_range(&name).unwrap();
        let formulas = sheets.worksheet_formula(&name).unwrap();
        let (top, left) = formulas.start().unwrap_or((0, 0));
        for (row, column, formula) in formulas.used_cells() {
            if formula.is_empty() {
                continue;
            }
            let at = (top + row as u32, left + column as u32);
            let cells = sum_cells(formula).unwrap_or_else(|| panic!("{name}: {formula}"));
            let sum: i64 = cells
                .iter()
                .map(|&(r, c)| match values.get_value((r, c)) {
                    Some(Data::Float(f)) => cents(*f),
                    Some(Data::Int(n)) => n * 100,
                    _ => 0,
                })
                .sum();
            let Some(Data::Float(shown)) = values.get_value(at) else {
                panic!("{name} {at:?}: the formula has no number");
            };
            assert_eq!(sum, cents(*shown), "{name} {at:?}: {formula}");
            count += 1;
        }
    }
    count
}

/// The comuni sheet: ISTAT codes as text with their leading zero, residents and money
/// as numbers.
fn check_comuni(sheets: &mut Sheets) {
    let name = sheets
        .sheet_names()
        .into_iter()
        .find(|n| n.starts_with("Comuni"))
        .expect("a sheet of the comuni");
    let range = sheets.worksheet_range(&name).unwrap();
    let casarano = range
        .rows()
        .find(|r| r.first() == Some(&Data::String("Casarano".into())))
        .expect("Casarano's row");
    assert_eq!(casarano[1], Data::String("075016".into()));
    assert!(matches!(casarano[2], Data::Float(_) | Data::Int(_)));
    assert!(matches!(casarano[5], Data::Float(_)), "{:?}", casarano[5]);
}

#[test]
fn xlsx_cells_are_typed_and_totals_are_formulas_of_their_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut sheets = open(report_all(dir.path(), "quadro.xlsx"));
    assert_eq!(sheets.sheet_names()[0], "Piano");
    assert!(
        sheets.sheet_names().len() > 10,
        "{:?}",
        sheets.sheet_names()
    );
    check_comuni(&mut sheets);
    assert!(check_formulas(&mut sheets) > 50);
}

#[test]
fn ods_cells_are_typed_and_totals_are_formulas_of_their_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut sheets = open(report_all(dir.path(), "quadro.ods"));
    assert_eq!(sheets.sheet_names()[0], "Piano");
    check_comuni(&mut sheets);
    assert!(check_formulas(&mut sheets) > 50);
}

#[test]
fn the_first_sheet_names_the_plan_its_files_and_pdz() {
    let dir = tempfile::tempdir().unwrap();
    let mut sheets = open(report_all(dir.path(), "quadro.xlsx"));
    let range = sheets.worksheet_range("Piano").unwrap();
    let text: Vec<String> = range.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(text.contains(&"V Piano sociale di zona 2022-2024".to_string()));
    assert!(text.iter().any(|t| t.ends_with("funds.yaml")), "{text:?}");
    assert!(text.contains(&format!("pdz {}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn diff_and_aggregate_write_workbooks() {
    let dir = tempfile::tempdir().unwrap();
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN);
    let plan = plan.to_str().unwrap();
    let run = pdz_in(dir.path(), &["diff", plan, plan, "--output", "diff.ods"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = pdz_in(dir.path(), &["aggregate", plan, "--output", "ambiti.xlsx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut sheets = open(std::fs::read(dir.path().join("ambiti.xlsx")).unwrap());
    assert!(check_formulas(&mut sheets) > 0);
    open(std::fs::read(dir.path().join("diff.ods")).unwrap());
}

#[test]
fn an_output_extension_pdz_does_not_know_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN);
    let plan = plan.to_str().unwrap();
    std::fs::write(dir.path().join("budget.csv"), "intervention\n").unwrap();
    for args in [
        vec!["report", "all", plan, "--output", "quadro.xls"],
        vec!["diff", plan, plan, "--output", "diff.docx"],
        vec!["aggregate", plan, "--output", "ambiti.numbers"],
        vec![
            "import",
            "budget",
            "budget.csv",
            "--output",
            "interventi.txt",
        ],
    ] {
        let run = pdz_in(dir.path(), &args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("non conosce l'estensione"),
            "{}",
            run.stderr
        );
        assert!(
            std::fs::read_dir(dir.path()).unwrap().count() == 1,
            "{args:?}"
        );
    }
    let run = pdz(&["report", "all", plan, "--output", "/tmp/quadro.xls"]);
    assert!(
        run.stderr
            .contains(".txt, .md, .html, .pdf, .csv, .json, .xlsx, .ods"),
        "{}",
        run.stderr
    );
}

/// A budget workbook written with rust_xlsxwriter, as an office's spreadsheet would be:
/// a title row, the header, typed and text cells.
fn budget_workbook(rows: &[[&str; 6]], amounts: &[Option<f64>]) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Bilancio").unwrap();
    sheet.write_string(0, 0, "Righe di bilancio").unwrap();
    for (column, name) in ["intervento", "nome", "area", "anno", "fondo", "importo"]
        .iter()
        .enumerate()
    {
        sheet.write_string(1, column as u16, *name).unwrap();
    }
    for (index, row) in rows.iter().enumerate() {
        let at = index as u32 + 2;
        for (column, text) in row.iter().enumerate() {
            match (column, text.parse::<f64>()) {
                (3, Ok(year)) => sheet.write_number(at, 3, year).unwrap(),
                _ => sheet.write_string(at, column as u16, *text).unwrap(),
            };
        }
        if let Some(Some(amount)) = amounts.get(index) {
            sheet.write_number(at, 5, *amount).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn money_from_cells_keeps_its_cents_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = budget_workbook(
        &[
            [
                "sad",
                "Assistenza domiciliare",
                "anziani",
                "2025",
                "fna-2024",
                "",
            ],
            [
                "sad",
                "Assistenza domiciliare",
                "anziani",
                "2026",
                "fna-2024",
                "1.234,50",
            ],
            [
                "sad",
                "Assistenza domiciliare",
                "anziani",
                "2027",
                "fna-2024",
                "",
            ],
        ],
        &[Some(1234.5), None, Some(0.1 + 0.2)],
    );
    std::fs::write(dir.path().join("bilancio.xlsx"), bytes).unwrap();
    let run = pdz_in(dir.path(), &["import", "budget", "bilancio.xlsx"]);
    // 0.1 + 0.2 is 0.30000000000000004 in the cell: a fraction of a cent, refused.
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("--> bilancio.xlsx:Bilancio!F5 (importo)"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("errore").count(), 1, "{}", run.stderr);

    let bytes = budget_workbook(
        &[
            [
                "sad",
                "Assistenza domiciliare",
                "anziani",
                "2025",
                "fna-2024",
                "",
            ],
            [
                "sad",
                "Assistenza domiciliare",
                "anziani",
                "2026",
                "fna-2024",
                "1.234,50",
            ],
        ],
        &[Some(1234.5)],
    );
    std::fs::write(dir.path().join("bilancio.xlsx"), bytes).unwrap();
    let run = pdz_in(dir.path(), &["import", "budget", "bilancio.xlsx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "      2025:\n        fna-2024: 1234.50\n      2026:\n        fna-2024: 1234.50\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn every_problem_of_a_workbook_is_at_its_sheet_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = budget_workbook(
        &[
            [
                "sad",
                "Assistenza domiciliare",
                "anziani",
                "2025",
                "fna-2024",
                "100",
            ],
            ["Sad Nuovo", "", "anziani", "duemila", "fna-2024", "12,345"],
            [
                "sad",
                "Assistenza domiciliare",
                "anziani",
                "2026",
                "fna 2024",
                "",
            ],
        ],
        &[None, None, Some(0.005)],
    );
    std::fs::write(dir.path().join("bilancio.xlsx"), bytes).unwrap();
    let run = pdz_in(dir.path(), &["import", "budget", "bilancio.xlsx"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.stdout, "");
    let places: Vec<&str> = run
        .stderr
        .lines()
        .filter_map(|l| l.trim().strip_prefix("--> "))
        .collect();
    assert_eq!(
        places,
        [
            "bilancio.xlsx:Bilancio!A4 (intervento)",
            "bilancio.xlsx:Bilancio!B4 (nome)",
            "bilancio.xlsx:Bilancio!D4 (anno)",
            "bilancio.xlsx:Bilancio!F4 (importo)",
            "bilancio.xlsx:Bilancio!E5 (fondo)",
            "bilancio.xlsx:Bilancio!F5 (importo)",
        ],
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("aiuto:"), "{}", run.stderr);
}

#[test]
fn a_file_that_is_no_workbook_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bilancio.xlsx"), "intervento,nome\n").unwrap();
    let run = pdz_in(dir.path(), &["import", "budget", "bilancio.xlsx"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("cartella di lavoro"), "{}", run.stderr);
}

/// The demo plan's budget exported to a workbook and imported again gives the same
/// budget lines to the cent, in both formats.
#[test]
fn the_budget_round_trips_through_a_workbook() {
    let expected = pdz(&["report", "budget", PLAN, "--format", "csv", "--tidy"]);
    assert_eq!(expected.code, 0, "{}", expected.stderr);
    for file in ["bilancio.xlsx", "bilancio.ods"] {
        let dir = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN);
        let run = pdz_in(
            dir.path(),
            &[
                "report",
                "budget",
                root.to_str().unwrap(),
                "--tidy",
                "-o",
                file,
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        let plan = dir.path().join("plan");
        std::fs::create_dir(&plan).unwrap();
        for name in [
            "plan.yaml",
            "ambito.yaml",
            "areas.yaml",
            "funds.yaml",
            "leps.yaml",
        ] {
            std::fs::copy(root.join(name), plan.join(name)).unwrap();
        }
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
        assert_eq!(run.code, 0, "{file}: {}", run.stderr);
        let again = pdz_in(
            dir.path(),
            &[
                "report",
                "budget",
                "plan",
                "--format",
                "csv",
                "--tidy",
                "--allow-errors",
            ],
        );
        assert_eq!(again.code, 0, "{}", again.stderr);
        assert_eq!(again.stdout, expected.stdout, "{file}");
    }
}

#[test]
fn a_plan_kept_in_the_init_workbook_imports_to_a_plan_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    let run = pdz_in(
        dir.path(),
        &["init", "--workbook", "piano.xlsx", "--from", "2025"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut template = open(std::fs::read(dir.path().join("piano.xlsx")).unwrap());
    assert_eq!(
        template.sheet_names(),
        [
            "Piano",
            "Comuni",
            "Aree",
            "Fondi",
            "Interventi",
            "Bilancio",
            "Note"
        ]
    );
    let budget = template.worksheet_range("Bilancio").unwrap();
    assert_eq!(
        budget.rows().nth(1).unwrap(),
        ["intervento", "anno", "fondo", "importo"].map(|t| Data::String(t.into()))
    );
    let filled = crate::common::workbook::fill_plan_workbook(
        &dir.path().join("piano.xlsx"),
        &crate::common::workbook::valid_plan(),
    );
    std::fs::write(dir.path().join("compilato.xlsx"), filled).unwrap();
    let run = pdz_in(
        dir.path(),
        &["import", "plan", "compilato.xlsx", "--output", "piano.yaml"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let yaml = std::fs::read_to_string(dir.path().join("piano.yaml")).unwrap();
    assert!(yaml.contains("istat: \"075021\""), "{yaml}");
    assert!(yaml.contains("fnps-2025: 29999.99"), "{yaml}");
    let check = pdz_in(dir.path(), &["check", "piano.yaml"]);
    assert_eq!(check.code, 0, "{}\n{yaml}", check.stdout);
}

#[test]
fn every_problem_of_a_plan_workbook_is_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let run = pdz_in(dir.path(), &["init", "--workbook", "piano.ods"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let filled = crate::common::workbook::fill_plan_workbook(
        &dir.path().join("piano.ods"),
        &[
            (
                "Piano",
                vec![vec![
                    "Piano",
                    "duemila",
                    "#2027",
                    "ats-prova",
                    "Ambito",
                    "",
                    "nessuno",
                ]],
            ),
            (
                "Comuni",
                vec![vec!["capofila", "Comune capofila", "075016", "tanti"]],
            ),
            (
                "Aree",
                vec![vec!["Welfare Accesso", "Il sistema del welfare d'accesso"]],
            ),
            (
                "Fondi",
                vec![vec!["fnps-2025", "fnps", "", "", "#90000.001"]],
            ),
            (
                "Interventi",
                vec![vec!["sad", "Assistenza domiciliare", "anziani"]],
            ),
            ("Bilancio", vec![vec!["sad", "#2025", "fna-2025", "#100"]]),
        ],
    );
    std::fs::write(dir.path().join("compilato.xlsx"), filled).unwrap();
    let run = pdz_in(dir.path(), &["import", "plan", "compilato.xlsx"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let places: Vec<&str> = run
        .stderr
        .lines()
        .filter_map(|l| l.trim().strip_prefix("--> "))
        .collect();
    assert_eq!(
        places,
        [
            "compilato.xlsx:Piano!B3 (dal)",
            "compilato.xlsx:Piano!G3 (capofila)",
            "compilato.xlsx:Comuni!D3 (residenti)",
            "compilato.xlsx:Aree!A3 (id)",
            "compilato.xlsx:Fondi!E3 (importo)",
            "compilato.xlsx:Interventi!C3 (area)",
            "compilato.xlsx:Bilancio!C3 (fondo)",
        ],
        "{}",
        run.stderr
    );
}

/// A workbook naming a cell at the far corner of the grid is refused at once, not
/// read into a grid of 17 billion cells.
#[test]
fn a_workbook_with_a_far_away_cell_is_refused_without_allocating_the_grid() {
    let dir = tempfile::tempdir().unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "intervento").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    std::fs::write(
        dir.path().join("bomba.xlsx"),
        workbook.save_to_buffer().unwrap(),
    )
    .unwrap();
    for command in ["budget", "plan"] {
        let run = pdz_in(dir.path(), &["import", command, "bomba.xlsx"]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(run.stderr.contains("XFD1048576"), "{}", run.stderr);
        assert!(run.stderr.contains("--> bomba.xlsx\n"), "{}", run.stderr);
    }
}
