//! From analyzed articles to a timeline: vote for dates, rank them, pick the sentences
//! that tell each date best, and merge what several outlets said alike.
//!
//! Dates are ranked by how many articles refer to them, boosted by how many distinct
//! outlets do (an event many outlets report is likelier to matter); a sentence that names
//! no date votes, weakly, for its article's publication day. For each chosen date the
//! sentences that refer to it are ranked by closeness to the centroid of everything said
//! about that date (TF-IDF over stemmed content words), so the sentence most typical of
//! the coverage wins; near-identical sentences from other outlets become citations of
//! the same event rather than new events. [`TimelineConfig::summary`] switches to the
//! settings for short benchmark summaries: dates ranked by the articles of other days that
//! name them, and sentences chosen by centroid alone.

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use crate::model::{
    AnalyzedArticle, Citation, DateSpan, Entry, Event, Granularity, Timeline, add_outlets,
};
use crate::vector::{Centroid, Vectorizer};

/// How dates are ranked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DateRanking {
    /// By how much the coverage dwells on a date: naming sentences per article (capped),
    /// undated sentences for their publication day, boosted by the number of outlets.
    Coverage,
    /// By how many articles of other days name the date (those written after it count
    /// `after_weight`), plus `published_weight` per article published on it. Ranges are
    /// left out. Suits benchmarks whose references are lists of single days.
    References { after_weight: f64, published_weight: f64 },
}

/// What to build.
#[derive(Clone, Debug)]
pub struct TimelineConfig {
    /// Number of dates; `None` chooses by salience.
    pub n_dates: Option<usize>,
    /// Events per date; `None` chooses by salience (one to three).
    pub n_events: Option<usize>,
    /// Words that focus the timeline on one thread of the story.
    pub query: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub date_ranking: DateRanking,
    /// Cosine similarity above which two sentences tell the same event.
    pub same_event_similarity: f32,
    /// Weight of a sentence that names no date, as a vote for its publication day.
    pub undated_vote: f64,
    /// Weight of a naming sentence from an article published on the named day itself,
    /// relative to one published on another day (which looks back or ahead to it).
    pub same_day_vote: f64,
    /// Shortest and longest sentence, in words, that may tell an event.
    pub min_words: usize,
    pub max_words: usize,
    /// Added to a sentence's centroid score when it names the date (rather than only
    /// being published on it).
    pub named_bonus: f32,
    /// Added when it holds a query word.
    pub query_bonus: f32,
    /// Added to an article's first sentence, a half of it to the second, and so on.
    pub position_bonus: f32,
    /// Added when it is a line of a chronology ("April 25 - The Coast Guard approves …").
    pub chronology_bonus: f32,
    /// Cosine similarity above which a sentence is not told again for a second date
    /// (above 1, a sentence may be told for every date it names).
    pub repeat_similarity: f32,
    /// Taken off a sentence's score for each day its article came out after the day it
    /// tells (from the second day, up to a week): the day's own reports tell the event,
    /// later ones mostly recall it in passing.
    pub recap_penalty: f32,
    /// Taken off for each day its article came out before the day it tells (up to a
    /// week): an announcement of what will happen is a weaker witness than the report of
    /// what did.
    pub preview_penalty: f32,
    /// Taken off a sentence that speaks of the event as still to come ("is due to
    /// announce", "will"), for the same reason.
    pub future_penalty: f32,
    /// Whether the opening sentences of the next day's articles that name no date may
    /// tell a date too: much of a day's news is printed the morning after.
    pub next_day_leads: bool,
}

impl Default for TimelineConfig {
    fn default() -> TimelineConfig {
        TimelineConfig {
            n_dates: None,
            n_events: None,
            query: None,
            from: None,
            to: None,
            date_ranking: DateRanking::Coverage,
            same_event_similarity: 0.5,
            undated_vote: 0.25,
            same_day_vote: 1.0,
            min_words: 6,
            max_words: 70,
            named_bonus: 0.15,
            query_bonus: 0.2,
            position_bonus: 0.05,
            chronology_bonus: 0.0,
            next_day_leads: false,
            repeat_similarity: 1.1,
            recap_penalty: 0.03,
            preview_penalty: 0.05,
            future_penalty: 0.08,
        }
    }
}

