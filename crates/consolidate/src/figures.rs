//! Figures (a number and what it counts) and where outlets disagree on them.
//!
//! A figure is a number followed by the noun it counts ("some 110,000 troops", "2.3
//! tonnes", "a total of 57 people"). Two figures from different outlets count the same
//! quantity when they count the same kind of thing, were published within a day of each
//! other, and stand among the same words ("troops … near the border with Ukraine" and
//! "troops close to the border with Ukraine"). Figures an order of magnitude apart count
//! different things ("52,000 people" under a water ban, "63 people" in hospital) and are
//! never compared.

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;
use text::{Token, TokenKind};
use timeline::{AnalyzedArticle, Citation, sentence_at};

use crate::{Groups, add_outlets, push_citation};

/// When two figures count the same quantity.
#[derive(Clone, Debug)]
pub struct FigureConfig {
    /// Publication dates at most this many days apart.
    pub max_days_apart: i64,
    /// The larger number at most this many times the smaller.
    pub max_ratio: f64,
    /// Content words shared by the two figures' surroundings.
    pub min_shared_context: usize,
    /// Words on each side of a figure that make its surroundings.
    pub window: usize,
}

impl Default for FigureConfig {
    fn default() -> FigureConfig {
        FigureConfig { max_days_apart: 1, max_ratio: 2.0, min_shared_context: 2, window: 8 }
    }
}

/// One number given for a quantity, and who gave it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// As written ("110,000", "2.3").
    pub value: String,
    pub number: f64,
    /// Every report of it hedged ("some", "about", "nearly", "at least"…).
    pub approximate: bool,
    pub outlets: Vec<String>,
    pub citations: Vec<Citation>,
}

/// A quantity outlets give different numbers for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Disagreement {
    /// What is counted, as the reports write it ("troops", "residents").
    pub quantity: String,
    /// Words the reports share around the figures ("border", "Ukraine").
    pub context: Vec<String>,
    #[serde(serialize_with = "crate::serialize_day")]
    pub first_reported: Option<NaiveDate>,
    /// One claim per number, the most widely carried first.
    pub claims: Vec<Claim>,
}

const HEDGES: &[&str] = &[
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "estimated",
    "over",
    "than",
    "least",
    "to",
    "approx",
    "circa",
    "perhaps",
    "possibly",
    "reportedly",
];

const MULTIPLIERS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
];

/// Nouns that count the same kind of thing, mapped to one class.
const UNIT_CLASSES: &[(&str, &str)] = &[
    ("people", "people"),
    ("persons", "people"),
    ("residents", "people"),
    ("inhabitants", "people"),
    ("villagers", "people"),
    ("civilians", "people"),
    ("citizens", "people"),
    ("individuals", "people"),
    ("tonnes", "tonnes"),
    ("tons", "tonnes"),
    ("tonne", "tonnes"),
    ("ton", "tonnes"),
    ("metric", "tonnes"),
];

const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// Words after a number that make it a date, a time or a rank, not a count.
const NOT_UNITS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "est", "edt", "cet", "st", "nd", "rd", "th",
    "percent", "per", "pct", "years", "year", "days", "day", "hours", "hour", "minutes", "minute",
    "weeks", "week", "months", "month", "seconds", "times", "o'clock",
];

/// A figure in one article.
struct Figure {
    article_idx: usize,
    sentence_idx: usize,
    value: String,
    number: f64,
    approximate: bool,
    unit: String,
    unit_class: String,
    context: HashSet<String>,
    published: Option<NaiveDate>,
}

