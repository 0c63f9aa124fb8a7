//! Browser tests: every HTML report and council document loaded in headless
//! Chromium over the DevTools protocol, and the council PDFs read back with
//! poppler's `pdfinfo` and `pdftotext`.
//!
//! They need Chromium and poppler-utils, and a DevTools client (headless_chrome) that takes
//! longer to compile than any other crate of the project, so they are a test binary of their
//! own, built only with the `browser-tests` feature: `cargo test` neither builds nor runs
//! them. `.ci/run` installs Chromium and poppler and runs
//! `cargo test --features browser-tests --test browser -- --ignored` (each test is also
//! `#[ignore]`d, saying why, for a machine without Chromium).
//! Screenshots are saved under `target/tmp/browser/` for people to look at.

// The helpers shared with the other integration tests; some are not used here.
#[allow(dead_code)]
#[path = "../testsuite/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use headless_chrome::protocol::cdp::Log::LogEntryLevel as LogLevel;
use headless_chrome::protocol::cdp::Runtime::ConsoleAPICalledEventTypeOption as ConsoleType;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Network, Page};
use headless_chrome::{Browser, LaunchOptions, Tab};

use crate::common::{BASE, TempPlan, pdz_in};

mod serve;

const DEMO: &str = "plans/casarano-2022-2024";

/// A4 at 96 dpi: 210 mm is 794 CSS pixels.
const A4_WIDTH: u32 = 794;
const A4_HEIGHT: u32 = 1123;

/// What a document did once loaded in the browser.
#[derive(Debug, Default)]
struct Visit {
    /// Console errors, uncaught exceptions and error log entries.
    errors: Vec<String>,
    /// Every URL requested other than the document itself.
    requests: Vec<String>,
    /// JavaScript dialogs (`alert`) opened.
    dialogs: Vec<String>,
    inner_width: u64,
    scroll_width: u64,
    /// Tables wider than their box (scrolled sideways on screen, cut on paper).
    wide_tables: Vec<String>,
    /// `<script>` and `<img>` elements in the DOM.
    active_elements: u64,
    /// The page's text, as a reader sees it.
    text: String,
}

/// One headless Chromium for a test, kept offline.
struct Chromium {
    browser: Browser,
    screenshots: PathBuf,
}

impl Chromium {
    fn start() -> Chromium {
        let path = pdz::print::find_chromium().expect(
            "Chromium is not installed: `apt-get install chromium` (the browser tests need it)",
        );
        let options = LaunchOptions {
            path: Some(path),
            headless: true,
            sandbox: false,
            window_size: Some((A4_WIDTH, A4_HEIGHT)),
            idle_browser_timeout: Duration::from_secs(300),
            args: vec![
                "--disable-component-update".as_ref(),
                "--no-default-browser-check".as_ref(),
                "--hide-scrollbars".as_ref(),
            ],
            ..LaunchOptions::default()
        };
        let browser = Browser::new(options).expect("Chromium starts");
        let screenshots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
        std::fs::create_dir_all(&screenshots).unwrap();
        Chromium {
            browser,
            screenshots,
        }
    }

    /// Loads `page`, records what happened, and saves a full-page screenshot as `name.png`.
    fn visit(&self, page: &Path, name: &str) -> Visit {
        self.visit_url(&pdz::print::file_url(page), name)
    }

