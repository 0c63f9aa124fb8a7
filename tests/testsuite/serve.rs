//! `pdz serve`: the real server on a free loopback port, asked over plain HTTP: pages,
//! links between them, downloads equal to `pdz report`'s files, the plan followed live,
//! and what it refuses (other hosts, writes, paths out of the plan, long addresses).
//! In Chromium: `browser::serve`.

use std::path::Path;
use std::time::Duration;

use crate::common::server::Server;
use crate::common::{REPORT_KINDS, copy_dir, pdz};

const DEMO: &str = "plans/casarano-2022-2024";
const BASE: &str = "/p/casarano-2022-2024";

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the demo plan to edit.
fn demo_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join(DEMO), &dir.path().join("casarano-2022-2024"));
    dir
}

/// The addresses of `href="…"` attributes starting with `prefix`, unescaped.
fn hrefs(html: &str, prefix: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with(prefix))
        .map(|href| href.replace("&amp;", "&"))
        .collect()
}

#[test]
fn the_overview_links_findings_to_the_line_of_their_file() {
    let server = Server::start(repo(), &[DEMO]);
    let root = server.get("/");
    assert_eq!(root.status, 303);
    assert_eq!(
        root.header("location"),
        Some("/p/casarano-2022-2024/?lang=it")
    );

    let overview = server.get(&format!("{BASE}/"));
    assert_eq!(overview.status, 200);
    let html = overview.text();
    assert!(
        html.contains("<h1>V Piano sociale di zona 2022-2024</h1>"),
        "{html}"
    );
    assert!(
        html.contains("<tr class=\"sev-warning\"><th scope=\"row\">Avvisi</th><td>1</td></tr>")
    );
    assert!(html.contains("<meta name=\"pdz-generation\" content=\"0\">"));

    let findings = server.get(&format!("{BASE}/findings")).text();
    assert!(
        findings.contains("<code>staffing-ratio</code>"),
        "{findings}"
    );
    let places = hrefs(&findings, &format!("{BASE}/file/"));
    assert_eq!(
        places,
        ["/p/casarano-2022-2024/file/staff.yaml?line=3&lang=it#L3"]
    );
    let file = server.get(places[0].split('#').next().unwrap());
    assert_eq!(file.status, 200);
    let file = file.text();
    assert!(
        file.contains("<tr id=\"L3\" class=\"serve-hit\">"),
        "{file}"
    );
    assert!(
        file.contains(
            "<li class=\"sev-warning\"><a href=\"#L3\">staffing-ratio riga 3, colonna 11:"
        )
    );
    // Every plan file the overview lists opens.
    for href in hrefs(&html, &format!("{BASE}/file/")) {
        assert_eq!(server.get(&href).status, 200, "{href}");
    }
}

#[test]
fn every_report_and_council_page_renders_in_both_languages() {
    let server = Server::start(repo(), &[DEMO]);
    for kind in REPORT_KINDS.iter().chain(&["all"]) {
        for lang in ["it", "en"] {
            let page = server.get(&format!("{BASE}/report/{kind}?lang={lang}"));
            assert_eq!(page.status, 200, "{kind} {lang}: {}", page.text());
            let html = page.text();
            assert!(
                html.starts_with("<!DOCTYPE html>\n<html lang=\"")
                    && html.contains(&format!("<html lang=\"{lang}\"")),
                "{kind}"
            );
            assert!(html.contains("<div class=\"serve-bar\">"), "{kind}");
            assert!(
                html.contains("<script src=\"/static/live.js\" defer></script>"),
                "{kind}"
            );
        }
    }
    let overview = server.get(&format!("{BASE}/")).text();
    let mut council = hrefs(&overview, &format!("{BASE}/council/"));
    council.dedup(); // the navigation links the ambito's document too
    assert_eq!(
        council.len(),
        8,
        "the ambito and its seven comuni: {council:?}"
    );
    for href in council {
        let page = server.get(&href);
        assert_eq!(page.status, 200, "{href}");
        assert!(
            page.text()
                .contains("<body class=\"council\">\n<a class=\"serve-skip\""),
            "{href}"
        );
    }
    // The filters are those of the command line, checked the same way.
    let filtered = server
        .get(&format!("{BASE}/report/budget?year=2023&by=area&detail=1"))
        .text();
    assert!(filtered.contains("<option value=\"2023\" selected>2023</option>"));
    let wrong = server.get(&format!("{BASE}/report/budget?year=1999"));
    assert_eq!(wrong.status, 400);
    assert!(wrong.text().contains("1999"), "{}", wrong.text());
    assert_eq!(server.get(&format!("{BASE}/report/nothing")).status, 404);
    assert_eq!(server.get(&format!("{BASE}/council/atlantide")).status, 400);
}

