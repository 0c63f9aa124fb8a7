//! Hostile and malformed inputs: each gives exit 1 and a located finding, never a panic or a hang.

use crate::common::{BASE, Checked, TempPlan, assert_at, pdz_in};

/// Checks a plan made of the single file `plan.yaml` with these bytes.
fn check_file(bytes: &[u8]) -> Checked {
    TempPlan::empty().bytes("plan.yaml", bytes).check()
}

#[test]
fn empty_file() {
    let checked = check_file(b"");
    assert_eq!(checked.run.code, 1);
    assert_eq!(
        checked.places(),
        [
            ("schema".into(), "plan.yaml".into(), 1, 1),
            ("schema".into(), "plan.yaml".into(), 1, 1),
            ("schema".into(), "plan.yaml".into(), 1, 1),
        ]
    );
    let messages: Vec<String> = checked.findings().into_iter().map(|f| f.message).collect();
    assert!(
        messages.contains(&"manca la sezione `plan`".to_string()),
        "{messages:?}"
    );
}

#[test]
fn human_output_of_an_empty_file_is_located() {
    let plan = TempPlan::empty().file("plan.yaml", "");
    let run = pdz_in(&plan.path(), &["check", "plan.yaml"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("--> plan.yaml:1:1"), "{}", run.stdout);
}

#[test]
fn root_that_is_a_list_or_a_scalar() {
    for (text, found) in [
        ("- a\n- b\n", "lista"),
        ("just text\n", "testo"),
        ("42\n", "numero"),
    ] {
        let checked = check_file(text.as_bytes());
        assert_eq!(checked.run.code, 1);
        let finding = checked.one("schema");
        assert_at(&finding, "schema", "error", "plan.yaml", 1, 1);
        assert_eq!(
            finding.message,
            format!("tipo di valore errato: atteso mappatura (chiave: valore), trovato {found}")
        );
    }
}

#[test]
fn invalid_utf8_is_reported_at_its_line_and_column() {
    let checked = check_file(b"pdz: 1\nplan:\n  title: Caf\xE9 sociale\n");
    assert_eq!(checked.run.code, 1);
    assert_at(
        &checked.one("yaml-syntax"),
        "yaml-syntax",
        "error",
        "plan.yaml",
        3,
        13,
    );
}

#[test]
fn byte_order_mark_and_crlf_line_endings_are_accepted() {
    let text = format!("\u{FEFF}{}", BASE.replace('\n', "\r\n"));
    let ok = check_file(text.as_bytes());
    assert_eq!(ok.run.code, 0, "{:#?}", ok.findings());
    // Lines and columns stay right after a BOM and with CRLF. `nome` for `name` is one
    // finding: the unknown key with its suggestion, not also the missing `name`.
    let bad = check_file(
        format!(
            "\u{FEFF}{}",
            BASE.replace("name: Alfa", "nome: Alfa")
                .replace('\n', "\r\n")
        )
        .as_bytes(),
    );
    assert_eq!(
        bad.places(),
        [("schema".into(), "plan.yaml".into(), 10, 19)]
    );
}

#[test]
fn carriage_returns_alone_end_lines_too() {
    // Old Mac line endings: the finding is on its line, not at `1:686`.
    let text = BASE.replace("name: Alfa", "nome: Alfa").replace('\n', "\r");
    let plan = TempPlan::empty().bytes("plan.yaml", text.as_bytes());
    assert_eq!(
        plan.check().places(),
        [("schema".into(), "plan.yaml".into(), 10, 19)]
    );
    let human = crate::common::pdz(&["check", plan.path().to_str().unwrap()]);
    assert!(
        human
            .stdout
            .contains("10 |     - { id: alfa, nome: Alfa, population: 6000 }\n"),
        "{}",
        human.stdout
    );
}

#[test]
fn duplicate_keys() {
    let checked = check_file(format!("{BASE}plan:\n  title: Altro\n").as_bytes());
    assert_eq!(checked.run.code, 1);
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "plan.yaml", 16, 1);
    assert_eq!(found.message, "chiave `plan` ripetuta");
}

#[test]
fn duplicate_budget_years_written_alike_or_differently() {
    for (second, column) in [("2022", 7), ("\"2022\"", 7)] {
        let text = format!(
            "{BASE}interventions:\n  - id: s\n    name: S\n    area: accesso\n    budget:\n      2022: {{ fnps-2021: 1 }}\n      {second}: {{ fnps-2021: 2 }}\n"
        );
        let checked = check_file(text.as_bytes());
        assert_eq!(checked.run.code, 1);
        let found = checked.one("schema");
        assert_at(&found, "schema", "error", "plan.yaml", 22, column);
        assert_eq!(found.message, "chiave `2022` ripetuta");
    }
}

