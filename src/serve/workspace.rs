//! The plans a server shows, each held checked in memory and replaced whole when its
//! files change; a generation number tells open pages that something changed.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use tokio::sync::watch;

use crate::check::{self, CheckedPlan};
use crate::findings::policy::Overrides;
use crate::load::{self, LoadError};
use crate::source::plan_roots;

/// A plan as last loaded: checked, or why it could not be read at all.
pub type PlanState = Result<CheckedPlan, LoadError>;

/// One plan of the workspace.
pub struct PlanSlot {
    /// The name in the server's addresses: the plan folder's name.
    pub name: String,
    /// Where its files are on disk.
    pub root: PathBuf,
    state: RwLock<Arc<PlanState>>,
}

impl PlanSlot {
    /// The plan as last loaded.
    pub fn state(&self) -> Arc<PlanState> {
        match self.state.read() {
            Ok(state) => Arc::clone(&state),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    fn reload(&self) {
        let state = Arc::new(load_checked(&self.root));
        match self.state.write() {
            Ok(mut slot) => *slot = state,
            Err(poisoned) => *poisoned.into_inner() = state,
        }
    }
}

/// The plans under the path `pdz serve` was given: one plan, or a folder of plans.
pub struct Workspace {
    /// The path as given.
    pub root: PathBuf,
    pub plans: Vec<PlanSlot>,
    generation: watch::Sender<u64>,
}

impl Workspace {
    /// Finds and loads the plans under `root`. Fails when `root` cannot be read.
    pub fn open(root: &Path) -> std::io::Result<Workspace> {
        let roots = plan_roots(root)?;
        let plans = roots
            .into_iter()
            .map(|plan_root| PlanSlot {
                name: slot_name(&plan_root),
                state: RwLock::new(Arc::new(load_checked(&plan_root))),
                root: plan_root,
            })
            .collect();
        Ok(Workspace {
            root: root.to_path_buf(),
            plans,
            generation: watch::Sender::new(0),
        })
    }

    /// The plan of that name.
    pub fn plan(&self, name: &str) -> Option<&PlanSlot> {
        self.plans.iter().find(|p| p.name == name)
    }

    /// Whether the path named one plan (not a folder of plans).
    pub fn single(&self) -> bool {
        self.plans.len() == 1 && self.plans[0].root == self.root
    }

    /// Reloads the plans holding one of `changed` (every plan when a path is not inside
    /// any: a new folder, a rename) and tells the open pages.
    pub fn reload(&self, changed: &[PathBuf]) {
        let touched: Vec<&PlanSlot> = self
            .plans
            .iter()
            .filter(|plan| changed.iter().any(|path| inside(path, &plan.root)))
            .collect();
        if touched.is_empty() {
            self.plans.iter().for_each(PlanSlot::reload);
        } else {
            touched.into_iter().for_each(PlanSlot::reload);
        }
        self.generation.send_modify(|generation| *generation += 1);
    }

    /// The number of reloads so far.
    pub fn generation(&self) -> u64 {
        *self.generation.borrow()
    }

    /// A receiver woken at every reload.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.generation.subscribe()
    }
}

fn load_checked(root: &Path) -> PlanState {
    load::load(root).map(|loaded| check::check(loaded, &Overrides::default()))
}

/// The folder's (or file's) name; `plan` when the path has none (`.`).
fn slot_name(root: &Path) -> String {
    let absolute = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    absolute
        .components()
        .rev()
        .find_map(|c| match c {
            std::path::Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            _ => None,
        })
        .unwrap_or_else(|| "plan".to_string())
}

/// Whether `path` is `root` or below it, comparing absolute forms.
fn inside(path: &Path, root: &Path) -> bool {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    absolute(path).starts_with(absolute(root))
}
