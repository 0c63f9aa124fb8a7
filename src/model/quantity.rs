//! Non-monetary decimal quantities (staff FTE, indicator values), kept exact.

use std::fmt;

/// A non-negative decimal number with at most two decimals, in hundredths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hundredths(u64);

impl Hundredths {
    /// Parses `12`, `12.5`, `12.25`; rejects signs, exponents and more decimals.
    pub fn parse(text: &str) -> Option<Hundredths> {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || whole.len() > 15
            || fraction.len() > 2
            || !digits_only(whole)
            || !digits_only(fraction)
            || text.ends_with('.')
        {
            return None;
        }
        let whole: u64 = whole.parse().ok()?;
        let fraction: u64 = format!("{fraction:0<2}").parse().ok()?;
        Some(Hundredths(whole * 100 + fraction))
    }

    /// The value in hundredths.
    pub const fn get(self) -> u64 {
        self.0
    }
}

impl std::ops::Add for Hundredths {
    type Output = Hundredths;
    fn add(self, other: Hundredths) -> Hundredths {
        Hundredths(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Hundredths {
    fn sum<I: Iterator<Item = Hundredths>>(iter: I) -> Hundredths {
        iter.fold(Hundredths(0), std::ops::Add::add)
    }
}

impl fmt::Display for Hundredths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 % 100 {
            0 => write!(f, "{}", self.0 / 100),
            c if c % 10 == 0 => write!(f, "{}.{}", self.0 / 100, c / 10),
            c => write!(f, "{}.{c:02}", self.0 / 100),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_displays() {
        assert_eq!(Hundredths::parse("12").unwrap().get(), 1200);
        assert_eq!(Hundredths::parse("12.5").unwrap().get(), 1250);
        assert_eq!(Hundredths::parse("0.25").unwrap().to_string(), "0.25");
        assert_eq!(Hundredths::parse("3.50").unwrap().to_string(), "3.5");
        for bad in ["", "-1", "1.234", "1e2", "1.", ".5", "x"] {
            assert!(Hundredths::parse(bad).is_none(), "{bad}");
        }
    }
}
