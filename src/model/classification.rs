//! Classification axes besides the strategic area: the Region's areas, the FNPS
//! macro-livelli, a nomenclatore. A plan declares each axis with its codes.

use super::{Id, Intervention, Located};

/// The id of the built-in axis, the strategic areas: `--by area`. A plan cannot declare it.
pub const AREA_AXIS: &str = "area";

/// An axis classifying the interventions, declared by the plan.
#[derive(Clone, Debug)]
pub struct Classification {
    pub id: Located<Id>,
    pub name: String,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Whether every intervention must have a code on this axis.
    pub required: bool,
    pub description: Option<String>,
    /// The codes, in display order.
    pub codes: Vec<ClassCode>,
}

/// One code of an axis, with its label.
#[derive(Clone, Debug)]
pub struct ClassCode {
    /// As written: codes may have capitals (`A1.01`), unlike ids.
    pub code: Located<String>,
    pub name: String,
    pub description: Option<String>,
}

/// An intervention's code on one axis, as written in its `classes`.
#[derive(Clone, Debug)]
pub struct ClassAssignment {
    pub axis: Located<Id>,
    pub code: Located<String>,
}

/// Whether `text` can be a code: letters, digits and `._/-`, starting with a letter or a digit.
pub fn is_code(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '/' | '-'))
}

impl Classification {
    /// The position of `code` among the axis's codes.
    pub fn position(&self, code: &str) -> Option<usize> {
        self.codes.iter().position(|c| c.code.value == code)
    }

    /// The position of the intervention's code among the axis's codes; `None` when it
    /// has none on this axis (or an unknown one, which the checks report).
    pub fn code_of(&self, intervention: &Intervention) -> Option<usize> {
        intervention
            .class(&self.id.value)
            .and_then(|code| self.position(code))
    }
}

impl Intervention {
    /// The intervention's code on the axis `axis`, if it has one.
    pub fn class(&self, axis: &Id) -> Option<&str> {
        self.classes
            .iter()
            .find(|c| c.axis.value == *axis)
            .map(|c| c.code.value.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::is_code;

    #[test]
    fn codes_are_words_without_spaces() {
        for good in ["famiglia-minori", "A1.01", "3", "LA/2", "x_y"] {
            assert!(is_code(good), "{good}");
        }
        for bad in ["", " A1", "A 1", "-a", ".1", "àrea", "a\n"] {
            assert!(!is_code(bad), "{bad:?}");
        }
    }
}
