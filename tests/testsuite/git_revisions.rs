//! Plans read at a git revision whose file names are hostile: newlines, names that are
//! not UTF-8. Each file must be read as the object its tree entry names, never another.

use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use crate::common::{BASE, Checked, git, pdz_in};

/// A repository with `plans/x/plan.yaml` ([`BASE`]) and the extra files given (path
/// from the root as bytes, contents), all in one commit on `main`.
fn repository(files: &[(&[u8], &str)]) -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    let plan = repo.path().join("plans/x");
    std::fs::create_dir_all(&plan).unwrap();
    std::fs::write(plan.join("plan.yaml"), BASE).unwrap();
    for (name, text) in files {
        let path = repo.path().join(std::ffi::OsStr::from_bytes(name));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "Piano"]);
    repo
}

/// `pdz check --format json SPEC` in `dir`.
fn check_at(dir: &Path, spec: &str) -> Checked {
    Checked::from(pdz_in(dir, &["check", "--format", "json", spec]))
}

/// The messages of the findings, with the file each names.
fn messages(checked: &Checked) -> Vec<(String, String)> {
    checked
        .findings()
        .into_iter()
        .map(|f| (f.file, f.message))
        .collect()
}

#[test]
fn a_newline_in_a_file_name_is_read_as_that_file() {
    // Paired by position, the name's second line was asked of git as an object of its
    // own (`HEAD:x.yaml`, outside the plan): one answer too many, and a panic.
    let repo = repository(&[
        (b"x.yaml", "intruso: 1\n"),
        (b"plans/x/plan.yaml\nHEAD:x.yaml", "sconosciuta: 1\n"),
    ]);
    let checked = check_at(repo.path(), "HEAD:plans/x");
    assert_eq!(checked.run.code, 1, "{}", checked.run.stderr);
    assert_eq!(
        messages(&checked),
        vec![(
            "HEAD:plans/x/plan.yaml\nHEAD:x.yaml".to_string(),
            "campo sconosciuto `sconosciuta`".to_string()
        )]
    );

    // The CI recipe compares two revisions: it reads the same files, without a panic.
    let run = pdz_in(repo.path(), &["diff", "main:plans/x", "HEAD:plans/x"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("`sconosciuta`"), "{}", run.stderr);
    assert!(!run.stderr.contains("intruso"), "{}", run.stderr);
}

#[test]
fn a_file_name_ending_in_a_newline_is_read_as_that_file() {
    let repo = repository(&[
        (b"plans/x/b.yaml\n", "ignorata: 1\n"),
        (b"plans/x/\n.yaml", "sconosciuta: 1\n"),
    ]);
    let checked = check_at(repo.path(), "HEAD:plans/x");
    assert_eq!(checked.run.code, 1, "{}", checked.run.stderr);
    // `b.yaml\n` does not end in `.yaml`: it is not a plan file.
    assert_eq!(
        messages(&checked),
        vec![(
            "HEAD:plans/x/\n.yaml".to_string(),
            "campo sconosciuto `sconosciuta`".to_string()
        )]
    );
}

#[test]
fn names_that_are_not_utf8_are_each_read_as_their_own_file() {
    // Both names show as `�.yaml`; asked of git by that name, both read the second.
    let repo = repository(&[
        (b"plans/x/\xff.yaml", "uno: 1\n"),
        ("plans/x/\u{FFFD}.yaml".as_bytes(), "due: 1\n"),
    ]);
    let checked = check_at(repo.path(), "HEAD:plans/x");
    assert_eq!(checked.run.code, 1, "{}", checked.run.stderr);
    let mut found: Vec<String> = messages(&checked).into_iter().map(|(_, m)| m).collect();
    found.sort();
    assert_eq!(
        found,
        vec!["campo sconosciuto `due`", "campo sconosciuto `uno`"]
    );
}

/// The findings of the plan at `plans/x` on disk and at `HEAD`, each without the
/// prefix of its files (`plans/x/` or `HEAD:plans/x/`).
/// Findings as `(file, message)`.
type Found = Vec<(String, String)>;

fn on_disk_and_at_head(repo: &Path) -> (Found, Found) {
    let strip = |checked: &Checked, prefix: &str| {
        let mut found: Found = messages(checked)
            .into_iter()
            .map(|(file, message)| {
                let file = file.strip_prefix(prefix).unwrap_or(&file);
                (file.trim_start_matches('/').to_string(), message)
            })
            .collect();
        found.sort();
        found
    };
    let disk = check_at(repo, "plans/x");
    let head = check_at(repo, "HEAD:plans/x");
    assert_eq!(
        disk.run.code, head.run.code,
        "{}\n{}",
        disk.run.stdout, head.run.stdout
    );
    (strip(&disk, "plans/x"), strip(&head, "HEAD:plans/x"))
}

#[test]
fn symbolic_links_at_a_revision_are_followed_inside_the_plan_and_refused_outside_as_on_disk() {
    let repo = repository(&[
        (b"secret.yaml", "segreto: 1\n"),
        (b"plans/x/sub/extra.yaml", "extra: 1\n"),
    ]);
    let plan = repo.path().join("plans/x");
    std::os::unix::fs::symlink("../../secret.yaml", plan.join("fuori.yaml")).unwrap();
    std::os::unix::fs::symlink("sub/extra.yaml", plan.join("dentro.yaml")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", plan.join("assoluto.yaml")).unwrap();
    std::os::unix::fs::symlink("nessuno.yaml", plan.join("rotto.yaml")).unwrap();
    std::os::unix::fs::symlink("..", plan.join("su")).unwrap();
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "Collegamenti"]);

    let (disk, head) = on_disk_and_at_head(repo.path());
    assert_eq!(head, disk);
    let text = format!("{head:?}");
    assert!(!text.contains("segreto"), "{text}");
    assert!(
        text.contains("(\"dentro.yaml\", \"campo sconosciuto `extra`\")"),
        "{text}"
    );
    assert!(
        text.contains("(\"fuori.yaml\", \"collegamento simbolico verso un percorso fuori dal piano: non letto\")"),
        "{text}"
    );
    assert!(
        text.contains("(\"rotto.yaml\", \"collegamento simbolico interrotto"),
        "{text}"
    );
}

