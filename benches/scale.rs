//! Speed at regional scale, on generated plans (`tests/corpus`): one typical ambito
//! checked and rendered from memory, and Regions of 45 and 90 ambiti aggregated from
//! disk (twice the plans should take about twice the time). `bench/compare.sh` times
//! whole processes, up to the national corpus. Figures: `bench/RESULTS.md`.

#[path = "../tests/corpus/mod.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::Bencher;
use pdz::source::SourceMap;

fn main() {
    divan::main();
}

/// A typical ambito: 20 comuni, 175 interventions, every section used.
fn typical() -> Vec<(PathBuf, String)> {
    let mut rng = corpus::Rng::new(11);
    corpus::ambito(&mut rng, 1, (20, 20), (175, 175))
        .files
        .into_iter()
        .map(|(name, text)| (PathBuf::from(name), text))
        .collect()
}

fn load(files: &[(PathBuf, String)]) -> pdz::load::LoadedPlan {
    pdz::load::load_texts(Path::new("ats-001"), files.to_vec(), SourceMap::new())
}

/// Load and check a typical ambito from memory.
#[divan::bench]
fn typical_ambito_check(bencher: Bencher) {
    let files = typical();
    bencher.bench(|| {
        pdz::check::check(load(&files), &Default::default())
            .findings
            .len()
    });
}

/// Every report of a typical ambito as one HTML page (plan already checked).
#[divan::bench]
fn typical_ambito_report_all_html(bencher: Bencher) {
    let checked = pdz::check::check(load(&typical()), &Default::default());
    let plan = checked
        .loaded
        .plan
        .as_ref()
        .expect("the generated plan builds");
    bencher.bench(|| {
        let document = pdz::report::build(
            plan,
            pdz::report::ReportKind::All,
            &Default::default(),
            pdz::i18n::Lang::It,
        );
        pdz::render::render(&document, pdz::render::Format::Html, &Default::default())
            .expect("built-in templates render")
            .len()
    });
}

/// An ambito of 30 comuni and `interventions` interventions, checked.
fn large(interventions: u64) -> pdz::check::CheckedPlan {
    let mut rng = corpus::Rng::new(3);
    let files: Vec<(PathBuf, String)> =
        corpus::ambito(&mut rng, 1, (30, 30), (interventions, interventions))
            .files
            .into_iter()
            .map(|(name, text)| (PathBuf::from(name), text))
            .collect();
    pdz::check::check(load(&files), &Default::default())
}

/// `report all --format html` at two sizes: four times the interventions should take
/// about four times as long (no report scans the whole plan once per intervention).
#[divan::bench(args = [1_000, 4_000])]
fn large_report_all_html(bencher: Bencher, interventions: u64) {
    let checked = large(interventions);
    let plan = checked
        .loaded
        .plan
        .as_ref()
        .expect("the generated plan builds");
    bencher.bench(|| {
        let options = pdz::report::Options {
            detail: true,
            ..Default::default()
        };
        let document = pdz::report::build(
            plan,
            pdz::report::ReportKind::All,
            &options,
            pdz::i18n::Lang::It,
        );
        pdz::render::render(&document, pdz::render::Format::Html, &Default::default())
            .expect("built-in templates render")
            .len()
    });
}

/// `pdz diff` of a plan against itself at two sizes: linear too (every comparison looks
/// entries up by key, none by scanning).
#[divan::bench(args = [1_000, 4_000])]
fn large_diff(bencher: Bencher, interventions: u64) {
    let checked = large(interventions);
    let plan = checked
        .loaded
        .plan
        .as_ref()
        .expect("the generated plan builds");
    bencher.bench(|| pdz::diff::diff(&checked, plan, &checked, plan).is_empty());
}

/// A corpus of 90 ambiti written once to a temporary folder.
fn region() -> &'static (tempfile::TempDir, Vec<PathBuf>) {
    static REGION: OnceLock<(tempfile::TempDir, Vec<PathBuf>)> = OnceLock::new();
    REGION.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        corpus::write(dir.path(), 90, 5, (3, 50), (50, 300)).expect("the corpus is written");
        let plans = pdz::source::plan_roots(dir.path()).expect("the corpus lists");
        (dir, plans)
    })
}

/// Load, check and measure a Region's plans in parallel, and build the comparison.
#[divan::bench(args = [45, 90])]
fn region_aggregate(bencher: Bencher, ambiti: usize) {
    let plans = &region().1[..ambiti];
    bencher.bench(|| {
        let outcomes = pdz::aggregate::run(plans, pdz::load::load).expect("every plan loads");
        pdz::report::aggregate::build(&outcomes, pdz::i18n::Lang::It)
            .reports
            .len()
    });
}
