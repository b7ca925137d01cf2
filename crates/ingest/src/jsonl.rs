//! Reads JSON Lines (one article a line) and single JSON documents (one article, an
//! array of them, or an object holding an `articles`/`items` array).
//!
//! Field names vary between exporters, so each field is looked up under its usual names
//! in order of preference; unknown fields are ignored. `source` may be a string or an
//! object with a `name` (as news APIs write it).

use article::{Article, Provenance};
use rayon::prelude::*;
use serde_json::{Map, Value};

use crate::dates::parse_published;
use crate::{FileOutput, Source};

const ID_KEYS: &[&str] = &["id", "guid", "uuid", "article_id"];
const OUTLET_KEYS: &[&str] = &["outlet", "source", "publisher", "site", "site_name", "source_name"];
const URL_KEYS: &[&str] = &["url", "link", "href", "canonical_url"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const DATE_KEYS: &[&str] = &[
    "published",
    "date",
    "published_at",
    "publishedAt",
    "datePublished",
    "pubDate",
    "date_published",
    "publication_date",
    "timestamp",
    "time",
];
const TEXT_KEYS: &[&str] =
    &["text", "body", "content", "article", "full_text", "maintext", "content_text"];

/// Files larger than this are cut into chunks of about this size at line boundaries and
/// parsed on all cores.
const PARALLEL_CHUNK_BYTES: usize = 1 << 20;

pub(crate) fn read_lines(source: &Source<'_>, output: &mut FileOutput) {
    if source.text.len() <= PARALLEL_CHUNK_BYTES {
        read_chunk(source, source.text, 1, output);
        return;
    }
    // Cut at line ends, remembering each chunk's first line number.
    let mut chunks: Vec<(&str, u64)> = Vec::new();
    let mut start = 0;
    let mut line = 1;
    while start < source.text.len() {
        let mut end = (start + PARALLEL_CHUNK_BYTES).min(source.text.len());
        end = match source.text.as_bytes()[end..].iter().position(|&b| b == b'\n') {
            Some(newline) => end + newline + 1,
            None => source.text.len(),
        };
        let chunk = &source.text[start..end];
        chunks.push((chunk, line));
        line += memchr::memchr_iter(b'\n', chunk.as_bytes()).count() as u64;
        start = end;
    }
    let outputs: Vec<FileOutput> = chunks
        .par_iter()
        .map(|&(chunk, first_line)| {
            let mut chunk_output = FileOutput::default();
            read_chunk(source, chunk, first_line, &mut chunk_output);
            chunk_output
        })
        .collect();
    for chunk_output in outputs {
        output.articles.extend(chunk_output.articles);
        output.skipped.extend(chunk_output.skipped);
        output.warnings.extend(chunk_output.warnings);
    }
}

/// Reads the lines of `chunk`, whose first line is line `first_line` of the file.
fn read_chunk(source: &Source<'_>, chunk: &str, first_line: u64, output: &mut FileOutput) {
    for (line_idx, line) in chunk.split('\n').enumerate() {
        let line_number = first_line + line_idx as u64;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(record)) => {
                read_record(source, record, Provenance::line(source.path, line_number), output)
            }
            Ok(other) => output.skip(source.diagnostic(
                Some(line_number),
                format!("expected a JSON object, found {}", kind(&other)),
            )),
            Err(error) => {
                output.skip(source.diagnostic(Some(line_number), json_error_message(&error)))
            }
        }
    }
}