#[test]
fn a_submodule_named_like_a_plan_file_is_not_read_as_one() {
    let repo = repository(&[]);
    let head = String::from_utf8(
        std::process::Command::new("git")
            .args(["rev-parse", "HEAD"])
            .current_dir(repo.path())
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let entry = format!("160000,{},plans/x/modulo.yaml", head.trim());
    git(
        repo.path(),
        &["update-index", "--add", "--cacheinfo", &entry],
    );
    git(repo.path(), &["commit", "-q", "-m", "Sottomodulo"]);
    let checked = check_at(repo.path(), "HEAD:plans/x");
    let about_it: Vec<_> = messages(&checked)
        .into_iter()
        .filter(|(file, _)| file.contains("modulo"))
        .collect();
    assert_eq!(
        about_it,
        vec![(
            "HEAD:plans/x/modulo.yaml".to_string(),
            "non è un file regolare (pipe, socket o dispositivo): non letto".to_string()
        )]
    );
}

#[test]
fn more_files_than_the_limit_give_the_same_finding_at_a_revision_as_on_disk() {
    let repo = repository(&[]);
    let plan = repo.path().join("plans/x/interventions");
    std::fs::create_dir_all(&plan).unwrap();
    for n in 0..10_000 {
        std::fs::write(plan.join(format!("i{n:05}.yaml")), "pdz: 1\n").unwrap();
    }
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "Molti file"]);
    let (disk, head) = on_disk_and_at_head(repo.path());
    assert_eq!(head.len(), disk.len());
    let limit = |found: &[(String, String)]| {
        found
            .iter()
            .filter(|(_, message)| message.contains("troppi file"))
            .cloned()
            .collect::<Vec<_>>()
    };
    let expected = vec![(
        String::new(),
        "troppi file nel piano (massimo 10.000)".to_string(),
    )];
    assert_eq!(limit(&head), expected);
    assert_eq!(limit(&disk), expected);
}

#[test]
fn files_named_almost_like_plan_files_are_reported_at_a_revision_as_on_disk() {
    let repo = repository(&[
        (b"plans/x/funds.yaml.txt", "funds: []\n"),
        (b"plans/x/staff.yml.bak", "staff: []\n"),
    ]);
    let (disk, head) = on_disk_and_at_head(repo.path());
    assert_eq!(head, disk);
    let skipped: Vec<&str> = head
        .iter()
        .filter(|(_, m)| m.starts_with("il nome sembra quello di un file del piano"))
        .map(|(f, _)| f.as_str())
        .collect();
    assert_eq!(skipped, ["funds.yaml.txt", "staff.yml.bak"]);
}
