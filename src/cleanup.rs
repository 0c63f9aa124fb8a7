//! Temporary files and folders, and child processes, that must not outlive pdz.
//!
//! pdz writes every output to a temporary file beside it and renames it at the end;
//! PDFs are printed by a Chromium in a temporary folder. Each path and each such process
//! is registered here while it exists. A command that ends on SIGINT, SIGTERM or SIGHUP
//! has a handler do [`finish`] (the processes killed, the paths removed) and then end as
//! the signal would have ended it. A program that stops gracefully on those signals
//! itself (`pdz serve`) says so with [`handle_signals_elsewhere`] and calls [`finish`]
//! when it stops.

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, Command, ExitStatus};
use std::sync::{Arc, Mutex, MutexGuard, Once};

/// What is pending: paths to remove, processes to kill, and whether pdz is finishing.
struct Registry {
    paths: Vec<PathBuf>,
    children: Vec<(u64, Arc<Mutex<Child>>)>,
    next_child: u64,
    /// Set by [`finish`]: no process is started any more.
    finished: bool,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    paths: Vec::new(),
    children: Vec::new(),
    next_child: 0,
    finished: false,
});
static HANDLER: Once = Once::new();

/// Keeps `path` on the list of what an interrupted run removes, until it is dropped.
#[must_use = "the path is forgotten when the guard is dropped"]
pub struct Pending(PathBuf);

impl Pending {
    /// Registers `path` (installing the signal handler the first time).
    pub fn register(path: &Path) -> Pending {
        install_handler();
        lock().paths.push(path.to_path_buf());
        Pending(path.to_path_buf())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        let mut registry = lock();
        if let Some(index) = registry.paths.iter().rposition(|p| *p == self.0) {
            registry.paths.swap_remove(index);
        }
    }
}

/// A child process that [`finish`] kills: registered from its start until it is dropped.
pub struct Running {
    id: u64,
    child: Arc<Mutex<Child>>,
}

impl Running {
    /// Starts `command` and registers the process (installing the signal handler the
    /// first time). Refused once pdz is finishing, so that nothing starts after [`finish`].
    pub fn spawn(command: &mut Command) -> std::io::Result<Running> {
        install_handler();
        let mut registry = lock();
        if registry.finished {
            return Err(std::io::Error::new(
                std::io::ErrorKind::Interrupted,
                "pdz is stopping",
            ));
        }
        let child = Arc::new(Mutex::new(command.spawn()?));
        let id = registry.next_child;
        registry.next_child += 1;
        registry.children.push((id, Arc::clone(&child)));
        Ok(Running { id, child })
    }

    /// Its standard error, once (when it was piped).
    pub fn take_stderr(&self) -> Option<ChildStderr> {
        self.child().stderr.take()
    }

    /// Its exit status if it has ended (killed by [`finish`] included).
    pub fn try_wait(&self) -> std::io::Result<Option<ExitStatus>> {
        self.child().try_wait()
    }

    /// Kills it and waits for it to end.
    pub fn kill(&self) {
        let mut child = self.child();
        let _ = child.kill();
        let _ = child.wait();
    }

    fn child(&self) -> MutexGuard<'_, Child> {
        self.child
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        lock().children.retain(|(id, _)| *id != self.id);
    }
}

/// Kills every registered process (and waits for it), removes every registered file and
/// folder, and refuses to start processes from now on: what ends pdz cleanly.
pub fn finish() {
    let (children, paths) = {
        let mut registry = lock();
        registry.finished = true;
        (
            std::mem::take(&mut registry.children),
            std::mem::take(&mut registry.paths),
        )
    };
    for (_, child) in children {
        let mut child = child
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        // One that has already ended is not there to kill: fine.
        let _ = child.kill();
        let _ = child.wait();
    }
    for path in paths {
        // A file already renamed into place, or never created, is not there: fine.
        let _ = std::fs::remove_file(&path).or_else(|_| std::fs::remove_dir_all(&path));
    }
}

/// For a program that stops gracefully on SIGINT, SIGTERM and SIGHUP itself and calls
/// [`finish`] as it stops: no handler ending the process is installed, now or later.
pub fn handle_signals_elsewhere() {
    HANDLER.call_once(|| {});
}

fn lock() -> MutexGuard<'static, Registry> {
    // A thread that panicked while holding the registry left it usable.
    REGISTRY
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
                finish();
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
    #[cfg(unix)]
    fn finishing_kills_processes_removes_paths_and_starts_nothing_more() {
        // No handler in a test process: a signal to it must not be taken over.
        handle_signals_elsewhere();
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
        let sleeper = Running::spawn(Command::new("sleep").arg("30")).unwrap();
        assert!(sleeper.try_wait().unwrap().is_none());
        finish();
        assert!(!file.exists());
        assert!(!folder.exists());
        assert!(kept.exists());
        assert!(sleeper.try_wait().unwrap().is_some(), "killed");
        assert!(Running::spawn(&mut Command::new("true")).is_err());
    }
}
