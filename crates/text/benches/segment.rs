//! Segmentation and tokenization throughput over every Timeline17 article (the text of
//! `../shared/data/t17/*/articles.jsonl`), one core.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use text::{SegmentConfig, Token, split_sentences_into, tokenize_into};

fn t17_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/t17");
    let mut texts = Vec::new();
    let mut topics: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{dir}: {error}"))
        .map(|entry| entry.unwrap().path())
        .collect();
    topics.sort();
    for topic in topics {
        let jsonl = std::fs::read_to_string(topic.join("articles.jsonl")).unwrap();
        for line in jsonl.lines().filter(|line| !line.trim().is_empty()) {
            let record: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(record["text"].as_str().unwrap().to_string());
        }
    }
    texts
}

fn bench(c: &mut Criterion) {
    let texts = t17_texts();
    let n_bytes: usize = texts.iter().map(String::len).sum();
    let config = SegmentConfig::default();
    // Counted once outside the loop, asserted inside, so a fast wrong answer fails.
    let mut sentences = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut expected = (0, 0);
    for text in &texts {
        sentences.clear();
        split_sentences_into(text, &config, &mut sentences);
        expected.0 += sentences.len();
        for sentence in &sentences {
            tokens.clear();
            tokenize_into(&text[sentence.clone()], sentence.start, &mut tokens);
            expected.1 += tokens.len();
        }
    }

    let mut group = c.benchmark_group("t17");
    group.throughput(Throughput::Bytes(n_bytes as u64));
    group.sample_size(10);
    group.bench_function("segment+tokenize", |b| {
        b.iter(|| {
            let mut counts = (0, 0);
            for text in &texts {
                sentences.clear();
                split_sentences_into(black_box(text), &config, &mut sentences);
                counts.0 += sentences.len();
                for sentence in &sentences {
                    tokens.clear();
                    tokenize_into(&text[sentence.clone()], sentence.start, &mut tokens);
                    counts.1 += tokens.len();
                }
            }
            assert_eq!(counts, expected);
        })
    });
    group.bench_function("segment", |b| {
        b.iter(|| {
            let mut n_sentences = 0;
            for text in &texts {
                sentences.clear();
                split_sentences_into(black_box(text), &config, &mut sentences);
                n_sentences += sentences.len();
            }
            assert_eq!(n_sentences, expected.0);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
