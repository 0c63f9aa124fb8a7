//! Printing HTML to PDF with headless Chromium, kept offline.
//!
//! The page is written to a private temporary folder and printed by a Chromium
//! started with a fresh profile and without background networking; the PDF's
//! bytes are returned for the caller to write where it wants.

mod destinations;

pub use destinations::destination_pages;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long Chromium may take to print a document before it is stopped.
const PRINT_TIMEOUT: Duration = Duration::from_secs(120);

/// Programs tried, in order, when `PDZ_CHROMIUM` is not set.
const CANDIDATES: [&str; 4] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// Why a PDF could not be printed.
#[derive(Debug)]
pub enum PrintError {
    /// No Chromium on the `PATH` (nor in `PDZ_CHROMIUM`).
    NoChromium,
    /// Chromium ran but gave no PDF: its exit status and what it said.
    Failed(String),
    /// Chromium did not finish within the timeout.
    TimedOut,
    Io(std::io::Error),
}

impl std::fmt::Display for PrintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrintError::NoChromium => write!(f, "Chromium not found"),
            PrintError::Failed(detail) => write!(f, "Chromium failed: {detail}"),
            PrintError::TimedOut => write!(
                f,
                "Chromium did not finish in {} s",
                PRINT_TIMEOUT.as_secs()
            ),
            PrintError::Io(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for PrintError {}

impl From<std::io::Error> for PrintError {
    fn from(error: std::io::Error) -> Self {
        PrintError::Io(error)
    }
}

/// The Chromium to print with: `PDZ_CHROMIUM`, else the first candidate on the `PATH`.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PDZ_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| CANDIDATES.map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// The page on which each section of a printed document begins, by element id.
pub type SectionPages = BTreeMap<String, u32>;

/// How many times a document is printed at most to settle its contents' page numbers.
const MAX_PASSES: usize = 3;

/// Prints a document whose contents list shows the page of each section.
///
/// `render` gives the page for the section pages known so far (none at first).
/// The document is printed, the pages of its sections read back from the PDF,
/// and printed again with them, until the numbers it shows are the pages it has.
pub fn print_paginated(
    render: impl Fn(&SectionPages) -> Option<String>,
) -> Result<Vec<u8>, PrintError> {
    let mut shown = SectionPages::new();
    let mut pdf = Vec::new();
    for _ in 0..MAX_PASSES {
        let Some(html) = render(&shown) else { break };
        pdf = print_pdf(&html)?;
        let actual = destination_pages(&pdf);
        if actual == shown || actual.is_empty() {
            break;
        }
        shown = actual;
    }
    if pdf.is_empty() {
        return Err(PrintError::Failed("no page to print".into()));
    }
    Ok(pdf)
}

/// Prints a self-contained HTML page to PDF, with an outline (bookmarks) of its headings.
pub fn print_pdf(html: &str) -> Result<Vec<u8>, PrintError> {
    let chromium = find_chromium().ok_or(PrintError::NoChromium)?;
    let work = tempfile::tempdir()?;
    let _pending = crate::cleanup::Pending::register(work.path());
    let page = work.path().join("document.html");
    let pdf = work.path().join("document.pdf");
    std::fs::write(&page, html)?;
    // Registered, so that pdz ending on a signal (or `pdz serve` stopping) kills it.
    let child = crate::cleanup::Running::spawn(
        Command::new(&chromium)
            .args(offline_flags(&work.path().join("profile")))
            .arg("--no-pdf-header-footer")
            .arg("--generate-pdf-document-outline")
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(file_url(&page))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped()),
    )?;
    // Read what Chromium says while it runs, so a full pipe never blocks it.
    let said = child.take_stderr().map(|mut stderr| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
            text
        })
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > PRINT_TIMEOUT {
            child.kill();
            return Err(PrintError::TimedOut);
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    if !bytes.starts_with(b"%PDF") {
        let said = said
            .and_then(|reader| reader.join().ok())
            .unwrap_or_default();
        let last = said
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default();
        return Err(PrintError::Failed(format!("{status}: {last}")));
    }
    Ok(bytes)
}

/// The flags that keep a headless Chromium offline and independent of any user profile.
pub fn offline_flags(profile: &Path) -> Vec<String> {
    vec![
        "--headless".into(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-default-apps".into(),
        "--disable-extensions".into(),
        "--no-first-run".into(),
        "--no-default-browser-check".into(),
        format!("--user-data-dir={}", profile.display()),
    ]
}

/// A `file://` URL for a local path.
pub fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' => {
                url.push(byte as char)
            }
            other => url.push_str(&format!("%{other:02X}")),
        }
    }
    url
}
