//! `pdz check` against the floor of parsing: the same files merely iterated as YAML events
//! by granit-parser (the parser pdz uses, with the same nesting limits), measured in one
//! process, interleaved round by round; prints the medians and their ratio.
//! Run with `cargo bench --bench floor`; figures in `bench/RESULTS.md` and the README.
//!
//! For a profiler, one side alone, once, on the large plan:
//! `valgrind --tool=callgrind --toggle-collect='floor::pdz_check' target/release/deps/floor-* --once
//! check` (or `floor::parse_floor` and `--once floor`).

#[path = "../tests/corpus/mod.rs"]
mod corpus;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pdz::source::SourceMap;

/// Rounds of each measurement; the median is reported.
const ROUNDS: usize = 9;

/// One plan: its files, named and read.
type Files = Vec<(PathBuf, String)>;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--once") {
        let plan = [large()];
        let work = match args.get(at + 1).map(String::as_str) {
            Some("floor") => parse_floor,
            Some("check") => pdz_check,
            _ => {
                eprintln!("--once floor|check");
                std::process::exit(2);
            }
        };
        println!("{}", plan.iter().map(work).sum::<usize>());
        return;
    }
    let inputs: [(&str, Vec<Files>); 2] = [
        ("one ambito of 25,000 interventions", vec![large()]),
        ("a Region: 45 ambiti", region()),
    ];
    println!("| input | size | parse floor | pdz check | ratio |");
    println!("|---|---|---|---|---|");
    for (name, plans) in inputs {
        let bytes: usize = plans.iter().flatten().map(|(_, text)| text.len()).sum();
        let mut floor = Vec::new();
        let mut check = Vec::new();
        for _ in 0..ROUNDS {
            floor.push(timed(|| plans.iter().map(parse_floor).sum()));
            check.push(timed(|| plans.iter().map(pdz_check).sum()));
        }
        let (floor, check) = (median(floor), median(check));
        println!(
            "| {name} | {:.1} MB | {:.0} ms | {:.0} ms | {:.2}x |",
            bytes as f64 / 1e6,
            floor.as_secs_f64() * 1e3,
            check.as_secs_f64() * 1e3,
            check.as_secs_f64() / floor.as_secs_f64()
        );
    }
}

/// The large plan of `bench/compare.sh` (seed 3, 30 comuni), with 25,000 interventions.
fn large() -> Files {
    let mut rng = corpus::Rng::new(3);
    corpus::ambito(&mut rng, 1, (30, 30), (25_000, 25_000))
        .files
        .into_iter()
        .map(|(name, text)| (PathBuf::from(name), text))
        .collect()
}

/// The 45 ambiti `bench/compare.sh` checks as a Region (seed 2, the generator's sizes).
fn region() -> Vec<Files> {
    let mut rng = corpus::Rng::new(2);
    (1..=45)
        .map(|i| {
            corpus::ambito(&mut rng, i, (3, 50), (50, 300))
                .files
                .into_iter()
                .map(|(name, text)| (PathBuf::from(name), text))
                .collect()
        })
        .collect()
}

/// Every event of every file, and nothing done with them.
#[inline(never)]
fn parse_floor(files: &Files) -> usize {
    let mut events = 0;
    for (_, text) in files {
        let options = granit_parser::options! {
            flow_nesting_limit: pdz::limits::MAX_DEPTH,
            block_nesting_limit: pdz::limits::MAX_DEPTH,
        };
        for event in granit_parser::Parser::new_from_str_with_options(text, options) {
            black_box(&event);
            events += 1;
        }
    }
    events
}

/// What `pdz check` does with the files once read: load, check, count the findings.
#[inline(never)]
fn pdz_check(files: &Files) -> usize {
    let loaded = pdz::load::load_texts(Path::new("plan"), files.clone(), SourceMap::new());
    pdz::check::check(loaded, &Default::default())
        .findings
        .len()
        + 1
}

fn timed(work: impl FnOnce() -> usize) -> Duration {
    let start = Instant::now();
    black_box(work());
    start.elapsed()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}