    /// Like [`Chromium::visit`], for any address (a page `pdz serve` serves).
    fn visit_url(&self, url: &str, name: &str) -> Visit {
        let tab = self.browser.new_tab().expect("a new tab");
        let visit = Arc::new(Mutex::new(Visit::default()));
        let url = url.to_string();
        let seen = Arc::clone(&visit);
        let own_url = url.clone();
        tab.add_event_listener(Arc::new(move |event: &Event| {
            let mut seen = seen.lock().unwrap();
            match event {
                Event::RuntimeConsoleAPICalled(call)
                    if matches!(call.params.Type, ConsoleType::Error | ConsoleType::Assert) =>
                {
                    let args: Vec<String> = call
                        .params
                        .args
                        .iter()
                        .map(|a| format!("{:?}", a.value))
                        .collect();
                    seen.errors.push(format!(
                        "console.{:?}: {}",
                        call.params.Type,
                        args.join(" ")
                    ));
                }
                Event::RuntimeExceptionThrown(thrown) => {
                    seen.errors.push(format!(
                        "exception: {}",
                        thrown.params.exception_details.text
                    ));
                }
                Event::LogEntryAdded(entry) if entry.params.entry.level == LogLevel::Error => {
                    seen.errors
                        .push(format!("log: {}", entry.params.entry.text));
                }
                Event::NetworkRequestWillBeSent(request)
                    if request.params.request.url != own_url =>
                {
                    seen.requests.push(request.params.request.url.clone());
                }
                Event::PageJavascriptDialogOpening(dialog) => {
                    seen.dialogs.push(dialog.params.message.clone());
                }
                _ => {}
            }
        }))
        .unwrap();
        tab.enable_runtime().unwrap();
        tab.enable_log().unwrap();
        tab.call_method(Network::Enable {
            max_total_buffer_size: None,
            max_resource_buffer_size: None,
            max_post_data_size: None,
            report_direct_socket_traffic: None,
            enable_durable_messages: None,
        })
        .unwrap();
        tab.navigate_to(&url).unwrap();
        tab.wait_until_navigated().unwrap();
        // Give late errors (fonts, images, scripts) a moment to surface.
        std::thread::sleep(Duration::from_millis(200));

        let measures = evaluate(
            &tab,
            "JSON.stringify({
                inner: window.innerWidth,
                scroll: document.documentElement.scrollWidth,
                wide: [...document.querySelectorAll('table')]
                    .filter(t => t.parentElement.scrollWidth > t.parentElement.clientWidth + 1)
                    .map(t => (t.closest('figure')?.querySelector('figcaption')?.textContent ?? '?')
                        + ': ' + t.parentElement.scrollWidth + ' > ' + t.parentElement.clientWidth),
                active: document.querySelectorAll('script, img').length,
                height: document.documentElement.scrollHeight,
                text: document.body.innerText.replaceAll('\\u00a0', ' '),
            })",
        );
        let measures: serde_json::Value = serde_json::from_str(&measures).unwrap();
        let height = measures["height"].as_f64().unwrap().min(30_000.0);
        let png = tab
            .call_method(Page::CaptureScreenshot {
                format: Some(Page::CaptureScreenshotFormatOption::Png),
                quality: None,
                clip: Some(Page::Viewport {
                    x: 0.0,
                    y: 0.0,
                    width: f64::from(A4_WIDTH),
                    height,
                    scale: 1.0,
                }),
                from_surface: Some(true),
                capture_beyond_viewport: Some(true),
                optimize_for_speed: None,
            })
            .unwrap()
            .data;
        use base64::Engine as _;
        let png = base64::engine::general_purpose::STANDARD
            .decode(png)
            .unwrap();
        std::fs::write(self.screenshots.join(format!("{name}.png")), png).unwrap();
        tab.close(false).ok();

        let mut visit = std::mem::take(&mut *visit.lock().unwrap());
        visit.inner_width = measures["inner"].as_u64().unwrap();
        visit.scroll_width = measures["scroll"].as_u64().unwrap();
        visit.wide_tables = measures["wide"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap().to_owned())
            .collect();
        visit.active_elements = measures["active"].as_u64().unwrap();
        visit.text = measures["text"].as_str().unwrap().to_owned();
        visit
    }
}

/// The string value of a JavaScript expression.
fn evaluate(tab: &Tab, expression: &str) -> String {
    let result = tab.evaluate(expression, false).unwrap();
    match result.value {
        Some(serde_json::Value::String(text)) => text,
        other => panic!("{expression} gave {other:?}"),
    }
}

