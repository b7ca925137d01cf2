//! Temporal tagger: finds time expressions (timexes) in English news text and normalizes them
//! to TIMEX3 values anchored to the calendar.
//!
//! The pipeline has three steps, all pure and infallible:
//! 1. `lexer`: one pass over the text makes tokens with byte spans and tags each word with a
//!    temporal category (month, weekday, unit, number word, modifier word...).
//! 2. `grammar`: rules fire only at tokens that are temporal triggers or numbers and build a
//!    small expression tree per timex (`grammar::Expr`), with its tense context.
//! 3. `resolve`: each expression is normalized against the document time and a narrative
//!    reference time that follows the last fully specified date ("two days later").
//!
//! [`tempeval`] reads and writes TempEval-3 TimeML and scores a system against gold; the
//! `tempeval_eval` example prints the scores on the training corpora:
//! `cargo run --release -p timex --example tempeval_eval -- ../shared/data/tempeval3`.
//!
//! # Values
//!
//! - Days `2022-02-07`, ISO weeks `2022-W06` (weekends `2022-W06-WE`), months `2022-02`,
//!   quarters `2022-Q3`, halves `2022-H1`, seasons `2022-SU`, years `2022`, decades `199X`,
//!   centuries `19`; clock times `2022-02-15T15:00` and parts of the day `2022-02-08TNI`
//!   (time zones are recognized as part of the span but not written into the value).
//! - Durations `P3Y`, `PT5H`, `P2Y6M`, with `X` for an unknown amount (`PXD`); sets `P1W`,
//!   `XXXX-WXX-1`; vague references `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
//! - A missing year is the publication year unless the date is months away on the wrong side
//!   of it for the tense of the clause ("in November" said in February of a past event is last
//!   year's). Weekday names follow the tense: "met on Monday" is the Monday before
//!   publication, "will meet on Monday" the one after.
//! - "yesterday", "last week", "two weeks ago" count from the publication date; "the next
//!   day", "two days later", "the previous Friday" count from the last day the text pinned
//!   down.
//! - Earnings news: "the quarter", "a year ago", "the year-earlier period" follow the quarter
//!   the report is about; in a sentence about "the first nine months", "a year earlier" is the
//!   year before as a whole.
//! - Rates are sets: "$500 million a year" is `P1Y` of type SET, like "every year".
//! - Hedges: "about two weeks" is tagged "two weeks" with modifier `APPROX`, the span
//!   following the TempEval annotation habit.
//!
//! ```
//! use chrono::NaiveDate;
//! let dct = NaiveDate::from_ymd_opt(2022, 2, 8).unwrap();
//! let text = "The talks began on Jan. 26 and resumed two days later.";
//! let timexes = timex::tag(text, dct);
//! let values: Vec<&str> = timexes.iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["2022-01-26", "2022-01-28"]);
//! assert_eq!(&text[timexes[0].span.clone()], "Jan. 26");
//! assert_eq!(timexes[1].granularity, timex::Granularity::Day);
//! ```
//!
//! # JSON shape
//!
//! [`Timex`] serializes (serde) as
//! `{"span":{"start":0,"end":7},"kind":"DATE","value":"2022-01-26","modifier":null,
//! "granularity":"Day","anchored":{"first":"2022-01-26","last":"2022-01-26"},"range":null}`;
//! `kind` is one of `DATE`, `TIME`, `DURATION`, `SET`; `modifier` is a TIMEX3 `mod` string
//! such as `"START"` or null; `granularity` is one of `Day`, `Week`, `Month`, `Quarter`,
//! `Season`, `HalfYear`, `Year`, `Decade`, `Century`, `None`; `anchored` is null when
//! `granularity` is `None`; `range` is null or
//! `{"role":"From"|"To","other":{"start":..,"end":..}}`. Spans are byte offsets.
//! Fields are only ever added to this shape, never renamed.

mod grammar;
mod lexer;
mod resolve;
pub mod tempeval;

use std::ops::Range;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// One time expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte range into the tagged text.
    pub span: Range<usize>,
    pub kind: TimexType,
    /// The TIMEX3 `value`: `2022-02-07`, `2022-W06`, `199X`, `P3Y`, `PRESENT_REF`...
    pub value: String,
    pub modifier: Option<Modifier>,
    /// Calendar granularity of `value`; `None` for durations, sets and vague references.
    pub granularity: Granularity,
    /// First and last calendar day the value covers, when it is a calendar date or period.
    pub anchored: Option<Interval>,
    /// Set when this timex is one end of a range ("from Feb. 10 to Feb. 20").
    pub range: Option<RangeLink>,
}

/// TIMEX3 `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TIMEX3 spelling: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// TIMEX3 `mod`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Modifier {
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
}

impl Modifier {
    /// The TIMEX3 spelling, e.g. `EQUAL_OR_MORE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Start => "START",
            Modifier::Mid => "MID",
            Modifier::End => "END",
            Modifier::Approx => "APPROX",
            Modifier::Before => "BEFORE",
            Modifier::After => "AFTER",
            Modifier::OnOrBefore => "ON_OR_BEFORE",
            Modifier::OnOrAfter => "ON_OR_AFTER",
            Modifier::LessThan => "LESS_THAN",
            Modifier::MoreThan => "MORE_THAN",
            Modifier::EqualOrLess => "EQUAL_OR_LESS",
            Modifier::EqualOrMore => "EQUAL_OR_MORE",
        }
    }
}

