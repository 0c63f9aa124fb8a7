//! `pdz serve`: the real server on a free loopback port, asked over plain HTTP: pages,
//! links between them, downloads equal to `pdz report`'s files, the plan followed live,
//! and what it refuses (other hosts, writes, paths out of the plan, long addresses).
//! In Chromium: `browser::serve`.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::server::Server;
use crate::common::{REPORT_KINDS, copy_dir, git, pdz};

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
        html.contains("<h1><bdi>V Piano sociale di zona 2022-2024</bdi></h1>"),
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
    // A file is named by its path below the plan, not from where the server started.
    assert!(
        file.contains("<h1><code><bdi>staff.yaml</bdi></code></h1>"),
        "{file}"
    );
    assert!(
        findings.contains("><bdi>staff.yaml</bdi>:3:11</a>"),
        "{findings}"
    );
    let nested = server
        .get(&format!(
            "{BASE}/file/interventions/01-welfare-accesso.yaml"
        ))
        .text();
    assert!(
        nested.contains("<h1><code><bdi>interventions/01-welfare-accesso.yaml</bdi></code></h1>")
    );
    assert!(!nested.contains("plans/casarano"), "{nested}");
}

#[test]
fn a_file_has_the_lines_an_editor_counts() {
    for (text, lines) in [
        ("a: 1\nb: 2\n", 2),
        ("a: 1\nb: 2", 2),
        ("a: 1\r\nb: 2\r\n", 2),
        ("a: 1\n\n", 2),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("plan.yaml"), text).unwrap();
        let server = Server::start(dir.path(), &["plan.yaml"]);
        let page = server.get("/p/plan.yaml/file/plan.yaml").text();
        assert!(
            page.contains(&format!("<p class=\"serve-note\">{lines} righe</p>")),
            "{text:?}: {page}"
        );
        assert!(page.contains(&format!("id=\"L{lines}\"")), "{text:?}");
        assert!(
            !page.contains(&format!("id=\"L{}\"", lines + 1)),
            "{text:?}"
        );
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
    // An address naming nothing is not found, a report or a comune alike.
    assert_eq!(server.get(&format!("{BASE}/report/nothing")).status, 404);
    let atlantide = server.get(&format!("{BASE}/council/atlantide"));
    assert_eq!(atlantide.status, 404);
    assert!(
        atlantide.text().contains("atlantide"),
        "{}",
        atlantide.text()
    );
    assert_eq!(
        server
            .get(&format!("{BASE}/council/all?comune=atlantide"))
            .status,
        404
    );
    // The navigation marks this page, or the part of the plan a page is in, not both alike.
    let nav = |page: &str| {
        let html = server.get(&format!("{BASE}{page}")).text();
        html.split("<nav class=\"serve-nav\"")
            .nth(1)
            .and_then(|rest| rest.split("</nav>").next())
            .unwrap_or_default()
            .to_string()
    };
    assert!(nav("/report/all").contains("report/all?lang=it\" aria-current=\"page\">Report<"));
    let budget = nav("/report/budget");
    assert!(
        budget.contains("report/all?lang=it\" aria-current=\"true\">Report<"),
        "{budget}"
    );
    assert!(!budget.contains("aria-current=\"page\""), "{budget}");
    assert!(nav("/council/matino").contains("council/all?lang=it\" aria-current=\"true\">"));
    assert!(nav("/").contains("casarano-2022-2024/?lang=it\" aria-current=\"page\">Panoramica<"));
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
    // The file's name in the page's language.
    for (page, it, en) in [
        (
            "/council/matino?format=csv",
            "consiglio-matino",
            "council-matino",
        ),
        ("/changes?format=csv", "modifiche", "changes"),
    ] {
        for (lang, name) in [("it", it), ("en", en)] {
            let download = server.get(&format!("{BASE}{page}&lang={lang}"));
            assert_eq!(download.status, 200, "{page} {lang}");
            assert_eq!(
                download.header("content-disposition"),
                Some(format!("attachment; filename=\"casarano-2022-2024-{name}.csv\"").as_str()),
                "{page} {lang}"
            );
        }
    }
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
    // Bound to 127.0.0.1: no other address, not even another loopback one, and no name
    // but `localhost` (a DNS name can be rebound to any of these).
    for host in [
        "evil.example",
        "evil.example:{port}",
        "localhost.evil.example:{port}",
        "127.0.0.1:1",
        "10.1.2.3:{port}",
        "127.0.0.2:{port}",
        "[::1]:{port}",
        "127.0.0.1",
    ] {
        let host = host.replace("{port}", &port.to_string());
        let reply = server.raw(&format!(
            "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        ));
        assert_eq!(reply.status, 421, "Host: {host}");
        assert!(
            reply.text().contains("risponde solo al proprio indirizzo"),
            "{}",
            reply.text()
        );
    }
    for host in ["localhost", "127.0.0.1", "LOCALHOST"] {
        let reply = server.raw(&format!(
            "GET {BASE}/ HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n"
        ));
        assert_eq!(reply.status, 200, "Host: {host}");
    }
    // Two Host headers: whichever a proxy or the server read, the request is refused.
    for (first, second) in [
        ("127.0.0.1:{port}", "evil.example"),
        ("evil.example", "127.0.0.1:{port}"),
        ("127.0.0.1:{port}", "127.0.0.1:{port}"),
    ] {
        let reply = server.raw(
            &format!(
                "GET {BASE}/ HTTP/1.1\r\nHost: {first}\r\nHost: {second}\r\nConnection: close\r\n\r\n"
            )
            .replace("{port}", &port.to_string()),
        );
        assert_eq!(reply.status, 400, "Host: {first}, Host: {second}");
    }
    // An absolute address names a host of its own: it must be this server too.
    let absolute = server.raw(&format!(
        "GET http://evil.example{BASE}/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    ));
    assert_eq!(absolute.status, 421);
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let reply = server.raw(&format!(
            "{method} {BASE}/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
        ));
        assert_eq!(reply.status, 405, "{method}");
        assert_eq!(reply.header("allow"), Some("GET, HEAD"));
        assert_eq!(
            reply.text(),
            "pdz: pdz serve mostra il piano e basta: accetta solo richieste GET e HEAD\n"
        );
    }
    let english = server.raw(&format!(
        "POST {BASE}/?lang=en HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    ));
    assert_eq!(
        english.text(),
        "pdz: pdz serve only shows the plan: it accepts GET and HEAD requests alone\n"
    );
    let long = format!("{BASE}/?x={}", "a".repeat(5000));
    let too_long = server.get(&long);
    assert_eq!(too_long.status, 414);
    assert_eq!(
        too_long.text(),
        "pdz: indirizzo troppo lungo (al massimo 4.096 byte)\n"
    );
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
fn a_client_sending_its_headers_slowly_is_let_go() {
    let server = Server::start(repo(), &[DEMO]);
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(40)))
        .unwrap();
    let started = Instant::now();
    // A request line and one header, and then nothing: the headers never end.
    write!(
        stream,
        "GET / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n",
        server.port
    )
    .unwrap();
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    let waited = started.elapsed();
    // Without a bound, the read times out here after 40 s with the connection still open.
    assert!(
        read.is_ok() && waited < Duration::from_secs(30),
        "the server let the connection go: {read:?} after {waited:?}"
    );
    // The server is still there for everyone else.
    assert_eq!(server.get(&format!("{BASE}/")).status, 200);
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
            .contains("<h1><bdi>Piano rimodulato</bdi></h1>")
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
    // The findings of several plans are on each plan's page: the heading links nowhere.
    assert!(
        html.contains("<h2 id=\"findings-title\">Rilievi</h2>"),
        "{html}"
    );
}

#[test]
fn a_findings_help_comes_after_the_places_it_points_to() {
    // "the largest are shown above": the related places come before the help.
    let server = Server::start(repo(), &["examples/error-fund-overallocated"]);
    for page in ["findings", "report/budget"] {
        let html = server
            .get(&format!("/p/error-fund-overallocated/{page}"))
            .text();
        let related = html.find("Vedi anche:").expect("the related places");
        let help = html.find("Come correggere:").expect("the help");
        assert!(related < help, "{page}: {html}");
        assert!(html.contains("le più grandi sono indicate sopra"));
    }
}

#[test]
fn changes_compare_the_files_with_a_git_revision() {
    let server = Server::start(repo(), &[DEMO]);
    let page = server.get(&format!("{BASE}/changes?rev=HEAD"));
    assert_eq!(page.status, 200);
    assert!(page.text().contains("name=\"rev\" value=\"HEAD\""));
    let unknown = server.get(&format!("{BASE}/changes?rev=no-such-branch-anywhere"));
    assert_eq!(
        unknown.status, 400,
        "a revision that is not there is a bad request"
    );
    assert!(
        unknown.text().contains("no-such-branch-anywhere"),
        "{}",
        unknown.text()
    );
    for bad in ["--output%3Dx", "HEAD%3Aplans", "a%20b"] {
        assert_eq!(
            server.get(&format!("{BASE}/changes?rev={bad}")).status,
            400,
            "{bad}"
        );
    }
}

/// A repository holding the demo plan in `piano/`, committed twice: as it is, then with
/// 10.000 euro less on a line of an intervention of 930.000.
fn plan_repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("piano");
    copy_dir(&repo().join(DEMO), &plan);
    git(dir.path(), &["init", "-q", "-b", "main"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "Piano approvato"]);
    let file = plan.join("interventions/01-welfare-accesso.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("qsfp-2023: 220000", "qsfp-2023: 210000"),
    )
    .unwrap();
    git(dir.path(), &["commit", "-q", "-am", "Rimodulazione"]);
    dir
}

#[test]
fn changes_come_from_the_plans_own_repository_wherever_the_server_started() {
    let plans = plan_repository();
    let plan = plans.path().join("piano");
    let outside = tempfile::tempdir().unwrap();
    // From a folder outside any repository, and from inside another one (pdz's own).
    for started_in in [outside.path(), repo()] {
        let server = Server::start(started_in, &[plan.to_str().unwrap()]);
        let before = server.get("/p/piano/changes?rev=HEAD~1");
        assert_eq!(
            before.status,
            200,
            "{}: {}",
            started_in.display(),
            before.text()
        );
        let html = before.text();
        assert!(
            html.contains("930.000,00") && html.contains("920.000,00"),
            "{}: {html}",
            started_in.display()
        );
        // The one warning of the plan is the same before and after: neither new nor gone.
        assert!(
            !html.contains("staffing-ratio"),
            "{}: {html}",
            started_in.display()
        );
        let uncommitted = server.get("/p/piano/changes?rev=HEAD");
        assert_eq!(uncommitted.status, 200);
        assert!(!uncommitted.text().contains("920.000,00"));
        assert_eq!(server.get("/p/piano/changes?rev=HEAD~2").status, 400);
    }
    let loose = demo_copy();
    let server = Server::start(loose.path(), &["casarano-2022-2024"]);
    let page = server.get(&format!("{BASE}/changes"));
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("non è in un repository git"),
        "{}",
        page.text()
    );
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

// Linux only, as CI: a shell-script stand-in for Chromium, processes seen in /proc.
#[cfg(target_os = "linux")]
/// A stand-in for Chromium that records its process id in `$PDZ_TEST_PIDS` and then
/// prints nothing for five minutes: a PDF being printed, for as long as a test needs.
fn slow_chromium(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let program = dir.join("chromium");
    std::fs::write(
        &program,
        "#!/bin/sh\necho $$ >> \"$PDZ_TEST_PIDS\"\nexec sleep 300\n",
    )
    .unwrap();
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    (program, dir.join("pids"))
}

#[cfg(target_os = "linux")]
/// The process ids the stand-in recorded, once there are at least `count`, within 30 s.
fn started(pids: &Path, count: usize) -> Vec<u32> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let seen: Vec<u32> = std::fs::read_to_string(pids)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect();
        if seen.len() >= count || Instant::now() > deadline {
            return seen;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(target_os = "linux")]
/// Asks for `path` on another thread, without waiting for the answer.
fn ask_in_background(port: u16, path: &str) {
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    std::thread::spawn(move || {
        if let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
            let _ = stream.write_all(request.as_bytes());
            let _ = stream.read_to_end(&mut Vec::new());
        }
    });
}

#[cfg(target_os = "linux")]
fn running(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(target_os = "linux")]
#[test]
fn a_signal_stops_the_server_cleanly_even_while_a_pdf_prints() {
    for signal in ["INT", "TERM", "HUP"] {
        let dir = tempfile::tempdir().unwrap();
        let (chromium, pids) = slow_chromium(dir.path());
        let temp = dir.path().join("tmp");
        std::fs::create_dir(&temp).unwrap();
        let mut server = Server::start_with(
            repo(),
            &[DEMO],
            &[
                ("PDZ_CHROMIUM", Some(chromium.to_str().unwrap())),
                ("PDZ_TEST_PIDS", Some(pids.to_str().unwrap())),
                ("TMPDIR", Some(temp.to_str().unwrap())),
            ],
        );
        ask_in_background(server.port, &format!("{BASE}/report/summary?format=pdf"));
        let printing = started(&pids, 1);
        assert_eq!(printing.len(), 1, "{signal}: Chromium was started");
        assert!(
            std::fs::read_dir(&temp).unwrap().next().is_some(),
            "{signal}: the page to print is in a temporary folder"
        );
        assert_eq!(
            server.stop_with(signal),
            Some(0),
            "SIG{signal}: the server ends by itself, with success"
        );
        assert!(
            !running(printing[0]),
            "{signal}: Chromium did not outlive pdz"
        );
        let left: Vec<_> = std::fs::read_dir(&temp)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert!(left.is_empty(), "{signal}: temporary files left: {left:?}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn pdfs_being_printed_do_not_hold_up_the_pages() {
    let dir = tempfile::tempdir().unwrap();
    let (chromium, pids) = slow_chromium(dir.path());
    let mut server = Server::start_with(
        repo(),
        &[DEMO],
        &[
            ("PDZ_CHROMIUM", Some(chromium.to_str().unwrap())),
            ("PDZ_TEST_PIDS", Some(pids.to_str().unwrap())),
        ],
    );
    for kind in ["summary", "budget", "funds", "leps", "comuni"] {
        for lang in ["it", "en"] {
            ask_in_background(
                server.port,
                &format!("{BASE}/report/{kind}?format=pdf&lang={lang}"),
            );
        }
    }
    let printing = started(&pids, 2);
    assert_eq!(printing.len(), 2, "two PDFs are printed at once");
    // The other eight wait for their turn, and not in the pages' place.
    let asked = Instant::now();
    let overview = server.get(&format!("{BASE}/"));
    assert_eq!(overview.status, 200);
    assert!(
        asked.elapsed() < Duration::from_secs(5),
        "the overview came in {:?}",
        asked.elapsed()
    );
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(started(&pids, 0).len(), 2, "still two at a time");
    assert_eq!(server.stop_with("TERM"), Some(0));
    assert!(printing.iter().all(|pid| !running(*pid)));
}

#[test]
fn plan_folders_added_and_removed_while_serving_come_and_go() {
    let dir = demo_copy();
    let server = Server::start(dir.path(), &["."]);
    let added = dir.path().join("minimal");
    let seen = server.generations(
        Duration::from_secs(20),
        || copy_dir(&repo().join("examples/minimal"), &added),
        |seen| seen.len() >= 2,
    );
    assert!(seen.len() >= 2, "a reload was announced: {seen:?}");
    // The copy may be announced before its last file is written: wait for the page.
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.get("/p/minimal/").status != 200 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(server.get("/p/minimal/").status, 200);
    assert!(
        server
            .get("/")
            .text()
            .contains("href=\"/p/minimal/?lang=it\"")
    );

    let seen = server.generations(
        Duration::from_secs(20),
        || std::fs::remove_dir_all(&added).unwrap(),
        |seen| seen.len() >= 2,
    );
    assert!(seen.len() >= 2, "{seen:?}");
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.get("/p/minimal/").status != 404 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(server.get("/p/minimal/").status, 404);
    assert!(!server.get("/").text().contains("/p/minimal/"));
}

#[test]
fn control_characters_of_the_plan_are_shown_and_its_text_isolated() {
    let dir = demo_copy();
    let plan = dir.path().join("casarano-2022-2024");
    let edit = |file: &str, from: &str, to: &str| {
        let path = plan.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file}: {from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    // An override that would reverse what follows it (the counts), an escape sequence, a
    // bell and a carriage return, in the title, the ambito's name and a comune's.
    edit(
        "plan.yaml",
        "title: V Piano sociale di zona 2022-2024",
        "title: \"Piano \\u202E2202 \\e[31m\\a\\r fine\"",
    );
    edit(
        "ambito.yaml",
        "name: Ambito Territoriale Sociale di Casarano",
        "name: \"Ambito \\u202Edi Casarano\"",
    );
    edit("ambito.yaml", "name: Matino", "name: \"Matino\\e[2J\"");
    let server = Server::start(dir.path(), &["."]);
    let title = "Piano �2202 ␛[31m␇␍ fine";
    let mut pages = vec!["/".to_string()];
    pages.extend(
        [
            "/",
            "/findings",
            "/file/plan.yaml",
            "/report/all?detail=1",
            "/council/all",
            "/council/matino",
        ]
        .iter()
        .map(|p| format!("{BASE}{p}")),
    );
    for page in &pages {
        let reply = server.get(page);
        assert_eq!(reply.status, 200, "{page}: {}", reply.text());
        let html = reply.text();
        for c in ['\u{1b}', '\u{7}', '\u{202e}', '\r'] {
            assert!(!html.contains(c), "{page}: {c:?} written raw");
        }
    }
    let root = server.get("/").text();
    assert!(
        root.contains(&format!("<bdi>{title}</bdi> (Errori: 0, Avvisi: 1)")),
        "the title isolated from the counts after it: {root}"
    );
    let overview = server.get(&format!("{BASE}/")).text();
    assert!(overview.contains(&format!("<title>{title} · pdz</title>")));
    assert!(overview.contains(&format!("<h1><bdi>{title}</bdi></h1>")));
    assert!(overview.contains("<dd><bdi>Ambito �di Casarano</bdi></dd>"));
    assert!(overview.contains("<bdi>Matino␛[2J</bdi>"));
    let council = server.get(&format!("{BASE}/council/matino")).text();
    assert!(council.contains("Matino␛[2J"), "{council}");
}

#[cfg(target_os = "linux")]
#[test]
fn the_pdf_is_offered_only_where_chromium_is_found() {
    // A PATH with git (for the changes page) and no Chromium.
    let nothing = tempfile::tempdir().unwrap();
    let git = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|dir| dir.join("git"))
        .find(|path| path.is_file())
        .expect("git is on the PATH");
    std::os::unix::fs::symlink(git, nothing.path().join("git")).unwrap();
    let without = Server::start_with(
        repo(),
        &[DEMO],
        &[
            ("PDZ_CHROMIUM", None),
            ("PATH", Some(nothing.path().to_str().unwrap())),
        ],
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let (chromium, _) = slow_chromium(elsewhere.path());
    let with = Server::start_with(
        repo(),
        &[DEMO],
        &[("PDZ_CHROMIUM", Some(chromium.to_str().unwrap()))],
    );
    for page in ["/report/budget", "/council/matino", "/changes?rev=HEAD"] {
        let offered = |server: &Server| {
            let reply = server.get(&format!("{BASE}{page}"));
            let html = reply.text();
            assert_eq!(reply.status, 200, "{page}: {html}");
            assert!(html.contains("format=csv"), "{page}: {html}");
            html.contains("format=pdf")
        };
        assert!(!offered(&without), "{page} without Chromium");
        assert!(offered(&with), "{page} with Chromium");
    }
}

#[test]
fn a_port_in_use_is_said_plainly_and_localhost_is_an_address() {
    let server = Server::start(repo(), &[DEMO, "--bind", "localhost"]);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );
    assert_eq!(server.get(&format!("{BASE}/")).status, 200);
    let port = server.port.to_string();
    let taken = pdz(&["serve", DEMO, "--port", &port]);
    assert_eq!(taken.code, 2);
    assert_eq!(
        taken.stderr,
        format!(
            "pdz: la porta {port} è già usata da un altro programma (forse un altro `pdz serve`): scegline un'altra con `--port`, o `--port 0` per una libera qualsiasi\n"
        )
    );
    let taken = pdz(&["--lang", "en", "serve", DEMO, "--port", &port]);
    assert_eq!(
        taken.stderr,
        format!(
            "pdz: port {port} is already used by another program (another `pdz serve`, perhaps): choose another with `--port`, or `--port 0` for any free one\n"
        )
    );
}

#[cfg(unix)]
#[test]
fn open_hands_the_overview_address_to_the_desktop_launcher() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened");
    let launcher = dir.path().join("xdg-open");
    std::fs::write(
        &launcher,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&launcher, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().to_str().unwrap();
    let server = Server::start_with(repo(), &[DEMO, "--open"], &[("PATH", Some(path))]);
    let deadline = Instant::now() + Duration::from_secs(30);
    while !opened.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        std::fs::read_to_string(&opened).expect("the launcher ran"),
        format!("{}/", server.url)
    );
}

#[test]
fn open_without_a_browser_says_so_and_keeps_serving() {
    let empty = tempfile::tempdir().unwrap();
    let path = empty.path().to_str().unwrap();
    let server = Server::start_with(repo(), &[DEMO, "--open"], &[("PATH", Some(path))]);
    let said = server.next_said().expect("a line about the browser");
    assert!(
        said.starts_with("pdz serve: nessun browser avviato (")
            && said.ends_with("): apri tu l'indirizzo qui sopra"),
        "{said}"
    );
    assert_eq!(server.get(&format!("{BASE}/")).status, 200);
}
