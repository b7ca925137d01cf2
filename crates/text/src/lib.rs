//! Placeholder; see ARCHITECTURE.md.
pub mod porter;
pub mod stopwords;
