//! Reports as GitHub-flavoured Markdown: one document, tables with escaped cells,
//! totals in bold.

use super::RenderOptions;
use super::cells::display;
use crate::report::{Block, Document, Role, Table};
use crate::visible::shown_as;

pub fn render(document: &Document, options: &RenderOptions) -> String {
    let mut out = format!(
        "# {}\n\n{}\n",
        escape(&document.title),
        escape(&document.subtitle)
    );
    if let Some(cover) = &document.cover {
        out.push_str(&format!("\n**{}**\n\n", escape(&cover.recipient)));
        for line in &cover.lines {
            out.push_str(&format!("{}  \n", escape(line)));
        }
        if let Some(approvals) = &cover.approvals {
            out.push_str(&table_text(approvals, options));
        }
    }
    if let Some(banner) = &document.banner {
        out.push_str(&format!("\n> **{}**\n", escape(banner)));
    }
    if let Some(date) = document.date {
        out.push_str(&format!(
            "\n{}\n",
            crate::i18n::format::date(date, options.lang)
        ));
    }
    for report in &document.reports {
        out.push_str(&format!("\n## {}\n", escape(&report.title)));
        for block in report.blocks.iter().filter(|b| !b.is_empty_table()) {
            match block {
                Block::Heading { text } => out.push_str(&format!("\n### {}\n", escape(text))),
                Block::Paragraph { text } => out.push_str(&format!("\n{}\n", escape(text))),
                Block::Table(table) => out.push_str(&table_text(table, options)),
                Block::Chart(_) => {}
            }
        }
    }
    out
}

fn table_text(table: &Table, options: &RenderOptions) -> String {
    let mut out = format!("\n**{}**\n\n", escape(&table.title));
    out.push_str(&format!(
        "| {} |\n",
        table
            .columns
            .iter()
            .map(|c| escape(c))
            .collect::<Vec<_>>()
            .join(" | ")
    ));
    // The first column holds the rows' labels, whatever their type.
    let numeric: Vec<bool> = (0..table.columns.len())
        .map(|i| {
            i > 0
                && table
                    .rows
                    .iter()
                    .any(|r| r.cells.get(i).is_some_and(|c| c.is_numeric()))
        })
        .collect();
    out.push_str(&format!(
        "|{}|\n",
        numeric
            .iter()
            .map(|n| if *n { "---:" } else { "---" })
            .collect::<Vec<_>>()
            .join("|")
    ));
    for row in &table.rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|cell| {
                let text = escape(&display(cell, options.lang));
                if (row.role != Role::Item || row.own) && !text.is_empty() {
                    format!("**{text}**")
                } else {
                    text
                }
            })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// Makes text inert in Markdown: no table breaks, no HTML, no emphasis or links, no
/// control characters; no `@mention` that would notify someone and no bare URL that
/// GitHub would turn into a link (a zero-width space after `@`, an entity for the
/// `:` of `://` and the `.` of `www.`: the text reads the same).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '@' => out.push_str("@\u{200B}"),
            '\n' | '\r' => out.push(' '),
            c => out.push(shown_as(c)),
        }
    }
    out.replace("://", "&#58;//")
        .replace("www.", "www&#46;")
        .replace("WWW.", "WWW&#46;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_table_breaks_and_html() {
        assert_eq!(super::escape("a|b\nc <script>"), "a\\|b c &lt;script&gt;");
        assert_eq!(super::escape("*x* [y](z)"), "\\*x\\* \\[y\\](z)");
    }

    #[test]
    fn mentions_urls_and_escape_sequences_stay_inert() {
        assert_eq!(
            super::escape("@ufficio-di-piano"),
            "@\u{200B}ufficio-di-piano"
        );
        assert_eq!(
            super::escape("https://x.it www.y.it"),
            "https&#58;//x.it www&#46;y.it"
        );
        assert_eq!(super::escape("\x1b]8;;u\x07"), "␛\\]8;;u␇");
    }
}