/// Runs pdz in `dir` writing `file` in the screenshots folder; returns its path.
fn render(dir: &Path, args: &[&str], file: &str) -> PathBuf {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&out).unwrap();
    let target = out.join(file);
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--output", target.to_str().unwrap()]);
    let run = pdz_in(dir, &all);
    assert_eq!(run.code, 0, "pdz {all:?}: {}", run.stderr);
    target
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
#[ignore = "needs Chromium: `apt-get install chromium`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn every_document_loads_offline_without_errors_and_fits_a4() {
    let mut documents: Vec<(String, Vec<String>)> = Vec::new();
    for kind in crate::common::REPORT_KINDS.iter().chain(&["all"]) {
        documents.push((format!("report-{kind}"), vec![kind.to_string()]));
    }
    documents.push((
        "report-all-detail".into(),
        vec!["all".into(), "--detail".into()],
    ));
    documents.push((
        "report-all-en".into(),
        vec!["all".into(), "--lang".into(), "en".into()],
    ));
    for comune in [
        "casarano",
        "collepasso",
        "matino",
        "parabita",
        "ruffano",
        "supersano",
        "taurisano",
        "all",
    ] {
        documents.push((
            format!("council-{comune}"),
            vec!["council".into(), "--comune".into(), comune.into()],
        ));
    }
    documents.push((
        "council-matino-en".into(),
        vec![
            "council".into(),
            "--comune".into(),
            "matino".into(),
            "--lang".into(),
            "en".into(),
        ],
    ));

    let chromium = Chromium::start();
    let mut problems = Vec::new();
    for (name, args) in &documents {
        let mut all: Vec<&str> = vec!["report", &args[0], DEMO, "--format", "html"];
        all.extend(args[1..].iter().map(String::as_str));
        let page = render(repo(), &all, &format!("{name}.html"));
        let visit = chromium.visit(&page, name);
        assert_eq!(
            visit.inner_width,
            u64::from(A4_WIDTH),
            "the viewport is A4 wide"
        );
        if !visit.errors.is_empty() {
            problems.push(format!("{name}: console errors {:?}", visit.errors));
        }
        if !visit.requests.is_empty() {
            problems.push(format!("{name}: network requests {:?}", visit.requests));
        }
        if visit.scroll_width > visit.inner_width {
            problems.push(format!(
                "{name}: {} px wide in a {} px viewport",
                visit.scroll_width, visit.inner_width
            ));
        }
        if name.starts_with("council") && !visit.wide_tables.is_empty() {
            problems.push(format!(
                "{name}: tables wider than the page {:?}",
                visit.wide_tables
            ));
        }
        if visit.active_elements != 0 {
            problems.push(format!(
                "{name}: {} script or img elements",
                visit.active_elements
            ));
        }
        assert!(
            visit.text.contains("V Piano sociale di zona 2022-2024"),
            "{name}"
        );
    }
    // A rimodulazione of the demo plan: money moved, a provider changed.
    let changed = copy_of_demo(&[
        ("qsfp-2023: 220000", "qsfp-2023: 210000"),
        (
            "provider: Cooperativa sociale Aurora",
            "provider: Cooperativa sociale Aurora Due",
        ),
    ]);
    let page = render(
        repo(),
        &[
            "diff",
            DEMO,
            changed.path().to_str().unwrap(),
            "--format",
            "html",
        ],
        "diff.html",
    );
    let visit = chromium.visit(&page, "diff");
    if !visit.errors.is_empty()
        || !visit.requests.is_empty()
        || visit.scroll_width > visit.inner_width
    {
        problems.push(format!("diff: {visit:?}"));
    }
    assert!(
        visit.text.contains("-€ 10.000,00"),
        "the diff shows the money moved"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A copy of the demo plan with text replaced in its files.
fn copy_of_demo(replacements: &[(&str, &str)]) -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    let mut stack = vec![repo().join(DEMO)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let target = copy
                .path()
                .join(path.strip_prefix(repo().join(DEMO)).unwrap());
            if path.is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                stack.push(path);
            } else {
                let mut text = std::fs::read_to_string(&path).unwrap();
                for (from, to) in replacements {
                    text = text.replace(from, to);
                }
                std::fs::write(target, text).unwrap();
            }
        }
    }
    copy
}

