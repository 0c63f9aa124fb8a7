//! Classification axes and the interventions' codes on them.

use super::values::Lower;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{AREA_AXIS, ClassAssignment, ClassCode, Classification, Located, is_code};
use crate::plan_file::{ClassCodeEntry, ClassEntries, ClassificationEntry, CodeText};

pub fn classification(raw: &ClassificationEntry, lower: &mut Lower) -> Classification {
    let id = lower.id(&raw.id);
    if id.value.as_str() == AREA_AXIS {
        lower.report(
            Finding::new(
                Code::Schema,
                Message::new("schema-class-reserved").with("axis", AREA_AXIS),
                id.span,
            )
            .help(Message::new("schema-class-reserved-help")),
        );
    }
    Classification {
        id,
        name: raw.name.clone(),
        source: raw.source.clone(),
        url: raw.url.clone(),
        required: raw.required.unwrap_or(false),
        description: raw.description.clone(),
        codes: raw.codes.iter().map(|c| class_code(c, lower)).collect(),
    }
}

fn class_code(raw: &ClassCodeEntry, lower: &mut Lower) -> ClassCode {
    ClassCode {
        code: code(&raw.code, lower),
        name: raw.name.clone(),
        description: raw.description.clone(),
    }
}

/// An intervention's `classes`, axis → code, in the order written.
pub fn classes(raw: Option<&Located<ClassEntries>>, lower: &mut Lower) -> Vec<ClassAssignment> {
    let Some(raw) = raw else {
        return Vec::new();
    };
    raw.value
        .0
        .iter()
        .map(|(axis, code)| ClassAssignment {
            axis: lower.id(axis),
            code: self::code(code, lower),
        })
        .collect()
}

/// A code. An invalid one is reported and kept as written, like an invalid id.
fn code(raw: &Located<CodeText>, lower: &mut Lower) -> Located<String> {
    let text = &raw.value.0;
    if !is_code(text) {
        lower.report(
            Finding::new(
                Code::Schema,
                Message::new("schema-class-code").with("text", text.as_str()),
                raw.span,
            )
            .help(Message::new("schema-class-code-help")),
        );
    }
    Located::new(text.to_string(), raw.span)
}
