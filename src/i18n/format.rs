//! Numbers, money, percentages and dates the way each language writes them.

use super::Lang;
use crate::model::{Cents, Date};

/// `€ 1.234.567,89` in Italian, `€1,234,567.89` in English.
pub fn money(amount: Cents, lang: Lang) -> String {
    let cents = amount.get();
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let whole = group(abs / 100, lang);
    let fraction = abs % 100;
    match lang {
        Lang::It => format!("{sign}€ {whole},{fraction:02}"),
        Lang::En => format!("{sign}€{whole}.{fraction:02}"),
    }
}

/// A whole number with thousands separators: `1.234` / `1,234`.
pub fn count(n: u128, lang: Lang) -> String {
    group(n, lang)
}

/// A share in basis points with one decimal: `12,5 %` / `12.5%`.
pub fn percent(basis_points: i128, lang: Lang) -> String {
    let sign = if basis_points < 0 { "-" } else { "" };
    let tenths = (basis_points.unsigned_abs() + 5) / 10; // round half up to 0.1 %
    let (whole, decimal) = (group(tenths / 10, lang), tenths % 10);
    match lang {
        Lang::It => format!("{sign}{whole},{decimal} %"),
        Lang::En => format!("{sign}{whole}.{decimal}%"),
    }
}

/// A decimal quantity in hundredths, trailing zeros dropped: `12,5` / `12.5`.
pub fn decimal(hundredths: u128, lang: Lang) -> String {
    let whole = group(hundredths / 100, lang);
    let fraction = hundredths % 100;
    let mark = match lang {
        Lang::It => ',',
        Lang::En => '.',
    };
    match fraction {
        0 => whole,
        f if f % 10 == 0 => format!("{whole}{mark}{}", f / 10),
        f => format!("{whole}{mark}{f:02}"),
    }
}

/// `31/12/2024` in Italian, `2024-12-31` in English.
pub fn date(date: Date, lang: Lang) -> String {
    match lang {
        Lang::It => date.italian(),
        Lang::En => date.iso(),
    }
}

fn group(n: u128, lang: Lang) -> String {
    let separator = match lang {
        Lang::It => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_and_english_forms() {
        let amount = Cents::new(123_456_789);
        assert_eq!(money(amount, Lang::It), "€ 1.234.567,89");
        assert_eq!(money(amount, Lang::En), "€1,234,567.89");
        assert_eq!(money(Cents::new(-6_200_000), Lang::It), "-€ 62.000,00");
        assert_eq!(money(Cents::ZERO, Lang::It), "€ 0,00");
        assert_eq!(percent(1250, Lang::It), "12,5 %");
        assert_eq!(percent(1250, Lang::En), "12.5%");
        assert_eq!(percent(10_000, Lang::It), "100,0 %");
        assert_eq!(percent(4_996, Lang::It), "50,0 %");
        assert_eq!(count(70_345, Lang::It), "70.345");
        assert_eq!(count(999, Lang::En), "999");
        assert_eq!(decimal(1250, Lang::It), "12,5");
        assert_eq!(decimal(1407, Lang::En), "14.07");
        let d = Date::parse("2024-12-31").unwrap();
        assert_eq!(date(d, Lang::It), "31/12/2024");
        assert_eq!(date(d, Lang::En), "2024-12-31");
    }
}
