//! Plan years and fund annualità: four-digit years.

use std::fmt;

/// A calendar year written with four digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Year(u16);

impl Year {
    /// Parses a four-digit year (`2022`); anything else is `None`.
    pub fn parse(text: &str) -> Option<Year> {
        if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0') {
            text.parse().ok().map(Year)
        } else {
            None
        }
    }

    pub const fn new(year: u16) -> Year {
        Year(year)
    }

    pub const fn get(self) -> u16 {
        self.0
    }

    /// The years from `self` to `last`, both included.
    pub fn through(self, last: Year) -> impl Iterator<Item = Year> {
        (self.0..=last.0).map(Year)
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_digits_only() {
        assert_eq!(Year::parse("2022"), Some(Year(2022)));
        for bad in ["22", "02022", "0999", "20x2", "", "2022.0"] {
            assert_eq!(Year::parse(bad), None, "{bad}");
        }
    }
}
