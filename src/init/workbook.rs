//! `pdz init --workbook FILE`: an empty plan workbook in the layout `pdz import plan`
//! reads, with the period and the ambito filled in, drop-down lists of the ids of
//! other sheets (XLSX) and a notes sheet saying what each column holds.

use crate::i18n::{self, Lang, Message};
use crate::import::plan_workbook::{Kind, SHEETS};
use crate::render::Spreadsheet;
use crate::render::workbook::{self, Book, Sheet, SheetRow, Value, column_widths};

use super::Scaffold;

/// The bytes of the template, as a file of `format`.
pub fn template(scaffold: &Scaffold, format: Spreadsheet, lang: Lang) -> Result<Vec<u8>, String> {
    let english = usize::from(lang == Lang::En);
    let t = |key: &'static str| i18n::tr(lang, &Message::new(key));
    let mut sheets = Vec::new();
    for spec in &SHEETS {
        let columns: Vec<String> = spec
            .columns
            .iter()
            .map(|c| c.headers[english].to_string())
            .collect();
        let rows = if spec.names[0] == "Piano" {
            let text = |t: &str| Value::Text(t.to_string());
            vec![SheetRow {
                bold: false,
                cells: vec![
                    Value::Empty,
                    Value::Number(f64::from(scaffold.from), workbook::Kind::Year),
                    Value::Number(f64::from(scaffold.to), workbook::Kind::Year),
                    Value::Empty,
                    text(&scaffold.ambito_name),
                ],
            }]
        } else {
            Vec::new()
        };
        let lists = spec
            .columns
            .iter()
            .enumerate()
            .filter_map(|(at, c)| {
                let target = c.refers_to?;
                let sheet = SHEETS.iter().find(|s| s.names[0] == target)?;
                Some((at as u16, sheet.names[english].to_string()))
            })
            .collect();
        let widths = column_widths(&columns, &rows)
            .into_iter()
            .map(|w| w.max(16.0))
            .collect();
        sheets.push(Sheet {
            name: spec.names[english].to_string(),
            title: t(title_key(spec.names[0])),
            columns,
            rows,
            widths,
            landscape: spec.columns.len() > 5,
            lists,
        });
    }
    sheets.push(notes(lang));
    workbook::write(&Book { sheets }, format)
}

fn title_key(sheet: &str) -> &'static str {
    match sheet {
        "Piano" => "workbook-sheet-plan",
        "Comuni" => "workbook-sheet-comuni",
        "Aree" => "workbook-sheet-areas",
        "Fondi" => "workbook-sheet-funds",
        "Interventi" => "workbook-sheet-interventions",
        _ => "workbook-sheet-budget",
    }
}

/// One row per column of every sheet: what it holds and whether it is needed.
fn notes(lang: Lang) -> Sheet {
    let english = usize::from(lang == Lang::En);
    let t = |key: &'static str| i18n::tr(lang, &Message::new(key));
    let columns = vec![
        t("workbook-notes-sheet"),
        t("workbook-notes-column"),
        t("workbook-notes-holds"),
        t("workbook-notes-needed"),
    ];
    let mut rows = Vec::new();
    for spec in &SHEETS {
        for column in spec.columns {
            let holds = match (column.refers_to, column.kind) {
                (Some(_), _) => t("workbook-holds-reference"),
                (None, Kind::Id) => t("workbook-holds-id"),
                (None, Kind::Text) => t("workbook-holds-text"),
                (None, Kind::Year) => t("workbook-holds-year"),
                (None, Kind::Amount) => t("workbook-holds-amount"),
                (None, Kind::Count) => t("workbook-holds-count"),
                (None, Kind::IdList) => t("workbook-holds-id-list"),
                (None, Kind::Code) => t("workbook-holds-code"),
            };
            let holds = match column.refers_to {
                Some(target) => format!("{holds} `{target}`"),
                None => holds,
            };
            let needed = if column.required {
                t("workbook-needed-yes")
            } else {
                t("workbook-needed-no")
            };
            rows.push(SheetRow {
                bold: false,
                cells: vec![
                    Value::Text(spec.names[english].to_string()),
                    Value::Text(column.headers[english].to_string()),
                    Value::Text(holds),
                    Value::Text(needed),
                ],
            });
        }
    }
    let widths = column_widths(&columns, &rows);
    Sheet {
        name: t("workbook-sheet-notes-name"),
        title: t("workbook-notes-title"),
        columns,
        rows,
        widths,
        landscape: true,
        lists: Vec::new(),
    }
}
