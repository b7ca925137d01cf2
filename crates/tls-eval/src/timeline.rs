//! Timelines as the evaluator sees them (dated lists of sentences), read from and written to
//! tilse's text format and Dateline's JSON.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// A timeline: for each date, the sentences of its summary, in order.
///
/// A date may have no sentences: it still counts for Date F1, and its summary is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub dates: BTreeMap<NaiveDate, Vec<String>>,
}

/// The line that ends a date's block in tilse's text format.
const DASHES: &str = "--------------------------------";

/// Reads a timeline in tilse's text format: a `YYYY-MM-DD` line, one sentence a line, and a line
/// of 32 dashes after each date's sentences.
///
/// The reading follows tilse's `Timeline.from_file` wherever that changes scores: lines are
/// split and trimmed as Python's `splitlines` and `strip` do, blank lines are skipped, and when
/// a date has two blocks the later one replaces the earlier (the published T17 references rely
/// on this). It departs from tilse where tilse would crash or silently lose text: text outside a
/// block, a date line inside an open block and a dashed line with no date are errors, a final
/// block without its dashed line is kept rather than dropped, and a byte-order mark is skipped.
pub fn parse_tilse(text: &str) -> Result<Timeline> {
    let mut timeline = Timeline::default();
    let mut open: Option<(NaiveDate, Vec<String>)> = None;
    // tilse would choke on a byte-order mark; editors on Windows write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (line_idx, line) in python_lines(text).enumerate() {
        let line_number = line_idx + 1;
        let line = line.trim_matches(is_python_whitespace);
        if line.is_empty() {
            continue;
        }
        if line == DASHES {
            let (date, sentences) =
                open.take().ok_or(Error::DashesWithoutDate { line: line_number })?;
            timeline.dates.insert(date, sentences);
        } else if let Some(date) = parse_date(line) {
            if open.is_some() {
                return Err(Error::DateInsideBlock { line: line_number });
            }
            open = Some((date, Vec::new()));
        } else {
            let (_, sentences) =
                open.as_mut().ok_or(Error::TextOutsideBlock { line: line_number })?;
            sentences.push(line.to_owned());
        }
    }
    if let Some((date, sentences)) = open {
        timeline.dates.insert(date, sentences);
    }
    Ok(timeline)
}

/// Writes a timeline in tilse's text format, dates in order.
///
/// A sentence is written on one line: line breaks inside it become spaces, which changes no
/// score because tilse splits sentences on whitespace anyway.
pub fn to_tilse(timeline: &Timeline) -> String {
    let mut out = String::new();
    for (date, sentences) in &timeline.dates {
        out.push_str(&date.format("%Y-%m-%d").to_string());
        out.push('\n');
        for sentence in sentences {
            let one_line: String =
                sentence.chars().map(|c| if is_python_line_break(c) { ' ' } else { c }).collect();
            let one_line = one_line.trim_matches(is_python_whitespace);
            if !one_line.is_empty() {
                out.push_str(one_line);
                out.push('\n');
            }
        }
        out.push_str(DASHES);
        out.push('\n');
    }
    out
}

#[derive(Serialize, Deserialize)]
struct JsonTimeline {
    dates: Vec<JsonDate>,
}

#[derive(Serialize, Deserialize)]
struct JsonDate {
    date: String,
    #[serde(default)]
    sentences: Vec<String>,
}

/// Reads a timeline in Dateline's JSON, `{"dates": [{"date": "2022-02-07", "sentences": [...]}]}`.
///
/// Other fields are ignored, so a line of T17's `timelines.jsonl`
/// (`{"topic": ..., "timeline": ..., "dates": [...]}`) reads as well. As in the tilse format, a
/// later entry for a date replaces an earlier one.
pub fn parse_json(text: &str) -> Result<Timeline> {
    let json: JsonTimeline = serde_json::from_str(text)?;
    let mut timeline = Timeline::default();
    for entry in json.dates {
        let date = parse_date(entry.date.trim())
            .ok_or_else(|| Error::InvalidDate { date: entry.date.clone() })?;
        timeline.dates.insert(date, entry.sentences);
    }
    Ok(timeline)
}

/// Reads one timeline per non-blank line, as in T17's `timelines.jsonl`.
pub fn parse_json_lines(text: &str) -> Result<Vec<Timeline>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(line_idx, line)| {
            parse_json(line)
                .map_err(|source| Error::Line { line: line_idx + 1, source: Box::new(source) })
        })
        .collect()
}

/// Writes a timeline as Dateline's JSON, dates in order.
pub fn to_json(timeline: &Timeline) -> String {
    let json = JsonTimeline {
        dates: timeline
            .dates
            .iter()
            .map(|(date, sentences)| JsonDate {
                date: date.format("%Y-%m-%d").to_string(),
                sentences: sentences.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&json).expect("strings and lists always serialize")
}

/// Parses `YYYY-MM-DD` as Python's `strptime(line, "%Y-%m-%d")` does: four-digit year, and one
/// or two digits for the month and the day.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || year.len() != 4
        || !(1..=2).contains(&month.len())
        || !(1..=2).contains(&day.len())
        || ![year, month, day].iter().all(|part| part.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// Python's `str.isspace`: Unicode white space plus the four ASCII separators `\x1c`–`\x1f`.
///
/// tilse splits sentences into tokens with `str.split()`, and the date alignment counts those
/// tokens, so this decides which tokens it sees.
pub(crate) fn is_python_whitespace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The line boundaries of Python's `str.splitlines`, which tilse's file reading uses.
fn is_python_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Splits text into lines as Python's `str.splitlines` does, `\r\n` counting as one break.
fn python_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match rest.char_indices().find(|&(_, c)| is_python_line_break(c)) {
            Some((idx, c)) => {
                let line = &rest[..idx];
                let mut next = idx + c.len_utf8();
                if c == '\r' && rest[next..].starts_with('\n') {
                    next += 1;
                }
                rest = &rest[next..];
                Some(line)
            }
            None => Some(std::mem::take(&mut rest)),
        }
    })
}

