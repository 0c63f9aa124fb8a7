//! Every resource limit of `src/limits.rs`, tested at its bound (accepted) and just
//! beyond it (a `resource-limit` finding, exit 1), as the README documents them.

use crate::common::{BASE, Checked, TempPlan};

const MIB: usize = 1024 * 1024;

fn limit_findings(checked: &Checked) -> Vec<String> {
    checked
        .with_code("resource-limit")
        .into_iter()
        .map(|f| format!("{}:{}: {}", f.file, f.line, f.message))
        .collect()
}

/// The plan of one file, `plan.yaml`, with this text, checked.
fn check_text(text: &str) -> Checked {
    TempPlan::empty().file("plan.yaml", text).check()
}

/// At a limit's bound: read, no `resource-limit` finding.
fn assert_within(checked: &Checked) {
    let found = limit_findings(checked);
    assert!(found.is_empty(), "{found:?}");
}

/// Beyond it: exit 1 and exactly these `resource-limit` findings (`file:line: message`).
fn assert_refused(checked: &Checked, expected: &[&str]) {
    assert_eq!(checked.run.code, 1);
    assert_eq!(limit_findings(checked), expected);
}

/// A YAML file of exactly `size` bytes: `pdz: 1` and comment lines.
fn comment_file(size: usize) -> Vec<u8> {
    let mut text = b"pdz: 1\n".to_vec();
    while text.len() + 1024 <= size {
        text.push(b'#');
        text.extend(std::iter::repeat_n(b'x', 1022));
        text.push(b'\n');
    }
    let rest = size - text.len();
    if rest > 0 {
        text.extend(std::iter::repeat_n(b'#', rest - 1));
        text.push(b'\n');
    }
    assert_eq!(text.len(), size);
    text
}

#[test]
fn nesting_of_64_levels_is_read_and_65_refused() {
    // The top-level mapping is the first level.
    let at = format!("{BASE}extra: {}{}\n", "[".repeat(63), "]".repeat(63));
    let checked = check_text(&at);
    assert_within(&checked);
    assert!(
        !checked.with_code("schema").is_empty(),
        "read as far as the unknown section"
    );

    let beyond = format!("{BASE}extra: {}{}\n", "[".repeat(64), "]".repeat(64));
    let checked = check_text(&beyond);
    assert_refused(
        &checked,
        &["plan.yaml:16: annidamento troppo profondo (massimo 64 livelli)"],
    );
}

#[test]
fn a_text_of_64_kib_is_read_and_one_byte_more_refused() {
    let with_title = |len: usize| {
        BASE.replace(
            "title: Piano di prova",
            &format!("title: {}", "x".repeat(len)),
        )
    };
    assert_ne!(with_title(1), BASE, "BASE has the title to replace");
    let checked = check_text(&with_title(64 * 1024));
    assert_within(&checked);

    let checked = check_text(&with_title(64 * 1024 + 1));
    assert_refused(
        &checked,
        &["plan.yaml:3: testo troppo lungo (65.537 byte; massimo 65.536)"],
    );
}

#[test]
fn a_file_of_32_mib_is_read_and_one_byte_more_refused() {
    let plan = TempPlan::base().bytes("big.yaml", &comment_file(32 * MIB));
    let checked = plan.check();
    assert_within(&checked);

    let plan = TempPlan::base().bytes("big.yaml", &comment_file(32 * MIB + 1));
    let checked = plan.check();
    assert_refused(
        &checked,
        &["big.yaml:1: file troppo grande (33.554.433 byte; massimo 33.554.432)"],
    );
}

#[test]
fn a_plan_of_more_than_256_mib_is_refused() {
    // Eight files of 32 MiB are 256 MiB with the plan file's bytes on top: one byte is enough.
    let mut plan = TempPlan::base();
    let file = comment_file(32 * MIB);
    for i in 0..8 {
        plan = plan.bytes(&format!("big-{i}.yaml"), &file);
    }
    let checked = plan.check();
    assert_eq!(checked.run.code, 1);
    let found = limit_findings(&checked);
    assert!(
        found
            .iter()
            .any(|f| f.contains("piano troppo grande: i file insieme superano 268.435.456 byte")),
        "{found:?}"
    );
}

#[test]
fn ten_thousand_files_are_read_and_one_more_refused() {
    let plan = TempPlan::base();
    for i in 1..10_000 {
        std::fs::write(plan.path().join(format!("n{i:05}.yaml")), "# vuoto\n").unwrap();
    }
    let checked = plan.check();
    assert_within(&checked);

    std::fs::write(plan.path().join("n10000.yaml"), "# vuoto\n").unwrap();
    let checked = plan.check();
    assert_eq!(checked.run.code, 1);
    let found = limit_findings(&checked);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("10.000"), "{found:?}");
}