impl TimelineConfig {
    /// The settings for benchmark timelines scored by ROUGE against short reference
    /// summaries (Timeline17): dates ranked by the articles of other days that name them,
    /// sentences shorter, chosen by closeness to the date's centroid alone (only
    /// chronology lines preferred), less redundant within and across dates, and the next
    /// morning's leads as candidates too. A handful of global constants, chosen on the
    /// Timeline17 dev topics (stable under leave-one-topic-out).
    pub fn summary() -> TimelineConfig {
        TimelineConfig {
            date_ranking: DateRanking::References { after_weight: 2.0, published_weight: 0.5 },
            same_event_similarity: 0.25,
            max_words: 50,
            named_bonus: 0.0,
            query_bonus: 0.0,
            position_bonus: 0.0,
            chronology_bonus: 0.3,
            next_day_leads: true,
            repeat_similarity: 0.7,
            recap_penalty: 0.0,
            preview_penalty: 0.0,
            future_penalty: 0.0,
            ..TimelineConfig::default()
        }
    }
}

/// Where a sentence lives: article index and sentence index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct SentenceRef {
    article_idx: usize,
    sentence_idx: usize,
}

/// A sentence's claim on a date: it names it, or only falls on its publication day.
#[derive(Clone, Copy, Debug)]
struct Claim {
    sentence: SentenceRef,
    named: bool,
}

