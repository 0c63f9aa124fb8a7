//! Merging the sections of a plan's files: lists concatenate, single sections
//! are collected with their places so that a second definition can be reported.

use super::file_sections::FileSections;
use super::lower::Lists;
use crate::findings::Level;
use crate::model::{FileId, Located, Span};
use crate::plan_file::{
    AmbitoSection, AreaEntry, Choice, ClassificationEntry, FundEntry, IdText, LepsEntry, NeedEntry,
    PlanSection, ProgrammeEntry, StaffEntry,
};
use crate::yaml::Attempt;

/// The sections of all files of a plan, in file order.
#[derive(Default)]
pub struct Sections<'f> {
    /// The file findings about the plan as a whole point at.
    pub first_file: FileId,
    /// Whether every file could be read: otherwise a missing section may be
    /// in a file that could not, and is not reported.
    pub complete: bool,
    pub versions: Vec<&'f Located<u64>>,
    /// Every `plan:` section; `None` for one that could not be read.
    pub plan: Vec<Located<Option<&'f PlanSection>>>,
    pub ambito: Vec<Located<Option<&'f AmbitoSection>>>,
    pub areas: Vec<&'f AreaEntry>,
    pub classifications: Vec<&'f ClassificationEntry>,
    pub leps: Vec<&'f LepsEntry>,
    pub programmes: Vec<&'f ProgrammeEntry>,
    pub funds: Vec<&'f FundEntry>,
    /// `None` when no file has a `staff` section.
    pub staff: Option<Vec<&'f StaffEntry>>,
    pub needs: Vec<&'f NeedEntry>,
    pub checks: Vec<(&'f Located<IdText>, &'f Located<Choice<Level>>)>,
}

/// Takes the lowered lists out of the decoded files, in the order given (the files are
/// left without them).
pub fn take_lists(files: &mut [(FileId, FileSections)]) -> Lists {
    let mut lists = Lists::default();
    for (_, file) in files {
        append(&mut lists.interventions, &mut file.interventions);
        append(&mut lists.actuals, &mut file.actuals);
    }
    lists
}

/// Moves `more` to the end of `all`, without a copy when `all` is empty (a plan whose
/// interventions are all in one file).
fn append<T>(all: &mut Vec<T>, more: &mut Vec<T>) {
    if all.is_empty() {
        std::mem::swap(all, more);
    } else {
        all.append(more);
    }
}

/// Collects the sections of the decoded files, in the order given.
pub fn merge<'f>(files: &'f [(FileId, FileSections)], complete: bool) -> Sections<'f> {
    let mut sections = Sections {
        first_file: files.first().map(|(id, _)| *id).unwrap_or_default(),
        complete,
        ..Sections::default()
    };
    for (_, file) in files {
        sections.versions.extend(file.pdz.as_ref());
        if let Some(plan) = &file.plan {
            sections.plan.push(located_option(plan));
        }
        if let Some(ambito) = &file.ambito {
            sections.ambito.push(located_option(ambito));
        }
        sections.areas.extend(read(&file.areas));
        sections.classifications.extend(read(&file.classifications));
        sections.leps.extend(read(&file.leps));
        sections.programmes.extend(read(&file.programmes));
        sections.funds.extend(read(&file.funds));
        if let Some(staff) = &file.staff {
            sections
                .staff
                .get_or_insert_with(Vec::new)
                .extend(read(&staff.value));
        }
        sections.needs.extend(read(&file.needs));
        if let Some(checks) = &file.checks {
            sections.checks.extend(checks.0.iter().map(|(k, v)| (k, v)));
        }
    }
    sections
}

fn read<T>(entries: &[Attempt<T>]) -> impl Iterator<Item = &T> {
    entries.iter().filter_map(Attempt::as_option)
}

fn located_option<T>(section: &Located<Attempt<T>>) -> Located<Option<&T>> {
    Located::new(section.value.as_option(), section.span)
}

impl Sections<'_> {
    /// The start of the first file, for findings about the plan as a whole.
    pub fn plan_start(&self) -> Span {
        Span::file_start(self.first_file)
    }
}
