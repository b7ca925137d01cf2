//! Lenient parsing of publication dates as feeds, pages and JSON records really write them.
//!
//! Real feeds carry RFC 822 dates with wrong weekday names, one-digit hours, missing
//! seconds, zone names instead of offsets and trailing junk; pages carry ISO 8601 with or
//! without a zone, fractional seconds, or a bare day. Anything that names a plausible
//! calendar day is accepted; the time and offset are kept when they parse.

use article::Published;
use chrono::{FixedOffset, NaiveDate, NaiveTime, Timelike};

/// Parses a publication date, or returns `None` when no calendar day can be read.
pub fn parse_published(input: &str) -> Option<Published> {
    let input = input.trim().trim_matches('"').trim();
    if input.is_empty() {
        return None;
    }
    if input.as_bytes()[0].is_ascii_digit() {
        if let Some(published) = parse_iso(input) {
            return Some(published);
        }
        if let Some(published) = parse_epoch(input) {
            return Some(published);
        }
    }
    parse_words(input)
}

/// `2022-02-08`, `2022-02-08T14:05`, `2022-02-08 14:05:03.123Z`, `2022-02-08T14:05:03+0100`,
/// `2022/02/08`.
fn parse_iso(input: &str) -> Option<Published> {
    let bytes = input.as_bytes();
    if bytes.len() < 10 || !matches!(bytes[4], b'-' | b'/') || bytes[7] != bytes[4] {
        return None;
    }
    let year: i32 = input.get(0..4)?.parse().ok()?;
    let month: u32 = input.get(5..7)?.parse().ok()?;
    let day: u32 = input.get(8..10)?.parse().ok()?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let rest = &input[10..];
    let Some(rest) = rest.strip_prefix(['T', ' ', 't']) else {
        return Some(Published::date(date));
    };
    let (time, rest) = parse_clock(rest)?;
    let offset = parse_offset(rest.trim());
    Some(Published { date, time: Some(time), offset })
}

/// Ten-digit Unix seconds, as some JSON exports carry.
fn parse_epoch(input: &str) -> Option<Published> {
    if !(9..=10).contains(&input.len()) || !input.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seconds: i64 = input.parse().ok()?;
    let datetime = chrono::DateTime::from_timestamp(seconds, 0)?;
    Some(Published::datetime(datetime.naive_utc(), FixedOffset::east_opt(0)))
}

/// `H:MM`, `HH:MM:SS`, with optional fraction; returns the rest of the input.
fn parse_clock(input: &str) -> Option<(NaiveTime, &str)> {
    let end =
        input.find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.')).unwrap_or(input.len());
    let clock = &input[..end];
    let mut parts = clock.split(':');
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = parts.next()?.parse().ok()?;
    let second: u32 = match parts.next() {
        Some(second) => second.split('.').next()?.parse().ok()?,
        None => 0,
    };
    let time = NaiveTime::from_hms_opt(hour, minute, second.min(59))?;
    Some((time, &input[end..]))
}

