//! Measures sentence segmentation against the sentence boundaries of Timeline17, whose
//! articles keep the release's sentence splits as line breaks.
//!
//! Each article's lines are joined with single spaces and segmented with line breaks
//! ignored; a predicted sentence start that falls where a line started is a true
//! positive. The reference splitter was not perfect either, so the figures measure
//! agreement with it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use ingest::{DedupConfig, NoProgress, ReadConfig};

use text::{LineBreaks, SegmentConfig, split_sentences};

/// Boundary counts and the scores derived from them.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct SegmentationScores {
    pub n_articles: u64,
    pub n_reference: u64,
    pub n_predicted: u64,
    pub n_correct: u64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl SegmentationScores {
    /// Counts the boundaries of one article, given as its reference lines.
    pub fn add_article(&mut self, text: &str, config: &SegmentConfig) {
        let config = SegmentConfig { line_breaks: LineBreaks::Space, ..config.clone() };
        let mut joined = String::with_capacity(text.len());
        let mut reference = HashSet::new();
        for line in text.split('\n').map(str::trim).filter(|line| !line.is_empty()) {
            if !joined.is_empty() {
                joined.push(' ');
                reference.insert(joined.len());
            }
            joined.push_str(line);
        }
        let predicted: HashSet<usize> =
            split_sentences(&joined, &config).iter().skip(1).map(|range| range.start).collect();
        self.n_articles += 1;
        self.n_reference += reference.len() as u64;
        self.n_predicted += predicted.len() as u64;
        self.n_correct += predicted.intersection(&reference).count() as u64;
    }

    pub fn finish(&mut self) {
        self.precision = ratio(self.n_correct, self.n_predicted);
        self.recall = ratio(self.n_correct, self.n_reference);
        let sum = self.precision + self.recall;
        self.f1 = if sum > 0.0 { 2.0 * self.precision * self.recall / sum } else { 0.0 };
    }
}

fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}

/// Scores every `<topic>/articles.jsonl` under `dir`, per topic and (last, as `all`)
/// over all topics.
pub fn evaluate_t17(dir: &Path) -> std::io::Result<Vec<(String, SegmentationScores)>> {
    let mut topics: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.join("articles.jsonl").is_file())
        .collect();
    topics.sort();
    if topics.is_empty() {
        return Err(std::io::Error::other(format!(
            "no <topic>/articles.jsonl under {}",
            dir.display()
        )));
    }
    let config = SegmentConfig::default();
    let read = ReadConfig {
        dedup: DedupConfig { enabled: false, ..DedupConfig::default() },
        ..ReadConfig::default()
    };
    let mut all = SegmentationScores::default();
    let mut results = Vec::new();
    for topic in topics {
        let corpus = ingest::read_paths(&[topic.join("articles.jsonl")], &read, &NoProgress);
        let mut scores = SegmentationScores::default();
        for article in &corpus.articles {
            scores.add_article(&article.text, &config);
            all.add_article(&article.text, &config);
        }
        scores.finish();
        let name = topic.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        results.push((name, scores));
    }
    all.finish();
    results.push(("all".to_string(), all));
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agreement_with_line_breaks() {
        let mut scores = SegmentationScores::default();
        scores.add_article(
            "Mr. Smith went to Washington.\nHe met the U.S. envoy. Talks failed.\n",
            &SegmentConfig::default(),
        );
        scores.finish();
        // Reference: one boundary (before "He"); predicted: before "He" and "Talks".
        assert_eq!((scores.n_reference, scores.n_predicted, scores.n_correct), (1, 2, 1));
        assert_eq!(scores.precision, 0.5);
        assert_eq!(scores.recall, 1.0);
    }
}
