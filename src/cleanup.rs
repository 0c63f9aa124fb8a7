//! Temporary files and folders that must not outlive an interrupted run.
//!
//! pdz writes every output to a temporary file beside it and renames it at the end;
//! PDFs are printed in a temporary folder. Each is registered here while it exists,
//! and on SIGINT, SIGTERM or SIGHUP pdz removes them all before it ends as the
//! signal would have ended it.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static HANDLER: Once = Once::new();

/// Keeps `path` on the list of what an interrupted run removes, until it is dropped.
#[must_use = "the path is forgotten when the guard is dropped"]
pub struct Pending(PathBuf);

impl Pending {
    /// Registers `path` (installing the signal handler the first time).
    pub fn register(path: &Path) -> Pending {
        install_handler();
        lock().push(path.to_path_buf());
        Pending(path.to_path_buf())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        let mut pending = lock();
        if let Some(index) = pending.iter().rposition(|p| *p == self.0) {
            pending.swap_remove(index);
        }
    }
}

/// Removes every registered file and folder (what the signal handler does).
pub fn remove_pending() {
    for path in lock().drain(..) {
        // A file already renamed into place, or never created, is not there: fine.
        let _ = std::fs::remove_file(&path).or_else(|_| std::fs::remove_dir_all(&path));
    }
}

fn lock() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A thread that panicked while holding the list left it usable.
    PENDING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(unix)]
fn install_handler() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    HANDLER.call_once(|| {
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return; // Without a handler, the signal ends pdz as usual.
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                remove_pending();
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
    });
}

#[cfg(not(unix))]
fn install_handler() {
    HANDLER.call_once(|| {});
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_paths_are_removed_and_dropped_ones_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.tmp");
        let folder = dir.path().join("work");
        let kept = dir.path().join("kept");
        std::fs::write(&file, "x").unwrap();
        std::fs::create_dir_all(folder.join("inner")).unwrap();
        std::fs::write(&kept, "x").unwrap();
        let _file = Pending::register(&file);
        let _folder = Pending::register(&folder);
        drop(Pending::register(&kept));
        remove_pending();
        assert!(!file.exists());
        assert!(!folder.exists());
        assert!(kept.exists());
    }
}
