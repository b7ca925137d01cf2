//! Reading, segmenting and tokenizing throughput over every Timeline17 article file
//! (`../shared/data/t17/*/articles.jsonl`): bytes in memory to articles (decode, sniff,
//! parse JSONL), then sentences and tokens of every article. Measured on one core and on
//! every core (large JSONL files are parsed in parallel chunks).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use text::{SegmentConfig, Token, split_sentences_into, tokenize_into};

/// Each topic's file name and bytes.
fn t17_files() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/t17");
    let mut topics: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{dir}: {error}"))
        .map(|entry| entry.unwrap().path())
        .collect();
    topics.sort();
    topics
        .into_iter()
        .map(|topic| {
            let path = topic.join("articles.jsonl");
            let bytes = std::fs::read(&path).unwrap();
            (path.display().to_string(), bytes)
        })
        .collect()
}

/// Sentences and tokens of one text.
fn segment_and_tokenize(text: &str, config: &SegmentConfig) -> (usize, usize) {
    let mut sentences = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    split_sentences_into(text, config, &mut sentences);
    let mut n_tokens = 0;
    for sentence in &sentences {
        tokens.clear();
        tokenize_into(&text[sentence.clone()], sentence.start, &mut tokens);
        n_tokens += tokens.len();
    }
    (sentences.len(), n_tokens)
}

/// Reads, segments and tokenizes every file, files and articles spread over the current
/// rayon pool; returns (articles, sentences, tokens).
fn run(files: &[(String, Vec<u8>)], config: &SegmentConfig) -> (usize, usize, usize) {
    files
        .par_iter()
        .map(|(path, bytes)| {
            let output = ingest::read_owned(path, black_box(bytes.clone()), None);
            let (n_sentences, n_tokens) = output
                .articles
                .par_iter()
                .map(|article| segment_and_tokenize(&article.text, config))
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
            (output.articles.len(), n_sentences, n_tokens)
        })
        .reduce(|| (0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
}

fn bench(c: &mut Criterion) {
    let files = t17_files();
    let n_bytes: usize = files.iter().map(|(_, bytes)| bytes.len()).sum();
    let config = SegmentConfig::default();
    // Counted once outside the loop, asserted inside, so a fast wrong answer fails.
    let expected = run(&files, &config);
    assert!(expected.0 > 2000, "expected the T17 articles, read {}", expected.0);

    let mut group = c.benchmark_group("t17");
    group.throughput(Throughput::Bytes(n_bytes as u64));
    group.sample_size(10);
    let one_core = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    group.bench_function("read+segment+tokenize/1 core", |b| {
        b.iter(|| one_core.install(|| assert_eq!(run(&files, &config), expected)))
    });
    group.bench_function("read+segment+tokenize/all cores", |b| {
        b.iter(|| assert_eq!(run(&files, &config), expected))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
