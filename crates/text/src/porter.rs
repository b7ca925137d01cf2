//! Porter stemmer (placeholder).
