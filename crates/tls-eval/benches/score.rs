//! How long scoring the 12 published T17 timelines of `shared/data/tilse-check` takes, parsing
//! excluded; the T17 benchmark scores as many tasks within its time budget.

use std::fs;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

const TILSE_CHECK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/tilse-check");

fn tasks() -> Vec<(tls_eval::Timeline, tls_eval::Timeline)> {
    let root = Path::new(TILSE_CHECK);
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    };
    let systems = names(&root.join("system"));
    let references: Vec<String> = names(&root.join("references"))
        .into_iter()
        .flat_map(|topic| {
            names(&root.join("references").join(&topic))
                .into_iter()
                .map(move |file| format!("{topic}/{file}"))
        })
        .collect();
    let read = |path: &Path| {
        tls_eval::parse_tilse(&String::from_utf8_lossy(&fs::read(path).unwrap())).unwrap()
    };
    tls_eval::pair_by_name(&systems, &references)
        .pairs
        .iter()
        .map(|&(system, reference)| {
            (
                read(&root.join("references").join(&references[reference])),
                read(&root.join("system").join(&systems[system])),
            )
        })
        .collect()
}

fn score_tilse_check(c: &mut Criterion) {
    let tasks = tasks();
    assert_eq!(tasks.len(), 12);
    c.bench_function("score 12 tilse-check timelines", |b| {
        b.iter(|| {
            let scores: Vec<tls_eval::Scores> = tasks
                .iter()
                .map(|(reference, system)| tls_eval::score(reference, system))
                .collect();
            // expected.json's averaged AR-1 F1: a fast wrong answer fails here.
            let ar1 = tls_eval::average(&scores).align_m2o_r1.f1;
            assert!((ar1 - 0.146129).abs() < 1e-6, "AR-1 F1 {ar1}");
            scores
        })
    });
}

criterion_group!(benches, score_tilse_check);
criterion_main!(benches);
