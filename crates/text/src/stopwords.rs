//! Stopwords (placeholder).
