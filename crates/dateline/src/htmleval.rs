//! Measures the HTML reader's main-text extraction against a folder of pages with the text
//! a reader should keep, laid out as Mozilla Readability's test pages are:
//! `<page>/source.html` (the page as served) and `<page>/expected.html` (the article
//! alone).
//!
//! The expected page's text (turned into text by the reader's own `html_to_text`, so both
//! sides drop scripts and decode entities alike) and the text Dateline reads from the
//! source are compared as bags of lowercased words: recall is the share of the expected
//! words Dateline kept, precision the share of its words that were expected.

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
        let expected = ingest::html_to_text(&String::from_utf8_lossy(&expected));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_bags() {
        let s = score("p".into(), "the cat sat on the mat", "The cat sat. Subscribe now");
        assert_eq!((s.n_expected_words, s.n_extracted_words), (6, 5));
        assert!((s.recall - 3.0 / 6.0).abs() < 1e-12);
        assert!((s.precision - 3.0 / 5.0).abs() < 1e-12);
    }
}