/// Builds the timeline. Pure: no I/O, and any input (even empty) gives a timeline.
pub fn build<A: Borrow<AnalyzedArticle>>(articles: &[A], config: &TimelineConfig) -> Timeline {
    let articles: Vec<&AnalyzedArticle> = articles.iter().map(Borrow::borrow).collect();
    let articles = articles.as_slice();
    let vectorizer = Vectorizer::new(articles);
    let query_terms: Vec<u32> =
        config.query.as_deref().map(|query| vectorizer.terms_of(query)).unwrap_or_default();

    let in_window = |span: &DateSpan| {
        config.from.is_none_or(|from| span.last >= from)
            && config.to.is_none_or(|to| span.first <= to)
    };

    // Only articles that touch the query take part, when there is one.
    let relevant: Vec<bool> = articles
        .iter()
        .enumerate()
        .map(|(article_idx, _)| {
            query_terms.is_empty()
                || vectorizer.sentences_of(article_idx).iter().any(|v| v.contains_any(&query_terms))
        })
        .collect();

    let mut claims: BTreeMap<DateSpan, Vec<Claim>> = BTreeMap::new();
    let mut n_sentences = 0;
    for (article_idx, analyzed) in articles.iter().enumerate() {
        if !relevant[article_idx] {
            continue;
        }
        n_sentences += analyzed.sentences.len();
        let published = analyzed.article.published.map(|p| DateSpan::day(p.date));
        for (sentence_idx, sentence) in analyzed.sentences.iter().enumerate() {
            let sentence_ref = SentenceRef { article_idx, sentence_idx };
            let mut named_any = false;
            let mut seen = HashSet::new();
            for mention in &sentence.mentions {
                let span = mention.date;
                if !is_timeline_grain(&span) || !in_window(&span) || !seen.insert(span) {
                    continue;
                }
                named_any = true;
                claims.entry(span).or_default().push(Claim { sentence: sentence_ref, named: true });
            }
            if !named_any && let Some(day) = published.filter(in_window) {
                claims.entry(day).or_default().push(Claim { sentence: sentence_ref, named: false });
            }
        }
    }

    let outlet_of = |article_idx: usize| articles[article_idx].article.source_label();
    let mut ranked: Vec<(DateSpan, f64)> = match config.date_ranking {
        DateRanking::Coverage => claims
            .iter()
            .filter(|(_, claims)| claims.iter().any(|c| c.named) || config.undated_vote > 0.0)
            .map(|(span, claims)| (*span, date_salience(articles, span, claims, config)))
            .collect(),
        DateRanking::References { after_weight, published_weight } => {
            let mut published_on: HashMap<NaiveDate, usize> = HashMap::new();
            for (article_idx, analyzed) in articles.iter().enumerate() {
                if let Some(published) =
                    analyzed.article.published.filter(|_| relevant[article_idx])
                {
                    *published_on.entry(published.date).or_default() += 1;
                }
            }
            claims
                .iter()
                .filter(|(span, _)| !span.is_range)
                .map(|(span, claims)| {
                    let n_published = published_on.get(&span.first).copied().unwrap_or(0);
                    let score = references_score(articles, span, claims, after_weight)
                        + published_weight * n_published as f64;
                    (*span, score)
                })
                .collect()
        }
    };
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    match config.n_dates {
        Some(n_dates) => ranked.truncate(n_dates),
        None => {
            // Salient dates, and any date on which two outlets tell the same fact in
            // nearly the same words: a fact two outlets report ("the alarm was off since
            // Jan. 14") belongs in the timeline even when the day drew little coverage.
            let corroborated = |span: &DateSpan| {
                let named: Vec<(SentenceRef, String)> = claims[span]
                    .iter()
                    .filter(|c| c.named)
                    .map(|c| (c.sentence, outlet_of(c.sentence.article_idx)))
                    .collect();
                named.iter().enumerate().any(|(k, (a, outlet_a))| {
                    named[k + 1..].iter().any(|(b, outlet_b)| {
                        outlet_a != outlet_b
                            && vectorizer
                                .sentence(a.article_idx, a.sentence_idx)
                                .cosine(vectorizer.sentence(b.article_idx, b.sentence_idx))
                                >= CORROBORATION_SIMILARITY
                    })
                })
            };
            let top = ranked.first().map_or(0.0, |(_, salience)| *salience);
            let mut kept = 0;
            ranked.retain(|(span, salience)| {
                let keep = kept < MAX_SALIENT_DATES
                    && (*salience >= 0.1 * top || *salience >= 0.05 * top && corroborated(span));
                kept += usize::from(keep);
                keep
            });
        }
    }

    let claims_of = &claims;
    let mut told_elsewhere: Vec<SentenceRef> = Vec::new();
    let mut entries: Vec<Entry> = ranked
        .into_iter()
        .filter_map(|(span, salience)| {
            let claims = &claims[&span];
            let mut told_by: Vec<Claim> = claims.clone();
            let next_day =
                span.first.succ_opt().filter(|_| config.next_day_leads && !span.is_range);
            if let Some(next_claims) = next_day.and_then(|next| claims_of.get(&DateSpan::day(next)))
            {
                told_by.extend(
                    next_claims
                        .iter()
                        .filter(|c| !c.named && c.sentence.sentence_idx < LEAD_SENTENCES),
                );
            }
            let events = pick_events(
                articles,
                &vectorizer,
                &span,
                &told_by,
                &query_terms,
                config,
                &mut told_elsewhere,
            );
            if events.is_empty() {
                return None;
            }
            let mut outlets: Vec<String> = Vec::new();
            for claim in claims {
                let outlet = outlet_of(claim.sentence.article_idx);
                if !outlets.contains(&outlet) {
                    outlets.push(outlet);
                }
            }
            Some(Entry { date: span, salience, outlets, n_sentences: claims.len(), events })
        })
        .collect();
    entries.sort_by_key(|entry| entry.date);
    Timeline {
        query: config.query.clone(),
        n_articles: relevant.iter().filter(|r| **r).count(),
        n_sentences,
        entries,
    }
}

/// Days and explicit day ranges make timeline entries; a bare month or year is too
/// coarse to place an event.
fn is_timeline_grain(span: &DateSpan) -> bool {
    span.granularity == Granularity::Day
}

/// Salience of a date: per article, the first naming sentence counts 1 and each further
/// one a half, up to 2, so one long article cannot outvote many short ones (an article
/// published on the day it names counts `same_day_vote` of that); undated sentences add
/// `undated_vote` each, up to 1 per article; the sum is boosted by the number of
/// distinct outlets.
fn date_salience(
    articles: &[&AnalyzedArticle],
    span: &DateSpan,
    claims: &[Claim],
    config: &TimelineConfig,
) -> f64 {
    let mut per_article: HashMap<usize, (usize, usize)> = HashMap::new();
    let mut outlets = HashSet::new();
    for claim in claims {
        let counts = per_article.entry(claim.sentence.article_idx).or_default();
        if claim.named {
            counts.0 += 1;
        } else {
            counts.1 += 1;
        }
    }
    let mut votes = 0.0;
    for (&article_idx, &(named, undated)) in &per_article {
        let article = &articles[article_idx].article;
        let same_day = article.published.is_some_and(|p| p.date == span.first);
        let weight = if same_day { config.same_day_vote } else { 1.0 };
        let named_vote =
            if named == 0 { 0.0 } else { weight * (1.0 + 0.5 * (named - 1) as f64).min(2.0) };
        votes += named_vote + (undated as f64 * config.undated_vote).min(1.0);
        outlets.insert(article.source_label());
    }
    votes * (1.0 + 0.5 * (outlets.len() as f64).ln())
}

