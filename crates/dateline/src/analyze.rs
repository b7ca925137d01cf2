//! Per-article analysis: sentences, and the calendar dates each sentence refers to.

use rayon::prelude::*;
use text::{SegmentConfig, split_sentences};
use timeline::{AnalyzedArticle, AnalyzedSentence, DateSpan, Granularity, Mention};

use article::Article;

#[derive(Clone, Debug, Default)]
pub struct AnalyzeConfig {
    pub segment: SegmentConfig,
}

/// Cuts an article into sentences and attaches to each the calendar spans its time
/// expressions denote. Relative expressions need the publication date, so an undated
/// article gets sentences without dates.
pub fn analyze(article: Article, config: &AnalyzeConfig) -> AnalyzedArticle {
    let mut sentences: Vec<AnalyzedSentence> = split_sentences(&article.text, &config.segment)
        .into_iter()
        .map(|span| AnalyzedSentence { span, mentions: Vec::new() })
        .collect();
    if let Some(published) = article.published {
        let found = timex::tag(&article.text, published.date);
        for mention in mentions(&article.text, &found, published.date) {
            // The sentence holding the expression's first byte.
            if let Some(idx) = timeline::sentence_at(&sentences, mention.span.start) {
                sentences[idx].mentions.push(mention);
            }
        }
    }
    AnalyzedArticle { article, sentences }
}

/// Calendar mentions from tagged expressions: dates and times that resolve to days,
/// weeks, months…; the two ends of a range become one range mention. A bare clock time on
/// the day of publication ("16.18 BST" under a headline, "(Updated 6:40 p.m.)", "10.00 am:"
/// heading a live entry) names no day the sentence's publication does not already give.
fn mentions(text: &str, found: &[timex::Timex], published: chrono::NaiveDate) -> Vec<Mention> {
    let mut out = Vec::with_capacity(found.len());
    for timex in found {
        if !matches!(timex.kind, timex::TimexType::Date | timex::TimexType::Time) {
            continue;
        }
        let Some(interval) = timex.anchored else { continue };
        if timex.kind == timex::TimexType::Time
            && interval.first == published
            && text.get(timex.span.clone()).is_some_and(bare_clock)
        {
            continue;
        }
        let Some(granularity) = granularity(timex.granularity) else { continue };
        match &timex.range {
            Some(link) if link.role == timex::RangeRole::From => {
                let other = found.iter().find(|t| t.span == link.other).and_then(|t| t.anchored);
                match other {
                    Some(end) if end.last >= interval.first && granularity == Granularity::Day => {
                        let span = timex.span.start.min(link.other.start)
                            ..timex.span.end.max(link.other.end);
                        out.push(Mention { span, date: DateSpan::range(interval.first, end.last) });
                    }
                    _ => out.push(Mention {
                        span: timex.span.clone(),
                        date: span_of(interval, granularity),
                    }),
                }
            }
            // The far end of a range was folded into its start.
            Some(link) if found.iter().any(|t| t.span == link.other && t.anchored.is_some()) => {}
            _ => {
                out.push(Mention { span: timex.span.clone(), date: span_of(interval, granularity) })
            }
        }
    }
    out
}

/// A clock time with no day in its words: "10.00 am", "5:30 p.m. ET", "noon", "1925 GMT",
/// "19.55 local time" (but not "3 p.m. Tuesday" or "9 a.m. tomorrow").
fn bare_clock(text: &str) -> bool {
    const CLOCK_WORDS: [&str; 6] = ["am", "pm", "noon", "midnight", "local", "time"];
    text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).all(|word| {
        word.len() == 1
            || word.chars().all(|c| c.is_ascii_uppercase())
            || CLOCK_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
    })
}

fn span_of(interval: timex::Interval, granularity: Granularity) -> DateSpan {
    DateSpan { first: interval.first, last: interval.last, granularity, is_range: false }
}

fn granularity(granularity: timex::Granularity) -> Option<Granularity> {
    Some(match granularity {
        timex::Granularity::Day => Granularity::Day,
        timex::Granularity::Week => Granularity::Week,
        timex::Granularity::Month => Granularity::Month,
        timex::Granularity::Quarter => Granularity::Quarter,
        timex::Granularity::Season => Granularity::Season,
        timex::Granularity::HalfYear => Granularity::HalfYear,
        timex::Granularity::Year => Granularity::Year,
        timex::Granularity::Decade => Granularity::Decade,
        timex::Granularity::Century => Granularity::Century,
        timex::Granularity::None => return None,
    })
}

/// Analyzes every article, on all cores when `parallel`.
pub fn analyze_all(
    articles: Vec<Article>,
    config: &AnalyzeConfig,
    parallel: bool,
) -> Vec<AnalyzedArticle> {
    if parallel {
        articles.into_par_iter().map(|article| analyze(article, config)).collect()
    } else {
        articles.into_iter().map(|article| analyze(article, config)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use article::{Provenance, Published};
    use chrono::NaiveDate;

    /// The dates each sentence of `text`, published 8 February 2022, names.
    fn sentence_dates(text: &str) -> Vec<Vec<String>> {
        let article = Article::new(text.into(), Provenance::file("a.txt"))
            .with_published(Published::date(NaiveDate::from_ymd_opt(2022, 2, 8).unwrap()));
        let analyzed = analyze(article, &AnalyzeConfig::default());
        analyzed
            .sentences
            .iter()
            .map(|s| s.mentions.iter().map(|m| m.date.label()).collect())
            .collect()
    }

    #[test]
    fn sentences_get_their_dates_and_ranges_fold() {
        assert_eq!(
            sentence_dates(
                "Macron met Putin on Monday. The drills will run from Feb. 10 to Feb 20. \
                 Nothing else."
            ),
            [vec!["2022-02-07".to_string()], vec!["2022-02-10 to 2022-02-20".to_string()], vec![]]
        );
    }

    #[test]
    fn a_bare_clock_time_on_the_publication_day_names_no_day() {
        assert_eq!(
            sentence_dates(
                "Tuesday 8 February 2022 16.18 BST Talks went on. At 3 p.m. Monday they met. \
                 10.00 am: I open the doors."
            ),
            [vec!["2022-02-08".to_string()], vec!["2022-02-07".to_string()], vec![]]
        );
        assert!(bare_clock("5:30 p.m. ET") && bare_clock("19.55 local time") && bare_clock("noon"));
        assert!(!bare_clock("3 p.m. Tuesday") && !bare_clock("tonight"));
    }
}