#[test]
fn downloads_are_the_files_pdz_report_writes() {
    let server = Server::start(repo(), &[DEMO]);
    for (kind, format) in [
        ("budget", "csv"),
        ("funds", "json"),
        ("summary", "md"),
        ("leps", "html"),
    ] {
        let download = server.get(&format!("{BASE}/report/{kind}?format={format}"));
        assert_eq!(download.status, 200, "{kind} {format}");
        let written = pdz(&["report", kind, DEMO, "--format", format]);
        assert_eq!(download.text(), written.stdout, "{kind} as {format}");
        assert_eq!(
            download.header("content-disposition"),
            Some(format!("attachment; filename=\"casarano-2022-2024-{kind}.{format}\"").as_str())
        );
    }
    let filtered = server.get(&format!("{BASE}/report/budget?format=csv&year=2023"));
    assert_eq!(
        filtered.text(),
        pdz(&[
            "report", "budget", DEMO, "--format", "csv", "--year", "2023"
        ])
        .stdout
    );
    for format in ["xlsx", "ods"] {
        let workbook = server.get(&format!("{BASE}/council/matino?format={format}"));
        assert_eq!(workbook.status, 200);
        assert!(workbook.body.starts_with(b"PK"), "{format} is a zip");
    }
    assert_eq!(
        server
            .get(&format!("{BASE}/report/budget?format=exe"))
            .status,
        400
    );
}

#[test]
fn paths_out_of_the_plan_are_not_found() {
    let server = Server::start(repo(), &[DEMO]);
    for path in [
        "/p/casarano-2022-2024/file/../../../Cargo.toml",
        "/p/casarano-2022-2024/file/..%2f..%2f..%2fCargo.toml",
        "/p/casarano-2022-2024/file/%2e%2e/%2e%2e/%2e%2e/Cargo.toml",
        "/p/casarano-2022-2024/file/%2E%2E%5C%2E%2E%5CCargo.toml",
        "/p/casarano-2022-2024/file//etc/passwd",
        "/p/casarano-2022-2024/file/README.md",
        "/p/..%2f..%2fsrc/file/main.rs",
        "/p/casarano-2022-2024/file/interventions",
        "/static/../Cargo.toml",
        "/static/",
        "/Cargo.toml",
        "/p/",
    ] {
        let reply = server.get(path);
        assert!(
            matches!(reply.status, 404 | 400),
            "{path}: {}",
            reply.status
        );
        let text = reply.text();
        assert!(
            !text.contains("[package]") && !text.contains("root:x:0"),
            "{path}"
        );
    }
}