#[test]
#[ignore = "needs Chromium: `apt-get install chromium`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn names_with_markup_stay_text_and_nothing_runs() {
    let script = "<script>alert(1)</script>";
    let image = "<img src=x onerror=alert(1)>";
    let hostile = |what: &str| format!("'{what} {script} {image}'");
    let plan = TempPlan::empty().file(
        "plan.yaml",
        &format!(
            "{}interventions:\n  - id: s\n    name: {}\n    area: accesso\n    provider: {}\n    targets: [minori]\n    budget:\n      2022: {{ fnps-2021: 30000 }}\n      2023: {{ fnps-2021: 30000 }}\n      2024: {{ fnps-2021: 30000 }}\nneeds:\n  - {{ id: bisogno, name: {}, area: accesso, value: 12, unit: {}, year: 2022, source: {} }}\n",
            BASE.replace(
                "  period: { from: 2022, to: 2024 }\n",
                &format!(
                    "  period: {{ from: 2022, to: 2024 }}\n  approvals:\n    - {{ body: {}, act: {}, date: 2023-03-15 }}\n",
                    hostile("Organo"),
                    hostile("Atto")
                ),
            )
            .replace("title: Piano di prova", &format!("title: {}", hostile("Piano")))
                .replace("name: Ambito di prova", &format!("name: {}", hostile("Ambito")))
                .replace("name: Alfa", &format!("name: {}", hostile("Alfa")))
                .replace("name: Welfare d'accesso", &format!("name: {}", hostile("Area"))),
            hostile("Servizio"),
            hostile("Gestore"),
            hostile("Bisogno"),
            hostile("unità"),
            hostile("Fonte"),
        ),
    );
    let check = pdz_in(&plan.path(), &["check", "."]);
    assert_eq!(check.code, 0, "{}", check.stderr);

    let chromium = Chromium::start();
    let mut visits = Vec::new();
    for (name, args) in [
        (
            "hostile-all",
            vec!["report", "all", ".", "--format", "html", "--detail"],
        ),
        (
            "hostile-council-alfa",
            vec![
                "report", "council", ".", "--comune", "alfa", "--format", "html",
            ],
        ),
        (
            "hostile-council-all",
            vec![
                "report", "council", ".", "--comune", "all", "--format", "html",
            ],
        ),
    ] {
        let page = render(&plan.path(), &args, &format!("{name}.html"));
        visits.push((name, chromium.visit(&page, name)));
    }
    for (name, visit) in visits {
        assert!(
            visit.dialogs.is_empty(),
            "{name}: a script ran: {:?}",
            visit.dialogs
        );
        assert_eq!(visit.active_elements, 0, "{name}: markup became elements");
        assert!(visit.errors.is_empty(), "{name}: {:?}", visit.errors);
        assert!(visit.requests.is_empty(), "{name}: {:?}", visit.requests);
        for what in [
            "Piano", "Ambito", "Alfa", "Area", "Servizio", "Gestore", "Bisogno",
        ] {
            let shown = format!("{what} {script} {image}");
            assert!(
                visit.text.contains(&shown),
                "{name}: `{shown}` is not shown as text"
            );
        }
    }
}

#[test]
#[ignore = "needs Chromium and poppler-utils: `apt-get install chromium poppler-utils`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn every_comune_gets_a_printable_pdf_with_its_name_and_share() {
    for (id, name, share) in common::DEMO_COMUNI {
        let pdf = render(
            repo(),
            &["report", "council", DEMO, "--comune", id],
            &format!("council-{id}.pdf"),
        );
        let info = poppler("pdfinfo", &pdf);
        let pages: u32 = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("{id}: pdfinfo gave no page count:\n{info}"));
        assert!(pages >= 2, "{id}: {pages} page(s)");
        let page_size = info
            .lines()
            .find(|l| l.starts_with("Page size:"))
            .unwrap_or_default();
        assert!(page_size.contains("(A4)"), "{id}: {page_size}");

        let text = poppler("pdftotext", &pdf).replace('\u{a0}', " ");
        assert!(
            text.contains(&format!("Comune di {name}")),
            "{id}: no name in the PDF text"
        );
        assert!(
            text.contains(share),
            "{id}: the co-financing share {share} is not in the PDF text"
        );
        assert!(
            text.contains(&format!("Pagina 2 di {pages}")),
            "{id}: no page numbers"
        );
    }
    // The English document too.
    let pdf = render(
        repo(),
        &[
            "report", "council", DEMO, "--comune", "matino", "--lang", "en",
        ],
        "council-matino-en.pdf",
    );
    let text = poppler("pdftotext", &pdf);
    assert!(text.contains("Municipal co-financing") && text.contains("€230,499.46"));
}

