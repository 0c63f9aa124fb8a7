//! The body rows of an HTML table, written here rather than by the template: a report of
//! a large plan has tables of tens of thousands of rows (and again, in parts, for print),
//! which a template engine walks cell by cell many times slower. The template places the
//! rows (`table.html`: `{{ block.body }}`); every text is escaped as the templates escape,
//! control characters shown.

use super::escape::push_html;
use std::fmt::Write;

/// One row: its role (`group`, `item`, `subtotal`, `total`), whether it is the reader's
/// own, and its cells' texts with their classes (`num`, `date` or none).
pub struct RowText {
    pub role: &'static str,
    pub own: bool,
    pub cells: Vec<String>,
    pub classes: Vec<&'static str>,
}

/// The `<tr>` rows of `rows`, with the cells of `columns` (positions) only, or all.
/// A group row spans `span` columns.
pub fn rows(rows: &[RowText], columns: Option<&[usize]>, span: usize) -> String {
    let mut out = String::new();
    for row in rows {
        if row.role == "group" {
            let _ = write!(
                out,
                "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"{span}\">"
            );
            push_html(&mut out, row.cells.first().map_or("", String::as_str));
            out.push_str("</th></tr>\n");
            continue;
        }
        let _ = write!(out, "<tr class=\"{}", row.role);
        if row.own {
            out.push_str(" own\" aria-current=\"true\">");
        } else {
            out.push_str("\">");
        }
        let mut cell = |position: usize, first: bool| {
            let text = row.cells.get(position).map_or("", String::as_str);
            let class = row.classes.get(position).copied().unwrap_or("");
            if first && !text.is_empty() {
                out.push_str("<th scope=\"row\">");
                push_html(&mut out, text);
                out.push_str("</th>");
            } else if first {
                out.push_str("<td></td>");
            } else {
                if class.is_empty() {
                    out.push_str("<td>");
                } else {
                    let _ = write!(out, "<td class=\"{class}\">");
                }
                push_html(&mut out, text);
                out.push_str("</td>");
            }
        };
        match columns {
            Some(columns) => {
                for (n, &position) in columns.iter().enumerate() {
                    cell(position, n == 0);
                }
            }
            None => {
                for position in 0..row.cells.len() {
                    cell(position, position == 0);
                }
            }
        }
        out.push_str("</tr>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(role: &'static str, own: bool, cells: &[&str], classes: &[&'static str]) -> RowText {
        RowText {
            role,
            own,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            classes: classes.to_vec(),
        }
    }

    #[test]
    fn rows_as_the_template_wrote_them() {
        let rows_ = [
            row("group", false, &["Area <1>"], &[""]),
            row(
                "item",
                false,
                &["A & B", "01/01/2024", "€ 1,00"],
                &["", "date", "num"],
            ),
            row("total", true, &["", "", "x\u{1b}"], &["", "", ""]),
        ];
        assert_eq!(
            rows(&rows_, None, 3),
            "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"3\">Area &lt;1&gt;</th></tr>\n\
             <tr class=\"item\"><th scope=\"row\">A &amp; B</th><td class=\"date\">01/01/2024</td><td class=\"num\">€ 1,00</td></tr>\n\
             <tr class=\"total own\" aria-current=\"true\"><td></td><td></td><td>x␛</td></tr>\n"
        );
        // A printed part: the first column, then its own (here the third).
        assert_eq!(
            rows(&rows_, Some(&[0, 2]), 2),
            "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"2\">Area &lt;1&gt;</th></tr>\n\
             <tr class=\"item\"><th scope=\"row\">A &amp; B</th><td class=\"num\">€ 1,00</td></tr>\n\
             <tr class=\"total own\" aria-current=\"true\"><td></td><td>x␛</td></tr>\n"
        );
    }
}
