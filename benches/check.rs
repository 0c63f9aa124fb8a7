//! Load and check speed: the demo plan, a generated 1 MB plan, and 10,000 findings on
//! one long line.
//! Run with `cargo bench`; goals and measured figures are in the README.

use std::path::{Path, PathBuf};

use divan::Bencher;
use pdz::source::SourceMap;

fn main() {
    divan::main();
}

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/plans/casarano-2022-2024");

/// Load and check the demo plan from disk (40 interventions, 13 files).
#[divan::bench]
fn demo_plan() -> usize {
    let loaded = pdz::load::load(Path::new(DEMO)).expect("demo plan loads");
    let plan = loaded.plan.expect("demo plan builds");
    pdz::check::run(&plan).len()
}

/// Load and check a generated plan of about 1 MB (about 3,000 interventions), from memory.
#[divan::bench]
fn one_megabyte_plan(bencher: Bencher) {
    let text = generated_plan(1024 * 1024);
    bencher.bench(|| {
        let loaded = pdz::load::load_texts(
            Path::new("plan.yaml"),
            vec![(PathBuf::from("plan.yaml"), text.clone())],
            SourceMap::new(),
        );
        pdz::check::run(loaded.plan.as_ref().expect("generated plan builds")).len()
    });
}

/// Load, check and render for people a one-line file of 10,000 unknown keys (148 KB):
/// 10,000 findings on one line, each shown as a window of it, 500 shown in all.
#[divan::bench]
fn ten_thousand_findings_on_one_line(bencher: Bencher) {
    let keys: Vec<String> = (0..10_000).map(|i| format!("k{i:05}: 1")).collect();
    let text = format!("{{pdz: 1, {}}}\n", keys.join(", "));
    bencher.bench(|| {
        let loaded = pdz::load::load_texts(
            Path::new("plan.yaml"),
            vec![(PathBuf::from("plan.yaml"), text.clone())],
            SourceMap::new(),
        );
        let checked = pdz::check::check(loaded, &Default::default());
        pdz::findings::output::human::render(
            &checked.findings,
            &checked.loaded.sources,
            pdz::i18n::Lang::It,
        )
        .len()
    });
}

/// A valid one-file plan of at least `bytes` bytes.
fn generated_plan(bytes: usize) -> String {
    let mut text = String::from(
        "pdz: 1\nplan:\n  title: Piano generato\n  period: { from: 2022, to: 2024 }\nambito:\n  id: ats\n  name: Ambito\n  comuni:\n    - { id: alfa, name: Alfa, population: 6000 }\nareas:\n  - { id: accesso, name: Accesso }\nfunds:\n  - { id: fnps-2021, programme: fnps, amount: 999999999 }\ninterventions:\n",
    );
    let mut n = 0;
    while text.len() < bytes {
        text.push_str(&format!(
            "  - id: intervento-{n}\n    name: Intervento numero {n}\n    area: accesso\n    targets: [minori, famiglie]\n    management: direct\n    comuni: all\n    budget:\n      2022: {{ fnps-2021: 1000.50 }}\n      2023: {{ fnps-2021: 1000 }}\n      2024: {{ fnps-2021: 1000 }}\n"
        ));
        n += 1;
    }
    text
}

/// Load, check and render every report of the demo plan as one HTML page.
#[divan::bench]
fn demo_report_all_html() -> usize {
    let loaded = pdz::load::load(Path::new(DEMO)).expect("demo plan loads");
    let checked = pdz::check::check(loaded, &Default::default());
    let plan = checked.loaded.plan.as_ref().expect("demo plan builds");
    let document = pdz::report::build(
        plan,
        pdz::report::ReportKind::All,
        &Default::default(),
        pdz::i18n::Lang::It,
    );
    pdz::render::render(&document, pdz::render::Format::Html, &Default::default())
        .expect("built-in templates render")
        .len()
}