#[test]
#[ignore = "needs Chromium and poppler-utils: `apt-get install chromium poppler-utils`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn printed_contents_give_each_section_its_page_and_the_pdf_an_outline() {
    let documents: [(&[&str], &str, &str, &str); 3] = [
        (
            &["report", "council", DEMO, "--comune", "all"],
            "contents-council.pdf",
            "it",
            "pag.",
        ),
        (&["report", "all", DEMO], "contents-all.pdf", "it", "pag."),
        (
            &[
                "report", "council", DEMO, "--comune", "matino", "--lang", "en",
            ],
            "contents-council-en.pdf",
            "en",
            "p.",
        ),
    ];
    for (args, file, lang, page_word) in documents {
        let pdf = render(repo(), args, file);
        let pages = page_texts(&pdf);
        let contents = contents_entries(&pages[0], page_word);
        assert!(contents.len() >= 6, "{file}: contents list {contents:?}");
        for (title, page) in &contents {
            // The first page whose own text (not the contents list) has the heading.
            let found = pages.iter().position(|text| {
                text.lines()
                    .filter(|line| contents_entry(line, page_word).is_none())
                    .any(|line| line.trim() == title)
            });
            assert_eq!(found.map(|i| i + 1), Some(*page), "{file}: `{title}`");
        }

        let document = lopdf::Document::load(&pdf).unwrap();
        let outline = document.get_toc().expect("the PDF has an outline");
        for (title, page) in &contents {
            assert!(
                outline
                    .toc
                    .iter()
                    .any(|b| b.title.trim() == title && b.page == *page),
                "{file}: no bookmark `{title}` to page {page}: {:?}",
                outline.toc
            );
        }
        let info = poppler("pdfinfo", &pdf);
        let title = info.lines().find_map(|l| l.strip_prefix("Title:"));
        assert!(
            title.is_some_and(|t| t.contains("Piano sociale di zona 2022-2024")),
            "{file}: {info}"
        );
        let language = document.catalog().unwrap().get(b"Lang").unwrap();
        assert_eq!(language.as_str().unwrap(), lang.as_bytes(), "{file}");
    }
}

/// The text of each page of a PDF, laid out as printed.
fn page_texts(pdf: &Path) -> Vec<String> {
    let output = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .unwrap()
        .replace('\u{a0}', " ")
        .split('\u{c}')
        .map(str::to_string)
        .collect()
}

/// The entries of a printed contents list: (title, page).
fn contents_entries(text: &str, page_word: &str) -> Vec<(String, usize)> {
    text.lines()
        .filter_map(|line| contents_entry(line, page_word))
        .collect()
}

/// "3. I servizi dell'ambito      pag. 4" as (title, page).
fn contents_entry(line: &str, page_word: &str) -> Option<(String, usize)> {
    let (left, number) = line.trim().rsplit_once(' ')?;
    let page = number.parse().ok()?;
    let left = left.trim_end().strip_suffix(page_word)?;
    let (position, title) = left.trim().split_once(". ")?;
    position.parse::<usize>().ok()?;
    Some((title.trim().to_string(), page))
}

/// A new tab showing `page` in a viewport of `width` × `height` px (a phone below 500 px).
fn open_at_width(chromium: &Chromium, page: &Path, width: u32, height: u32) -> Arc<Tab> {
    open_url_at_width(chromium, &pdz::print::file_url(page), width, height)
}

fn open_url_at_width(chromium: &Chromium, url: &str, width: u32, height: u32) -> Arc<Tab> {
    let tab = chromium.browser.new_tab().expect("a new tab");
    tab.call_method(
        headless_chrome::protocol::cdp::Emulation::SetDeviceMetricsOverride {
            width,
            height,
            device_scale_factor: 1.0,
            mobile: width < 500,
            scale: None,
            screen_width: None,
            screen_height: None,
            position_x: None,
            position_y: None,
            dont_set_visible_size: None,
            screen_orientation: None,
            viewport: None,
            display_feature: None,
            device_posture: None,
        },
    )
    .unwrap();
    tab.navigate_to(url).unwrap();
    tab.wait_until_navigated().unwrap();
    tab
}

/// axe-core's browser build, installed by `.ci/run` from the npm registry.
fn axe_source() -> String {
    let path = repo().join("target/clients/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: `npm install --prefix target/clients axe-core` (.ci/run does it)",
            path.display()
        )
    })
}

/// The WCAG 2.1 A/AA rules, and 2.2's target size, that pdz's pages must pass.
const AXE_TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']";

/// Runs axe-core on `page` at `width` px: (violations, incomplete), one line per rule and node.
fn axe(chromium: &Chromium, axe: &str, page: &Path, width: u32) -> (Vec<String>, Vec<String>) {
    axe_url(chromium, axe, &pdz::print::file_url(page), width)
}

