//! The plans a server shows, each held checked in memory and replaced whole when its
//! files change; a generation number tells open pages that something changed.
//!
//! For a folder of plans, the plans themselves are found again at every reload: a plan
//! folder added while serving is served, one removed is gone.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

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
    fn load(root: PathBuf) -> PlanSlot {
        PlanSlot {
            name: slot_name(&root),
            state: RwLock::new(Arc::new(load_checked(&root))),
            root,
        }
    }

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
    /// Whether the path is one plan (else a folder of plans, found again at each reload).
    single: bool,
    plans: RwLock<Vec<Arc<PlanSlot>>>,
    generation: AtomicU64,
}

impl Workspace {
    /// Finds and loads the plans under `root`. Fails when `root` cannot be read.
    pub fn open(root: &Path) -> std::io::Result<Workspace> {
        let roots = plan_roots(root)?;
        let single = roots.len() == 1 && roots[0] == root;
        let plans = roots
            .into_iter()
            .map(|plan_root| Arc::new(PlanSlot::load(plan_root)))
            .collect();
        Ok(Workspace {
            root: root.to_path_buf(),
            single,
            plans: RwLock::new(plans),
            generation: AtomicU64::new(0),
        })
    }

    /// The plans now, in the order of their folders.
    pub fn plans(&self) -> Vec<Arc<PlanSlot>> {
        self.read().clone()
    }

    /// The plan of that name.
    pub fn plan(&self, name: &str) -> Option<Arc<PlanSlot>> {
        self.read().iter().find(|p| p.name == name).cloned()
    }

    /// Whether the path named one plan (not a folder of plans).
    pub fn single(&self) -> bool {
        self.single
    }

    /// Reloads the plans holding one of `changed` (every plan when a path is not inside
    /// any: a rename); for a folder of plans, first serves the plan folders added and
    /// forgets those removed. Then tells the open pages. Plans are loaded with no lock on
    /// the list held: pages go on being made from a plan as it was until it is replaced.
    pub fn reload(&self, changed: &[PathBuf]) {
        let Found { plans, came, went } = self.find_again();
        let touched: Vec<&Arc<PlanSlot>> = plans
            .iter()
            .filter(|plan| !came.contains(&plan.root))
            .filter(|plan| changed.iter().any(|path| inside(path, &plan.root)))
            .collect();
        if touched.is_empty() && came.is_empty() && !went {
            plans.iter().for_each(|plan| plan.reload());
        } else {
            touched.into_iter().for_each(|plan| plan.reload());
        }
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// For a folder of plans, the plans there now, put in place: those already served as
    /// they are, those that came loaded.
    fn find_again(&self) -> Found {
        let before = self.plans();
        let roots = match plan_roots(&self.root) {
            Ok(roots) if !self.single => roots,
            _ => {
                return Found {
                    plans: before,
                    came: Vec::new(),
                    went: false,
                };
            }
        };
        let mut came = Vec::new();
        let plans: Vec<Arc<PlanSlot>> = roots
            .into_iter()
            .map(|root| match before.iter().find(|plan| plan.root == root) {
                Some(plan) => Arc::clone(plan),
                None => {
                    came.push(root.clone());
                    Arc::new(PlanSlot::load(root))
                }
            })
            .collect();
        let went = plans.len() - came.len() != before.len();
        *self.write() = plans.clone();
        Found { plans, came, went }
    }

    /// The number of reloads so far.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    fn read(&self) -> RwLockReadGuard<'_, Vec<Arc<PlanSlot>>> {
        self.plans
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, Vec<Arc<PlanSlot>>> {
        self.plans
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn load_checked(root: &Path) -> PlanState {
    load::load(root).map(|loaded| check::check(loaded, &Overrides::default()))
}

/// The plans of a workspace found again, and the roots of those that came since.
struct Found {
    plans: Vec<Arc<PlanSlot>>,
    came: Vec<PathBuf>,
    went: bool,
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

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "plans/casarano-2022-2024";

    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &to.join(entry.file_name()));
            } else {
                std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
            }
        }
    }

    #[test]
    fn plan_folders_added_and_removed_while_serving_come_and_go() {
        let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN);
        let dir = tempfile::tempdir().unwrap();
        copy(&demo, &dir.path().join("uno"));
        let workspace = Workspace::open(dir.path()).unwrap();
        assert!(!workspace.single());
        assert_eq!(workspace.plans().len(), 1);

        copy(&demo, &dir.path().join("due"));
        workspace.reload(&[dir.path().join("due")]);
        let names: Vec<String> = workspace.plans().iter().map(|p| p.name.clone()).collect();
        assert_eq!(names, ["due", "uno"]);
        assert!(workspace.plan("due").is_some_and(|p| p.state().is_ok()));

        std::fs::remove_dir_all(dir.path().join("uno")).unwrap();
        workspace.reload(&[dir.path().join("uno")]);
        assert!(workspace.plan("uno").is_none());
        assert_eq!(workspace.generation(), 2);
    }
}
