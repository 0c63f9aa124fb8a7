//! The domain model of a *Piano sociale di zona*.
//!
//! It knows nothing of files or formats: values carry a [`Span`] so that
//! findings can point at them, and nothing else about where they came from.

mod actual;
mod ambito;
mod area;
mod classification;
mod date;
mod fund;
mod id;
mod intervention;
mod leps;
mod located;
mod money;
mod need;
mod plan;
mod programme;
mod quantity;
mod staff;
mod target;
mod vocabulary;
pub(crate) use vocabulary::vocabulary;
mod year;

pub use actual::{Actual, Decrease, Figure, Uncommitted};
pub use ambito::{Ambito, Body, Comune, Member, MemberKind};
pub use area::Area;
pub use classification::{AREA_AXIS, ClassAssignment, ClassCode, Classification, is_code};
pub use date::Date;
pub use fund::{Fund, Split};
pub use id::{Id, InvalidId};
pub use intervention::{BudgetLine, Indicator, Intervention, Management, Reach, Status};
pub use leps::Leps;
pub use located::{FileId, Located, Span};
pub use money::{AmountError, Cents};
pub use need::Need;
pub use plan::{Approval, Period, Plan};
pub use programme::{Binds, Earmark, FundKind, Programme, Rules, Scope, Sourced};
pub use quantity::Hundredths;
pub use staff::{Contract, SOCIAL_WORKER_ROLE, StaffMember};
pub use target::Target;
pub use vocabulary::Vocabulary;

pub use year::Year;