#[test]
fn other_hosts_writes_and_long_addresses_are_refused() {
    let server = Server::start(repo(), &[DEMO]);
    let port = server.port;
    for host in [
        "evil.example",
        "evil.example:{port}",
        "localhost.evil.example:{port}",
        "127.0.0.1:1",
    ] {
        let host = host.replace("{port}", &port.to_string());
        let reply = server.raw(&format!(
            "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        ));
        assert_eq!(reply.status, 421, "Host: {host}");
    }
    for host in ["localhost", "127.0.0.1", "[::1]"] {
        let reply = server.raw(&format!(
            "GET {BASE}/ HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n"
        ));
        assert_eq!(reply.status, 200, "Host: {host}");
    }
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let reply = server.raw(&format!(
            "{method} {BASE}/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
        ));
        assert_eq!(reply.status, 405, "{method}");
        assert_eq!(reply.header("allow"), Some("GET, HEAD"));
    }
    let long = format!("{BASE}/?x={}", "a".repeat(5000));
    assert_eq!(server.get(&long).status, 414);
    let headers = server.get(&format!("{BASE}/"));
    assert!(
        headers
            .header("content-security-policy")
            .unwrap()
            .contains("script-src 'self'")
    );
    assert_eq!(headers.header("x-frame-options"), Some("DENY"));
}

#[test]
fn an_edited_plan_reloads_and_tells_open_pages() {
    let dir = demo_copy();
    let server = Server::start(dir.path(), &["casarano-2022-2024"]);
    let plan = dir.path().join("casarano-2022-2024/plan.yaml");
    let original = std::fs::read_to_string(&plan).unwrap();
    let edited = original.replace(
        "title: V Piano sociale di zona 2022-2024",
        "title: Piano rimodulato",
    );
    assert_ne!(edited, original);
    let seen = server.generations(
        Duration::from_secs(20),
        || std::fs::write(&plan, &edited).unwrap(),
        |seen| seen.len() >= 2,
    );
    assert_eq!(seen.first(), Some(&0), "{seen:?}");
    assert!(
        seen.len() >= 2 && seen[1] > 0,
        "a reload was announced: {seen:?}"
    );
    assert!(
        server
            .get(&format!("{BASE}/"))
            .text()
            .contains("<h1>Piano rimodulato</h1>")
    );

    // Broken: the report shows the findings instead of a stale report.
    let seen = server.generations(
        Duration::from_secs(20),
        || std::fs::write(&plan, format!("{edited}\nbroken: [\n")).unwrap(),
        |seen| seen.len() >= 2,
    );
    assert!(seen.len() >= 2, "{seen:?}");
    let page = server.get(&format!("{BASE}/report/budget")).text();
    assert!(page.contains("<code>yaml-syntax</code>"), "{page}");
    assert!(!page.contains("serve-controls"), "no report, no filters");

    // Fixed: the report is back.
    let seen = server.generations(
        Duration::from_secs(20),
        || std::fs::write(&plan, &original).unwrap(),
        |seen| seen.len() >= 2,
    );
    assert!(seen.len() >= 2, "{seen:?}");
    let page = server.get(&format!("{BASE}/report/budget")).text();
    assert!(page.contains("serve-controls") && !page.contains("yaml-syntax"));
}

#[test]
fn a_folder_of_plans_shows_each_plan_and_the_comparison() {
    let dir = demo_copy();
    copy_dir(
        &repo().join("examples/minimal"),
        &dir.path().join("minimal"),
    );
    copy_dir(
        &repo().join("examples/error-yaml-syntax"),
        &dir.path().join("rotto"),
    );
    let server = Server::start(dir.path(), &["."]);
    let root = server.get("/");
    assert_eq!(root.status, 200);
    let html = root.text();
    for plan in ["/p/casarano-2022-2024/", "/p/minimal/", "/p/rotto/"] {
        assert!(
            html.contains(&format!("href=\"{plan}?lang=it\"")),
            "{plan}: {html}"
        );
        assert_eq!(server.get(plan).status, 200, "{plan}");
    }
    let aggregate = server.get("/aggregate");
    assert_eq!(aggregate.status, 200);
    assert!(
        aggregate
            .text()
            .contains("Ambito Territoriale Sociale di Casarano")
    );
    let broken = server.get("/p/rotto/report/summary").text();
    assert!(broken.contains("<code>yaml-syntax</code>"), "{broken}");
}

#[test]
fn changes_compare_the_files_with_a_git_revision() {
    let server = Server::start(repo(), &[DEMO]);
    let page = server.get(&format!("{BASE}/changes?rev=HEAD"));
    assert_eq!(page.status, 200);
    assert!(page.text().contains("name=\"rev\" value=\"HEAD\""));
    let unknown = server
        .get(&format!("{BASE}/changes?rev=no-such-branch-anywhere"))
        .text();
    assert!(unknown.contains("no-such-branch-anywhere"), "{unknown}");
    for bad in ["--output%3Dx", "HEAD%3Aplans", "a%20b"] {
        assert_eq!(
            server.get(&format!("{BASE}/changes?rev={bad}")).status,
            400,
            "{bad}"
        );
    }
}

#[test]
fn hostile_plans_get_pages_not_a_crash() {
    let fuzzed = repo().join("tests/fuzz_regressions");
    for entry in std::fs::read_dir(&fuzzed).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(&path, dir.path().join("plan.yaml")).unwrap();
        let server = Server::start(dir.path(), &["plan.yaml"]);
        let overview = server.get("/p/plan.yaml/");
        assert_eq!(overview.status, 200, "{}", path.display());
        for page in [
            "findings",
            "file/plan.yaml",
            "report/all",
            "council/all",
            "changes",
        ] {
            let reply = server.get(&format!("/p/plan.yaml/{page}"));
            assert!(
                reply.status < 500,
                "{}: {page}: {}",
                path.display(),
                reply.status
            );
        }
        assert_eq!(server.get("/p/plan.yaml/").status, 200, "still up");
    }
}

#[test]
fn an_address_other_machines_reach_needs_the_flag() {
    let refused = pdz(&["serve", DEMO, "--bind", "0.0.0.0", "--port", "0"]);
    assert_eq!(refused.code, 2);
    assert_eq!(
        refused.stderr,
        "pdz: 0.0.0.0 non è un indirizzo di questa macchina soltanto: chiunque in rete vedrebbe il piano. Aggiungi `--allow-remote` se è quello che vuoi\n"
    );
    let missing = pdz(&["serve", "no/such/plan", "--port", "0"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .starts_with("pdz: impossibile aprire `no/such/plan`"),
        "{}",
        missing.stderr
    );
}
