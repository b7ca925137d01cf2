//! Quotations, their speakers, and the same words carried by several outlets.

use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono::NaiveDate;
use serde::Serialize;
use text::{Token, TokenKind};
use timeline::{AnalyzedArticle, Citation, sentence_at};

use crate::names::{Name, PRONOUNS, is_capitalized, is_title, name_of, run_around};
use crate::{Groups, add_outlets, push_citation};

/// What counts as a quotation and when two are the same.
#[derive(Clone, Debug)]
pub struct QuoteConfig {
    /// Quotations shorter than this many words (scare quotes, single terms) are left out.
    pub min_words: usize,
    /// Longer "quotations" are almost always stray quote marks pairing up across
    /// sentences (comment sections, crawl debris), and are left out.
    pub max_words: usize,
    /// Two quotations are the same when they share this many consecutive words, so a
    /// partial quotation joins the full one.
    pub shared_words: usize,
}

impl Default for QuoteConfig {
    fn default() -> QuoteConfig {
        QuoteConfig { min_words: 4, max_words: 80, shared_words: 5 }
    }
}

/// Words somebody said, as carried by one or more outlets.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// Who said it, as the reports name them ("Vladimir Putin"); `None` when no report
    /// says.
    pub speaker: Option<String>,
    /// The longest version carried.
    pub text: String,
    /// The earliest publication date among the reports carrying it.
    #[serde(serialize_with = "crate::serialize_day")]
    pub first_reported: Option<NaiveDate>,
    /// The day the reports tie it to: the day the earliest quoting sentence names ("she
    /// said on Tuesday"), else the day it was first reported.
    #[serde(serialize_with = "crate::serialize_day")]
    pub date: Option<NaiveDate>,
    /// Distinct outlets carrying it, earliest first.
    pub outlets: Vec<String>,
    /// The sentences that carry it (where each quotation starts).
    pub citations: Vec<Citation>,
}

/// Forms of the verbs that introduce reported speech.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "adding",
    "stated",
    "states",
    "announced",
    "announces",
    "promised",
    "promises",
    "pledged",
    "vowed",
    "warned",
    "warns",
    "insisted",
    "insists",
    "hailed",
    "declared",
    "declares",
    "wrote",
    "writes",
    "asked",
    "asks",
    "urged",
    "urges",
    "explained",
    "noted",
    "notes",
    "argued",
    "argues",
    "claimed",
    "claims",
    "confirmed",
    "admitted",
    "admits",
    "acknowledged",
    "replied",
    "responded",
    "recalled",
    "cautioned",
    "predicted",
    "described",
    "called",
    "reiterated",
    "stressed",
    "emphasized",
    "emphasised",
    "conceded",
    "complained",
    "according",
    "continued",
    "concluded",
    "suggested",
    "proclaimed",
    "tweeted",
    "posted",
];

fn is_reporting_verb(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word
        && REPORTING_VERBS.contains(&text[token.span.clone()].to_lowercase().as_str())
}

fn is_quote_mark(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(&text[token.span.clone()], "\"" | "“" | "”")
}

/// One quotation in one article.
struct Found {
    article_idx: usize,
    /// The words inside the marks.
    inner: Range<usize>,
    /// The sentence where the words start: the one cited.
    sentence_idx: Option<usize>,
    speaker: Option<Name>,
    words: Vec<String>,
}