/// Finds figures in every article and reports the quantities outlets disagree on, the
/// most widely reported first.
pub fn disagreements<A: Borrow<AnalyzedArticle>>(
    articles: &[A],
    config: &FigureConfig,
) -> Vec<Disagreement> {
    let mut figures = Vec::new();
    let mut surface: HashMap<String, String> = HashMap::new();
    for (article_idx, analyzed) in articles.iter().enumerate() {
        find_in_article(article_idx, analyzed.borrow(), config, &mut figures, &mut surface);
    }
    let outlets_of = |idx: usize| articles[figures[idx].article_idx].borrow().article.outlets();

    // Compare figures of the same kind published within a few days: bucket by kind and day.
    let mut buckets: BTreeMap<(&str, NaiveDate), Vec<usize>> = BTreeMap::new();
    for (idx, figure) in figures.iter().enumerate() {
        if let Some(day) = figure.published {
            buckets.entry((figure.unit_class.as_str(), day)).or_default().push(idx);
        }
    }
    let mut groups = Groups::new(figures.len());
    for (&(class, day), members) in &buckets {
        for offset in 0..=config.max_days_apart {
            let Some(other_day) = day.checked_add_signed(chrono::Duration::days(offset)) else {
                continue;
            };
            let Some(others) = buckets.get(&(class, other_day)) else { continue };
            for &a in members {
                for &b in others {
                    if (offset == 0 && b <= a) || !comparable(&figures[a], &figures[b], config) {
                        continue;
                    }
                    let (outlets_a, outlets_b) = (outlets_of(a), outlets_of(b));
                    if outlets_a.iter().any(|o| outlets_b.contains(o)) {
                        continue;
                    }
                    groups.join(a, b);
                }
            }
        }
    }
    let mut found: Vec<(String, Disagreement)> = groups
        .into_groups()
        .into_iter()
        .filter(|members| members.len() >= 2)
        .filter_map(|members| {
            let class = figures[members[0]].unit_class.clone();
            disagreement(articles, &figures, &members, &surface).map(|d| (class, d))
        })
        .collect();
    // A total order, so the output does not depend on hashing.
    found.sort_by(|(class_a, a), (class_b, b)| {
        a.first_reported
            .cmp(&b.first_reported)
            .then_with(|| class_a.cmp(class_b))
            .then_with(|| a.claims[0].number.total_cmp(&b.claims[0].number))
            .then_with(|| a.claims[0].citations[0].source.cmp(&b.claims[0].citations[0].source))
    });
    // The same numbers for the same kind of thing, reported again days later, are the
    // same disagreement.
    let mut out: Vec<Disagreement> = Vec::new();
    let mut classes: Vec<String> = Vec::new();
    for (class, disagreement) in found {
        let numbers = |d: &Disagreement| {
            let mut numbers: Vec<u64> = d.claims.iter().map(|c| c.number.to_bits()).collect();
            numbers.sort_unstable();
            numbers
        };
        let same = out.iter().zip(&classes).position(|(earlier, earlier_class)| {
            *earlier_class == class && numbers(earlier) == numbers(&disagreement)
        });
        match same {
            Some(idx) => merge_into(&mut out[idx], disagreement),
            None => {
                out.push(disagreement);
                classes.push(class);
            }
        }
    }
    out.sort_by(|a, b| {
        let outlets = |d: &Disagreement| d.claims.iter().map(|c| c.outlets.len()).sum::<usize>();
        outlets(b)
            .cmp(&outlets(a))
            .then(a.first_reported.cmp(&b.first_reported))
            .then_with(|| a.quantity.cmp(&b.quantity))
            .then_with(|| a.claims[0].number.total_cmp(&b.claims[0].number))
    });
    out
}

fn merge_into(earlier: &mut Disagreement, later: Disagreement) {
    for claim in later.claims {
        let Some(same) = earlier.claims.iter_mut().find(|c| c.number == claim.number) else {
            continue;
        };
        for outlet in claim.outlets {
            if !same.outlets.contains(&outlet) {
                same.outlets.push(outlet);
            }
        }
        same.approximate &= claim.approximate;
        same.citations.extend(claim.citations);
    }
}

fn comparable(a: &Figure, b: &Figure, config: &FigureConfig) -> bool {
    let (low, high) =
        if a.number <= b.number { (a.number, b.number) } else { (b.number, a.number) };
    // The same number in the same kind of unit needs less shared context to count as the
    // same quantity: it can only add an outlet to a claim.
    let shared = a.context.intersection(&b.context).count();
    let needed = if a.number == b.number { 1 } else { config.min_shared_context };
    low > 0.0 && high / low <= config.max_ratio && shared >= needed
}

