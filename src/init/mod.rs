//! `pdz init`: the files of a new plan, ready to check and to complete.
//!
//! The files come from the templates in `templates/init/` (compiled in): the
//! plan and its ambito, the seven strategic areas of the Puglia regional plan,
//! one fund allocation and one intervention using it, the staff, the needs, and
//! every built-in programme as a commented example. Each file starts with the
//! modeline that gives editors the plan file's JSON Schema.

mod workbook;

use std::path::PathBuf;

use serde::Serialize;

use crate::catalog;
use crate::model::{Cents, Id, Vocabulary};
use crate::plan_file::yaml_quoted;

pub use workbook::template as workbook_template;

/// The name of the JSON Schema file written beside the plan, for the modelines.
pub const SCHEMA_FILE: &str = "pdz.schema.json";

/// The templates, by the path of the file each one becomes.
const TEMPLATES: [(&str, &str); 6] = [
    ("plan.yaml", include_str!("../../templates/init/plan.yaml")),
    (
        "areas.yaml",
        include_str!("../../templates/init/areas.yaml"),
    ),
    (
        "funds.yaml",
        include_str!("../../templates/init/funds.yaml"),
    ),
    (
        "interventions/welfare-accesso.yaml",
        include_str!("../../templates/init/interventions/welfare-accesso.yaml"),
    ),
    (
        "staff.yaml",
        include_str!("../../templates/init/staff.yaml"),
    ),
    (
        "needs.yaml",
        include_str!("../../templates/init/needs.yaml"),
    ),
];

/// The programme of the allocation the scaffold uses (the others are commented examples).
const LIVE_PROGRAMME: &str = "fnps";

/// The yearly amount of the example intervention.
const YEARLY_AMOUNT: Cents = Cents::from_euro(30_000);

/// What a new plan is about.
#[derive(Clone, Debug)]
pub struct Scaffold {
    /// The ambito's name, e.g. `Ambito Territoriale Sociale di Casarano`.
    pub ambito_name: String,
    /// First and last plan year.
    pub from: u16,
    pub to: u16,
}

/// The values the templates use.
#[derive(Serialize)]
struct Context {
    schema: &'static str,
    title: String,
    title_yaml: String,
    ambito_name: String,
    ambito_name_yaml: String,
    ambito_id: String,
    from: u16,
    to: u16,
    years: Vec<u16>,
    yearly_amount: String,
    fnps_amount: String,
    programmes: Vec<ProgrammeExample>,
}

/// A built-in programme, shown as a commented allocation.
#[derive(Serialize)]
struct ProgrammeExample {
    id: String,
    name: String,
    kind: &'static str,
    source: Option<String>,
}

/// The files of the new plan (path relative to its directory, text), the JSON Schema
/// included. An error names a template that does not render (a defect of pdz).
pub fn files(scaffold: &Scaffold) -> Result<Vec<(PathBuf, String)>, String> {
    let years: Vec<u16> = (scaffold.from..=scaffold.to).collect();
    let title = format!("Piano sociale di zona {}-{}", scaffold.from, scaffold.to);
    let context = Context {
        schema: SCHEMA_FILE,
        title_yaml: yaml_quoted(&title),
        title,
        ambito_name_yaml: yaml_quoted(&scaffold.ambito_name),
        ambito_id: ambito_id(&scaffold.ambito_name),
        ambito_name: one_line(&scaffold.ambito_name),
        from: scaffold.from,
        to: scaffold.to,
        yearly_amount: YEARLY_AMOUNT.to_fixed(),
        fnps_amount: Cents::new(YEARLY_AMOUNT.get() * years.len() as i128).to_fixed(),
        years,
        programmes: catalog::builtin()
            .programmes
            .iter()
            .filter(|p| p.id.as_str() != LIVE_PROGRAMME)
            .map(|p| ProgrammeExample {
                id: p.id.as_str().to_owned(),
                name: one_line(&p.name),
                kind: p.kind.word(),
                source: p.source.as_deref().map(one_line),
            })
            .collect(),
    };
    let mut tera = tera::Tera::new();
    tera.add_raw_templates(TEMPLATES)
        .map_err(|e| e.to_string())?;
    let context = tera::Context::from_serialize(&context).map_err(|e| e.to_string())?;
    let mut files = Vec::with_capacity(TEMPLATES.len() + 1);
    for (path, _) in TEMPLATES {
        let text = tera.render(path, &context).map_err(|e| e.to_string())?;
        files.push((PathBuf::from(path), text));
    }
    let schema = serde_json::to_string_pretty(&crate::plan_file::json_schema())
        .map_err(|e| e.to_string())?;
    files.push((PathBuf::from(SCHEMA_FILE), schema + "\n"));
    Ok(files)
}

/// The ambito's id: `ats-` and the slug of its name without the words "ambito
/// territoriale sociale (di)" (`Ambito Territoriale Sociale di Casarano` → `ats-casarano`).
pub fn ambito_id(name: &str) -> String {
    let slug = Id::from_name(name)
        .map(|id| id.as_str().to_owned())
        .unwrap_or_default();
    let place = [
        "ambito-territoriale-sociale-",
        "ambito-sociale-",
        "ambito-",
        "ats-",
    ]
    .iter()
    .find_map(|prefix| slug.strip_prefix(prefix))
    .unwrap_or(&slug);
    let place = place.strip_prefix("di-").unwrap_or(place);
    if place.is_empty() {
        "ats".to_owned()
    } else {
        format!("ats-{place}")
    }
}

/// Text on one line, for a comment.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
