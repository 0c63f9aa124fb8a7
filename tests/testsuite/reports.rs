//! `pdz report`: every report in every format on the demo plan, and what a user relies on:
//! exact totals, no report from a plan with errors, safe HTML, template overrides, atomic files.

use crate::common::{BASE, TempPlan, pdz, pdz_in};

const DEMO: &str = "plans/casarano-2022-2024";
use crate::common::REPORT_KINDS as KINDS;

fn report(args: &[&str]) -> String {
    let run = pdz(args);
    assert_eq!(run.code, 0, "pdz {args:?}: {}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    run.stdout
}

#[test]
fn every_report_as_markdown() {
    for kind in KINDS {
        insta::assert_snapshot!(
            format!("report-{kind}-md"),
            report(&["report", kind, DEMO, "--format", "md"])
        );
    }
}

#[test]
fn every_report_as_csv() {
    for kind in KINDS {
        insta::assert_snapshot!(
            format!("report-{kind}-csv"),
            report(&["report", kind, DEMO, "--format", "csv"])
        );
    }
}

#[test]
fn every_report_as_json() {
    for kind in KINDS {
        let text = report(&["report", kind, DEMO, "--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["version"], 1);
        insta::assert_snapshot!(format!("report-{kind}-json"), text);
    }
}

#[test]
fn detail_variants_and_english() {
    insta::assert_snapshot!(
        "report-budget-detail-md",
        report(&["report", "budget", DEMO, "--detail", "--format", "md"])
    );
    let schede = report(&[
        "report",
        "interventions",
        DEMO,
        "--detail",
        "--format",
        "md",
    ]);
    assert_eq!(schede.matches("**Scheda**").count(), 40);
    assert!(
        schede.contains("| Ore di apertura settimanali per sportello | ore/settimana | 6 | 21 |"),
        "{schede}"
    );
    insta::assert_snapshot!(
        "report-summary-en-md",
        report(&["--lang", "en", "report", "summary", DEMO, "--format", "md"])
    );
}

#[test]
fn terminal_tables_when_piped_have_no_colour() {
    let text = report(&["report", "summary", DEMO]);
    assert!(
        text.contains("│ Totale programmato          ┆                         € 13.761.250,50 │"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn totals_match_the_input_to_the_cent() {
    let json: serde_json::Value =
        serde_json::from_str(&report(&["report", "budget", DEMO, "--format", "json"])).unwrap();
    let rows = json["reports"][0]["blocks"][0]["rows"].as_array().unwrap();
    let total = rows.last().unwrap();
    assert_eq!(total["role"], "total");
    let cells = total["cells"].as_array().unwrap();
    let grand = &cells[cells.len() - 1];
    assert_eq!(
        (grand["type"].as_str(), grand["value"].as_str()),
        (Some("money"), Some("13761250.50"))
    );
    // The same money, year by year, as the sum of the budget lines in the YAML files.
    let tidy = report(&["report", "budget", DEMO, "--format", "csv", "--tidy"]);
    let cents: i128 = tidy
        .lines()
        .skip(1)
        .map(|line| {
            let amount = line.rsplit(',').next().unwrap();
            let (euro, cents) = amount.split_once('.').unwrap();
            euro.parse::<i128>().unwrap() * 100 + cents.parse::<i128>().unwrap()
        })
        .sum();
    assert_eq!(cents, 1_376_125_050);
}

#[test]
fn comuni_shares_add_up_exactly() {
    let csv = report(&["report", "comuni", DEMO, "--format", "csv"]);
    let lines: Vec<Vec<String>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(String::from).collect())
        .collect();
    // Columns: comune, istat, residents, share, reaching, money, per resident, 3 splits, total, per resident.
    let (items, total) = lines.split_at(lines.len() - 1);
    for column in [5, 7, 8, 9, 10] {
        let sum: i128 = items.iter().map(|r| cents(&r[column])).sum();
        assert_eq!(sum, cents(&total[0][column]), "column {column}");
    }
    assert_eq!(cents(&total[0][7]), 46_400_000);
}

fn cents(text: &str) -> i128 {
    let (euro, cents) = text.split_once('.').unwrap();
    euro.parse::<i128>().unwrap() * 100 + cents.parse::<i128>().unwrap()
}

#[test]
fn year_and_area_filters() {
    let text = report(&[
        "report",
        "summary",
        DEMO,
        "--year",
        "2023",
        "--area",
        "welfare-accesso",
        "--format",
        "md",
    ]);
    assert!(
        text.contains("(anno 2023, area: Il sistema del welfare d'accesso)"),
        "{text}"
    );
    assert!(text.contains("| Interventi | 5 |\n"), "{text}");
    assert!(
        text.contains("| Totale programmato | € 647.000,00 |\n"),
        "{text}"
    );

    let bad_area = pdz(&["report", "summary", DEMO, "--area", "welfare-acesso"]);
    assert_eq!(bad_area.code, 2);
    assert_eq!(
        bad_area.stderr,
        "pdz: l'area `welfare-acesso` non esiste: forse intendevi `welfare-accesso`?\n"
    );
    let bad_year = pdz(&["report", "summary", DEMO, "--year", "2030"]);
    assert_eq!(bad_year.code, 2);
    assert!(bad_year.stderr.contains("2030"));
}

#[test]
fn csv_excel_dialect() {
    let text = report(&[
        "report",
        "funds",
        DEMO,
        "--format",
        "csv",
        "--csv-dialect",
        "excel-it",
    ]);
    assert!(text.starts_with("\u{FEFF}Assegnazione;Programma;"));
    assert!(text.contains(";450000,00;"), "{text}");
}

#[test]
fn same_plan_same_bytes_and_a_date_only_when_asked() {
    let first = report(&["report", "all", DEMO, "--format", "html"]);
    assert_eq!(first, report(&["report", "all", DEMO, "--format", "html"]));
    let dated = report(&[
        "report",
        "summary",
        DEMO,
        "--format",
        "md",
        "--date",
        "2024-04-29",
    ]);
    assert!(dated.contains("\n29/04/2024\n"), "{dated}");
    assert_eq!(
        pdz(&["report", "summary", DEMO, "--date", "29/04/2024"]).code,
        2
    );
}

#[test]
fn html_is_self_contained_with_a_table_of_contents_and_charts() {
    let html = report(&["report", "all", DEMO, "--format", "html"]);
    for external in [
        "http://", "https://", "src=", "<link", "@import", "url(http",
    ] {
        let found = html
            .lines()
            .find(|l| l.contains(external) && !l.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(
            found.is_none(),
            "external reference `{external}`: {found:?}"
        );
    }
    assert!(html.contains("<nav class=\"toc\""));
    assert_eq!(html.matches("<section class=\"report\"").count(), 9);
    // Summary, comuni, execution; every allocation of the demo is 100 % programmed, so
    // the funds chart would say nothing the table does not: it is left out.
    assert_eq!(html.matches("<svg ").count(), 3);
    assert!(
        !html.contains("<figure class=\"chart\" id=\"funds-"),
        "no funds chart"
    );
    assert!(html.contains("role=\"img\""));
    assert!(html.contains("@page { size: A4;"));
}

#[test]
fn html_and_markdown_escape_user_text() {
    let hostile = "<script>alert(1)</script> & «x» \"><img src=x onerror=alert(1)> </svg> a|b";
    let plan = TempPlan::empty().file(
        "plan.yaml",
        &format!(
            "{}interventions:\n  - id: s\n    name: '{}'\n    area: accesso\n    targets: [minori]\n    budget:\n      2022: {{ fnps-2021: 30000 }}\n      2023: {{ fnps-2021: 30000 }}\n      2024: {{ fnps-2021: 30000 }}\n",
            BASE.replace("name: Welfare d'accesso", &format!("name: '{hostile}'")),
            hostile
        ),
    );
    let html = pdz_in(&plan.path(), &["report", "all", ".", "--format", "html"]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    assert!(!html.stdout.contains("<script>"));
    assert!(!html.stdout.contains("<img"));
    assert!(!html.stdout.contains("</svg> a"));
    assert!(html.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «x» &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &lt;/svg&gt; a|b"));

    let md = pdz_in(&plan.path(), &["report", "budget", ".", "--format", "md"]);
    assert!(md.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «x» \"&gt;&lt;img src=x onerror=alert(1)&gt; &lt;/svg&gt; a\\|b"), "{}", md.stdout);
    assert!(!md.stdout.contains("<script>"));
}

#[test]
fn a_template_directory_overrides_a_built_in_template() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("style.css"),
        "body { font-family: \"Titillium Web\"; }",
    )
    .unwrap();
    let html = report(&[
        "report",
        "summary",
        DEMO,
        "--format",
        "html",
        "--templates",
        dir.path().to_str().unwrap(),
    ]);
    assert!(html.contains("body { font-family: \"Titillium Web\"; }"));
    assert!(!html.contains("Source Sans 3"));
}

#[test]
fn a_broken_user_template_is_an_error_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("table.html"),
        "<table>\n{% for row in block.rows %}\n",
    )
    .unwrap();
    let run = pdz(&[
        "report",
        "summary",
        DEMO,
        "--format",
        "html",
        "--templates",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
    // The loop is never closed: the template ends at line 3.
    assert!(run.stderr.contains("--> table.html:3:1"), "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "table.html = {}",
            dir.path().join("table.html").display()
        )),
        "{}",
        run.stderr
    );

    std::fs::remove_file(dir.path().join("table.html")).unwrap();
    std::fs::write(dir.path().join("other.html"), "x").unwrap();
    let unknown = pdz(&[
        "report",
        "summary",
        DEMO,
        "--format",
        "html",
        "--templates",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("other.html"), "{}", unknown.stderr);
}

#[test]
fn a_plan_with_errors_is_not_reported_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("report.html");
    std::fs::write(&output, "previous report").unwrap();
    let run = pdz(&[
        "report",
        "all",
        "examples/error-fund-overallocated",
        "--output",
        output.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("errore[fund-overallocated]"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.ends_with("il piano ha 2 errori: nessun report prodotto (con `--allow-errors` il report si produce con un avviso)\n"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), "previous report");

    let allowed = pdz(&[
        "report",
        "summary",
        "examples/error-fund-overallocated",
        "--allow-errors",
        "--format",
        "md",
    ]);
    assert_eq!(allowed.code, 0);
    assert!(allowed.stdout.contains(
        "> **Attenzione: il piano contiene 2 errori; le cifre possono essere incomplete o errate.**"
    ));
}

#[test]
fn output_files_are_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("summary.md");
    let run = pdz(&[
        "report",
        "summary",
        DEMO,
        "--output",
        output.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(
        std::fs::read_to_string(&output)
            .unwrap()
            .starts_with("# V Piano sociale di zona 2022-2024")
    );
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let missing = pdz(&[
        "report",
        "summary",
        DEMO,
        "--output",
        dir.path().join("no/such/dir/r.html").to_str().unwrap(),
    ]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("non esiste: creala prima, o scegli un'altra destinazione"),
        "{}",
        missing.stderr
    );

    // `--format`: without it, the `.yaml` extension, which names no format, is refused first.
    let input = pdz(&[
        "report",
        "summary",
        DEMO,
        "--format",
        "md",
        "--output",
        "plans/casarano-2022-2024/plan.yaml",
    ]);
    assert_eq!(input.code, 2);
    assert!(
        input
            .stderr
            .contains("è un file del piano: pdz non lo sovrascrive"),
        "{}",
        input.stderr
    );
    assert!(
        std::fs::read_to_string("plans/casarano-2022-2024/plan.yaml")
            .unwrap()
            .starts_with("# V Piano")
    );
}

#[test]
fn all_as_csv_writes_a_folder_of_tables() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("csv");
    let run = pdz(&[
        "report",
        "all",
        DEMO,
        "--format",
        "csv",
        "--output",
        folder.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 19, "{names:?}");
    assert!(names.contains(&"execution-by-fund.csv".to_string()));
    assert!(names.contains(&"budget-quadro.csv".to_string()));
    assert!(names.contains(&"comuni-comuni.csv".to_string()));
}

#[test]
fn a_user_template_cannot_read_files_outside_its_directory() {
    let root = tempfile::tempdir().unwrap();
    let secret = root.path().join("secret.html");
    std::fs::write(&secret, "SEGRETO").unwrap();
    let dir = root.path().join("templates");
    std::fs::create_dir(&dir).unwrap();
    let run_with = |dir: &std::path::Path| {
        pdz(&[
            "report",
            "summary",
            DEMO,
            "--format",
            "html",
            "--templates",
            dir.to_str().unwrap(),
        ])
    };

    // An include or import of a path outside is no template pdz knows: an error, no output.
    for tag in [
        "{% include \"../secret.html\" %}",
        "{% include \"/etc/passwd\" %}",
        &format!("{{% include \"{}\" %}}", secret.display()),
        "{% import \"../secret.html\" as s %}",
    ] {
        std::fs::write(dir.join("table.html"), format!("<table>{tag}</table>")).unwrap();
        let run = run_with(&dir);
        assert_eq!(run.code, 2, "{tag}: {}", run.stdout);
        assert!(
            !run.stdout.contains("SEGRETO") && !run.stdout.contains("root:"),
            "{tag}"
        );
    }

    // A link from the template directory to a file outside it is refused too.
    std::fs::remove_file(dir.join("table.html")).unwrap();
    std::os::unix::fs::symlink(&secret, dir.join("table.html")).unwrap();
    let run = run_with(&dir);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("table.html"), "{}", run.stderr);
    assert!(!run.stdout.contains("SEGRETO"));
}

/// A Società della Salute: comuni and the ASL as members, no capofila, social and health money.
const SDS: &str = "\
pdz: 1
plan:
  title: Piano integrato di salute 2024
  period: { from: 2024, to: 2024 }
ambito:
  id: sds-prova
  name: Società della Salute di prova
  body: societa-della-salute
  members:
    - { id: usl-prova, name: Azienda USL di prova, kind: asl }
  comuni:
    - { id: alfa, name: Alfa, population: 6000 }
    - { id: beta, name: Beta, population: 4000 }
areas:
  - { id: non-autosufficienza, name: Non autosufficienza }
funds:
  - { id: usl-2024, programme: asl, annualita: 2024, amount: 300000 }
  - { id: comuni-2024, programme: cofinanziamento-comunale, annualita: 2024, amount: 100000.01, split: population }
  - { id: fsr-2024, programme: regionale, annualita: 2024, amount: 50000 }
interventions:
  - id: centro-diurno
    name: Centro diurno per persone non autosufficienti
    area: non-autosufficienza
    targets: [anziani-non-autosufficienti]
    budget:
      2024: { usl-2024: 300000, comuni-2024: 100000.01, fsr-2024: 50000 }
checks:
  leps-not-covered: off
  staffing-ratio: off
";

#[test]
fn a_societa_della_salute_attributes_no_health_money_to_any_comune() {
    let plan = TempPlan::empty().file("plan.yaml", SDS);
    let check = plan.check();
    assert_eq!(check.run.code, 0, "{}", check.run.stdout);
    assert!(check.findings().is_empty(), "{:#?}", check.findings());

    let comuni = pdz_in(&plan.path(), &["report", "comuni", ".", "--format", "csv"]).stdout;
    // Only the comuni's and the Region's money is attributed: 150.000,01 by population.
    assert!(
        comuni.contains("\nAlfa,,6000,60.00,1,90000.01,15.00,"),
        "{comuni}"
    );
    assert!(
        comuni.contains("\nBeta,,4000,40.00,1,60000.00,15.00,"),
        "{comuni}"
    );
    assert!(
        comuni.contains("\nTotale,,10000,100.00,1,150000.01,"),
        "{comuni}"
    );
    let md = pdz_in(&plan.path(), &["report", "comuni", ".", "--format", "md"]).stdout;
    assert!(md.contains("(€ 300.000,00, la quota sanitaria"), "{md}");

    let summary = pdz_in(&plan.path(), &["report", "summary", ".", "--format", "md"]).stdout;
    for row in [
        "| Alfa | € 60.000,01 |",
        "| Beta | € 40.000,00 |",
        "| Azienda USL di prova | € 300.000,00 |",
        "| Fondi regionali | € 50.000,00 |",
        "| **Totale** | **€ 450.000,01** | **100,0 %** |",
    ] {
        assert!(summary.contains(row), "{row} in\n{summary}");
    }
    // A one-year plan is "2024", not "2024-2024".
    assert!(summary.contains("| Periodo | 2024 |"), "{summary}");
}

#[test]
fn a_fund_holder_must_be_a_member_or_a_comune() {
    let plan = TempPlan::empty().file(
        "plan.yaml",
        &SDS.replace(
            "programme: asl, annualita",
            "programme: asl, holder: usl-prva, annualita",
        ),
    );
    let found = plan.check().one("unknown-reference");
    assert_eq!(found.message, "membro o comune `usl-prva` inesistente");
    assert_eq!(found.help, "forse intendevi `usl-prova`?");
}

/// Every cell of a terminal table that shows money shows all of it: `€ 450.000,00` is
/// never split over two lines of its cell.
fn assert_money_whole(text: &str, what: &str) {
    for line in text.lines().filter(|l| l.starts_with('│')) {
        for cell in line.trim_matches('│').split(['┆', '│']).map(str::trim) {
            if cell.contains('€') {
                let cents = cell.rsplit(',').next().unwrap_or("");
                assert!(
                    cell.contains(',')
                        && cents.len() == 2
                        && cents.bytes().all(|b| b.is_ascii_digit()),
                    "{what}: money cut in `{cell}`:\n{text}"
                );
            }
            assert!(!cell.ends_with('€'), "{what}: `{cell}`");
        }
    }
}

#[test]
fn money_is_never_wrapped_in_a_terminal_table_and_dropped_columns_are_named() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for width in ["80", "100", "120", "160"] {
        for kind in [
            "summary",
            "budget",
            "funds",
            "leps",
            "comuni",
            "interventions",
            "staffing",
            "needs",
            "execution",
        ] {
            let run = crate::common::pdz_env(
                root,
                &["report", kind, DEMO, "--detail"],
                &[("COLUMNS", Some(width))],
            );
            assert_eq!(run.code, 0, "{}", run.stderr);
            let what = format!("{kind} at {width} columns");
            assert_money_whole(&run.stdout, &what);
            let limit: usize = width.parse().unwrap();
            for line in run
                .stdout
                .lines()
                .filter(|l| l.starts_with(['│', '┌', '└', '╞']))
            {
                assert!(line.chars().count() <= limit, "{what}: {line}");
            }
        }
    }
    let narrow = crate::common::pdz_env(
        root,
        &["report", "funds", DEMO],
        &[("COLUMNS", Some("100"))],
    );
    assert!(
        narrow.stdout.contains(
            "(colonne non mostrate, per stare nella larghezza del terminale: 2023, 2024, Programmato, Residuo, Programmato %; allarga il terminale o usa `--format md`, `html` o `csv`)"
        ),
        "{}",
        narrow.stdout
    );
    let header = narrow
        .stdout
        .lines()
        .find(|l| l.starts_with("│ Assegnazione"))
        .unwrap();
    assert!(!header.contains("Residuo"), "{header}");
    // Without a width, piped output keeps every column.
    let piped = crate::common::pdz(&["report", "funds", DEMO]);
    assert!(!piped.stdout.contains("colonne non mostrate"));
    assert!(piped.stdout.contains("Residuo"));
}

#[test]
fn every_csv_is_one_table_that_a_csv_reader_takes_whole() {
    for kind in KINDS.iter().chain(&["all"]) {
        let text = report(&["report", kind, DEMO, "--format", "csv"]);
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let width = reader.headers().unwrap().len();
        for record in reader.records() {
            assert_eq!(record.unwrap().len(), width, "{kind}: one table, one width");
        }
    }
    let summary = report(&["report", "summary", DEMO, "--format", "csv"]);
    assert!(summary.starts_with("report,table,row,column,value\nsummary,facts,Comuni,Valore,7\n"));
    assert!(summary.contains("\nsummary,by-year,2022,Importo,4310500.00\n"));
}

#[test]
fn needs_as_csv_of_a_plan_without_needs_is_the_header_row() {
    let plan = TempPlan::base();
    let run = pdz(&[
        "report",
        "needs",
        plan.path().to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Bisogno,Valore,Unità di misura,Anno,Fonte,Interventi,Risorse\n"
    );
    let md = pdz(&[
        "report",
        "needs",
        plan.path().to_str().unwrap(),
        "--format",
        "md",
    ]);
    assert!(
        md.stdout
            .ends_with("\nIl piano non riporta bisogni rilevati (sezione \\`needs\\`).\n"),
        "{}",
        md.stdout
    );
    assert!(
        !md.stdout.contains("| Bisogno"),
        "no empty table for people"
    );
}

#[test]
fn a_rate_of_nothing_over_nothing_is_a_dash_not_zero_percent() {
    let plan = TempPlan::empty().file(
        "plan.yaml",
        &(crate::common::BASE_WITHOUT_FUNDS
            .replace("from: 2022, to: 2024", "from: 2024, to: 2024")
            + "funds:\n  - { id: fnps-2024, programme: fnps, annualita: 2024, amount: 0 }\n"),
    );
    let path = plan.path();
    let path = path.to_str().unwrap();
    let md = crate::common::pdz(&["report", "funds", path, "--format", "md", "--allow-errors"]);
    assert!(md.stdout.contains("| € 0,00 | – |"), "{}", md.stdout);
    assert!(!md.stdout.contains("0,0 %"), "{}", md.stdout);
    let json = crate::common::pdz(&[
        "report",
        "funds",
        path,
        "--format",
        "json",
        "--allow-errors",
    ]);
    assert!(
        json.stdout.contains("\"basis_points\": null"),
        "{}",
        json.stdout
    );
}
