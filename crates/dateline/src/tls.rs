//! The Timeline17 benchmark as the field runs it, and scoring of timeline files.
//!
//! One task per reference timeline: the system gets the topic's articles published
//! between the reference's first and last date and the topic's keywords, and must give
//! as many dates as the reference has, each with k = round(mean sentences per date)
//! sentences. Articles are read and analyzed once per topic; only the timeline is built
//! per task.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use timeline::{AnalyzedArticle, TimelineConfig};
use tls_eval::Scores;

use crate::{AnalyzeConfig, NoProgress, ReadConfig, analyze_all};

/// One reference timeline and what the system produced for it.
#[derive(Clone, Debug)]
pub struct TaskResult {
    pub topic: String,
    /// Index of the reference in the topic's `timelines.jsonl`.
    pub timeline_idx: usize,
    pub n_articles: usize,
    pub n_reference_dates: usize,
    pub sentences_per_date: usize,
    pub predicted: tls_eval::Timeline,
    pub scores: Scores,
}

/// Wall time of each stage, summed over topics, in seconds.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct StageTimes {
    pub read: f64,
    pub analyze: f64,
    pub build: f64,
    pub score: f64,
}

#[derive(Clone, Debug)]
pub struct BenchmarkRun {
    pub tasks: Vec<TaskResult>,
    pub average: Scores,
    pub times: StageTimes,
}

/// What can stop the benchmark (bad dataset layout; not bad articles, which are skipped).
#[derive(Debug, thiserror::Error)]
pub enum BenchmarkError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Data { path: PathBuf, message: String },
}

fn read_text(path: &Path) -> Result<String, BenchmarkError> {
    fs::read(path)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .map_err(|source| BenchmarkError::Io { path: path.to_path_buf(), source })
}

/// Runs every task of every `<topic>/` under `dataset`, writing each predicted timeline
/// to `out_dir/<topic>/<idx>.json` and `.txt` (tilse format) when `out_dir` is given.
pub fn run_benchmark(
    dataset: &Path,
    out_dir: Option<&Path>,
    read: &ReadConfig,
    analyze: &AnalyzeConfig,
    on_task: &mut dyn FnMut(&TaskResult),
) -> Result<BenchmarkRun, BenchmarkError> {
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| BenchmarkError::Io { path, source }
    };
    let mut topics: Vec<PathBuf> = fs::read_dir(dataset)
        .map_err(io_error(dataset))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.join("timelines.jsonl").is_file())
        .collect();
    topics.sort();
    if topics.is_empty() {
        return Err(BenchmarkError::Data {
            path: dataset.to_path_buf(),
            message: "no <topic>/timelines.jsonl here".into(),
        });
    }
    let mut times = StageTimes::default();
    let mut tasks = Vec::new();
    for topic_dir in topics {
        let topic =
            topic_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let timelines_path = topic_dir.join("timelines.jsonl");
        let references =
            tls_eval::parse_json_lines(&read_text(&timelines_path)?).map_err(|error| {
                BenchmarkError::Data { path: timelines_path.clone(), message: error.to_string() }
            })?;
        let keywords_path = topic_dir.join("keywords.json");
        let keywords: Vec<String> = match fs::read(&keywords_path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|error| BenchmarkError::Data {
                path: keywords_path.clone(),
                message: format!("expected a JSON array of words: {error}"),
            })?,
            Err(_) => Vec::new(),
        };

        let started = Instant::now();
        let corpus = ingest::read_paths(&[topic_dir.join("articles.jsonl")], read, &NoProgress);
        times.read += started.elapsed().as_secs_f64();
        let started = Instant::now();
        let analyzed = analyze_all(corpus.articles, analyze, read.parallel);
        times.analyze += started.elapsed().as_secs_f64();

        for (timeline_idx, reference) in references.iter().enumerate() {
            let (Some(&first), Some(&last)) =
                (reference.dates.keys().next(), reference.dates.keys().last())
            else {
                continue;
            };
            let started = Instant::now();
            let window: Vec<&AnalyzedArticle> = analyzed
                .iter()
                .filter(|a| a.article.published.is_some_and(|p| p.date >= first && p.date <= last))
                .collect();
            let n_reference_dates = reference.dates.len();
            let n_sentences: usize = reference.dates.values().map(Vec::len).sum();
            let sentences_per_date =
                ((n_sentences as f64 / n_reference_dates as f64).round() as usize).max(1);
            let config = TimelineConfig {
                n_dates: Some(n_reference_dates),
                n_events: Some(sentences_per_date),
                query: Some(keywords.join(" ")).filter(|q| !q.is_empty()),
                from: Some(first),
                to: Some(last),
                ..TimelineConfig::summary()
            };
            let built = timeline::build(&window, &config);
            let predicted = to_eval_timeline(&built);
            times.build += started.elapsed().as_secs_f64();
            let started = Instant::now();
            let scores = tls_eval::score(reference, &predicted);
            times.score += started.elapsed().as_secs_f64();
            if let Some(out_dir) = out_dir {
                let dir = out_dir.join(&topic);
                fs::create_dir_all(&dir).map_err(io_error(&dir))?;
                let json = dir.join(format!("{timeline_idx}.json"));
                fs::write(&json, tls_eval::to_json(&predicted)).map_err(io_error(&json))?;
                let txt = dir.join(format!("{timeline_idx}.txt"));
                fs::write(&txt, tls_eval::to_tilse(&predicted)).map_err(io_error(&txt))?;
            }
            let result = TaskResult {
                topic: topic.clone(),
                timeline_idx,
                n_articles: window.len(),
                n_reference_dates,
                sentences_per_date,
                predicted,
                scores,
            };
            on_task(&result);
            tasks.push(result);
        }
    }
    let all: Vec<Scores> = tasks.iter().map(|task| task.scores).collect();
    Ok(BenchmarkRun { average: tls_eval::average(&all), tasks, times })
}