#[test]
fn tab_indentation() {
    let checked = check_file(b"pdz: 1\nplan:\n\ttitle: Piano\n");
    assert_eq!(checked.run.code, 1);
    let found = checked.one("yaml-syntax");
    assert_at(&found, "yaml-syntax", "error", "plan.yaml", 3, 2);
    assert!(found.help.contains("spazi"), "{}", found.help);
}

#[test]
fn alias_bomb_is_refused() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..20 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    let checked = check_file(text.as_bytes());
    assert_eq!(checked.run.code, 1);
    let found = checked.one("resource-limit");
    assert_eq!(
        (found.file.as_str(), found.severity.as_str()),
        ("plan.yaml", "error")
    );
    assert!(found.line > 1, "{found:#?}");
}

#[test]
fn a_hundred_thousand_nested_brackets_are_refused() {
    let text = format!("pdz: 1\nplan: {}\n", "[".repeat(100_000));
    assert_eq!(text.len(), 100_014);
    let checked = check_file(text.as_bytes());
    assert_eq!(checked.run.code, 1);
    let found = checked.one("resource-limit");
    assert_eq!((found.file.as_str(), found.line), ("plan.yaml", 2));
    assert_eq!(
        found.message,
        "annidamento troppo profondo (massimo 64 livelli)"
    );
}

#[test]
fn ten_thousand_nested_mappings_are_refused() {
    let text = format!(
        "pdz: 1\nplan: {}{}\n",
        "{k: ".repeat(10_000),
        "}".repeat(10_000)
    );
    let checked = check_file(text.as_bytes());
    assert_eq!(checked.run.code, 1);
    let found = checked.one("resource-limit");
    assert_eq!((found.file.as_str(), found.line), ("plan.yaml", 2));
    assert_eq!(
        found.message,
        "annidamento troppo profondo (massimo 64 livelli)"
    );
}

#[test]
fn a_one_megabyte_string_is_refused() {
    let text = format!("pdz: 1\nplan:\n  title: {}\n", "x".repeat(1024 * 1024));
    let checked = check_file(text.as_bytes());
    assert_eq!(checked.run.code, 1);
    let found = checked.one("resource-limit");
    assert_at(&found, "resource-limit", "error", "plan.yaml", 3, 10);
    assert_eq!(
        found.message,
        "testo troppo lungo (1.048.576 byte; massimo 65.536)"
    );
}

#[test]
fn overflowing_amount() {
    let text = BASE.replace("amount: 90000", "amount: 922337203685477580800");
    let checked = check_file(text.as_bytes());
    assert_eq!(checked.run.code, 1);
    let found = checked.one("amount-invalid");
    assert_at(&found, "amount-invalid", "error", "plan.yaml", 15, 47);
    assert_eq!(
        found.message,
        "importo `922337203685477580800` troppo grande"
    );
}

#[test]
fn several_documents_in_one_file() {
    let checked = check_file(format!("{BASE}---\nareas: []\n").as_bytes());
    assert_eq!(checked.run.code, 1);
    assert_eq!(checked.one("yaml-syntax").line, 16);
}

#[test]
fn a_ten_megabyte_plan_file_loads() {
    let mut text = String::from(BASE);
    text.push_str("interventions:\n");
    let mut n = 0;
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&format!(
            "  - id: intervento-{n}\n    name: Intervento numero {n} del piano di prova\n    area: accesso\n    targets: [minori, famiglie]\n    management: direct\n    comuni: all\n    budget:\n      2022: {{ fnps-2021: 1 }}\n      2023: {{ fnps-2021: 1 }}\n      2024: {{ fnps-2021: 1 }}\n"
        ));
        n += 1;
    }
    assert!(n > 30_000, "{n}");
    let checked = check_file(text.as_bytes());
    assert!(checked.with_code("resource-limit").is_empty());
    assert!(checked.with_code("schema").is_empty());
    assert!(checked.with_code("yaml-syntax").is_empty());
}

#[test]
fn long_ids_that_almost_match_are_reported_without_stalling() {
    // "Did you mean" compares words in time proportional to the product of their lengths:
    // eight references of 60,000 characters to an area of 60,000 took minutes.
    let area = "a".repeat(60_000);
    let near = format!("{}b", &area[1..]);
    let mut text = BASE.replace("id: accesso", &format!("id: {area}"));
    text.push_str("interventions:\n");
    for i in 0..8 {
        text.push_str(&format!(
            "  - {{ id: i{i}, name: I, area: {near}, budget: {{ 2022: {{ fnps-2021: 1 }} }} }}\n"
        ));
    }
    let checked = check_file(text.as_bytes());
    assert_eq!(checked.run.code, 1);
    assert_eq!(checked.with_code("unknown-reference").len(), 8);
}

/// One line of `count` unknown keys after `pdz: 1` (about 148 KB for 10,000).
fn unknown_keys_on_one_line(count: usize) -> String {
    let keys: Vec<String> = (0..count).map(|i| format!("k{i:05}: 1")).collect();
    format!("{{pdz: 1, {}}}\n", keys.join(", "))
}

