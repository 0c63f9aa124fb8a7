//! Reloads the workspace when a plan file changes on disk: events are gathered for a
//! short while (an editor's save is several), then the plans touched are loaded again.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use super::workspace::Workspace;

/// How long after a change further changes are gathered into the same reload.
const SETTLE: Duration = Duration::from_millis(150);

/// Watches the workspace's path until the returned watcher is dropped.
pub fn watch(workspace: Arc<Workspace>) -> notify::Result<notify::RecommendedWatcher> {
    let (sender, events) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(sender)?;
    let root = std::path::absolute(&workspace.root).unwrap_or_else(|_| workspace.root.clone());
    watcher.watch(&root, RecursiveMode::Recursive)?;
    std::thread::spawn(move || {
        // Ends when the watcher, and with it the sender, is dropped.
        while let Ok(first) = events.recv() {
            let mut changed = relevant(first);
            while let Ok(next) = events.recv_timeout(SETTLE) {
                changed.extend(relevant(next));
            }
            if !changed.is_empty() {
                workspace.reload(&changed);
            }
        }
    });
    Ok(watcher)
}

/// The paths of an event that can change a plan: YAML files and folders, not an editor's
/// swap and backup files nor anything under `.git`.
fn relevant(event: notify::Result<notify::Event>) -> Vec<PathBuf> {
    let Ok(event) = event else { return Vec::new() };
    if event.kind.is_access() {
        return Vec::new();
    }
    event
        .paths
        .into_iter()
        .filter(|path| plan_path(path))
        .collect()
}

fn plan_path(path: &Path) -> bool {
    if path.components().any(|c| c.as_os_str() == ".git") {
        return false;
    }
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml"),
        // A folder created, removed or renamed; a file without extension is not read.
        None => !path.is_file(),
    }
}
