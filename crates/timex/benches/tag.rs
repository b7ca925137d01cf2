//! Tagging throughput on real news: every Timeline17 article (`../shared/data/t17/*/
//! articles.jsonl`), publication dates as document times, one core. Run with
//! `cargo bench -p timex --bench tag`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Every Timeline17 article, as (text, publication date).
fn corpus() -> Vec<(String, NaiveDate)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/t17");
    let mut topics: Vec<_> = std::fs::read_dir(dir)
        .expect("Timeline17 data beside the project")
        .map(|entry| entry.unwrap().path().join("articles.jsonl"))
        .collect();
    topics.sort();
    let mut articles = Vec::new();
    for path in topics {
        let jsonl = std::fs::read_to_string(&path).expect("readable articles.jsonl");
        for line in jsonl.lines().filter(|line| !line.trim().is_empty()) {
            let article: serde_json::Value = serde_json::from_str(line).expect("one JSON a line");
            let text = article["text"].as_str().unwrap_or_default().to_string();
            let date = article["published"].as_str().and_then(|d| d.parse().ok());
            articles.push((text, date.unwrap_or(NaiveDate::from_ymd_opt(2010, 6, 1).unwrap())));
        }
    }
    articles
}

fn bench_tag(c: &mut Criterion) {
    let articles = corpus();
    let n_bytes: usize = articles.iter().map(|(text, _)| text.len()).sum();
    let expected: usize = articles.iter().map(|(text, dct)| timex::tag(text, *dct).len()).sum();
    let mut group = c.benchmark_group("tag");
    group.throughput(Throughput::Bytes(n_bytes as u64));
    group.sample_size(10);
    group.bench_function("t17", |b| {
        b.iter(|| {
            let n: usize =
                articles.iter().map(|(text, dct)| timex::tag(black_box(text), *dct).len()).sum();
            assert_eq!(n, expected);
        })
    });
    group.finish();
}

criterion_group!(benches, bench_tag);
criterion_main!(benches);
