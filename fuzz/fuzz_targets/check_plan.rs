//! Arbitrary bytes as a plan file: decoded, loaded, checked, and the findings
//! rendered in every output format. Nothing may panic, whatever the bytes.
#![no_main]

use std::path::{Path, PathBuf};

use libfuzzer_sys::fuzz_target;
use pdz::findings::output::{self, PlanFindings};
use pdz::i18n::Lang;
use pdz::source::{SourceMap, decode_text};

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 is a finding at its line and column, never a panic.
    let Ok(text) = decode_text(data.to_vec()) else {
        return;
    };
    let loaded = pdz::load::load_texts(
        Path::new("plan"),
        vec![(PathBuf::from("plan/plan.yaml"), text)],
        SourceMap::new(),
    );
    let checked = pdz::check::check(loaded, &Default::default());
    let human = output::human::render(&checked.findings, &checked.loaded.sources, Lang::It);
    assert!(!human.contains('⟦'), "a message key is missing: {human}");
    let plans = [PlanFindings::of(Path::new("plan"), checked, None)];
    let base = output::artifact::ArtifactBase::new(PathBuf::from("/repo"), PathBuf::from("/repo"));
    for lang in [Lang::It, Lang::En] {
        output::json::render(&plans, lang);
        output::github::render(&plans, lang);
        output::sarif::render(&plans, &base, lang);
        output::junit::render(&plans, lang);
        output::gitlab::render(&plans, &base, lang);
        output::markdown::render(&plans, lang);
    }
});
