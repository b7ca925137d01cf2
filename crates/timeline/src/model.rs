//! What the timeline stage reads (analyzed articles) and what it produces (entries with
//! citations). The JSON shape of [`Timeline`] is the stable output format; see
//! `docs/timeline-json.md`.

use std::ops::Range;

use article::{Article, ArticleId, Published};
use chrono::NaiveDate;
use serde::Serialize;

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Quarter,
    Season,
    HalfYear,
    Year,
    Decade,
    Century,
}

/// A stretch of calendar days a text refers to: one day, a week, a month, a year, or a
/// range between two days ("from Feb. 10 to Feb 20").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateSpan {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub granularity: Granularity,
    /// True for explicit ranges, whose two ends were both named.
    pub is_range: bool,
}

impl DateSpan {
    pub fn day(date: NaiveDate) -> DateSpan {
        DateSpan { first: date, last: date, granularity: Granularity::Day, is_range: false }
    }

    pub fn range(first: NaiveDate, last: NaiveDate) -> DateSpan {
        DateSpan { first, last, granularity: Granularity::Day, is_range: true }
    }

    /// Whether `day` falls within the span.
    pub fn contains(&self, day: NaiveDate) -> bool {
        (self.first..=self.last).contains(&day)
    }

    /// `2022-02-07`, `2022-02-10 to 2022-02-20`, `2022-02`, `2022`, `2022-W06`.
    pub fn label(&self) -> String {
        if self.is_range {
            return format!(
                "{} to {}",
                self.first.format("%Y-%m-%d"),
                self.last.format("%Y-%m-%d")
            );
        }
        match self.granularity {
            Granularity::Day => self.first.format("%Y-%m-%d").to_string(),
            Granularity::Week => self.first.format("%G-W%V").to_string(),
            Granularity::Month => self.first.format("%Y-%m").to_string(),
            Granularity::Year => self.first.format("%Y").to_string(),
            _ => format!("{} to {}", self.first.format("%Y-%m-%d"), self.last.format("%Y-%m-%d")),
        }
    }
}

impl Serialize for DateSpan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut state = serializer.serialize_struct("DateSpan", 5)?;
        state.serialize_field("label", &self.label())?;
        state.serialize_field("first", &self.first.format("%Y-%m-%d").to_string())?;
        state.serialize_field("last", &self.last.format("%Y-%m-%d").to_string())?;
        state.serialize_field("granularity", &self.granularity)?;
        state.serialize_field("is_range", &self.is_range)?;
        state.end()
    }
}

/// A date expression found in a sentence, resolved to the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the article text.
    pub span: Range<usize>,
    pub date: DateSpan,
}

/// A sentence of an article and the dates it refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalyzedSentence {
    /// Byte range in the article text.
    pub span: Range<usize>,
    pub mentions: Vec<Mention>,
}

/// The index of the sentence holding byte `at`, in sentences ordered by their spans.
pub fn sentence_at(sentences: &[AnalyzedSentence], at: usize) -> Option<usize> {
    let idx = sentences.partition_point(|s| s.span.end <= at);
    sentences.get(idx).filter(|s| s.span.start <= at).map(|_| idx)
}

/// An article cut into sentences, each with its dates.
#[derive(Clone, Debug)]
pub struct AnalyzedArticle {
    pub article: Article,
    pub sentences: Vec<AnalyzedSentence>,
}

/// Where a sentence in a timeline comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Citation {
    pub outlet: String,
    pub article_id: ArticleId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The opening words of an article that has no title, to tell it apart from its
    /// outlet's other articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    /// 0-based index of the sentence in its article.
    pub sentence_idx: usize,
    /// Byte range of the sentence in the article text.
    pub span: Range<usize>,
    /// File and line or record the article was read from.
    pub source: String,
    pub sentence: String,
}

impl Citation {
    /// The citation of sentence `sentence_idx` of an analyzed article; the sentence text
    /// has its line breaks and runs of spaces collapsed.
    pub fn of(analyzed: &AnalyzedArticle, sentence_idx: usize) -> Citation {
        let article = &analyzed.article;
        let span = analyzed.sentences[sentence_idx].span.clone();
        Citation {
            outlet: article.source_label(),
            article_id: article.id,
            title: article.title.clone(),
            lead: article.title.is_none().then(|| opening_words(&article.text, LEAD_WORDS)),
            url: article.url.clone(),
            published: article.published,
            sentence_idx,
            sentence: article.text[span.clone()].split_whitespace().collect::<Vec<_>>().join(" "),
            span,
            source: article.provenance.to_string(),
        }
    }
}

/// Adds the outlets of `analyzed` (its own and those that carried a copy) to `outlets`,
/// keeping first-seen order.
pub fn add_outlets(outlets: &mut Vec<String>, analyzed: &AnalyzedArticle) {
    for outlet in analyzed.article.outlets() {
        if !outlets.contains(&outlet) {
            outlets.push(outlet);
        }
    }
}

/// How many words of an untitled article's opening a citation shows.
const LEAD_WORDS: usize = 10;

/// The first `n` words of `text`, with "…" when there are more.
fn opening_words(text: &str, n: usize) -> String {
    let mut words = text.split_whitespace();
    let mut lead = words.by_ref().take(n).collect::<Vec<_>>().join(" ");
    if words.next().is_some() {
        lead.push('…');
    }
    lead
}

/// One thing that happened, as told by one or more outlets: the sentence chosen to tell
/// it, and every sentence (from any outlet) that says nearly the same.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub text: String,
    /// Distinct outlets that reported it, the chosen sentence's first.
    pub outlets: Vec<String>,
    pub citations: Vec<Citation>,
}

/// One date of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry {
    pub date: DateSpan,
    /// How much the coverage dwelt on this date (the ranking score; higher is more).
    pub salience: f64,
    /// Distinct outlets with a sentence about this date.
    pub outlets: Vec<String>,
    /// Sentences in the collection that refer to this date.
    pub n_sentences: usize,
    pub events: Vec<Event>,
}

/// A timeline: entries in date order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timeline {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    pub n_articles: usize,
    pub n_sentences: usize,
    pub entries: Vec<Entry>,
}
