//! `--output` onto whatever a generated folder holds: a new file, a file, a link to a
//! file, to a folder, to nothing or to a plan file, a plan file itself, a folder, a
//! device; with every command that writes and every format. Nothing may panic, no plan
//! file may change, no temporary file may be left, and a run that says it wrote has
//! written where the target leads.
#![no_main]

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use libfuzzer_sys::fuzz_target;

const PLAN: &str = "\
pdz: 1
plan:
  title: Piano di prova
  period: { from: 2024, to: 2024 }
ambito:
  id: ats-prova
  name: Ambito di prova
  capofila: alfa
  comuni:
    - { id: alfa, name: Alfa, population: 6000 }
areas:
  - { id: accesso, name: Welfare d'accesso }
funds:
  - { id: fnps-2024, programme: fnps, annualita: 2024, amount: 1000 }
interventions:
  - { id: sad, name: SAD, area: accesso, budget: { 2024: { fnps-2024: 1000 } } }
";

/// What the target path is before pdz runs.
#[derive(Clone, Copy, Debug)]
enum Shape {
    New,
    File,
    LinkToFile,
    LinkToPlanFile,
    PlanFile,
    Folder,
    LinkToFolder,
    DanglingLink,
    MissingParent,
    DevNull,
}

const SHAPES: [Shape; 10] = [
    Shape::New,
    Shape::File,
    Shape::LinkToFile,
    Shape::LinkToPlanFile,
    Shape::PlanFile,
    Shape::Folder,
    Shape::LinkToFolder,
    Shape::DanglingLink,
    Shape::MissingParent,
    Shape::DevNull,
];

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    found.sort();
    found
}

fuzz_target!(|data: &[u8]| {
    let [shape, command, extension, name @ ..] = data else {
        return;
    };
    let shape = SHAPES[*shape as usize % SHAPES.len()];
    // A name of the bytes given, without separators: a file of the work folder.
    let mut name: Vec<u8> = name
        .iter()
        .copied()
        .filter(|b| *b != b'/' && *b != 0)
        .take(64)
        .collect();
    if name.is_empty() || name == b"." || name == b".." || name.starts_with(b".tmp") {
        name = b"out".to_vec();
    }
    name.extend_from_slice(
        [".md", ".html", ".csv", ".json", ".txt", ""][*extension as usize % 6].as_bytes(),
    );

    let work = tempfile::tempdir().expect("a temporary folder");
    let plan = work.path().join("piano");
    std::fs::create_dir(&plan).expect("the plan folder");
    std::fs::write(plan.join("plan.yaml"), PLAN).expect("the plan");
    let out = work.path().join("out");
    std::fs::create_dir(&out).expect("the output folder");
    let other = work.path().join("altro.md");
    std::fs::write(&other, "prima").expect("a file");

    let mut target = out.join(std::ffi::OsStr::from_bytes(&name));
    match shape {
        Shape::New => {}
        Shape::File => std::fs::write(&target, "prima").expect("a file"),
        Shape::LinkToFile => std::os::unix::fs::symlink(&other, &target).expect("a link"),
        Shape::LinkToPlanFile => {
            std::os::unix::fs::symlink(plan.join("plan.yaml"), &target).expect("a link")
        }
        Shape::PlanFile => target = plan.join("plan.yaml"),
        Shape::Folder => std::fs::create_dir(&target).expect("a folder"),
        Shape::LinkToFolder => std::os::unix::fs::symlink(&plan, &target).expect("a link"),
        Shape::DanglingLink => {
            std::os::unix::fs::symlink(work.path().join("nessuno"), &target).expect("a link")
        }
        Shape::MissingParent => target = out.join("manca").join(std::ffi::OsStr::from_bytes(&name)),
        Shape::DevNull => target = PathBuf::from("/dev/null"),
    }
    let before_out = entries(&out);
    let plan_path = plan.to_string_lossy().into_owned();
    let mut args: Vec<&str> = vec!["pdz", "-q"];
    match command % 6 {
        0 => args.extend(["report", "summary", &plan_path]),
        1 => args.extend(["report", "all", &plan_path, "--format", "csv"]),
        2 => args.extend(["report", "budget", &plan_path, "--format", "csv"]),
        3 => args.extend(["aggregate", &plan_path, "--format", "md"]),
        4 => args.extend(["diff", &plan_path, &plan_path, "--format", "json"]),
        _ => args.extend([
            "report", "council", &plan_path, "--comune", "alfa", "--format", "md",
        ]),
    }
    args.push("--output");
    // The target as its bytes: a name that is not UTF-8 names that file and no other.
    let argv = args
        .iter()
        .map(std::ffi::OsString::from)
        .chain([target.clone().into_os_string()]);
    let outcome = pdz::cli::run(argv);

    assert_eq!(
        std::fs::read_to_string(plan.join("plan.yaml"))
            .ok()
            .as_deref(),
        Some(PLAN),
        "{shape:?} {args:?}: a plan file changed"
    );
    let tmp_left: Vec<PathBuf> = entries(&out)
        .into_iter()
        .chain(entries(work.path()))
        .chain(entries(&plan))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.as_bytes().starts_with(b".tmp"))
        })
        .collect();
    assert!(tmp_left.is_empty(), "{shape:?} {args:?}: left {tmp_left:?}");
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/null").is_ok_and(|m| m.file_type().is_char_device()),
        "/dev/null replaced"
    );
    let wrote = outcome.is_ok_and(|o| o.exit_code() == 0);
    match shape {
        Shape::LinkToFile | Shape::DanglingLink | Shape::LinkToFolder => {
            assert!(
                std::fs::symlink_metadata(&target).is_ok_and(|m| m.file_type().is_symlink()),
                "{shape:?} {args:?}: the link was replaced"
            );
        }
        Shape::PlanFile | Shape::LinkToPlanFile | Shape::MissingParent => {
            assert!(!wrote, "{shape:?} {args:?}: exit 0");
            if matches!(shape, Shape::MissingParent) {
                assert_eq!(entries(&out), before_out, "{shape:?} {args:?}");
            }
        }
        _ => {}
    }
    if wrote && matches!(shape, Shape::New | Shape::File | Shape::LinkToFile) {
        assert!(
            std::fs::metadata(&target).is_ok(),
            "{shape:?} {args:?}: exit 0 and nothing written"
        );
        if matches!(shape, Shape::LinkToFile) {
            assert_ne!(
                std::fs::read(&other).ok(),
                Some(b"prima".to_vec()),
                "{args:?}"
            );
        }
    }
});
