//! Readers that turn files into [`Article`]s: dated plain text, JSONL, HTML pages, RSS,
//! Atom and JSON Feed, whole folders and `.gz` files.
//!
//! The format of a file is chosen by its extension and confirmed by sniffing its first
//! bytes, so a feed saved as `.txt` or a page without an extension still reads. A bad
//! file or record never stops the run: it becomes a [`Diagnostic`] naming the file, the
//! line when known, and why, and the rest goes on. Duplicates (the same URL, the same
//! text, or a syndicated copy with a different headline or credit line) are kept once,
//! and every outlet that carried them is remembered in `Article::also_carried_by`.
//!
//! ```
//! let text = " date 2022-02-08 Macron met Putin on Monday.\n\nHe went to Kyiv on Tuesday.";
//! let output = ingest::read_bytes("a.txt", text.as_bytes(), None);
//! assert_eq!(output.articles.len(), 1);
//! assert_eq!(output.articles[0].published.unwrap().to_string(), "2022-02-08");
//! ```

mod dated_text;
pub mod dates;
mod dedup;
mod feed;
mod html;
mod jsonl;
mod source;
mod walk;

use std::fmt;

use article::Article;

pub use dedup::{DedupConfig, deduplicate};
pub use html::html_to_text;
pub use source::{FileOutput, Source};
pub use walk::{NoProgress, Progress, ReadConfig, read_paths};

/// A problem with one file or one record in it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// The input formats Dateline reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// ` date YYYY-MM-DD` followed by the body, as in the shared samples.
    DatedText,
    /// Plain text without the date header.
    PlainText,
    Jsonl,
    /// One JSON document: a JSON Feed, one article object, or an array of them.
    Json,
    Html,
    /// RSS 0.9x/1.0/2.0 or Atom.
    Feed,
}

impl Format {
    /// The format suggested by a file name's extension (after any `.gz`).
    pub fn from_extension(name: &str) -> Option<Format> {
        let name = name.strip_suffix(".gz").unwrap_or(name);
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match extension.as_str() {
            "txt" | "text" => Format::DatedText,
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            "html" | "htm" | "xhtml" => Format::Html,
            "xml" | "rss" | "atom" | "rdf" => Format::Feed,
            _ => return None,
        })
    }

    /// The format the content itself shows, from its first non-blank bytes.
    pub fn sniff(text: &str) -> Format {
        let head = text.trim_start_matches('\u{feff}').trim_start();
        if head.starts_with("date ") && dated_text::header(text).is_some() {
            return Format::DatedText;
        }
        if head.starts_with('{') {
            // A JSON Feed or a single object spans lines; JSONL has one object a line.
            let first_line = head.lines().next().unwrap_or("");
            let one_object_a_line = serde_json::from_str::<serde_json::Value>(first_line).is_ok();
            return if one_object_a_line && !first_line.contains("jsonfeed.org") {
                Format::Jsonl
            } else {
                Format::Json
            };
        }
        if head.starts_with('[') {
            return Format::Json;
        }
        if head.starts_with('<') {
            let lower: String = head.chars().take(2048).collect::<String>().to_ascii_lowercase();
            // An Atom entry document ("<entry xmlns=…Atom") is one item of a feed.
            let atom_entry = lower.contains("<entry") && lower.contains("w3.org/2005/atom");
            if lower.contains("<rss")
                || lower.contains("<feed")
                || lower.contains("<rdf:rdf")
                || atom_entry
            {
                return Format::Feed;
            }
            return Format::Html;
        }
        Format::PlainText
    }
}

/// Decodes bytes to text: UTF-8 with or without a byte-order mark (without copying), UTF-16
/// with one, and anything else lossily, with a warning that says where the first bad
/// byte was.
pub fn decode(path: &str, mut bytes: Vec<u8>, output: &mut FileOutput) -> String {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes) {
        let body = &bytes[bom..];
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            output.warn(Diagnostic {
                path: path.to_string(),
                line: first_bad_line(encoding, body),
                message: format!(
                    "bytes invalid in {} (marked by its byte-order mark); decoded with replacement characters",
                    encoding.name()
                ),
            });
        }
        return text.into_owned();
    }
    let error = match String::from_utf8(bytes) {
        Ok(text) => return text,
        Err(error) => error,
    };
    // A page or feed that says what it is written in ("ISO-8859-1", "windows-1252",
    // "Shift_JIS") is decoded by that, as a browser would.
    if let Some(encoding) = declared_encoding(error.as_bytes()) {
        let (text, had_errors) = encoding.decode_without_bom_handling(error.as_bytes());
        if had_errors {
            output.warn(Diagnostic {
                path: path.to_string(),
                line: None,
                message: format!(
                    "bytes invalid in the declared encoding {}; decoded with replacement characters",
                    encoding.name()
                ),
            });
        }
        return text.into_owned();
    }
    let offset = error.utf8_error().valid_up_to();
    let bytes = error.into_bytes();
    let line = memchr::memchr_iter(b'\n', &bytes[..offset]).count() as u64 + 1;
    output.warn(Diagnostic {
        path: path.to_string(),
        line: Some(line),
        message: format!(
            "invalid UTF-8 (first bad byte 0x{:02x} at byte {offset}); decoded with replacement characters",
            bytes[offset]
        ),
    });
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The encoding a file declares for itself, when it is not UTF-8: an XML declaration's
/// `encoding="…"` at the start, or an HTML `charset=…` in the first few kilobytes (a
/// `<meta charset>` or an http-equiv content type).
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let label = if head.trim_start().starts_with("<?xml") {
        let declaration = &head[..head.find("?>")?];
        let value = &declaration[declaration.find("encoding")? + "encoding".len()..];
        let value = value.trim_start().strip_prefix('=')?.trim_start();
        let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let value = &value[1..];
        value[..value.find(quote)?].to_string()
    } else {
        let value = &head[head.find("charset")? + "charset".len()..];
        let value =
            value.trim_start().strip_prefix('=')?.trim_start().trim_start_matches(['"', '\'']);
        value
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':'))
            .next()?
            .to_string()
    };
    encoding_rs::Encoding::for_label(label.trim().as_bytes())
        .filter(|encoding| *encoding != encoding_rs::UTF_8)
}

