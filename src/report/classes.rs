//! The budget by the codes of one classification axis: the strategic areas or an axis the
//! plan declares in `classifications`. Interventions without a code on the axis go into a
//! "non classificato" row, so that the rows always add up to the budget shown, to the cent.

use std::collections::BTreeMap;

use super::context::{Context, add, share_cell};
use super::model::{Cell, Role, Row, Table};
use crate::i18n::Message;
use crate::model::{AREA_AXIS, Area, Cents, Classification, Id, Intervention, Year};

/// An axis as the report sees it: its name, its codes with labels, and where an
/// intervention's code comes from.
pub struct Axis<'p> {
    name: String,
    codes: Vec<(String, String)>,
    source: Source<'p>,
}

/// Where the codes of an axis come from.
enum Source<'p> {
    /// The strategic areas: an intervention's `area`.
    Areas(&'p [Area]),
    /// An axis of `classifications`: an intervention's `classes`.
    Declared(&'p Classification),
}

impl<'p> Axis<'p> {
    /// The axis `id`: `area` or one the plan declares; `None` when there is none.
    pub fn named(cx: &Context<'p>, id: &Id) -> Option<Axis<'p>> {
        if id.as_str() == AREA_AXIS {
            return Some(Axis::areas(cx));
        }
        cx.plan.classification(id).map(Axis::declared)
    }

    /// The strategic areas (codes are their ids).
    fn areas(cx: &Context<'p>) -> Axis<'p> {
        let areas = &cx.plan.areas;
        Axis {
            name: cx.t("col-area"),
            codes: areas
                .iter()
                .map(|a| (a.id.value.to_string(), a.name.clone()))
                .collect(),
            source: Source::Areas(areas),
        }
    }

    /// An axis of the plan's `classifications`.
    pub fn declared(axis: &'p Classification) -> Axis<'p> {
        Axis {
            name: axis.name.clone(),
            codes: axis
                .codes
                .iter()
                .map(|c| (c.code.value.clone(), c.name.clone()))
                .collect(),
            source: Source::Declared(axis),
        }
    }

    /// The position of the intervention's code in `codes`, if it has a known one.
    fn code_of(&self, intervention: &Intervention) -> Option<usize> {
        match self.source {
            Source::Areas(areas) => areas
                .iter()
                .position(|a| a.id.value == intervention.area.value),
            Source::Declared(axis) => axis.code_of(intervention),
        }
    }
}

/// The table of one axis: a row per code (every code, with or without money), the
/// "non classificato" row when an intervention in scope has no code, and the total.
/// `detail`: each code's interventions under it, then its subtotal.
pub fn table(cx: &Context, axis: &Axis, detail: bool) -> Table {
    let mut table = Table {
        id: "by-class",
        title: cx.tr(Message::new("budget-by-class").with("axis", axis.name.as_str())),
        columns: columns(cx),
        rows: Vec::new(),
    };
    table.rows = rows(cx, axis, detail, Role::Total);
    table
}

/// One table for several axes: a group row naming each, its rows, and its total as a
/// subtotal (each axis adds up to the same budget).
pub fn combined(cx: &Context, axes: &[Axis]) -> Table {
    let mut table = Table {
        id: "by-class",
        title: cx.t("budget-classes"),
        columns: columns(cx),
        rows: Vec::new(),
    };
    for axis in axes {
        table.rows.push(super::budget::group_row(
            axis.name.clone(),
            table.columns.len(),
        ));
        table.rows.extend(rows(cx, axis, false, Role::Subtotal));
    }
    table
}

fn columns(cx: &Context) -> Vec<String> {
    let mut columns = vec![cx.t("col-code"), cx.t("col-item")];
    columns.extend(cx.year_columns());
    columns.extend([cx.t("col-total"), cx.t("col-share")]);
    columns
}

/// The rows of one axis, its total with the role `total`.
fn rows(cx: &Context, axis: &Axis, detail: bool, total: Role) -> Vec<Row> {
    let plan = cx.plan;
    // Per code (the last slot: no code), per intervention: money per year.
    let unclassified = axis.codes.len();
    let mut money: Vec<BTreeMap<usize, BTreeMap<Year, Cents>>> =
        vec![BTreeMap::new(); unclassified + 1];
    let mut any_unclassified = false;
    let mut grand: BTreeMap<Year, Cents> = BTreeMap::new();
    for (position, intervention) in plan.interventions.iter().enumerate() {
        if !cx.scope.includes(intervention) {
            continue;
        }
        let slot = axis.code_of(intervention).unwrap_or(unclassified);
        any_unclassified |= slot == unclassified;
        let years = money[slot].entry(position).or_default();
        for line in &intervention.budget {
            if cx.scope.year.is_none_or(|y| line.year.value == y) {
                add(years, line.year.value, line.amount.value);
                add(&mut grand, line.year.value, line.amount.value);
            }
        }
    }
    let whole: Cents = grand.values().sum();
    let width = columns(cx).len();
    let mut rows = Vec::new();
    for (slot, interventions) in money.iter().enumerate() {
        if slot == unclassified && !any_unclassified {
            continue;
        }
        let (code, label) = match axis.codes.get(slot) {
            Some((code, label)) => (code.clone(), label.clone()),
            None => (String::new(), cx.t("row-unclassified")),
        };
        let mut years: BTreeMap<Year, Cents> = BTreeMap::new();
        for by_year in interventions.values() {
            for (year, amount) in by_year {
                add(&mut years, *year, *amount);
            }
        }
        if !detail {
            rows.push(Row::item(money_cells(cx, code, label, &years, whole)));
            continue;
        }
        let mut group = vec![Cell::Text(code), Cell::Text(label)];
        group.resize(width, Cell::Empty);
        rows.push(Row::new(Role::Group, group));
        for (position, by_year) in interventions {
            let name = plan.interventions[*position].name.value.clone();
            rows.push(Row::item(money_cells(
                cx,
                String::new(),
                name,
                by_year,
                whole,
            )));
        }
        rows.push(Row::new(
            Role::Subtotal,
            money_cells(cx, String::new(), cx.t("row-subtotal"), &years, whole),
        ));
    }
    rows.push(Row::new(
        total,
        money_cells(cx, String::new(), cx.t("row-total"), &grand, whole),
    ));
    rows
}

/// The code, the label, the money per year and in total, and its share of `whole`.
fn money_cells(
    cx: &Context,
    code: String,
    label: String,
    years: &BTreeMap<Year, Cents>,
    whole: Cents,
) -> Vec<Cell> {
    let mut cells = vec![Cell::Text(code), Cell::Text(label)];
    cells.extend(cx.money_by_year(years));
    cells.push(share_cell(years.values().sum(), whole));
    cells
}
