//! `areas:`, `leps:` and `programmes:`: what the plan is organised around.

use schemars::JsonSchema;
use serde::Deserialize;

use super::scalars::{AmountText, Choice, DateText, IdText, NumberText, YearText};
use crate::model::{Binds, FundKind, Located, Target};

/// Un'area strategica. — A strategic area.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaEntry {
    /// Identificativo, es. `welfare-accesso`. — Id.
    pub id: Located<IdText>,
    /// Denominazione. — Name.
    pub name: String,
    /// Descrizione. — Description.
    pub description: Option<String>,
}

/// Un LEPS locale, o la modifica di uno nazionale (es. `required: false` con motivo).
/// — A local LEPS, or a change to a national one (e.g. `required: false` with a reason).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LepsEntry {
    /// Identificativo; quello di un LEPS nazionale per modificarlo.
    /// — Id; a national LEPS id to change it.
    pub id: Located<IdText>,
    /// Denominazione (obbligatoria per un LEPS locale). — Name (required for a local LEPS).
    pub name: Option<String>,
    /// Se l'ambito deve garantirlo ogni anno. — Whether the ambito must guarantee it every year.
    pub required: Option<bool>,
    /// Perché un LEPS nazionale non è richiesto. — Why a national LEPS is not required.
    pub reason: Option<String>,
    /// Fonte normativa (atto e articolo). — Legal source (act and article).
    pub source: Option<String>,
    /// Indirizzo pubblico dell'atto. — Public address of the act.
    pub url: Option<String>,
    /// Primo anno in cui il livello si applica. — First year the level applies.
    pub from: Option<Located<YearText>>,
    /// Ultimo anno in cui il livello si applica. — Last year the level applies.
    pub until: Option<Located<YearText>>,
}

/// Un programma di finanziamento locale, o la modifica delle regole di uno predefinito.
/// — A local fund programme, or a change to the rules of a built-in one.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeEntry {
    /// Identificativo; quello di un programma predefinito per modificarne le regole.
    /// — Id; a built-in programme's id to change its rules.
    pub id: Located<IdText>,
    /// Denominazione (obbligatoria per un programma locale). — Name (required for a local one).
    pub name: Option<String>,
    /// Tipo di fonte (obbligatorio per un programma locale). — Kind (required for a local one).
    pub kind: Option<Located<Choice<FundKind>>>,
    /// Fonte normativa. — Legal source.
    pub source: Option<String>,
    /// Indirizzo pubblico dell'atto. — Public address of the act.
    pub url: Option<String>,
    /// Quote vincolate (sostituiscono quelle di un programma predefinito).
    /// — Earmarked shares (replacing a built-in programme's).
    pub earmarks: Option<Vec<EarmarkEntry>>,
    /// Importo massimo di un'assegnazione. — Largest amount of one allocation.
    pub cap: Option<Located<AmountText>>,
    /// Fonte dell'importo massimo. — Source of the largest amount.
    pub cap_source: Option<String>,
    /// Termine ultimo di spesa (AAAA-MM-GG). — Last day of spending (YYYY-MM-DD).
    pub spend_by: Option<Located<DateText>>,
    /// Fonte del termine di spesa. — Source of the spending deadline.
    pub spend_by_source: Option<String>,
    /// Se gli interventi finanziati richiedono il CUP. — Whether funded interventions need a CUP.
    pub requires_cup: Option<bool>,
    /// Che cosa il fondo può finanziare (sostituisce quello di un programma predefinito).
    /// — What the fund may pay for (replacing a built-in programme's).
    pub scope: Option<ScopeEntry>,
}

/// Gli interventi finanziabili: per una di `targets` o che garantiscono uno di `leps`.
/// — The interventions a fund may pay for: for one of `targets` or guaranteeing one of `leps`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScopeEntry {
    /// Fasce di utenza ammesse. — Target groups allowed.
    #[serde(default)]
    pub targets: Vec<Located<Choice<Target>>>,
    /// LEPS ammessi. — LEPS allowed.
    #[serde(default)]
    pub leps: Vec<Located<IdText>>,
    /// Fonte normativa. — Legal source.
    pub source: Option<String>,
    /// Indirizzo pubblico dell'atto. — Public address of the act.
    pub url: Option<String>,
}

/// Una quota minima per alcune fasce di utenza.
/// — A minimum share for some target groups.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EarmarkEntry {
    /// Fasce di utenza che contano per la quota. — Target groups that count toward the share.
    pub targets: Vec<Located<Choice<Target>>>,
    /// Quota minima in percentuale, es. `50`. — Minimum share in percent.
    pub min_share: Located<NumberText>,
    /// Chi deve rispettarla: `region` (la quota regionale nel suo insieme: per l'ambito è un
    /// avviso) o `allocation` (ogni assegnazione: un errore). — Who must meet it: `region`
    /// (the Region's quota as a whole: a warning for one ambito) or `allocation` (each one: an error).
    pub binds: Option<Located<Choice<Binds>>>,
    /// Prima annualità a cui si applica. — First annualità it applies to.
    pub from: Option<Located<YearText>>,
    /// Ultima annualità a cui si applica. — Last annualità it applies to.
    pub until: Option<Located<YearText>>,
    /// Fonte normativa. — Legal source.
    pub source: Option<String>,
    /// Indirizzo pubblico dell'atto. — Public address of the act.
    pub url: Option<String>,
}
