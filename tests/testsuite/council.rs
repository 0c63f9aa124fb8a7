//! `pdz report council`: the document for a consiglio comunale, per comune and for
//! the ambito, its command-line contract, and PDF printing without a real browser
//! (a stand-in program records how pdz calls Chromium). `tests/browser/main.rs` prints
//! and inspects the real thing.

use std::path::Path;

use crate::common::{BASE, DEMO_COMUNI, TempPlan, pdz, pdz_env, pdz_in};

const DEMO: &str = "plans/casarano-2022-2024";

fn council(args: &[&str]) -> String {
    let mut all = vec!["report", "council", DEMO];
    all.extend(args);
    let run = pdz(&all);
    assert_eq!(run.code, 0, "pdz {all:?}: {}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    run.stdout
}

#[test]
fn council_document_as_markdown() {
    insta::assert_snapshot!(
        "council-matino-md",
        council(&["--comune", "matino", "--format", "md"])
    );
    insta::assert_snapshot!(
        "council-all-md",
        council(&["--comune", "all", "--format", "md"])
    );
    insta::assert_snapshot!(
        "council-matino-en-md",
        council(&["--comune", "matino", "--format", "md", "--lang", "en"])
    );
}

#[test]
fn every_comune_gets_its_own_document_with_its_share() {
    for (id, name, share) in DEMO_COMUNI {
        let md = council(&["--comune", id, "--format", "md"]);
        assert!(md.contains(&format!("Comune di {name}")), "{id}");
        let total = md
            .lines()
            .skip_while(|l| !l.contains("Quota del Comune per ogni assegnazione"))
            .find(|l| l.starts_with("| **Totale**"))
            .unwrap_or_else(|| panic!("{id}: no contribution total"));
        assert!(total.contains(share), "{id}: {total}");
    }
}

#[test]
fn the_comuni_shares_add_up_to_each_allocation_to_the_cent() {
    let mut per_allocation: Vec<(String, i128, i128)> = Vec::new();
    for (id, _, _) in DEMO_COMUNI {
        let json: serde_json::Value =
            serde_json::from_str(&council(&["--comune", id, "--format", "json"])).unwrap();
        let contribution = json["reports"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "contribution")
            .unwrap();
        let table = contribution["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["type"] == "table")
            .unwrap();
        let items = table["rows"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["role"] == "item");
        for (index, row) in items.enumerate() {
            let cells = row["cells"].as_array().unwrap();
            let cents = |i: usize| cells[i]["cents"].as_str().unwrap().parse::<i128>().unwrap();
            if per_allocation.len() <= index {
                let name = cells[0]["value"].as_str().unwrap().to_owned();
                per_allocation.push((name, cents(1), 0));
            }
            per_allocation[index].2 += cents(2);
        }
    }
    assert_eq!(per_allocation.len(), 3);
    for (name, ambito, shares) in per_allocation {
        assert_eq!(
            ambito, shares,
            "{name}: the shares must add up to the allocation"
        );
    }
}

#[test]
fn the_json_document_carries_its_front_page() {
    let json: serde_json::Value =
        serde_json::from_str(&council(&["--comune", "matino", "--format", "json"])).unwrap();
    assert_eq!(json["cover"]["recipient"], "Comune di Matino");
    assert_eq!(
        json["cover"]["approvals"]["rows"][2]["cells"][2]["value"],
        "2024-04-26"
    );
    let ids: Vec<&str> = json["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "brief",
            "contribution",
            "services",
            "leps",
            "glossary",
            "needs"
        ]
    );
}

#[test]
fn money_that_is_not_there_is_a_dash_and_a_zero_that_is_a_fact_stays() {
    // The council document and the quadro: no "€ 0,00" for a year or a source with nothing.
    for args in [
        vec![
            "report", "council", DEMO, "--comune", "matino", "--format", "html",
        ],
        vec![
            "report", "council", DEMO, "--comune", "all", "--format", "html",
        ],
        vec!["report", "budget", DEMO, "--format", "html"],
    ] {
        let run = pdz(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(!run.stdout.contains("€\u{a0}0,00"), "{args:?}");
        assert!(run.stdout.contains("<td class=\"num\">–</td>"), "{args:?}");
    }
    // The funds' remaining money: € 0,00 says the fund is fully programmed.
    let funds = pdz(&["report", "funds", DEMO, "--format", "md"]);
    assert!(
        funds.stdout.contains(
            "| FNPS 2021 | Fondo nazionale per le politiche sociali (FNPS) | Fondi nazionali | 2021 \
             | € 450.000,00 | € 450.000,00 | – | – | € 450.000,00 | € 0,00 | 100,0 % |  |"
        ),
        "{}",
        funds.stdout
    );
    // Machines get the exact zero.
    let csv = pdz(&["report", "budget", DEMO, "--format", "csv"]);
    assert!(csv.stdout.contains(",0.00,"), "{}", csv.stdout);
    assert!(!csv.stdout.contains('–'));
}

#[test]
fn the_html_document_prints_on_a4_with_running_header_and_page_numbers() {
    let html = council(&["--comune", "ruffano", "--format", "html"]);
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains(
        "@top-center { content: \"V Piano sociale di zona 2022-2024 · Comune di Ruffano\";"
    ));
    assert!(html.contains("\"Pagina\" \" \" counter(page) \" \" \"di\" \" \" counter(pages)"));
    assert!(html.contains("tr { break-inside: avoid; }"));
    assert!(html.contains("<p class=\"recipient\">Comune di Ruffano</p>"));
    assert!(html.contains("Consiglio comunale di Casarano"));
    assert_eq!(html.matches("<section class=\"report\"").count(), 6);
    assert!(!html.contains("<script"));
    for remote in ["src=\"http", "href=\"http", "url(http", "@import"] {
        assert!(
            !html.contains(remote),
            "the document loads nothing: {remote}"
        );
    }
}

#[test]
fn a_document_names_only_the_comuni_in_the_ambito() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("matno.pdf");
    let run = pdz(&[
        "report",
        "council",
        DEMO,
        "--comune",
        "matno",
        "--output",
        target.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "pdz: il comune `matno` non è nell'ambito: forse intendevi `matino`?\n"
    );
    assert!(!target.exists(), "no file is written");

    let run = pdz(&[
        "report", "council", DEMO, "--comune", "lecce", "--lang", "en",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "pdz: comune `lecce` is not in the ambito: allowed values: `casarano`, `collepasso`, \
         `matino`, `parabita`, `ruffano`, `supersano`, `taurisano`, `all`\n"
    );
}

#[test]
fn comune_goes_with_council_and_council_with_comune() {
    let run = pdz(&["report", "council", DEMO]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--comune"), "{}", run.stderr);

    let run = pdz(&["report", "budget", DEMO, "--comune", "matino"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("council"), "{}", run.stderr);
}

#[test]
fn without_chromium_a_pdf_is_refused_naming_the_package() {
    let empty = tempfile::tempdir().unwrap();
    let target = empty.path().join("matino.pdf");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = pdz_env(
        repo,
        &[
            "report",
            "council",
            DEMO,
            "--comune",
            "matino",
            "--output",
            target.to_str().unwrap(),
        ],
        &[
            ("PATH", Some(empty.path().to_str().unwrap())),
            ("PDZ_CHROMIUM", None),
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("installa il pacchetto `chromium`"),
        "{}",
        run.stderr
    );
    assert!(!target.exists());
}

/// A stand-in for Chromium: records its arguments, then behaves as told.
#[cfg(unix)]
fn fake_chromium(dir: &Path, behaviour: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("chromium");
    let log = dir.join("arguments");
    let text = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) out=\"${{a#--print-to-pdf=}}\";; esac; done\n{behaviour}\n",
        log.display()
    );
    std::fs::write(&script, text).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

#[cfg(unix)]
#[test]
fn chromium_is_called_offline_with_a_fresh_profile() {
    let bin = tempfile::tempdir().unwrap();
    let chromium = fake_chromium(bin.path(), "printf '%%PDF-1.7 stand-in' > \"$out\"");
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("matino.pdf");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = pdz_env(
        repo,
        &[
            "report",
            "council",
            DEMO,
            "--comune",
            "matino",
            "--output",
            target.to_str().unwrap(),
        ],
        &[("PDZ_CHROMIUM", Some(chromium.to_str().unwrap()))],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read(&target).unwrap(), b"%PDF-1.7 stand-in");
    let arguments = std::fs::read_to_string(bin.path().join("arguments")).unwrap();
    let arguments: Vec<&str> = arguments.lines().collect();
    for flag in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--no-pdf-header-footer",
    ] {
        assert!(
            arguments.contains(&flag),
            "{flag} missing from {arguments:?}"
        );
    }
    let profile = arguments
        .iter()
        .find_map(|a| a.strip_prefix("--user-data-dir="))
        .expect("a fresh profile");
    assert!(
        !Path::new(profile).exists(),
        "the profile is removed afterwards"
    );
    let page = arguments.last().unwrap();
    assert!(page.starts_with("file:///"), "{page}");
}

#[cfg(unix)]
#[test]
fn a_failing_chromium_leaves_no_file() {
    let bin = tempfile::tempdir().unwrap();
    let chromium = fake_chromium(bin.path(), "echo 'GPU process crashed' >&2; exit 3");
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("matino.pdf");
    std::fs::write(&target, "previous").unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = pdz_env(
        repo,
        &[
            "report",
            "council",
            DEMO,
            "--comune",
            "matino",
            "--output",
            target.to_str().unwrap(),
        ],
        &[("PDZ_CHROMIUM", Some(chromium.to_str().unwrap()))],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("impossibile produrre il PDF")
            && run.stderr.contains("GPU process crashed"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
}

#[test]
fn every_label_comes_from_the_catalogue() {
    let mut outputs = Vec::new();
    for lang in ["it", "en"] {
        for format in ["md", "html", "json", "csv", "table"] {
            let mut args = vec!["report", "all", DEMO, "--format", format, "--lang", lang];
            outputs.push((args.join(" "), pdz(&args)));
            args[1] = "council";
            for comune in ["matino", "all"] {
                let mut with = args.clone();
                with.extend(["--comune", comune]);
                if format != "csv" && format != "table" {
                    outputs.push((with.join(" "), pdz(&with)));
                }
            }
        }
        for example in std::fs::read_dir("examples").unwrap() {
            let path = example.unwrap().path();
            if path.is_dir() && !path.ends_with("ci") {
                let path = path.to_str().unwrap().to_owned();
                let args = ["check", path.as_str(), "--lang", lang];
                outputs.push((args.join(" "), pdz(&args)));
            }
        }
    }
    for (command, run) in outputs {
        let text = format!("{}{}", run.stdout, run.stderr);
        assert!(
            !text.contains('⟦'),
            "pdz {command}: a catalogue key is missing"
        );
        assert!(!text.is_empty(), "pdz {command} printed nothing");
    }
}

#[test]
fn user_text_in_the_council_document_stays_text() {
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    let plan = TempPlan::empty().file(
        "plan.yaml",
        &format!(
            "{}interventions:\n  - id: s\n    name: '{hostile}'\n    area: accesso\n    targets: [minori]\n    budget:\n      2022: {{ fnps-2021: 30000 }}\n      2023: {{ fnps-2021: 30000 }}\n      2024: {{ fnps-2021: 30000 }}\n",
            BASE.replace("name: Alfa", &format!("name: '{hostile}'"))
        ),
    );
    let run = pdz_in(
        &plan.path(),
        &[
            "report", "council", ".", "--comune", "alfa", "--format", "html",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("<script>") && !run.stdout.contains("<img"));
    assert!(
        run.stdout
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
    );
}

#[test]
fn the_document_of_a_comune_marks_its_row_in_every_table_of_all_comuni() {
    let json = pdz(&[
        "report", "council", DEMO, "--comune", "matino", "--format", "json",
    ]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let mut own = Vec::new();
    for report in value["reports"].as_array().unwrap() {
        for block in report["blocks"].as_array().unwrap() {
            for row in block["rows"].as_array().into_iter().flatten() {
                if row["own"] == true {
                    own.push((
                        block["id"].as_str().unwrap().to_string(),
                        row["cells"][0].to_string(),
                    ));
                }
            }
        }
    }
    assert_eq!(own.len(), 2, "{own:?}");
    assert!(
        own.iter().all(|(_, first)| first.contains("Matino")),
        "{own:?}"
    );
    let ids: Vec<&str> = own.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["by-holder", "comparison"]);

    let html = pdz(&[
        "report", "council", DEMO, "--comune", "matino", "--format", "html",
    ]);
    assert_eq!(
        html.stdout
            .matches("<tr class=\"item own\" aria-current=\"true\">")
            .count(),
        2
    );
    // The ambito's own document marks no comune.
    let ambito = pdz(&[
        "report", "council", DEMO, "--comune", "all", "--format", "html",
    ]);
    assert!(!ambito.stdout.contains("class=\"item own\""));
}
