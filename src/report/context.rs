//! What every report builder needs: the plan, the scope and the language.

use std::collections::BTreeMap;

use super::model::Cell;
use super::scope::Scope;
use crate::i18n::{self, Lang, Message};
use crate::model::{Cents, FundKind, Id, Plan, Target, Vocabulary, Year};

/// The plan, the part of it shown, and the language of labels.
pub struct Context<'p> {
    pub plan: &'p Plan,
    pub scope: Scope,
    pub lang: Lang,
}

impl<'p> Context<'p> {
    /// A label without arguments.
    pub fn t(&self, key: &'static str) -> String {
        i18n::label(self.lang, key)
    }

    /// A message with arguments.
    pub fn tr(&self, message: Message) -> String {
        i18n::tr(self.lang, &message)
    }

    /// The plan years shown.
    pub fn years(&self) -> Vec<Year> {
        self.scope.years(self.plan)
    }

    /// Column labels for the plan years shown.
    pub fn year_columns(&self) -> Vec<String> {
        self.years().iter().map(Year::to_string).collect()
    }

    /// The kind of money of an allocation (through its programme).
    pub fn fund_kind(&self, fund: &Id) -> Option<FundKind> {
        let fund = self.plan.fund(fund)?;
        self.plan.programme(&fund.programme.value).map(|p| p.kind)
    }

    /// How an allocation is named: its `name`, else its id.
    pub fn fund_label(&self, fund: &Id) -> String {
        self.plan
            .fund(fund)
            .and_then(|f| f.name.clone())
            .unwrap_or_else(|| fund.to_string())
    }

    /// How a kind of money is named.
    pub fn kind_label(&self, kind: FundKind) -> String {
        self.t(kind_key(kind))
    }

    /// How a target group is named: `poverta` is "persone in povertà".
    pub fn target_label(&self, target: Target) -> String {
        self.t(match target {
            Target::Minori => "target-minori",
            Target::Famiglie => "target-famiglie",
            Target::Giovani => "target-giovani",
            Target::Adulti => "target-adulti",
            Target::Anziani => "target-anziani",
            Target::AnzianiNonAutosufficienti => "target-anziani-non-autosufficienti",
            Target::Disabili => "target-disabili",
            Target::DisabilitaGravissima => "target-disabilita-gravissima",
            Target::Poverta => "target-poverta",
            Target::SenzaDimora => "target-senza-dimora",
            Target::DonneVittimeViolenza => "target-donne-vittime-violenza",
            Target::Immigrati => "target-immigrati",
            Target::Dipendenze => "target-dipendenze",
            Target::Comunita => "target-comunita",
        })
    }

    /// How a staff role is named: the common ones in words, any other as written.
    pub fn role_label(&self, role: &Id) -> String {
        let key = match role.as_str() {
            "assistente-sociale" => "role-assistente-sociale",
            "educatore" => "role-educatore",
            "psicologo" => "role-psicologo",
            "amministrativo" => "role-amministrativo",
            "oss" | "operatore-socio-sanitario" => "role-oss",
            "mediatore-culturale" => "role-mediatore-culturale",
            _ => return role.to_string(),
        };
        self.t(key)
    }

    /// How an area is named.
    pub fn area_label(&self, area: &Id) -> String {
        self.plan
            .area(area)
            .map_or_else(|| area.to_string(), |a| a.name.clone())
    }

    /// Money cells for the years shown, then the total.
    pub fn money_by_year(&self, by_year: &BTreeMap<Year, Cents>) -> Vec<Cell> {
        let years = self.years();
        let mut cells: Vec<Cell> = years
            .iter()
            .map(|y| Cell::money_or_dash(by_year.get(y).copied().unwrap_or_default()))
            .collect();
        cells.push(Cell::money_or_dash(
            years.iter().filter_map(|y| by_year.get(y)).sum(),
        ));
        cells
    }
}

/// The catalogue key naming a kind of money.
pub fn kind_key(kind: FundKind) -> &'static str {
    match kind {
        FundKind::Eu => "kind-eu",
        FundKind::Pnrr => "kind-pnrr",
        FundKind::National => "kind-national",
        FundKind::Regional => "kind-regional",
        FundKind::Municipal => "kind-municipal",
        FundKind::Health => "kind-health",
        FundKind::Users => "kind-users",
    }
}

/// Adds `amount` to the year's sum.
pub fn add(by_year: &mut BTreeMap<Year, Cents>, year: Year, amount: Cents) {
    *by_year.entry(year).or_default() += amount;
}

/// The share of `part` in `whole`, in basis points, rounded half up (0 for an empty whole).
pub fn share(part: Cents, whole: Cents) -> i128 {
    match whole.get() {
        0 => 0,
        whole => (part.get() * 20_000 + whole) / (2 * whole),
    }
}

/// The share of `part` in `whole` as a cell: a dash when `whole` is nothing (a rate of
/// 0 over 0 is no rate, not 0 %).
pub fn share_cell(part: Cents, whole: Cents) -> Cell {
    if whole.get() == 0 {
        Cell::NoRate
    } else {
        Cell::Percent(share(part, whole))
    }
}

/// Every kind of money, in the order reports show them.
pub fn kinds() -> impl Iterator<Item = FundKind> {
    FundKind::WORDS.iter().map(|(_, kind)| *kind)
}
