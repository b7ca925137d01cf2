//! Builds a cited timeline from articles cut into sentences whose dates are known.
//!
//! The input is a list of [`AnalyzedArticle`]s (the façade fills them from the text and
//! temporal-tagging stages); the output is a [`Timeline`]: dates in order, each with the
//! events told about it, every event citing the outlets, articles and sentences it rests
//! on. Pure: no I/O, never fails.
//!
//! ```
//! use article::{Article, Provenance, Published};
//! use chrono::NaiveDate;
//! use timeline::{AnalyzedArticle, AnalyzedSentence, DateSpan, Mention, TimelineConfig, build};
//!
//! let text = "The regional council met on Monday to approve the new flood barrier plan.";
//! let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
//! let article = Article::new(text.into(), Provenance::file("a.txt"))
//!     .with_outlet(Some("Ledger".into()))
//!     .with_published(Published::date(day));
//! let sentence = AnalyzedSentence {
//!     span: 0..text.len(),
//!     mentions: vec![Mention { span: 28..37, date: DateSpan::day(day) }],
//! };
//! let timeline = build(&[AnalyzedArticle { article, sentences: vec![sentence] }], &TimelineConfig::default());
//! assert_eq!(timeline.entries[0].date.label(), "2026-03-02");
//! assert_eq!(timeline.entries[0].events[0].outlets, ["Ledger"]);
//! ```

mod build;
mod model;
mod vector;

pub use build::{DateRanking, TimelineConfig, build};
pub use model::{
    AnalyzedArticle, AnalyzedSentence, Citation, DateSpan, Entry, Event, Granularity, Mention,
    Timeline, add_outlets, sentence_at,
};
