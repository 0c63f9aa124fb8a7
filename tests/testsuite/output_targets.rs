//! `--output` is given by whoever runs pdz, but what it points at may be anything:
//! a plan file, a device, a FIFO, a link, a folder. Every command writes through the
//! same rules, and an interrupted or failed run leaves nothing half-written.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::{pdz, pdz_env};

const DEMO: &str = "plans/casarano-2022-2024";

fn copy_demo_into(dir: &Path) -> std::path::PathBuf {
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
    let plan = dir.join("casarano");
    copy(Path::new(DEMO), &plan);
    plan
}

#[test]
fn aggregate_refuses_to_write_over_a_file_of_a_plan_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let region = dir.path().join("regione");
    let plan = copy_demo_into(&region);
    let target = plan.join("plan.yaml");
    let before = std::fs::read(&target).unwrap();
    for format in ["md", "csv"] {
        let run = pdz(&[
            "aggregate",
            region.to_str().unwrap(),
            "--format",
            format,
            "--output",
            target.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 2, "{format}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("è un file del piano: pdz non lo sovrascrive")
                || run.stderr.contains("non è una cartella"),
            "{format}: {}",
            run.stderr
        );
        assert_eq!(std::fs::read(&target).unwrap(), before, "{format}");
    }
}

#[test]
fn a_device_is_written_into_not_replaced() {
    let run = pdz(&["report", "summary", DEMO, "--output", "/dev/null"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "pdz: scritto `/dev/null` (1 sezione)\n");
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::metadata("/dev/null").unwrap().file_type();
    assert!(kind.is_char_device(), "/dev/null is still a device");
}

#[test]
fn a_fifo_is_written_into_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.md");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let run = pdz(&[
        "report",
        "summary",
        DEMO,
        "--output",
        fifo.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let read = reader.join().unwrap();
    assert!(
        read.starts_with("# V Piano sociale di zona 2022-2024"),
        "{read}"
    );
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO is still a FIFO");
}

#[test]
fn through_a_symbolic_link_the_file_it_points_at_is_replaced_and_the_link_kept() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.md");
    let link = dir.path().join("link.md");
    std::fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let run = pdz(&[
        "report",
        "summary",
        DEMO,
        "--output",
        link.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .starts_with("# V Piano sociale di zona")
    );
    // A link to a plan file is a plan file.
    let plan = copy_demo_into(dir.path());
    let to_plan = dir.path().join("to-plan.md");
    std::os::unix::fs::symlink(plan.join("plan.yaml"), &to_plan).unwrap();
    let refused = pdz(&[
        "report",
        "summary",
        plan.to_str().unwrap(),
        "--output",
        to_plan.to_str().unwrap(),
    ]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("è un file del piano"));
}

#[test]
fn a_folder_is_not_a_file_to_write() {
    let dir = tempfile::tempdir().unwrap();
    let run = pdz(&[
        "report",
        "summary",
        DEMO,
        "--format",
        "md",
        "--output",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .ends_with("è una cartella: indica un file in cui scrivere\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_csv_folder_is_written_whole_or_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let tables = dir.path().join("tabelle");
    std::fs::create_dir(&tables).unwrap();
    // The tables of a previous run, and one name now taken by a folder.
    std::fs::write(tables.join("budget-quadro.csv"), "old").unwrap();
    std::fs::write(tables.join("summary-facts.csv"), "old").unwrap();
    std::fs::create_dir(tables.join("leps-coverage.csv")).unwrap();
    let run = pdz(&[
        "report",
        "all",
        DEMO,
        "--format",
        "csv",
        "--output",
        tables.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let mut left: Vec<String> = std::fs::read_dir(&tables)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            "budget-quadro.csv",
            "leps-coverage.csv",
            "summary-facts.csv"
        ]
    );
    assert_eq!(
        std::fs::read_to_string(tables.join("budget-quadro.csv")).unwrap(),
        "old"
    );

    // A folder pdz creates is removed again when the run fails.
    let fresh = dir.path().join("nuova");
    let blocked = pdz(&[
        "report",
        "all",
        DEMO,
        "--format",
        "csv",
        "--output",
        fresh.join("sub").to_str().unwrap(),
    ]);
    assert_eq!(blocked.code, 2);
    assert!(!fresh.exists());
}

/// A stand-in for Chromium that says it started, then never finishes printing.
fn stalling_chromium(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let started = dir.join("started");
    let script = dir.join("chromium");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho $$ > '{}.tmp' && mv '{0}.tmp' '{0}'\nexec sleep 30\n",
            started.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (script, started)
}

#[test]
fn an_interrupted_run_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let (chromium, started) = stalling_chromium(dir.path());
    let tmp = dir.path().join("tmp");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    for signal in ["INT", "TERM"] {
        let _ = std::fs::remove_file(&started);
        let mut child = Command::new(env!("CARGO_BIN_EXE_pdz"))
            .args(["report", "council", DEMO, "--comune", "matino", "--output"])
            .arg(out.join("matino.pdf"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("PDZ_CHROMIUM", &chromium)
            .env("TMPDIR", &tmp)
            .spawn()
            .unwrap();
        let waited = Instant::now();
        while !started.exists() {
            assert!(waited.elapsed() < Duration::from_secs(60), "never printed");
            std::thread::sleep(Duration::from_millis(20));
        }
        let stand_in = std::fs::read_to_string(&started).unwrap();
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        let _ = Command::new("kill").arg(stand_in.trim()).status();
        use std::os::unix::process::ExitStatusExt;
        let expected = if signal == "INT" { 2 } else { 15 };
        assert_eq!(status.signal(), Some(expected), "{signal}: {status:?}");
        let left_in = |d: &Path| std::fs::read_dir(d).unwrap().count();
        assert_eq!(left_in(&tmp), 0, "{signal}: the print folder is removed");
        assert_eq!(left_in(&out), 0, "{signal}: nothing beside the target");
    }
}

#[test]
fn every_command_with_output_refuses_a_folder_alike() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().to_str().unwrap();
    let csv = dir.path().join("bilancio.csv");
    std::fs::write(
        &csv,
        "intervention,name,area,year,fund,amount\nsad,SAD,anziani,2024,fnps-2024,1000.00\n",
    )
    .unwrap();
    let runs = [
        pdz(&["report", "budget", DEMO, "--format", "md", "-o", target]),
        pdz(&["diff", DEMO, DEMO, "--format", "md", "-o", target]),
        pdz(&["aggregate", DEMO, "--format", "md", "-o", target]),
        pdz_env(
            dir.path(),
            &["import", "budget", "bilancio.csv", "-o", "."],
            &[],
        ),
    ];
    for run in runs {
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("è una cartella"), "{}", run.stderr);
    }
}
