//! End-to-end throughput of reading, segmenting and tokenizing, for BENCHMARKS.md.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use text::{SegmentConfig, Token, split_sentences, tokenize_into};

use crate::{Progress, ReadConfig};

#[derive(Clone, Debug, serde::Serialize)]
pub struct Throughput {
    pub n_articles: u64,
    pub n_sentences: u64,
    pub n_tokens: u64,
    /// Bytes of article text (after decoding and extraction).
    pub text_bytes: u64,
    /// Bytes of the files on disk.
    pub file_bytes: u64,
    pub read_seconds: f64,
    pub analyze_seconds: f64,
}

impl Throughput {
    pub fn text_mb_per_second(&self) -> f64 {
        self.text_bytes as f64 / 1e6 / (self.read_seconds + self.analyze_seconds)
    }
}

/// Reads `paths` and segments and tokenizes every article, timing both phases.
pub fn measure(paths: &[PathBuf], read: &ReadConfig, progress: &dyn Progress) -> Throughput {
    let started = Instant::now();
    let corpus = ingest::read_paths(paths, read, progress);
    let read_time = started.elapsed();
    let started = Instant::now();
    let config = SegmentConfig::default();
    let count = |text: &str| {
        let mut tokens: Vec<Token> = Vec::new();
        let sentences = split_sentences(text, &config);
        for sentence in &sentences {
            tokenize_into(&text[sentence.clone()], sentence.start, &mut tokens);
        }
        (sentences.len() as u64, tokens.len() as u64)
    };
    let counts: Vec<(u64, u64)> = if read.parallel {
        corpus.articles.par_iter().map(|a| count(&a.text)).collect()
    } else {
        corpus.articles.iter().map(|a| count(&a.text)).collect()
    };
    let analyze_time: Duration = started.elapsed();
    Throughput {
        n_articles: corpus.articles.len() as u64,
        n_sentences: counts.iter().map(|c| c.0).sum(),
        n_tokens: counts.iter().map(|c| c.1).sum(),
        text_bytes: corpus.articles.iter().map(|a| a.text.len() as u64).sum(),
        file_bytes: corpus.summary.n_bytes,
        read_seconds: read_time.as_secs_f64(),
        analyze_seconds: analyze_time.as_secs_f64(),
    }
}
