//! Reads JSON Lines (one article a line) and single JSON documents (one article, an
//! array of them, or an object holding an `articles`/`items` array).
//!
//! Field names vary between exporters, so each field is looked up under its usual names
//! in order of preference; unknown fields are ignored. `source` may be a string or an
//! object with a `name` (as news APIs write it).

use article::{Article, Provenance};
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

pub(crate) fn read_lines(source: &Source<'_>, output: &mut FileOutput) {
    for (line_idx, line) in source.text.split('\n').enumerate() {
        let line_number = line_idx as u64 + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(record)) => {
                read_record(source, &record, Provenance::line(source.path, line_number), output)
            }
            Ok(other) => output.skip(source.diagnostic(
                Some(line_number),
                format!("expected a JSON object, found {}", kind(&other)),
            )),
            Err(error) => output.skip(source.diagnostic(
                Some(line_number),
                json_error_message(&error),
            )),
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
                output.skip(source.diagnostic(
                    Some(error.line() as u64),
                    json_error_message(&error),
                ));
            }
            return;
        }
    };
    let records: Vec<&Value> = match &document {
        Value::Array(items) => items.iter().collect(),
        Value::Object(object) => {
            match ["articles", "items", "data", "results"]
                .iter()
                .find_map(|key| object.get(*key).and_then(Value::as_array))
            {
                Some(items) => items.iter().collect(),
                None => vec![&document],
            }
        }
        other => {
            output.skip(source.diagnostic(
                Some(1),
                format!("expected a JSON object or array, found {}", kind(other)),
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
                format!("record {} is {}, not an article object", record_idx + 1, kind(other)),
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
    record: &Map<String, Value>,
    provenance: Provenance,
    output: &mut FileOutput,
) {
    let line = provenance.line;
    let where_ = || match (provenance.line, provenance.record) {
        (_, Some(record)) => format!("record {record}: "),
        _ => String::new(),
    };
    let Some(text) = first_string(record, TEXT_KEYS).filter(|text| !text.trim().is_empty()) else {
        output.skip(source.diagnostic(
            line,
            format!("{}no article text (looked for {})", where_(), TEXT_KEYS.join(", ")),
        ));
        return;
    };
    let outlet = first_outlet(record).or_else(|| source.outlet_hint.map(str::to_string));
    let mut article = Article::new(text.trim().to_string(), provenance.clone())
        .with_url(first_string(record, URL_KEYS))
        .with_outlet(outlet)
        .with_title(first_string(record, TITLE_KEYS));
    article.source_id = first_scalar(record, ID_KEYS);
    match first_scalar(record, DATE_KEYS) {
        Some(date) => match parse_published(&date) {
            Some(published) => article = article.with_published(published),
            None => output.warn(source.diagnostic(
                line,
                format!("{}unreadable publication date {date:?}; article kept without a date", where_()),
            )),
        },
        None => output.warn(source.diagnostic(
            line,
            format!("{}no publication date; article kept without a date", where_()),
        )),
    }
    output.articles.push(article);
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
        Value::Object(object) => {
            ["name", "title", "id"].iter().find_map(|k| object.get(*k)?.as_str().map(str::to_string))
        }
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
    fn json_document_array_and_wrapper() {
        let mut output = FileOutput::default();
        let text = r#"{"status": "ok", "articles": [{"text": "a", "date": "2022-02-08"}, 5, {"content": "b", "publishedAt": "2022-02-07T10:00:00Z"}]}"#;
        read_document(&Source { path: "n.json", text, outlet_hint: Some("feedless") }, &mut output);
        assert_eq!(output.articles.len(), 2);
        assert_eq!(output.articles[1].provenance.to_string(), "n.json#3");
        assert_eq!(output.articles[0].outlet.as_deref(), Some("feedless"));
        assert_eq!(output.skipped[0].to_string(), "n.json: record 2 is a number, not an article object");
    }
}
