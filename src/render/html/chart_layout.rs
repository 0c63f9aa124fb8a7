//! Horizontal bar charts laid out for SVG: geometry here, drawing in `chart.svg`.
//! Bars are patterned, not only shaded, so that series stay apart in grayscale.

use serde::Serialize;

use crate::i18n::{Lang, format};
use crate::model::Cents;
use crate::report::{Bars, Chart, ChartUnit};

const WIDTH: f64 = 760.0;
const LABEL_WIDTH: f64 = 250.0;
const VALUE_WIDTH: f64 = 120.0;
const ROW_HEIGHT: f64 = 28.0;
const BAR_HEIGHT: f64 = 18.0;
/// Height of each bar of a group (one per series).
const GROUPED_BAR_HEIGHT: f64 = 12.0;
const TOP: f64 = 8.0;
const LEGEND_ROW: f64 = 22.0;
const LEGEND_COLUMNS: usize = 3;
/// How many fill patterns `chart.svg` defines.
const PATTERNS: usize = 7;
/// Longest category label drawn in full; longer ones are shortened (the full one is its tooltip).
const LABEL_CHARS: usize = 38;

#[derive(Serialize)]
pub struct ChartView {
    pub kind: &'static str,
    pub anchor: String,
    pub title: String,
    pub description: String,
    pub table_anchor: String,
    pub width: f64,
    pub height: f64,
    pub bars: Vec<Bar>,
    pub labels: Vec<Label>,
    pub legend: Vec<LegendItem>,
}

#[derive(Serialize)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub pattern: usize,
    pub tooltip: String,
}

#[derive(Serialize)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: &'static str,
    pub class: &'static str,
    pub text: String,
    /// The whole text when `text` is shortened.
    pub full: Option<String>,
}

#[derive(Serialize)]
pub struct LegendItem {
    pub x: f64,
    pub y: f64,
    pub pattern: usize,
    pub name: String,
}

pub fn layout(chart: &Chart, anchor: String, table_anchor: String, lang: Lang) -> ChartView {
    let bar_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let value_of =
        |s: &crate::report::Series, i: usize| s.values.get(i).copied().unwrap_or(0).max(0);
    // The longest bar: a category's sum when stacked, its largest series when grouped.
    let longest: Vec<i128> = (0..chart.categories.len())
        .map(|i| {
            let values = chart.series.iter().map(|s| value_of(s, i));
            match chart.bars {
                Bars::Stacked => values.sum(),
                Bars::Grouped => values.max().unwrap_or(0),
            }
        })
        .collect();
    let floor = if chart.unit == ChartUnit::Percent {
        10_000
    } else {
        1
    };
    let max = longest.iter().copied().max().unwrap_or(0).max(floor) as f64;
    let value = |v: i128| match chart.unit {
        ChartUnit::Money => format::money(Cents::new(v), lang),
        ChartUnit::Percent => format::percent(v, lang),
    };
    let (row_height, bar_height) = match chart.bars {
        Bars::Stacked => (ROW_HEIGHT, BAR_HEIGHT),
        Bars::Grouped => (
            chart.series.len().max(1) as f64 * (GROUPED_BAR_HEIGHT + 2.0) + 10.0,
            GROUPED_BAR_HEIGHT,
        ),
    };
    let mut bars = Vec::new();
    let mut labels = Vec::new();
    for (i, category) in chart.categories.iter().enumerate() {
        let y = TOP + i as f64 * row_height;
        let shortened = category.chars().count() > LABEL_CHARS;
        let label_y = match chart.bars {
            Bars::Stacked => y + BAR_HEIGHT - 4.0,
            Bars::Grouped => y + (row_height - 10.0) / 2.0 + 4.0,
        };
        labels.push(Label {
            x: LABEL_WIDTH - 8.0,
            y: round(label_y),
            anchor: "end",
            class: "category",
            text: if shortened {
                format!(
                    "{}…",
                    category.chars().take(LABEL_CHARS - 1).collect::<String>()
                )
            } else {
                category.clone()
            },
            full: shortened.then(|| category.clone()),
        });
        let mut x = LABEL_WIDTH;
        for (s, series) in chart.series.iter().enumerate() {
            let v = value_of(series, i);
            let width = v as f64 / max * bar_width;
            let bar_y = match chart.bars {
                Bars::Stacked => y,
                Bars::Grouped => {
                    x = LABEL_WIDTH;
                    y + s as f64 * (GROUPED_BAR_HEIGHT + 2.0)
                }
            };
            if v > 0 {
                bars.push(Bar {
                    x: round(x),
                    y: round(bar_y),
                    width: round(width.max(0.5)),
                    height: bar_height,
                    pattern: s % PATTERNS,
                    tooltip: format!("{category} — {}: {}", series.name, value(v)),
                });
            }
            x += width;
            if chart.bars == Bars::Grouped {
                labels.push(Label {
                    x: round(x + 6.0),
                    y: round(bar_y + GROUPED_BAR_HEIGHT - 2.0),
                    anchor: "start",
                    class: "value",
                    text: value(v),
                    full: None,
                });
            }
        }
        if chart.bars == Bars::Stacked {
            labels.push(Label {
                x: round(x + 6.0),
                y: round(y + BAR_HEIGHT - 4.0),
                anchor: "start",
                class: "value",
                text: value(longest[i]),
                full: None,
            });
        }
    }
    let chart_height = TOP + chart.categories.len() as f64 * row_height;
    let legend: Vec<LegendItem> = if chart.series.len() > 1 {
        chart
            .series
            .iter()
            .enumerate()
            .map(|(s, series)| LegendItem {
                x: round(8.0 + (s % LEGEND_COLUMNS) as f64 * (WIDTH / LEGEND_COLUMNS as f64)),
                y: round(chart_height + 8.0 + (s / LEGEND_COLUMNS) as f64 * LEGEND_ROW),
                pattern: s % PATTERNS,
                name: series.name.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let legend_rows = legend.len().div_ceil(LEGEND_COLUMNS) as f64;
    ChartView {
        kind: "chart",
        anchor,
        title: chart.title.clone(),
        description: chart.description.clone(),
        table_anchor,
        width: WIDTH,
        height: round(chart_height + 8.0 + legend_rows * LEGEND_ROW),
        bars,
        labels,
        legend,
    }
}

/// Two decimals are plenty for SVG coordinates and keep the output stable.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