pub(crate) fn read_document(source: &Source<'_>, output: &mut FileOutput) {
    if crate::feed::read_json_feed(source, output) {
        return;
    }
    let document: Value = match serde_json::from_str(source.text) {
        Ok(document) => document,
        Err(error) => {
            // A file of several objects a line each, but named .json, ends up here when
            // the sniff was fooled by a multi-line first object; JSONL is the better guess.
            if error.is_data() || error.line() > 1 && looks_like_jsonl(source.text) {
                read_lines(source, output);
            } else {
                output
                    .skip(source.diagnostic(Some(error.line() as u64), json_error_message(&error)));
            }
            return;
        }
    };
    let records: Vec<Value> = match document {
        Value::Array(items) => items,
        Value::Object(mut object) => {
            let wrapped = ["articles", "items", "data", "results"]
                .iter()
                .find(|key| object.get(**key).is_some_and(Value::is_array))
                .and_then(|key| object.remove(*key));
            match wrapped {
                Some(Value::Array(items)) => items,
                _ => vec![Value::Object(object)],
            }
        }
        other => {
            output.skip(source.diagnostic(
                Some(1),
                format!("expected a JSON object or array, found {}", kind(&other)),
            ));
            return;
        }
    };
    for (record_idx, record) in records.into_iter().enumerate() {
        let provenance = Provenance::record(source.path, record_idx as u64 + 1);
        match record {
            Value::Object(record) => read_record(source, record, provenance, output),
            other => output.skip(source.diagnostic(
                None,
                format!("record {} is {}, not an article object", record_idx + 1, kind(&other)),
            )),
        }
    }
}

/// serde_json's message without its own "at line 1 column 9" suffix, which counts lines
/// of the record rather than of the file.
fn json_error_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(head, _)| head);
    format!("malformed JSON at column {}: {message}", error.column())
}

fn looks_like_jsonl(text: &str) -> bool {
    text.lines().filter(|line| !line.trim().is_empty()).take(3).all(|line| {
        let line = line.trim();
        line.starts_with('{') && line.ends_with('}')
    })
}

fn read_record(
    source: &Source<'_>,
    mut record: Map<String, Value>,
    provenance: Provenance,
    output: &mut FileOutput,
) {
    let line = provenance.line;
    let where_ = || match (provenance.line, provenance.record) {
        (_, Some(record)) => format!("record {record}: "),
        _ => String::new(),
    };
    let Some(text) = take_text(&mut record) else {
        output.skip(source.diagnostic(
            line,
            format!("{}no article text (looked for {})", where_(), TEXT_KEYS.join(", ")),
        ));
        return;
    };
    let outlet = first_outlet(&record).or_else(|| source.outlet_hint.map(str::to_string));
    let mut article = Article::new(text, provenance.clone())
        .with_url(first_string(&record, URL_KEYS))
        .with_outlet(outlet)
        .with_title(first_string(&record, TITLE_KEYS));
    article.source_id = first_scalar(&record, ID_KEYS);
    match first_scalar(&record, DATE_KEYS) {
        Some(date) => match parse_published(&date) {
            Some(published) => article = article.with_published(published),
            None => output.warn(source.diagnostic(
                line,
                format!(
                    "{}unreadable publication date {date:?}; article kept without a date",
                    where_()
                ),
            )),
        },
        None => output.warn(source.diagnostic(
            line,
            format!("{}no publication date; article kept without a date", where_()),
        )),
    }
    output.articles.push(article);
}

/// Moves the first non-blank text field out of the record (the text is the bulk of the
/// record, so it is not copied), trimmed.
fn take_text(record: &mut Map<String, Value>) -> Option<String> {
    let key = TEXT_KEYS.iter().find(|key| {
        record.get(**key).and_then(Value::as_str).is_some_and(|t| !t.trim().is_empty())
    })?;
    let Value::String(mut text) = record.remove(*key)? else { return None };
    let trimmed_end = text.trim_end().len();
    text.truncate(trimmed_end);
    let leading = text.len() - text.trim_start().len();
    if leading > 0 {
        text.drain(..leading);
    }
    Some(text)
}

fn first_string(record: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| record.get(*key).and_then(Value::as_str).map(str::to_string))
}

/// A string or number field, as text (ids and timestamps come as either).
fn first_scalar(record: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| match record.get(*key)? {
        Value::String(text) if !text.trim().is_empty() => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    })
}

