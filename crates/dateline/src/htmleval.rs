//! Measures the HTML reader's main-text extraction against a folder of pages with the text
//! a reader should keep, laid out as Mozilla Readability's test pages are:
//! `<page>/source.html` (the page as served) and `<page>/expected.html` (the article
//! alone).
//!
//! The expected page's text (tags dropped, entities decoded) and the text Dateline reads
//! from the source are compared as bags of lowercased words: recall is the share of the
//! expected words Dateline kept, precision the share of its words that were expected.

use std::collections::HashMap;
use std::path::Path;

/// Word overlap for one page.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PageScore {
    pub page: String,
    pub n_expected_words: usize,
    pub n_extracted_words: usize,
    pub precision: f64,
    pub recall: f64,
}

/// Scores every `<page>/source.html` under `dir` that has an `expected.html` beside it,
/// in name order. Pages the reader skips score zero.
pub fn evaluate(dir: &Path) -> std::io::Result<Vec<PageScore>> {
    let mut pages: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.join("source.html").is_file() && path.join("expected.html").is_file())
        .collect();
    pages.sort();
    let mut scores = Vec::with_capacity(pages.len());
    for page in pages {
        let source = std::fs::read(page.join("source.html"))?;
        let expected = std::fs::read(page.join("expected.html"))?;
        let name = page.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let output = ingest::read_owned(&format!("{name}/source.html"), source, None);
        let extracted: String =
            output.articles.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join("\n");
        let expected = strip_tags(&String::from_utf8_lossy(&expected));
        scores.push(score(name, &expected, &extracted));
    }
    Ok(scores)
}

fn score(page: String, expected: &str, extracted: &str) -> PageScore {
    let expected_words = word_counts(expected);
    let extracted_words = word_counts(extracted);
    let n_expected: usize = expected_words.values().sum();
    let n_extracted: usize = extracted_words.values().sum();
    let shared: usize = expected_words
        .iter()
        .map(|(word, n)| (*n).min(extracted_words.get(word).copied().unwrap_or(0)))
        .sum();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    PageScore {
        page,
        n_expected_words: n_expected,
        n_extracted_words: n_extracted,
        precision: ratio(shared, n_extracted),
        recall: ratio(shared, n_expected),
    }
}

fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// The text of an HTML fragment: tags dropped (each becomes a space), the common
/// entities decoded.
fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        text.push(' ');
        rest = rest[lt..].find('>').map_or("", |gt| &rest[lt + gt + 1..]);
    }
    text.push_str(rest);
    let mut decoded = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(amp) = rest.find('&') {
        decoded.push_str(&rest[..amp]);
        let entity_end = rest[amp..].find(';').filter(|end| *end <= 10);
        let entity = entity_end.map(|end| &rest[amp + 1..amp + end]);
        let replacement = entity.and_then(|entity| match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => {
                let number = entity.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (replacement, entity_end) {
            (Some(c), Some(end)) => {
                decoded.push(c);
                rest = &rest[amp + end + 1..];
            }
            _ => {
                decoded.push('&');
                rest = &rest[amp + 1..];
            }
        }
    }
    decoded.push_str(rest);
    decoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_entities() {
        assert_eq!(
            strip_tags("<p>Fish &amp; chips&#33;</p><br/>x &bogus; y")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["Fish", "&", "chips!", "x", "&bogus;", "y"]
        );
    }

    #[test]
    fn word_bags() {
        let s = score("p".into(), "the cat sat on the mat", "The cat sat. Subscribe now");
        assert_eq!((s.n_expected_words, s.n_extracted_words), (6, 5));
        assert!((s.recall - 3.0 / 6.0).abs() < 1e-12);
        assert!((s.precision - 3.0 / 5.0).abs() < 1e-12);
    }
}
