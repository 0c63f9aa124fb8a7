//! Reading blobs by object id with one `git cat-file --batch`. Only object ids are sent
//! (hexadecimal, one a line), and every answer must name the object asked for: an answer
//! is never taken for another object because of where it comes in the output.

use foldhash::{HashMap, HashMapExt};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use super::GitProblem;
use super::tree::is_object_id;

/// The contents of each blob in `oids` (each asked once), by object id.
pub fn read_blobs(dir: &Path, oids: &[&str]) -> Result<HashMap<String, Vec<u8>>, GitProblem> {
    let mut unique: Vec<&str> = oids.to_vec();
    unique.sort_unstable();
    unique.dedup();
    if unique.is_empty() {
        return Ok(HashMap::new());
    }
    if let Some(bad) = unique.iter().find(|oid| !is_object_id(oid)) {
        return Err(GitProblem::Failed(format!("not an object id: {bad}")));
    }
    let mut input = unique.join("\n");
    input.push('\n');
    let output = batch(dir, input.into_bytes())?;
    parse_batch(&output, &unique)
}

/// Splits `git cat-file --batch` output into the blobs asked for, checking each header
/// (`<oid> blob <size>`) against the object id it answers.
fn parse_batch(output: &[u8], asked: &[&str]) -> Result<HashMap<String, Vec<u8>>, GitProblem> {
    let failed = |what: String| GitProblem::Failed(what);
    let mut reader = BufReader::new(output);
    let mut blobs = HashMap::with_capacity(asked.len());
    for oid in asked {
        let mut header = Vec::new();
        reader
            .read_until(b'\n', &mut header)
            .map_err(|e| failed(e.to_string()))?;
        let header = String::from_utf8_lossy(&header);
        let header = header.trim_end();
        let mut fields = header.split(' ');
        let (Some(answered), Some("blob"), Some(size), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(failed(format!("{oid}: {header}")));
        };
        let size: usize = size
            .parse()
            .map_err(|_| failed(format!("{oid}: {header}")))?;
        if answered != *oid {
            return Err(failed(format!("{oid}: {header}")));
        }
        let mut bytes = Vec::new();
        (&mut reader)
            .take(size as u64)
            .read_to_end(&mut bytes)
            .map_err(|e| failed(e.to_string()))?;
        let mut newline = [0u8; 1];
        if bytes.len() != size || reader.read_exact(&mut newline).is_err() || newline != *b"\n" {
            return Err(failed(format!("{oid}: truncated")));
        }
        blobs.insert(oid.to_string(), bytes);
    }
    Ok(blobs)
}

/// Runs `git cat-file --batch` in `dir` with `input` on standard input, written from a
/// thread so that a large output never blocks it.
fn batch(dir: &Path, input: Vec<u8>) -> Result<Vec<u8>, GitProblem> {
    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(GitProblem::NoGit)?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or(GitProblem::Failed(String::new()))?;
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|e| GitProblem::Failed(e.to_string()))?;
    let _ = writer.join();
    if !output.status.success() {
        return Err(GitProblem::Failed(super::last_line(&output.stderr)));
    }
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const B: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    #[test]
    fn answers_are_matched_to_the_object_they_name() {
        let output = format!("{A} blob 3\nuno\n{B} blob 0\n\n");
        let blobs = parse_batch(output.as_bytes(), &[A, B]).unwrap();
        assert_eq!(blobs[A], b"uno");
        assert_eq!(blobs[B], b"");
    }

    #[test]
    fn an_answer_for_another_object_or_a_missing_one_is_an_error() {
        for output in [
            format!("{B} blob 3\nuno\n{A} blob 0\n\n"),
            format!("{A} missing\n"),
            format!("{A} tree 3\nuno\n"),
            format!("{A} blob 9\nuno\n"),
            String::new(),
        ] {
            assert!(
                parse_batch(output.as_bytes(), &[A, B]).is_err(),
                "{output:?}"
            );
        }
    }
}
