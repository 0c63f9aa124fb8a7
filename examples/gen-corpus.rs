//! Writes a corpus of realistic synthetic plans, valid by construction, with the totals
//! they must give in `expected.json`:
//!
//! ```sh
//! cargo run --release --example gen-corpus -- --ambiti 600 --seed 1 --out target/corpus
//! ```
//!
//! Each ambito has 3 to 50 comuni and 50 to 300 interventions (`--comuni MIN-MAX`,
//! `--interventions MIN-MAX` change it), and uses every section of the format (areas,
//! funds with a population split, PNRR with CUP, LEPS, staff, needs, actuals, indicators).

#[path = "../tests/corpus/mod.rs"]
mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut ambiti = 45;
    let mut seed = 1;
    let mut out = PathBuf::from("target/corpus");
    let mut comuni = (3, 50);
    let mut interventions = (50, 300);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value) {
            ("--ambiti", Some(v)) if v.parse::<usize>().is_ok_and(|n| n > 0) => {
                ambiti = v.parse().unwrap_or(1)
            }
            ("--seed", Some(v)) if v.parse::<u64>().is_ok() => seed = v.parse().unwrap_or(1),
            ("--out", Some(v)) => out = PathBuf::from(v),
            ("--comuni", Some(v)) if range(&v).is_some() => comuni = range(&v).unwrap_or(comuni),
            ("--interventions", Some(v)) if range(&v).is_some() => {
                interventions = range(&v).unwrap_or(interventions)
            }
            _ => {
                eprintln!(
                    "usage: gen-corpus [--ambiti N] [--seed S] [--out DIR] [--comuni MIN-MAX] [--interventions MIN-MAX]"
                );
                return ExitCode::from(2);
            }
        }
    }
    if out.exists() && std::fs::read_dir(&out).map_or(true, |mut d| d.next().is_some()) {
        eprintln!("gen-corpus: {} exists and is not empty", out.display());
        return ExitCode::from(2);
    }
    match corpus::write(&out, ambiti, seed, comuni, interventions) {
        Ok(written) => {
            let interventions: usize = written.iter().map(|a| a.expected.interventions).sum();
            println!(
                "{} ambiti, {interventions} interventions, written to {} (expected totals in expected.json)",
                written.len(),
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("gen-corpus: {error}");
            ExitCode::from(2)
        }
    }
}

/// `MIN-MAX`, both at least 1 and in order.
fn range(text: &str) -> Option<(u64, u64)> {
    let (low, high) = text.split_once('-')?;
    let (low, high): (u64, u64) = (low.parse().ok()?, high.parse().ok()?);
    (1 <= low && low <= high).then_some((low, high))
}
