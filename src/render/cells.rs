//! How a typed cell is written: for people (in their language) or for spreadsheets.

use crate::i18n::{self, Lang, format};
use crate::model::Cents;
use crate::report::Cell;

/// The cell as people read it: `€ 1.234,56`, `12,5 %`, `31/12/2024`.
pub fn display(cell: &Cell, lang: Lang) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => text.clone(),
        Cell::Money(cents) => format::money(*cents, lang),
        Cell::Percent(bp) => format::percent(*bp, lang),
        Cell::NoRate | Cell::NoMoney => "–".to_string(),
        Cell::Count(n) => format::count(*n, lang),
        Cell::Decimal(h) => format::decimal(*h, lang),
        Cell::Year(year) => year.to_string(),
        Cell::Date(date) => format::date(*date, lang),
        Cell::Check(true) => i18n::label(lang, "cell-yes"),
        Cell::Check(false) => i18n::label(lang, "cell-no"),
        Cell::MoneyChange(cents) => signed(cents.get(), format::money(*cents, lang)),
        Cell::CountChange(n) => signed(*n, format::count(n.unsigned_abs(), lang)),
    }
}

/// `+€ 1.000,00`, `-€ 1.000,00`, `0`: a change always shows its direction.
fn signed(value: i128, magnitude: String) -> String {
    match value.signum() {
        1 => format!("+{magnitude}"),
        -1 if !magnitude.starts_with('-') => format!("-{magnitude}"),
        _ => magnitude,
    }
}

/// The decimal mark of a spreadsheet dialect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalMark {
    Point,
    Comma,
}

/// The cell as a spreadsheet reads it: plain numbers, no thousands separator,
/// no currency sign, ISO dates.
pub fn plain(cell: &Cell, mark: DecimalMark, lang: Lang) -> String {
    let decimals = |text: String| match mark {
        DecimalMark::Point => text,
        DecimalMark::Comma => text.replace('.', ","),
    };
    match cell {
        Cell::Money(cents) | Cell::MoneyChange(cents) => decimals(cents.to_fixed()),
        Cell::NoMoney => decimals(Cents::default().to_fixed()),
        Cell::CountChange(n) => n.to_string(),
        Cell::Percent(bp) => decimals(format!("{}.{:02}", bp / 100, (bp % 100).abs())),
        Cell::NoRate => String::new(),
        Cell::Count(n) => n.to_string(),
        Cell::Decimal(h) => decimals(format!("{}.{:02}", h / 100, h % 100)),
        Cell::Date(date) => date.iso(),
        Cell::Check(value) => i18n::label(lang, if *value { "cell-yes" } else { "cell-no" }),
        other => display(other, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_numbers() {
        let money = Cell::Money(Cents::new(123_456_789));
        assert_eq!(plain(&money, DecimalMark::Point, Lang::It), "1234567.89");
        assert_eq!(plain(&money, DecimalMark::Comma, Lang::It), "1234567,89");
        assert_eq!(
            plain(&Cell::Percent(1250), DecimalMark::Comma, Lang::It),
            "12,50"
        );
        assert_eq!(display(&money, Lang::It), "€ 1.234.567,89");
        let down = Cell::MoneyChange(Cents::new(-150_000));
        assert_eq!(display(&down, Lang::It), "-€ 1.500,00");
        assert_eq!(plain(&down, DecimalMark::Comma, Lang::It), "-1500,00");
        assert_eq!(
            display(&Cell::MoneyChange(Cents::new(1)), Lang::En),
            "+€0.01"
        );
        assert_eq!(display(&Cell::CountChange(-1234), Lang::It), "-1.234");
        assert_eq!(display(&Cell::CountChange(0), Lang::It), "0");
    }
}
