//! What a format reader is given (one decoded file) and what it gives back.

use article::Article;

use crate::Diagnostic;

/// One file's content, decoded to text, with what is known about it.
pub struct Source<'a> {
    /// The path as the user should see it in messages and citations.
    pub path: &'a str,
    pub text: &'a str,
    /// The outlet to assume when the content names none: the folder the file sits in
    /// below the path the user named, if any.
    pub outlet_hint: Option<&'a str>,
}

impl Source<'_> {
    /// A diagnostic about this file, at `line` when known.
    pub fn diagnostic(&self, line: Option<u64>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { path: self.path.to_string(), line, message: message.into() }
    }

    /// The 1-based line on which byte `offset` of the text lies.
    pub fn line_of(&self, offset: usize) -> u64 {
        let offset = offset.min(self.text.len());
        memchr::memchr_iter(b'\n', &self.text.as_bytes()[..offset]).count() as u64 + 1
    }
}

/// What reading one file produced: its articles, the records it had to skip, and
/// warnings that did not stop anything.
#[derive(Default, Debug)]
pub struct FileOutput {
    pub articles: Vec<Article>,
    /// Records (or the whole file) that produced no article, with why.
    pub skipped: Vec<Diagnostic>,
    /// Problems that were worked around (lossy UTF-8, an unparseable date, …).
    pub warnings: Vec<Diagnostic>,
}

impl FileOutput {
    pub fn skip(&mut self, diagnostic: Diagnostic) {
        self.skipped.push(diagnostic);
    }

    pub fn warn(&mut self, diagnostic: Diagnostic) {
        self.warnings.push(diagnostic);
    }
}