fn disagreement<A: Borrow<AnalyzedArticle>>(
    articles: &[A],
    figures: &[Figure],
    members: &[usize],
    surface: &HashMap<String, String>,
) -> Option<Disagreement> {
    // One claim per number.
    let mut by_number: Vec<(f64, Vec<usize>)> = Vec::new();
    for &idx in members {
        let number = figures[idx].number;
        match by_number.iter_mut().find(|(n, _)| (n - number).abs() <= 1e-9 * number.abs().max(1.0))
        {
            Some((_, list)) => list.push(idx),
            None => by_number.push((number, vec![idx])),
        }
    }
    if by_number.len() < 2 {
        return None;
    }
    let mut claims: Vec<Claim> = by_number
        .into_iter()
        .map(|(number, list)| {
            let mut outlets = Vec::new();
            let mut citations: Vec<Citation> = Vec::new();
            for &idx in &list {
                let analyzed = articles[figures[idx].article_idx].borrow();
                add_outlets(&mut outlets, analyzed);
                push_citation(&mut citations, Citation::of(analyzed, figures[idx].sentence_idx));
            }
            Claim {
                value: figures[list[0]].value.clone(),
                number,
                approximate: list.iter().all(|&idx| figures[idx].approximate),
                outlets,
                citations,
            }
        })
        .collect();
    // A number only outlets that also give another number report is a part or an update
    // of that other number ("a 40 million fund: 35 million from the company"), not a
    // contradiction.
    let all_outlets: Vec<Vec<String>> = claims.iter().map(|c| c.outlets.clone()).collect();
    let mut idx = 0;
    claims.retain(|claim| {
        let own = idx;
        idx += 1;
        claim.outlets.iter().any(|outlet| {
            !all_outlets
                .iter()
                .enumerate()
                .any(|(other, outlets)| other != own && outlets.contains(outlet))
        })
    });
    if claims.len() < 2 {
        return None;
    }
    claims
        .sort_by(|a, b| b.outlets.len().cmp(&a.outlets.len()).then(a.number.total_cmp(&b.number)));

    // The quantity as most reports write it, and the words most of them share.
    let mut unit_votes: HashMap<&str, usize> = HashMap::new();
    let mut context_votes: HashMap<&str, usize> = HashMap::new();
    for &idx in members {
        *unit_votes.entry(figures[idx].unit.as_str()).or_default() += 1;
        for word in &figures[idx].context {
            *context_votes.entry(word.as_str()).or_default() += 1;
        }
    }
    let quantity = unit_votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?.0;
    let mut context: Vec<(&str, usize)> =
        context_votes.into_iter().filter(|(_, n)| *n * 2 > members.len()).collect();
    context.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    Some(Disagreement {
        quantity: quantity.to_string(),
        context: context
            .into_iter()
            .take(4)
            .map(|(stem, _)| surface.get(stem).cloned().unwrap_or_else(|| stem.to_string()))
            .collect(),
        first_reported: members.iter().filter_map(|&idx| figures[idx].published).min(),
        claims,
    })
}

fn lower(text: &str, token: &Token) -> String {
    text::normalize(&text[token.span.clone()]).into_owned()
}