#[test]
fn ten_thousand_findings_on_one_long_line_print_a_bounded_excerpt_of_each() {
    // Each finding showed its whole 148 KB line: 1.5 GB of output, over 40 s.
    let plan = TempPlan::empty().file("plan.yaml", &unknown_keys_on_one_line(10_000));
    let run = pdz_in(plan.dir.path(), &["check", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Errors on missing sections come first, then unknown keys: 500 shown in all.
    assert_eq!(
        run.stdout.matches("errore[schema]").count(),
        100,
        "per file"
    );
    assert!(
        run.stdout.contains(
            "… altri 9.902 risultati non mostrati (se ne mostrano al massimo 100 per file e 500 in tutto; `--format json` li elenca tutti)"
        ),
        "{}",
        &run.stdout[run.stdout.len().saturating_sub(2_000)..]
    );
    assert!(run.stdout.len() < 100_000, "{} bytes", run.stdout.len());
    assert!(run.stdout.lines().all(|line| line.len() < 1_000));
    // The column is the key's in the file, not in the excerpt shown.
    let key = "k00050";
    let column = unknown_keys_on_one_line(100).find(key).unwrap() + 1;
    assert!(
        run.stdout.contains(&format!(
            "campo sconosciuto `{key}`\n --> ./plan.yaml:1:{column}\n"
        )),
        "{}",
        &run.stdout[..3_000]
    );

    let run = pdz_in(
        plan.dir.path(),
        &["check", "--lang", "en", "--format", "github", "."],
    );
    assert_eq!(
        run.stdout.lines().count(),
        101,
        "100 annotations and a notice"
    );
    assert!(run.stdout.ends_with(
        "::notice title=pdz::… and 9,902 more findings not shown (at most 100 per file and 500 in all are shown; `--format json` lists them all)\n"
    ));

    // JSON is for programs: every finding, with its column.
    let checked = plan.check();
    assert_eq!(checked.with_code("schema").len(), 10_002);
    assert!(
        checked
            .findings()
            .iter()
            .any(|f| f.message.contains(key) && f.column == column as u64)
    );
}

#[test]
fn a_plan_folder_or_a_region_sub_folder_that_links_out_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("fuori");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("segreto.yaml"), "segreto: riga riservata\n").unwrap();
    let region = dir.path().join("regione");
    let ambito = region.join("ambito-1");
    std::fs::create_dir_all(&ambito).unwrap();
    std::fs::write(ambito.join("plan.yaml"), BASE).unwrap();
    std::os::unix::fs::symlink(&outside, region.join("ambito-2")).unwrap();
    std::os::unix::fs::symlink("/", region.join("radice")).unwrap();

    let checked = Checked::from(crate::common::pdz(&[
        "check",
        "--format",
        "json",
        region.join("radice").to_str().unwrap(),
    ]));
    // A path pdz cannot read: exit 2, as for any other.
    assert_eq!(checked.run.code, 2, "{}", checked.run.stderr);
    let found = checked.one("file-unreadable");
    assert_eq!(
        found.message,
        "la cartella del piano è un collegamento simbolico fuori dalla cartella in cui si trova: non letta"
    );

    let run = crate::common::pdz(&["aggregate", region.to_str().unwrap(), "--format", "md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stdout.contains("riservata"), "{}", run.stdout);
    assert!(run.stdout.contains("ambito-2"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("collegamento simbolico fuori dalla cartella"),
        "{}",
        run.stdout
    );

    // A plan folder that links within the folder it is in is read as before.
    std::os::unix::fs::symlink("ambito-1", region.join("alias")).unwrap();
    let alias = crate::common::pdz(&["check", region.join("alias").to_str().unwrap()]);
    assert_eq!(alias.code, 0, "{}", alias.stdout);
}

#[test]
fn files_named_almost_like_plan_files_are_reported_not_silently_ignored() {
    let plan = TempPlan::empty()
        .file("plan.yaml", BASE)
        .file("funds.yaml.txt", "funds: []\n")
        .file("interventions/sad.yml.bak", "interventions: []\n")
        .file("staff.yaml~", "staff: []\n")
        .file("note.txt", "appunti\n");
    let checked = plan.check();
    assert_eq!(checked.run.code, 0, "{}", checked.run.stdout);
    let mut skipped: Vec<String> = checked
        .with_code("file-skipped")
        .into_iter()
        .map(|f| f.file.rsplit('/').next().unwrap().to_string())
        .collect();
    skipped.sort();
    assert_eq!(skipped, ["funds.yaml.txt", "sad.yml.bak", "staff.yaml~"]);
    assert_eq!(
        checked.with_code("file-skipped")[0].message,
        "il nome sembra quello di un file del piano, ma non finisce in `.yaml` o `.yml`: non letto (se fa parte del piano, rinominalo)"
    );
}
