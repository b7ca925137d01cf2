//! Reads plain text articles, with or without the ` date YYYY-MM-DD` header of the
//! shared samples.
//!
//! In the dated form the file starts with a space, the word `date`, the day, and the
//! body follows on the same line; blank lines separate paragraphs. Text without the
//! header is still an article, but without a publication date nothing relative in it
//! can be anchored, so that gets a warning.

use article::{Article, Provenance, Published};
use chrono::NaiveDate;

use crate::{FileOutput, Source};

/// The date in the header and the byte offset where the body starts, if the text has the
/// header.
pub(crate) fn header(text: &str) -> Option<(NaiveDate, usize)> {
    let start = text.len() - text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']).len();
    let rest = text[start..].strip_prefix("date")?;
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    if spaces == 0 {
        return None;
    }
    let date_start = start + 4 + spaces;
    let date_text = text.get(date_start..date_start + 10)?;
    let date = NaiveDate::parse_from_str(date_text, "%Y-%m-%d").ok()?;
    let after = &text[date_start + 10..];
    // "2022-02-081" is not a header; the body must be separated from the date.
    if after.chars().next().is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    let body_start = date_start + 10 + (after.len() - after.trim_start().len());
    Some((date, body_start))
}

pub(crate) fn read(source: &Source<'_>, output: &mut FileOutput) {
    let (published, body) = match header(source.text) {
        Some((date, body_start)) => (Some(Published::date(date)), &source.text[body_start..]),
        None => {
            let trimmed = source.text.trim_start_matches('\u{feff}').trim_start();
            if let Some(rest) = trimmed.strip_prefix("date") {
                // It looks like the header but the date is wrong: say so precisely.
                let token = rest.split_whitespace().next().unwrap_or("");
                output.warn(source.diagnostic(
                    Some(1),
                    format!("date header has an invalid date {token:?} (expected YYYY-MM-DD); reading the article without a date"),
                ));
            } else {
                output.warn(source.diagnostic(
                    Some(1),
                    "no ` date YYYY-MM-DD` header; reading the article without a publication date",
                ));
            }
            (None, source.text)
        }
    };
    let body = body.trim_end();
    if body.trim().is_empty() {
        output.skip(source.diagnostic(Some(1), "the article has a date but no text"));
        return;
    }
    let mut article = Article::new(body.to_string(), Provenance::file(source.path))
        .with_outlet(source.outlet_hint.map(str::to_string));
    if let Some(published) = published {
        article = article.with_published(published);
    }
    output.articles.push(article);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> FileOutput {
        let mut output = FileOutput::default();
        read(&Source { path: "x/a.txt", text, outlet_hint: None }, &mut output);
        output
    }

    #[test]
    fn sample_shape() {
        let output = read_text(
            " date 2022-02-08 French President Emmanuel Macron travels.\n\nSecond paragraph.\n",
        );
        assert!(output.skipped.is_empty() && output.warnings.is_empty());
        let article = &output.articles[0];
        assert_eq!(article.published.unwrap().to_string(), "2022-02-08");
        assert_eq!(article.text, "French President Emmanuel Macron travels.\n\nSecond paragraph.");
        assert_eq!(article.source_label(), "a");
    }

    #[test]
    fn header_variants() {
        assert!(header(" date 2022-02-08 body").is_some());
        assert!(header("date 2022-02-08\nbody").is_some());
        assert!(header("\u{feff} date 2022-02-08 body").is_some());
        assert!(header(" date 2022-02-081 body").is_none());
        assert!(header(" dated 2022-02-08 body").is_none());
        assert!(header(" date 2022-13-08 body").is_none());
    }

    #[test]
    fn wrong_date_is_a_warning_naming_the_line() {
        let output = read_text(" date 2022-02-30 Body text.");
        assert_eq!(output.articles.len(), 1);
        assert!(output.articles[0].published.is_none());
        assert_eq!(
            output.warnings[0].to_string(),
            "x/a.txt:1: date header has an invalid date \"2022-02-30\" (expected YYYY-MM-DD); reading the article without a date"
        );
    }

    #[test]
    fn header_without_body_is_skipped() {
        let output = read_text(" date 2022-02-08   \n\n");
        assert!(output.articles.is_empty());
        assert_eq!(output.skipped[0].message, "the article has a date but no text");
    }

    #[test]
    fn undated_text_is_kept_with_warning() {
        let output = read_text("Just some prose.");
        assert_eq!(output.articles.len(), 1);
        assert_eq!(output.warnings.len(), 1);
    }
}
