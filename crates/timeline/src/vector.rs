//! TF-IDF sentence vectors over stemmed content words, for centroid ranking and for
//! telling near-identical sentences apart.

use std::collections::HashMap;

use text::{TokenKind, normalize, porter, stopwords, tokenize_into};

use crate::model::AnalyzedArticle;

/// A sparse vector: (term id, weight) sorted by term id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseVector(Vec<(u32, f32)>);

impl SparseVector {
    pub fn cosine(&self, other: &SparseVector) -> f32 {
        // Both are unit length, so the dot product is the cosine.
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < self.0.len() && j < other.0.len() {
            match self.0[i].0.cmp(&other.0[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += self.0[i].1 * other.0[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot
    }

    pub fn contains_any(&self, terms: &[u32]) -> bool {
        terms.iter().any(|term| self.0.binary_search_by_key(term, |&(t, _)| t).is_ok())
    }

    fn normalize(&mut self) {
        let norm = self.0.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, weight) in &mut self.0 {
                *weight /= norm;
            }
        }
    }
}

/// Sums weighted vectors into a unit-length centroid.
#[derive(Default)]
pub struct Centroid(HashMap<u32, f32>);

impl Centroid {
    pub fn add(&mut self, vector: &SparseVector, weight: f32) {
        for &(term, value) in &vector.0 {
            *self.0.entry(term).or_default() += weight * value;
        }
    }

    pub fn finish(self) -> SparseVector {
        let mut entries: Vec<(u32, f32)> = self.0.into_iter().collect();
        entries.sort_unstable_by_key(|&(term, _)| term);
        let mut vector = SparseVector(entries);
        vector.normalize();
        vector
    }
}

/// The vocabulary of a collection and the vector of every sentence in it.
pub struct Vectorizer {
    vocabulary: HashMap<String, u32>,
    /// Per article, per sentence.
    vectors: Vec<Vec<SparseVector>>,
}

impl Vectorizer {
    pub fn new(articles: &[&AnalyzedArticle]) -> Vectorizer {
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        let mut document_frequency: Vec<u32> = Vec::new();
        let mut tokens = Vec::new();
        let mut counts: Vec<Vec<Vec<(u32, f32)>>> = Vec::with_capacity(articles.len());
        for analyzed in articles {
            let mut article_counts = Vec::with_capacity(analyzed.sentences.len());
            for sentence in &analyzed.sentences {
                tokens.clear();
                tokenize_into(&analyzed.article.text[sentence.span.clone()], 0, &mut tokens);
                let sentence_text = &analyzed.article.text[sentence.span.clone()];
                let mut terms: Vec<(u32, f32)> = Vec::new();
                for token in &tokens {
                    if token.kind == TokenKind::Punct {
                        continue;
                    }
                    let Some(stemmed) = content_stem(&sentence_text[token.span.clone()]) else {
                        continue;
                    };
                    let next_id = vocabulary.len() as u32;
                    let id = *vocabulary.entry(stemmed).or_insert(next_id);
                    if id == next_id {
                        document_frequency.push(0);
                    }
                    terms.push((id, 1.0));
                }
                terms.sort_unstable_by_key(|&(term, _)| term);
                terms.dedup_by(|next, kept| {
                    let same = next.0 == kept.0;
                    if same {
                        kept.1 += 1.0;
                    }
                    same
                });
                for &(term, _) in &terms {
                    document_frequency[term as usize] += 1;
                }
                article_counts.push(terms);
            }
            counts.push(article_counts);
        }
        let n_sentences = counts.iter().map(Vec::len).sum::<usize>().max(1) as f32;
        let idf: Vec<f32> = document_frequency
            .iter()
            .map(|&df| (n_sentences / (1.0 + df as f32)).ln().max(0.0) + 1.0)
            .collect();
        let vectors = counts
            .into_iter()
            .map(|article_counts| {
                article_counts
                    .into_iter()
                    .map(|terms| {
                        let mut vector = SparseVector(
                            terms
                                .into_iter()
                                .map(|(term, tf)| (term, (1.0 + tf.ln()) * idf[term as usize]))
                                .collect(),
                        );
                        vector.normalize();
                        vector
                    })
                    .collect()
            })
            .collect();
        Vectorizer { vocabulary, vectors }
    }

    pub fn sentence(&self, article_idx: usize, sentence_idx: usize) -> &SparseVector {
        &self.vectors[article_idx][sentence_idx]
    }

    pub fn sentences_of(&self, article_idx: usize) -> &[SparseVector] {
        &self.vectors[article_idx]
    }

    /// Term ids of the content words of `text` that occur in the collection.
    pub fn terms_of(&self, text: &str) -> Vec<u32> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter_map(content_stem)
            .filter_map(|stem| self.vocabulary.get(&stem).copied())
            .collect()
    }
}

/// The Porter stem of a lowercased word, or `None` for stopwords and one-letter words.
fn content_stem(word: &str) -> Option<String> {
    let lower = normalize(word);
    if lower.len() < 2 || stopwords::is_stopword(&lower) {
        return None;
    }
    Some(porter::stem(&lower).into_owned())
}