fn first_outlet(record: &Map<String, Value>) -> Option<String> {
    OUTLET_KEYS.iter().find_map(|key| match record.get(*key)? {
        Value::String(name) => Some(name.clone()),
        Value::Object(object) => ["name", "title", "id"]
            .iter()
            .find_map(|k| object.get(*k)?.as_str().map(str::to_string)),
        _ => None,
    })
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> FileOutput {
        let mut output = FileOutput::default();
        read_lines(&Source { path: "a.jsonl", text, outlet_hint: None }, &mut output);
        output
    }

    #[test]
    fn t17_shape() {
        let output = read(
            r#"{"id": "bpoil_bbc/2010-04-30/527", "outlet": "bbc", "published": "2010-04-30", "text": "Oil.\nMore oil."}"#,
        );
        let article = &output.articles[0];
        assert_eq!(article.source_id.as_deref(), Some("bpoil_bbc/2010-04-30/527"));
        assert_eq!(article.outlet.as_deref(), Some("bbc"));
        assert_eq!(article.published.unwrap().to_string(), "2010-04-30");
        assert_eq!(article.text, "Oil.\nMore oil.");
        assert_eq!(article.provenance.to_string(), "a.jsonl:1");
    }

    #[test]
    fn usual_field_names_and_unknown_fields() {
        let output = read(
            r#"{"source": {"id": null, "name": "The Ledger"}, "link": "https://l.example/a", "headline": "H", "date": "Tue, 08 Feb 2022 10:00:00 GMT", "body": "B.", "tags": ["x"], "section": 3}"#,
        );
        let article = &output.articles[0];
        assert_eq!(article.outlet.as_deref(), Some("The Ledger"));
        assert_eq!(article.url.as_deref(), Some("https://l.example/a"));
        assert_eq!(article.title.as_deref(), Some("H"));
        assert_eq!(article.published.unwrap().to_string(), "2022-02-08T10:00:00+00:00");
        assert!(output.warnings.is_empty());
    }

    #[test]
    fn bad_lines_are_reported_and_the_rest_goes_on() {
        let output = read(concat!(
            "{\"text\": \"one\", \"published\": \"2022-02-08\"}\n",
            "{\"text\": \"two\", \"published\": \n",
            "\n",
            "[1, 2]\n",
            "{\"title\": \"no text\"}\n",
            "{\"text\": \"three\", \"published\": \"someday\"}\n",
        ));
        let texts: Vec<&str> = output.articles.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["one", "three"]);
        let skipped: Vec<String> = output.skipped.iter().map(ToString::to_string).collect();
        assert_eq!(skipped.len(), 3);
        assert!(skipped[0].starts_with("a.jsonl:2: malformed JSON"), "{}", skipped[0]);
        assert_eq!(skipped[1], "a.jsonl:4: expected a JSON object, found an array");
        assert!(skipped[2].starts_with("a.jsonl:5: no article text"));
        assert_eq!(
            output.warnings[0].to_string(),
            "a.jsonl:6: unreadable publication date \"someday\"; article kept without a date"
        );
    }

    #[test]
    fn large_files_are_read_in_chunks_with_true_line_numbers() {
        let good = r#"{"text": "Some article text.", "published": "2022-02-08"}"#;
        let mut text = String::new();
        let n_lines = 2 * PARALLEL_CHUNK_BYTES / good.len() + 10;
        for line in 1..=n_lines {
            text.push_str(if line % 1000 == 0 { "{broken" } else { good });
            text.push('\n');
        }
        let output = read(&text);
        assert_eq!(output.articles.len() + output.skipped.len(), n_lines);
        assert_eq!(output.articles[1500].provenance.line, Some(1502));
        let lines: Vec<u64> = output.skipped.iter().map(|d| d.line.unwrap()).collect();
        assert_eq!(lines, (1..=n_lines as u64 / 1000).map(|k| k * 1000).collect::<Vec<_>>());
    }

    #[test]
    fn json_document_array_and_wrapper() {
        let mut output = FileOutput::default();
        let text = r#"{"status": "ok", "articles": [{"text": "a", "date": "2022-02-08"}, 5, {"content": "b", "publishedAt": "2022-02-07T10:00:00Z"}]}"#;
        read_document(&Source { path: "n.json", text, outlet_hint: Some("feedless") }, &mut output);
        assert_eq!(output.articles.len(), 2);
        assert_eq!(output.articles[1].provenance.to_string(), "n.json#3");
        assert_eq!(output.articles[0].outlet.as_deref(), Some("feedless"));
        assert_eq!(
            output.skipped[0].to_string(),
            "n.json: record 2 is a number, not an article object"
        );
    }
}