/// Like [`axe`], for any address.
fn axe_url(chromium: &Chromium, axe: &str, url: &str, width: u32) -> (Vec<String>, Vec<String>) {
    let tab = open_url_at_width(chromium, url, width, 900);
    tab.evaluate(axe, false).expect("axe-core loads");
    let run = format!(
        "axe.run(document, {{ runOnly: {{ type: 'tag', values: {AXE_TAGS} }}, resultTypes: ['violations', 'incomplete'] }})
            .then(r => JSON.stringify({{
                violations: r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ': ' + n.failureSummary.replaceAll('\\n', ' '))),
                incomplete: r.incomplete.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ': ' + n.any.map(c => c.data?.messageKey ?? c.message).join(', '))),
            }}))"
    );
    let result = tab.evaluate(&run, true).expect("axe.run");
    tab.close(false).ok();
    let Some(serde_json::Value::String(json)) = result.value else {
        panic!("axe.run gave {result:?}");
    };
    let result: serde_json::Value = serde_json::from_str(&json).unwrap();
    let lines = |key: &str| -> Vec<String> {
        result[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    (lines("violations"), lines("incomplete"))
}

#[test]
#[ignore = "needs Chromium and axe-core: `apt-get install chromium`, `npm install --prefix target/clients axe-core`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does all three)"]
fn every_page_passes_axe_core_at_desktop_and_phone_width() {
    let axe_source = axe_source();
    let mut pages: Vec<(String, Vec<String>)> = Vec::new();
    let owned = |args: &[&str]| args.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    for kind in ["all"].iter().chain(&crate::common::REPORT_KINDS) {
        pages.push((format!("axe-{kind}"), owned(&["report", kind, DEMO])));
    }
    pages.push((
        "axe-all-en".into(),
        owned(&["report", "all", DEMO, "--lang", "en"]),
    ));
    // With a scheda per intervention: each of its boxes needs a name of its own.
    pages.push((
        "axe-interventions-detail".into(),
        owned(&["report", "interventions", DEMO, "--detail"]),
    ));
    pages.push((
        "axe-all-detail".into(),
        owned(&["report", "all", DEMO, "--detail"]),
    ));
    pages.push((
        "axe-council-matino".into(),
        owned(&["report", "council", DEMO, "--comune", "matino"]),
    ));
    pages.push((
        "axe-council-matino-en".into(),
        owned(&[
            "report", "council", DEMO, "--comune", "matino", "--lang", "en",
        ]),
    ));
    pages.push((
        "axe-council-all".into(),
        owned(&["report", "council", DEMO, "--comune", "all"]),
    ));
    let changed = copy_of_demo(&[("qsfp-2023: 220000", "qsfp-2023: 210000")]);
    let changed = changed.path().to_str().unwrap().to_string();
    pages.push(("axe-diff".into(), owned(&["diff", DEMO, &changed])));
    pages.push((
        "axe-diff-en".into(),
        owned(&["diff", DEMO, &changed, "--lang", "en"]),
    ));
    pages.push((
        "axe-aggregate".into(),
        owned(&[
            "aggregate",
            DEMO,
            "examples/terni-zona-sociale-10",
            "examples/piombino-tavolo-tecnico",
        ]),
    ));

    let chromium = Chromium::start();
    let mut violations = Vec::new();
    let mut incomplete = Vec::new();
    for (name, args) in &pages {
        let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
        all.extend(["--format", "html"]);
        let page = render(repo(), &all, &format!("{name}.html"));
        for width in [1280, 375] {
            let (found, unsure) = axe(&chromium, &axe_source, &page, width);
            violations.extend(
                found
                    .into_iter()
                    .map(|v| format!("{name} at {width} px: {v}")),
            );
            incomplete.extend(
                unsure
                    .into_iter()
                    .map(|v| format!("{name} at {width} px: {v}")),
            );
        }
    }
    // What axe-core cannot decide is listed for a person to look at; contrast is decided by
    // computation in `chart_colours_pass_contrast_by_computation`.
    println!("axe-core incomplete ({}):", incomplete.len());
    for line in &incomplete {
        println!("  {line}");
    }
    assert!(
        violations.is_empty(),
        "{} violations:\n{}",
        violations.len(),
        violations.join("\n")
    );
}

/// In the page: every element holding text, with its contrast against the background it is
/// drawn on (the first ancestor with a background colour); every chart fill pattern, with the
/// contrast of its darkest colour against the page. WCAG 2.1 relative luminance.
const CONTRAST_PROBE: &str = r#"(() => {
    const rgb = (text) => {
        const m = text.match(/rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/);
        if (m) return { c: [m[1], m[2], m[3]].map(Number), a: m[4] === undefined ? 1 : Number(m[4]) };
        const h = text.match(/^#([0-9a-f]{6})$/i);
        if (h) return { c: [0, 2, 4].map(i => parseInt(h[1].slice(i, i + 2), 16)), a: 1 };
        return null;
    };
    const luminance = ([r, g, b]) => [r, g, b]
        .map(v => v / 255)
        .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const contrast = (a, b) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
    };
    const background = (element) => {
        for (let e = element; e; e = e.parentElement) {
            const colour = rgb(getComputedStyle(e).backgroundColor);
            if (colour && colour.a > 0) return colour.c;
        }
        return [255, 255, 255];
    };
    const texts = [...document.querySelectorAll('body *')]
        .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
        .filter(e => e.getClientRects().length > 0 && !e.closest('title, desc'))
        .map(e => {
            const style = getComputedStyle(e);
            const ink = rgb(e instanceof SVGElement ? style.fill : style.color);
            return {
                what: e.tagName.toLowerCase() + (e.className?.baseVal ?? e.className ? '.' + (e.className.baseVal ?? e.className) : '') + ': ' + e.textContent.trim().slice(0, 30),
                ratio: ink ? contrast(ink.c, background(e)) : 0,
            };
        });
    const patterns = [...document.querySelectorAll('pattern')].map(p => ({
        what: p.id,
        ratio: Math.max(...[...p.querySelectorAll('*')]
            .flatMap(e => [e.getAttribute('fill'), e.getAttribute('stroke')])
            .map(c => c && rgb(c))
            .filter(Boolean)
            .map(c => contrast(c.c, [255, 255, 255]))),
    }));
    return JSON.stringify({ texts, patterns });
})()"#;