/// A date's score from the articles of other days that name it: one per article
/// published before it (looking ahead), `after_weight` per article published after it
/// (looking back, which marks what turned out to matter).
fn references_score(
    articles: &[&AnalyzedArticle],
    span: &DateSpan,
    claims: &[Claim],
    after_weight: f64,
) -> f64 {
    let mut seen = HashSet::new();
    let mut score = 0.0;
    for claim in claims.iter().filter(|claim| claim.named) {
        if !seen.insert(claim.sentence.article_idx) {
            continue;
        }
        match articles[claim.sentence.article_idx].article.published {
            Some(published) if published.date < span.first => score += 1.0,
            Some(published) if published.date > span.first => score += after_weight,
            _ => {}
        }
    }
    score
}

/// Cosine similarity at which two outlets' sentences about a date tell the same fact.
const CORROBORATION_SIMILARITY: f32 = 0.3;

/// At most this many dates when the timeline chooses how many.
const MAX_SALIENT_DATES: usize = 30;

/// How many opening sentences of an article may tell its publication day without naming
/// it: where news puts the event of the day.
const LEAD_SENTENCES: usize = 4;

/// Whether a sentence speaks of something still to come: "will", "is due to", "is
/// expected to", "plans to".
fn speaks_of_future(sentence: &str) -> bool {
    const MARKERS: &[&str] =
        &["will", "won't", "due", "expected", "plans", "planned", "scheduled", "could", "may"];
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|word| MARKERS.iter().any(|m| word.eq_ignore_ascii_case(m)))
}

/// Picks the events told for one date.
fn pick_events(
    articles: &[&AnalyzedArticle],
    vectorizer: &Vectorizer,
    span: &DateSpan,
    claims: &[Claim],
    query_terms: &[u32],
    config: &TimelineConfig,
    told_elsewhere: &mut Vec<SentenceRef>,
) -> Vec<Event> {
    let vector_of = |s: SentenceRef| vectorizer.sentence(s.article_idx, s.sentence_idx);

    // Candidates: readable sentences; named ones are preferred, undated ones from the
    // day's articles only fill in (and only their opening sentences, where news puts the
    // event of the day).
    // Each with the text it would tell and whether it is a chronology line, worked out
    // once.
    let pool: Vec<(Claim, &str, bool)> = claims
        .iter()
        .filter(|claim| claim.named || claim.sentence.sentence_idx < LEAD_SENTENCES)
        .filter_map(|claim| {
            let chronology = chronology_entry(articles, claim.sentence, span);
            let told = told_from(articles, claim.sentence, chronology);
            readable(told, config).then_some((*claim, told, chronology.is_some()))
        })
        .collect();
    let mut centroid = Centroid::default();
    for claim in claims {
        centroid.add(vector_of(claim.sentence), if claim.named { 1.0 } else { 0.5 });
    }
    let centroid = centroid.finish();
    let mut candidates: Vec<(f32, Claim)> = pool
        .iter()
        .map(|(claim, told, is_chronology)| {
            let vector = vector_of(claim.sentence);
            let mut score = vector.cosine(&centroid);
            if claim.named {
                score += config.named_bonus;
            }
            if !query_terms.is_empty() && vector.contains_any(query_terms) {
                score += config.query_bonus;
            }
            if *is_chronology {
                score += config.chronology_bonus;
            }
            // Earlier sentences of an article carry its news; later ones background.
            score += config.position_bonus / (1.0 + claim.sentence.sentence_idx as f32);
            if let Some(published) = articles[claim.sentence.article_idx].article.published {
                let days_after = (published.date - span.last).num_days();
                score -= config.recap_penalty * (days_after - 1).clamp(0, 7) as f32;
                let days_before = (span.first - published.date).num_days();
                score -= config.preview_penalty * days_before.clamp(0, 7) as f32;
            }
            if config.future_penalty > 0.0 && speaks_of_future(told) {
                score -= config.future_penalty;
            }
            (score, *claim)
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));

    let max_events = config.n_events.unwrap_or(3);
    let mut events: Vec<(SentenceRef, f32, Vec<SentenceRef>)> = Vec::new();
    for &(score, claim) in &candidates {
        let vector = vector_of(claim.sentence);
        if let Some(event) = events.iter_mut().find(|(chosen, _, _)| {
            vector_of(*chosen).cosine(vector) >= config.same_event_similarity
        }) {
            event.2.push(claim.sentence);
            continue;
        }
        let enough = events.len() >= max_events
            || config.n_events.is_none()
                && events.first().is_some_and(|(_, top, _)| score < 0.6 * top);
        if enough {
            continue;
        }
        let repeats = told_elsewhere
            .iter()
            .any(|&other| vector_of(other).cosine(vector) >= config.repeat_similarity);
        if !repeats {
            events.push((claim.sentence, score, vec![claim.sentence]));
        }
    }
    told_elsewhere.extend(events.iter().map(|(chosen, _, _)| *chosen));
    events
        .into_iter()
        .map(|(chosen, _, members)| make_event(articles, span, chosen, &members))
        .collect()
}

