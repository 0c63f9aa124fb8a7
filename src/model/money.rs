//! Exact euro amounts in integer cents, parsed from the text written in the plan.
//!
//! An amount never passes through a float: `Cents::parse` reads the digits as
//! written (`80000`, `80000.5`, `"1250000.00"`). Sums are kept in `i128`, so
//! adding every line of the largest plan pdz accepts cannot overflow: single
//! amounts are at most `i64::MAX` cents and a plan has far fewer than 2^60 lines.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

/// An amount of money in euro cents.
///
/// Aligned to 8 bytes rather than the 16 of `i128`: every amount of the model sits beside a
/// 12-byte place, and the plan holds hundreds of thousands of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(Rust, packed(8))]
pub struct Cents(i128);

/// Why a text is not a valid amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing, or text that is not a number at all.
    NotANumber,
    /// A minus sign: plan amounts are never negative.
    Negative,
    /// More than two decimals; `fix` is the value rounded only if the extra digits are zeros.
    TooManyDecimals { fix: Option<String> },
    /// `12.500`: the dot may separate thousands (`12500`) or decimals (`12.50`); an
    /// Italian writer most likely means the larger, so neither is proposed alone.
    AmbiguousThousands { thousands: String, decimal: String },
    /// Scientific notation such as `1e3`; `fix` is the plain form when it is exact.
    Exponent { fix: Option<String> },
    /// `.nan`, `.inf` and the like.
    NotFinite,
    /// Larger than the largest amount pdz can hold.
    Overflow,
    /// Italian-style thousands and decimal separators (`80.000,50`); `fix` is `80000.50`.
    ItalianStyle { fix: String },
    /// Digit separators (`1_000`, `1,000.50`) or a currency sign; `fix` is the plain form.
    Separators { fix: String },
}

/// The largest amount accepted: `i64::MAX` cents (about 92 million billion euro).
const MAX_CENTS: i128 = i64::MAX as i128;

impl Cents {
    pub const ZERO: Cents = Cents(0);

    /// Builds an amount from cents.
    pub const fn new(cents: i128) -> Self {
        Cents(cents)
    }

    /// Builds an amount from whole euro.
    pub const fn from_euro(euro: i64) -> Self {
        Cents(euro as i128 * 100)
    }

    /// The amount in cents.
    pub const fn get(self) -> i128 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Parses a plain decimal amount with at most two decimals.
    pub fn parse(text: &str) -> Result<Cents, AmountError> {
        if let Some(cents) = parse_plain(text) {
            return cents;
        }
        Err(classify(text))
    }

    /// Writes the amount the way the plan format wants it: `1250000.50`, `80000`.
    pub fn to_plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (euro, cents) = (abs / 100, abs % 100);
        if cents == 0 {
            format!("{sign}{euro}")
        } else {
            format!("{sign}{euro}.{cents:02}")
        }
    }

    /// `self * numerator / denominator`, rounded half away from zero.
    /// Returns zero when the denominator is zero.
    pub fn mul_div_round(self, numerator: i128, denominator: i128) -> Cents {
        if denominator == 0 {
            return Cents::ZERO;
        }
        let product = self.0 * numerator;
        let quotient = product / denominator;
        let remainder = product % denominator;
        let round_up = remainder.abs() * 2 >= denominator.abs();
        let sign = if (product < 0) != (denominator < 0) {
            -1
        } else {
            1
        };
        Cents(quotient + if round_up { sign } else { 0 })
    }
}

/// Parses `digits[.d[d]]`; `None` when the text has any other shape.
fn parse_plain(text: &str) -> Option<Result<Cents, AmountError>> {
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let cents_part = match fraction {
        None => 0,
        Some(f) if !f.is_empty() && f.len() <= 2 && f.bytes().all(|b| b.is_ascii_digit()) => {
            let value: i128 = f.parse().ok()?;
            if f.len() == 1 { value * 10 } else { value }
        }
        Some(_) => return None,
    };
    let euro: i128 = match whole.trim_start_matches('0') {
        "" => 0,
        digits if digits.len() > 19 => return Some(Err(AmountError::Overflow)),
        digits => digits.parse().ok()?,
    };
    let cents = euro * 100 + cents_part;
    Some(if cents > MAX_CENTS {
        Err(AmountError::Overflow)
    } else {
        Ok(Cents(cents))
    })
}

