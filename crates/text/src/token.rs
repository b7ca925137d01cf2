//! Tokens with byte spans into the original text.
//!
//! A word is a run of letters and digits, with inner apostrophes, hyphens and dots kept
//! when letters follow them (`don't`, `five-hour`, `U.S`). A number is a run of digits with
//! inner `,`, `.`, `:` or `/` between digits (`110,000`, `3.5`, `15:00`, `2/8/2022`).
//! Everything else that is not whitespace is a one-character punctuation token.

use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
}

/// The tokens of `text`; spans are relative to `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, 0, &mut tokens);
    tokens
}

/// Appends the tokens of `text` to `out`, with spans shifted by `base` (the offset of
/// `text` in the article, so spans point into the article).
pub fn tokenize_into(text: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut idx = 0;
    while idx < bytes.len() {
        let byte = bytes[idx];
        if byte.is_ascii_whitespace() {
            idx += 1;
            continue;
        }
        if byte.is_ascii_digit() {
            let end = scan_number(bytes, idx);
            // "5-hour", "3rd", "1990s": digits running into letters make a word.
            let runs_into_word = end < bytes.len()
                && (is_word_byte(text, end)
                    || bytes[end] == b'-'
                        && end + 1 < bytes.len()
                        && bytes[end + 1].is_ascii_alphabetic());
            let (end, kind) = if runs_into_word {
                (scan_word(text, end), TokenKind::Word)
            } else {
                (end, TokenKind::Number)
            };
            out.push(Token { span: base + idx..base + end, kind });
            idx = end;
            continue;
        }
        if is_word_byte(text, idx) {
            let end = scan_word(text, idx);
            out.push(Token { span: base + idx..base + end, kind: TokenKind::Word });
            idx = end;
            continue;
        }
        let len = char_len(byte);
        let end = (idx + len).min(bytes.len());
        // Non-ASCII whitespace (no-break space, em space) separates like a space.
        if byte >= 0x80 && text[idx..end].chars().all(char::is_whitespace) {
            idx = end;
            continue;
        }
        out.push(Token { span: base + idx..base + end, kind: TokenKind::Punct });
        idx = end;
    }
}

fn char_len(first_byte: u8) -> usize {
    match first_byte {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Whether the character at `idx` is a letter or digit.
#[inline(always)]
fn is_word_byte(text: &str, idx: usize) -> bool {
    let byte = text.as_bytes()[idx];
    if byte < 0x80 {
        return byte.is_ascii_alphanumeric();
    }
    is_non_ascii_alphanumeric(text, idx)
}

#[cold]
fn is_non_ascii_alphanumeric(text: &str, idx: usize) -> bool {
    text[idx..].chars().next().is_some_and(char::is_alphanumeric)
}

fn scan_word(text: &str, mut idx: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // Fast path: ASCII letters and digits, the bulk of English news text.
        while idx < bytes.len() && bytes[idx].is_ascii_alphanumeric() {
            idx += 1;
        }
        if idx < bytes.len() && bytes[idx] >= 0x80 && is_non_ascii_alphanumeric(text, idx) {
            idx += char_len(bytes[idx]);
            continue;
        }
        // Inner joiners: don't, five-hour, U.S (the final dot stays punctuation).
        if idx + 1 < bytes.len()
            && matches!(bytes[idx], b'\'' | b'-' | b'.')
            && is_word_byte(text, idx + 1)
        {
            idx += 1;
            continue;
        }
        // Curly apostrophe U+2019 (E2 80 99) inside a word.
        if idx + 3 < bytes.len()
            && bytes[idx..idx + 3] == [0xe2, 0x80, 0x99]
            && is_word_byte(text, idx + 3)
        {
            idx += 3;
            continue;
        }
        return idx;
    }
}

fn scan_number(bytes: &[u8], mut idx: usize) -> usize {
    loop {
        while idx < bytes.len() && bytes[idx].is_ascii_digit() {
            idx += 1;
        }
        if idx + 1 < bytes.len()
            && matches!(bytes[idx], b',' | b'.' | b':' | b'/')
            && bytes[idx + 1].is_ascii_digit()
        {
            idx += 1;
            continue;
        }
        return idx;
    }
}

/// Lowercases a token for matching; borrows when it is already lowercase ASCII.
pub fn normalize(token: &str) -> std::borrow::Cow<'_, str> {
    if token.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        std::borrow::Cow::Borrowed(token)
    } else {
        std::borrow::Cow::Owned(token.to_lowercase().replace('’', "'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    fn check(text: &str, expect: Expect) {
        let shown: Vec<String> = tokenize(text)
            .iter()
            .map(|t| format!("{:?}:{}", t.kind, &text[t.span.clone()]))
            .collect();
        expect.assert_eq(&shown.join(" "));
    }

    #[test]
    fn news_tokens() {
        check(
            "U.S. officials say some 110,000 troops—a five-hour meeting at 15:00 on 2/8/2022, don't ‘go’.",
            expect![[
                r#"Word:U.S Punct:. Word:officials Word:say Word:some Number:110,000 Word:troops Punct:— Word:a Word:five-hour Word:meeting Word:at Number:15:00 Word:on Number:2/8/2022 Punct:, Word:don't Punct:‘ Word:go Punct:’ Punct:."#
            ]],
        );
    }

    #[test]
    fn numbers_running_into_letters_are_words() {
        check(
            "the 1990s, 3rd and 5-hour; 3.5%",
            expect![[
                r#"Word:the Word:1990s Punct:, Word:3rd Word:and Word:5-hour Punct:; Number:3.5 Punct:%"#
            ]],
        );
    }

    #[test]
    fn spans_point_into_the_base_text() {
        let article = "Intro. Café Zelenskiy’s";
        let mut tokens = Vec::new();
        tokenize_into(&article[7..], 7, &mut tokens);
        let words: Vec<&str> = tokens.iter().map(|t| &article[t.span.clone()]).collect();
        assert_eq!(words, ["Café", "Zelenskiy’s"]);
        assert_eq!(normalize("Zelenskiy’s"), "zelenskiy's");
        assert!(matches!(normalize("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