/// Reads one file's bytes (already decompressed) into articles. `path` names the file in
/// messages and provenance; `outlet_hint` is the outlet to assume when the content names
/// none.
pub fn read_bytes(path: &str, bytes: &[u8], outlet_hint: Option<&str>) -> FileOutput {
    read_owned(path, bytes.to_vec(), outlet_hint)
}

/// As [`read_bytes`], taking ownership so valid UTF-8 is not copied.
pub fn read_owned(path: &str, bytes: Vec<u8>, outlet_hint: Option<&str>) -> FileOutput {
    let mut output = FileOutput::default();
    let text = decode(path, bytes, &mut output);
    let source = Source { path, text: &text, outlet_hint };
    if text.trim().is_empty() {
        output.skip(source.diagnostic(None, "empty file"));
        return output;
    }
    let sniffed = Format::sniff(&text);
    let by_name = Format::from_extension(path);
    let format = match (by_name, sniffed) {
        // The content wins when it clearly disagrees with the name: a feed saved as .txt,
        // JSONL saved as .json, a page saved as .xml.
        (Some(Format::DatedText), Format::PlainText) => Format::PlainText,
        (Some(Format::Json), Format::Jsonl) | (Some(Format::Jsonl), Format::Json) => sniffed,
        (Some(named), sniffed) if named == sniffed => named,
        (Some(_), sniffed) if sniffed != Format::PlainText => sniffed,
        (Some(named), _) => named,
        (None, sniffed) => sniffed,
    };
    match format {
        Format::DatedText | Format::PlainText => dated_text::read(&source, &mut output),
        Format::Jsonl => jsonl::read_lines(&source, &mut output),
        Format::Json => jsonl::read_document(&source, &mut output),
        Format::Html => html::read(&source, &mut output),
        Format::Feed => feed::read(&source, &mut output),
    }
    output
}

/// The line of the first malformed sequence in `bytes` (decoded up to there to count).
fn first_bad_line(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> Option<u64> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut prefix =
        String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(bytes.len())?);
    let (result, _) = decoder.decode_to_string_without_replacement(bytes, &mut prefix, true);
    matches!(result, encoding_rs::DecoderResult::Malformed(..))
        .then(|| memchr::memchr_iter(b'\n', prefix.as_bytes()).count() as u64 + 1)
}

/// Counts for the summary a run prints.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub n_files: u64,
    pub n_bytes: u64,
    /// Articles read, before duplicates were merged.
    pub n_read: u64,
    pub n_skipped: u64,
    pub n_duplicates: u64,
    pub n_warnings: u64,
}

/// Everything a read produced: the distinct articles and what went wrong on the way.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub skipped: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    pub summary: Summary,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        let mut bytes = if little_endian { vec![0xff, 0xfe] } else { vec![0xfe, 0xff] };
        for unit in text.encode_utf16() {
            let pair = if little_endian { unit.to_le_bytes() } else { unit.to_be_bytes() };
            bytes.extend_from_slice(&pair);
        }
        bytes
    }

    #[test]
    fn byte_order_marks_say_how_to_decode() {
        let text = "date 2022-02-08\nMacron met Putin \u{2014} on Monday.";
        for little_endian in [true, false] {
            let mut output = FileOutput::default();
            assert_eq!(decode("a.txt", utf16(text, little_endian), &mut output), text);
            assert!(output.warnings.is_empty());
        }
        let mut output = FileOutput::default();
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice(text.as_bytes());
        assert_eq!(decode("a.txt", bytes, &mut output), text);
        assert!(output.warnings.is_empty());
    }

    #[test]
    fn a_broken_utf16_file_is_read_with_a_warning() {
        // A lone high surrogate at the start of the second line.
        let mut bytes = utf16("a\nb", true);
        bytes.splice(6..6, [0x00, 0xd8]);
        let mut output = FileOutput::default();
        assert_eq!(decode("b.txt", bytes, &mut output), "a\n\u{fffd}b");
        assert_eq!(output.warnings.len(), 1);
        assert!(output.warnings[0].message.contains("UTF-16LE"), "{:?}", output.warnings);
        assert_eq!(output.warnings[0].path, "b.txt");
        assert_eq!(output.warnings[0].line, Some(2));
    }
}