/// Finds the quotations of every article, attributes them, and groups the same words
/// across articles. Groups come most widely carried first.
pub fn quotes<A: Borrow<AnalyzedArticle>>(articles: &[A], config: &QuoteConfig) -> Vec<Quote> {
    let mut found = Vec::new();
    for (article_idx, analyzed) in articles.iter().enumerate() {
        find_in_article(article_idx, analyzed.borrow(), config, &mut found);
    }

    // Quotations sharing a run of words are one group.
    let mut groups = Groups::new(found.len());
    let mut first_with: HashMap<Vec<&str>, usize> = HashMap::new();
    for (idx, quote) in found.iter().enumerate() {
        let width = config.shared_words.min(quote.words.len());
        for window in quote.words.windows(width) {
            let key: Vec<&str> = window.iter().map(String::as_str).collect();
            match first_with.get(&key) {
                Some(&other) => groups.join(idx, other),
                None => {
                    first_with.insert(key, idx);
                }
            }
        }
    }
    // A speaker is shown by the full name reports give most often ("Aurel Dancu", not
    // "Dancu"; "Barack Obama" over a rarer "Michelle Obama").
    let mut name_counts: HashMap<(&str, &str), usize> = HashMap::new();
    for name in found.iter().filter_map(|quote| quote.speaker.as_ref()) {
        *name_counts.entry((name.key.as_str(), name.display.as_str())).or_default() += 1;
    }
    let mut full_names: HashMap<&str, (&str, usize)> = HashMap::new();
    for (&(key, display), &count) in &name_counts {
        // Ties go to the alphabetically first form, so output does not depend on hashing.
        fn rank(display: &str, count: usize) -> (bool, usize, usize, std::cmp::Reverse<&str>) {
            (display.contains(' '), count, display.len(), std::cmp::Reverse(display))
        }
        let best = full_names.entry(key).or_insert((display, count));
        if rank(display, count) > rank(best.0, best.1) {
            *best = (display, count);
        }
    }
    let full_names: HashMap<&str, &str> =
        full_names.into_iter().map(|(key, (display, _))| (key, display)).collect();
    let mut out: Vec<Quote> = groups
        .into_groups()
        .into_iter()
        .map(|members| group_quote(articles, &found, members, &full_names))
        .collect();
    out.sort_by(|a, b| {
        b.outlets
            .len()
            .cmp(&a.outlets.len())
            .then(b.citations.len().cmp(&a.citations.len()))
            .then(a.first_reported.cmp(&b.first_reported))
            .then(a.text.cmp(&b.text))
    });
    out
}

fn group_quote<A: Borrow<AnalyzedArticle>>(
    articles: &[A],
    found: &[Found],
    mut members: Vec<usize>,
    full_names: &HashMap<&str, &str>,
) -> Quote {
    let published =
        |idx: usize| articles[found[idx].article_idx].borrow().article.published.map(|p| p.date);
    members.sort_by_key(|&idx| (published(idx).is_none(), published(idx), found[idx].article_idx));

    // The speaker most reports name, shown by the full name reports give most often.
    let mut votes: HashMap<&str, usize> = HashMap::new();
    for &idx in &members {
        if let Some(name) = &found[idx].speaker {
            *votes.entry(name.key.as_str()).or_default() += 1;
        }
    }
    let best_key = members
        .iter()
        .filter_map(|&idx| found[idx].speaker.as_ref())
        .max_by_key(|name| votes[name.key.as_str()])
        .map(|name| name.key.clone());
    let speaker =
        best_key.map(|key| full_names.get(key.as_str()).map_or(key, |name| name.to_string()));

    let longest = members
        .iter()
        .max_by_key(|&&idx| found[idx].inner.len())
        .map(|&idx| {
            let analyzed = articles[found[idx].article_idx].borrow();
            clean(&analyzed.article.text[found[idx].inner.clone()])
        })
        .unwrap_or_default();

    let mut outlets = Vec::new();
    let mut citations: Vec<Citation> = Vec::new();
    for &idx in &members {
        let analyzed = articles[found[idx].article_idx].borrow();
        add_outlets(&mut outlets, analyzed);
        let Some(sentence_idx) = found[idx].sentence_idx else { continue };
        push_citation(&mut citations, Citation::of(analyzed, sentence_idx));
    }
    let first_reported = members.iter().filter_map(|&idx| published(idx)).min();
    // Members are in publication order: the first that names one day says when.
    let named_day = members.iter().find_map(|&idx| {
        let analyzed = articles[found[idx].article_idx].borrow();
        let sentence = &analyzed.sentences[found[idx].sentence_idx?];
        // Days inside the quotation are what the speaker talks about, not when.
        let inner = &found[idx].inner;
        let mut days = sentence.mentions.iter().filter(|m| {
            m.date.granularity == timeline::Granularity::Day
                && !m.date.is_range
                && (m.span.end <= inner.start || m.span.start >= inner.end)
        });
        let day = days.next()?.date.first;
        // A sentence naming several days does not say which one the words were said on.
        days.all(|other| other.date.first == day).then_some(day)
    });
    Quote {
        speaker,
        text: longest,
        first_reported,
        date: named_day.or(first_reported),
        outlets,
        citations,
    }
}

