//! Tagging throughput on real news: the Timeline17 articles of one topic, published dates as
//! document times. Run with `cargo bench -p timex --bench tag`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Articles of the BP oil spill topic, as (text, publication date).
fn corpus() -> Vec<(String, NaiveDate)> {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/t17/bpoil/articles.jsonl");
    let jsonl = std::fs::read_to_string(path).expect("Timeline17 data beside the project");
    jsonl
        .lines()
        .map(|line| {
            let article: serde_json::Value = serde_json::from_str(line).expect("one JSON a line");
            let text = article["text"].as_str().unwrap_or_default().to_string();
            let date = article["published"].as_str().and_then(|d| d.parse().ok());
            (text, date.unwrap_or(NaiveDate::from_ymd_opt(2010, 6, 1).unwrap()))
        })
        .collect()
}

fn bench_tag(c: &mut Criterion) {
    let articles = corpus();
    let n_bytes: usize = articles.iter().map(|(text, _)| text.len()).sum();
    let expected: usize = articles.iter().map(|(text, dct)| timex::tag(text, *dct).len()).sum();
    let mut group = c.benchmark_group("tag");
    group.throughput(Throughput::Bytes(n_bytes as u64));
    group.sample_size(10);
    group.bench_function("bpoil", |b| {
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
