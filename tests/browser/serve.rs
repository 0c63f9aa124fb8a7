//! `pdz serve` in headless Chromium: every page loads without an error or a request
//! elsewhere, a finding opens its file at its line, an open page follows the files on
//! disk, and every page passes axe-core at desktop and phone width.

use std::time::{Duration, Instant};

use headless_chrome::Tab;

use super::{AXE_TAGS, Chromium, axe_source, axe_url, open_url_at_width, repo};
use crate::common::copy_dir;
use crate::common::server::Server;

const DEMO: &str = "plans/casarano-2022-2024";
const BASE: &str = "/p/casarano-2022-2024";

/// What a JavaScript expression gives, once it gives `true`-ish text, within `timeout`
/// (a page reloading answers nothing for a moment). `None` when it never did.
fn wait_for(tab: &Tab, expression: &str, timeout: Duration) -> Option<String> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if let Ok(result) = tab.evaluate(expression, false)
            && let Some(serde_json::Value::String(text)) = result.value
            && !text.is_empty()
        {
            return Some(text);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

#[test]
#[ignore = "needs Chromium: `apt-get install chromium`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn served_pages_load_and_a_finding_opens_its_line() {
    let server = Server::start(repo(), &[DEMO]);
    let chromium = Chromium::start();
    let mut pages: Vec<String> = [
        "/",
        "/findings",
        "/file/staff.yaml?line=3",
        "/council/all",
        "/council/matino",
        "/changes?rev=HEAD",
    ]
    .iter()
    .map(|p| format!("{BASE}{p}"))
    .collect();
    // The reports themselves are loaded as files by the other browser tests: here, with the bar.
    pages.push(format!("{BASE}/report/all"));
    pages.push(format!("{BASE}/report/budget?lang=en&year=2023&detail=1"));
    for page in &pages {
        let name = format!("serve{}", page.replace(['/', '?', '&', '='], "_"));
        let visit = chromium.visit_url(&format!("{}{page}", server.url), &name);
        assert!(visit.errors.is_empty(), "{page}: {:?}", visit.errors);
        let elsewhere: Vec<&String> = visit
            .requests
            .iter()
            .filter(|r| !r.starts_with(&format!("{}/", server.url)))
            .collect();
        assert!(
            elsewhere.is_empty(),
            "{page} asked elsewhere: {elsewhere:?}"
        );
        assert!(visit.dialogs.is_empty(), "{page}");
        assert!(
            visit.scroll_width <= visit.inner_width,
            "{page}: {} > {}",
            visit.scroll_width,
            visit.inner_width
        );
    }

    let tab = open_url_at_width(
        &chromium,
        &format!("{}{BASE}/findings", server.url),
        1280,
        900,
    );
    tab.evaluate("document.querySelector('.serve-where a').click()", false)
        .unwrap();
    let at = wait_for(
        &tab,
        // The new document may be committed before its rows are parsed: wait for the row too.
        "(location.pathname.endsWith('/file/staff.yaml') && document.readyState === 'complete' && document.querySelector('tr.serve-hit')) ? location.pathname + location.hash + ' ' + document.querySelector('tr.serve-hit').id : ''",
        Duration::from_secs(10),
    );
    assert_eq!(
        at.as_deref(),
        Some("/p/casarano-2022-2024/file/staff.yaml#L3 L3")
    );
}

#[test]
#[ignore = "needs Chromium: `apt-get install chromium`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn an_open_page_follows_the_files_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let plan_dir = dir.path().join("casarano-2022-2024");
    copy_dir(&repo().join(DEMO), &plan_dir);
    let server = Server::start(dir.path(), &["casarano-2022-2024"]);
    let chromium = Chromium::start();
    let tab = open_url_at_width(
        &chromium,
        &format!("{}{BASE}/report/summary", server.url),
        1280,
        900,
    );
    let text = |needle: &str| format!("document.body.innerText.includes({needle:?}) ? 'yes' : ''");
    assert!(
        wait_for(
            &tab,
            &text("V Piano sociale di zona 2022-2024"),
            Duration::from_secs(5)
        )
        .is_some()
    );

    let plan = plan_dir.join("plan.yaml");
    let original = std::fs::read_to_string(&plan).unwrap();
    let edited = original.replace(
        "title: V Piano sociale di zona 2022-2024",
        "title: Piano rimodulato",
    );
    // Let the page ask for the generation once before changing anything.
    std::thread::sleep(Duration::from_millis(500));
    std::fs::write(&plan, &edited).unwrap();
    assert!(
        wait_for(&tab, &text("Piano rimodulato"), Duration::from_secs(5)).is_some(),
        "the open page showed the new title"
    );
    std::fs::write(&plan, format!("{edited}\nbroken: [\n")).unwrap();
    assert!(
        wait_for(&tab, &text("yaml-syntax"), Duration::from_secs(5)).is_some(),
        "the open page showed the findings of the broken file"
    );
    std::fs::write(&plan, &original).unwrap();
    let back = "(!document.body.innerText.includes('yaml-syntax') && document.body.innerText.includes('V Piano sociale di zona 2022-2024')) ? 'yes' : ''";
    assert!(
        wait_for(&tab, back, Duration::from_secs(5)).is_some(),
        "the report came back"
    );
}

