//! Timeline evaluation that reproduces tilse (Martschat & Markert 2018) with its ROUGE-1.5.5
//! backend: concat, agreement and alignment-based ROUGE-1/2 (AR-1, AR-2, many-to-one date
//! alignment) and Date F1, averaged over tasks the way the T17 papers report them.
//!
//! Everything is pure: timelines are parsed from text the caller read, and scores come back as
//! plain numbers. ROUGE-1.5.5 itself is not run; [`rouge`] reimplements the counts it gives
//! under tilse's options (Porter stemming, stopword removal), and the figures match tilse's on
//! `shared/data/tilse-check` (see `tests/tilse_check.rs`).
//!
//! ```
//! let reference = tls_eval::parse_tilse(
//!     "2010-04-20\nThe Deepwater Horizon rig explodes .\n--------------------------------\n",
//! )?;
//! let system = tls_eval::parse_json(
//!     r#"{"dates": [{"date": "2010-04-21", "sentences": ["The rig exploded on Tuesday."]}]}"#,
//! )?;
//! let scores = tls_eval::score(&reference, &system);
//! assert_eq!(scores.date_f1.f1, 0.0);
//! // `rig` and `explod` match, discounted by half for the day between the dates.
//! assert_eq!(scores.align_m2o_r1.precision, 0.5 * 2.0 / 3.0);
//! let averaged = tls_eval::average(&[scores]);
//! assert_eq!(averaged.align_m2o_r1, scores.align_m2o_r1);
//! # Ok::<(), tls_eval::Error>(())
//! ```

mod metrics;
mod pairing;
pub mod rouge;
mod timeline;

pub use metrics::{Prf, Scores, average, score};
pub use pairing::{Pairing, pair_by_name};
pub use timeline::{Timeline, parse_json, parse_json_lines, parse_tilse, to_json, to_tilse};

/// Why a timeline could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "line {line}: text outside a date's block (before its date line or after its dashed line)"
    )]
    TextOutsideBlock { line: usize },
    #[error("line {line}: date line inside an open block; end the block with a dashed line first")]
    DateInsideBlock { line: usize },
    #[error("line {line}: dashed line without a date line before it")]
    DashesWithoutDate { line: usize },
    #[error("invalid date {date:?}, expected YYYY-MM-DD")]
    InvalidDate { date: String },
    #[error("invalid JSON timeline: {0}")]
    Json(#[from] serde_json::Error),
    #[error("line {line}: {source}")]
    Line { line: usize, source: Box<Error> },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
