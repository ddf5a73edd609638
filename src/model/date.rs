//! Dates with the precision a source gives: a position reported "in January 2023" is not
//! "1 January 2023".

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD ({why})", super::fault::quoted(.input))]
pub struct DateError {
    input: String,
    why: &'static str,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    pub fn ymd(year: u16, month: u8, day: u8) -> Self {
        Self { year, month: Some(month), day: Some(day) }
    }

    pub fn parse(input: &str) -> Result<Self, DateError> {
        let fail = |why| DateError { input: input.to_owned(), why };
        let mut parts = input.split('-');
        let number = |part: Option<&str>, len: usize| -> Result<Option<u16>, DateError> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| fail("not a number"))?))
                }
                Some(_) => Err(fail("wrong number of digits")),
            }
        };
        let year = number(parts.next(), 4)?.ok_or_else(|| fail("no year"))?;
        let month = number(parts.next(), 2)?.map(|m| m as u8);
        let day = number(parts.next(), 2)?.map(|d| d as u8);
        if parts.next().is_some() {
            return Err(fail("too many parts"));
        }
        if !(1000..=9999).contains(&year) {
            return Err(fail("year out of range"));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(fail("month out of range"));
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(fail("day out of range"));
                }
            }
        }
        Ok(Self { year, month, day })
    }

    /// 1 for a year, 2 for a month, 3 for a day.
    pub fn precision(self) -> u8 {
        1 + u8::from(self.month.is_some()) + u8::from(self.day.is_some())
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// The first day the date could mean. "As of" and the timeline place a date known only to
    /// the month or year at its start, so a position reported "in 2023" counts from January.
    pub fn first_day(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date could mean, for ranges that must include the whole period.
    pub fn last_day(self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        (self.year, month, self.day.unwrap_or_else(|| days_in_month(self.year, month)))
    }

    /// Human form in English at the precision known: "2023", "August 2023", "21 August 2023".
    pub fn display_en(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form it was written in, at its own precision.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Ord for PartialDate {
    /// By first day, then the more precise first: "2023-08-01" before "2023-08" before "2023".
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day().cmp(&other.first_day()).then_with(|| self.last_day().cmp(&other.last_day()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl super::json::FromJson for PartialDate {
    fn read(c: &mut super::json::Cursor) -> Result<Self, super::json::Error> {
        let s = c.string()?;
        PartialDate::parse(&s).map_err(|e| c.err(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_round_trips() {
        for s in ["2019", "2023-08", "2024-12-24", "2024-02-29"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in ["", "19", "2023-13", "2023-02-29", "2023-04-31", "2023-1-5", "2023-08-21T00", "20x3", "2023-08-21-1"]
        {
            assert!(PartialDate::parse(s).is_err(), "{s} should not parse");
        }
    }

    #[test]
    fn orders_by_first_day_then_precision() {
        let p = |s| PartialDate::parse(s).unwrap();
        assert!(p("2023-08-01") < p("2023-08"));
        assert!(p("2023-01") < p("2023"));
        assert!(p("2023") < p("2023-08"));
        assert!(p("2023") < p("2023-01-02"));
        assert!(p("2022-12-31") < p("2023"));
    }

    #[test]
    fn displays_at_its_precision() {
        assert_eq!(PartialDate::parse("2023").unwrap().display_en(), "2023");
        assert_eq!(PartialDate::parse("2023-08").unwrap().display_en(), "August 2023");
        assert_eq!(PartialDate::parse("2024-12-24").unwrap().display_en(), "24 December 2024");
        assert_eq!(PartialDate::parse("2024-02").unwrap().last_day(), (2024, 2, 29));
    }
}