/// BASE with another period, and the budget years of its intervention-free plan unchanged.
fn with_period(from: u16, to: u16) -> String {
    BASE.replace(
        "period: { from: 2022, to: 2024 }",
        &format!("period: {{ from: {from}, to: {to} }}"),
    )
}

#[test]
fn a_period_of_10_years_is_read_and_11_refused() {
    assert_ne!(
        with_period(2022, 2031),
        BASE,
        "BASE has the period to replace"
    );
    let checked = check_text(&with_period(2022, 2031));
    assert_within(&checked);

    let checked = check_text(&with_period(2022, 2032));
    assert_refused(
        &checked,
        &["plan.yaml:4: periodo del piano troppo lungo (11 anni; massimo 10)"],
    );
    // Nothing is reported from a plan beyond a limit, even when errors are allowed.
    let plan = TempPlan::empty().file("plan.yaml", &with_period(1000, 9999));
    let run = crate::common::pdz_in(
        &plan.path(),
        &["report", "all", ".", "--allow-errors", "--format", "md"],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.is_empty());
}

/// BASE with `comuni` comuni and `allocations` fund allocations.
fn with_entries(comuni: usize, allocations: usize) -> String {
    let mut text = BASE.replace(
        "    - { id: alfa, name: Alfa, population: 6000 }\n    - { id: beta, name: Beta, population: 4000 }\n",
        &(0..comuni)
            .map(|i| format!("    - {{ id: c{i}, name: C{i}, population: 100 }}\n"))
            .collect::<String>(),
    );
    text = text.replace("capofila: alfa", "capofila: c0");
    text = text.replace(
        "  - { id: fnps-2021, programme: fnps, amount: 90000 }\n",
        &(0..allocations)
            .map(|i| {
                format!("  - {{ id: f{i}, programme: regionale, amount: 1, split: population }}\n")
            })
            .collect::<String>(),
    );
    text
}

#[test]
fn five_hundred_comuni_are_read_and_one_more_refused() {
    let checked = check_text(&with_entries(500, 1));
    assert_within(&checked);
    let checked = check_text(&with_entries(501, 1));
    assert_refused(
        &checked,
        &[
            "plan.yaml:510: troppi comuni nell'ambito (massimo 500): questo è il primo oltre il limite",
        ],
    );
}

#[test]
fn two_thousand_allocations_are_read_and_one_more_refused() {
    let checked = check_text(&with_entries(2, 2_000));
    assert_within(&checked);
    let checked = check_text(&with_entries(2, 2_001));
    assert_refused(
        &checked,
        &[
            "plan.yaml:2015: troppe assegnazioni di fondi (massimo 2.000): questa è la prima oltre il limite",
        ],
    );
}

#[test]
fn folders_sixteen_deep_are_read_and_seventeen_refused() {
    let deep = |levels: usize| {
        let folders: Vec<String> = (1..=levels).map(|n| format!("d{n}")).collect();
        format!("{}/extra.yaml", folders.join("/"))
    };
    let within = TempPlan::empty()
        .file("plan.yaml", BASE)
        .file(&deep(16), "pdz: 1\n");
    assert_within(&within.check());
    let beyond = TempPlan::empty()
        .file("plan.yaml", BASE)
        .file(&deep(17), "pdz: 1\n");
    let folder = deep(17).trim_end_matches("/extra.yaml").to_string();
    assert_refused(
        &beyond.check(),
        &[&format!(
            "{folder}:1: cartella troppo profonda nel piano (massimo 16 livelli sotto la cartella del piano): non letta"
        )],
    );
}

#[test]
fn a_population_of_ten_million_is_read_and_one_more_refused() {
    let with_population = |n: u64| BASE.replace("population: 6000", &format!("population: {n}"));
    assert_within(&check_text(&with_population(10_000_000)));
    assert_refused(
        &check_text(&with_population(10_000_001)),
        &[
            "plan.yaml:10: popolazione non plausibile per un comune (10.000.001 residenti; massimo 10.000.000)",
        ],
    );
    // The largest integer YAML holds is refused too, and never summed: the ambito's
    // residents are the other comune's, not a wrapped-around 0.
    let huge = TempPlan::empty().file("plan.yaml", &with_population(u64::MAX));
    let summary = crate::common::pdz(&[
        "report",
        "summary",
        huge.path().to_str().unwrap(),
        "--format",
        "csv",
        "--allow-errors",
    ]);
    assert_eq!(summary.code, 0, "{}", summary.stderr);
    assert!(summary.stdout.contains("4000"), "{}", summary.stdout);
}