#[cfg(test)]
mod tests {
    use expect_test::{Expect, expect};

    use super::*;

    fn check_tilse(input: &str, expect: Expect) {
        let actual = match parse_tilse(input) {
            Ok(timeline) => to_tilse(&timeline),
            Err(error) => format!("error: {error}\n"),
        };
        expect.assert_eq(&actual);
    }

    #[test]
    fn tilse_blocks() {
        check_tilse(
            "2010-09-19\nThe well is sealed . \n--------------------------------\n\
             2010-09-17\r\nBP pumps cement .\r\nA second sentence .\r\n\
             --------------------------------\r\n",
            expect![[r#"
                2010-09-17
                BP pumps cement .
                A second sentence .
                --------------------------------
                2010-09-19
                The well is sealed .
                --------------------------------
            "#]],
        );
    }

    #[test]
    fn tilse_later_block_replaces_earlier() {
        check_tilse(
            "2010-07-23\nfirst\n--------------------------------\n\n\
             2010-07-23\nsecond\n--------------------------------\n",
            expect![[r#"
                2010-07-23
                second
                --------------------------------
            "#]],
        );
    }

    #[test]
    fn tilse_unterminated_last_block_and_one_digit_dates() {
        check_tilse(
            "\u{feff}2010-7-3\n\n  spaced out  \n--------------------------------\n2010-07-04\nlast\n",
            expect![[r#"
                2010-07-03
                spaced out
                --------------------------------
                2010-07-04
                last
                --------------------------------
            "#]],
        );
    }

    #[test]
    fn tilse_malformed() {
        check_tilse(
            "a sentence\n",
            expect![[r#"
            error: line 1: text outside a date's block (before its date line or after its dashed line)
        "#]],
        );
        check_tilse(
            "2010-07-03\n2010-07-04\n",
            expect![[r#"
                error: line 2: date line inside an open block; end the block with a dashed line first
            "#]],
        );
        check_tilse(
            "2010-07-03\n--------------------------------\n--------------------------------\n",
            expect![[r#"
                error: line 3: dashed line without a date line before it
            "#]],
        );
        check_tilse(
            "2010-02-30\n",
            expect![[r#"
            error: line 1: text outside a date's block (before its date line or after its dashed line)
        "#]],
        );
    }

    #[test]
    fn sentences_with_line_breaks_stay_on_one_line() {
        let mut timeline = Timeline::default();
        let date = NaiveDate::from_ymd_opt(2022, 2, 7).unwrap();
        timeline.dates.insert(date, vec!["two\nlines".into(), " ".into()]);
        expect![[r#"
            2022-02-07
            two lines
            --------------------------------
        "#]]
        .assert_eq(&to_tilse(&timeline));
    }

    #[test]
    fn json_shapes() {
        let dateline = r#"{"dates":[{"date":"2022-02-08","sentences":["b"]},{"date":"2022-02-07","sentences":["a","c"]}]}"#;
        let timeline = parse_json(dateline).unwrap();
        expect![[r#"{"dates":[{"date":"2022-02-07","sentences":["a","c"]},{"date":"2022-02-08","sentences":["b"]}]}"#]]
            .assert_eq(&to_json(&timeline));
        assert_eq!(parse_tilse(&to_tilse(&timeline)).unwrap(), timeline);

        let t17 = "{\"topic\": \"bpoil\", \"timeline\": 0, \"dates\": [{\"date\": \"2010-04-20\", \"sentences\": [\"x\"]}]}\n\n\
                   {\"topic\": \"bpoil\", \"timeline\": 1, \"dates\": []}\n";
        let timelines = parse_json_lines(t17).unwrap();
        assert_eq!(timelines.len(), 2);
        assert_eq!(timelines[0].dates.len(), 1);

        let bad = "{\"dates\": []}\n{\"dates\": [{\"date\": \"2010-13-01\"}]}\n";
        expect![[r#"line 2: invalid date "2010-13-01", expected YYYY-MM-DD"#]]
            .assert_eq(&parse_json_lines(bad).unwrap_err().to_string());
        assert!(parse_json("[]").is_err());
    }

    #[test]
    fn python_line_splitting() {
        let lines: Vec<&str> = python_lines("a\r\nb\rc\u{2028}d\u{85}e\n\nf").collect();
        assert_eq!(lines, ["a", "b", "c", "d", "e", "", "f"]);
        assert_eq!(python_lines("").count(), 0);
        assert_eq!(python_lines("a\n").count(), 1);
    }
}