fn clean(text: &str) -> String {
    let text = text.trim().trim_end_matches([',', ' ']);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The quotations of one article with their speakers.
fn find_in_article(
    article_idx: usize,
    analyzed: &AnalyzedArticle,
    config: &QuoteConfig,
    out: &mut Vec<Found>,
) {
    let text = analyzed.article.text.as_str();
    let spans = quote_spans(text);
    if spans.is_empty() {
        return;
    }
    let tokens = text::tokenize(text);
    let persons = persons(text, &tokens);
    let mut last_speaker: Option<Name> = None;
    // The previous quotation's sentence and speaker, for "X said “…” and promised “…”".
    let mut previous: Option<(usize, Option<Name>)> = None;
    for (outer, inner) in spans {
        // Tokens are in text order: find the quotation's first one by binary search, so a
        // long article with many quotations stays linear.
        let first = tokens.partition_point(|t| t.span.start < inner.start);
        let words: Vec<String> = tokens[first..]
            .iter()
            .take_while(|t| t.span.end <= inner.end)
            .filter(|t| t.kind != TokenKind::Punct)
            .map(|t| text::normalize(&text[t.span.clone()]).into_owned())
            .collect();
        if words.len() < config.min_words || words.len() > config.max_words {
            continue;
        }
        let Some(first_sentence) = sentence_at(&analyzed.sentences, outer.start) else { continue };
        let last_sentence =
            sentence_at(&analyzed.sentences, outer.end - 1).unwrap_or(first_sentence);
        let sentences = &analyzed.sentences;
        let after = attribution_after(text, &tokens, outer.end, sentences[last_sentence].span.end);
        let before =
            || attribution_before(text, &tokens, sentences[first_sentence].span.start, outer.start);
        let mut speaker = match after {
            Some(found) => Some(found),
            None => before(),
        };
        if speaker.is_none()
            && let Some((sentence, previous_speaker)) = &previous
            && *sentence == first_sentence
        {
            speaker = previous_speaker.clone().map(Attribution::Name);
        }
        let speaker = match speaker {
            Some(Attribution::Name(name)) => Some(name),
            // "he said": the nearest person named before, else the last speaker.
            Some(Attribution::Pronoun) => {
                nearest_person_before(text, &tokens, outer.start, &persons)
                    .or_else(|| last_speaker.clone())
            }
            None => None,
        };
        if let Some(name) = &speaker {
            last_speaker = Some(name.clone());
        }
        previous = Some((last_sentence, speaker.clone()));
        let sentence_idx = sentence_at(&analyzed.sentences, inner.start);
        out.push(Found { article_idx, inner, sentence_idx, speaker, words });
    }
}

fn close_quote(
    text: &str,
    start: usize,
    at: usize,
    mark: char,
    out: &mut Vec<(Range<usize>, Range<usize>)>,
) {
    const MAX_QUOTE_BYTES: usize = 2000;
    let inner = start + text[start..].chars().next().map_or(1, char::len_utf8)..at;
    if !inner.is_empty() && inner.len() <= MAX_QUOTE_BYTES {
        out.push((start..at + mark.len_utf8(), inner));
    }
}

/// Quotation spans (outer with the marks, inner without) in `text`. Straight quotes pair
/// up within a paragraph; an opening curly quote pairs with the next closing one. A
/// quotation left open at a paragraph's end (news style for a quote that goes on) is
/// dropped rather than guessed.
fn quote_spans(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut newline_at: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match c {
            '\n' => {
                if newline_at.is_some_and(|prev| text[prev + 1..at].trim().is_empty()) {
                    open = None;
                }
                newline_at = Some(at);
            }
            '“' => open = Some(at),
            '"' => {
                // A straight quote opens after a space and before a word, and closes
                // after a word; one that could do both toggles.
                let before = text[..at].chars().next_back();
                let after = text[at + 1..].chars().next();
                let opens = before.is_none_or(|c| c.is_whitespace() || "([{—-–".contains(c))
                    && after.is_some_and(|c| !c.is_whitespace());
                let closes = before.is_some_and(|c| !c.is_whitespace())
                    && after
                        .is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || c == '—');
                match (open, opens, closes) {
                    (Some(start), _, true) => {
                        close_quote(text, start, at, c, &mut out);
                        open = None;
                    }
                    (_, true, _) => open = Some(at),
                    (None, false, false) => open = Some(at),
                    _ => {}
                }
            }
            '”' => {
                if let Some(start) = open.take() {
                    close_quote(text, start, at, c, &mut out);
                }
            }
            _ => {}
        }
    }
    out
}

