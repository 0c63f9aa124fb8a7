//! Files written whole or not at all: into a temporary file beside the target,
//! renamed over it once complete.

use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::OutputError;
use crate::cleanup::Pending;

/// A complete file waiting beside its target, removed if pdz is interrupted or fails.
pub(super) struct Staged {
    file: NamedTempFile,
    target: PathBuf,
    _pending: Pending,
}

/// Writes `bytes` into a temporary file in `target`'s directory.
pub(super) fn stage(target: &Path, bytes: &[u8]) -> Result<Staged, OutputError> {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(OutputError::MissingDirectory(dir));
    }
    if target.is_dir() {
        return Err(OutputError::IsAFolder(target.to_path_buf()));
    }
    let io = |e| OutputError::Io(target.to_path_buf(), e);
    let mut file = NamedTempFile::new_in(&dir).map_err(io)?;
    let pending = Pending::register(file.path());
    file.write_all(bytes).map_err(io)?;
    // Temporary files are private; the output gets the permissions of the file it
    // replaces, or the usual ones for a new file.
    let permissions = match std::fs::metadata(target) {
        Ok(existing) => Some(existing.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(permissions) = permissions {
        file.as_file().set_permissions(permissions).map_err(io)?;
    }
    file.as_file().sync_all().map_err(io)?;
    Ok(Staged {
        file,
        target: target.to_path_buf(),
        _pending: pending,
    })
}

impl Staged {
    /// Renames the file over its target.
    pub(super) fn commit(self) -> Result<(), OutputError> {
        let Staged { file, target, .. } = self;
        file.persist(&target)
            .map_err(|e| OutputError::Io(target.clone(), e.error))?;
        Ok(())
    }
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}
