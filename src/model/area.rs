//! Strategic areas (*aree strategiche*).

use super::{Id, Located};

/// A strategic area; the plan lists them in display order.
#[derive(Clone, Debug)]
pub struct Area {
    pub id: Located<Id>,
    pub name: String,
    pub description: Option<String>,
}
