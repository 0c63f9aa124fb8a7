//! Shared helpers for the integration tests: run the real `pdz` binary on files.

pub mod readme;
pub mod server;
pub mod workbook;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use wait_timeout::ChildExt;

/// What a run of `pdz` printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A run longer than this is a hang, whatever the machine: the test fails.
const HANG: Duration = Duration::from_secs(60);

/// Runs `pdz` with `args` in the repository root, without colour, Italian by default.
pub fn pdz(args: &[&str]) -> Run {
    pdz_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// Runs `pdz` with `args` in `dir`.
pub fn pdz_in(dir: &Path, args: &[&str]) -> Run {
    pdz_env(dir, args, &[])
}

/// The `pdz` binary to run in `dir`: without colour, Italian by default, with environment
/// variables set (`Some`) or removed (`None`).
pub fn pdz_command(dir: &Path, env: &[(&str, Option<&str>)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pdz"));
    command
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("PDZ_LANG")
        .env_remove("CLICOLOR_FORCE");
    for (name, value) in env {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    command
}

/// Runs `pdz` with `args` in `dir`, with environment variables set (`Some`) or removed (`None`).
pub fn pdz_env(dir: &Path, args: &[&str], env: &[(&str, Option<&str>)]) -> Run {
    let mut child = pdz_command(dir, env)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the pdz binary runs");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        stdout.read_to_end(&mut s).unwrap();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        stderr.read_to_end(&mut s).unwrap();
        s
    });
    let status = match child.wait_timeout(HANG).unwrap() {
        Some(status) => status,
        None => {
            child.kill().unwrap();
            panic!("pdz {args:?} did not finish within {HANG:?}");
        }
    };
    let stdout = String::from_utf8(out.join().unwrap()).expect("stdout is UTF-8");
    let stderr = String::from_utf8(err.join().unwrap()).expect("stderr is UTF-8");
    assert!(
        !stderr.contains("panicked"),
        "pdz {args:?} panicked:\n{stderr}"
    );
    Run {
        code: status.code().expect("pdz exits with a code, not a signal"),
        stdout,
        stderr,
    }
}

/// A plan in a temporary directory.
pub struct TempPlan {
    pub dir: tempfile::TempDir,
}

/// The files of a small valid plan without funds: period 2022-2024, comuni `alfa`
/// (6,000 residents) and `beta` (4,000), area `accesso`.
macro_rules! base_without_funds {
    () => {
        "\
pdz: 1
plan:
  title: Piano di prova
  period: { from: 2022, to: 2024 }
ambito:
  id: ats-prova
  name: Ambito di prova
  capofila: alfa
  comuni:
    - { id: alfa, name: Alfa, population: 6000 }
    - { id: beta, name: Beta, population: 4000 }
areas:
  - { id: accesso, name: Welfare d'accesso }
"
    };
}

/// [`BASE`] without its `funds` section.
pub const BASE_WITHOUT_FUNDS: &str = base_without_funds!();

/// The files of a small valid plan: [`BASE_WITHOUT_FUNDS`] and fund `fnps-2021` of 90,000.
pub const BASE: &str = concat!(
    base_without_funds!(),
    "funds:\n  - { id: fnps-2021, programme: fnps, amount: 90000 }\n"
);

impl TempPlan {
    /// An empty plan directory.
    pub fn empty() -> TempPlan {
        TempPlan {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A plan whose `plan.yaml` is [`BASE`].
    pub fn base() -> TempPlan {
        TempPlan::empty().file("plan.yaml", BASE)
    }

    /// Adds (or replaces) a file.
    pub fn file(self, name: &str, text: &str) -> TempPlan {
        self.bytes(name, text.as_bytes())
    }

    pub fn bytes(self, name: &str, bytes: &[u8]) -> TempPlan {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// `pdz check --format json` on the plan, run from inside it (paths relative).
    pub fn check(&self) -> Checked {
        Checked::from(pdz_in(self.dir.path(), &["check", "--format", "json", "."]))
    }
}

/// The findings of a `--format json` run.
#[derive(Debug)]
pub struct Checked {
    pub run: Run,
    pub json: serde_json::Value,
}

impl From<Run> for Checked {
    fn from(run: Run) -> Checked {
        let json = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", run.stdout, run.stderr));
        Checked { run, json }
    }
}

/// The parts of a finding the tests assert on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub code: String,
    pub severity: String,
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub message: String,
    pub help: String,
}

impl Checked {
    pub fn findings(&self) -> Vec<Found> {
        self.json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| Found {
                code: f["code"].as_str().unwrap().to_string(),
                severity: f["severity"].as_str().unwrap().to_string(),
                file: f["file"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("./")
                    .to_string(),
                line: f["line"].as_u64().unwrap(),
                column: f["column"].as_u64().unwrap(),
                message: f["message"].as_str().unwrap().to_string(),
                help: f["help"].as_str().unwrap_or_default().to_string(),
            })
            .collect()
    }

    /// The findings with this code.
    pub fn with_code(&self, code: &str) -> Vec<Found> {
        self.findings()
            .into_iter()
            .filter(|f| f.code == code)
            .collect()
    }

    /// The single finding with this code, asserting there is exactly one.
    pub fn one(&self, code: &str) -> Found {
        let found = self.with_code(code);
        assert_eq!(
            found.len(),
            1,
            "expected one `{code}`, got {found:#?}\nall: {:#?}",
            self.findings()
        );
        found.into_iter().next().unwrap()
    }

    /// `(code, file, line, column)` of every finding, in output order.
    pub fn places(&self) -> Vec<(String, String, u64, u64)> {
        self.findings()
            .into_iter()
            .map(|f| (f.code, f.file, f.line, f.column))
            .collect()
    }
}

/// Asserts a finding's code, severity and place.
pub fn assert_at(found: &Found, code: &str, severity: &str, file: &str, line: u64, column: u64) {
    assert_eq!(
        (
            found.code.as_str(),
            found.severity.as_str(),
            found.file.as_str(),
            found.line,
            found.column
        ),
        (code, severity, file, line, column),
        "{found:#?}"
    );
}

/// A YAML text as JSON, read by an independent parser (serde-saphyr) with the YAML 1.2
/// core schema, as editors and CI services read it: `off` is a word, not a boolean.
pub fn yaml_value(text: &str) -> Result<serde_json::Value, String> {
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options(text, options).map_err(|e| e.to_string())
}

/// Runs git in `dir`, with an identity of its own.
pub fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Ufficio di Piano")
        .env("GIT_AUTHOR_EMAIL", "udp@example.org")
        .env("GIT_COMMITTER_NAME", "Ufficio di Piano")
        .env("GIT_COMMITTER_EMAIL", "udp@example.org")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs");
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// The demo plan's comuni, with the total of their shares of the municipal
/// co-financing (2022-2024) as `pdftotext` and the Markdown show it.
pub const DEMO_COMUNI: [(&str, &str, &str); 7] = [
    ("casarano", "Casarano", "€ 404.091,32"),
    ("collepasso", "Collepasso", "€ 118.314,93"),
    ("matino", "Matino", "€ 230.499,46"),
    ("parabita", "Parabita", "€ 180.836,90"),
    ("ruffano", "Ruffano", "€ 194.934,79"),
    ("supersano", "Supersano", "€ 87.002,34"),
    ("taurisano", "Taurisano", "€ 236.320,26"),
];

/// Every report kind but `all` and `council`, in the order `pdz report --help` lists them.
pub const REPORT_KINDS: [&str; 9] = [
    "summary",
    "budget",
    "funds",
    "leps",
    "comuni",
    "interventions",
    "staffing",
    "needs",
    "execution",
];

/// Copies the folder `from` to `to`, with everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
