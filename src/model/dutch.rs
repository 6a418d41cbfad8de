//! Dates and numbers the way a Flemish reader expects them: "12 mei 2023", "1.234,5".

use std::fmt;

use crate::tr;

/// A calendar date, read from ISO 8601 (`2023-05-12`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

impl Date {
    /// Parses `YYYY-MM-DD`; the error says what is wrong in words.
    pub fn parse_iso(text: &str) -> Result<Date, String> {
        let shape_ok = text.len() == 10
            && text.bytes().enumerate().all(
                |(i, b)| {
                    if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() }
                },
            );
        if !shape_ok {
            return Err(tr!("model-date-form", text));
        }
        let year: i32 = text[0..4].parse().map_err(|_| tr!("model-date-invalid-year"))?;
        let month: u8 = text[5..7].parse().map_err(|_| tr!("model-date-invalid-month"))?;
        let day: u8 = text[8..10].parse().map_err(|_| tr!("model-date-invalid-day"))?;
        if !(1..=12).contains(&month) {
            return Err(tr!("model-date-month", text, month));
        }
        let days = days_in_month(year, month);
        if day == 0 || day > days {
            let month_name = MONTHS[usize::from(month) - 1];
            return Err(tr!("model-date-day", text, month_name, year, days));
        }
        Ok(Date { year, month, day })
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "12 mei 2023", with a non-breaking space between day and month so they stay together.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\u{a0}{} {}", self.day, MONTHS[usize::from(self.month) - 1], self.year)
    }
}

/// Writes a JSON-style number (`1234.5`, `-3`, `0.25`) the nl-BE way: `1.234,5`, `-3`, `0,25`.
/// Returns `None` when the text is not such a number.
pub fn format_number(text: &str) -> Option<String> {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int) || frac.is_some_and(|f| !all_digits(f)) {
        return None;
    }
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push(',');
        out.push_str(frac);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_strictly_and_shown_in_dutch() {
        let date = Date::parse_iso("2023-05-12").unwrap();
        assert_eq!(date.to_string(), "12\u{a0}mei 2023");
        assert!(Date::parse_iso("2024-02-29").is_ok());
        assert!(Date::parse_iso("2023-02-29").unwrap_err().contains("februari 2023 heeft 28 dagen"));
        assert!(Date::parse_iso("2023-13-01").unwrap_err().contains("maand 13"));
        assert!(Date::parse_iso("12/05/2023").unwrap_err().contains("JJJJ-MM-DD"));
        assert!(Date::parse_iso("2023-5-12").is_err());
    }

    #[test]
    fn numbers_use_dutch_separators() {
        assert_eq!(format_number("1234.5").as_deref(), Some("1.234,5"));
        assert_eq!(format_number("1234567").as_deref(), Some("1.234.567"));
        assert_eq!(format_number("999").as_deref(), Some("999"));
        assert_eq!(format_number("-0.25").as_deref(), Some("-0,25"));
        assert_eq!(format_number("12,5"), None);
        assert_eq!(format_number("1e5"), None);
    }
}
