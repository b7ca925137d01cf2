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
pub mod segeval;
pub mod tempeval;
pub mod throughput;
pub mod tls;

use std::path::PathBuf;

/// The timeline model, for callers that render entries.
pub use ::timeline;
pub use analyze::{AnalyzeConfig, analyze, analyze_all};
pub use article::Article;
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

/// A finished run: the timeline and what reading reported.
pub struct TimelineRun {
    pub timeline: Timeline,
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
    TimelineRun {
        timeline,
        corpus_summary: corpus.summary,
        skipped: corpus.skipped,
        warnings: corpus.warnings,
    }
}
