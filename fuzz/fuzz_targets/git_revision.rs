//! Arbitrary bytes as a tree of files committed to a git repository (names with any
//! byte but NUL, symbolic links, submodules), then read back at that revision. Nothing
//! may panic, and every file read must hold what was written under its name.
#![no_main]

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pdz::source::{RevisionPath, decode_text, read_revision_in};

/// Most files in one generated tree.
const MAX_ENTRIES: usize = 16;

/// One entry of the generated tree, below `plans/x/`.
struct Generated {
    mode: &'static str,
    name: Vec<u8>,
    content: Vec<u8>,
}

/// Input as `<mode byte><name>\0<content>\0…`: the mode byte picks a regular file, an
/// executable, a symbolic link or a submodule.
fn generate(data: &[u8]) -> Vec<Generated> {
    let mut parts = data.split(|b| *b == 0);
    let mut entries = Vec::new();
    while let (Some(head), Some(content)) = (parts.next(), parts.next()) {
        let Some((&mode, name)) = head.split_first() else {
            continue;
        };
        let mode = match mode % 8 {
            0 => "100755",
            1 => "120000",
            2 => "160000",
            _ => "100644",
        };
        let mut full = b"plans/x/".to_vec();
        full.extend_from_slice(name);
        entries.push(Generated {
            mode,
            name: full,
            content: content.to_vec(),
        });
        if entries.len() == MAX_ENTRIES {
            break;
        }
    }
    entries
}

/// A path as a C-style quoted string for `git fast-import`: any byte but NUL.
fn quoted(name: &[u8]) -> Vec<u8> {
    let mut out = vec![b'"'];
    for &b in name {
        match b {
            b'"' | b'\\' => out.extend_from_slice(&[b'\\', b]),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\{b:03o}").as_bytes()),
        }
    }
    out.push(b'"');
    out
}

/// The repository all runs commit to, one per fuzzing process.
fn repository() -> &'static Path {
    static REPO: OnceLock<PathBuf> = OnceLock::new();
    REPO.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("pdz-fuzz-git-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let status = Command::new("git")
            .args(["init", "-q", "--bare"])
            .current_dir(&dir)
            .status()
            .expect("git runs");
        assert!(status.success());
        dir
    })
}

/// Commits `entries` as the whole tree of `refs/heads/fuzz`; `false` if git refused them
/// (a path git does not allow: empty parts, `.git`, a file where a folder is).
fn commit(repo: &Path, entries: &[Generated]) -> bool {
    let mut stream = b"reset refs/heads/fuzz\ncommit refs/heads/fuzz\n\
        committer Fuzz <fuzz@example.org> 0 +0000\ndata 0\ndeleteall\n"
        .to_vec();
    for entry in entries {
        if entry.mode == "160000" {
            // A submodule names a commit that is not in the repository.
            stream.extend_from_slice(b"M 160000 0123456789abcdef0123456789abcdef01234567 ");
            stream.extend_from_slice(&quoted(&entry.name));
            stream.push(b'\n');
            continue;
        }
        stream.extend_from_slice(format!("M {} inline ", entry.mode).as_bytes());
        stream.extend_from_slice(&quoted(&entry.name));
        stream.extend_from_slice(format!("\ndata {}\n", entry.content.len()).as_bytes());
        stream.extend_from_slice(&entry.content);
        stream.push(b'\n');
    }
    let Ok(mut child) = Command::new("git")
        .args(["fast-import", "--quiet", "--force"])
        .current_dir(repo)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    let written = child
        .stdin
        .take()
        .map(|mut stdin| stdin.write_all(&stream).is_ok())
        .unwrap_or(false);
    child.wait().map(|s| s.success()).unwrap_or(false) && written
}

fuzz_target!(|data: &[u8]| {
    let entries = generate(data);
    let repo = repository();
    if entries.is_empty() || !commit(repo, &entries) {
        return;
    }
    // What may be read under each name as shown: the last content written for it
    // (an earlier one if a later entry was refused), as decoded text.
    let mut written: HashMap<String, Vec<String>> = HashMap::new();
    for entry in entries.iter().filter(|e| e.mode != "160000") {
        if let Ok(text) = decode_text(entry.content.clone()) {
            let shown = format!("fuzz:{}", String::from_utf8_lossy(&entry.name));
            written.entry(shown).or_default().push(text);
        }
    }
    let spec = RevisionPath::parse("fuzz:plans/x").expect("a revision path");
    let Ok(read) = read_revision_in(repo, &spec) else {
        return;
    };
    // A symbolic link inside the plan reads the file it points at: any file written.
    let links: Vec<String> = entries
        .iter()
        .filter(|e| e.mode == "120000")
        .map(|e| format!("fuzz:{}", String::from_utf8_lossy(&e.name)))
        .collect();
    let any: Vec<String> = written.values().flatten().cloned().collect();
    for (shown, read) in read.files {
        if let Ok(text) = read {
            let shown = shown.to_string_lossy().into_owned();
            let candidates = if links.contains(&shown) {
                any.as_slice()
            } else {
                written.get(&shown).map(Vec::as_slice).unwrap_or(&[])
            };
            assert!(
                candidates.contains(&text),
                "{shown:?} read {text:?}, written {candidates:?}"
            );
        }
    }
});