/// Explains why `text` is not a plain amount, with the plain form where one is clear.
fn classify(text: &str) -> AmountError {
    let mut trimmed = text.trim();
    let unsigned = trimmed.to_ascii_lowercase();
    let unsigned = unsigned.trim_start_matches(['+', '-']);
    if matches!(unsigned, ".nan" | "nan" | ".inf" | "inf" | "infinity") {
        return AmountError::NotFinite;
    }
    // All the minus signs at once: a text of 60,000 of them is refused in linear time,
    // and without one call per sign (which overflowed the stack).
    if trimmed.starts_with('-') {
        let rest = trimmed.trim_start_matches(|c: char| c == '-' || c.is_whitespace());
        if parse_plain(rest).is_some() || rest.contains(['e', 'E']) {
            return AmountError::Negative;
        }
        trimmed = rest;
    }
    let lower = trimmed.to_ascii_lowercase();
    if let Some(fix) = exponent_fix(&lower) {
        return AmountError::Exponent { fix };
    }
    if let Some((whole, fraction)) = trimmed.split_once('.')
        && (1..=3).contains(&whole.len())
        && !whole.starts_with('0')
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.len() == 3
        && fraction.bytes().all(|b| b.is_ascii_digit())
    {
        let thousands = format!("{whole}{fraction}");
        // `12.505` cannot be euro and cents: the dot can only separate thousands.
        return match fraction.strip_suffix('0') {
            Some(cents) => AmountError::AmbiguousThousands {
                thousands,
                decimal: format!("{whole}.{cents}"),
            },
            None => AmountError::ItalianStyle { fix: thousands },
        };
    }
    if let Some((whole, fraction)) = trimmed.split_once('.')
        && !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.len() > 2
        && fraction.bytes().all(|b| b.is_ascii_digit())
    {
        let kept = fraction.trim_end_matches('0');
        let fix = (kept.len() <= 2).then(|| {
            if kept.is_empty() {
                whole.to_string()
            } else {
                format!("{whole}.{kept}")
            }
        });
        return AmountError::TooManyDecimals { fix };
    }
    let without_currency = trimmed
        .trim_start_matches('€')
        .trim_end_matches('€')
        .trim()
        .replace([' ', '\u{a0}'], "");
    if let Some(fix) = italian_fix(&without_currency) {
        return AmountError::ItalianStyle { fix };
    }
    let separated = without_currency.replace(['_', '\''], "");
    let english = separated.replace(',', "");
    if (separated != trimmed || english != separated)
        && let Some(Ok(cents)) = parse_plain(&english)
    {
        return AmountError::Separators {
            fix: cents.to_plain_two_decimals_if(english.contains('.')),
        };
    }
    AmountError::NotANumber
}

impl Cents {
    fn to_plain_two_decimals_if(self, decimals: bool) -> String {
        if decimals {
            self.to_fixed()
        } else {
            self.to_plain()
        }
    }

    /// Always two decimals, point as decimal mark: `1250000.00`, `-1.50`.
    pub fn to_fixed(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

/// `80.000,50` → `80000.50`; `1.250.000` → `1250000`; `80000,5` → `80000.50`.
fn italian_fix(text: &str) -> Option<String> {
    let (whole, fraction) = match text.split_once(',') {
        Some((w, f)) => (w, Some(f)),
        None => (text, None),
    };
    let groups: Vec<&str> = whole.split('.').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let plain_whole =
        groups.len() == 1 && !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit());
    let fraction_ok = match fraction {
        None => grouped && groups.len() > 2, // `1.250.000`; `1.000` alone is ambiguous
        Some(f) => !f.is_empty() && f.len() <= 2 && f.bytes().all(|b| b.is_ascii_digit()),
    };
    if !(grouped || (plain_whole && fraction.is_some())) || !fraction_ok {
        return None;
    }
    let digits = groups.concat();
    Some(match fraction {
        Some(f) => format!("{digits}.{f:0<2}"),
        None => digits,
    })
}

/// `1e3` → `Some(Some("1000"))`; `1.5e-3` → `Some(None)` (not a whole number of cents).
fn exponent_fix(lower: &str) -> Option<Option<String>> {
    let (mantissa, exponent) = lower.split_once('e')?;
    let exponent: i32 = exponent.trim_start_matches('+').parse().ok()?;
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    if !(-2..=18).contains(&exponent) {
        return Some(None);
    }
    // Shift the decimal point by `exponent` places, exactly, on the digit string.
    let digits = format!("{whole}{fraction}");
    let point = whole.len() as i32 + exponent;
    let plain = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    let plain = match plain.split_once('.') {
        Some((w, f)) if f.trim_end_matches('0').is_empty() => w.to_string(),
        Some((w, f)) => format!("{w}.{}", f.trim_end_matches('0')),
        None => plain,
    };
    Some(match parse_plain(&plain) {
        Some(Ok(cents)) => Some(cents.to_plain()),
        _ => None,
    })
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, other: Cents) {
        self.0 += other.0;
    }
}

impl Sub for Cents {
    type Output = Cents;
    fn sub(self, other: Cents) -> Cents {
        Cents(self.0 - other.0)
    }
}

impl SubAssign for Cents {
    fn sub_assign(&mut self, other: Cents) {
        self.0 -= other.0;
    }
}

