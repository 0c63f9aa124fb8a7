//! Any plan that loads, whatever its content: every report and the council document
//! of every comune, in every format and both languages. Nothing may panic, and every
//! message key must exist.
#![no_main]

use std::path::{Path, PathBuf};

use libfuzzer_sys::fuzz_target;
use pdz::i18n::Lang;
use pdz::render::{self, Format, RenderOptions};
use pdz::report::{self, ReportKind};
use pdz::source::SourceMap;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = pdz::load::load_texts(
        Path::new("plan"),
        vec![(PathBuf::from("plan/plan.yaml"), text.to_owned())],
        SourceMap::new(),
    );
    let checked = pdz::check::check(loaded, &Default::default());
    let Some(plan) = checked.loaded.plan.as_ref() else {
        return;
    };
    // One language per input (the first byte picks it), to keep executions fast.
    let lang = if data.first().is_some_and(|b| b & 1 == 1) {
        Lang::En
    } else {
        Lang::It
    };
    let options = report::Options {
        detail: true,
        ..Default::default()
    };
    let render_options = RenderOptions {
        lang,
        ..Default::default()
    };
    let render = |document: &report::Document, formats: &[Format]| {
        for &format in formats {
            let text = render::render(document, format, &render_options)
                .expect("the built-in templates render");
            assert!(
                !text.contains('⟦'),
                "a message key is missing in {format:?}"
            );
        }
    };
    // Every single report in the text formats; HTML (templates compiled per call) once for
    // all of them together, and for the council documents.
    for &kind in &ReportKind::SINGLE {
        render(
            &report::build(plan, kind, &options, lang),
            &[Format::Table, Format::Md, Format::Csv, Format::Json],
        );
    }
    render(
        &report::build(plan, ReportKind::All, &options, lang),
        &[Format::Html],
    );
    render(
        &report::council(plan, None, &options, lang),
        &[Format::Html, Format::Md],
    );
    if let Some(comune) = plan.ambito.comuni.get(usize::from(data.len() % 7)) {
        render(
            &report::council(plan, Some(comune), &options, lang),
            &[Format::Html, Format::Md],
        );
    }
});