/// `Z`, `+01:00`, `+0100`, `-05`, `GMT`, `EST`, … ; `None` when absent or unknown.
fn parse_offset(input: &str) -> Option<FixedOffset> {
    let token = input.split_whitespace().next()?;
    let token = token.trim_matches(|c| c == '(' || c == ')' || c == ',');
    let hours = match token.to_ascii_uppercase().as_str() {
        "Z" | "UT" | "UTC" | "GMT" => Some(0),
        "EST" => Some(-5),
        "EDT" | "CST" => Some(if token.eq_ignore_ascii_case("EDT") { -4 } else { -6 }),
        "CDT" => Some(-5),
        "MST" => Some(-7),
        "MDT" => Some(-6),
        "PST" => Some(-8),
        "PDT" => Some(-7),
        "CET" => Some(1),
        "CEST" => Some(2),
        "BST" => Some(1),
        _ => None,
    };
    if let Some(hours) = hours {
        return FixedOffset::east_opt(hours * 3600);
    }
    let sign = match token.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = token[1..].chars().filter(|c| c.is_ascii_digit()).collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        4 => (digits[..2].parse::<i32>().ok()?, digits[2..].parse::<i32>().ok()?),
        _ => return None,
    };
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// Dates with month names: RFC 822 (`Tue, 8 Feb 2022 14:05:00 +0100`, weekday optional
/// and not checked), `February 8, 2022`, `8 February 2022 14:05 GMT`, `Feb. 8 2022`.
fn parse_words(input: &str) -> Option<Published> {
    let mut day = None;
    let mut month = None;
    let mut year = None;
    let mut time = None;
    let mut offset = None;
    let words =
        input.split(|c: char| c.is_whitespace() || c == ',').filter(|word| !word.is_empty());
    for word in words {
        let word = word.trim_end_matches('.');
        if word.contains(':')
            && time.is_none()
            && let Some((clock, rest)) = parse_clock(word)
        {
            time = Some(clock);
            offset = parse_offset(rest.trim());
            continue;
        }
        if let Some(clock) = time {
            if word.eq_ignore_ascii_case("pm") || word.eq_ignore_ascii_case("p.m") {
                if clock.hour() < 12 {
                    time = Some(clock + chrono::TimeDelta::hours(12));
                }
                continue;
            }
            if offset.is_none()
                && let Some(parsed) = parse_offset(word)
            {
                offset = Some(parsed);
                continue;
            }
        }
        if let Some(number) = leading_number(word) {
            if number > 31 && year.is_none() {
                year = Some(number as i32);
            } else if day.is_none() && (1..=31).contains(&number) {
                day = Some(number);
            } else if year.is_none() {
                year = Some(number as i32);
            }
            continue;
        }
        if month.is_none() {
            month = month_number(word);
        }
    }
    let year = year?;
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year, month?, day.unwrap_or(1))?;
    Some(Published { date, time, offset: if time.is_some() { offset } else { None } })
}

/// `8` from `8`, `8th`, `08`.
fn leading_number(word: &str) -> Option<u32> {
    let end = word.find(|c: char| !c.is_ascii_digit()).unwrap_or(word.len());
    if end == 0 || end > 4 {
        return None;
    }
    let suffix = &word[end..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    word[..end].parse().ok()
}

/// 1–12 for an English month name or its common abbreviations.
pub fn month_number(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    let month = match lower.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    // "Mar" and "March" are months, "Marines" is not.
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let name = NAMES[month as usize - 1];
    (name.starts_with(lower.as_str()) || (month == 9 && lower == "sept")).then_some(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        let got = parse_published(input).map(|p| p.to_string()).unwrap_or_else(|| "none".into());
        assert_eq!(got, expect, "input {input:?}");
    }

    #[test]
    fn iso_forms() {
        check("2022-02-08", "2022-02-08");
        check("2022-02-08T14:05:00Z", "2022-02-08T14:05:00+00:00");
        check("2022-02-08T14:05:03.123+01:00", "2022-02-08T14:05:03+01:00");
        check("2022-02-08 14:05", "2022-02-08T14:05:00");
        check("2022-02-08T14:05:00-0500", "2022-02-08T14:05:00-05:00");
        check("2022/02/08", "2022-02-08");
        check("2022-02-30", "none");
        check("1644329100", "2022-02-08T14:05:00+00:00");
    }

    #[test]
    fn rfc822_and_its_malformed_cousins() {
        check("Tue, 08 Feb 2022 14:05:00 +0100", "2022-02-08T14:05:00+01:00");
        // Wrong weekday, one-digit hour, no seconds, zone name.
        check("Mon, 8 Feb 2022 9:05 GMT", "2022-02-08T09:05:00+00:00");
        check("Thu, 5 Mar 2026 9:15:00 +0100", "2026-03-05T09:15:00+01:00");
        check("Tuesday, February 8, 2022 - 2:05 PM EST", "2022-02-08T14:05:00-05:00");
        check("08 Feb 2022", "2022-02-08");
        check("Sept. 3, 2021", "2021-09-03");
    }

    #[test]
    fn prose_dates() {
        check("February 8th, 2022", "2022-02-08");
        check("8 February 2022", "2022-02-08");
        check("March 2026", "2026-03-01");
        check("yesterday", "none");
        check("", "none");
        check("Marines 12 2022", "none");
    }
}
