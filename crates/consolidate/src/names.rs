//! Names of people and bodies in news prose: capitalized runs of words ("Kremlin
//! spokesman Dmitry Peskov" holds "Kremlin" and "Dmitry Peskov"), with the titles and
//! adjectives in front of a name dropped for display ("Russian President Vladimir Putin"
//! is "Vladimir Putin").

use text::{Token, TokenKind};

/// Words that stand before a name and are not part of it.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "supt",
    "sgt",
    "gen",
    "general",
    "col",
    "capt",
    "lt",
    "prof",
    "president",
    "minister",
    "prime",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "judge",
    "king",
    "queen",
    "prince",
    "pope",
    "ceo",
    "chairman",
    "chairwoman",
    "mayor",
    "ambassador",
    "commissioner",
    "director",
    "foreign",
    "defense",
    "defence",
    "deputy",
    "vice",
    "premier",
    "officer",
    "superintendent",
    "inspector",
    "prosecutor",
    "sheriff",
    "rev",
    "attorney",
    "executive",
    "manager",
    "supervisor",
    "chair",
    "official",
    "leader",
    "head",
    "founder",
    "owner",
    "analyst",
    "economist",
    "professor",
    "coach",
    "lawyer",
    "envoy",
    "negotiator",
    "staff",
];

/// Whether a word is a title or role that stands before a person's name.
pub(crate) fn is_title(word: &str) -> bool {
    TITLES.contains(&word.to_lowercase().as_str())
}

/// Capitalized words that start sentences or clauses but never a speaker's name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "after",
    "before",
    "during",
    "when",
    "while",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "its",
    "there",
    "then",
    "as",
    "if",
    "for",
    "with",
    "by",
    "from",
    "of",
    "to",
    "so",
    "yet",
    "also",
    "meanwhile",
    "however",
    "still",
    "earlier",
    "later",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "under",
    "over",
    "about",
    "against",
    "between",
    "without",
    "within",
    "through",
    "across",
    "among",
    "despite",
    "since",
    "until",
    "like",
    "unlike",
    "near",
    "into",
    "via",
    "amid",
    "according",
];

pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// A name found in text: what to show, and the key that identifies its bearer across
/// outlets (the last word, lowercased: "Putin" for "Vladimir Putin").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Name {
    pub display: String,
    pub key: String,
}

pub(crate) fn is_capitalized(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word
        && text[token.span.clone()].chars().next().is_some_and(char::is_uppercase)
}

fn lower(text: &str, token: &Token) -> String {
    text[token.span.clone()].to_lowercase()
}

/// The capitalized run that contains token `at`, as a token index range. A short
/// abbreviation's dot ("Gov.", "Dr.") stays inside the run.
pub(crate) fn run_around(text: &str, tokens: &[Token], at: usize) -> std::ops::Range<usize> {
    // A token belongs to the run when it is a capitalized word, or the dot of a short
    // capitalized abbreviation followed by another capitalized word.
    let member = |idx: usize| -> bool {
        let token = &tokens[idx];
        if is_capitalized(text, token) {
            return true;
        }
        token.kind == TokenKind::Punct
            && &text[token.span.clone()] == "."
            && idx > 0
            && is_capitalized(text, &tokens[idx - 1])
            && tokens[idx - 1].span.len() <= 4
            && tokens[idx - 1].span.end == token.span.start
            && tokens.get(idx + 1).is_some_and(|next| is_capitalized(text, next))
    };
    let mut start = at;
    while start > 0 && member(start - 1) {
        start -= 1;
    }
    let mut end = at + 1;
    while end < tokens.len() && member(end) {
        end += 1;
    }
    start..end
}

/// A name from the tokens `run` (a capitalized run): titles, adjectives and
/// sentence-initial words in front are dropped. `None` when nothing name-like is left.
pub(crate) fn name_of(text: &str, tokens: &[Token], run: std::ops::Range<usize>) -> Option<Name> {
    let words: Vec<&Token> = tokens[run].iter().filter(|t| t.kind == TokenKind::Word).collect();
    // Everything up to the last title goes ("Russian President Vladimir Putin").
    let after_title =
        words.iter().rposition(|t| is_title(&text[t.span.clone()])).map_or(0, |p| p + 1);
    let mut kept = &words[after_title.min(words.len())..];
    if kept.is_empty() {
        // A bare title ("the President said") names nobody we can tell apart.
        return None;
    }
    // Sentence-initial function words and adverbs ("Probably Hayward …") are not names.
    while let Some(first) = kept.first().map(|t| lower(text, t))
        && (NOT_NAMES.contains(&first.as_str())
            || first.ends_with("ly")
            || first.contains("-based"))
    {
        kept = &kept[1..];
    }
    // Long runs glue a name to what precedes it ("Fox News Obama"): a person's name is
    // at most three words.
    if kept.len() > 3 {
        kept = &kept[kept.len() - 2..];
    }
    let last = kept.last()?;
    // "Petra Kallweit’s office said" names Petra Kallweit.
    let display = kept.iter().map(|t| &text[t.span.clone()]).collect::<Vec<_>>().join(" ");
    let without_possessive = |s: &str| s.trim_end_matches("'s").trim_end_matches("’s").to_string();
    let display = without_possessive(&display);
    let key = without_possessive(&lower(text, last));
    Some(Name { display, key })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(text: &str) -> Vec<String> {
        let tokens = text::tokenize(text);
        let mut out = Vec::new();
        let mut idx = 0;
        while idx < tokens.len() {
            if is_capitalized(text, &tokens[idx]) {
                let run = run_around(text, &tokens, idx);
                idx = run.end;
                if let Some(name) = name_of(text, &tokens, run) {
                    out.push(format!("{} ({})", name.display, name.key));
                }
            } else {
                idx += 1;
            }
        }
        out
    }

    #[test]
    fn titles_and_adjectives_are_dropped() {
        assert_eq!(
            names_in("said Russian President Vladimir Putin and Kremlin spokesman Dmitry Peskov"),
            ["Vladimir Putin (putin)", "Kremlin (kremlin)", "Dmitry Peskov (peskov)"]
        );
        assert_eq!(
            names_in("Gov. Petra Kallweit told Dr. Sanna Oyelaran"),
            ["Petra Kallweit (kallweit)", "Sanna Oyelaran (oyelaran)"]
        );
        assert_eq!(names_in("The President said"), Vec::<String>::new());
    }
}