/// The evaluator's view of a timeline: each entry's first day and its events' sentences.
pub fn to_eval_timeline(built: &timeline::Timeline) -> tls_eval::Timeline {
    let mut timeline = tls_eval::Timeline::default();
    for entry in &built.entries {
        let day: NaiveDate = entry.date.first;
        let sentences = timeline.dates.entry(day).or_default();
        sentences.extend(entry.events.iter().map(|event| event.text.clone()));
    }
    timeline
}

/// A timeline file in tilse's text format or Dateline's JSON (by content).
pub fn read_timeline_file(path: &Path) -> Result<tls_eval::Timeline, BenchmarkError> {
    let text = read_text(path)?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let parsed = if trimmed.starts_with('{') {
        tls_eval::parse_json(&text)
    } else {
        tls_eval::parse_tilse(&text)
    };
    parsed.map_err(|error| BenchmarkError::Data {
        path: path.to_path_buf(),
        message: error.to_string(),
    })
}

/// Scored pairs of (system file, reference file), and their average.
pub struct ScoreRun {
    pub pairs: Vec<(PathBuf, PathBuf, Scores)>,
    pub unpaired_systems: Vec<PathBuf>,
    pub unpaired_references: Vec<PathBuf>,
    pub average: Scores,
}

/// Scores `system` against `reference`: two files, or two folders whose files are paired
/// by name (see `tls_eval::pair_by_name`; references may sit in topic sub-folders).
pub fn score_paths(reference: &Path, system: &Path) -> Result<ScoreRun, BenchmarkError> {
    let mut pairs = Vec::new();
    let mut unpaired_systems = Vec::new();
    let mut unpaired_references = Vec::new();
    if reference.is_file() && system.is_file() {
        let scores = tls_eval::score(&read_timeline_file(reference)?, &read_timeline_file(system)?);
        pairs.push((system.to_path_buf(), reference.to_path_buf(), scores));
    } else if reference.is_dir() && system.is_dir() {
        let references = list_files(reference, 2)?;
        let systems = list_files(system, 1)?;
        let relative = |root: &Path, path: &Path| {
            path.strip_prefix(root).unwrap_or(path).to_string_lossy().replace('\\', "/")
        };
        let reference_names: Vec<String> =
            references.iter().map(|p| relative(reference, p)).collect();
        let system_names: Vec<String> = systems.iter().map(|p| relative(system, p)).collect();
        let pairing = tls_eval::pair_by_name(&system_names, &reference_names);
        for (system_idx, reference_idx) in pairing.pairs {
            let scores = tls_eval::score(
                &read_timeline_file(&references[reference_idx])?,
                &read_timeline_file(&systems[system_idx])?,
            );
            pairs.push((systems[system_idx].clone(), references[reference_idx].clone(), scores));
        }
        unpaired_systems =
            pairing.unpaired_systems.into_iter().map(|i| systems[i].clone()).collect();
        unpaired_references =
            pairing.unpaired_references.into_iter().map(|i| references[i].clone()).collect();
    } else {
        return Err(BenchmarkError::Data {
            path: system.to_path_buf(),
            message: format!(
                "give two timeline files or two folders (reference {} and system {})",
                reference.display(),
                system.display()
            ),
        });
    }
    let all: Vec<Scores> = pairs.iter().map(|(_, _, scores)| *scores).collect();
    Ok(ScoreRun { average: tls_eval::average(&all), pairs, unpaired_systems, unpaired_references })
}

/// Files under `dir` up to `depth` levels down, sorted, hidden ones left out.
fn list_files(dir: &Path, depth: usize) -> Result<Vec<PathBuf>, BenchmarkError> {
    let mut files = Vec::new();
    let entries = fs::read_dir(dir)
        .map_err(|source| BenchmarkError::Io { path: dir.to_path_buf(), source })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
            continue;
        }
        if path.is_dir() {
            if depth > 1 {
                files.extend(list_files(&path, depth - 1)?);
            }
        } else {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}
