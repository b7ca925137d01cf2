//! Sentence segmentation for news prose.
//!
//! One left-to-right pass over the bytes. A sentence ends at `.`, `!`, `?` or `…` (with
//! any closing quotes and brackets after it) when whitespace and a plausible sentence
//! start follow, at a blank line, and at a single line break unless the text is
//! hard-wrapped there. What keeps news prose from being cut up:
//! - abbreviations that rarely end a sentence (Mr., Gov., Feb., No.), initials (John F.
//!   Kennedy) and dotted acronyms (U.S., p.m.), which end one only when a typical sentence
//!   opener follows (`in the U.S. The talks…`);
//! - decimals and numbers (`3.5`, `1.2 million`) never have whitespace after the dot;
//! - a `?` or `!` followed by a lowercase word (`"Why?" he asked`) continues;
//! - closing quotes stay with the sentence they close;
//! - a headline glued to the first sentence without punctuation (`Oil firm sued A judge
//!   ruled…`) is split off where a capitalized sentence opener follows a bare word.

use std::ops::Range;

/// How single line breaks are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineBreaks {
    /// Every line break ends a sentence (one sentence a line, as in Timeline17).
    Boundary,
    /// A line break is a space (hard-wrapped prose).
    Space,
    /// A line break ends a sentence unless the line runs on: it ends without sentence
    /// punctuation and the next line starts in lowercase.
    Auto,
}

#[derive(Clone, Debug)]
pub struct SegmentConfig {
    pub line_breaks: LineBreaks,
    /// Split a headline glued to the start of the text.
    pub split_glued_headline: bool,
}

impl Default for SegmentConfig {
    fn default() -> SegmentConfig {
        SegmentConfig { line_breaks: LineBreaks::Auto, split_glued_headline: true }
    }
}

/// Byte ranges of the sentences of `text`, in order, trimmed of surrounding whitespace;
/// never empty ranges.
pub fn split_sentences(text: &str, config: &SegmentConfig) -> Vec<Range<usize>> {
    let mut sentences = Vec::with_capacity(text.len() / 100 + 1);
    split_sentences_into(text, config, &mut sentences);
    sentences
}

/// As [`split_sentences`], appending to `out` (so a caller can reuse one buffer).
pub fn split_sentences_into(text: &str, config: &SegmentConfig, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let first_new = out.len();
    let mut start = 0;
    let mut idx = 0;
    while idx < bytes.len() {
        // Skip to the next byte that can matter; most bytes are letters and spaces.
        while idx < bytes.len() && !IS_SPECIAL[bytes[idx] as usize] {
            idx += 1;
        }
        if idx >= bytes.len() {
            break;
        }
        let byte = bytes[idx];
        match byte {
            b'\n' => {
                let next_line = skip_horizontal_space(bytes, idx + 1);
                let blank_line =
                    next_line < bytes.len() && matches!(bytes[next_line], b'\n' | b'\r');
                let split = blank_line
                    || match config.line_breaks {
                        LineBreaks::Boundary => true,
                        LineBreaks::Space => false,
                        LineBreaks::Auto => !runs_on(bytes, start, idx, next_line),
                    };
                if split {
                    push_trimmed(text, start, idx, out);
                    start = idx + 1;
                }
                idx += 1;
            }
            b'.' | b'!' | b'?' => {
                let mut end = idx + 1;
                // Runs like "?!" or "..." are one terminator.
                while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?') {
                    end += 1;
                }
                let end = skip_closers(bytes, end);
                if is_boundary(text, start, idx, end) {
                    push_trimmed(text, start, end, out);
                    start = end;
                }
                idx = end.max(idx + 1);
            }
            // U+2026 HORIZONTAL ELLIPSIS is E2 80 A6.
            0xe2 if bytes.get(idx + 1) == Some(&0x80) && bytes.get(idx + 2) == Some(&0xa6) => {
                let end = skip_closers(bytes, idx + 3);
                if is_boundary(text, start, idx, end) {
                    push_trimmed(text, start, end, out);
                    start = end;
                }
                idx = end.max(idx + 3);
            }
            _ => idx += 1,
        }
    }
    push_trimmed(text, start, bytes.len(), out);
    if config.split_glued_headline && out.len() > first_new {
        split_glued_headline(text, first_new, out);
    }
}

