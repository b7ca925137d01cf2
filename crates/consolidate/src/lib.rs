//! Who said what, and where do the outlets disagree?
//!
//! Cross-outlet consolidation over analyzed articles (the same input the timeline stage
//! reads):
//! - [`quotes`] finds quotations, attributes each to its speaker ("…," Putin said;
//!   Macron told reporters "…"; according to …), and groups the same words carried by
//!   several outlets, partial quotations included, into one [`Quote`] citing them all.
//! - [`disagreements`] finds figures (a number and what it counts: "110,000 troops",
//!   "2.3 tonnes") and reports a [`Disagreement`] where outlets give different numbers
//!   for what looks like the same quantity at the same time.
//!
//! Pure: no I/O, never fails; odd input gives fewer findings, not errors.
//!
//! ```
//! use article::{Article, Provenance, Published};
//! use chrono::NaiveDate;
//! use timeline::{AnalyzedArticle, AnalyzedSentence};
//!
//! let day = NaiveDate::from_ymd_opt(2022, 2, 8).unwrap();
//! let analyzed = |outlet: &str, text: &str| AnalyzedArticle {
//!     article: Article::new(text.into(), Provenance::file(format!("{outlet}.txt")))
//!         .with_outlet(Some(outlet.into()))
//!         .with_published(Published::date(day)),
//!     sentences: vec![AnalyzedSentence { span: 0..text.len(), mentions: vec![] }],
//! };
//! let articles = [
//!     analyzed("Wire", "Putin said Moscow would \"do everything to find compromises that suit everyone.\""),
//!     analyzed("Daily", "Putin promised to “do everything to find compromises that suit everyone.”"),
//! ];
//! let quotes = consolidate::quotes(&articles, &consolidate::QuoteConfig::default());
//! assert_eq!(quotes[0].speaker.as_deref(), Some("Putin"));
//! assert_eq!(quotes[0].outlets, ["Wire", "Daily"]);
//! ```

mod figures;
mod names;
mod quotes;

pub use figures::{Claim, Disagreement, FigureConfig, disagreements};
pub use quotes::{Quote, QuoteConfig, quotes};

use timeline::{Citation, add_outlets};

/// A day as `YYYY-MM-DD`, or null.
fn serialize_day<S: serde::Serializer>(
    day: &Option<chrono::NaiveDate>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match day {
        Some(day) => s.serialize_str(&day.format("%Y-%m-%d").to_string()),
        None => s.serialize_none(),
    }
}

/// Adds `citation` unless the same sentence of the same article is already cited.
fn push_citation(citations: &mut Vec<Citation>, citation: Citation) {
    let cited = citations
        .iter()
        .any(|c| c.article_id == citation.article_id && c.sentence_idx == citation.sentence_idx);
    if !cited {
        citations.push(citation);
    }
}

/// Disjoint sets over `0..n`: items joined directly or through others end in one group.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(n: usize) -> Groups {
        Groups { parent: (0..n).collect() }
    }

    fn root(&mut self, mut idx: usize) -> usize {
        while self.parent[idx] != idx {
            self.parent[idx] = self.parent[self.parent[idx]];
            idx = self.parent[idx];
        }
        idx
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.parent[a] = b;
    }

    /// The groups, each in ascending order, ordered by their first item.
    fn into_groups(mut self) -> Vec<Vec<usize>> {
        let mut group_of_root: Vec<Option<usize>> = vec![None; self.parent.len()];
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for idx in 0..self.parent.len() {
            let root = self.root(idx);
            let group = *group_of_root[root].get_or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[group].push(idx);
        }
        groups
    }
}

/// Articles for tests: one outlet, one publication day in February 2022, sentences cut
/// by the real segmenter.
#[cfg(test)]
fn test_article(outlet: &str, day: u32, text: &str) -> timeline::AnalyzedArticle {
    use article::{Article, Provenance, Published};
    let sentences = text::split_sentences(text, &text::SegmentConfig::default())
        .into_iter()
        .map(|span| timeline::AnalyzedSentence { span, mentions: vec![] })
        .collect();
    timeline::AnalyzedArticle {
        article: Article::new(text.into(), Provenance::file(format!("{outlet}.txt")))
            .with_outlet(Some(outlet.into()))
            .with_published(Published::date(
                chrono::NaiveDate::from_ymd_opt(2022, 2, day).unwrap(),
            )),
        sentences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hash maps are seeded afresh each time, so repeated runs catch any order that
    /// depends on hashing.
    #[test]
    fn output_does_not_depend_on_hashing() {
        let articles = [
            test_article(
                "Wire",
                8,
                "Some 110,000 troops are near the border with Ukraine. \"We will do everything to find compromises that suit everyone,\" Putin said. About 3,800 residents were evacuated from Brenic.",
            ),
            test_article(
                "Daily",
                8,
                "Some 100,000 troops are close to the border with Ukraine. Putin vowed to \"do everything to find compromises that suit everyone.\" About 4,200 residents were evacuated from Brenic.",
            ),
            test_article(
                "Post",
                9,
                "About 4,000 residents were evacuated from Brenic, officials said. Some 120,000 troops massed near the border with Ukraine.",
            ),
        ];
        let first = (
            quotes(&articles, &QuoteConfig::default()),
            disagreements(&articles, &FigureConfig::default()),
        );
        assert_eq!(first.1.len(), 2, "{:#?}", first.1);
        for _ in 0..10 {
            let again = (
                quotes(&articles, &QuoteConfig::default()),
                disagreements(&articles, &FigureConfig::default()),
            );
            assert_eq!(again, first);
        }
    }
}