enum Attribution {
    Name(Name),
    /// "he said": the speaker is somebody named before.
    Pronoun,
}

/// `“…,” Putin said`, `“…,” said Kremlin spokesman Dmitry Peskov`, `“…,” he added`,
/// `“…,” the company said`, `“…,” according to the police`.
fn attribution_after(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Attribution> {
    let first = tokens.partition_point(|t| t.span.start < from);
    let clause: Vec<usize> = (first..tokens.len())
        .take_while(|&idx| tokens[idx].span.end <= to && !is_quote_mark(text, &tokens[idx]))
        .skip_while(|&idx| tokens[idx].kind == TokenKind::Punct)
        .take(8)
        .collect();
    let verb_at = clause.iter().position(|&idx| is_reporting_verb(text, &tokens[idx]))?;
    if verb_at == 0 {
        // Inverted: the speaker follows the verb ("said Peskov", "according to police").
        return name_after(text, tokens, &clause[1..]).map(Attribution::Name);
    }
    subject(text, tokens, &clause[..verb_at])
}

/// `Putin said Moscow would “…”`, `Macron told reporters his goal to “…”`,
/// `Biden promised in a press conference on Monday that “…”`.
fn attribution_before(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Attribution> {
    let first = tokens.partition_point(|t| t.span.start < from);
    let last = tokens.partition_point(|t| t.span.end <= to);
    let clause: Vec<usize> = (first..last.max(first)).collect();
    // Only the part after any earlier quotation, and at most a dozen tokens back.
    let start =
        clause.iter().rposition(|&idx| is_quote_mark(text, &tokens[idx])).map_or(0, |p| p + 1);
    let clause = &clause[start.max(clause.len().saturating_sub(14))..];
    let verb_at = clause.iter().rposition(|&idx| is_reporting_verb(text, &tokens[idx]))?;
    let head = &clause[..verb_at];
    // The subject is in the same clause: after the last comma or semicolon.
    let clause_start = head
        .iter()
        .rposition(|&idx| matches!(&text[tokens[idx].span.clone()], "," | ";" | ":" | "—"))
        .map_or(0, |p| p + 1);
    match subject(text, tokens, &head[clause_start..]) {
        Some(found) => Some(found),
        None if text[tokens[clause[verb_at]].span.clone()].eq_ignore_ascii_case("according") => {
            name_after(text, tokens, &clause[verb_at + 1..]).map(Attribution::Name)
        }
        None => None,
    }
}

/// The speaker in the words before a reporting verb: the capitalized run nearest the
/// verb within a few words ("Putin in turn said"), a pronoun right before it, or a
/// common-noun subject ("the company said").
fn subject(text: &str, tokens: &[Token], head: &[usize]) -> Option<Attribution> {
    let last = *head.last()?;
    let lower = text[tokens[last].span.clone()].to_lowercase();
    if PRONOUNS.contains(&lower.as_str()) {
        return Some(Attribution::Pronoun);
    }
    for &idx in head.iter().rev().take(4) {
        if is_capitalized(text, &tokens[idx]) {
            let run = run_around(text, tokens, idx);
            if let Some(name) = name_of(text, tokens, run) {
                return Some(Attribution::Name(name));
            }
        }
    }
    // "the company said", "police said": a noun right before the verb.
    let noun = &tokens[last];
    if noun.kind == TokenKind::Word && !text::stopwords::is_stopword(&lower) && lower.len() > 2 {
        let determiner = head
            .len()
            .checked_sub(2)
            .map(|p| &text[tokens[head[p]].span.clone()])
            .filter(|word| matches!(word.to_lowercase().as_str(), "the" | "a" | "an"));
        let display = match determiner {
            Some(word) => format!("{} {}", word.to_lowercase(), &text[noun.span.clone()]),
            None => text[noun.span.clone()].to_string(),
        };
        return Some(Attribution::Name(Name { display, key: lower }));
    }
    None
}

/// The name after an inverted verb: the last multi-word capitalized run before the
/// clause ends ("said Kremlin spokesman Dmitry Peskov"), else the first run, else a
/// common noun ("according to police").
fn name_after(text: &str, tokens: &[Token], rest: &[usize]) -> Option<Name> {
    let end = rest
        .iter()
        .position(|&idx| matches!(&text[tokens[idx].span.clone()], "," | ";" | "—"))
        .unwrap_or(rest.len());
    let rest = &rest[..end];
    let mut runs = Vec::new();
    let mut pos = 0;
    while pos < rest.len() {
        let idx = rest[pos];
        if is_capitalized(text, &tokens[idx]) {
            let run = run_around(text, tokens, idx);
            let run = run.start.max(idx)..run.end.min(rest.last().map_or(idx, |l| l + 1));
            pos += run.len().max(1);
            runs.push(run);
        } else {
            pos += 1;
        }
    }
    let chosen = runs.iter().rev().find(|run| run.len() >= 2).or(runs.first())?;
    name_of(text, tokens, chosen.clone()).or_else(|| {
        let word = rest.iter().find(|&&idx| {
            let word = text[tokens[idx].span.clone()].to_lowercase();
            tokens[idx].kind == TokenKind::Word && !text::stopwords::is_stopword(&word)
        })?;
        let display = text[tokens[*word].span.clone()].to_string();
        Some(Name { key: display.to_lowercase(), display })
    })
}

/// The keys of the names an article shows to be people: a name with a title or role in
/// front ("Governor Petra Kallweit", "prosecutor Aurel Dancu") or a name that says
/// something ("Kallweit said").
fn persons(text: &str, tokens: &[Token]) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut idx = 0;
    while idx < tokens.len() {
        if !is_capitalized(text, &tokens[idx]) {
            idx += 1;
            continue;
        }
        let run = run_around(text, tokens, idx);
        idx = run.end;
        let Some(name) = name_of(text, tokens, run.clone()) else { continue };
        let titled = run.start > 0 && is_title(&text[tokens[run.start - 1].span.clone()])
            || tokens[run.clone()].iter().any(|t| is_title(&text[t.span.clone()]));
        let speaks = tokens.get(run.end).is_some_and(|t| is_reporting_verb(text, t));
        if titled || speaks {
            out.insert(name.key);
        }
    }
    out
}

/// The nearest name before `at` that [`persons`] knows to be a person, for "she said".
fn nearest_person_before(
    text: &str,
    tokens: &[Token],
    at: usize,
    persons: &HashSet<String>,
) -> Option<Name> {
    // A pronoun refers back a few sentences at most; the cap keeps long articles linear.
    const LOOK_BACK_TOKENS: usize = 150;
    let mut idx = tokens.partition_point(|t| t.span.end <= at);
    let stop = idx.saturating_sub(LOOK_BACK_TOKENS);
    while idx > stop {
        idx -= 1;
        if is_capitalized(text, &tokens[idx]) {
            let run = run_around(text, tokens, idx);
            if let Some(name) = name_of(text, tokens, run.clone())
                && persons.contains(&name.key)
            {
                return Some(name);
            }
            idx = run.start;
        }
    }
    None
}

#[cfg(test)]
mod tests;