/// The figures of one article.
fn find_in_article(
    article_idx: usize,
    analyzed: &AnalyzedArticle,
    config: &FigureConfig,
    out: &mut Vec<Figure>,
    surface: &mut HashMap<String, String>,
) {
    let text = analyzed.article.text.as_str();
    let published = analyzed.article.published.map(|p| p.date);
    let tokens = text::tokenize(text);
    for (idx, token) in tokens.iter().enumerate() {
        if token.kind != TokenKind::Number {
            continue;
        }
        let written = &text[token.span.clone()];
        if written.contains([':', '/']) {
            continue;
        }
        let Ok(mut number) = written.replace(',', "").parse::<f64>() else { continue };
        // A bare four-digit number in the years' range is a year.
        if !written.contains([',', '.']) && (1800.0..=2100.0).contains(&number) {
            continue;
        }
        let previous = idx.checked_sub(1).map(|p| lower(text, &tokens[p]));
        if previous.as_deref().is_some_and(|p| MONTHS.contains(&p) || p == "$" || p == "no") {
            continue;
        }
        let mut next = idx + 1;
        let mut value = written.to_string();
        if let Some(&(word, factor)) =
            tokens.get(next).and_then(|t| MULTIPLIERS.iter().find(|(w, _)| *w == lower(text, t)))
        {
            number *= factor;
            value = format!("{written} {word}");
            next += 1;
        }
        let Some(unit_token) = tokens.get(next).filter(|t| t.kind == TokenKind::Word) else {
            continue;
        };
        let unit = lower(text, unit_token);
        if text::stopwords::is_stopword(&unit)
            || MONTHS.contains(&unit.as_str())
            || NOT_UNITS.contains(&unit.as_str())
            || !unit.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            continue;
        }
        let unit_class = UNIT_CLASSES
            .iter()
            .find(|(word, _)| *word == unit)
            .map_or_else(|| text::porter::stem(&unit).into_owned(), |(_, class)| class.to_string());
        let approximate = previous.as_deref().is_some_and(|p| HEDGES.contains(&p));
        let Some(sentence_idx) = sentence_at(&analyzed.sentences, token.span.start) else {
            continue;
        };
        let sentence = &analyzed.sentences[sentence_idx].span;

        // Content words around the figure, within its sentence.
        let mut context = HashSet::new();
        let lo = idx.saturating_sub(config.window);
        let hi = (next + 1 + config.window).min(tokens.len());
        for (other_idx, other) in tokens.iter().enumerate().take(hi).skip(lo) {
            if other_idx == idx
                || other_idx == next
                || other.kind != TokenKind::Word
                || other.span.start < sentence.start
                || other.span.end > sentence.end
            {
                continue;
            }
            let word = lower(text, other);
            if text::stopwords::is_stopword(&word)
                || HEDGES.contains(&word.as_str())
                || word.len() < 3
            {
                continue;
            }
            let stem = text::porter::stem(&word).into_owned();
            surface.entry(stem.clone()).or_insert_with(|| text[other.span.clone()].to_string());
            context.insert(stem);
        }
        out.push(Figure {
            article_idx,
            sentence_idx,
            value,
            number,
            approximate,
            unit: text[unit_token.span.clone()].to_string(),
            unit_class,
            context,
            published,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_article as analyzed;

    fn shown(disagreements: &[Disagreement]) -> String {
        disagreements
            .iter()
            .map(|d| {
                let claims: Vec<String> = d
                    .claims
                    .iter()
                    .map(|c| {
                        format!(
                            "{}{} ({})",
                            if c.approximate { "~" } else { "" },
                            c.value,
                            c.outlets.join(", ")
                        )
                    })
                    .collect();
                format!("{} [{}]: {}", d.quantity, d.context.join(" "), claims.join(" vs "))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn troop_counts_near_the_border_disagree() {
        let articles = [
            analyzed(
                "Wire",
                8,
                "U.S. officials say Russia has deployed some 110,000 troops near the border with Ukraine and is on track to amass a large enough force -- some 150,000 soldiers -- for a full-scale invasion.",
            ),
            analyzed(
                "Daily",
                8,
                "Moscow has amassed some 100,000 troops close to the border with Ukraine and in annexed Crimea.",
            ),
            analyzed(
                "Herald",
                8,
                "About 52,000 people in the valley cannot drink tap water; 63 people were treated in hospital.",
            ),
        ];
        expect_test::expect!["troops [border Ukraine]: ~100,000 (Daily) vs ~110,000 (Wire)"]
            .assert_eq(&shown(&disagreements(&articles, &FigureConfig::default())));
    }

    #[test]
    fn agreement_dates_years_and_far_apart_days_are_not_disagreements() {
        let articles = [
            analyzed(
                "Wire",
                3,
                "About 52,000 people in Varnholt were told not to drink tap water.",
            ),
            analyzed("Daily", 3, "Some 52,000 people in Varnholt cannot drink their tap water."),
            analyzed(
                "Herald",
                3,
                "In 2014, 4,200 residents of Brenic were evacuated on March 3 after the leak.",
            ),
            analyzed("Post", 9, "About 3,800 residents of Brenic were evacuated after the leak."),
        ];
        assert_eq!(shown(&disagreements(&articles, &FigureConfig::default())), "");
    }
}