impl Neg for Cents {
    type Output = Cents;
    fn neg(self) -> Cents {
        Cents(-self.0)
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Cents> for Cents {
    fn sum<I: Iterator<Item = &'a Cents>>(iter: I) -> Cents {
        iter.copied().sum()
    }
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_plain())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> i128 {
        Cents::parse(text)
            .unwrap_or_else(|e| panic!("{text}: {e:?}"))
            .get()
    }

    #[test]
    fn plain_amounts() {
        assert_eq!(ok("80000"), 8_000_000);
        assert_eq!(ok("80000.5"), 8_000_050);
        assert_eq!(ok("1250000.00"), 125_000_000);
        assert_eq!(ok("0.29"), 29);
        assert_eq!(ok("0"), 0);
        assert_eq!(ok("007"), 700);
        assert_eq!(ok("90071992547409.93"), 9_007_199_254_740_993);
        assert_eq!(ok("92233720368547758.07"), i64::MAX as i128);
    }

    #[test]
    fn rejected_amounts() {
        use AmountError::*;
        let cases: &[(&str, AmountError)] = &[
            ("", NotANumber),
            ("abc", NotANumber),
            ("1.", NotANumber),
            (".5", NotANumber),
            ("-5", Negative),
            ("-0.01", Negative),
            ("-1e3", Negative),
            ("12345.675", TooManyDecimals { fix: None }),
            (
                "1234.500",
                TooManyDecimals {
                    fix: Some("1234.5".into()),
                },
            ),
            (
                "0.500",
                TooManyDecimals {
                    fix: Some("0.5".into()),
                },
            ),
            // An Italian writer means twelve thousand five hundred: both readings, never
            // the smaller alone; `12.505` cannot be euro and cents.
            (
                "12.500",
                AmbiguousThousands {
                    thousands: "12500".into(),
                    decimal: "12.50".into(),
                },
            ),
            (
                "100.000",
                AmbiguousThousands {
                    thousands: "100000".into(),
                    decimal: "100.00".into(),
                },
            ),
            (
                "12.505",
                ItalianStyle {
                    fix: "12505".into(),
                },
            ),
            (
                "1e3",
                Exponent {
                    fix: Some("1000".into()),
                },
            ),
            (
                "1.5E+2",
                Exponent {
                    fix: Some("150".into()),
                },
            ),
            ("1e-5", Exponent { fix: None }),
            ("1e400", Exponent { fix: None }),
            (".nan", NotFinite),
            ("-.inf", NotFinite),
            ("92233720368547758.08", Overflow),
            ("99999999999999999999999999", Overflow),
            (
                "80.000,50",
                ItalianStyle {
                    fix: "80000.50".into(),
                },
            ),
            (
                "1.000,00",
                ItalianStyle {
                    fix: "1000.00".into(),
                },
            ),
            (
                "1.250.000",
                ItalianStyle {
                    fix: "1250000".into(),
                },
            ),
            (
                "80000,5",
                ItalianStyle {
                    fix: "80000.50".into(),
                },
            ),
            (
                "€ 1.234,56",
                ItalianStyle {
                    fix: "1234.56".into(),
                },
            ),
            (
                "1_000.50",
                Separators {
                    fix: "1000.50".into(),
                },
            ),
            (
                "1,000.50",
                Separators {
                    fix: "1000.50".into(),
                },
            ),
            ("1,000", Separators { fix: "1000".into() }),
            (
                "€80000",
                Separators {
                    fix: "80000".into(),
                },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&Cents::parse(text).unwrap_err(), expected, "{text:?}");
        }
    }

    #[test]
    fn plain_round_trip() {
        for text in ["0", "1", "80000.50", "1250000.05", "92233720368547758.07"] {
            let cents = Cents::parse(text).unwrap();
            assert_eq!(Cents::parse(&cents.to_plain()).unwrap(), cents);
        }
        assert_eq!(Cents::new(8_000_050).to_plain(), "80000.50");
        assert_eq!(Cents::new(-150).to_plain(), "-1.50");
    }

    #[test]
    fn mul_div_rounds_half_away_from_zero() {
        assert_eq!(Cents::new(100).mul_div_round(1, 3), Cents::new(33));
        assert_eq!(Cents::new(100).mul_div_round(2, 3), Cents::new(67));
        assert_eq!(Cents::new(5).mul_div_round(1, 2), Cents::new(3));
        assert_eq!(Cents::new(-5).mul_div_round(1, 2), Cents::new(-3));
        assert_eq!(Cents::new(5).mul_div_round(1, 0), Cents::ZERO);
    }

    #[test]
    fn float_trap_does_not_apply() {
        // (0.29 * 100.0) as i64 == 28 with floats.
        assert_eq!(ok("0.29"), 29);
    }
}
