//! Building the domain model from the decoded file format, validating every value.
//!
//! Each function validates one section. A value that does not validate is
//! reported where it is written; entries keep going so that every problem
//! shows at once.

mod catalogue;
mod classifications;
mod funds;
mod interventions;
mod plan;
mod sections;
mod values;

pub(crate) use values::amount_messages;

pub use catalogue::{leps, programme, programmes};
pub use interventions::intervention;
pub use plan::{Lists, plan};
pub use sections::actual;
pub use values::Lower;