fn make_event(
    articles: &[&AnalyzedArticle],
    span: &DateSpan,
    chosen: SentenceRef,
    members: &[SentenceRef],
) -> Event {
    let mut citations: Vec<Citation> = Vec::new();
    let mut outlets: Vec<String> = Vec::new();
    let mut seen_articles = HashSet::new();
    for &member in members {
        if !seen_articles.insert(member.article_idx) {
            continue;
        }
        add_outlets(&mut outlets, articles[member.article_idx]);
        citations.push(cite(articles, member));
    }
    Event { text: clean(told_for(articles, chosen, span)), outlets, citations }
}

fn cite(articles: &[&AnalyzedArticle], s: SentenceRef) -> Citation {
    Citation::of(articles[s.article_idx], s.sentence_idx)
}

fn sentence_text<'a>(articles: &[&'a AnalyzedArticle], s: SentenceRef) -> &'a str {
    let analyzed = &articles[s.article_idx];
    &analyzed.article.text[analyzed.sentences[s.sentence_idx].span.clone()]
}

/// Whether a sentence can stand alone in a timeline: long enough to say something, short
/// enough to read, and not a caption, a dangling fragment or a crawled widget of related
/// headlines ("Giant box to fight oil spill - 3 hrs ago Mirror.co.uk …").
fn readable(sentence: &str, config: &TimelineConfig) -> bool {
    const WIDGET_STAMPS: [&str; 4] = [" hrs ago", " hr ago", " mins ago", " min ago"];
    let n_words = sentence.split_whitespace().count();
    (config.min_words..=config.max_words).contains(&n_words)
        && sentence.chars().next().is_some_and(|c| !c.is_lowercase())
        && !WIDGET_STAMPS.iter().any(|stamp| sentence.contains(stamp))
}

/// Where the entry starts when a sentence is a line of a chronology the article itself
/// gives ("April 25 - The Coast Guard approves a plan …", "Sept. 7: U.S. government
/// seizes Fannie Mae"): it opens with the date, then a dash or colon.
fn chronology_entry(
    articles: &[&AnalyzedArticle],
    s: SentenceRef,
    span: &DateSpan,
) -> Option<usize> {
    let analyzed = &articles[s.article_idx];
    let sentence = &analyzed.sentences[s.sentence_idx];
    let text = &analyzed.article.text;
    let mention = sentence.mentions.iter().find(|mention| mention.date == *span)?;
    let before = text.get(sentence.span.start..mention.span.start)?;
    if !before.trim().is_empty() {
        return None;
    }
    let after = text.get(mention.span.end..sentence.span.end)?;
    let rest = after.trim_start();
    let separator =
        ["-", ":", "\u{2014}", "\u{2013}"].into_iter().find(|sep| rest.starts_with(sep))?;
    let entry = rest[separator.len()..].trim_start_matches(['-', ' ']);
    (entry.split_whitespace().count() >= 4).then(|| sentence.span.end - entry.len())
}

/// The text a sentence tells for `span`: without a wire dateline, and without the date
/// when it is a chronology line.
fn told_for<'a>(articles: &[&'a AnalyzedArticle], s: SentenceRef, span: &DateSpan) -> &'a str {
    told_from(articles, s, chronology_entry(articles, s, span))
}