#[test]
#[ignore = "needs Chromium and axe-core: `apt-get install chromium`, `npm install --prefix target/clients axe-core`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does all three)"]
fn served_pages_pass_axe_core_at_desktop_and_phone_width() {
    let axe = axe_source();
    let chromium = Chromium::start();
    let single = Server::start(repo(), &[DEMO]);
    let folder = tempfile::tempdir().unwrap();
    copy_dir(
        &repo().join(DEMO),
        &folder.path().join("casarano-2022-2024"),
    );
    copy_dir(
        &repo().join("examples/error-yaml-syntax"),
        &folder.path().join("rotto"),
    );
    let many = Server::start(folder.path(), &["."]);
    let mut pages: Vec<String> = [
        "/",
        "/findings",
        "/file/staff.yaml?line=3",
        "/report/budget",
        "/report/interventions?detail=1",
        "/report/all?lang=en",
        "/council/matino",
        "/changes?rev=HEAD",
        "/changes?rev=no-such-branch",
    ]
    .iter()
    .map(|p| format!("{}{BASE}{p}", single.url))
    .collect();
    pages.extend(
        [
            "/",
            "/aggregate",
            "/p/rotto/",
            "/p/rotto/report/summary",
            "/nowhere",
        ]
        .iter()
        .map(|p| format!("{}{p}", many.url)),
    );
    let mut violations = Vec::new();
    for page in &pages {
        for width in [1280, 375] {
            let (found, _) = axe_url(&chromium, &axe, page, width);
            violations.extend(
                found
                    .into_iter()
                    .map(|v| format!("{page} at {width}px: {v}")),
            );
        }
    }
    assert!(
        violations.is_empty(),
        "axe-core ({AXE_TAGS}):\n{}",
        violations.join("\n")
    );
}

/// The pages opened at once by [`many_open_pages_load_and_all_follow_the_files`]: more than
/// the six connections Chromium keeps to one host.
const MANY_PAGES: [&str; 9] = [
    "/",
    "/findings",
    "/file/plan.yaml",
    "/report/summary",
    "/report/budget",
    "/report/funds",
    "/report/leps",
    "/council/all",
    "/council/matino",
];

