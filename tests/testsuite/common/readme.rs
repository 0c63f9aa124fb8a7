//! The `console` blocks of the READMEs, run as a user would and compared with
//! what the binary prints: every `$ ` line is a command run by `sh` in a fresh
//! copy of the repository's plans and examples (with the files of
//! `tests/readme/`), its standard output and error together; the lines after
//! it, up to the next `$ `, are what it must print. A line `...` stands for
//! any run of lines. A comment `<!-- readme-test: needs chromium -->` or
//! `<!-- readme-test: skip REASON -->` just before a block says what it needs.

use std::path::Path;
use std::process::Command;

/// What a block needs beyond the binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    Chromium,
    Skip,
}

/// One `console` block: where it starts, what it needs, its commands and outputs.
#[derive(Debug)]
pub struct Block {
    pub line: usize,
    pub needs: Needs,
    pub steps: Vec<(String, Vec<String>)>,
}

/// The console blocks of a Markdown text.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        let marker = lines[..i]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map_or("", |l| l.trim());
        let needs = if marker.starts_with("<!-- readme-test: needs chromium") {
            Needs::Chromium
        } else if marker.starts_with("<!-- readme-test: skip") {
            Needs::Skip
        } else {
            Needs::Nothing
        };
        let start = i + 1;
        let mut steps: Vec<(String, Vec<String>)> = Vec::new();
        i += 1;
        while i < lines.len() && lines[i].trim_end() != "```" {
            match lines[i].strip_prefix("$ ") {
                Some(command) => steps.push((command.to_string(), Vec::new())),
                None => {
                    if let Some((_, output)) = steps.last_mut() {
                        output.push(lines[i].trim_end().to_string());
                    }
                }
            }
            i += 1;
        }
        blocks.push(Block {
            line: start,
            needs,
            steps,
        });
        i += 1;
    }
    blocks
}

/// Whether `actual` matches `expected`, where a `...` line matches any run of lines.
pub fn matches(expected: &[String], actual: &[String]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(line, others)| line == first && matches(rest, others)),
    }
}

/// The READMEs with console blocks: the repository's, the examples' and the plans'.
pub fn readmes(repo: &Path) -> Vec<String> {
    let mut files = vec!["README.md".to_string()];
    for folder in ["examples", "plans"] {
        if repo.join(folder).join("README.md").is_file() {
            files.push(format!("{folder}/README.md"));
        }
        let mut inner: Vec<String> = std::fs::read_dir(repo.join(folder))
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| format!("{folder}/{}/README.md", e.file_name().to_string_lossy()))
            .filter(|f| repo.join(f).is_file())
            .collect();
        inner.sort();
        files.extend(inner);
    }
    files
}

/// Runs every block needing `needs` of every README, each in a fresh copy of the
/// repository's plans, from its root; returns how many ran, and the differences found.
pub fn run(repo: &Path, bin: &Path, needs: Needs) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut ran = 0;
    for readme in readmes(repo) {
        let text = std::fs::read_to_string(repo.join(&readme)).unwrap();
        let (count, found) = run_blocks(&readme, &text, bin, needs, repo);
        ran += count;
        failures.extend(found);
    }
    (ran, failures)
}

fn run_blocks(
    readme: &str,
    text: &str,
    bin: &Path,
    needs: Needs,
    repo: &Path,
) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut ran = 0;
    for block in blocks(text).into_iter().filter(|b| b.needs == needs) {
        ran += 1;
        let dir = workspace(repo);
        let path = format!(
            "{}:{}",
            bin.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        for (command, expected) in &block.steps {
            let output = Command::new("sh")
                .arg("-c")
                .arg(format!("{command} 2>&1"))
                .current_dir(dir.path())
                .env("PATH", &path)
                .env("NO_COLOR", "1")
                .env_remove("PDZ_LANG")
                .env_remove("LANG")
                .output()
                .unwrap();
            let actual: Vec<String> = String::from_utf8_lossy(&output.stdout)
                .lines()
                .map(|l| l.trim_end().to_string())
                .collect();
            let expected = trim_blank_end(expected);
            if !matches(expected, trim_blank_end(&actual)) {
                failures.push(format!(
                    "{readme}:{}: `$ {command}` printed:\n{}\n--- the README shows:\n{}\n",
                    block.line,
                    actual.join("\n"),
                    expected.join("\n")
                ));
            }
        }
    }
    (ran, failures)
}

/// Lines without the blank lines that end them (a blank line may separate two commands).
fn trim_blank_end(lines: &[String]) -> &[String] {
    let end = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    &lines[..end]
}

/// A temporary directory holding copies of `plans/`, `examples/` and the README fixtures.
fn workspace(repo: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["plans", "examples"] {
        copy(&repo.join(folder), &dir.path().join(folder));
    }
    for entry in std::fs::read_dir(repo.join("tests/readme")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    dir
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
