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
/// Longest line of a category label; a longer label takes two lines, and only one longer
/// than two lines is shortened (the full one is its tooltip).
const LABEL_CHARS: usize = 38;
/// Height of the second line of a category label.
const LINE_HEIGHT: f64 = 13.0;

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
    /// A second line, under `text`.
    pub second: Option<String>,
    /// The whole text when it is shortened.
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
    let two_lines = chart
        .categories
        .iter()
        .any(|c| c.chars().count() > LABEL_CHARS);
    let (row_height, bar_height) = match chart.bars {
        Bars::Stacked if two_lines => (ROW_HEIGHT + LINE_HEIGHT / 2.0, BAR_HEIGHT),
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
        let (first, second, shortened) = label_lines(category);
        let label_y = match chart.bars {
            Bars::Stacked => y + BAR_HEIGHT - 4.0,
            Bars::Grouped => y + (row_height - 10.0) / 2.0 + 4.0,
        };
        // Two lines sit around the bar's middle.
        let label_y = if second.is_some() {
            label_y - LINE_HEIGHT / 2.0
        } else {
            label_y
        };
        labels.push(Label {
            x: LABEL_WIDTH - 8.0,
            y: round(label_y),
            anchor: "end",
            class: "category",
            text: first,
            second,
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
                    second: None,
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
                second: None,
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

/// A category label as one line, or two split at a space; a label longer than two lines
/// is shortened with `…` (the third value says so).
fn label_lines(label: &str) -> (String, Option<String>, bool) {
    let chars: Vec<char> = label.chars().collect();
    if chars.len() <= LABEL_CHARS {
        return (label.to_string(), None, false);
    }
    let split = chars[..=LABEL_CHARS]
        .iter()
        .rposition(|c| *c == ' ')
        .filter(|&at| at > 0)
        .unwrap_or(LABEL_CHARS);
    let first: String = chars[..split].iter().collect();
    let rest: Vec<char> = chars[split..]
        .iter()
        .copied()
        .skip_while(|c| *c == ' ')
        .collect();
    if rest.len() <= LABEL_CHARS {
        return (first, Some(rest.into_iter().collect()), false);
    }
    let mut second: String = rest[..LABEL_CHARS - 1].iter().collect();
    second.push('…');
    (first, Some(second), true)
}

/// Whether a chart tells nothing its table does not: every bar of the same length (say,
/// every allocation 100 % used). Such a chart is left out; the table stays.
pub fn says_nothing(chart: &Chart) -> bool {
    let totals: Vec<i128> = (0..chart.categories.len())
        .map(|i| {
            chart
                .series
                .iter()
                .map(|s| s.values.get(i).copied().unwrap_or(0))
                .sum()
        })
        .collect();
    totals.len() > 2 && totals.windows(2).all(|w| w[0] == w[1])
}

/// Two decimals are plenty for SVG coordinates and keep the output stable.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Series;

    #[test]
    fn a_long_label_takes_two_lines_and_only_a_longer_one_is_shortened() {
        let two = "Le politiche per l'integrazione delle persone con disabilità";
        let (first, second, shortened) = label_lines(two);
        assert_eq!(first, "Le politiche per l'integrazione delle");
        assert_eq!(second.as_deref(), Some("persone con disabilità"));
        assert!(!shortened);
        let three = "Le politiche per l'integrazione delle persone con disabilità e la presa in carico della non autosufficienza";
        let (_, second, shortened) = label_lines(three);
        assert!(shortened && second.unwrap().ends_with('…'));
        assert_eq!(label_lines("Anziani"), ("Anziani".to_string(), None, false));
    }

    #[test]
    fn a_chart_of_identical_bars_says_nothing() {
        let chart = |values: Vec<i128>| Chart {
            id: "c",
            title: String::new(),
            description: String::new(),
            unit: ChartUnit::Percent,
            bars: Bars::Stacked,
            categories: values.iter().map(|v| v.to_string()).collect(),
            series: vec![Series {
                name: "s".into(),
                values,
            }],
            table: "t",
        };
        assert!(says_nothing(&chart(vec![10_000; 32])));
        assert!(!says_nothing(&chart(vec![10_000, 9_000, 10_000])));
        assert!(!says_nothing(&chart(vec![5, 5])));
    }
}