#[test]
#[ignore = "needs Chromium: `apt-get install chromium`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn many_open_pages_load_and_all_follow_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let plan_dir = dir.path().join("casarano-2022-2024");
    copy_dir(&repo().join(DEMO), &plan_dir);
    let server = Server::start(dir.path(), &["casarano-2022-2024"]);
    let chromium = Chromium::start();
    // Every tab asked at once, none waited for: a page that cannot get a connection hangs.
    let tabs: Vec<_> = MANY_PAGES
        .iter()
        .map(|page| {
            let tab = chromium.browser.new_tab().expect("a new tab");
            // A tab still waiting for a connection answers nothing: ask it briefly.
            tab.set_default_timeout(Duration::from_secs(2));
            let url = format!("{}{BASE}{page}", server.url);
            tab.evaluate(&format!("location.href = {url:?}"), false)
                .expect("the tab navigates");
            (page, tab)
        })
        .collect();
    let generation = "(document.readyState === 'complete' && document.querySelector('meta[name=\"pdz-generation\"]')) ? document.querySelector('meta[name=\"pdz-generation\"]').content : ''";
    let shown = |wanted: &dyn Fn(&str) -> bool, timeout: Duration| -> Vec<Option<Duration>> {
        let start = Instant::now();
        let mut seen: Vec<Option<Duration>> = vec![None; tabs.len()];
        while start.elapsed() < timeout && seen.iter().any(Option::is_none) {
            for (at, (_, tab)) in tabs.iter().enumerate() {
                if seen[at].is_none()
                    && let Ok(result) = tab.evaluate(generation, false)
                    && let Some(serde_json::Value::String(text)) = result.value
                    && wanted(&text)
                {
                    seen[at] = Some(start.elapsed());
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        seen
    };
    let loaded = shown(&|g| g == "0", Duration::from_secs(30));
    let missing: Vec<&&str> = tabs
        .iter()
        .zip(&loaded)
        .filter(|(_, at)| at.is_none())
        .map(|((page, _), _)| *page)
        .collect();
    assert!(missing.is_empty(), "never loaded: {missing:?}");

    let plan = plan_dir.join("plan.yaml");
    let original = std::fs::read_to_string(&plan).unwrap();
    let written = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
        * 1000.0;
    std::fs::write(
        &plan,
        original.replace(
            "title: V Piano sociale di zona 2022-2024",
            "title: Piano rimodulato",
        ),
    )
    .unwrap();
    let updated = shown(&|g| !g.is_empty() && g != "0", Duration::from_secs(10));
    // When each page began to load again: its navigation's start, by the browser's clock.
    let reloaded: Vec<Option<f64>> = tabs
        .iter()
        .map(|(_, tab)| {
            tab.evaluate("performance.timeOrigin", false)
                .ok()
                .and_then(|r| r.value)
                .and_then(|v| v.as_f64())
                .map(|origin| (origin - written) / 1000.0)
        })
        .collect();
    let report: Vec<String> = tabs
        .iter()
        .zip(updated.iter().zip(&reloaded))
        .map(|((page, _), (at, began))| {
            format!("{page}: reloading after {began:.2?} s, shown after {at:?}")
        })
        .collect();
    println!("after the edit: {report:#?}");
    assert!(
        updated.iter().all(Option::is_some),
        "every open page updated: {report:#?}"
    );
    // The watcher waits 150 ms for an editor's save to settle, a visible page asks every
    // 500 ms and tells the hidden ones: each page begins to reload within a second (a
    // little more allowed for a busy CI machine), and shows the new plan soon after.
    assert!(
        reloaded
            .iter()
            .all(|began| began.is_some_and(|s| (0.0..1.5).contains(&s))),
        "every page began to reload within a second of the edit: {report:#?}"
    );
    let slowest = updated.iter().flatten().max().copied().unwrap_or_default();
    assert!(
        slowest < Duration::from_secs(5),
        "every page shown within seconds of the edit: {report:#?}"
    );
}

#[test]
#[ignore = "needs Chromium: `apt-get install chromium`, then `cargo test --features browser-tests --test browser -- --ignored` (.ci/run does both)"]
fn a_long_file_name_fits_a_phone() {
    let dir = tempfile::tempdir().unwrap();
    let plan_dir = dir.path().join("casarano-2022-2024");
    copy_dir(&repo().join(DEMO), &plan_dir);
    // One long word: no space nor hyphen to break the line at.
    let long = "interventi_dell_area_welfare_di_accesso_segretariato_sociale_servizio_sociale_professionale.yaml";
    std::fs::rename(
        plan_dir.join("interventions/01-welfare-accesso.yaml"),
        plan_dir.join("interventions").join(long),
    )
    .unwrap();
    let server = Server::start(dir.path(), &["casarano-2022-2024"]);
    let chromium = Chromium::start();
    for page in [format!("/file/interventions/{long}"), "/".to_string()] {
        let url = format!("{}{BASE}{page}", server.url);
        let tab = open_url_at_width(&chromium, &url, 375, 800);
        let fits = wait_for(
            &tab,
            "document.readyState === 'complete' ? (document.documentElement.scrollWidth + ' ' + window.innerWidth + ' ' + document.body.innerText.includes('interventi_dell_area')) : ''",
            Duration::from_secs(10),
        )
        .expect("the page loads");
        let parts: Vec<&str> = fits.split(' ').collect();
        let (scroll, inner): (u32, u32) = (parts[0].parse().unwrap(), parts[1].parse().unwrap());
        assert_eq!(parts[2], "true", "{page}: the name is on the page");
        // A phone widens its layout to what does not fit: the width must stay the phone's.
        assert!(
            scroll <= inner && inner <= 375,
            "{page} at 375 px: {scroll} px wide in {inner} px"
        );
        tab.close(false).ok();
    }
}
