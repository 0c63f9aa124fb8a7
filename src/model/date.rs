//! Calendar dates written as ISO `YYYY-MM-DD`.

use super::year::Year;
use std::fmt;

/// A valid calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist (`2023-02-29`).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = Year::parse(&text[0..4])?.get();
        let month: u8 = digits(&text[5..7])?;
        let day: u8 = digits(&text[8..10])?;
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= date.days_in_month()).then_some(date)
    }

    pub fn year(self) -> Year {
        Year::new(self.year)
    }

    /// The same day one year earlier (29 February becomes 28 February).
    pub fn one_year_before(self) -> Date {
        let mut earlier = Date {
            year: self.year - 1,
            ..self
        };
        earlier.day = earlier.day.min(earlier.days_in_month());
        earlier
    }

    /// `2024-12-31`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `31/12/2024`, as Italian documents write dates.
    pub fn italian(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if self.year.is_multiple_of(4)
                && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => 31,
        }
    }
}

fn digits(text: &str) -> Option<u8> {
    text.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse().ok())?
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2024-12-31").unwrap().italian(), "31/12/2024");
        assert!(Date::parse("2024-02-29").is_some());
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "31/12/2024",
            "2100-02-29",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn one_year_before_clamps_leap_day() {
        assert_eq!(
            Date::parse("2024-02-29").unwrap().one_year_before().iso(),
            "2023-02-28"
        );
    }
}