/// Bytes the segmenter stops at: line breaks, terminators and the lead byte of `…`.
static IS_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    table[b'\n' as usize] = true;
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[0xe2] = true;
    table
};

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let piece = &text[start..end];
    let trimmed_start = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let from = start + trimmed_start;
        out.push(from..from + trimmed.len());
    }
}

fn skip_horizontal_space(bytes: &[u8], mut idx: usize) -> usize {
    while idx < bytes.len() && matches!(bytes[idx], b' ' | b'\t' | b'\r') {
        idx += 1;
    }
    idx
}

/// Skips closing quotes and brackets after a terminator: `."`, `.”`, `.)`, `.’`.
fn skip_closers(bytes: &[u8], mut idx: usize) -> usize {
    loop {
        match bytes.get(idx) {
            Some(b'"' | b'\'' | b')' | b']') => idx += 1,
            // ” U+201D and ’ U+2019 are E2 80 9D and E2 80 99; » is C2 BB.
            Some(0xe2)
                if bytes.get(idx + 1) == Some(&0x80)
                    && matches!(bytes.get(idx + 2), Some(0x9d | 0x99)) =>
            {
                idx += 3
            }
            Some(0xc2) if bytes.get(idx + 1) == Some(&0xbb) => idx += 2,
            _ => return idx,
        }
    }
}

/// Whether a line from `start` to the break at `newline` continues on the next line.
fn runs_on(bytes: &[u8], start: usize, newline: usize, next_line: usize) -> bool {
    let mut last = newline;
    while last > start && matches!(bytes[last - 1], b' ' | b'\t' | b'\r') {
        last -= 1;
    }
    if last == start || next_line >= bytes.len() {
        return false;
    }
    let ends_open =
        bytes[last - 1].is_ascii_alphanumeric() || matches!(bytes[last - 1], b',' | b';' | b'-');
    ends_open && bytes[next_line].is_ascii_lowercase()
}

/// Decides whether the terminator at `dot..end` ends the sentence that began at `start`.
fn is_boundary(text: &str, start: usize, dot: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // A terminator must be followed by whitespace (or the end of the text).
    match bytes.get(end) {
        None => return true,
        Some(b' ' | b'\t' | b'\n' | b'\r') => {}
        // A non-breaking space (C2 A0) also separates sentences in pasted web text.
        Some(0xc2) if bytes.get(end + 1) == Some(&0xa0) => {}
        Some(_) => return false,
    }
    let next = next_word(text, end);
    let Some(next) = next else { return true };
    let first = next.chars().next().unwrap_or(' ');
    if first.is_lowercase() {
        return false;
    }
    if bytes[dot] != b'.' || dot + 1 < end && bytes[dot + 1] == b'.' {
        // "!", "?" and ellipses end a sentence before anything but lowercase.
        return true;
    }
    let word = word_before(text, start, dot);
    if word.is_empty() {
        return true;
    }
    let next_opens = is_sentence_opener(next);
    let lower: String = word.to_ascii_lowercase();
    if word.contains('.') {
        // Dotted acronyms and abbreviations (U.S., U.N., p.m., D.C., e.g.) end a sentence
        // only before an opener; a number like "3.5" ends it like any word.
        let acronym = word.split('.').all(|part| {
            !part.is_empty() && part.len() <= 3 && part.bytes().all(|b| b.is_ascii_alphabetic())
        });
        return !acronym || next_opens;
    }
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        // An initial ("John F. Kennedy"), unless an opener follows ("Plan B. The").
        return next_opens;
    }
    if NEVER_FINAL.binary_search(&lower.as_str()).is_ok() {
        return false;
    }
    if MONTHS.binary_search(&lower.as_str()).is_ok()
        || lower == "no"
        || lower == "nos"
        || lower == "art"
    {
        // "Jan. 26", "No. 5": an abbreviation before a number; otherwise it ended.
        return !first.is_ascii_digit();
    }
    if OFTEN_FINAL.binary_search(&lower.as_str()).is_ok() {
        return next_opens;
    }
    true
}