#[test]
#[ignore = "needs Chromium: `apt-get install chromium`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn chart_and_text_colours_pass_contrast_by_computation() {
    let chromium = Chromium::start();
    for (args, name) in [
        (
            &["report", "all", DEMO, "--format", "html"][..],
            "contrast-all.html",
        ),
        (
            &[
                "report", "council", DEMO, "--comune", "matino", "--format", "html",
            ][..],
            "contrast-council.html",
        ),
    ] {
        let page = render(repo(), args, name);
        let tab = chromium.browser.new_tab().expect("a new tab");
        tab.navigate_to(&pdz::print::file_url(&page)).unwrap();
        tab.wait_until_navigated().unwrap();
        let measured: serde_json::Value =
            serde_json::from_str(&evaluate(&tab, CONTRAST_PROBE)).unwrap();
        tab.close(false).ok();
        let texts = measured["texts"].as_array().unwrap();
        assert!(texts.len() > 500, "{name}: {} texts", texts.len());
        assert!(
            texts
                .iter()
                .any(|t| t["what"].as_str().unwrap().starts_with("text")),
            "{name}: no chart text measured"
        );
        let low: Vec<_> = texts
            .iter()
            .filter(|t| t["ratio"].as_f64().unwrap() < 4.5)
            .collect();
        assert!(low.is_empty(), "{name}: text below 4.5:1: {low:?}");
        let patterns = measured["patterns"].as_array().unwrap();
        assert!(!patterns.is_empty(), "{name}: no chart patterns");
        let low: Vec<_> = patterns
            .iter()
            .filter(|p| p["ratio"].as_f64().unwrap() < 3.0)
            .collect();
        assert!(
            low.is_empty(),
            "{name}: chart fills below 3:1 against the page: {low:?}"
        );
    }
}

/// Runs a poppler tool on a PDF; `pdftotext` prints the text to standard output.
fn poppler(tool: &str, pdf: &Path) -> String {
    let mut command = Command::new(tool);
    command.arg(pdf);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command.output().unwrap_or_else(|e| {
        panic!(
            "{tool} cannot run ({e}): `apt-get install poppler-utils` (the browser tests need it)"
        )
    });
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // No-break spaces (between € and the amount) read as spaces.
    String::from_utf8(output.stdout)
        .unwrap()
        .replace('\u{a0}', " ")
}

#[test]
#[ignore = "needs Chromium and poppler-utils: `apt-get install chromium poppler-utils`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn readme_console_blocks_that_print_pdfs() {
    let (ran, failures) = crate::common::readme::run(
        repo(),
        Path::new(env!("CARGO_BIN_EXE_pdz")),
        crate::common::readme::Needs::Chromium,
    );
    assert!(ran >= 1, "no console block needs Chromium");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The cells of every Markdown table of `markdown`, with their column headers:
