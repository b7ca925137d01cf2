//! Dateline's façade: one entry point over reading, text analysis, temporal tagging and
//! timeline building. The CLI (and later the server) call only this crate.
//!
//! ```no_run
//! use std::path::PathBuf;
//! let options = dateline::TimelineOptions::default();
//! let run = dateline::timeline(&[PathBuf::from("corpus")], &options, &ingest::NoProgress);
//! for entry in &run.timeline.entries {
//!     println!("{} {}", entry.date.label(), entry.events[0].text);
//! }
//! ```

mod analyze;
pub mod htmleval;
pub mod segeval;
pub mod tempeval;
pub mod throughput;
pub mod tls;

use std::path::PathBuf;

/// The timeline model, for callers that render entries.
pub use ::timeline;
pub use analyze::{AnalyzeConfig, analyze, analyze_all};
pub use article::Article;
/// Cross-outlet consolidation: quotes with speakers, disagreeing figures.
pub use consolidate;
use consolidate::{Disagreement, Quote};
pub use ingest::{Corpus, Diagnostic, NoProgress, Progress, ReadConfig, Summary};
pub use timeline::{Timeline, TimelineConfig};
/// The temporal tagger.
pub use timex;
/// The timeline evaluator, for callers that print scores.
pub use tls_eval;

/// Everything `dateline timeline` can be told.
#[derive(Clone, Debug, Default)]
pub struct TimelineOptions {
    pub read: ReadConfig,
    pub analyze: AnalyzeConfig,
    pub timeline: TimelineConfig,
}

/// A finished run: the timeline, who said what, where outlets disagree, and what reading
/// reported.
pub struct TimelineRun {
    pub timeline: Timeline,
    /// Quotations grouped across outlets, most widely carried first.
    pub quotes: Vec<Quote>,
    /// Figures outlets disagree on, most widely reported first.
    pub disagreements: Vec<Disagreement>,
    pub corpus_summary: Summary,
    pub skipped: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Reads the articles under `paths`, merging duplicates.
pub fn read(paths: &[PathBuf], config: &ReadConfig, progress: &dyn Progress) -> Corpus {
    ingest::read_paths(paths, config, progress)
}

/// Reads `paths`, analyzes every article and builds the timeline.
pub fn timeline(
    paths: &[PathBuf],
    options: &TimelineOptions,
    progress: &dyn Progress,
) -> TimelineRun {
    let corpus = ingest::read_paths(paths, &options.read, progress);
    let analyzed = analyze_all(corpus.articles, &options.analyze, options.read.parallel);
    let timeline = timeline::build(&analyzed, &options.timeline);
    let config = &options.timeline;
    let query = query_words(config);
    let quotes = consolidate::quotes(&analyzed, &consolidate::QuoteConfig::default())
        .into_iter()
        .filter(|quote| {
            in_window(quote.first_reported, config)
                && matches_query(quote.citations.iter().map(|c| c.sentence.as_str()), &query)
        })
        .collect();
    let disagreements =
        consolidate::disagreements(&analyzed, &consolidate::FigureConfig::default())
            .into_iter()
            .filter(|disagreement| {
                in_window(disagreement.first_reported, config)
                    && matches_query(
                        disagreement
                            .claims
                            .iter()
                            .flat_map(|c| &c.citations)
                            .map(|c| c.sentence.as_str()),
                        &query,
                    )
            })
            .collect();
    TimelineRun {
        timeline,
        quotes,
        disagreements,
        corpus_summary: corpus.summary,
        skipped: corpus.skipped,
        warnings: corpus.warnings,
    }
}

/// Whether a finding first reported on `day` falls inside the `--from`/`--to` window.
fn in_window(day: Option<chrono::NaiveDate>, config: &TimelineConfig) -> bool {
    match day {
        Some(day) => {
            config.from.is_none_or(|from| day >= from) && config.to.is_none_or(|to| day <= to)
        }
        None => config.from.is_none() && config.to.is_none(),
    }
}

/// The words of the query that can match (lowercased; stopwords and words of one or two
/// letters left out). Empty when there is no query, or nothing in it can match.
fn query_words(config: &TimelineConfig) -> Vec<String> {
    let Some(query) = config.query.as_deref() else { return Vec::new() };
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() > 2 && !text::stopwords::is_stopword(&word.to_lowercase()))
        .map(str::to_lowercase)
        .collect()
}

/// Whether any of `sentences` holds one of the query's `words` (all pass without any).
fn matches_query<'s>(sentences: impl Iterator<Item = &'s str>, words: &[String]) -> bool {
    if words.is_empty() {
        return true;
    }
    sentences.into_iter().any(|sentence| {
        sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| words.iter().any(|w| word.eq_ignore_ascii_case(w)))
    })
}
