//! Reports as plain data: documents of sections holding typed tables and charts.
//!
//! Labels are already in the report's language; numbers stay typed (cents,
//! basis points...) so that each renderer formats them its own way and totals
//! are never re-parsed from text.

use crate::model::{Cents, Date, Year};

/// What a report command renders: one report, all of them, or a council document.
#[derive(Clone, Debug)]
pub struct Document {
    pub layout: Layout,
    /// The front page of a council document.
    pub cover: Option<Cover>,
    pub title: String,
    /// The plan, the ambito and the period, in one line.
    pub subtitle: String,
    /// Shown on top when the plan has errors and `--allow-errors` was given.
    pub banner: Option<String>,
    /// Date printed on the document, only when asked with `--date`.
    pub date: Option<Date>,
    pub reports: Vec<Report>,
}

/// How a document is laid out on paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Reports for the plan office: a page of tables.
    Report,
    /// A document for a consiglio comunale: a front page, A4 sections, a running header.
    Council,
}

/// The front page of a council document.
#[derive(Clone, Debug)]
pub struct Cover {
    /// For whom: "Comune di Matino", or the ambito.
    pub recipient: String,
    /// Lines under it: ambito, period, residents.
    pub lines: Vec<String>,
    /// The acts that adopted the plan.
    pub approvals: Option<Table>,
    /// The running header of every page.
    pub running_header: String,
}

/// One report: a titled sequence of blocks.
#[derive(Clone, Debug)]
pub struct Report {
    /// Stable id: `summary`, `budget`, ...
    pub id: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
    /// The report in long form, one row per value, when it has a natural one
    /// (the budget: one row per budget line, as `pdz import budget` reads it).
    pub tidy: Option<Table>,
}

#[derive(Clone, Debug)]
pub enum Block {
    Heading { text: String },
    Paragraph { text: String },
    Table(Table),
    Chart(Chart),
}

impl Block {
    /// Whether this is a table without rows: it stands for its columns only, which CSV
    /// writes as a header row; the formats for people leave it out (a paragraph beside
    /// it says why it is empty).
    pub fn is_empty_table(&self) -> bool {
        matches!(self, Block::Table(table) if table.rows.is_empty())
    }
}

/// A table with typed cells.
#[derive(Clone, Debug)]
pub struct Table {
    /// Stable id, unique in the report: `by-year`, `quadro`...
    pub id: &'static str,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub role: Role,
    pub cells: Vec<Cell>,
    /// The reader's own row: their comune in a council document.
    pub own: bool,
}

/// What a row is: the renderers make groups and totals stand out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A group heading inside the table (an area, an intervention).
    Group,
    Item,
    Subtotal,
    Total,
}

/// A typed value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Empty,
    Text(String),
    Money(Cents),
    /// No money in this place (nothing programmed there): a dash for people, as
    /// Italian financial tables print it, and 0 for machines. A zero that is a
    /// fact (a fund fully spent, nothing left) stays `Money`.
    NoMoney,
    /// A share in basis points (12,5 % = 1250).
    Percent(i128),
    /// A share of nothing (0 over 0): no rate at all, shown as a dash.
    NoRate,
    Count(u128),
    /// A decimal in hundredths.
    Decimal(u128),
    Year(Year),
    Date(Date),
    /// Yes or no (a LEPS covered in a year).
    Check(bool),
    /// A change of money between two versions, shown with its sign.
    MoneyChange(Cents),
    /// A change of a count between two versions, shown with its sign.
    CountChange(i128),
}

/// A bar chart: categories along one axis, one or more series, stacked or side by side.
#[derive(Clone, Debug)]
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    /// The text alternative: what the chart shows, in one sentence.
    pub description: String,
    pub unit: ChartUnit,
    pub bars: Bars,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// The id of the table beside it with the same figures.
    pub table: &'static str,
}

/// How several series of a category are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bars {
    /// One bar per category, the series end to end: parts of a whole.
    Stacked,
    /// One bar per series, under each other: figures to compare.
    Grouped,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartUnit {
    Money,
    Percent,
}

#[derive(Clone, Debug)]
pub struct Series {
    pub name: String,
    /// One value per category: cents for money, basis points for percent.
    pub values: Vec<i128>,
}

impl Row {
    pub fn new(role: Role, cells: Vec<Cell>) -> Row {
        Row {
            role,
            cells,
            own: false,
        }
    }

    /// The row marked as the reader's own when `own`.
    pub fn own_if(mut self, own: bool) -> Row {
        self.own = own;
        self
    }

    pub fn item(cells: Vec<Cell>) -> Row {
        Row::new(Role::Item, cells)
    }
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// Programmed money: the amount, or a dash where there is none.
    pub fn money_or_dash(cents: Cents) -> Cell {
        if cents.get() == 0 {
            Cell::NoMoney
        } else {
            Cell::Money(cents)
        }
    }

    /// The money in a money cell (zero where there is none); `None` for other cells.
    pub fn money(&self) -> Option<Cents> {
        match self {
            Cell::Money(cents) => Some(*cents),
            Cell::NoMoney => Some(Cents::default()),
            _ => None,
        }
    }

    /// Whether the value is a number, aligned to the right.
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            Cell::Money(_)
                | Cell::NoMoney
                | Cell::Percent(_)
                | Cell::NoRate
                | Cell::Count(_)
                | Cell::Decimal(_)
                | Cell::Year(_)
                | Cell::MoneyChange(_)
                | Cell::CountChange(_)
        )
    }
}

impl Document {
    /// Every table of every report, with the report it belongs to.
    pub fn tables(&self) -> impl Iterator<Item = (&Report, &Table)> {
        self.reports.iter().flat_map(|report| {
            report.blocks.iter().filter_map(move |block| match block {
                Block::Table(table) => Some((report, table)),
                _ => None,
            })
        })
    }
}