/// Calendar granularity of a value. Clock times and parts of the day count as `Day`: the
/// timeline groups by day at the finest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Granularity {
    Day,
    Week,
    Month,
    Quarter,
    Season,
    HalfYear,
    Year,
    Decade,
    Century,
    /// Durations, sets and vague references (`PAST_REF`) have no calendar extent.
    None,
}

/// An inclusive range of calendar days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Interval {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Which end of a range a timex is, and where the other end is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RangeLink {
    pub role: RangeRole,
    /// Byte span of the other end.
    pub other: Range<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum RangeRole {
    From,
    To,
}

/// How to tag: plain data, see [`tag_with`].
#[derive(Clone, Debug)]
pub struct Config {
    /// Publication date: relative expressions ("yesterday", "last week") are anchored here.
    pub document_time: NaiveDate,
    /// Let anaphoric expressions ("two days later", "the next day") follow the last date the
    /// narrative mentioned rather than the document time.
    pub follow_narrative: bool,
}

impl Config {
    pub fn new(document_time: NaiveDate) -> Config {
        Config { document_time, follow_narrative: true }
    }
}

/// Finds and normalizes the time expressions of `text`, anchored to `document_time`.
pub fn tag(text: &str, document_time: NaiveDate) -> Vec<Timex> {
    tag_with(text, &Config::new(document_time))
}

/// [`tag`] with explicit settings.
pub fn tag_with(text: &str, config: &Config) -> Vec<Timex> {
    let tokens = lexer::tokenize(text);
    let matches = grammar::find(text, &tokens, config.document_time.year());
    resolve::resolve_all(&tokens, &matches, config)
}

/// The calendar days a TIMEX3 value covers and its granularity, e.g. `2022-Q1` gives
/// 2022-01-01..=2022-03-31 and `Quarter`. Returns `None` for durations, sets, vague references
/// and malformed values. Seasons are meteorological (`SU` is June to August; `WI` runs from
/// December into the next year).
pub fn interval_of_value(value: &str) -> Option<(Granularity, Interval)> {
    let date_part = value.split('T').next().unwrap_or(value);
    let bytes = date_part.as_bytes();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let make = |g, first: Option<NaiveDate>, last: Option<NaiveDate>| {
        Some((g, Interval { first: first?, last: last? }))
    };
    let ymd = NaiveDate::from_ymd_opt;
    match bytes.len() {
        2 if all_digits(date_part) => {
            let c: i32 = date_part.parse().ok()?;
            make(Granularity::Century, ymd(c * 100, 1, 1), ymd(c * 100 + 99, 12, 31))
        }
        4 if date_part.ends_with('X') && all_digits(&date_part[..3]) => {
            let d: i32 = date_part[..3].parse().ok()?;
            make(Granularity::Decade, ymd(d * 10, 1, 1), ymd(d * 10 + 9, 12, 31))
        }
        3 if all_digits(date_part) => {
            let d: i32 = date_part.parse().ok()?;
            make(Granularity::Decade, ymd(d * 10, 1, 1), ymd(d * 10 + 9, 12, 31))
        }
        4 if all_digits(date_part) => {
            let y: i32 = date_part.parse().ok()?;
            make(Granularity::Year, ymd(y, 1, 1), ymd(y, 12, 31))
        }
        _ if bytes.len() >= 7 && bytes[4] == b'-' && all_digits(&date_part[..4]) => {
            let y: i32 = date_part[..4].parse().ok()?;
            let rest = &date_part[5..];
            if let Some(q) = rest.strip_prefix('Q') {
                let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
                let first = ymd(y, q * 3 - 2, 1);
                return make(Granularity::Quarter, first, last_of_month(y, q * 3));
            }
            if let Some(h) = rest.strip_prefix('H') {
                let h: u32 = h.parse().ok().filter(|h| (1..=2).contains(h))?;
                return make(Granularity::HalfYear, ymd(y, h * 6 - 5, 1), last_of_month(y, h * 6));
            }
            let season = match rest {
                "SP" => Some((3, 5, 0)),
                "SU" => Some((6, 8, 0)),
                "FA" => Some((9, 11, 0)),
                "WI" => Some((12, 2, 1)),
                _ => None,
            };
            if let Some((from, to, next_year)) = season {
                return make(
                    Granularity::Season,
                    ymd(y, from, 1),
                    last_of_month(y + next_year, to),
                );
            }
            if let Some(w) = rest.strip_prefix('W') {
                let week: u32 = w.get(..2)?.parse().ok()?;
                let monday = NaiveDate::from_isoywd_opt(y, week, chrono::Weekday::Mon)?;
                if w.ends_with("-WE") {
                    return make(
                        Granularity::Week,
                        monday.checked_add_days(chrono::Days::new(5)),
                        monday.checked_add_days(chrono::Days::new(6)),
                    );
                }
                return make(
                    Granularity::Week,
                    Some(monday),
                    monday.checked_add_days(chrono::Days::new(6)),
                );
            }
            let month: u32 = rest.get(..2)?.parse().ok()?;
            if rest.len() == 2 {
                return make(Granularity::Month, ymd(y, month, 1), last_of_month(y, month));
            }
            if rest.as_bytes().get(2) == Some(&b'-') && rest.len() == 5 {
                let day: u32 = rest[3..].parse().ok()?;
                let date = ymd(y, month, day);
                return make(Granularity::Day, date, date);
            }
            None
        }
        _ => None,
    }
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// The ISO week value of a day, e.g. `2022-W06`.
pub(crate) fn week_value(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{:04}-W{:02}", week.year(), week.week())
}

#[cfg(test)]
mod tests;