/// The word right before `dot` (letters, digits and inner dots), not before `start`.
fn word_before(text: &str, start: usize, dot: usize) -> &str {
    let bytes = text.as_bytes();
    let mut from = dot;
    while from > start && (bytes[from - 1].is_ascii_alphanumeric() || bytes[from - 1] == b'.') {
        from -= 1;
    }
    text[from..dot].trim_start_matches('.')
}

/// The next word after `from`, skipping whitespace and opening quotes/brackets.
fn next_word(text: &str, from: usize) -> Option<&str> {
    let rest = text[from..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '—' | '-')
    });
    if rest.is_empty() {
        return None;
    }
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    Some(if end == 0 {
        &rest[..rest.chars().next().map_or(0, char::len_utf8)]
    } else {
        &rest[..end]
    })
}

/// Words that begin sentences far more often than they continue a name: used to tell a
/// sentence-final abbreviation (`in the U.S. The`) from an inner one (`U.S. officials`).
fn is_sentence_opener(word: &str) -> bool {
    OPENERS.binary_search(&word).is_ok()
}

/// Abbreviations that do not end sentences: titles and similar.
const NEVER_FINAL: &[&str] = &[
    "adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "ft", "gen", "gov", "hon", "lt", "maj",
    "messrs", "mr", "mrs", "ms", "mt", "pres", "prof", "rep", "reps", "rev", "sen", "sens", "sgt",
    "sr", "st", "supt", "vs",
];

/// Month abbreviations, which precede a day number.
const MONTHS: &[&str] =
    &["apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "nov", "oct", "sep", "sept"];

/// Abbreviations that often end a sentence ("… Apple Inc. The company …").
const OFTEN_FINAL: &[&str] = &["co", "corp", "etc", "inc", "jr", "ltd", "plc"];

/// Capitalized words that typically open a sentence, sorted.
const OPENERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "Another",
    "As",
    "At",
    "But",
    "By",
    "During",
    "Each",
    "Earlier",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "More",
    "Most",
    "My",
    "No",
    "Now",
    "On",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "Today",
    "Two",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "Who",
    "With",
    "Yet",
    "You",
];

/// Openers that, right after a bare word, reveal a headline glued to the first sentence.
const GLUE_OPENERS: &[&str] = &["A", "An", "He", "It", "She", "The", "They", "We"];

/// Splits the first sentence when it starts with a headline glued on without
/// punctuation: a bare word followed by one of [`GLUE_OPENERS`] and a lowercase word,
/// within the first 30 words.
fn split_glued_headline(text: &str, first: usize, out: &mut Vec<Range<usize>>) {
    let range = out[first].clone();
    let sentence = &text[range.clone()];
    let mut previous_bare = false;
    let mut offset = 0;
    for (word_idx, word) in sentence.split(' ').enumerate() {
        if word_idx >= 30 {
            return;
        }
        let here = offset;
        offset += word.len() + 1;
        if word_idx >= 3 && previous_bare && GLUE_OPENERS.contains(&word) {
            let after = &sentence[offset.min(sentence.len())..];
            if after.chars().next().is_some_and(char::is_lowercase) {
                let cut = range.start + here;
                out[first] = range.start..cut - 1;
                out.insert(first + 1, cut..range.end);
                return;
            }
        }
        previous_bare = !word.is_empty()
            && word.chars().all(char::is_alphanumeric)
            && !matches!(
                word,
                "of" | "and" | "the" | "a" | "in" | "to" | "for" | "on" | "at" | "Of" | "And"
            );
    }
}

#[cfg(test)]
mod tests;
