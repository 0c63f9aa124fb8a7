//! Where a finding's file is, as SARIF wants it: a URI relative to the root of the
//! repository (`uriBaseId` `%SRCROOT%`), which GitHub resolves against its checkout,
//! whatever folder pdz ran in; an absolute `file:` URI for a file outside it.

use std::path::{Component, Path, PathBuf};

/// The `uriBaseId` of the repository root.
pub const SRCROOT: &str = "%SRCROOT%";

/// The folder pdz ran in and the repository root that URIs are relative to, both absolute.
#[derive(Clone, Debug)]
pub struct ArtifactBase {
    cwd: PathBuf,
    root: PathBuf,
}

/// A file's URI: relative to [`SRCROOT`], or absolute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArtifactUri {
    InRoot(String),
    Absolute(String),
}

impl ArtifactBase {
    /// `cwd` is where relative paths start; `root` (the work tree of `cwd`, or `cwd`
    /// outside one) is what URIs are relative to.
    pub fn new(cwd: PathBuf, root: PathBuf) -> Self {
        ArtifactBase { cwd, root }
    }

    /// The root as an absolute `file:` URI ending in `/`, for `originalUriBaseIds`.
    pub fn root_uri(&self) -> String {
        let mut uri = file_uri(&self.root);
        if !uri.ends_with('/') {
            uri.push('/');
        }
        uri
    }

    /// The URI of a file shown as `shown`. A file of a git revision is shown as
    /// `REV:path/from/the/root`: give its revision, and the path is taken from the root.
    pub fn uri(&self, shown: &Path, revision: Option<&str>) -> ArtifactUri {
        match self.in_root(shown, revision) {
            Ok(relative) => ArtifactUri::InRoot(encode(&relative)),
            Err(absolute) => ArtifactUri::Absolute(file_uri(&absolute)),
        }
    }

    /// The path of a file from the repository root (`/` between components), as GitLab
    /// wants it; the absolute path of a file outside the root.
    pub fn path(&self, shown: &Path, revision: Option<&str>) -> String {
        let path = self
            .in_root(shown, revision)
            .unwrap_or_else(|absolute| absolute);
        path.components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
            .replacen("//", "/", 1)
    }

    /// The path from the root, or the absolute path of a file outside it.
    fn in_root(&self, shown: &Path, revision: Option<&str>) -> Result<PathBuf, PathBuf> {
        if let Some(revision) = revision
            && let Some(in_root) = shown
                .to_str()
                .and_then(|s| s.strip_prefix(revision))
                .and_then(|s| s.strip_prefix(':'))
        {
            return Ok(normalise(Path::new(in_root)));
        }
        let absolute = normalise(&self.cwd.join(shown));
        match absolute.strip_prefix(&self.root) {
            Ok(relative) if !relative.as_os_str().is_empty() => Ok(relative.to_path_buf()),
            _ => Err(absolute),
        }
    }
}

/// `.` dropped and `..` applied, without reading the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn file_uri(absolute: &Path) -> String {
    let encoded = encode(absolute);
    let encoded = encoded.trim_start_matches('/');
    format!("file:///{encoded}")
}

/// A path as a URI reference: `/` between components, other reserved bytes (`:` too,
/// which would start a scheme) percent-encoded.
fn encode(path: &Path) -> String {
    let mut out = String::new();
    for (i, component) in path.components().enumerate() {
        let text = match component {
            Component::RootDir => {
                out.push('/');
                continue;
            }
            Component::Prefix(prefix) => {
                // A Windows drive (`C:`), kept as written.
                out.push_str(&prefix.as_os_str().to_string_lossy().replace('\\', "/"));
                continue;
            }
            other => other.as_os_str().to_string_lossy(),
        };
        if i > 0 && !out.ends_with('/') {
            out.push('/');
        }
        for byte in text.bytes() {
            match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    out.push(byte as char)
                }
                other => out.push_str(&format!("%{other:02X}")),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{ArtifactBase, ArtifactUri};
    use std::path::{Path, PathBuf};

    fn base() -> ArtifactBase {
        ArtifactBase::new(PathBuf::from("/repo/plans"), PathBuf::from("/repo"))
    }

    #[test]
    fn paths_are_relative_to_the_repository_root() {
        let uri = |p: &str| base().uri(Path::new(p), None);
        assert_eq!(
            uri("casarano/plan.yaml"),
            ArtifactUri::InRoot("plans/casarano/plan.yaml".into())
        );
        assert_eq!(
            uri("./città 1/a.yaml"),
            ArtifactUri::InRoot("plans/citt%C3%A0%201/a.yaml".into())
        );
        assert_eq!(
            uri("../examples/x/../y/plan.yaml"),
            ArtifactUri::InRoot("examples/y/plan.yaml".into())
        );
        assert_eq!(
            uri("/repo/plans/a.yaml"),
            ArtifactUri::InRoot("plans/a.yaml".into())
        );
        assert_eq!(
            uri("/tmp/other plan/a.yaml"),
            ArtifactUri::Absolute("file:///tmp/other%20plan/a.yaml".into())
        );
        assert_eq!(base().root_uri(), "file:///repo/");
        assert_eq!(
            base().path(Path::new("./città/a.yaml"), None),
            "plans/città/a.yaml"
        );
        assert_eq!(base().path(Path::new("/tmp/a.yaml"), None), "/tmp/a.yaml");
    }

    #[test]
    fn revision_files_are_named_from_the_root() {
        assert_eq!(
            base().uri(Path::new("main:plans/x/plan.yaml"), Some("main")),
            ArtifactUri::InRoot("plans/x/plan.yaml".into())
        );
    }
}