/// [`told_for`], given where the sentence's chronology entry starts, if it is one.
fn told_from<'a>(
    articles: &[&'a AnalyzedArticle],
    s: SentenceRef,
    chronology: Option<usize>,
) -> &'a str {
    match chronology {
        Some(start) => {
            let analyzed = &articles[s.article_idx];
            &analyzed.article.text[start..analyzed.sentences[s.sentence_idx].span.end]
        }
        None => told(sentence_text(articles, s)),
    }
}

/// The part of a sentence that tells the news: without the wire dateline a crawl glues in
/// front of an article's first sentence ("HONG KONG | Wed Apr 15, 2009 5:56 am EDT HONG
/// KONG (Reuters) - …", "Susan Watts | 18:00 UK time, Saturday, 25 April 2009 …").
fn told(sentence: &str) -> &str {
    // A live blog's stamp: "(Update 9:17 a.m. Friday in Cairo, 2:17 a.m. ET) Demonstrators …".
    if let Some(inner) = sentence.strip_prefix('(')
        && (inner.starts_with("Update ") || inner.starts_with("Updated "))
        && let Some(close) = inner.find(')').filter(|&close| close <= 80)
    {
        let rest = inner[close + 1..].trim_start();
        if rest.split_whitespace().count() >= 4 {
            return told(rest);
        }
    }
    let head_len =
        (0..=sentence.len().min(250)).rev().find(|&i| sentence.is_char_boundary(i)).unwrap_or(0);
    let head = &sentence[..head_len];
    // "CITY (Agency) - ": everything up to the agency's dash is dateline.
    for dash in [") - ", ") -- ", ") \u{2014} ", ") \u{2013} "] {
        let Some(close) = head.find(dash) else { continue };
        let Some(open) = head[..close].rfind('(') else { continue };
        let agency = &head[open + 1..close];
        let is_agency = agency.len() <= 16
            && agency.starts_with(|c: char| c.is_uppercase())
            && agency.chars().all(|c| c.is_alphabetic() || c == ' ');
        let rest = sentence[close + dash.len()..].trim_start();
        if is_agency && rest.split_whitespace().count() >= 4 {
            return rest;
        }
    }
    // "VARNHOLT \u{2014} …": a place in capitals, then a dash.
    for dash in [" \u{2014} ", " -- ", " \u{2013} "] {
        let Some(end) = head.get(..head.len().min(40)).and_then(|h| h.find(dash)) else {
            continue;
        };
        let place = &head[..end];
        let is_place = place.chars().filter(|c| c.is_uppercase()).count() >= 3
            && !place.chars().any(|c| c.is_lowercase() || c.is_ascii_digit());
        let rest = sentence[end + dash.len()..].trim_start();
        if is_place && rest.split_whitespace().count() >= 4 {
            return rest;
        }
    }
    // "Byline | time, weekday, day month year ": up to the year.
    if let Some(bar) = head.get(..head.len().min(100)).and_then(|h| h.find(" | ")) {
        let after = bar + 3;
        let mut offset = after;
        for word in sentence[after..].split_inclusive(' ').take(8) {
            offset += word.len();
            let bare = word.trim_end().trim_end_matches(',');
            if bare.len() == 4 && bare.chars().all(|c| c.is_ascii_digit()) {
                let rest = sentence[offset..].trim_start();
                if rest.split_whitespace().count() >= 4 {
                    return rest;
                }
                break;
            }
        }
    }
    sentence
}