/// (table title, column header, cell text), the first column (row labels) left out.
fn markdown_cells(markdown: &str) -> Vec<(String, String, String)> {
    let mut cells = Vec::new();
    let mut title = String::new();
    let mut header: Vec<String> = Vec::new();
    for line in markdown.lines() {
        if let Some(t) = line.strip_prefix("**").and_then(|l| l.strip_suffix("**")) {
            title = t.to_string();
            header.clear();
            continue;
        }
        if !line.starts_with('|') {
            header.clear();
            continue;
        }
        let row: Vec<String> = line
            .trim_matches('|')
            .split(" | ")
            .map(|c| c.trim().trim_matches('*').replace("\\|", "|"))
            .collect();
        if header.is_empty() {
            header = row;
        } else if !row.iter().all(|c| c.chars().all(|ch| "-:".contains(ch))) {
            for (column, text) in header.iter().zip(&row).skip(1) {
                if !text.is_empty() {
                    cells.push((title.clone(), column.clone(), text.clone()));
                }
            }
        }
    }
    cells
}

/// Text with every run of white space (line breaks, no-break spaces) as one space.
fn flat(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every figure of every table of a document reaches its PDF, as many times as the
/// tables hold it, and every column header is printed: no column is cut at the page edge.
fn assert_every_column_printed(args: &[&str], pdf_name: &str) {
    let markdown = pdz_in(repo(), &[args, &["--format", "md"]].concat()).stdout;
    let pdf = render(repo(), args, pdf_name);
    let text = flat(&poppler("pdftotext", &pdf));
    let figure =
        |s: &str| s.chars().any(|c| c.is_ascii_digit()) && !s.contains(' ') || s.starts_with("€ ");
    let mut counts: std::collections::BTreeMap<String, (usize, String)> = Default::default();
    for (title, column, cell) in markdown_cells(&markdown) {
        if figure(&cell) {
            let entry = counts
                .entry(flat(&cell))
                .or_insert((0, format!("{title} / {column}")));
            entry.0 += 1;
        }
        for word in column.split_whitespace() {
            assert!(
                text.contains(word),
                "{pdf_name}: the header `{column}` of `{title}` is not printed"
            );
        }
    }
    assert!(
        counts.len() > 100,
        "{pdf_name}: too few figures found: {}",
        counts.len()
    );
    for (cell, (expected, place)) in counts {
        let printed = text.matches(&cell).count();
        assert!(
            printed >= expected,
            "{pdf_name}: `{cell}` ({place}) is in the tables {expected} times, in the PDF {printed}"
        );
    }
}

#[test]
#[ignore = "needs Chromium and poppler-utils: `apt-get install chromium poppler-utils`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn every_column_of_every_table_reaches_paper() {
    assert_every_column_printed(&["report", "all", DEMO], "report-all.pdf");
    assert_every_column_printed(
        &["report", "council", DEMO, "--comune", "matino"],
        "council-columns.pdf",
    );
    // Page numbers and the running header, as the council document has.
    let pdf = render(repo(), &["report", "all", DEMO], "report-all.pdf");
    let text = poppler("pdftotext", &pdf);
    let pages: usize = poppler("pdfinfo", &pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    assert!(
        text.contains(&format!("Pagina {pages} di {pages}")),
        "{text}"
    );
    assert!(text.matches("V Piano sociale di zona 2022-2024").count() >= pages);
}

#[test]
#[ignore = "needs Chromium: `apt-get install chromium`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn charts_keep_readable_text_at_phone_width() {
    let page = render(
        repo(),
        &["report", "all", "plans/casarano-2022-2024"],
        "phone-all.html",
    );
    let chromium = Chromium::start();
    let tab = open_at_width(&chromium, &page, 375, 800);
    let measured = evaluate(
        &tab,
        "JSON.stringify([...document.querySelectorAll('figure.chart')].map(f => {
            const svg = f.querySelector('svg');
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const box = f.querySelector('.chart-scroll');
            return {
                id: f.id,
                text: 12 * scale,
                scrolls: box.scrollWidth > box.clientWidth,
                focusable: box.tabIndex === 0 && box.getAttribute('aria-label') !== '',
                viewport: window.innerWidth,
            };
        }))",
    );
    let charts: Vec<serde_json::Value> = serde_json::from_str(&measured).unwrap();
    assert_eq!(charts.len(), 3, "{measured}");
    for chart in charts {
        assert_eq!(chart["viewport"], 375, "{chart}");
        let text = chart["text"].as_f64().unwrap();
        assert!(text >= 11.5, "{chart}: text drawn at {text:.1} px");
        assert_eq!(chart["scrolls"], true, "{chart}");
        assert_eq!(chart["focusable"], true, "{chart}");
    }
}
