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

/// `part / whole` as a percentage with `decimals` digits after the mark,
/// rounded down (`-` when the whole is 0 or the digits do not fit).
pub fn fraction(part: i128, whole: i128, decimals: u8, lang: Lang) -> String {
    let scaled = 10i128
        .checked_pow(u32::from(decimals) + 2)
        .and_then(|scale| part.checked_mul(scale))
        .and_then(|p| p.checked_div(whole));
    let Some(scaled) = scaled else {
        return "-".to_string();
    };
    let sign = if scaled < 0 { "-" } else { "" };
    let unit = 10u128.pow(u32::from(decimals));
    let (whole_part, decimal) = (scaled.unsigned_abs() / unit, scaled.unsigned_abs() % unit);
    let width = usize::from(decimals);
    let mark = match lang {
        Lang::It => ",",
        Lang::En => ".",
    };
    let digits = if decimals == 0 {
        String::new()
    } else {
        format!("{mark}{decimal:0width$}")
    };
    match lang {
        Lang::It => format!("{sign}{}{digits} %", group(whole_part, lang)),
        Lang::En => format!("{sign}{}{digits}%", group(whole_part, lang)),
    }
}

/// The fewest decimals (at least one) at which the share `part / whole`, rounded
/// to the nearest, prints differently from `min_basis_points`: a share just below a
/// minimum never looks equal to it, nor much further below than it is (49,99999 %,
/// not 49,9 %, for one cent short of 50 %). Shown rounded down at that precision.
pub fn distinguishing_decimals(part: i128, whole: i128, min_basis_points: i128) -> u8 {
    const MOST: u8 = 12;
    (1..=MOST)
        .find(|&d| {
            let scale = 10i128.pow(u32::from(d) + 2);
            let nearest = part
                .checked_mul(scale * 2)
                .and_then(|p| p.checked_add(whole))
                .and_then(|p| p.checked_div(whole * 2));
            let min = min_basis_points
                .checked_mul(10i128.pow(u32::from(d)))
                .map(|m| m / 100);
            match (nearest, min) {
                (Some(share), Some(min)) => share != min,
                _ => true,
            }
        })
        .unwrap_or(MOST)
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

    #[test]
    fn a_share_just_below_its_minimum_never_prints_equal() {
        // € 5.000,00 of € 10.000,01 is 49,999950... %: told from 50 % without looking like 49,9 %.
        let d = distinguishing_decimals(500_000, 1_000_001, 5000);
        assert_eq!(d, 5);
        assert_eq!(fraction(500_000, 1_000_001, d, Lang::It), "49,99995 %");
        assert_eq!(fraction(5000, 10_000, d, Lang::It), "50,00000 %");
        // 33,3299 % against 33,33 %: it rounds to 33,33 % up to three decimals.
        let d = distinguishing_decimals(333_299, 1_000_000, 3333);
        assert_eq!(d, 4);
        assert_eq!(fraction(333_299, 1_000_000, d, Lang::It), "33,3299 %");
        assert_eq!(fraction(3333, 10_000, d, Lang::It), "33,3300 %");
        assert_eq!(distinguishing_decimals(4_000, 10_000, 5000), 1);
        assert_eq!(fraction(4_000, 10_000, 1, Lang::En), "40.0%");
        assert_eq!(fraction(1, 0, 1, Lang::It), "-");
    }
}
