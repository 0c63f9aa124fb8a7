//! Workbooks opened by the real client: every XLSX and ODS pdz writes is opened with
//! headless LibreOffice Calc and converted to CSV, every sheet, with the formulas
//! recomputed; every cell is compared with pdz's own figures (its JSON output) to the
//! cent, and codes must come back as text (`075016`, not `75016`). Workbooks saved by
//! LibreOffice itself are imported, to prove that real files are read.
//!
//! They need LibreOffice (`soffice`), so `cargo test` skips them and says why;
//! `.ci/run` installs it and runs `cargo test --test testsuite spreadsheets_libreoffice:: -- --ignored`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::pdz_in;
use calamine::Reader;
use serde_json::Value;

const PLAN: &str = "plans/casarano-2022-2024";

/// Every sheet of a CSV export: `,` separated, `"` quoted, UTF-8, formulas' values.
const ALL_SHEETS_CSV: &str =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

fn plan() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(PLAN)
        .display()
        .to_string()
}

/// LibreOffice's settings: recalculate every formula on load, of XLSX and ODS files
/// alike (by default it shows the values stored with them).
const RECALCULATE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#;

/// Converts `file` with LibreOffice into `out`, with a profile of this test's own (so
/// that tests run in parallel) that recalculates formulas.
fn soffice(dir: &Path, file: &Path, filter: &str, out: &Path) {
    let profile_dir = dir.join("lo-profile");
    let settings = profile_dir.join("user/registrymodifications.xcu");
    if !settings.exists() {
        std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
        std::fs::write(&settings, RECALCULATE).unwrap();
    }
    let profile = format!("file://{}", profile_dir.display());
    let status = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            filter,
            "--outdir",
        ])
        .arg(out)
        .arg(file)
        .output()
        .expect("soffice runs (install LibreOffice: apt-get install libreoffice-calc-nogui)");
    assert!(
        status.status.success(),
        "soffice: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// The rows of each sheet as LibreOffice computed them, by sheet name.
fn sheets_as_csv(dir: &Path, file: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let out = dir.join("csv");
    soffice(dir, file, ALL_SHEETS_CSV, &out);
    let names = calamine::open_workbook_auto(file).unwrap().sheet_names();
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    names
        .into_iter()
        .map(|name| {
            let path = out.join(format!("{stem}-{name}.csv"));
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_path(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let rows = reader
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect())
                .collect();
            (name, rows)
        })
        .collect()
}

/// `4709750.5` → 470975050: a decimal as LibreOffice writes it, in hundredths.
fn hundredths(text: &str) -> i128 {
    let text = text.trim().trim_end_matches('%');
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let negative = whole.starts_with('-');
    let whole: i128 = whole
        .trim_start_matches('-')
        .parse()
        .unwrap_or_else(|_| panic!("{text}"));
    let fraction = format!("{fraction:0<2}");
    assert!(fraction.len() == 2, "{text}: more than two decimals");
    let value = whole * 100 + fraction.parse::<i128>().unwrap();
    if negative { -value } else { value }
}

/// Compares every cell of every table of pdz's JSON document with the sheet
/// LibreOffice computed; returns how many totals and subtotals were compared.
fn compare(json: &Value, sheets: &[(String, Vec<Vec<String>>)]) -> usize {
    let tables: Vec<&Value> = json["reports"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["blocks"].as_array().unwrap())
        .filter(|b| b["type"] == "table")
        .collect();
    assert_eq!(
        sheets.len(),
        tables.len() + 1,
        "one sheet per table, after the plan's"
    );
    let mut totals = 0;
    for (table, (name, rows)) in tables.iter().zip(&sheets[1..]) {
        let columns: Vec<&str> = table["columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert_eq!(rows[1][..columns.len()], columns, "{name}: header");
        for (index, row) in table["rows"].as_array().unwrap().iter().enumerate() {
            let sheet_row = &rows[index + 2];
            let total = row["role"] != "item" && row["role"] != "group";
            for (column, cell) in row["cells"].as_array().unwrap().iter().enumerate() {
                let got = sheet_row.get(column).map_or("", String::as_str);
                let at = format!("{name} row {} column {column}: {cell}", index + 3);
                match cell["type"].as_str().unwrap() {
                    "money" | "money-change" => {
                        let cents: i128 = cell["cents"].as_str().unwrap().parse().unwrap();
                        assert_eq!(hundredths(got), cents, "{at}");
                        totals += usize::from(total);
                    }
                    "count" | "count-change" | "year" => {
                        assert_eq!(got, cell["value"].to_string(), "{at}");
                    }
                    // No rate (0 over 0) is an empty cell.
                    "percent" if cell["basis_points"].is_null() => assert_eq!(got, "", "{at}"),
                    "percent" => {
                        let bp = cell["basis_points"].as_i64().unwrap();
                        assert_eq!(hundredths(got), i128::from(bp), "{at}");
                    }
                    "decimal" => {
                        assert_eq!(
                            hundredths(got),
                            hundredths(cell["value"].as_str().unwrap()),
                            "{at}"
                        );
                    }
                    "text" => assert_eq!(got, cell["value"].as_str().unwrap(), "{at}"),
                    "empty" => assert_eq!(got, "", "{at}"),
                    _ => assert!(!got.is_empty(), "{at}"),
                }
            }
        }
    }
    totals
}

/// Runs pdz in `dir`, expecting success, and returns what it printed.
fn run(dir: &Path, args: &[&str]) -> String {
    let run = pdz_in(dir, args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

/// Writes `file` with `args --output file`, opens it with LibreOffice and compares
/// it with `args --format json`.
fn check_workbook(args: &[&str], file: &str) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join(file);
    let mut write = args.to_vec();
    write.extend(["--output", file]);
    run(dir.path(), &write);
    let mut json = args.to_vec();
    json.extend(["--format", "json"]);
    let json: Value = serde_json::from_str(&run(dir.path(), &json)).unwrap();
    compare(&json, &sheets_as_csv(dir.path(), &path))
}

#[ignore = "needs LibreOffice (soffice)"]
#[test]
fn report_all_as_xlsx_recomputes_to_pdz_figures_in_libreoffice() {
    let plan = plan();
    assert!(check_workbook(&["report", "all", &plan], "quadro.xlsx") > 50);
    assert!(check_workbook(&["report", "budget", &plan, "--detail"], "dettaglio.xlsx") > 10);
}

#[ignore = "needs LibreOffice (soffice)"]
#[test]
fn report_all_as_ods_recomputes_to_pdz_figures_in_libreoffice() {
    let plan = plan();
    assert!(check_workbook(&["report", "all", &plan], "quadro.ods") > 50);
    assert!(
        check_workbook(
            &["report", "council", &plan, "--comune", "matino"],
            "matino.ods"
        ) > 0
    );
}

#[ignore = "needs LibreOffice (soffice)"]
#[test]
fn diff_and_aggregate_workbooks_open_in_libreoffice() {
    let plan = plan();
    check_workbook(&["diff", &plan, &plan], "diff.xlsx");
    check_workbook(&["diff", &plan, &plan], "diff.ods");
    assert!(check_workbook(&["aggregate", &plan], "ambiti.xlsx") > 0);
    assert!(check_workbook(&["aggregate", &plan], "ambiti.ods") > 0);
}

/// A budget workbook saved by LibreOffice (from pdz's own, as XLSX and as ODS) is
/// imported to the same interventions as pdz's own.
#[ignore = "needs LibreOffice (soffice)"]
#[test]
fn workbooks_saved_by_libreoffice_are_imported() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan();
    run(
        dir.path(),
        &["report", "budget", &plan, "--tidy", "-o", "bilancio.xlsx"],
    );
    let ours = run(dir.path(), &["import", "budget", "bilancio.xlsx"]);
    let body = |yaml: &str| yaml.lines().skip(2).collect::<Vec<_>>().join("\n");
    for (filter, file) in [
        ("xlsx:Calc MS Excel 2007 XML", "bilancio.xlsx"),
        ("ods", "bilancio.ods"),
        ("xls:MS Excel 97", "bilancio.xls"),
    ] {
        let out = dir.path().join("saved");
        soffice(dir.path(), &dir.path().join("bilancio.xlsx"), filter, &out);
        let saved = out.join(file);
        let theirs = run(dir.path(), &["import", "budget", saved.to_str().unwrap()]);
        assert_eq!(body(&theirs), body(&ours), "{file}");
    }
}

/// The comparisons above are worth something only if LibreOffice recomputes the
/// formulas instead of showing the values stored with them: a wrong stored value
/// must not survive.
#[ignore = "needs LibreOffice (soffice)"]
#[test]
fn libreoffice_recomputes_the_formulas_it_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_number(0, 0, 1234.5).unwrap();
    sheet.write_number(1, 0, 0.25).unwrap();
    let formula = rust_xlsxwriter::Formula::new("=SUM(A1:A2)").set_result("999");
    sheet.write_formula(2, 0, formula).unwrap();
    let file = dir.path().join("stale.xlsx");
    workbook.save(&file).unwrap();
    let sheets = sheets_as_csv(dir.path(), &file);
    assert_eq!(sheets[0].1[2][0], "1234.75");
}

/// The plan template of `pdz init --workbook`, filled in and saved by LibreOffice as
/// ODS and XLSX, imports to the same plan, which checks.
#[ignore = "needs LibreOffice (soffice)"]
#[test]
fn plan_workbooks_saved_by_libreoffice_are_imported() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &["init", "--workbook", "piano.xlsx", "--from", "2025"],
    );
    let filled = crate::common::workbook::fill_plan_workbook(
        &dir.path().join("piano.xlsx"),
        &crate::common::workbook::valid_plan(),
    );
    std::fs::write(dir.path().join("compilato.xlsx"), filled).unwrap();
    let ours = run(dir.path(), &["import", "plan", "compilato.xlsx"]);
    let body = |yaml: &str| yaml.lines().skip(1).collect::<Vec<_>>().join("\n");
    for (filter, file) in [
        ("ods", "compilato.ods"),
        ("xlsx:Calc MS Excel 2007 XML", "compilato.xlsx"),
    ] {
        let out = dir.path().join("saved");
        soffice(dir.path(), &dir.path().join("compilato.xlsx"), filter, &out);
        let saved = out.join(file);
        let output = format!("{file}.yaml");
        run(
            dir.path(),
            &[
                "import",
                "plan",
                saved.to_str().unwrap(),
                "--output",
                &output,
            ],
        );
        let theirs = std::fs::read_to_string(dir.path().join(&output)).unwrap();
        assert_eq!(body(&theirs), body(&ours), "{file}");
        run(dir.path(), &["check", &output]);
    }
    // The template itself opens in LibreOffice, in both formats.
    run(dir.path(), &["init", "--workbook", "vuoto.ods"]);
    soffice(
        dir.path(),
        &dir.path().join("vuoto.ods"),
        "xlsx:Calc MS Excel 2007 XML",
        &dir.path().join("saved"),
    );
    let sheets = calamine::open_workbook_auto(dir.path().join("saved/vuoto.xlsx"))
        .unwrap()
        .sheet_names();
    assert_eq!(
        sheets,
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
}
