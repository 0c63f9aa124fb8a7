//! Where `--output` writes, and what it must never replace.
//!
//! Every command writes through a [`Destination`], so the rules hold everywhere:
//! never over a file the command reads, a regular file replaced atomically (through
//! a symbolic link, the file it points at, the link kept), a device or a FIFO
//! (`/dev/null`, `/dev/stdout`) written into directly, a folder refused.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::OutputError;
use super::atomic;

/// An output path and the input files it must not replace.
#[derive(Debug)]
pub struct Destination {
    path: PathBuf,
    /// The inputs' real paths.
    protected: Vec<PathBuf>,
}

impl Destination {
    /// `path`, refusing to replace any of `inputs`.
    pub fn new(path: &Path, inputs: impl IntoIterator<Item = PathBuf>) -> Destination {
        Destination {
            path: path.to_path_buf(),
            protected: inputs
                .into_iter()
                .filter_map(|p| p.canonicalize().ok())
                .collect(),
        }
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Refuses, before any work is done, a path that is one of the inputs.
    pub fn check(&self) -> Result<(), OutputError> {
        self.refuse_input(&self.path)
    }

    /// Writes `bytes` to the path, whole or not at all.
    pub fn write(&self, bytes: &[u8]) -> Result<(), OutputError> {
        self.refuse_input(&self.path)?;
        let io = |e| OutputError::Io(self.path.clone(), e);
        match std::fs::metadata(&self.path) {
            // A new file, or a symbolic link to nothing (reported as missing).
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                if std::fs::symlink_metadata(&self.path).is_ok() {
                    return Err(io(error));
                }
                atomic::stage(&self.path, bytes)?.commit()
            }
            Err(error) => Err(io(error)),
            Ok(meta) if meta.is_dir() => Err(OutputError::IsAFolder(self.path.clone())),
            Ok(meta) if meta.is_file() => {
                // Through links, the file they point at: the links stay links.
                let real = self.path.canonicalize().map_err(io)?;
                atomic::stage(&real, bytes)?.commit()
            }
            // A device, a FIFO or a socket cannot be replaced: write into it.
            Ok(_) => std::fs::OpenOptions::new()
                .write(true)
                .open(&self.path)
                .and_then(|mut target| target.write_all(bytes))
                .map_err(io),
        }
    }

    /// Writes `files` (name, text) into the path as a folder (created if its parent
    /// exists): every file is written completely before any replaces an old one, so a
    /// failure leaves the folder as it was.
    pub fn write_folder(&self, files: &[(String, String)]) -> Result<(), OutputError> {
        let dir = &self.path;
        let created = match std::fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => false,
            Ok(_) => return Err(OutputError::NotAFolder(dir.clone())),
            Err(_) => {
                let parent = dir
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                if !parent.is_dir() {
                    return Err(OutputError::MissingDirectory(parent.to_path_buf()));
                }
                std::fs::create_dir(dir).map_err(|e| OutputError::Io(dir.clone(), e))?;
                true
            }
        };
        let staged = files
            .iter()
            .map(|(name, text)| {
                let target = dir.join(name);
                self.refuse_input(&target)?;
                atomic::stage(&target, text.as_bytes())
            })
            .collect::<Result<Vec<_>, _>>()
            .and_then(|staged| staged.into_iter().try_for_each(atomic::Staged::commit));
        if staged.is_err() && created {
            let _ = std::fs::remove_dir_all(dir);
        }
        staged
    }

    fn refuse_input(&self, path: &Path) -> Result<(), OutputError> {
        match path.canonicalize() {
            Ok(real) if self.protected.contains(&real) => {
                Err(OutputError::WouldOverwriteInput(path.to_path_buf()))
            }
            // A file that does not exist yet is no input.
            _ => Ok(()),
        }
    }
}