/// Collapses the line breaks and runs of spaces a sentence may carry.
fn clean(sentence: &str) -> String {
    sentence.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnalyzedSentence, Mention};

    #[test]
    fn headline_widgets_are_not_readable() {
        let config = TimelineConfig::default();
        assert!(readable("Obama forms a spill commission as the oil mess spreads.", &config));
        assert!(!readable(
            "Giant box to fight US oil spill - 3 hrs ago Mirror.co.uk Box used in bid to avert spill",
            &config
        ));
        assert!(!readable("a lower-case fragment that goes on for a while here", &config));
    }

    #[test]
    fn told_drops_wire_datelines() {
        let cases = [
            (
                "HONG KONG | Wed Apr 15, 2009 5:56 am EDT HONG KONG (Reuters) - Scientists in Hong Kong have identified a compound.",
                "Scientists in Hong Kong have identified a compound.",
            ),
            (
                "Susan Watts | 18:00 UK time, Saturday, 25 April 2009 Experts are clearly extremely concerned about the new virus.",
                "Experts are clearly extremely concerned about the new virus.",
            ),
            (
                "CAIRO (AP) \u{2014} Protesters filled the square again on Friday.",
                "Protesters filled the square again on Friday.",
            ),
            (
                "(Update 9:17 a.m. Friday in Cairo, 2:17 a.m. Friday ET) Demonstrators had stacked piles of rocks.",
                "Demonstrators had stacked piles of rocks.",
            ),
            // Parentheses that are not an agency, and too little after the bar, stay.
            (
                "The group (which met in Paris) - as planned - agreed on a new budget.",
                "The group (which met in Paris) - as planned - agreed on a new budget.",
            ),
            ("Prices | 2009 rose.", "Prices | 2009 rose."),
            (
                "VARNHOLT \u{2014} About 52,000 people can drink their tap water again.",
                "About 52,000 people can drink their tap water again.",
            ),
            (
                "The plant \u{2014} the largest in the valley \u{2014} closed on Friday.",
                "The plant \u{2014} the largest in the valley \u{2014} closed on Friday.",
            ),
        ];
        for (sentence, expected) in cases {
            assert_eq!(told(sentence), expected, "{sentence}");
        }
    }

    #[test]
    fn chronology_lines_tell_their_date_without_it() {
        use article::{Article, Provenance, Published};
        let text = "April 25 - The Coast Guard approves a plan to stop the leak at the well.";
        let day = NaiveDate::from_ymd_opt(2010, 4, 25).unwrap();
        let published = NaiveDate::from_ymd_opt(2010, 5, 1).unwrap();
        let article = Article::new(text.into(), Provenance::file("a.txt"))
            .with_published(Published::date(published));
        let sentence = AnalyzedSentence {
            span: 0..text.len(),
            mentions: vec![Mention { span: 0..8, date: DateSpan::day(day) }],
        };
        let analyzed = AnalyzedArticle { article, sentences: vec![sentence] };
        let config =
            TimelineConfig { n_dates: Some(1), n_events: Some(1), ..TimelineConfig::summary() };
        let timeline = build(&[analyzed], &config);
        assert_eq!(timeline.entries[0].date, DateSpan::day(day));
        assert_eq!(
            timeline.entries[0].events[0].text,
            "The Coast Guard approves a plan to stop the leak at the well."
        );
    }

    #[test]
    fn the_days_own_report_tells_it_before_previews_and_recaps() {
        use article::{Article, Provenance, Published};
        let day = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        // (published in March, sentence); each names the day ("Tuesday", bytes 15..22).
        let reports = [
            (
                9,
                "Prosecutors on Tuesday are due to announce whether the plant managers will be charged with negligence.",
            ),
            (10, "Prosecutors on Tuesday charged the two managers over the leak."),
            (
                17,
                "Prosecutors on Tuesday charged the plant managers with negligence, a week after the leak.",
            ),
        ];
        let articles: Vec<AnalyzedArticle> = reports
            .iter()
            .enumerate()
            .map(|(idx, (published, text))| {
                let published = NaiveDate::from_ymd_opt(2026, 3, *published).unwrap();
                let article =
                    Article::new(text.to_string(), Provenance::file(format!("{idx}.txt")))
                        .with_outlet(Some(format!("outlet {idx}")))
                        .with_published(Published::date(published));
                let sentence = AnalyzedSentence {
                    span: 0..text.len(),
                    mentions: vec![Mention { span: 15..22, date: DateSpan::day(day) }],
                };
                AnalyzedArticle { article, sentences: vec![sentence] }
            })
            .collect();
        let config =
            TimelineConfig { n_dates: Some(1), n_events: Some(1), ..TimelineConfig::default() };
        let timeline = build(&articles, &config);
        assert_eq!(timeline.entries[0].date, DateSpan::day(day));
        // Closest to the centroid is the recap; the day's own report wins all the same.
        assert_eq!(
            timeline.entries[0].events[0].text,
            "Prosecutors on Tuesday charged the two managers over the leak."
        );
    }
}
