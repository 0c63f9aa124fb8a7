//! Tables too wide for an A4 page: on paper they are printed in parts, each
//! with the first column (the rows' labels) and as many further columns as fit,
//! so that every column reaches paper. On screen the whole table scrolls.

/// Characters that fit across a printed A4 page (180 mm of text at 8.5 pt).
pub const PRINT_WIDTH: usize = 110;

/// A text column wraps: it never needs more than this many characters.
const WRAPPED_TEXT: usize = 26;

/// Padding and border of a cell, in characters.
const CELL_PADDING: usize = 2;

/// One column as printed: its header and cell texts, and whether its cells wrap.
pub struct ColumnText<'a> {
    pub header: &'a str,
    pub cells: Vec<&'a str>,
    pub numeric: bool,
}

/// The estimated printed width of a column, in characters: numbers never wrap;
/// text and headers wrap between words.
fn width(column: &ColumnText) -> usize {
    let longest_word = |text: &str| text.split_whitespace().map(|w| w.chars().count()).max();
    let header = longest_word(column.header).unwrap_or(0);
    let cells = column.cells.iter().map(|text| {
        if column.numeric {
            text.chars().count()
        } else {
            let whole = text.chars().count().min(WRAPPED_TEXT);
            whole.max(longest_word(text).unwrap_or(0))
        }
    });
    cells.max().unwrap_or(0).max(header) + CELL_PADDING
}

/// The columns of each printed part, every part starting with column 0; one part
/// when the whole table fits in `budget` characters.
pub fn parts(columns: &[ColumnText], budget: usize) -> Vec<Vec<usize>> {
    let Some((first, rest)) = columns.split_first() else {
        return Vec::new();
    };
    let first_width = width(first);
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut current = vec![0];
    let mut used = first_width;
    for (offset, column) in rest.iter().enumerate() {
        let w = width(column);
        if current.len() > 1 && used + w > budget {
            parts.push(std::mem::replace(&mut current, vec![0]));
            used = first_width;
        }
        current.push(offset + 1);
        used += w;
    }
    parts.push(current);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column<'a>(header: &'a str, cells: &[&'a str], numeric: bool) -> ColumnText<'a> {
        ColumnText {
            header,
            cells: cells.to_vec(),
            numeric,
        }
    }

    #[test]
    fn a_narrow_table_is_one_part() {
        let columns = [
            column("Anno", &["2022"], false),
            column("Importo", &["€ 4.310.500,00"], true),
        ];
        assert_eq!(parts(&columns, PRINT_WIDTH), [vec![0, 1]]);
    }

    #[test]
    fn a_wide_table_repeats_its_first_column_in_every_part() {
        let money = ["€ 13.761.250,50"; 3];
        let mut columns = vec![column(
            "Assegnazione",
            &["Fondo Povertà quota servizi 2021"],
            false,
        )];
        for header in [
            "2022",
            "2023",
            "2024",
            "Totale",
            "Residuo",
            "Programmato %",
            "Termine di spesa",
        ] {
            columns.push(column(header, &money, true));
        }
        let parts = parts(&columns, 60);
        assert!(parts.len() > 1, "{parts:?}");
        assert!(parts.iter().all(|p| p[0] == 0));
        let printed: Vec<usize> = parts.iter().flat_map(|p| p[1..].to_vec()).collect();
        assert_eq!(printed, (1..columns.len()).collect::<Vec<_>>());
    }

    #[test]
    fn a_column_wider_than_the_page_still_gets_a_part() {
        let long = "x".repeat(500);
        let columns = [
            column("A", &["a"], false),
            column("B", &[long.as_str()], true),
            column("C", &[long.as_str()], true),
        ];
        assert_eq!(parts(&columns, 40), [vec![0, 1], vec![0, 2]]);
    }
}
