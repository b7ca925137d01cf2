//! Text analysis for news prose: sentences and tokens as byte spans into the original
//! text, Porter stemming and stopwords.
//!
//! Nothing here fails or allocates per character: segmentation and tokenization are one
//! pass over the bytes each, so they keep up with reading (see BENCHMARKS.md).
//!
//! ```
//! use text::{SegmentConfig, split_sentences, tokenize};
//! let article = "U.S. officials met on Jan. 26. The talks failed.";
//! let sentences = split_sentences(article, &SegmentConfig::default());
//! assert_eq!(&article[sentences[1].clone()], "The talks failed.");
//! assert_eq!(tokenize(&article[sentences[1].clone()]).len(), 4);
//! ```

pub mod porter;
mod segment;
pub mod stopwords;
mod token;

pub use segment::{LineBreaks, SegmentConfig, split_sentences, split_sentences_into};
pub use token::{Token, TokenKind, normalize, tokenize, tokenize_into};
