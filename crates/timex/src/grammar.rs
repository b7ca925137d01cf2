//! Grammar: recognizes time expressions in the token stream and builds an unresolved
//! expression (`Expr`) for each, with its span, modifier and tense context.
//!
//! Rules are hand-written functions that start at a trigger token (a word with a temporal
//! category, or a number) and read forward; the first rule that matches wins, and the scan
//! resumes after the match, so expressions never overlap.

use crate::Modifier;
use crate::RangeRole;
use crate::lexer::{Feast, Holiday, Kind, Lex, PartOfDay, Token, Unit};

/// Where a year comes from when the text does not spell it out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum YearRef {
    Explicit(i32),
    /// "last" (-1), "this" (0), "next" (+1) occurrence relative to the document time.
    Relative(i32),
    /// Inferred from the reference time and the tense.
    Implicit,
    /// Years from the document time's year: "March last year" (-1).
    Offset(i32),
    /// A scheduled event's month, "November elections": the coming one unless the clause
    /// is in the past.
    Scheduled,
    /// The year the narrative is in: "June of that year", "on May 3 that same year".
    Narrative,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Clock {
    /// Hour and minute, 24-hour clock.
    At(u8, u8),
    Part(PartOfDay),
}

/// An unresolved time expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expr {
    /// A calendar date from explicit parts; a missing year is inferred.
    Date {
        year: YearRef,
        month: u8,
        day: Option<u8>,
    },
    /// Negative before the common era: -300 for 300 BC.
    Year(i32),
    /// First three digits of the decade's years: 199 for the 1990s.
    Decade(i32),
    /// First two digits of the century's years: 19 for the 20th century; before the common
    /// era, minus one more: -4 for the fourth century BC ("BC03").
    Century(i32),
    /// A weekday; the offset says "last" (-1), "this" (0), "next" (1), or `None` for tense.
    Weekday {
        weekday: u8,
        relative: Option<i32>,
    },
    /// Days before or after a named day: "the day before yesterday", "the day after Easter".
    DayFrom {
        day: Box<Expr>,
        offset: i32,
    },
    /// The week a named day falls in: "the week of March 6".
    WeekOf(Box<Expr>),
    /// The weekend of the week a named day falls in: "the weekend of 14 August".
    WeekendOf(Box<Expr>),
    /// The day with this weekday (1 is Monday) from two days before the document time to
    /// four after: the day of a live page's entry, inferred from what the entries say.
    NearWeekday(u8),
    /// A weekday before (-1) or after (+1) the narrative's reference day: "the previous
    /// Friday", "the following Monday".
    WeekdayFrom {
        weekday: u8,
        offset: i32,
    },
    /// A weekday of a week counted from the document's: "Tuesday last week" (-1).
    WeekdayOfWeek {
        weekday: u8,
        week: i32,
    },
    Quarter {
        quarter: u8,
        year: YearRef,
    },
    Half {
        half: u8,
        year: YearRef,
    },
    Season {
        season: u8,
        year: YearRef,
    },
    Holiday {
        holiday: Holiday,
        year: YearRef,
        eve: bool,
    },
    /// The fiscal quarter a report is about: the last one mentioned, or the last completed one.
    ReportQuarter {
        offset: i32,
    },
    /// The year of the report's period, shifted: "a year earlier" after "the first nine
    /// months".
    ReportYear {
        offset: i32,
    },
    /// The report's quarter, in another year: "the 1988 period".
    ReportQuarterOf {
        year: i32,
    },
    /// Offset in units from the document time: "yesterday", "last week", "this year".
    Deictic {
        unit: Unit,
        offset: i32,
    },
    /// The seven days up to the document time, as the calendar week holding most of them:
    /// "the past week", "the last week".
    TrailingWeek,
    /// Offset in units from the narrative reference time: "the next day", "that year".
    Anaphoric {
        unit: Unit,
        offset: i32,
    },
    /// Amount of units before (sign -1) or after (+1) the document time: "two weeks ago".
    Ago {
        unit: Unit,
        amount: Option<f64>,
        sign: i32,
    },
    /// Amount of units before or after the reference time: "two days later".
    Shift {
        unit: Unit,
        amount: Option<f64>,
        sign: i32,
    },
    /// `None` amount is unspecified: "years", "several days".
    Duration {
        unit: Unit,
        amount: Option<f64>,
    },
    Set(&'static str),
    /// "every ten minutes", "every three years": a set whose period is an amount of a unit.
    SetEvery(Unit, Option<f64>),
    Vague(&'static str),
    /// A clock time or part of the day, on a day (the document's or the reference one if none).
    Time {
        day: Option<Box<Expr>>,
        clock: Clock,
    },
}

impl Expr {
    /// The weekday a day of the week names, alone or under a clock time ("Friday", "Friday
    /// night"), when no "last" or "next" places it.
    pub(crate) fn named_weekday(&self) -> Option<u8> {
        match self {
            Expr::Weekday { weekday, relative: None } => Some(*weekday),
            Expr::Time { day: Some(day), .. } => match **day {
                Expr::Weekday { weekday, relative: None } => Some(weekday),
                _ => None,
            },
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    /// Certainly over, whatever the verbs say: a starting point ("since March").
    Elapsed,
    Future,
    /// A plan told in the past ("planned to reopen on Friday", "said it expected to reach
    /// them on Sunday"): the day lies after the telling, which may be before publication,
    /// so a weekday is the nearest one either side. Otherwise it reads as Future.
    Intended,
    Unknown,
}

impl Tense {
    /// Unknown read as Future: for what is on a calendar ahead.
    pub(crate) fn or_ahead(self) -> Tense {
        if self == Tense::Unknown { Tense::Future } else { self }
    }

    /// Intended read as Future: for all but weekdays.
    pub(crate) fn settled(self) -> Tense {
        if self == Tense::Intended { Tense::Future } else { self }
    }

    pub(crate) fn is_past(self) -> bool {
        matches!(self, Tense::Past | Tense::Elapsed)
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Match {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    pub expr: Expr,
    pub modifier: Option<Modifier>,
    pub tense: Tense,
    /// Role in a range and index of the other end in the match list.
    pub range: Option<(RangeRole, usize)>,
    /// A period named in passing with an indefinite article ("after a flat second quarter"):
    /// it is not the period the text reports on.
    pub aside: bool,
    /// A point of comparison ("the largest decline since October 2006"): it does not move
    /// the narrative that later anaphora ("the previous month") count from.
    pub baseline: bool,
    /// For "a year earlier": the nearest earlier match in the same sentence, the period the
    /// comparison is likely about ("sales in September fell from a year earlier").
    pub compare_to: Option<usize>,
    /// A time on the neighbouring weekday written just before: the same moment in another
    /// time zone ("1:30 a.m. Thursday (2230 GMT Wednesday)") or the start of an overnight
    /// span ("from 4 p.m. Saturday to 8 a.m. Sunday"). The two days must end up adjacent.
    pub next_to: Option<usize>,
    /// A day that names an event ("the April 20 explosion", "the accident on 20 April"):
    /// the event, as an index into `EVENTS`.
    pub names_event: Option<u8>,
    /// An amount counted from a named event ("two days after the explosion"): the event and
    /// the direction.
    pub from_event: Option<(u8, i32)>,
    /// The time stamp of a live report's update ("(Update 4:33 a.m. Thursday in Cairo"): the
    /// moment the text below it is written from.
    pub stamp: bool,
    /// A weekday in apposition to the day-date before it ("on the 28th of January, that
    /// very violent Friday afternoon"): index of that date, which it is when the date falls
    /// on the weekday.
    pub same_day_as: Option<usize>,
}

/// What a rule read, before prefixes and suffixes.
struct Core {
    end: usize,
    expr: Expr,
    modifier: Option<Modifier>,
    /// Whether a preceding "the" belongs to the expression ("the third quarter").
    article: bool,
}

impl Core {
    fn new(end: usize, expr: Expr) -> Core {
        Core { end, expr, modifier: None, article: false }
    }
    fn with_modifier(mut self, modifier: Modifier) -> Core {
        self.modifier = Some(modifier);
        self
    }

    fn with_article(mut self) -> Core {
        self.article = true;
        self
    }
}

struct Grammar<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The document's year, to put a two-digit year ("'09") in its century.
    year: i32,
    /// The text is a live blog whose entries open with a 24-hour time ("1839 Canadian
    /// diplomats are racing…"): such a number is that time, not a year. Worked out when
    /// the first such number turns up.
    live_stamps: std::cell::OnceCell<bool>,
}

/// Finds all time expressions, left to right, without overlaps.
pub(crate) fn find(text: &str, tokens: &[Token], year: i32) -> Vec<Match> {
    let g = Grammar { text, tokens, year, live_stamps: std::cell::OnceCell::new() };
    let mut matches: Vec<Match> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let trigger = token.lex != Lex::None
            || token.kind == Kind::Number
            || token.is_punct(b'\'')
            // "as soon as possible"
            || (token.len == 2 && g.word_is(i, "as") && g.lex(i + 1) == Lex::FutureCue);
        if !trigger {
            i += 1;
            continue;
        }
        let Some(m) = g.parse_at(i) else {
            i += 1;
            continue;
        };
        i = m.end;
        let second_day = match m.expr {
            Expr::Date { year, month, day: Some(day) } => g
                .range_day(m.start, m.end, day)
                .map(|(end, d)| (end, Expr::Date { year, month, day: Some(d) })),
            Expr::Year(year) if m.end == m.start + 1 => {
                g.range_short_year(m.end, year).map(|(end, y)| (end, Expr::Year(y)))
            }
            _ => None,
        };
        let tense = m.tense;
        matches.push(m);
        if let Some((end, expr)) = second_day {
            matches.push(Match {
                start: end - 1,
                end,
                expr,
                modifier: None,
                tense,
                range: None,
                aside: false,
                baseline: false,
                compare_to: None,
                next_to: None,
                names_event: None,
                from_event: None,
                stamp: false,
                same_day_as: None,
            });
            i = end;
        }
    }
    link_ranges(&g, &mut matches);
    year_before_date(&g, &mut matches);
    year_after_named_day(&g, &mut matches);
    share_conjunct_tense(&g, &mut matches);
    compare_over_months(&g, &mut matches);
    year_earlier_in_sentence(&g, &mut matches);
    named_events(&g, &mut matches);
    event_anchors(&g, &mut matches);
    times_on_days(&g, &mut matches);
    times_on_neighbouring_days(&g, &mut matches);
    weekdays_after_dates(&g, &mut matches);
    update_stamps(&g, &mut matches);
    entry_headings(&g, &mut matches);
    matches
}

/// "… rolling his eyes. 11.45 am ET: Markey is in top form": a clock time opening a
/// sentence and followed by a colon heads a live entry, written on the page's day rather
/// than the day the story last named.
fn entry_headings(g: &Grammar, matches: &mut [Match]) {
    for m in matches.iter_mut() {
        let Expr::Time { day: day @ None, .. } = &mut m.expr else { continue };
        if !g.punct(m.end, b':') {
            continue;
        }
        if g.opens_sentence(m.start) {
            *day = Some(Box::new(Expr::Deictic { unit: Unit::Day, offset: 0 }));
        }
    }
}

/// "(Update 4:33 a.m. Thursday in Cairo, 9:33 p.m. ET Wednesday)", "Updated 6:40 p.m.": a
/// clock time right after "update" stamps the report that follows.
fn update_stamps(g: &Grammar, matches: &mut [Match]) {
    for m in matches.iter_mut() {
        if matches!(m.expr, Expr::Time { .. })
            && m.start > 0
            && g.word_in(m.start - 1, &["update", "updated"])
        {
            m.stamp = true;
        }
    }
}

/// "but this year, on 10th May it was sunny", "In 2008, on May 10,": a yearless date right
/// after a year and a comma is in that year.
fn year_before_date(g: &Grammar, matches: &mut [Match]) {
    for k in 1..matches.len() {
        let (a, b) = (&matches[k - 1], &matches[k]);
        let year = match a.expr {
            Expr::Year(y) => YearRef::Explicit(y),
            Expr::Deictic { unit: Unit::Year, offset } => YearRef::Offset(offset),
            _ => continue,
        };
        let on = usize::from(g.word_is(a.end + 1, "on"));
        if g.punct(a.end, b',')
            && b.start == a.end + 1 + on
            && b.range.is_none()
            && let Expr::Date { year: y @ YearRef::Implicit, .. } = &mut matches[k].expr
        {
            *y = year;
        }
    }
}

/// "the Christmas Day tsunami in 2004", "the July 4 parade in 2009", "on March 3 in 2010": a
/// yearless day, and the year it was in a few plain words later.
fn year_after_named_day(g: &Grammar, matches: &mut [Match]) {
    for k in 1..matches.len() {
        let (a, b) = (&matches[k - 1], &matches[k]);
        let Expr::Year(y) = b.expr else { continue };
        let named = b.start > a.end
            && b.start <= a.end + 4
            && g.lex(b.start - 1) == Lex::In
            && g.plain_words(a.end..b.start - 1);
        if !named || a.range.is_some() {
            continue;
        }
        match &mut matches[k - 1].expr {
            Expr::Holiday { year: year @ YearRef::Implicit, .. }
            | Expr::Date { year: year @ YearRef::Implicit, day: Some(_), .. } => {
                *year = YearRef::Explicit(y);
            }
            _ => {}
        }
    }
}

/// "in April and May there was violence": dates joined by "and" or "or" share the clause,
/// so the first takes the tense the second found when its own scan found none or a weaker
/// one, and the narrative's year the second names ("15 October and 9 November that
/// year").
fn share_conjunct_tense(g: &Grammar, matches: &mut [Match]) {
    let yearless = |m: &Match| matches!(m.expr, Expr::Date { year: YearRef::Implicit, .. });
    for k in (1..matches.len()).rev() {
        let (a, b) = (&matches[k - 1], &matches[k]);
        let joined = b.start == a.end + 1 && matches!(g.lex(a.end), Lex::And | Lex::Or);
        let narrative = matches!(b.expr, Expr::Date { year: YearRef::Narrative, .. });
        if joined
            && yearless(a)
            && yearless(b)
            && a.range.is_none()
            && matches!(a.tense, Tense::Past | Tense::Unknown)
            && matches!(b.tense, Tense::Elapsed | Tense::Future)
        {
            matches[k - 1].tense = matches[k].tense;
        }
        // "on 15 October and 9 November that year": both in the year of the narrative.
        if joined
            && narrative
            && let Expr::Date { year: year @ YearRef::Implicit, .. } = &mut matches[k - 1].expr
        {
            *year = YearRef::Narrative;
        }
    }
}

/// The days of a live page's update stamps that give only the clock ("(Update 12:15 a.m. in
/// Cairo, 5:15 p.m. ET)"), for the matches `is_stamp` picks. Read in time order (up the page
/// when the newest entry comes first), a clock far earlier than the one before means
/// midnight has passed. Which calendar day the first entry is on, the weekdays the entries
/// name tell: live reporting names the day it is on ("protesters gathered Friday"), while
/// the page's date may be the day before or after. Without such evidence the first entry is
/// on the document's day.
fn stamp_days(matches: &[Match], is_stamp: impl Fn(&Match) -> bool) -> Vec<Option<Expr>> {
    let clock = |m: &Match| match m.expr {
        Expr::Time { clock: Clock::At(h, min), .. } => Some(h as u32 * 60 + min as u32),
        _ => None,
    };
    let mut days = vec![None; matches.len()];
    let stamps: Vec<(usize, u32)> = matches
        .iter()
        .enumerate()
        .filter(|(_, m)| is_stamp(m))
        .filter_map(|(k, m)| Some((k, clock(m)?)))
        .collect();
    if stamps.len() < 3 {
        return days;
    }
    // Down the page, a clock falling by less than twelve hours, or rising by more (back over
    // midnight), says the newest entry comes first.
    let backward = |a: u32, b: u32| (b < a && a - b < 12 * 60) || (b > a && b - a > 12 * 60);
    let falling = stamps.windows(2).filter(|w| backward(w[0].1, w[1].1)).count();
    let rising = stamps.windows(2).filter(|w| backward(w[1].1, w[0].1)).count();
    let newest_first = falling > rising;
    // Days after the first entry's, in page order.
    let mut after_first = vec![0u32; stamps.len()];
    let order: Vec<usize> =
        if newest_first { (0..stamps.len()).rev().collect() } else { (0..stamps.len()).collect() };
    for pair in order.windows(2) {
        // Twelve hours back is a new day, not an entry out of order.
        let wrapped = stamps[pair[1]].1 + 12 * 60 < stamps[pair[0]].1;
        after_first[pair[1]] = after_first[pair[0]] + u32::from(wrapped);
    }
    // The weekdays each entry names, from its stamp to the next one.
    let mut votes = [0u32; 7];
    for (i, &(k, _)) in stamps.iter().enumerate() {
        let end = stamps.get(i + 1).map_or(matches.len(), |s| s.0);
        for m in &matches[k + 1..end] {
            if let Some(w) = m.expr.named_weekday() {
                // The first entry's weekday, if this entry is on the day it names.
                let first = (w as u32 + 7 * 7 - 1 - after_first[i] % 7) % 7;
                votes[first as usize] += 1;
            }
        }
    }
    let best = (0..7).max_by_key(|&w| votes[w]).unwrap_or(0);
    let runner_up = (0..7).filter(|&w| w != best).map(|w| votes[w]).max().unwrap_or(0);
    let evidence = votes[best] >= 3 && votes[best] >= 2 * runner_up;
    for (i, &(k, _)) in stamps.iter().enumerate() {
        let offset = after_first[i];
        days[k] = Some(if evidence {
            Expr::NearWeekday(((best as u32 + offset) % 7) as u8 + 1)
        } else {
            Expr::Deictic { unit: Unit::Day, offset: offset as i32 }
        });
    }
    days
}

/// Times on neighbouring weekdays a few tokens apart within a sentence: one moment given in
/// two zones ("12:48 a.m. Wednesday in Cairo, 5:48 p.m. ET Tuesday") or an overnight span.
fn times_on_neighbouring_days(g: &Grammar, matches: &mut [Match]) {
    let weekday = |m: &Match| match &m.expr {
        Expr::Time { day: Some(day), .. } => match **day {
            Expr::Weekday { weekday, relative: None } => Some(weekday),
            _ => None,
        },
        _ => None,
    };
    // "beginning Monday or Tuesday", "on Sunday and Monday": neighbouring days joined.
    let day = |m: &Match| match m.expr {
        Expr::Weekday { weekday, relative: None } => Some(weekday),
        _ => None,
    };
    for k in 1..matches.len() {
        let (a, b) = (&matches[k - 1], &matches[k]);
        let joined = b.start == a.end + 1 && matches!(g.lex(a.end), Lex::And | Lex::Or);
        let (first, second, close) = match (weekday(a), weekday(b), day(a), day(b)) {
            (Some(first), Some(second), ..) => (first, second, b.start <= a.end + 4),
            (.., Some(first), Some(second)) => (first, second, joined),
            _ => continue,
        };
        let neighbours = (first % 7 + 1 == second) || (second % 7 + 1 == first);
        if neighbours && close && !(a.end..b.start).any(|j| g.sentence_break(j)) {
            matches[k].next_to = Some(k - 1);
        }
    }
}

/// "beaten back on the 28th of January, that very violent Friday afternoon clash": a
/// weekday set off from a day-date by a comma and a few plain words may be that date told
/// again (see `Match::same_day_as`).
fn weekdays_after_dates(g: &Grammar, matches: &mut [Match]) {
    for k in 1..matches.len() {
        let (a, b) = (&matches[k - 1], &matches[k]);
        let dated = match &a.expr {
            Expr::Date { day: Some(_), .. } => true,
            Expr::Time { day: Some(day), .. } => matches!(**day, Expr::Date { day: Some(_), .. }),
            _ => false,
        };
        // Set off by a comma and told again in a few plain words: "January, that very
        // violent Friday", not "on July 1, did it on Wednesday".
        let apposed = g.punct(a.end, b',')
            && b.start > a.end + 1
            && b.start <= a.end + 5
            && g.plain_words(a.end + 1..b.start);
        if dated
            && apposed
            && a.names_event.is_none()
            && b.expr.named_weekday().is_some()
            && a.range.is_none()
            && b.range.is_none()
        {
            matches[k].same_day_as = Some(k - 1);
        }
    }
}

/// "at 2153 GMT on Tuesday", "at 9 a.m. on March 3": a clock time followed by the day it
/// falls on takes that day.
fn times_on_days(g: &Grammar, matches: &mut [Match]) {
    let bare_time = |m: &Match| matches!(m.expr, Expr::Time { day: None, .. });
    for k in 0..matches.len() {
        if !bare_time(&matches[k]) {
            continue;
        }
        // "at 1653 local time (2153 GMT) on Tuesday": the day covers both times.
        let mut end = matches[k].end;
        let mut next = k + 1;
        let mut inner = None;
        if g.punct(end, b'(')
            && let Some(m) = matches.get(next)
            && m.start == end + 1
            && bare_time(m)
            && g.punct(m.end, b')')
        {
            inner = Some(next);
            end = m.end + 1;
            next += 1;
        }
        let Some(day) = matches.get(next) else { continue };
        let names_a_day = matches!(
            day.expr,
            Expr::Weekday { .. } | Expr::Date { day: Some(_), .. } | Expr::Holiday { .. }
        ) || matches!(day.expr, Expr::Deictic { unit: Unit::Day, .. });
        if !(names_a_day && day.start == end + 1 && g.word_is(end, "on")) {
            continue;
        }
        // The times read the day as the day's own match does.
        let (tense, day) = (day.tense, day.expr.clone());
        for i in std::iter::once(k).chain(inner) {
            if let Expr::Time { day: time_day, .. } = &mut matches[i].expr {
                *time_day = Some(Box::new(day.clone()));
                matches[i].tense = tense;
            }
        }
    }
    // "(Posted at 11:56 a.m.)", "(Update 2:25 p.m. Cairo)": a stamp of the page itself is on
    // the day it was published, wherever the story has got to; or on the date that heads
    // it ("6 January 2011 Last updated at 01:53 GMT").
    let stamp_word = |m: &Match| {
        let s = m.start;
        let stamped = |j: usize| g.word_in(j, &["posted", "updated", "update"]);
        match s {
            _ if s >= 1 && stamped(s - 1) => Some(s - 1),
            _ if s >= 2 && g.word_is(s - 1, "at") && stamped(s - 2) => Some(s - 2),
            _ => None,
        }
    };
    let stamp_day = stamp_days(matches, |m| {
        stamp_word(m).is_some() && matches!(m.expr, Expr::Time { day: None, .. })
    });
    // "1839 Canadian diplomats…": a live page's entries opening on a bare 24-hour time,
    // which run over midnight just as update stamps do.
    let entry = |m: &Match| {
        m.end == m.start + 1
            && matches!(m.expr, Expr::Time { .. })
            && g.entry_stamp(m.start).is_some()
    };
    let entry_day = stamp_days(matches, entry);
    for (m, day) in matches.iter_mut().zip(entry_day) {
        if let (Some(day), Expr::Time { day: Some(time_day), .. }) = (day, &mut m.expr) {
            **time_day = day;
        }
    }
    for k in 0..matches.len() {
        let Some(word) = stamp_word(&matches[k]) else { continue };
        let heading = k
            .checked_sub(1)
            .map(|h| &matches[h])
            .filter(|h| matches!(h.expr, Expr::Date { day: Some(_), .. }))
            .filter(|h| h.end == word || (h.end + 1 == word && g.word_is(word - 1, "last")));
        let day = match heading {
            Some(h) => h.expr.clone(),
            None => stamp_day[k].clone().unwrap_or(Expr::Deictic { unit: Unit::Day, offset: 0 }),
        };
        let Expr::Time { day: time_day @ None, clock } = &mut matches[k].expr else { continue };
        *time_day = Some(Box::new(day.clone()));
        let first = *clock;
        // "(Update 12:20 a.m. Cairo, 5:20 p.m. ET)": the same moment in the reader's zone,
        // further west, where a later clock means the day before.
        let end = matches[k].end;
        let Some(next) = matches.get_mut(k + 1) else { continue };
        let close = next.start <= end + 4 && !(end..next.start).any(|j| g.sentence_break(j));
        if let (true, Expr::Time { day: next_day @ None, clock: Clock::At(h2, m2) }) =
            (close, &mut next.expr)
            && let Clock::At(h1, m1) = first
        {
            let earlier = (*h2, *m2) > (h1, m1);
            *next_day = Some(Box::new(if earlier {
                Expr::DayFrom { day: Box::new(day), offset: -1 }
            } else {
                day
            }));
            // The entry that follows tells of the first zone's day.
            next.baseline = true;
        }
    }
    for k in 0..matches.len() {
        let Some((RangeRole::From, to)) = matches[k].range else { continue };
        if !bare_time(&matches[k]) {
            continue;
        }
        // "from 3 p.m. to 8 a.m. on Monday" runs overnight: 3 p.m. is the day before.
        // "From midnight to noon" starts at the day's first minute.
        let overnight = match (&matches[k].expr, &matches[to].expr) {
            (
                Expr::Time { clock: Clock::At(from, _), .. },
                Expr::Time { clock: Clock::At(until, _), .. },
            ) => from % 24 > *until,
            _ => false,
        };
        if let Expr::Time { day: Some(day), .. } = &matches[to].expr {
            let day = if overnight {
                Box::new(Expr::DayFrom { day: day.clone(), offset: -1 })
            } else {
                day.clone()
            };
            if let Expr::Time { day: time_day, .. } = &mut matches[k].expr {
                *time_day = Some(day);
            }
        }
        // "between midnight and six o'clock": midnight opening a span is the day's start.
        if let Expr::Time { clock: clock @ Clock::At(24, 0), .. } = &mut matches[k].expr {
            *clock = Clock::At(0, 0);
        }
    }
}

/// Words that make a yearless "Sept. 11" the day of the 2001 attacks.
const ATTACK_WORDS: &[&str] = &[
    "attack",
    "attacks",
    "attacked",
    "terror",
    "terrorist",
    "terrorists",
    "terrorism",
    "hijackers",
    "hijackings",
    "hijacked",
    "commission",
    "memorial",
    "victims",
    "aftermath",
];

/// "the Sept. 11 attacks", "the attacks of Sept. 11": a yearless September 11 next to
/// words about the attacks is 2001-09-11, whenever the article was written. Named so, the
/// day is a landmark, not where the story is: it does not move the narrative.
fn named_events(g: &Grammar, matches: &mut [Match]) {
    for m in matches.iter_mut() {
        let Expr::Date { year: year @ YearRef::Implicit, month: 9, day: Some(11) } = &mut m.expr
        else {
            continue;
        };
        let near = m.start.saturating_sub(3)..m.end + 3;
        if near.into_iter().any(|i| g.word_in(i, ATTACK_WORDS)) {
            *year = YearRef::Explicit(2001);
            m.baseline = true;
        }
    }
}

/// Events nobody plans ("Tuesday's earthquake": a day they happened on is behind us), which
/// a story dates once and then counts from ("the April 20 explosion … two days after the
/// explosion"). Singular forms; a plural "s" is dropped before looking up.
pub(crate) const EVENTS: [&str; 22] = [
    "explosion",
    "blast",
    "earthquake",
    "quake",
    "spill",
    "attack",
    "bombing",
    "shooting",
    "crash",
    "disaster",
    "blowout",
    "fire",
    "collapse",
    "tsunami",
    "accident",
    "massacre",
    "slaying",
    "murder",
    "killing",
    "death",
    "derailment",
    "storm",
];

impl Grammar<'_> {
    /// The event noun at `i`, if it is one.
    fn event_at(&self, i: usize) -> Option<u8> {
        let t = self.tokens.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let word = self.slice(i);
        let singular = word.strip_suffix('s').filter(|w| w.len() > 3).unwrap_or(word);
        EVENTS.iter().position(|e| e.eq_ignore_ascii_case(singular)).map(|k| k as u8)
    }

    /// The event noun among the (at most three) words from `i` on: "explosion", "rig
    /// explosion", "devastating earthquake", and with `names`, "Deepwater Horizon disaster".
    fn event_within(&self, i: usize, names: bool) -> Option<u8> {
        (i..i + 3)
            .take_while(|&k| {
                self.tokens.get(k).is_some_and(|t| t.kind == Kind::Word && (names || !t.cap))
            })
            .find_map(|k| self.event_at(k))
    }

    /// Whether one of the `count` words from `i` on (up to the first token that is not a
    /// word) is one of `words`: "Friday's [presidential debate]", "Wednesday's [ruling]".
    fn word_within(&self, i: usize, count: usize, words: &[&str]) -> bool {
        (i..i + count)
            .take_while(|&k| self.tokens.get(k).is_some_and(|t| t.kind == Kind::Word))
            .any(|k| self.word_in(k, words))
    }

    /// Whether the tokens of `range` are all words and none a tense cue: a noun phrase
    /// ("tsunami", "that very violent"), not a clause.
    fn plain_words(&self, range: std::ops::Range<usize>) -> bool {
        range.into_iter().all(|j| self.tokens[j].kind == Kind::Word && self.tense_cue(j).is_none())
    }

    /// "'s" at `i`: "Friday's", "New Year's".
    fn possessive_s(&self, i: usize) -> bool {
        self.punct(i, b'\'') && self.word_is(i + 1, "s")
    }
}

/// Marks days that name an event and amounts counted from one.
fn event_anchors(g: &Grammar, matches: &mut [Match]) {
    for m in matches.iter_mut() {
        let (start, end) = (m.start, m.end);
        match m.expr {
            Expr::Date { day: Some(_), .. } | Expr::Weekday { .. } => {
                let article = start > 0 && matches!(g.lex(start - 1), Lex::The | Lex::A | Lex::An);
                let possessive = g.possessive_s(end);
                // "the accident on 20 April", "the earthquake of Jan. 12"
                let postposed = || {
                    (start > 2 && g.word_in(start - 1, &["on", "of"]))
                        .then(|| {
                            (start.saturating_sub(4)..start - 1)
                                .rev()
                                .take_while(|&k| g.tokens[k].kind == Kind::Word)
                                .find_map(|k| g.event_at(k))
                        })
                        .flatten()
                };
                // "the quake struck Haiti on Tuesday", "the rig exploded on April 20"
                let told = || {
                    const HAPPENED: [&str; 7] =
                        ["struck", "hit", "occurred", "happened", "erupted", "exploded", "began"];
                    let verb = (start.saturating_sub(4)..start)
                        .rev()
                        .take_while(|&k| g.tokens[k].kind == Kind::Word)
                        .find(|&k| g.word_in(k, &HAPPENED))?;
                    if g.word_is(verb, "exploded") {
                        return EVENTS.iter().position(|e| *e == "explosion").map(|k| k as u8);
                    }
                    (verb.saturating_sub(4)..verb)
                        .rev()
                        .take_while(|&k| g.tokens[k].kind != Kind::Punct)
                        .find_map(|k| g.event_at(k))
                };
                m.names_event = if article {
                    g.event_within(end, true)
                } else if possessive {
                    g.event_within(end + 2, true)
                } else {
                    postposed().or_else(told)
                };
            }
            // "in the 24 hours before the explosion" is the stretch leading up to it.
            Expr::Duration { amount: Some(_), .. } if g.lex(start) != Lex::The => {
                let Some(sign) = g.before_after(end) else { continue };
                // Not "20 years after the Exxon Valdez spill": a named one is another event.
                if g.lex(end + 1) == Lex::The
                    && let Some(event) = g.event_within(end + 2, false)
                {
                    m.from_event = Some((event, sign));
                }
            }
            _ => {}
        }
    }
}

/// "In the first nine months, net rose from $2 billion a year earlier": in a sentence about
/// a stretch of months, "a year earlier" and "the 1988 period" are that year, not the
/// report's quarter a year before.
fn compare_over_months(g: &Grammar, matches: &mut [Match]) {
    let mut months_from: Option<usize> = None;
    for m in matches.iter_mut() {
        if let Some(at) = months_from
            && (at..m.start).any(|j| g.sentence_break(j))
        {
            months_from = None;
        }
        if let Expr::Duration { unit: Unit::Month, amount: Some(n) } = m.expr
            && (n == 6.0 || n == 9.0)
        {
            months_from = Some(m.end);
            continue;
        }
        if months_from.is_none() {
            continue;
        }
        let year_before = Expr::ReportYear { offset: -1 };
        m.expr = match m.expr {
            Expr::Ago { unit: Unit::Year, amount: Some(n), sign: -1 }
            | Expr::Shift { unit: Unit::Year, amount: Some(n), sign: -1 }
                if n == 1.0 =>
            {
                year_before
            }
            Expr::ReportQuarter { offset: -4 } => year_before,
            Expr::ReportQuarterOf { year } => Expr::Year(year),
            ref other => other.clone(),
        };
    }
}

/// "sales in September fell 27 percent from a year earlier": points a one-year shift at
/// the nearest earlier expression of its sentence; resolution uses it when that is a month
/// or a quarter.
fn year_earlier_in_sentence(g: &Grammar, matches: &mut [Match]) {
    for k in 1..matches.len() {
        let one_year_back = match matches[k].expr {
            Expr::Shift { unit: Unit::Year, amount: Some(n), sign: -1 }
            | Expr::Ago { unit: Unit::Year, amount: Some(n), sign: -1 } => n == 1.0,
            _ => false,
        };
        let previous = &matches[k - 1];
        if one_year_back && !(previous.end..matches[k].start).any(|t| g.sentence_break(t)) {
            matches[k].compare_to = Some(k - 1);
        }
    }
}

/// Marks pairs like "from Feb. 10 to Feb. 20", "between 1990 and 1995", "Feb. 10-20".
fn link_ranges(g: &Grammar, matches: &mut [Match]) {
    for k in 1..matches.len() {
        let (a, b) = (&matches[k - 1], &matches[k]);
        let date_like = |e: &Expr| {
            !matches!(
                e,
                Expr::Duration { .. }
                    | Expr::Set(_)
                    | Expr::SetEvery(..)
                    | Expr::Vague(_)
                    | Expr::Shift { .. }
            )
        };
        if !date_like(&a.expr) || !date_like(&b.expr) || b.start != a.end + 1 {
            continue;
        }
        // "February 1, 2011 - 14:00 ET" gives the time of a day, not a span to it.
        if matches!(a.expr, Expr::Time { .. }) != matches!(b.expr, Expr::Time { .. }) {
            continue;
        }
        let opener = if a.start > 0 { g.lex(a.start - 1) } else { Lex::None };
        let connector = &g.tokens[a.end];
        let dash = g.range_dash(a.end);
        // "Single Out Feb. 7 - 18 hrs ago": a dash before a count back from now separates
        // a listing's date from its age.
        if dash && matches!(b.expr, Expr::Ago { .. }) {
            continue;
        }
        // A bare day number is a date only as the first end of "3 to 5 March" or "Friday 18
        // to Sunday 20 February".
        let day_at = a.end - 1;
        let bare_day = g.tokens[day_at].kind == Kind::Number
            && (a.start == day_at
                || (a.start + 1 == day_at && matches!(g.lex(a.start), Lex::Weekday(_))));
        // "May 3 to June 5, 2009": a date without a year before one with it.
        let year_after = matches!(a.expr, Expr::Date { year: YearRef::Implicit, .. })
            && matches!(b.expr, Expr::Date { year: YearRef::Explicit(_), .. });
        let linked = match connector.lex {
            // "set for December 1 until January 1, 2012" postpones; it is not a span.
            Lex::To | Lex::Through => opener == Lex::From || dash || bare_day || year_after,
            Lex::Until => opener == Lex::From || dash || bare_day,
            Lex::And => opener == Lex::Between,
            _ => dash,
        };
        if linked {
            matches[k - 1].range = Some((RangeRole::From, k));
            matches[k].range = Some((RangeRole::To, k - 1));
        }
    }
}

/// Verbs of a timetable: in the present tense they tell what is scheduled ("the trial
/// opens on Monday").
const SCHEDULED: [&str; 9] =
    ["starts", "begins", "opens", "expires", "resumes", "reopens", "closes", "departs", "convenes"];

/// What follows "meet" when it is a meeting ("meet on Monday", "meet with Suleiman").
const MEETING_WORDS: [&str; 12] = [
    "on",
    "in",
    "at",
    "with",
    "again",
    "separately",
    "privately",
    "here",
    "there",
    "for",
    "this",
    "next",
];

/// Abbreviations that a full stop follows inside a sentence: "Mr. Smith", "Roe vs. Wade".
const TITLES: [&str; 18] = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "sgt",
    "capt", "adm", "prof", "vs",
];

/// What is done once it has a date: "Wednesday's ruling", "Monday's announcement".
const DECIDED: [&str; 10] = [
    "ruling",
    "decision",
    "verdict",
    "announcement",
    "statement",
    "remarks",
    "comments",
    "resignation",
    "speech",
    "testimony",
];

/// Nouns of places that dates name: "the 6th of October bridge", "July 26 Street".
const PLACE_NOUNS: [&str; 10] = [
    "bridge",
    "street",
    "avenue",
    "square",
    "road",
    "boulevard",
    "city",
    "stadium",
    "highway",
    "district",
];

/// Things named after a holiday rather than dated by it: "a Christmas tree", "Easter eggs".
const HOLIDAY_THINGS: [&str; 14] = [
    "tree",
    "trees",
    "card",
    "cards",
    "carol",
    "carols",
    "lights",
    "ornament",
    "ornaments",
    "decorations",
    "pudding",
    "egg",
    "eggs",
    "bunny",
];

/// Verbs that open a request for a day ahead: "Join us on Saturday".
const IMPERATIVES: [&str; 7] = ["join", "tune", "watch", "listen", "be", "vote", "visit"];

/// How far back the tense of a clause is looked for.
const TENSE_SCAN_TOKENS: usize = 14;

impl<'a> Grammar<'a> {
    fn lex(&self, i: usize) -> Lex {
        self.tokens.get(i).map_or(Lex::None, |t| t.lex)
    }

    fn slice(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    fn punct(&self, i: usize, byte: u8) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_punct(byte))
    }

    /// Token `i` starts right where token `i - 1` ends.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && self.tokens[i - 1].end == self.tokens[i].start
    }

    fn number(&self, i: usize) -> Option<u32> {
        let t = self.tokens.get(i)?;
        (t.kind == Kind::Number && !t.grouped).then_some(t.num)
    }

    fn word_is(&self, i: usize, word: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word)
            && self.slice(i).eq_ignore_ascii_case(word)
    }

    /// Whether the word at `i` is one of `words`, ignoring case.
    fn word_in(&self, i: usize, words: &[&str]) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        if t.kind != Kind::Word {
            return false;
        }
        let word = self.slice(i);
        words.iter().any(|w| word.eq_ignore_ascii_case(w))
    }

    /// A day of the month at `i`, with an optional ordinal suffix ("8th"). Returns the end.
    fn day_number(&self, i: usize) -> Option<(usize, u8)> {
        let t = self.tokens.get(i)?;
        if t.kind != Kind::Number || t.grouped || t.len > 2 || !(1..=31).contains(&t.num) {
            return None;
        }
        let mut end = i + 1;
        if self.glued(end) && ["st", "nd", "rd", "th"].iter().any(|s| self.word_is(end, s)) {
            end += 1;
        }
        // "Feb. 8 2022" is a date, "Feb. 8:30" is not a day.
        if self.punct(end, b':')
            && self.glued(end)
            && self.glued(end + 1)
            && self.number(end + 1).is_some()
        {
            return None;
        }
        Some((end, t.num as u8))
    }

    /// A live-blog entry's time at `i`: a four-digit 24-hour time opening a line, before a
    /// capitalised word ("1839 Canadian diplomats…"), or anywhere before a colon and a
    /// capitalised word ("…tweets 2029: Wonkette We planned…"). Returns the hour and minute.
    fn entry_stamp(&self, i: usize) -> Option<(u8, u8)> {
        let t = &self.tokens[i];
        if t.kind != Kind::Number || t.len != 4 || t.grouped {
            return None;
        }
        let (hour, minute) = (t.num / 100, t.num % 100);
        if hour >= 24 || minute >= 60 {
            return None;
        }
        // "1800 "Sometimes, though…": an entry may open on a quotation.
        let capital_at = |k: usize| {
            let word = if self.opens_quote(k) { k + 1 } else { k };
            self.tokens.get(word).is_some_and(|n| n.kind == Kind::Word && n.cap)
        };
        let heading = self.punct(i + 1, b':') && self.glued(i + 1) && capital_at(i + 2);
        ((self.opens_line(i) && capital_at(i + 1)) || heading).then_some((hour as u8, minute as u8))
    }

    /// Whether a sentence starts at `i`: after a full stop (and a closing quote after it:
    /// "… incompetence." By the end of May), or at a line's start.
    fn opens_sentence(&self, i: usize) -> bool {
        i == 0
            || self.sentence_break(i - 1)
            || (i >= 2 && self.closes_quote(i - 1) && self.sentence_break(i - 2))
            || self.opens_line(i)
    }

    /// Token `i` is the first on its line.
    fn opens_line(&self, i: usize) -> bool {
        self.text.as_bytes()[..self.tokens[i].start as usize]
            .iter()
            .rev()
            .find(|&&b| b != b' ' && b != b'\t')
            .is_none_or(|&b| b == b'\n')
    }

    /// Whether the page is a live page with entry times: three or more at line openings,
    /// or three or more in all with one outside 18:00–20:59 (a chronology of years, "1957:
    /// Asian flu … 2009: swine flu", reads as such clocks only).
    fn is_live_page(&self) -> bool {
        let (mut stamps, mut at_lines, mut off_years) = (0, 0, false);
        for k in (0..self.tokens.len()).filter(|&k| self.tokens[k].len == 4) {
            if let Some((hour, _)) = self.entry_stamp(k) {
                stamps += 1;
                at_lines += usize::from(self.opens_line(k));
                off_years |= !(18..=20).contains(&hour);
                if at_lines >= 3 || (stamps >= 3 && off_years) {
                    return true;
                }
            }
        }
        false
    }

    /// A four-digit year at `i`, optionally written "'98".
    fn year_number(&self, i: usize) -> Option<(usize, i32)> {
        if self.punct(i, b'\'') {
            let t = self.tokens.get(i + 1)?;
            if t.kind == Kind::Number && t.len == 2 && self.glued(i + 1) {
                // The century that puts the year at most ten years after the document's:
                // "'09" is 2009 in 2009 news and 1909 in 1995 news.
                let century = (self.year + 10 - t.num as i32).div_euclid(100) * 100;
                return Some((i + 2, century + t.num as i32));
            }
            return None;
        }
        let t = self.tokens.get(i)?;
        // Far-future numbers are live-blog times ("2159: the speech ends") or case numbers,
        // unless round ("by 2100").
        let plausible = t.num as i32 <= self.year + 100 || t.num % 50 == 0;
        // "19 JANUARY, 1300 GMT": before a time zone it is a clock time ("2006 est." is an
        // estimate's year).
        if t.kind == Kind::Number
            && !t.grouped
            && t.len == 4
            && (1000..=2199).contains(&t.num)
            && plausible
            && !(self.lex(i + 1) == Lex::Zone && self.tokens[i + 1].cap)
        {
            return Some((i + 1, t.num as i32));
        }
        self.year_words(i)
    }

    /// "nineteen ninety-six", "two thousand".
    fn year_words(&self, i: usize) -> Option<(usize, i32)> {
        match (self.lex(i), self.lex(i + 1)) {
            (Lex::Num(hi @ 11..=19), Lex::Tens(tens)) => {
                let mut end = i + 2;
                let mut year = hi as i32 * 100 + tens as i32;
                if self.punct(end, b'-')
                    && let Lex::Num(unit @ 1..=9) = self.lex(end + 1)
                {
                    year += unit as i32;
                    end += 2;
                }
                Some((end, year))
            }
            (Lex::Num(2), Lex::Thousand) => {
                // "two thousand and nine", "two thousand ten"
                let (end, year) = match (self.lex(i + 2), self.lex(i + 3)) {
                    (Lex::And, Lex::Num(n @ 1..=19)) => (i + 4, 2000 + n as i32),
                    (Lex::Num(n @ 1..=19), _) => (i + 3, 2000 + n as i32),
                    _ => (i + 2, 2000),
                };
                // "a thirty two thousand dollar car", "two thousand people": an amount ("the
                // year two thousand has come" is not).
                let counted = i > 0 && matches!(self.lex(i - 1), Lex::Num(_) | Lex::Tens(_));
                let the_year = i > 0 && self.lex(i - 1) == Lex::Unit(Unit::Year, false);
                let before_noun = year == 2000
                    && !the_year
                    && self
                        .tokens
                        .get(end)
                        .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None);
                // "two thousand five hundred" is a number.
                let larger = self.word_in(end, &["hundred", "thousand", "million"]);
                (!counted && !before_noun && !larger).then_some((end, year))
            }
            _ => None,
        }
    }

    /// "a.m." / "p.m." / "am" / "pm" at `i`: returns the end and whether it is p.m.
    fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
        match self.lex(i) {
            Lex::Am => return Some((i + 1, false)),
            Lex::Pm => return Some((i + 1, true)),
            _ => {}
        }
        let pm = if self.word_is(i, "a") {
            false
        } else if self.word_is(i, "p") {
            true
        } else {
            return None;
        };
        // "a.m.", and "a. m" as some pages space it.
        if self.punct(i + 1, b'.') && self.glued(i + 1) && self.word_is(i + 2, "m") {
            let mut end = i + 3;
            if self.punct(end, b'.') && self.glued(end) {
                end += 1;
            }
            return Some((end, pm));
        }
        None
    }

    /// A spelled or written amount: "three", "twenty four", "5 1/2", "a", "several".
    /// `None` in the value means an unspecified amount.
    fn amount(&self, i: usize) -> Option<(usize, Option<f64>)> {
        let t = self.tokens.get(i)?;
        let (mut end, mut value) = if t.kind == Kind::Number {
            let v: f64 =
                if t.grouped { self.slice(i).replace(',', "").parse().ok()? } else { t.num as f64 };
            (i + 1, Some(v))
        } else {
            match t.lex {
                Lex::Num(n) => {
                    let mut end = i + 1;
                    let mut v = n as f64;
                    if self.lex(end) == Lex::Hundred {
                        v *= 100.0;
                        end += 1;
                    }
                    if self.lex(end) == Lex::Thousand {
                        v *= 1000.0;
                        end += 1;
                    }
                    (end, Some(v))
                }
                Lex::Tens(n) => {
                    let mut end = i + 1;
                    let mut v = n as f64;
                    let hyphen =
                        self.punct(end, b'-') && matches!(self.lex(end + 1), Lex::Num(1..=9));
                    if hyphen {
                        end += 1;
                    }
                    if let Lex::Num(u @ 1..=9) = self.lex(end) {
                        v += u as f64;
                        end += 1;
                    }
                    (end, Some(v))
                }
                Lex::A | Lex::An => match self.lex(i + 1) {
                    Lex::Few => (i + 2, None),
                    // "a half-century ago", "a quarter century of rule"
                    Lex::Half if self.unit_follows(i + 2) => (i + 2, Some(0.5)),
                    Lex::Unit(Unit::Quarter, false) if self.unit_follows(i + 2) => {
                        (i + 2, Some(0.25))
                    }
                    Lex::Couple => {
                        let end = if self.lex(i + 2) == Lex::Of { i + 3 } else { i + 2 };
                        (end, Some(2.0))
                    }
                    Lex::Dozen => (i + 2, Some(12.0)),
                    Lex::Hundred => (i + 2, Some(100.0)),
                    _ => (i + 1, Some(1.0)),
                },
                Lex::Several | Lex::Few | Lex::Many => (i + 1, None),
                // "the past half century"
                Lex::Half if self.unit_follows(i + 1) => (i + 1, Some(0.5)),
                // "couple of days", and the spoken "the past couple years"
                Lex::Couple if self.lex(i + 1) == Lex::Of => (i + 2, Some(2.0)),
                Lex::Couple if matches!(self.lex(i + 1), Lex::Unit(_, true)) => (i + 1, Some(2.0)),
                Lex::Dozen if self.lex(i + 1) == Lex::Of => (i + 2, None),
                _ => return None,
            }
        };
        // "5 1/2", "two and a half"
        if let (Some(1), true, Some(2)) =
            (self.number(end), self.punct(end + 1, b'/'), self.number(end + 2))
        {
            value = value.map(|v| v + 0.5);
            end += 3;
        }
        Some((end, value))
    }

    /// Whether "current" at `i` is a noun, a flow of water or electricity: after a word
    /// that qualifies flows ("the loop current", "a powerful current") or before what
    /// follows a noun ("a current that", "the current is", "into the current.", and
    /// the "{current}" of a page template).
    fn current_is_a_stream(&self, i: usize) -> bool {
        const FLOWS: [&str; 12] = [
            "loop",
            "ocean",
            "powerful",
            "strong",
            "electric",
            "electrical",
            "sea",
            "jet",
            "rip",
            "tidal",
            "surface",
            "undersea",
        ];
        const AFTER_NOUN: [&str; 13] = [
            "that", "which", "is", "was", "could", "would", "will", "may", "can", "might",
            "carries", "carried", "flows",
        ];
        (i > 0 && self.word_in(i - 1, &FLOWS))
            || match self.tokens.get(i + 1) {
                None => true,
                Some(_) => {
                    self.word_in(i + 1, &AFTER_NOUN)
                        || [b'.', b';', b':', b'?', b'!', b'}']
                            .iter()
                            .any(|&p| self.punct(i + 1, p))
                }
            }
    }

    /// Whether "past" at `i` (after "the") is the noun: what follows it is not a noun it
    /// qualifies but punctuation, a verb or a function word ("the past is prologue", "in
    /// the past we", "in the past, ...").
    fn past_is_a_noun(&self, i: usize) -> bool {
        const AFTER: [&str; 44] = [
            "is", "was", "has", "had", "have", "and", "or", "but", "when", "where", "that",
            "which", "as", "to", "of", "for", "in", "on", "at", "with", "by", "we", "i", "they",
            "he", "she", "it", "you", "there", "here", "will", "would", "can", "could", "may",
            "might", "should", "must", "were", "are", "than", "so", "because", "while",
        ];
        // "the past half century", "the past generation": an amount of time, not the past.
        const AMOUNTS: [&str; 8] =
            ["half", "couple", "generation", "thousand", "hundred", "dozen", "century", "era"];
        // "have in the past accused", "reflect on the past": after a preposition it is the
        // noun whatever follows.
        let after_preposition = i > 1
            && (matches!(self.lex(i - 2), Lex::In | Lex::Of | Lex::From | Lex::To | Lex::For)
                || self.word_in(i - 2, &["on", "into", "than", "with", "like", "about", "unlike"]));
        match self.tokens.get(i + 1) {
            None => true,
            Some(t) if t.kind != Kind::Word => !(self.punct(i + 1, b'-') && self.glued(i + 1)),
            Some(_) => {
                self.word_in(i + 1, &AFTER) || (after_preposition && !self.word_in(i + 1, &AMOUNTS))
            }
        }
    }

    /// The two amounts of "two to three", "four or five", "24-48" within `start..end`.
    fn amount_range(&self, start: usize, end: usize) -> Option<(f64, f64)> {
        (start..end).find_map(|p| {
            let (mid, Some(low)) = self.amount(p)? else {
                return None;
            };
            if !(matches!(self.lex(mid), Lex::To | Lex::Or) || self.range_dash(mid)) {
                return None;
            }
            match self.amount(mid + 1)? {
                (after, Some(high)) if after < end => Some((low, high)),
                _ => None,
            }
        })
    }

    /// A unit at `i`, or after a hyphen there ("half-century").
    fn unit_follows(&self, i: usize) -> bool {
        matches!(self.lex(i), Lex::Unit(..))
            || (self.punct(i, b'-') && self.glued(i) && matches!(self.lex(i + 1), Lex::Unit(..)))
    }

    /// Amount followed by a unit: "three days", "five-hour", "24 hours", "two more weeks".
    fn amount_unit(&self, i: usize) -> Option<(usize, Unit, Option<f64>)> {
        let (mut end, value) = self.amount(i)?;
        let mut value = value;
        // "two to three weeks", "12 to 18 months", "24-48 hours", "two or three days": one
        // stretch of uncertain length.
        if value.is_some()
            && (matches!(self.lex(end), Lex::To | Lex::Or)
                || (self.range_dash(end)
                    && self.glued(end)
                    && self.glued(end + 1)
                    && self.tokens[end - 1].kind == Kind::Number))
            && let Some((range_end, Some(_))) = self.amount(end + 1)
            && matches!(self.lex(range_end), Lex::Unit(..))
        {
            end = range_end;
            value = None;
        }
        // "two more weeks", "an additional year", "eight trading days"
        const QUALIFIERS: [&str; 5] = ["additional", "extra", "trading", "business", "working"];
        // "three-and-a-half years", "two-and-a-half-hour"
        let hyphen = |k: usize| self.punct(k, b'-') && self.glued(k);
        if hyphen(end)
            && self.lex(end + 1) == Lex::And
            && hyphen(end + 2)
            && self.lex(end + 3) == Lex::A
            && hyphen(end + 4)
            && self.lex(end + 5) == Lex::Half
        {
            value = value.map(|v| v + 0.5);
            end += if hyphen(end + 6) { 7 } else { 6 };
        } else if hyphen(end) || self.lex(end) == Lex::More || self.word_in(end, &QUALIFIERS) {
            end += 1;
        } else if self.lex(end) == Lex::And
            && self.lex(end + 1) == Lex::A
            && self.lex(end + 2) == Lex::Half
        {
            // "two and a half weeks"
            value = value.map(|v| v + 0.5);
            end += 3;
        }
        let Lex::Unit(unit, plural) = self.lex(end) else {
            return None;
        };
        // "a years" is not English ("a hundred years" is), "one days" is a typo we accept.
        if plural && matches!(self.lex(i), Lex::A | Lex::An) && value == Some(1.0) {
            return None;
        }
        end += 1;
        // "three-quarters of", "a quarter of the troops": fractions, not periods.
        if unit == Unit::Quarter
            && (self.lex(end) == Lex::Of
                || (plural && self.punct(end - 2, b'-'))
                || matches!(self.lex(i), Lex::A | Lex::An))
        {
            return None;
        }
        // "60 Minutes", "48 Hours", "One Year Later, Images of...": a capitalized unit after
        // a number, or after a capitalized word followed by another, is a title. (Shouting
        // in capitals, "TWO DAYS", is not.)
        if self.tokens[end - 1].cap
            && (self.tokens[i].kind == Kind::Number
                || (self.tokens[i].cap
                    && self.tokens.get(end).is_some_and(|t| t.cap)
                    && !self.slice(end - 1).bytes().all(|b| b.is_ascii_uppercase())))
        {
            return None;
        }
        // "a year-earlier figure": the unit belongs to the compound, not to the amount.
        if self.punct(end, b'-') && matches!(self.lex(end + 1), Lex::Earlier | Lex::Ago | Lex::End)
        {
            return None;
        }
        // Ages ("a 6-year-old boy", "52 years old") are not time expressions.
        if self.lex(end) == Lex::Old || (self.punct(end, b'-') && self.lex(end + 1) == Lex::Old) {
            return None;
        }
        if self.lex(end) == Lex::And
            && matches!(self.lex(end + 1), Lex::A)
            && self.lex(end + 2) == Lex::Half
        {
            value = value.map(|v| v + 0.5);
            end += 3;
        }
        Some((end, unit, value))
    }

    /// Guess the tense of the clause around tokens `start..end`: the nearest cue to the left
    /// within the sentence, else the nearest to the right.
    fn tense(&self, start: usize, end: usize) -> Tense {
        // "a new pact effective June 1": a date things take effect on is announced ahead.
        if start > 0 && self.word_is(start - 1, "effective") {
            return Tense::Future;
        }
        // "on patrol since March": a starting point is behind us, whatever else the
        // sentence plans.
        if start > 0 && self.lex(start - 1) == Lex::Since {
            return Tense::Elapsed;
        }
        // "postponed until Tuesday", "extended its deadline to Friday": a new, later date.
        if start > 0 && matches!(self.lex(start - 1), Lex::Until | Lex::To) {
            const MOVED: [&str; 6] = ["postpone", "delay", "extend", "defer", "adjourn", "resched"];
            let from = start.saturating_sub(8);
            let moved = (from..start - 1).any(|j| {
                let t = &self.tokens[j];
                t.kind == Kind::Word && {
                    let word = self.slice(j).as_bytes();
                    MOVED.iter().any(|m| {
                        word.len() >= m.len() && word[..m.len()].eq_ignore_ascii_case(m.as_bytes())
                    })
                }
            });
            if moved {
                return Tense::Future;
            }
        }
        let weekday = (start..end)
            .any(|k| matches!(self.lex(k), Lex::Weekday(_) | Lex::Unit(Unit::Weekend, _)));
        if weekday && let Some(tense) = self.called_for(start, end) {
            return tense;
        }
        let mut j = start;
        let mut steps = 0;
        // Where the sentence starts, once the scan gets there.
        let mut first = None;
        while j > 0 && steps < TENSE_SCAN_TOKENS {
            j -= 1;
            steps += 1;
            if self.sentence_break(j) {
                first = Some(j + 1);
                break;
            }
            if j == 0 {
                first = Some(0);
            }
            // "sales since his death on 25 June": what a "since" phrase names is behind us
            // ("Since taking office, he plans to visit in May" is another clause).
            if self.lex(j) == Lex::Since && !(j..start).any(|k| self.punct(k, b',')) {
                return Tense::Elapsed;
            }
            // "is protesting in 50 cities from Thursday", "are meeting on Monday": the present
            // progressive with a weekday tells of an arrangement, and it is the nearer verb
            // (not across a comma: "is extending west, according to an image taken Monday").
            if self.progressive_at(j) && weekday && !(j..start).any(|k| self.punct(k, b',')) {
                return Tense::Future;
            }
            // "ahead of Senate hearings Tuesday", "speaking ahead of the Golden Globes on
            // Sunday": what something happens ahead of is usually the coming day of that name,
            // but may be one just past; the nearer one either side. ("ahead of Tuesday's
            // ruling" is read with the thing decided, below.)
            if self.lex(j) == Lex::Ahead
                && self.lex(j + 1) == Lex::Of
                && !self.possessive_s(end)
                && !(j..start).any(|k| self.punct(k, b','))
            {
                if weekday {
                    return Tense::Intended;
                }
                // "ahead of November elections", "ahead of the June summit": a month the
                // text looks forward to (but "ahead of the April 20 anniversary" may tell a
                // story).
                let month =
                    (start..end).all(|k| matches!(self.lex(k), Lex::Month(_) | Lex::MonthAbbr(_)));
                if month && start <= j + 3 {
                    return Tense::Future;
                }
            }
            if let Some(mut tense) = self.tense_cue(j) {
                let reported = tense == Tense::Past;
                // Only a verb right before the date puts it firmly behind: "died in June",
                // not "decided the boy should go home by Jan. 14".
                // "died in June", "fled on Friday"; but "remained closed until June 7" and
                // "conflicted with Thanksgiving plans" are about something else.
                let preposition = |k: usize| {
                    matches!(self.lex(k), Lex::In | Lex::At | Lex::During) || self.word_is(k, "on")
                };
                let adjacent = || {
                    steps == 1
                        || (steps == 2 && preposition(j + 1))
                        // "shown here in April"
                        || (steps == 3
                            && self.word_in(j + 1, &["here", "there"])
                            && preposition(j + 2))
                        || self.place_between(j, start)
                        || self.object_between(j, start)
                };
                if tense == Tense::Elapsed && !adjacent() {
                    tense = Tense::Past;
                }
                // "said on June 23", "wrote in an e-mail June 23": the date of the report
                // itself is behind us (but "said June 23 would be the deadline" names a date
                // the report is about).
                let report_dated = || {
                    steps == 1
                        || (steps == 2 && preposition(j + 1))
                        || self.medium_between(j, start)
                };
                let names_month = || {
                    (start..end).any(|k| matches!(self.lex(k), Lex::Month(_) | Lex::MonthAbbr(_)))
                };
                if reported
                    && names_month()
                    && report_dated()
                    && !matches!(self.lex(end), Lex::Would | Lex::FutureCue | Lex::PastCue)
                    && !self.word_in(end, &["is", "are"])
                {
                    tense = Tense::Elapsed;
                }
                // "something they can do by Friday": a deadline of what can be done is ahead.
                if tense == Tense::Intended
                    && start > 0
                    && matches!(self.lex(start - 1), Lex::By | Lex::Until)
                {
                    return Tense::Future;
                }
                if !(tense.is_past() && self.after_auxiliary(j)) {
                    // "said a BP audit in September found problems": the reported clause has
                    // its own verb right after the date, and that one is firmly past.
                    if reported
                        && end < self.tokens.len()
                        && self.tense_cue(end) == Some(Tense::Elapsed)
                    {
                        return Tense::Elapsed;
                    }
                    return tense;
                }
            }
        }
        // "Join us on Saturday", "Tune in Monday", "…, but be there on Friday": a date an
        // imperative asks for lies ahead.
        let scanned = first.unwrap_or(j);
        if (scanned..start).any(|k| {
            (Some(k) == first
                || (k >= scanned + 2
                    && self.punct(k - 2, b',')
                    && self.word_in(k - 1, &["but", "and", "then"])))
                && self.word_in(k, &IMPERATIVES)
        }) {
            return Tense::Future;
        }
        let mut j = end;
        while j < self.tokens.len() && j < end + 8 {
            // A quotation after the date has its own tense: "On Sunday evening, McCain,
            // saying "this may sound unusual," said…".
            if self.sentence_break(j) || self.opens_quote(j) {
                break;
            }
            if let Some(tense) = self.tense_cue(j) {
                if self.weak_modal_beyond(end, j) {
                    break;
                }
                // After the date, "the decision I took on Monday was to allow" is a copula.
                if tense == Tense::Intended && self.word_in(j, &["was", "were"]) {
                    j += 1;
                    continue;
                }
                // "assuming the leak is plugged by then"
                if tense.is_past() && self.after_auxiliary(j) {
                    j += 1;
                    continue;
                }
                // After the date, "the campaign promised to release" is a past promise.
                if tense == Tense::Future && self.is_intention(j) {
                    return Tense::Past;
                }
                // "in April and May there was violence": a state or event told right after
                // the date is as firmly behind as one told right before it.
                let close = j <= end + 2 && self.word_in(j, &["was", "were"]);
                return if tense == Tense::Elapsed && !close { Tense::Past } else { tense };
            }
            j += 1;
        }
        // With no verb to go by, a deadline ("by January", "until March") lies ahead; "stand
        // by" and "stop by" are verbs with a particle ("pass by November" is a deadline).
        let phrasal = start > 1
            && self.word_in(
                start - 2,
                &["stand", "stood", "standing", "stop", "stopped", "drop", "dropped"],
            );
        if start > 0 && matches!(self.lex(start - 1), Lex::By | Lex::Until) && !phrasal {
            // "By the end of May, the company's best hopes of plugging the leak rested on…",
            // "Until Saturday none of the sludge had washed ashore": a sentence that opens
            // with the deadline tells its verb later on.
            let opens = self.opens_sentence(start - 1);
            if opens {
                let told = (end + 1..(end + 24).min(self.tokens.len()))
                    .take_while(|&k| !self.sentence_break(k))
                    .find_map(|k| self.tense_cue(k).filter(|_| !self.after_auxiliary(k)));
                if let Some(tense) = told {
                    return if tense.is_past() { Tense::Elapsed } else { tense };
                }
            }
            return Tense::Future;
        }
        Tense::Unknown
    }

    /// "buried at a ceremony in September", "arrested at his home on Friday": between the
    /// verb at `verb` and the date at `date` only a short phrase that starts with a
    /// preposition, and the date after one too. (The tokens between hold no tense cue: the
    /// scan that found the verb passed them.) A participle after a noun phrase describes the
    /// noun, whose time may differ: "a holiday booked in Mexico in July".
    fn place_between(&self, verb: usize, date: usize) -> bool {
        const PREPOSITIONS: [&str; 5] = ["at", "in", "on", "near", "outside"];
        let preposition = |j: usize| self.word_in(j, &PREPOSITIONS);
        // A word in -ed after "the holiday" may be a participle; "the singer died" is a verb.
        let participle = self.tokens[verb].lex == Lex::None;
        !(participle && verb > 0 && self.is_determiner(verb - 1))
            && date >= verb + 4
            && date <= verb + 7
            && preposition(verb + 1)
            && preposition(date - 1)
            && (verb + 2..date - 1).all(|j| self.tokens[j].kind == Kind::Word)
    }

    /// "said in a statement Monday", "wrote in an e-mail on June 23": between the reporting
    /// verb at `verb` and the date at `date` only the medium of the report.
    fn medium_between(&self, verb: usize, date: usize) -> bool {
        // "e-mail" is three tokens, matched below.
        const MEDIA: [&str; 13] = [
            "statement",
            "email",
            "letter",
            "interview",
            "memo",
            "filing",
            "speech",
            "note",
            "message",
            "post",
            "tweet",
            "release",
            "report",
        ];
        let last = if self.word_is(date - 1, "on") { date - 1 } else { date };
        last >= verb + 4
            && last <= verb + 6
            && self.lex(verb + 1) == Lex::In
            && matches!(self.lex(verb + 2), Lex::A | Lex::An)
            && (self.word_in(last - 1, &MEDIA)
                || (self.punct(last - 2, b'-') && self.word_is(last - 1, "mail")))
    }

    /// "seized the ship on April 18", "attacked it Monday": between the past verb at `verb`
    /// and the date only its object, a short noun phrase, and the date's preposition; no
    /// second verb, infinitive or clause ("decided the boy should go home by Jan. 14").
    fn object_between(&self, verb: usize, date: usize) -> bool {
        const OPENERS: [&str; 12] =
            ["the", "a", "an", "its", "his", "her", "their", "our", "it", "them", "him", "us"];
        const CLAUSE: [&str; 12] =
            ["to", "that", "and", "or", "but", "as", "than", "who", "which", "with", "for", "by"];
        // At most four words of object and a preposition.
        if date > verb + 6 {
            return false;
        }
        let participle = self.tokens[verb].lex == Lex::None;
        if participle && verb > 0 && self.is_determiner(verb - 1) {
            return false;
        }
        // "She's got a runoff on June 22": "has got" is "has".
        if verb > 0 && (self.word_in(verb - 1, &["s", "has", "have", "had"])) {
            return false;
        }
        let last =
            if self.word_in(date - 1, &["on", "in", "at", "during"]) { date - 1 } else { date };
        last > verb + 1
            && last <= verb + 5
            && (self.word_in(verb + 1, &OPENERS) || self.tokens[verb + 1].cap)
            && (verb + 1..last).all(|k| {
                let t = &self.tokens[k];
                t.kind == Kind::Word
                    && (t.lex == Lex::None || self.word_in(k, &OPENERS))
                    && !self.word_in(k, &CLAUSE)
                    && !self.slice(k).ends_with("ed")
                    && !self.slice(k).ends_with("ing")
                    && !self.slice(k).ends_with("ly")
            })
    }

    /// "will be signed", "has been delayed", "is plugged": a participle at `j` after an
    /// auxiliary, which decides the tense instead. So does "will be paid": irregular
    /// participles are past cues too.
    fn after_auxiliary(&self, j: usize) -> bool {
        // "will be officially released", "is not stopped"
        let adverb = |k: usize| self.word_is(k, "not") || self.slice(k).ends_with("ly");
        let auxiliary = j > 0
            && (self.is_auxiliary(j - 1) || (j > 1 && adverb(j - 1) && self.is_auxiliary(j - 2)));
        // "has said", "have told": a present perfect of a report is a past report, not a
        // passive ("is expected", "has been scheduled").
        let perfect_report =
            j > 0 && self.word_in(j - 1, &["has", "have"]) && self.word_in(j, &["said", "told"]);
        auxiliary
            && !perfect_report
            && matches!(self.tokens[j].lex, Lex::None | Lex::PastCue | Lex::Participle | Lex::Ended)
            && !self.is_finite_past(j)
    }

    /// "a still unspecified date", "the newly elected leader": an adverb between a
    /// determiner and the word at `j`, which is then an adjective.
    fn adverb_after_determiner(&self, j: usize) -> bool {
        j > 1 && {
            let adverb = self.word_in(j - 1, &["still", "yet", "already", "now", "once"])
                || (self.tokens[j - 1].kind == Kind::Word && self.slice(j - 1).ends_with("ly"));
            adverb && self.is_determiner(j - 1)
        }
    }

    /// Whether the token before `j` is a determiner.
    fn is_determiner(&self, j: usize) -> bool {
        j > 0
            && (matches!(self.lex(j - 1), Lex::The | Lex::A | Lex::An | Lex::This | Lex::That)
                || self.word_in(j - 1, &["its", "their", "his", "her", "our"]))
    }

    /// Whether a modal at `j` governs a perfect: "may have been killed", "might have left",
    /// "expected to have died" (but not "will have a flight").
    fn perfect_after(&self, j: usize) -> bool {
        let have = if self.word_is(j + 1, "have") {
            j + 1
        } else if self.lex(j + 1) == Lex::To && self.word_is(j + 2, "have") {
            j + 2
        } else {
            return false;
        };
        self.tokens.get(have + 1).is_some_and(|t| {
            t.kind == Kind::Word && {
                let word = self.slice(have + 1);
                word.eq_ignore_ascii_case("been")
                    || t.lex == Lex::PastCue
                    || (word.len() > 3 && word.ends_with("ed"))
            }
        })
    }

    /// A word naming a stretch of the calendar: "weeks", "Monday", "March", "summer".
    fn temporal_noun(&self, j: usize) -> bool {
        matches!(
            self.lex(j),
            Lex::Unit(..)
                | Lex::Weekday(_)
                | Lex::Weekdays(_)
                | Lex::Month(_)
                | Lex::MonthAbbr(_)
                | Lex::Season(_)
                | Lex::PartOfDay(_)
        )
    }

    /// "was", "were", "had", "did": finite forms that never follow an auxiliary as participles.
    fn is_finite_past(&self, j: usize) -> bool {
        self.word_in(j, &["was", "were", "had", "did"])
    }

    fn is_auxiliary(&self, j: usize) -> bool {
        self.word_in(j, &["be", "been", "being", "is", "are", "has", "have", "get", "gets", "got"])
    }

    fn sentence_break(&self, j: usize) -> bool {
        let t = &self.tokens[j];
        // "getting on with their lives On Friday one young man": a caption ran into the text
        // without its full stop, and a capitalised "On" after a small word starts anew.
        if t.kind == Kind::Word {
            return t.cap
                && j > 0
                && self.tokens[j - 1].kind == Kind::Word
                && !self.tokens[j - 1].cap
                && self.word_in(j, &["On", "In", "At", "But"]);
        }
        if t.kind != Kind::Punct {
            return false;
        }
        match t.num as u8 {
            b'!' | b'?' | b';' => true,
            // "Feb.", "U.S.", "Mr." and "Roe vs. Wade" do not end a sentence.
            b'.' => {
                j == 0 || {
                    let prev = &self.tokens[j - 1];
                    !(matches!(prev.lex, Lex::MonthAbbr(_))
                        || (prev.kind == Kind::Word && prev.len == 1)
                        || (prev.kind == Kind::Word
                            && (prev.cap || prev.len == 2)
                            && prev.len <= 4
                            && self.word_in(j - 1, &TITLES)))
                }
            }
            _ => false,
        }
    }

    /// Token `j` opens a quotation: a straight quote glued to the word after it but not to
    /// the one before, or a left curly quote.
    fn opens_quote(&self, j: usize) -> bool {
        let Some(t) = self.tokens.get(j) else { return false };
        (t.is_punct(b'"') && self.glued(j + 1) && !self.glued(j))
            || (t.kind == Kind::Other && self.slice(j) == "\u{201c}")
    }

    /// Token `j` closes a quotation: a quote mark glued to what comes before it (a straight
    /// or right curly double quote, or a straight single one).
    fn closes_quote(&self, j: usize) -> bool {
        let Some(t) = self.tokens.get(j) else { return false };
        ((t.is_punct(b'"') || t.is_punct(b'\'')) && self.glued(j))
            || (t.kind == Kind::Other && self.slice(j) == "\u{201d}")
    }

    fn tense_cue(&self, j: usize) -> Option<Tense> {
        let t = &self.tokens[j];
        match t.lex {
            // "next to the embassy" is a place.
            Lex::Next if self.lex(j + 1) == Lex::To => None,
            // "may have been killed", "might have left", "expected to have died": a modal
            // perfect looks back.
            // "will have spent" is a future perfect.
            Lex::FutureCue | Lex::Month(5)
                if !self.tokens[j].cap
                    && self.perfect_after(j)
                    && !self.word_in(j, &["will", "shall"]) =>
            {
                Some(Tense::Past)
            }
            Lex::FutureCue => self.future_cue(j),
            // "we'd meet" is "would"; "we'd been" and "she'd left" are "had".
            Lex::None if self.word_is(j, "d") && j > 0 && self.punct(j - 1, b'\'') => {
                let next = self.tokens.get(j + 1).map_or("", |_| self.slice(j + 1));
                let had = next.eq_ignore_ascii_case("been")
                    || (next.len() > 3 && next.ends_with("ed"))
                    || self.lex(j + 1) == Lex::PastCue;
                Some(if had { Tense::Past } else { Tense::Future })
            }
            // "the next afternoon" counts from the narrative, not toward the future.
            Lex::Next if j > 0 && self.lex(j - 1) == Lex::The && self.temporal_noun(j + 1) => None,
            // "started coming ashore" is a verb; "the coming weeks" looks ahead.
            Lex::Coming if !self.temporal_noun(j + 1) => None,
            // "would not say Friday", "wouldn't comment Monday": a refusal, reported.
            Lex::Would if self.refusal_after(j) => Some(Tense::Past),
            Lex::Would | Lex::Next | Lex::Tomorrow | Lex::Coming | Lex::Upcoming => {
                Some(Tense::Future)
            }
            // "he was going to dissolve the government Saturday": a plan told in the past,
            // as likely done by now as still ahead.
            Lex::PastCue if self.was_going_to(j) => Some(Tense::Intended),
            // "were planning to drive", "was expected to land": a plan reported in the past
            // still looks ahead.
            Lex::PastCue
                if self.word_in(j, &["was", "were"]) && self.lex(j + 1) == Lex::FutureCue =>
            {
                self.future_cue(j + 1).or(Some(Tense::Past))
            }
            // "Bonnie was to enter the Gulf by the weekend": a plan told in the past.
            Lex::PastCue
                if self.word_in(j, &["was", "were"])
                    && self.lex(j + 1) == Lex::To
                    && self.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Word) =>
            {
                Some(Tense::Intended)
            }
            // "won't" is "will not", not the past of "win".
            Lex::PastCue
                if self.word_is(j, "won")
                    && self.punct(j + 1, b'\'')
                    && self.word_is(j + 2, "t") =>
            {
                Some(Tense::Future)
            }
            // "decided to cancel the debate on Friday": the date belongs to what was decided.
            Lex::PastCue if self.lex(j + 1) == Lex::To && self.is_intention(j) => {
                Some(Tense::Future)
            }
            Lex::PastCue => Some(self.past_strength(j)),
            Lex::Participle => {
                const BEFORE: [&str; 10] =
                    ["was", "were", "had", "has", "have", "is", "are", "be", "been", "being"];
                let verb = j > 0 && (self.punct(j - 1, b',') || self.word_in(j - 1, &BEFORE));
                verb.then_some(Tense::Elapsed)
            }
            Lex::Ago | Lex::Yesterday => Some(Tense::Past),
            // "the quarter ended Sept. 30"; but "his term ends in September" looks ahead.
            Lex::Ended if self.word_is(j, "ended") => Some(Tense::Past),
            Lex::Ended if self.word_is(j, "ends") => Some(Tense::Future),
            // A timetable in the present: "drilling starts on 16 May", "the third departs
            // from August 6", "it takes effect on April 30"; "the mud begins to swirl" is
            // a story told in the present.
            Lex::None
                if t.kind == Kind::Word
                    && (5..=8).contains(&t.len)
                    && self.slice(j).ends_with('s')
                    && ((self.word_in(j, &SCHEDULED) && self.lex(j + 1) != Lex::To)
                        || (self.word_is(j, "takes") && self.word_is(j + 1, "effect"))) =>
            {
                Some(Tense::Future)
            }
            // "when the leaders meet on Saturday", "the board meets Monday": a meeting told
            // in the present is on the calendar; "did not meet" is not, and "to meet demand
            // into the summer" is no meeting.
            Lex::None
                if (t.len == 4 || t.len == 5)
                    && self.text.as_bytes()[t.start as usize] | 0x20 == b'm'
                    && self.word_in(j, &["meet", "meets"])
                    && !(j > 0 && self.word_in(j - 1, &["did", "not", "never", "t"]))
                    && (self.tokens.get(j + 1).is_some_and(|t| t.cap)
                        || matches!(
                            self.lex(j + 1),
                            Lex::Weekday(_) | Lex::Today | Lex::Tomorrow
                        )
                        || self.word_in(j + 1, &MEETING_WORDS)) =>
            {
                Some(Tense::Future)
            }
            // "we can not show up on Friday", "so he can appoint a government Saturday": what
            // can be done lies after the saying, nearest either side of it (as a plan told in
            // the past); "can happen in a day" is no date ahead.
            Lex::None if (t.len == 3 || t.len == 6) && self.word_in(j, &["can", "cannot"]) => {
                Some(Tense::Intended)
            }
            // "may be helping keep the infection down" tells of now, not of later.
            Lex::Month(5) if !t.cap && self.progressive_after(j) => None,
            Lex::Month(5) if !t.cap => Some(Tense::Future),
            // "is to resume", "set to meet", "going to vote", "likely to reopen"; but "was
            // going to dissolve" is a plan told in the past (see `PastCue`).
            Lex::To
                if j > 0
                    && self.word_in(
                        j - 1,
                        &["is", "are", "set", "going", "supposed", "likely", "unlikely"],
                    ) =>
            {
                let told = j > 1 && self.was_going_to(j - 2);
                Some(if told { Tense::Intended } else { Tense::Future })
            }
            // A past participle after a determiner is an adjective: "the reduced dividend".
            Lex::None
                if t.kind == Kind::Word
                    && !t.cap
                    && t.len > 4
                    && !self.is_determiner(j)
                    && !self.adverb_after_determiner(j) =>
            {
                let word = self.slice(j);
                if !word.ends_with("ed") || word.ends_with("eed") {
                    return None;
                }
                // "agreed to hold talks on March 3": the date belongs to what was agreed.
                if self.lex(j + 1) == Lex::To && self.is_intention(j) {
                    return Some(Tense::Future);
                }
                // "Egypt braced for a march of millions Tuesday": what one braces for is ahead.
                if self.lex(j + 1) == Lex::For && self.word_in(j, &["braced", "prepared"]) {
                    return Some(Tense::Future);
                }
                Some(self.past_strength(j))
            }
            _ => None,
        }
    }

    /// "called for a rally Monday", "calling for mass protests on Saturday", "calling for a
    /// delay in Friday's debate": the date between `start` and `end` is that of a gathering
    /// somebody calls for, which the date follows or which follows the date's "'s". Called
    /// for in the present, it lies ahead; told in the past, it is the nearest such day
    /// either side of the telling ("called for calm Monday" dates the call, and stays
    /// with the ordinary scan).
    fn called_for(&self, start: usize, end: usize) -> Option<Tense> {
        const GATHERINGS: [&str; 24] = [
            "protest",
            "protests",
            "rally",
            "rallies",
            "demonstration",
            "demonstrations",
            "march",
            "marches",
            "strike",
            "strikes",
            "vote",
            "referendum",
            "election",
            "elections",
            "boycott",
            "meeting",
            "talks",
            "debate",
            "vigil",
            "prayers",
            "summit",
            "session",
            "hearing",
            "walkout",
        ];
        let before = if start > 0 && self.word_is(start - 1, "on") { start - 1 } else { start };
        let named_before = before > 0 && self.word_in(before - 1, &GATHERINGS);
        let named_after = self.possessive_s(end) && self.word_within(end + 2, 3, &GATHERINGS);
        if !(named_before || named_after) {
            return None;
        }
        let for_at = (start.saturating_sub(7)..start)
            .rev()
            .take_while(|&k| self.tokens[k].kind == Kind::Word)
            .find(|&k| self.lex(k) == Lex::For)?;
        if for_at == 0 {
            return None;
        }
        if self.word_in(for_at - 1, &["call", "calls", "calling"]) {
            Some(Tense::Future)
        } else if self.word_is(for_at - 1, "called") {
            Some(Tense::Intended)
        } else {
            None
        }
    }

    /// "was going to", "were going to" starting at `j`: a plan told in the past.
    fn was_going_to(&self, j: usize) -> bool {
        self.lex(j + 2) == Lex::To
            && self.word_is(j + 1, "going")
            && self.word_in(j, &["was", "were"])
    }

    /// A present progressive ends at `j`: "is protesting", "are meeting".
    fn progressive_at(&self, j: usize) -> bool {
        const BE: [&str; 3] = ["is", "are", "am"];
        // "is still making calls", "are now meeting"
        let adverb = |k: usize| self.word_in(k, &["still", "now", "also", "already"]);
        self.ing_form(j, 6)
            && j > 0
            && (self.word_in(j - 1, &BE) || (j > 1 && adverb(j - 1) && self.word_in(j - 2, &BE)))
    }

    /// An "-ing" word of at least `min_len` bytes at `j` ("meeting", not "sing").
    fn ing_form(&self, j: usize, min_len: usize) -> bool {
        self.tokens.get(j).is_some_and(|t| t.kind == Kind::Word && t.len as usize >= min_len)
            && self.slice(j).ends_with("ing")
    }

    /// "would not say", "wouldn't comment", "would only say", "would neither confirm nor
    /// deny": after the "would" at `j`, a refusal to speak (or to budge), which news tells
    /// of a day already past.
    fn refusal_after(&self, j: usize) -> bool {
        const SPEAK: [&str; 17] = [
            "say",
            "comment",
            "confirm",
            "deny",
            "disclose",
            "discuss",
            "elaborate",
            "reveal",
            "specify",
            "identify",
            "name",
            "speculate",
            "answer",
            "budge",
            "give",
            "release",
            "provide",
        ];
        // "wouldn't" is "wouldn", "'", "t".
        let mut k = j + 1;
        if self.punct(k, b'\'') && self.word_is(k + 1, "t") {
            k += 2;
        } else if self.word_in(k, &["not", "only", "neither"]) {
            k += 1;
        } else {
            return false;
        }
        self.word_in(k, &SPEAK)
    }

    /// "may be helping", "might be working": "be" and an -ing form after the modal at `j`.
    fn progressive_after(&self, j: usize) -> bool {
        self.word_is(j + 1, "be") && self.ing_form(j + 2, 5)
    }

    /// A past verb at `j` that reports speech ("said", "announced") only frames its clause:
    /// what was said may lie ahead. Any other past verb ("died", "fled") puts its clause
    /// behind the document.
    fn past_strength(&self, j: usize) -> Tense {
        const REPORTING: [&str; 22] = [
            "said",
            "told",
            "announced",
            "reported",
            "wrote",
            "declared",
            "added",
            "noted",
            "stated",
            "warned",
            "predicted",
            "estimated",
            "projected",
            "indicated",
            "confirmed",
            "disclosed",
            "explained",
            "claimed",
            "insisted",
            "urged",
            "signaled",
            "suggested",
        ];
        if self.word_in(j, &REPORTING) { Tense::Past } else { Tense::Elapsed }
    }

    /// A past verb of intent, whose "to" clause looks ahead: "agreed to", "vowed to".
    fn is_intention(&self, j: usize) -> bool {
        const INTENT: [&str; 16] = [
            "agreed",
            "decided",
            "voted",
            "promised",
            "pledged",
            "vowed",
            "threatened",
            "asked",
            "urged",
            "hoped",
            "wanted",
            "offered",
            "proposed",
            "sought",
            "moved",
            "prepared",
        ];
        // The "to" must open a verb: "moved to block the sale", not "moved to Paris" or
        // "agreed to the deal".
        let verb_after = self.tokens.get(j + 2).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.cap
                && t.lex == Lex::None
                && !self.word_in(j + 2, &["its", "their", "his", "her", "our", "my", "your"])
        });
        verb_after && self.word_in(j, &INTENT)
    }

    /// What a future cue word ("will", "scheduled", "plans") says about its clause.
    fn future_cue(&self, j: usize) -> Option<Tense> {
        // A plan in the past perfect is over: "had been scheduled to expire Friday".
        let perfect = (j >= 1 && self.word_is(j - 1, "had"))
            || (j >= 2 && self.word_is(j - 1, "been") && self.word_is(j - 2, "had"));
        // "was due to begin on Tuesday, but…" mostly tells of a date that came and went.
        let was_due = self.word_is(j, "due") && j >= 1 && self.word_in(j - 1, &["was", "were"]);
        if perfect || was_due {
            return Some(Tense::Past);
        }
        // "better than expected results", "as planned": a comparison, not a plan.
        let word = self.slice(j);
        if j >= 1 && self.word_in(j - 1, &["than", "as"]) && word.ends_with("ed") {
            return None;
        }
        // "plans" and "plan" are often nouns ("vacation plans for the trip"): they look ahead
        // only before "to". "planned" is a past form unless a present auxiliary carries it
        // ("is planned").
        if ["plans", "plan"].iter().any(|w| word.eq_ignore_ascii_case(w)) {
            return (self.lex(j + 1) == Lex::To).then_some(Tense::Future);
        }
        // So is "hopes" ("the company's best hopes rested on"), unless a hope follows.
        if word.eq_ignore_ascii_case("hopes") {
            let hope = matches!(self.lex(j + 1), Lex::To | Lex::For) || self.word_is(j + 1, "that");
            return hope.then_some(Tense::Future);
        }
        // "woke me up for preparing to work", "after planning the trip": a gerund after a
        // preposition plans nothing.
        if (word.eq_ignore_ascii_case("planning") || word.eq_ignore_ascii_case("preparing"))
            && j > 0
            && matches!(self.lex(j - 1), Lex::For | Lex::After | Lex::Before | Lex::By | Lex::In)
        {
            return None;
        }
        if word.eq_ignore_ascii_case("planning") {
            return matches!(self.lex(j + 1), Lex::To | Lex::For).then_some(Tense::Future);
        }
        // A present auxiliary carries "is planned", "are expected" ahead; without one, the
        // plan is told in the past.
        // ("was expected to land Friday" and "was planned" keep their readings: ahead, and
        // behind.)
        let present = j >= 1 && self.word_in(j - 1, &["is", "are", "am", "be", "been", "s"]);
        let reported = j >= 1 && self.word_in(j - 1, &["was", "were"]);
        if word.eq_ignore_ascii_case("planned") {
            return match (present, reported) {
                (true, _) => Some(Tense::Future),
                (false, true) => None,
                (false, false) => Some(Tense::Intended),
            };
        }
        let auxiliary = j >= 1 && self.is_auxiliary(j - 1);
        if word.eq_ignore_ascii_case("expected") && !(present || reported || auxiliary) {
            return Some(Tense::Intended);
        }
        // "could be", "should start" look ahead; "could not be reached", "I could smell the
        // oil" are past abilities.
        if word.eq_ignore_ascii_case("could") {
            // "could see new snow records" looks ahead, so "see" is not among them.
            const SENSES: [&str; 3] = ["hear", "smell", "feel"];
            // "Nobody could be reached", "Neither side could agree": a failure, so past.
            const NONE: [&str; 3] = ["nobody", "neither", "nor"];
            let denied = (j.saturating_sub(6)..j).any(|k| self.word_in(k, &NONE));
            if denied || self.word_is(j + 1, "not") || self.word_in(j + 1, &SENSES) {
                return Some(Tense::Past);
            }
        }
        Some(Tense::Future)
    }

    /// "should" and "could" after a date speak for it only within its clause: not in "his
    /// statement Tuesday that the country should", "in April that BP could".
    fn weak_modal_beyond(&self, end: usize, j: usize) -> bool {
        self.word_in(j, &["should", "could"])
            && (end..j).any(|k| {
                self.word_in(k, &["that", "which"]) || self.punct(k, b',') || self.punct(k, b':')
            })
    }

    /// The end of "1969-71" or "1999-2000" written short: the later year, in the century
    /// that makes it follow `first`. "2008-09" is left alone (it could be September 2008).
    fn range_short_year(&self, i: usize, first: i32) -> Option<(usize, i32)> {
        if !(self.punct(i, b'-') && self.glued(i) && self.glued(i + 1)) {
            return None;
        }
        let t = self.tokens.get(i + 1)?;
        // "2008-2009"
        if t.kind == Kind::Number
            && t.len == 4
            && (first + 1..=first + 20).contains(&(t.num as i32))
            && !self.punct(i + 2, b'-')
        {
            return Some((i + 2, t.num as i32));
        }
        if t.kind != Kind::Number || t.len != 2 || self.punct(i + 2, b'-') {
            return None;
        }
        // "2006-07" and "the 2004-06 period" run forward a few years; "2010-06" could be June.
        let gap = t.num as i32 - first.rem_euclid(100);
        if t.num <= 12 && !(1..=5).contains(&gap) {
            return None;
        }
        let mut year = first - first.rem_euclid(100) + t.num as i32;
        if year <= first {
            year += 100;
        }
        Some((i + 2, year))
    }

    /// Whether token `i` is a hyphen or an en dash between the ends of a range.
    fn range_dash(&self, i: usize) -> bool {
        self.punct(i, b'-')
            || (self.tokens.get(i).is_some_and(|t| t.kind == Kind::Other)
                && self.slice(i).starts_with('\u{2013}'))
    }

    /// A second day after the date at `start..i`, "Feb. 10-20", "April 24 and 25", "from
    /// April 23 to 28", "between April 23 and 28": the end and the day.
    fn range_day(&self, start: usize, i: usize, first_day: u8) -> Option<(usize, u8)> {
        let dash = self.range_dash(i);
        let opener = if start > 0 { self.lex(start - 1) } else { Lex::None };
        let and = matches!(self.lex(i), Lex::And | Lex::Or);
        let to = matches!(self.lex(i), Lex::To | Lex::Through | Lex::Until);
        if !dash && !and && !to {
            return None;
        }
        let (end, day) = self.day_number(i + 1)?;
        // "on April 24 and 25.": a second day of the same month, when nothing follows the
        // number that could make it a count ("April 24 and 25 people"). After "between" or
        // "from", a word that goes on with the sentence may follow ("between April 23 and 28
        // and then"); "to" needs that opener.
        const GOES_ON: [&str; 14] = [
            "and", "in", "at", "on", "this", "that", "when", "while", "with", "for", "but",
            "before", "after", "as",
        ];
        let paired = matches!((opener, self.lex(i)), (Lex::Between, Lex::And) | (Lex::From, _));
        let goes_on = self.sentence_end_or_punct(end) || (paired && self.word_in(end, &GOES_ON));
        if (and || to) && !goes_on {
            return None;
        }
        if to && opener != Lex::From {
            return None;
        }
        // "Feb. 7 - 18 hrs ago", "Feb. 7 - 10 percent": the number counts something else.
        if dash
            && (matches!(self.lex(end), Lex::Unit(..)) || self.word_in(end, &["percent", "per"]))
        {
            return None;
        }
        // "17-23 October": the second day has a month of its own.
        let month_follows = matches!(self.lex(end), Lex::Month(_) | Lex::MonthAbbr(_));
        (day > first_day && self.year_number(end).is_none() && !month_follows).then_some((end, day))
    }

    fn parse_at(&self, i: usize) -> Option<Match> {
        let turn = self.turn_of_century(i);
        let (mut prefix_modifier, j, mut prefix_in_span) = match turn {
            Some(_) => (None, i, true),
            None => {
                self.prefix(i).map_or((None, i, false), |(m, j, in_span)| (Some(m), j, in_span))
            }
        };
        let (article, k) = if self.lex(j) == Lex::The { (true, j + 1) } else { (false, j) };
        // Hyphenated compounds are adjectives ("the third-quarter loss"): the article belongs
        // to the noun they modify.
        let core = match turn {
            Some(core) => core,
            None => self.core(k).filter(|c| {
                let hyphenated = c.end >= k + 3
                    && self.punct(c.end - 2, b'-')
                    && matches!(self.lex(c.end - 1), Lex::Unit(..));
                !article || (c.article && !hyphenated)
            })?,
        };
        // "fewer than the week before", "more than last year": amounts compared, and the
        // period they are compared with.
        if matches!(prefix_modifier, Some(Modifier::MoreThan | Modifier::LessThan))
            && matches!(core.expr, Expr::Anaphoric { .. } | Expr::Deictic { .. })
        {
            prefix_modifier = None;
            prefix_in_span = false;
        }
        let mut start = if prefix_in_span {
            i
        } else if article {
            j
        } else {
            k
        };
        // "St. Patrick's Day", "Saint Patrick's Day"
        if matches!(core.expr, Expr::Holiday { .. }) && self.word_is(start, "patrick") {
            if start >= 2 && self.punct(start - 1, b'.') && self.word_is(start - 2, "st") {
                start -= 2;
            } else if start >= 1 && self.word_in(start - 1, &["st", "saint"]) {
                start -= 1;
            }
        }
        // "the 6th of October bridge", "July 26 Street": a date naming a place is a name;
        // "a Christmas tree", "Easter eggs": things named after a holiday.
        let noun_after = self.tokens.get(core.end).is_some_and(|t| {
            t.kind == Kind::Word && t.lex == Lex::None && (3..=11).contains(&t.len)
        });
        if noun_after
            && match core.expr {
                Expr::Date { .. } => self.word_in(core.end, &PLACE_NOUNS),
                Expr::Holiday { .. } => self.word_in(core.end, &HOLIDAY_THINGS),
                _ => false,
            }
        {
            return None;
        }
        let mut end = core.end;
        let mut expr = core.expr;
        let mut modifier = core.modifier;
        // "a week or so", "the next year or so"
        if matches!(expr, Expr::Duration { .. } | Expr::Deictic { .. } | Expr::TrailingWeek)
            && self.lex(end) == Lex::Or
            && self.word_is(end + 1, "so")
        {
            end += 2;
            modifier = modifier.or(Some(Modifier::Approx));
        }
        // "the fourth century BC"
        if let Expr::Century(c) = expr
            && c >= 0
            && let Some(bc_end) = self.bc_suffix(end)
        {
            expr = Expr::Century(-c - 1);
            end = bc_end;
        }
        // "the week after next", "the weekend before last", "the Thursday before last": one
        // step beyond the nearest ("the day before last Tuesday's hearing" is not).
        if let Some(step) = self.beyond_nearest(end) {
            let the_before = start > 0 && self.lex(start - 1) == Lex::The;
            match expr {
                Expr::Deictic {
                    unit: Unit::Week | Unit::Weekend | Unit::Month | Unit::Year,
                    ..
                } if article => {
                    if let Expr::Deictic { offset, .. } = &mut expr {
                        *offset = 2 * step;
                    }
                    end += 2;
                }
                Expr::Weekday { weekday, relative: None } if the_before => {
                    let day = Box::new(Expr::Weekday { weekday, relative: Some(step) });
                    expr = Expr::DayFrom { day, offset: 7 * step };
                    start -= 1;
                    end += 2;
                }
                _ => {}
            }
        }
        // Suffixes that turn an amount of time into a point in time.
        if let Expr::Duration { unit, amount } = expr {
            match self.lex(end) {
                Lex::Ago => {
                    expr = Expr::Ago { unit, amount, sign: -1 };
                    end += 1;
                }
                // "reading about it several years back": "back" after an amount is "ago"
                // ("five years back to 2005", "a week back in jail" go somewhere else).
                _ if self.word_is(end, "back")
                    && !self.word_in(
                        end + 1,
                        &["to", "from", "in", "into", "on", "home", "up", "down", "out", "at"],
                    ) =>
                {
                    expr = Expr::Ago { unit, amount, sign: -1 };
                    end += 1;
                }
                // "two years before, …": "before" with nothing after it is "earlier".
                Lex::Before | Lex::After if self.clause_end(end + 1) => {
                    let sign = if self.lex(end) == Lex::After { 1 } else { -1 };
                    expr = Expr::Shift { unit, amount, sign };
                    end += 1;
                }
                // "six weeks earlier than planned" compares: it stays a stretch.
                Lex::Earlier | Lex::Later if !self.word_is(end + 1, "than") => {
                    let sign = if self.lex(end) == Lex::Later { 1 } else { -1 };
                    expr = Expr::Shift { unit, amount, sign };
                    end += 1;
                }
                // "a year from now", "30 days from today"; "a week from today" is a day.
                Lex::From if matches!(self.lex(end + 1), Lex::Now | Lex::Today) => {
                    expr = if unit == Unit::Week && self.lex(end + 1) == Lex::Today {
                        Expr::Ago { unit: Unit::Day, amount: amount.map(|n| n * 7.0), sign: 1 }
                    } else {
                        Expr::Ago { unit, amount, sign: 1 }
                    };
                    end += 2;
                }
                // "a week from Monday", "two weeks from tomorrow": a day counted from another;
                // not a stretch that starts there ("for three days from Monday", "a week
                // from Monday to Sunday", "a week from Monday's vote").
                Lex::From
                    if matches!(unit, Unit::Day | Unit::Week)
                        && amount.is_some_and(|n| n.fract() == 0.0)
                        && !(start > 0
                            && matches!(
                                self.lex(start - 1),
                                Lex::For | Lex::Over | Lex::Within
                            ))
                        && let Some(day) = self.day_core(end + 1)
                        && matches!(
                            day.expr,
                            Expr::Weekday { relative: None, .. }
                                | Expr::Deictic { unit: Unit::Day, offset: 0.. }
                        )
                        && !matches!(self.lex(day.end), Lex::To | Lex::Until | Lex::Through)
                        && !self.punct(day.end, b'\'')
                        && !self.punct(day.end, b'-') =>
                {
                    let days =
                        amount.unwrap_or(0.0) as i32 * if unit == Unit::Week { 7 } else { 1 };
                    expr = Expr::DayFrom { day: Box::new(day.expr), offset: days };
                    end = day.end;
                }
                _ if i > 0
                    && self.lex(i - 1) == Lex::In
                    && amount.is_some()
                    && !article
                    && prefix_modifier.is_none()
                    && unit >= Unit::Day
                    && !self.superlative_before(i - 1)
                    && !self.amount_before(i - 1)
                    && self.tense(i, end) == Tense::Future =>
                {
                    expr = Expr::Ago { unit, amount, sign: 1 };
                }
                _ => {}
            }
            // "four or five hours ago", "2-3 years ago": about the middle of the two.
            if let Expr::Ago { unit, amount: None, sign } = expr
                && let Some((low, high)) = self.amount_range(start, end)
            {
                expr = Expr::Ago { unit, amount: Some(((low + high) / 2.0).ceil()), sign };
                modifier = modifier.or(Some(Modifier::Approx));
            }
        }
        // "Islam will one day be...", "he hopes he one day follows": "one day" before a verb
        // is some day ahead, not a stretch of 24 hours.
        if let Expr::Duration { unit: Unit::Day, amount: Some(amount) } = expr
            && amount == 1.0
            && end == start + 2
            && self.word_is(start, "one")
            && start > 0
            && (matches!(self.lex(start - 1), Lex::FutureCue | Lex::Would)
                || self.word_in(start - 1, &["may", "can", "he", "she", "they", "we", "it"]))
        {
            expr = Expr::Vague("FUTURE_REF");
        }
        // "$500 million a year", "four flights a week", "5,000 barrels a day of oil": a rate
        // is a set, not a stretch ("gave authorities an extra week" is one, and so are
        // "features a week of concerts", "triggers a day of rage", with no count before).
        let counted =
            || (start.saturating_sub(3)..start).any(|k| self.tokens[k].kind == Kind::Number);
        if let Expr::Duration { unit, amount: Some(amount) } = expr
            && amount == 1.0
            && matches!(self.lex(start), Lex::A | Lex::An)
            && end == start + 2
            && start > 0
            && (self.lex(end) != Lex::Of || counted())
            && self.is_quantity(start - 1)
        {
            expr = Expr::Set(set_value(unit));
        }
        // Hedges stay outside a span, except before "ago": "about two years ago".
        if prefix_modifier.is_some() && matches!(expr, Expr::Ago { .. }) {
            start = i;
        }
        if let Some(m) = prefix_modifier {
            let point = !matches!(expr, Expr::Duration { .. });
            modifier = Some(match m {
                Modifier::EqualOrLess if point => Modifier::Approx,
                other => other,
            });
        }
        // "the then current price" is the present of a past narrative.
        if k > 0 && self.lex(k) == Lex::Current && start == k && matches!(expr, Expr::Vague(_)) {
            let then_at = if self.punct(k - 1, b'-') { k.wrapping_sub(2) } else { k - 1 };
            if self.word_is(then_at, "then") {
                start = then_at;
                expr = Expr::Vague("PAST_REF");
            }
        }
        // "the quarter a year ago", "the same period last year": the report's period, a year
        // before.
        if matches!(
            expr,
            Expr::ReportQuarter { offset: 0 } | Expr::Anaphoric { unit: Unit::Quarter, offset: 0 }
        ) && let Some(year_end) = self.year_ago_suffix(end)
        {
            expr = Expr::ReportQuarter { offset: -4 };
            end = year_end;
        }
        // A clock time or part of the day right after a day: "Friday morning", "Feb. 8 at 3 p.m.".
        if let Some((time_end, clock)) = self.day_time_suffix(end, &expr) {
            // "Saturday Night Live", "Monday Night Football": a title in capitals.
            let titled = matches!(clock, Clock::Part(_))
                && self.tokens[end].cap
                && self.tokens.get(time_end).is_some_and(|t| t.kind == Kind::Word && t.cap);
            if titled && matches!(expr, Expr::Weekday { .. }) {
                return None;
            }
            // "Tuesday nights": every Tuesday night.
            let plural_part = matches!(clock, Clock::Part(_)) && self.slice(end).ends_with('s');
            expr = match (&expr, clock) {
                (Expr::Weekday { weekday, relative: None }, Clock::Part(part)) if plural_part => {
                    Expr::Set(WEEKDAY_PART_SETS[*weekday as usize - 1][part as usize])
                }
                _ => Expr::Time { day: Some(Box::new(expr)), clock },
            };
            end = time_end;
        }
        // "Wednesday's ruling" names something that has happened.
        let apostrophe_s = self.possessive_s(end);
        let possessive = matches!(expr, Expr::Weekday { .. }) && apostrophe_s;
        // ... unless its clause looks ahead: "Saturday's concert will raise money"; "ahead of
        // Friday's vote" does too, and so does "for Saturday's show" in a clause without a
        // tense ("preparations are under way for", but "blamed for Monday's attack").
        let ahead_of =
            start > 1 && self.lex(start - 1) == Lex::Of && self.lex(start - 2) == Lex::Ahead;
        let awaited = start > 0 && matches!(self.lex(start - 1), Lex::For | Lex::Until);
        // "Tuesday's earthquake", "after Thursday's accident": nobody schedules a disaster, so
        // it has happened, whatever the clause plans.
        // So has "the April 20 explosion" (a forecast storm has not: "the Saturday storm").
        let attributive = start > 0
            && matches!(self.lex(start - 1), Lex::The | Lex::A | Lex::An)
            && matches!(expr, Expr::Weekday { .. } | Expr::Date { day: Some(_), .. })
            && !self.word_in(end, &["storm", "storms"]);
        // "April's Deepwater Horizon disaster", "Tuesday's massive earthquake"
        let of_event = matches!(expr, Expr::Weekday { .. } | Expr::Date { .. })
            && apostrophe_s
            && self.event_within(end + 2, true).is_some();
        let unforeseen = of_event || (attributive && self.event_at(end).is_some());
        // "ways to get around Wednesday's ruling", "will appeal Monday's verdict": what was
        // decided or said is done, whatever the clause plans ("ahead of Friday's ruling"
        // and "awaiting Friday's decision" still look ahead).
        let awaiting = start > 0 && self.word_in(start - 1, &["awaiting", "await", "awaited"]);
        let decided = possessive
            && !(ahead_of || awaited || awaiting)
            && self.word_within(end + 2, 2, &DECIDED);
        let tense = match self.tense(start, end) {
            _ if unforeseen => Tense::Elapsed,
            _ if decided => Tense::Past,
            Tense::Future => Tense::Future,
            // "was going to attend Friday's hearing", "called for Friday's rally"
            Tense::Intended => Tense::Intended,
            _ if possessive && ahead_of => Tense::Future,
            Tense::Unknown if possessive && awaited => Tense::Future,
            _ if possessive => Tense::Past,
            tense => tense,
        };
        // "after a flat second quarter": an indefinite period is an aside, while "a
        // third-quarter loss" (a compound) still names the period reported on.
        let aside = matches!(expr, Expr::Quarter { .. })
            && !self.punct(end.saturating_sub(2), b'-')
            && start > 0
            && (matches!(self.lex(start - 1), Lex::A | Lex::An)
                || (start > 1
                    && matches!(self.lex(start - 2), Lex::A | Lex::An)
                    && self.tokens[start - 1].kind == Kind::Word
                    && self.lex(start - 1) == Lex::None));
        let baseline =
            (start > 0 && self.lex(start - 1) == Lex::Since) || self.comparison_before(start);
        Some(Match {
            start,
            end,
            expr,
            modifier,
            tense,
            range: None,
            aside,
            baseline,
            compare_to: None,
            next_to: None,
            names_event: None,
            from_event: None,
            stamp: false,
            same_day_as: None,
        })
    }

    /// "the turn of the century" at `i`: the years about the last century's change before
    /// the document's year (2000 in 2010); "the turn of the last century", "the turn of the
    /// 20th century" (1900).
    fn turn_of_century(&self, i: usize) -> Option<Core> {
        if self.lex(i) != Lex::The
            || !self.word_is(i + 1, "turn")
            || self.lex(i + 2) != Lex::Of
            || self.lex(i + 3) != Lex::The
        {
            return None;
        }
        let k = i + 4;
        let (end, year) = match (self.lex(k), self.lex(k + 1)) {
            (Lex::Unit(Unit::Century, false), _) => (k + 1, self.year.div_euclid(100) * 100),
            (Lex::Last, Lex::Unit(Unit::Century, false)) => {
                (k + 2, self.year.div_euclid(100) * 100 - 100)
            }
            _ => match self.core(k)? {
                Core { end, expr: Expr::Century(c), modifier: None, .. } => (end, c * 100),
                _ => return None,
            },
        };
        Some(Core::new(end, Expr::Year(year)).with_modifier(Modifier::Approx).with_article())
    }

    /// "BC", "BCE", "B.C." or "B.C.E." at `i`: the end after it.
    fn bc_suffix(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i)?;
        // Not "the 2010 BC Lions" (British Columbia).
        if t.kind == Kind::Word
            && (self.slice(i) == "BC" || self.slice(i) == "BCE")
            && !self.tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Word && n.cap)
        {
            return Some(i + 1);
        }
        let letter = |k: usize, c: &str| {
            self.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
                && self.slice(k) == c
                && self.punct(k + 1, b'.')
        };
        if letter(i, "B") && letter(i + 2, "C") {
            return Some(if letter(i + 4, "E") { i + 6 } else { i + 4 });
        }
        None
    }

    /// "before last" (-1) or "after next" (+1) at `i`, not followed by what "last" or "next"
    /// would qualify ("before last Tuesday's hearing", "after next year's vote").
    fn beyond_nearest(&self, i: usize) -> Option<i32> {
        let step = match (self.lex(i), self.lex(i + 1)) {
            (Lex::Before, Lex::Last) => -1,
            (Lex::After, Lex::Next) => 1,
            _ => return None,
        };
        let qualifies = matches!(
            self.lex(i + 2),
            Lex::Unit(..) | Lex::Weekday(_) | Lex::Month(_) | Lex::Season(_) | Lex::Holiday(_)
        ) || self.tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number);
        (!qualifies).then_some(step)
    }

    /// A count or an amount at `i`: "358,000", "$2 million", "flights", "interviews".
    fn is_quantity(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        match t.kind {
            Kind::Number => true,
            Kind::Word => {
                // "$1.3 m", "$2bn", "5 percent"; "five times more oil (a day)"
                const AMOUNTS: [&str; 12] = [
                    "million", "billion", "trillion", "thousand", "hundred", "m", "mn", "bn",
                    "mln", "bln", "k", "percent",
                ];
                self.word_in(i, &AMOUNTS)
                    || (i > 0
                        && t.lex == Lex::None
                        && self.word_in(i - 1, &["more", "less", "fewer"])
                        && !self.word_in(i, &["than", "then", "that"]))
                    || (t.lex == Lex::None
                        && !t.cap
                        && t.len > 3
                        && self.slice(i).ends_with('s')
                        && !self.slice(i).ends_with("ss"))
            }
            _ => false,
        }
    }

    /// A time-zone abbreviation at `i`, written in capitals ("GMT", "ET"; not "et al.").
    fn zone(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.lex == Lex::Zone && self.slice(i).bytes().all(|b| b.is_ascii_uppercase())
        })
    }

    /// "a year ago", "a year earlier", "last year" after a period: returns the end.
    fn year_ago_suffix(&self, i: usize) -> Option<usize> {
        let year = Lex::Unit(Unit::Year, false);
        match (self.lex(i), self.lex(i + 1), self.lex(i + 2)) {
            (Lex::A, y, Lex::Ago | Lex::Earlier) if y == year => Some(i + 3),
            (Lex::Last, y, _) if y == year => Some(i + 2),
            _ => None,
        }
    }

    fn day_time_suffix(&self, end: usize, expr: &Expr) -> Option<(usize, Clock)> {
        let is_day = matches!(
            expr,
            Expr::Weekday { .. }
                | Expr::WeekdayFrom { .. }
                | Expr::WeekdayOfWeek { .. }
                | Expr::DayFrom { .. }
                | Expr::Date { day: Some(_), .. }
                | Expr::Deictic { unit: Unit::Day, .. }
                | Expr::Anaphoric { unit: Unit::Day, .. }
        );
        if !is_day {
            return None;
        }
        if let Lex::PartOfDay(part) = self.lex(end) {
            return Some((end + 1, Clock::Part(part)));
        }
        if self.lex(end) == Lex::At
            && let Some((time_end, Expr::Time { day: None, clock })) =
                self.clock_time(end + 1).map(|c| (c.end, c.expr))
        {
            return Some((time_end, clock));
        }
        None
    }

    /// Modifier words in front of an expression, with the index where the expression starts.
    /// The flag says whether the words belong to the span: annotators leave hedges such as
    /// "about" out of it, while "at least" and "early" are in.
    fn prefix(&self, i: usize) -> Option<(Modifier, usize, bool)> {
        let mut i = i;
        // "the end of", "the mid-1990s": the article belongs to the whole expression.
        if self.lex(i) == Lex::The
            && matches!(
                self.lex(i + 1),
                Lex::End
                    | Lex::Beginning
                    | Lex::Start
                    | Lex::Middle
                    | Lex::Mid
                    | Lex::Early
                    | Lex::Late
            )
        {
            i += 1;
        }
        let m = match (self.lex(i), self.lex(i + 1)) {
            (Lex::At, Lex::Least) => (Modifier::EqualOrMore, i + 2),
            (Lex::More, Lex::Than) => (Modifier::MoreThan, i + 2),
            (Lex::Less, Lex::Than) => (Modifier::LessThan, i + 2),
            (Lex::Up, Lex::To) => (Modifier::EqualOrLess, i + 2),
            (Lex::Nearly | Lex::Almost, _) => (Modifier::EqualOrLess, i + 1),
            // "worried about the future", "excited about tomorrow": "about" hedges only an
            // amount or a clock time; elsewhere it is the preposition.
            (Lex::About, next)
                if !(matches!(
                    next,
                    Lex::Num(_)
                        | Lex::Tens(_)
                        | Lex::A
                        | Lex::An
                        | Lex::Half
                        | Lex::Noon
                        | Lex::Midnight
                        | Lex::Several
                        | Lex::Few
                        | Lex::Dozen
                ) || self.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number)) =>
            {
                return None;
            }
            // "get around Wednesday's ruling": before a possessive day, "around" is the
            // preposition; a day's event is not hedged.
            (Lex::Around, Lex::Weekday(_) | Lex::Today | Lex::Yesterday | Lex::Tomorrow)
                if self.possessive_s(i + 2) =>
            {
                return None;
            }
            (Lex::About | Lex::Around | Lex::Approximately | Lex::Roughly, _) => {
                (Modifier::Approx, i + 1)
            }
            (Lex::Some, _) if self.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number) => {
                (Modifier::Approx, i + 1)
            }
            // "friends for over two decades", "the first time in over a year", "likely to last
            // over a week"; "used over three years" and "over the weekend" are "during".
            // So it is before "ago": "over 30 years ago".
            (Lex::Over, next)
                if ((i > 0
                    && self.word_in(
                        i - 1,
                        &["for", "in", "last", "lasted", "lasts", "took", "take", "takes", "spent"],
                    ))
                    || (i + 2..i + 5).any(|k| self.lex(k) == Lex::Ago))
                    && (matches!(next, Lex::Num(_) | Lex::Tens(_) | Lex::A | Lex::An)
                        || self.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number)) =>
            {
                (Modifier::MoreThan, i + 1)
            }
            (Lex::Early | Lex::Late, _) => {
                let modifier =
                    if self.lex(i) == Lex::Early { Modifier::Start } else { Modifier::End };
                // "late-November"
                let j = if self.punct(i + 1, b'-') && self.glued(i + 1) { i + 2 } else { i + 1 };
                (modifier, j)
            }
            (Lex::Mid, _) => {
                let j = if self.punct(i + 1, b'-') { i + 2 } else { i + 1 };
                (Modifier::Mid, j)
            }
            (Lex::Beginning | Lex::Start, Lex::Of) => (Modifier::Start, i + 2),
            (Lex::End, Lex::Of) => (Modifier::End, i + 2),
            (Lex::Middle, Lex::Of) => (Modifier::Mid, i + 2),
            // "earlier this year"; before a day name annotators leave "earlier" out.
            (Lex::Earlier, Lex::This | Lex::That) => (Modifier::Start, i + 1),
            (Lex::Later, Lex::This | Lex::That) => (Modifier::End, i + 1),
            _ => return None,
        };
        // Annotators mostly keep "nearly" and "around" but drop "about" and "almost".
        let hedge =
            matches!(self.lex(i), Lex::Almost | Lex::About | Lex::Approximately | Lex::Roughly);
        Some((m.0, m.1, !hedge))
    }

    fn core(&self, i: usize) -> Option<Core> {
        let t = self.tokens.get(i)?;
        if t.kind == Kind::Number {
            return self.number_core(i);
        }
        if t.is_punct(b'\'') {
            // "'80s"
            let n = self.tokens.get(i + 1)?;
            if n.kind == Kind::Number
                && n.len == 2
                && n.num.is_multiple_of(10)
                && self.glued(i + 1)
                && self.word_is(i + 2, "s")
                && self.glued(i + 2)
            {
                return Some(
                    Core::new(i + 3, Expr::Decade(190 + n.num as i32 / 10)).with_article(),
                );
            }
            return None;
        }
        // "as soon as possible" is a time ahead, without a date.
        if self.word_is(i, "as")
            && self.word_is(i + 1, "soon")
            && self.word_is(i + 2, "as")
            && self.word_is(i + 3, "possible")
        {
            return Some(Core::new(i + 4, Expr::Vague("FUTURE_REF")));
        }
        // "the corresponding period last year", "the comparable quarter a year ago", "the
        // same quarter last year" (but "the same period last year" may be any stretch, "since
        // the spill"); "the same month last year" is the month the story is at, a year back.
        if t.kind == Kind::Word
            && matches!(
                self.lex(i + 1),
                Lex::Period | Lex::Unit(Unit::Quarter | Unit::Month, false)
            )
            && self.word_in(i, &["corresponding", "comparable", "same"])
        {
            let same = self.word_is(i, "same");
            let year_back = match self.lex(i + 1) {
                Lex::Period if same => None,
                Lex::Period | Lex::Unit(Unit::Quarter, false) => {
                    Some(Expr::ReportQuarter { offset: -4 })
                }
                Lex::Unit(Unit::Month, false) => {
                    Some(Expr::Anaphoric { unit: Unit::Month, offset: -12 })
                }
                _ => None,
            };
            if let Some(expr) = year_back
                && let Some(end) = self.year_ago_suffix(i + 2)
            {
                return Some(Core::new(end, expr).with_article());
            }
        }
        match t.lex {
            Lex::Num(_) if self.oclock(i + 1).is_some() => self.clock_time(i),
            Lex::Month(m) | Lex::MonthAbbr(m) => self.month_core(i, m),
            Lex::PartOfDay(part) => self.part_of_day_core(i, part),
            // "on Mondays", "Tuesday nights": every such day.
            Lex::Weekdays(w) if t.cap => {
                Some(Core::new(i + 1, Expr::Set(WEEKDAY_SETS[w as usize - 1])))
            }
            Lex::Weekday(w) => {
                if !t.cap || self.newspaper(i) {
                    return None;
                }
                // "Black Monday", "Bloody Sunday": a day in history, by its name.
                if i > 0 && self.tokens[i - 1].cap && self.word_in(i - 1, &["black", "bloody"]) {
                    return None;
                }
                if let Some(date) = self.date_after_weekday(i) {
                    return Some(date);
                }
                // "Tuesday last week", "Friday next week"
                if self.lex(i + 2) == Lex::Unit(Unit::Week, false) {
                    let week = match self.lex(i + 1) {
                        Lex::Last => Some(-1),
                        Lex::Next => Some(1),
                        Lex::This => Some(0),
                        _ => None,
                    };
                    if let Some(week) = week {
                        return Some(Core::new(i + 3, Expr::WeekdayOfWeek { weekday: w, week }));
                    }
                }
                Some(Core::new(i + 1, Expr::Weekday { weekday: w, relative: None }))
            }
            // "the Today programme", "NBC's Today show", "USA Today": a name.
            Lex::Today if t.cap && self.named_today(i) => None,
            Lex::Today => Some(Core::new(i + 1, Expr::Deictic { unit: Unit::Day, offset: 0 })),
            Lex::Tomorrow => Some(Core::new(i + 1, Expr::Deictic { unit: Unit::Day, offset: 1 })),
            Lex::Yesterday => Some(Core::new(i + 1, Expr::Deictic { unit: Unit::Day, offset: -1 })),
            // "The Tonight Show"
            Lex::Tonight if t.cap && self.word_is(i + 1, "show") => None,
            Lex::Tonight => Some(Core::new(
                i + 1,
                Expr::Time {
                    day: Some(Box::new(Expr::Deictic { unit: Unit::Day, offset: 0 })),
                    clock: Clock::Part(PartOfDay::Night),
                },
            )),
            // "Now, ..." opening a sentence is a discourse word, not a time; "now that" is one.
            Lex::Now if t.cap && self.punct(i + 1, b',') => None,
            // "the Hope For Haiti Now telethon", "Democracy Now": the end of a title.
            // (Shouting in capitals, "THE NATION IS NOW STUCK", is no title.)
            Lex::Now
                if self.slice(i) == "Now"
                    && i > 0
                    && self.tokens[i - 1].kind == Kind::Word
                    && self.tokens[i - 1].cap
                    && self.slice(i - 1).bytes().any(|b| b.is_ascii_lowercase())
                    && !self.text[self.tokens[i - 1].end as usize..t.start as usize]
                        .contains('\n') =>
            {
                None
            }
            Lex::Now => Some(Core::new(i + 1, Expr::Vague("PRESENT_REF"))),
            Lex::PresentAdv => Some(Core::new(i + 1, Expr::Vague("PRESENT_REF"))),
            Lex::PastAdv => Some(Core::new(i + 1, Expr::Vague("PAST_REF"))),
            Lex::Future => {
                // "in the future", "into the future", "worried about the future" are times;
                // "the future of our peoples" and "the future looks bleak" are topics.
                let prev = if i > 0 { self.lex(i - 1) } else { Lex::None };
                let time_preposition = i > 1
                    && (matches!(self.lex(i - 2), Lex::In | Lex::For | Lex::About)
                        || self.word_is(i - 2, "into"));
                // "for the future of deepwater drilling" is a topic too.
                let topic = self.lex(i + 1) == Lex::Of;
                (prev == Lex::Near || (prev == Lex::The && time_preposition && !topic))
                    .then(|| Core::new(i + 1, Expr::Vague("FUTURE_REF")).with_article())
            }
            Lex::Near if self.lex(i + 1) == Lex::Future => {
                Some(Core::new(i + 2, Expr::Vague("FUTURE_REF")).with_article())
            }
            // "in the past", "reflect on the past"; not "the past relationship", "the past
            // Republican congress", where "past" is an adjective.
            Lex::Past
                if i > 0
                    && self.lex(i - 1) == Lex::The
                    && self.past_is_a_noun(i)
                    && !matches!(
                        self.lex(i + 1),
                        Lex::Unit(..) | Lex::Num(_) | Lex::Tens(_) | Lex::Several | Lex::Few
                    )
                    && !(matches!(self.lex(i + 1), Lex::Couple | Lex::Dozen)
                        && self.amount_unit(i + 1).is_some())
                    && self.tokens.get(i + 1).is_none_or(|t| t.kind != Kind::Number) =>
            {
                Some(Core::new(i + 1, Expr::Vague("PAST_REF")).with_article())
            }
            Lex::Current => match (self.lex(i + 1), self.lex(i + 2)) {
                (Lex::Unit(unit, false), _) if unit >= Unit::Week => {
                    Some(Core::new(i + 2, Expr::Deictic { unit, offset: 0 }).with_article())
                }
                (Lex::Fiscal, Lex::Unit(Unit::Year, false)) => Some(
                    Core::new(i + 3, Expr::Deictic { unit: Unit::Year, offset: 0 }).with_article(),
                ),
                (Lex::Unit(..) | Lex::Fiscal, _) => None,
                // "the loop current", "a current that could carry it": a stream of water or
                // electricity, not the present.
                _ if self.current_is_a_stream(i) => None,
                // "current" alone ("current prices") refers to the present.
                _ => Some(Core::new(i + 1, Expr::Vague("PRESENT_REF"))),
            },
            Lex::Recent => match self.lex(i + 1) {
                Lex::Unit(Unit::Year, true) => Some(Core::new(i + 2, Expr::Vague("PAST_REF"))),
                Lex::Unit(unit, true) if unit >= Unit::Day => {
                    Some(Core::new(i + 2, Expr::Duration { unit, amount: None }).with_article())
                }
                _ => None,
            },
            Lex::Last
            | Lex::Next
            | Lex::This
            | Lex::Coming
            | Lex::Past
            | Lex::Previous
            | Lex::Following
            | Lex::Upcoming
            | Lex::Latest
            | Lex::That
            | Lex::Same => self.relative_core(i, t.lex),
            Lex::Season(s) => self.season_core(i, s, YearRef::Implicit),
            Lex::Holiday(h) => self.holiday_core(i, h, YearRef::Implicit),
            Lex::HolidayWord(holiday) if t.cap => self.named_holiday(i, holiday),
            Lex::Shorthand if t.cap => self.shorthand_period(i),
            Lex::New if self.lex(i + 1) == Lex::Unit(Unit::Year, false) && t.cap => {
                // "New Year's Day", "New Year's Eve".
                let mut end = i + 2;
                if self.possessive_s(end) {
                    end += 2;
                }
                let eve = self.lex(end) == Lex::Eve;
                if eve || self.lex(end) == Lex::Unit(Unit::Day, false) {
                    end += 1;
                } else {
                    return None;
                }
                Some(Core::new(
                    end,
                    Expr::Date {
                        year: YearRef::Implicit,
                        month: if eve { 12 } else { 1 },
                        day: Some(if eve { 31 } else { 1 }),
                    },
                ))
            }
            Lex::Ordinal(n) => self.ordinal_core(i, n),
            Lex::TensPlural(n) if i > 0 && self.lex(i - 1) == Lex::The => {
                Some(Core::new(i + 1, Expr::Decade(190 + n as i32)).with_article())
            }
            // "the near term", "the short term"
            Lex::Near | Lex::Short
                if self.lex(i + 1) == Lex::Term && i > 0 && self.lex(i - 1) == Lex::The =>
            {
                Some(Core::new(i + 2, Expr::Vague("FUTURE_REF")).with_article())
            }
            Lex::These if self.lex(i + 1) == Lex::Unit(Unit::Day, true) => {
                Some(Core::new(i + 2, Expr::Vague("PRESENT_REF")))
            }
            // "Election Day": in the United States, the Tuesday after the first Monday of November.
            Lex::Election if t.cap && self.lex(i + 1) == Lex::Unit(Unit::Day, false) => {
                let mut end = i + 2;
                let mut year = YearRef::Implicit;
                if let Some((year_end, y)) = self.year_number(end) {
                    year = YearRef::Explicit(y);
                    end = year_end;
                }
                Some(Core::new(
                    end,
                    Expr::Holiday { holiday: Holiday::ElectionDay, year, eve: false },
                ))
            }
            Lex::Fiscal => {
                let mut j = i + 1;
                if self.lex(j) == Lex::Unit(Unit::Year, false) {
                    j += 1;
                }
                if let Some((end, year)) = self.year_number(j) {
                    return Some(Core::new(end, Expr::Year(year)).with_article());
                }
                // "the fiscal year ended Jan. 31": a stretch of one year, like "the year ended".
                if j > i + 1 && self.lex(j) == Lex::Ended {
                    return Some(
                        Core::new(j, Expr::Duration { unit: Unit::Year, amount: Some(1.0) })
                            .with_article(),
                    );
                }
                if j > i + 1 {
                    return Some(
                        Core::new(j, Expr::Deictic { unit: Unit::Year, offset: 0 }).with_article(),
                    );
                }
                if let Lex::Ordinal(n) = self.lex(j) {
                    return self.ordinal_core(j, n).map(Core::with_article);
                }
                None
            }
            Lex::Full | Lex::Whole if self.lex(i + 1) == Lex::Unit(Unit::Year, false) => {
                Some(Core::new(i + 2, Expr::Deictic { unit: Unit::Year, offset: 0 }).with_article())
            }
            Lex::Unit(unit, plural) => self.unit_core(i, unit, plural),
            Lex::Every | Lex::Each => self.set_core(i),
            // "The Daily Telegraph", "Newsweek's Weekly Report": names, not frequencies.
            Lex::Daily | Lex::Weekly | Lex::Monthly | Lex::Annually
                if t.cap
                    && (self.tokens.get(i + 1).is_some_and(|n| n.cap)
                        || (i > 0 && self.lex(i - 1) == Lex::The)) =>
            {
                None
            }
            // "the Communist Party daily Granma", "the weekly Der Spiegel": a newspaper named
            // next, or one that ends the clause ("the daily said.").
            Lex::Daily | Lex::Weekly | Lex::Monthly
                if self.tokens.get(i + 1).is_some_and(|n| {
                    (n.cap && n.kind == Kind::Word && n.lex == Lex::None)
                        || (n.kind == Kind::Punct
                            && matches!(n.num as u8, b'.' | b',')
                            && i > 0
                            && self.lex(i - 1) == Lex::The)
                }) =>
            {
                None
            }
            Lex::Daily => Some(Core::new(i + 1, Expr::Set("P1D"))),
            Lex::Weekly => Some(Core::new(i + 1, Expr::Set("P1W"))),
            Lex::Monthly => Some(Core::new(i + 1, Expr::Set("P1M"))),
            Lex::Annually => Some(Core::new(i + 1, Expr::Set("P1Y"))),
            Lex::Hourly => Some(Core::new(i + 1, Expr::Set("PT1H"))),
            Lex::Once | Lex::Twice if matches!(self.lex(i + 1), Lex::A) => match self.lex(i + 2) {
                Lex::Unit(unit, false) => Some(Core::new(i + 3, Expr::Set(set_value(unit)))),
                _ => None,
            },
            Lex::Noon | Lex::Midnight => self.clock_time(i),
            // "half an hour", "half a century"
            Lex::Half if matches!(self.lex(i + 1), Lex::A | Lex::An) => {
                let (end, unit, amount) = self.amount_unit(i + 1)?;
                (amount == Some(1.0))
                    .then(|| Core::new(end, Expr::Duration { unit, amount: Some(0.5) }))
            }
            Lex::Num(_)
            | Lex::Tens(_)
            | Lex::A
            | Lex::An
            | Lex::Several
            | Lex::Few
            | Lex::Many
            | Lex::Couple
            | Lex::Dozen => {
                if let Some((end, unit, amount)) = self.amount_unit(i) {
                    if matches!(self.lex(i), Lex::A | Lex::An) && self.lex(end) == Lex::Ago {
                        return Some(Core::new(end, Expr::Duration { unit, amount }));
                    }
                    return Some(Core::new(end, Expr::Duration { unit, amount }).with_article());
                }
                if let Some((end, year)) = self.year_words(i) {
                    return Some(Core::new(end, Expr::Year(year)));
                }
                // "twenty-first century"
                if let (Lex::Tens(tens), Lex::Ordinal(units @ 1..=9)) =
                    (self.lex(i), self.lex(i + 2))
                    && self.punct(i + 1, b'-')
                {
                    return self.ordinal_core(i + 2, (tens + units as u16) as u8);
                }
                None
            }
            _ => None,
        }
    }

    fn number_core(&self, i: usize) -> Option<Core> {
        let t = &self.tokens[i];
        // Never a date after a currency sign or before a percent.
        if i > 0 && (self.punct(i - 1, b'$') || self.punct(i - 1, b'#')) {
            return None;
        }
        if self.punct(i + 1, b'%') || self.word_is(i + 1, "percent") {
            return None;
        }
        // "300 BC", "2000 B.C.": a year before the common era.
        if !t.grouped
            && t.len <= 4
            && t.num > 0
            && let Some(end) = self.bc_suffix(i + 1)
        {
            return Some(Core::new(end, Expr::Year(-(t.num as i32))));
        }
        // "@marysmith1992", "M1911": a number glued to a word is part of a name; but
        // "pre1991", "mid2009" and a credit run into its year ("AP2010") still name a year.
        if self.glued(i) && self.tokens[i - 1].kind == Kind::Word {
            let prefix = self.word_in(i - 1, &["pre", "post", "mid", "early", "late"]);
            let credit = {
                let w = self.slice(i - 1);
                (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
            };
            if !(prefix || credit) {
                return None;
            }
        }
        if let Some(c) = self.clock_time(i) {
            return Some(c);
        }
        if !t.grouped {
            // 2022-02-08
            if t.len == 4
                && self.punct(i + 1, b'-')
                && self.glued(i + 1)
                && let (Some(m @ 1..=12), Some(d @ 1..=31)) =
                    (self.number(i + 2), self.number(i + 4))
                && self.punct(i + 3, b'-')
                && self.glued(i + 2)
                && self.glued(i + 4)
            {
                return Some(Core::new(
                    i + 5,
                    Expr::Date {
                        year: YearRef::Explicit(t.num as i32),
                        month: m as u8,
                        day: Some(d as u8),
                    },
                ));
            }
            // 2/8/2022, 2/8/22; day first when the first number cannot be a month (28/01/2011).
            if t.len <= 2
                && (1..=31).contains(&t.num)
                && self.punct(i + 1, b'/')
                && self.punct(i + 3, b'/')
                && self.glued(i + 1)
                && self.glued(i + 4)
                && let (Some(second @ 1..=31), Some(y)) = (self.number(i + 2), self.number(i + 4))
            {
                let (m, d) = if t.num > 12 { (second, t.num) } else { (t.num, second) };
                if m > 12 {
                    return None;
                }
                let ylen = self.tokens[i + 4].len;
                let year = match ylen {
                    4 => y as i32,
                    2 if y >= 50 => 1900 + y as i32,
                    2 => 2000 + y as i32,
                    _ => return None,
                };
                return Some(Core::new(
                    i + 5,
                    Expr::Date {
                        year: YearRef::Explicit(year),
                        month: m as u8,
                        day: Some(d as u8),
                    },
                ));
            }
            // "the 70s", "the 50s and 60s": a decade of the last century, unless the numbers
            // are temperatures ("highs in the 70s").
            if t.len == 2 && (20..=90).contains(&t.num) && t.num.is_multiple_of(10) {
                let plural = self.plural_s(i + 1);
                let the = i > 0 && self.lex(i - 1) == Lex::The;
                // "the 50s and 60s"
                let second = i > 3
                    && matches!(self.lex(i - 1), Lex::And | Lex::Or | Lex::To)
                    && self.word_is(i - 2, "s")
                    && self.tokens[i - 3].kind == Kind::Number
                    && self.tokens[i - 3].len == 2
                    && self.lex(i - 4) == Lex::The;
                // Temperatures, ratings and ages are counted in tens as well.
                const SCALES: [&str; 16] = [
                    "temperature",
                    "temperatures",
                    "temps",
                    "high",
                    "highs",
                    "low",
                    "lows",
                    "degrees",
                    "approval",
                    "rating",
                    "ratings",
                    "percent",
                    "poll",
                    "polls",
                    "aged",
                    "age",
                ];
                let scale = (i.saturating_sub(10)..i).any(|k| self.word_in(k, &SCALES));
                if let Some(end) = plural
                    && (the || second)
                    && !scale
                {
                    return Some(
                        Core::new(end, Expr::Decade(190 + t.num as i32 / 10)).with_article(),
                    );
                }
            }
            // 1990s, 1990's
            if t.len == 4
                && t.num.is_multiple_of(10)
                && (1000..=2190).contains(&t.num)
                && let Some(end) = self.plural_s(i + 1)
            {
                return Some(Core::new(end, Expr::Decade(t.num as i32 / 10)).with_article());
            }
            // "20th century"; "the 18th and 19th centuries" names two.
            if (1..=21).contains(&t.num)
                && let Some((end, _)) = self.day_number(i).filter(|(end, _)| *end == i + 2)
            {
                let century = Expr::Century(t.num as i32 - 1);
                // "the 3rd quarter"
                if (1..=4).contains(&t.num) && self.lex(end) == Lex::Unit(Unit::Quarter, false) {
                    let (end, year) = self.of_year(end + 1);
                    let quarter = Expr::Quarter { quarter: t.num as u8, year };
                    return Some(Core::new(end, quarter).with_article());
                }
                // "the 2nd half of 2011"
                if (1..=2).contains(&t.num) && self.lex(end) == Lex::Half {
                    let (end, year) = self.of_year(end + 1);
                    let half = Expr::Half { half: t.num as u8, year };
                    return Some(Core::new(end, half).with_article());
                }
                if matches!(self.lex(end), Lex::Unit(Unit::Century, _)) {
                    return Some(Core::new(end + 1, century).with_article());
                }
                let next = end + 1;
                if matches!(self.lex(end), Lex::And | Lex::Or | Lex::To)
                    && self.tokens.get(next).is_some_and(|n| n.kind == Kind::Number)
                    && self.day_number(next).is_some_and(|(e, _)| e == next + 2)
                    && self.lex(next + 2) == Lex::Unit(Unit::Century, true)
                {
                    return Some(Core::new(end, century).with_article());
                }
            }
            // "17-23 October 2009", "3 to 5 March": the first day takes the month (and year)
            // written after the second; the second is matched on its own and linked as a range.
            let day_number = self.day_number(i);
            if let Some((end, day)) = day_number
                && let Some(date) = self.day_first_range_start(end, day)
            {
                return Some(Core::new(end, date));
            }
            // 8 February (2022), 8th of February
            if let Some((end, day)) = day_number {
                let mut j = end;
                if self.lex(j) == Lex::Of {
                    j += 1;
                }
                if let Lex::Month(m) | Lex::MonthAbbr(m) = self.lex(j) {
                    let mut end = j + 1;
                    if matches!(self.lex(j), Lex::MonthAbbr(_)) && self.punct(end, b'.') {
                        end += 1;
                    }
                    let mut year = YearRef::Implicit;
                    let k = if self.punct(end, b',') { end + 1 } else { end };
                    if let Some((year_end, y)) = self.year_number(k) {
                        year = YearRef::Explicit(y);
                        end = year_end;
                    } else if let Some(that_end) = self.that_year(end) {
                        // "25 June that year"
                        year = YearRef::Narrative;
                        end = that_end;
                    } else if let Some((offset_end, offset)) = self.year_offset(end) {
                        // "25 June last year"
                        year = YearRef::Offset(offset);
                        end = offset_end;
                    }
                    // "the 8 May" is rare; "8 may" is a verb phrase more often than a date,
                    // unless a year follows ("1 may, 2009").
                    if self.tokens[j].cap || matches!(year, YearRef::Explicit(_)) {
                        return Some(Core::new(end, Expr::Date { year, month: m, day: Some(day) }));
                    }
                }
            }
        }
        // "the 1988 third quarter", "the 1989 period": a fiscal period of that year.
        if let Some((end, year)) = self.year_number(i).filter(|_| t.len == 4) {
            match (self.lex(end), self.lex(end + 1)) {
                (Lex::Ordinal(q @ 1..=4), Lex::Unit(Unit::Quarter, false)) => {
                    return Some(
                        Core::new(
                            end + 2,
                            Expr::Quarter { quarter: q, year: YearRef::Explicit(year) },
                        )
                        .with_article(),
                    );
                }
                (Lex::Unit(Unit::Quarter, false) | Lex::Period, _) => {
                    return Some(Core::new(end + 1, Expr::ReportQuarterOf { year }).with_article());
                }
                _ => {}
            }
        }
        if let Some((hour, minute)) = self.entry_stamp(i)
            && *self.live_stamps.get_or_init(|| self.is_live_page())
        {
            let today = Box::new(Expr::Deictic { unit: Unit::Day, offset: 0 });
            return Some(Core::new(
                i + 1,
                Expr::Time { day: Some(today), clock: Clock::At(hour, minute) },
            ));
        }
        // Durations: "24 hours", "5 1/2 years", "16-hour"
        if let Some((end, unit, amount)) = self.amount_unit(i) {
            return Some(Core::new(end, Expr::Duration { unit, amount }).with_article());
        }
        if let Some((end, year)) = self.year_number(i) {
            if year < 1800
                && !matches!(
                    self.lex(i.wrapping_sub(1)),
                    Lex::In | Lex::Since | Lex::Of | Lex::Until | Lex::By
                )
            {
                return None;
            }
            // "1990 troops": a plural noun after the number says it is a count, unless a
            // preposition of time already made it a year ("in 2003 profits fell").
            let after_time_preposition = i > 0
                && matches!(
                    self.lex(i - 1),
                    Lex::In
                        | Lex::Since
                        | Lex::During
                        | Lex::Until
                        | Lex::Of
                        | Lex::By
                        | Lex::After
                )
                && (1900..=2100).contains(&year);
            // "the 2003 incidents", "Haiti's 2004 floods", "its 2009 revenues": a recent year
            // naming which ones.
            let determined = i > 0
                && (self.lex(i - 1) == Lex::The
                    || self.word_in(i - 1, &["its", "their", "his", "her", "our", "whose"])
                    || (i > 1 && self.possessive_s(i - 2)))
                && (1900..=self.year).contains(&year);
            // "2000 people", "1500 police": plurals without an "s".
            const COUNTED: [&str; 8] =
                ["people", "men", "women", "children", "police", "staff", "personnel", "feet"];
            // "2011 is", "2010 has been", "by 2004 as": short words ending in "s" are not
            // plural nouns.
            let plural_noun = self.tokens.get(end).is_some_and(|next| {
                let word = self.slice(end);
                next.kind == Kind::Word
                    && !next.cap
                    && next.lex == Lex::None
                    && ((word.len() >= 4
                        && word.ends_with('s')
                        && ![
                            "this", "thus", "plus", "does", "across", "unless", "versus", "whereas",
                        ]
                        .iter()
                        .any(|w| word.eq_ignore_ascii_case(w)))
                        || self.word_in(end, &COUNTED))
            });
            if !after_time_preposition && !determined && plural_noun {
                return None;
            }
            if self.glued(end)
                && (self.punct(end, b'-') || self.punct(end, b'/'))
                && self.number(end + 1).is_some()
                && !self.glued(end + 2)
            {
                // "1989-90": a season or fiscal span; tag the first year only.
                return Some(Core::new(end, Expr::Year(year)));
            }
            if self.glued(end)
                && self
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.kind == Kind::Number || t.kind == Kind::Word)
            {
                return None;
            }
            return Some(Core::new(end, Expr::Year(year)));
        }
        None
    }

    /// The first end of a day-first range, "17" in "17-23 October 2009", from the token after
    /// it: the connector, a later day and a capitalized month, optionally a year.
    fn day_first_range_start(&self, i: usize, day: u8) -> Option<Expr> {
        if !(self.range_dash(i) || matches!(self.lex(i), Lex::To | Lex::Through | Lex::And)) {
            return None;
        }
        // "Saturday 10 and Sunday 11 April": the second day may carry its weekday.
        let mut k = i + 1;
        if matches!(self.lex(k), Lex::Weekday(_)) && self.tokens[k].cap {
            k += if self.punct(k + 1, b',') { 2 } else { 1 };
        }
        let (end, second) = self.day_number(k)?;
        let month = match self.lex(end) {
            Lex::Month(m) | Lex::MonthAbbr(m) if self.tokens[end].cap => m,
            _ => return None,
        };
        if second <= day {
            return None;
        }
        let mut k = end + 1;
        if matches!(self.lex(end), Lex::MonthAbbr(_)) && self.punct(k, b'.') {
            k += 1;
        }
        if self.punct(k, b',') {
            k += 1;
        }
        let year = match self.year_number(k) {
            Some((_, y)) => YearRef::Explicit(y),
            None => YearRef::Implicit,
        };
        Some(Expr::Date { year, month, day: Some(day) })
    }

    /// "Friday, Oct. 23", "Friday 28 January": the date after the weekday at `i` carries it.
    fn date_after_weekday(&self, i: usize) -> Option<Core> {
        let k = if self.punct(i + 1, b',') { i + 2 } else { i + 1 };
        let date_follows = matches!(self.lex(k), Lex::Month(_) | Lex::MonthAbbr(_))
            || self.tokens.get(k).is_some_and(|t| t.kind == Kind::Number && t.len <= 2);
        if !date_follows {
            return None;
        }
        self.core(k).filter(|c| matches!(c.expr, Expr::Date { day: Some(_), .. }))
    }

    /// "up from two million six years before", "6 percent less than a year earlier",
    /// "compared with some 20,000 the previous day": the date at `start` is a point of
    /// comparison. Only an amount may stand between the comparison and the date ("more than
    /// 80,000 followers as of Thursday" compares nothing with Thursday).
    fn comparison_before(&self, start: usize) -> bool {
        const MOVES: [&str; 8] =
            ["up", "down", "rose", "fell", "risen", "fallen", "compared", "comparison"];
        const AMOUNT: [&str; 14] = [
            "million", "billion", "thousand", "percent", "bn", "m", "some", "about", "around",
            "nearly", "almost", "roughly", "just", "only",
        ];
        let amount = |k: usize| {
            let t = &self.tokens[k];
            t.kind == Kind::Number
                || matches!(t.lex, Lex::Num(_) | Lex::Tens(_))
                || self.word_in(k, &AMOUNT)
                || [b'$', b'%', b'.', b','].iter().any(|&p| self.punct(k, p))
        };
        let mut k = start;
        while k > 0 && start - k < 6 {
            k -= 1;
            let comparison = self.lex(k) == Lex::Than
                || (self.lex(k) == Lex::From && k > 0 && self.word_in(k - 1, &MOVES))
                || (self.word_in(k, &["with", "to"]) && k > 0 && self.word_is(k - 1, "compared"));
            if comparison {
                return true;
            }
            if !amount(k) {
                return false;
            }
        }
        false
    }

    /// A capitalised "Today" at `i` that names a programme or a paper: before "programme",
    /// "program" or "show", or after "USA".
    fn named_today(&self, i: usize) -> bool {
        self.word_in(i + 1, &["programme", "program", "show"])
            || (i > 0 && self.tokens[i - 1].cap && self.word_is(i - 1, "usa"))
    }

    /// "the Sunday Times", "the Sunday Telegraph", "the Mail on Sunday": the weekday at `i`
    /// names a newspaper.
    fn newspaper(&self, i: usize) -> bool {
        const TITLES: [&str; 11] = [
            "Times",
            "Telegraph",
            "Express",
            "Mirror",
            "Herald",
            "Post",
            "Tribune",
            "Mail",
            "Independent",
            "Star",
            "Sport",
        ];
        let title = |k: usize| self.tokens[k].cap && self.word_in(k, &TITLES);
        (i + 1 < self.tokens.len() && title(i + 1))
            || (i >= 2 && self.word_is(i - 1, "on") && self.word_is(i - 2, "Mail") && title(i - 2))
    }

    /// "the second setback in five years", "its highest level in a decade": a ranking
    /// shortly before the "in" at `i` makes what follows the stretch ranked over, not a
    /// date ahead.
    fn superlative_before(&self, i: usize) -> bool {
        let ranking = |k: usize| {
            let t = &self.tokens[k];
            matches!(t.lex, Lex::Ordinal(_))
                || (t.kind == Kind::Word && {
                    let w = self.slice(k);
                    (w.len() >= 5 && w.ends_with("est")) || w == "worst" || w == "best"
                })
        };
        (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| self.tokens[k].kind == Kind::Word)
            // "the second will start in a week" ranks nothing: a noun must follow.
            .any(|k| ranking(k) && self.is_determiner(k) && self.lex(k + 1) == Lex::None)
    }

    /// "could make 2.5 billion doses in one year", "will cut 500 jobs in two years": an
    /// amount counted right before the "in" at `i` makes the stretch a rate's, not a date.
    fn amount_before(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).rev().take_while(|&k| self.tokens[k].kind != Kind::Punct).any(
            |k| {
                let t = &self.tokens[k];
                // "in 18 months or in two years" counts time, not things.
                let counted = !matches!(self.lex(k + 1), Lex::Unit(..));
                (t.kind == Kind::Number
                    && counted
                    && !(t.len == 4 && (1000..=2100).contains(&t.num)))
                    || self.word_in(k, &["million", "billion", "thousand", "hundred", "dozen"])
            },
        )
    }

    /// A day of the month in words: "third", "Fourth", "twenty-first", "thirtieth".
    fn ordinal_words(&self, i: usize) -> Option<(usize, u8)> {
        match (self.lex(i), self.lex(i + 2)) {
            (Lex::Ordinal(day @ 1..=31), _) => Some((i + 1, day)),
            (Lex::Tens(tens @ 20..=30), Lex::Ordinal(unit @ 1..=9))
                if self.punct(i + 1, b'-') && tens as u8 + unit <= 31 =>
            {
                Some((i + 3, tens as u8 + unit))
            }
            _ => None,
        }
    }

    /// "o'clock" at `i` (with a straight or curly apostrophe): returns the end. "the Six
    /// O'clock News" is a programme's name.
    fn oclock(&self, i: usize) -> Option<usize> {
        let title = self.tokens.get(i).is_some_and(|t| t.cap)
            && self.tokens.get(i + 3).is_some_and(|t| t.kind == Kind::Word && t.cap);
        (self.punct(i + 1, b'\'')
            && self.word_is(i, "o")
            && self.glued(i + 1)
            && self.word_is(i + 2, "clock")
            && self.glued(i + 2)
            && !title)
            .then_some(i + 3)
    }

    /// "8.30", "21.45" at `i`: one number token of one or two digits of hours, a dot and two
    /// of minutes. Returns the hour and minute.
    fn dotted_clock(&self, i: usize) -> Option<(u8, u8)> {
        let t = self.tokens.get(i)?;
        if t.kind != Kind::Number || !t.grouped || !(4..=5).contains(&t.len) {
            return None;
        }
        let text = self.slice(i).as_bytes();
        let dot = text.iter().position(|&b| b == b'.')?;
        let (hour, minute) = (t.num / 100, t.num % 100);
        (text.len() - dot == 3 && hour <= 24 && minute <= 59).then_some((hour as u8, minute as u8))
    }

    /// "local time" after a clock time: "at 1653 local time".
    fn local_time(&self, i: usize) -> bool {
        self.word_is(i, "local") && self.word_is(i + 1, "time")
    }

    /// Clock times: "10:35 a.m.", "3 p.m. EST", "noon", "4 in the morning".
    fn clock_time(&self, i: usize) -> Option<Core> {
        let t = self.tokens.get(i)?;
        let (mut end, hour, minute, explicit) = match t.lex {
            Lex::Noon => (i + 1, 12u8, 0u8, true),
            Lex::Midnight => (i + 1, 24, 0, true),
            // "12 noon", "12 midnight"
            _ if t.kind == Kind::Number
                && t.num == 12
                && matches!(self.lex(i + 1), Lex::Noon | Lex::Midnight) =>
            {
                let hour = if self.lex(i + 1) == Lex::Noon { 12 } else { 24 };
                (i + 2, hour, 0, true)
            }
            _ if t.kind == Kind::Number && !t.grouped && t.len <= 2 && t.num <= 24 => {
                // The minutes or seconds of "14:00:00" do not start a time of their own.
                if i > 1 && self.punct(i - 1, b':') && self.glued(i) && self.glued(i - 1) {
                    return None;
                }
                if self.punct(i + 1, b':') && self.glued(i + 1) && self.glued(i + 2) {
                    let m = self.tokens.get(i + 2)?;
                    if m.kind != Kind::Number || m.len != 2 || m.num > 59 {
                        return None;
                    }
                    // Seconds are read past but not kept: "14:00:00 ET".
                    let seconds = self.punct(i + 3, b':')
                        && self.glued(i + 3)
                        && self.glued(i + 4)
                        && self
                            .tokens
                            .get(i + 4)
                            .is_some_and(|s| s.kind == Kind::Number && s.len == 2 && s.num <= 59);
                    let end = if seconds { i + 5 } else { i + 3 };
                    (end, t.num as u8, m.num as u8, false)
                } else if let Some(end) = self.oclock(i + 1).filter(|_| (1..=12).contains(&t.num)) {
                    (end, t.num as u8, 0, true)
                } else {
                    (i + 1, t.num as u8, 0, false)
                }
            }
            // "six o'clock in the morning"
            Lex::Num(n)
                if (1..=12).contains(&n)
                    && let Some(end) = self.oclock(i + 1) =>
            {
                (end, n as u8, 0, true)
            }
            // British style "8.30 pm", "21.45 local time": a dot between hours and minutes.
            _ if let Some((hour, minute)) = self.dotted_clock(i) => (i + 1, hour, minute, false),
            // Wire style "2153 GMT": four digits before a time zone are hours and minutes;
            // "1209 a.m." too, before a.m. or p.m.
            _ if t.kind == Kind::Number
                && !t.grouped
                && t.len == 4
                && t.num / 100 <= 23
                && t.num % 100 <= 59
                && (self.zone(i + 1)
                    || self.local_time(i + 1)
                    || (t.num / 100 <= 12 && self.meridiem(i + 1).is_some())) =>
            {
                (i + 1, (t.num / 100) as u8, (t.num % 100) as u8, true)
            }
            _ => return None,
        };
        let mut hour = hour;
        let mut has_clock_word = explicit;
        // "At 2:30 this afternoon" is today's, whatever day the story is at; "at nine
        // o'clock last night" yesterday's.
        let mut today = false;
        let mut yesterday = false;
        if let Some((m_end, pm)) = self.meridiem(end) {
            if hour == 0 || hour > 12 {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            }
            if !pm && hour == 12 {
                hour = 0;
            }
            end = m_end;
            has_clock_word = true;
        } else if self.lex(end) == Lex::In
            && self.lex(end + 1) == Lex::The
            && let Lex::PartOfDay(part) = self.lex(end + 2)
            && (1..=12).contains(&hour)
        {
            if matches!(part, PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night)
                && hour < 12
            {
                hour += 12;
            }
            end += 3;
            has_clock_word = true;
        } else if t.grouped {
            // Without a.m. or p.m., "19.55 local time" is a time, and so is a 24-hour "at
            // 21.45 on 20 April"; otherwise it may be a price ("closed at 10.50 on Friday").
            let preposition =
                i > 0 && matches!(self.lex(i - 1), Lex::At | Lex::By | Lex::Before | Lex::After);
            let day =
                matches!(self.lex(end + 1), Lex::Weekday(_) | Lex::Month(_) | Lex::MonthAbbr(_))
                    || self.number(end + 1).is_some();
            let on_day = preposition && hour >= 13 && self.word_is(end, "on") && day;
            if !(self.zone(end) || self.local_time(end) || on_day) {
                return None;
            }
            has_clock_word = true;
        } else if end > i + 1 && (t.len <= 2 || explicit) {
            // "10:35" without a.m./p.m. is a time only after a preposition of time or before a
            // time zone ("21:00 GMT"); otherwise it may be a score or a ratio. "ten o'clock"
            // says it is a time.
            let prev = if i > 0 { self.lex(i - 1) } else { Lex::None };
            if !explicit
                && !matches!(
                    prev,
                    Lex::At | Lex::By | Lex::Until | Lex::Before | Lex::After | Lex::From | Lex::To
                )
                && !self.zone(end)
            {
                return None;
            }
            has_clock_word = true;
            // "At 2:30 this afternoon", "at 9:15 tonight", "at nine o'clock last night"
            let later_today = (self.lex(end) == Lex::This
                && matches!(
                    self.lex(end + 1),
                    Lex::PartOfDay(PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night)
                ))
                || self.lex(end) == Lex::Tonight;
            let last_night =
                self.lex(end) == Lex::Last && self.lex(end + 1) == Lex::PartOfDay(PartOfDay::Night);
            if (later_today || last_night) && (1..12).contains(&hour) {
                hour += 12;
            }
            today = later_today;
            if last_night {
                end += 2;
                yesterday = true;
            }
        }
        if !has_clock_word {
            return None;
        }
        if self.zone(end) {
            end += 1;
        } else if self.local_time(end) {
            end += 2;
        }
        // "4 a.m. EDT Thursday", "9 a.m. tomorrow"
        let day = match self.lex(end) {
            Lex::Weekday(w) if self.tokens[end].cap => {
                end += 1;
                Some(Box::new(Expr::Weekday { weekday: w, relative: None }))
            }
            Lex::Today | Lex::Tomorrow | Lex::Yesterday => {
                let offset = match self.lex(end) {
                    Lex::Today => 0,
                    Lex::Tomorrow => 1,
                    _ => -1,
                };
                end += 1;
                Some(Box::new(Expr::Deictic { unit: Unit::Day, offset }))
            }
            _ => None,
        };
        // "5 p.m. EST, Nov. 6"
        let day = match day {
            Some(day) => Some(day),
            None if today || yesterday => {
                let offset = if yesterday { -1 } else { 0 };
                Some(Box::new(Expr::Deictic { unit: Unit::Day, offset }))
            }
            None => {
                let k = if self.punct(end, b',') { end + 1 } else { end };
                let date = match (self.lex(k), self.tokens.get(k).is_some_and(|t| t.cap)) {
                    (Lex::Month(m) | Lex::MonthAbbr(m), true) => self.month_core(k, m),
                    // "At 01:20 24th Mar 2010", "at 2000 BST, 9 June 2009"
                    _ if self.tokens.get(k).is_some_and(|t| t.kind == Kind::Number) => self.core(k),
                    _ => None,
                };
                date.filter(|c| matches!(c.expr, Expr::Date { day: Some(_), .. })).map(|c| {
                    end = c.end;
                    Box::new(c.expr)
                })
            }
        };
        Some(Core::new(end, Expr::Time { day, clock: Clock::At(hour, minute) }))
    }

    fn month_core(&self, i: usize, month: u8) -> Option<Core> {
        let t = &self.tokens[i];
        let abbr = matches!(t.lex, Lex::MonthAbbr(_));
        if !t.cap {
            return None;
        }
        let mut j = i + 1;
        let dotted = abbr && self.punct(j, b'.') && self.glued(j);
        if dotted {
            j += 1;
        }
        // "May Day": May 1.
        if month == 5 && !abbr && self.lex(j) == Lex::Unit(Unit::Day, false) && self.tokens[j].cap {
            return Some(self.holiday_at(j + 1, Holiday::Fixed { month: 5, day: 1 }));
        }
        // Feb. 8, 2022 / February 8th / Feb 8
        if let Some((end, day)) = self.day_number(j) {
            let k = if self.punct(end, b',') { end + 1 } else { end };
            if let Some((year_end, year)) = self.year_number(k) {
                return Some(Core::new(
                    year_end,
                    Expr::Date { year: YearRef::Explicit(year), month, day: Some(day) },
                ));
            }
            if let Some(that_end) = self.that_year(k) {
                return Some(Core::new(
                    that_end,
                    Expr::Date { year: YearRef::Narrative, month, day: Some(day) },
                ));
            }
            // "June 25 last year"
            if let Some((offset_end, offset)) = self.year_offset(end) {
                return Some(Core::new(
                    offset_end,
                    Expr::Date { year: YearRef::Offset(offset), month, day: Some(day) },
                ));
            }
            // "May 5" needs a capital; "March 2" as well, and both are checked above.
            return Some(Core::new(
                end,
                Expr::Date { year: YearRef::Implicit, month, day: Some(day) },
            ));
        }
        // "July Fourth", "January third", "June twenty-first": an ordinal word names the day,
        // unless it starts a compound ("March first-quarter sales").
        if !abbr && let Some((end, day)) = self.ordinal_words(j) {
            let compound = self.punct(end, b'-')
                || matches!(self.lex(end), Lex::Unit(Unit::Quarter, _) | Lex::Half);
            if !compound {
                return Some(Core::new(
                    end,
                    Expr::Date { year: YearRef::Implicit, month, day: Some(day) },
                ));
            }
        }
        // April 2014 / April, 2014 / April of 2014
        let k = match self.lex(j) {
            Lex::Of => j + 1,
            _ if self.punct(j, b',') => j + 1,
            _ => j,
        };
        if let Some((end, year)) = self.year_number(k) {
            return Some(Core::new(
                end,
                Expr::Date { year: YearRef::Explicit(year), month, day: None },
            ));
        }
        // "June of that year", "in May that same year"
        if let Some(end) = self.that_year(j) {
            return Some(Core::new(end, Expr::Date { year: YearRef::Narrative, month, day: None }));
        }
        // "January this year", "June last year"
        if let Some((end, offset)) = self.year_offset(j) {
            return Some(Core::new(
                end,
                Expr::Date { year: YearRef::Offset(offset), month, day: None },
            ));
        }
        if abbr && !dotted {
            return None;
        }
        // A bare month. "May" and "March" are verbs and nouns too, so they need a preposition
        // or determiner in front; the others only a capital.
        let prev = if i > 0 { self.lex(i - 1) } else { Lex::None };
        // "Feb." alone is too often an abbreviation inside a name or a list; after "last",
        // "next", "this", "in", "until" or "the" ("the Nov. election") it is the month.
        if abbr
            && !matches!(
                prev,
                Lex::Last | Lex::Next | Lex::This | Lex::In | Lex::Until | Lex::Since | Lex::The
            )
        {
            return None;
        }
        let introduced = matches!(
            prev,
            Lex::In
                | Lex::Since
                | Lex::Until
                | Lex::By
                | Lex::Of
                | Lex::During
                | Lex::Last
                | Lex::Next
                | Lex::This
                | Lex::Early
                | Lex::Late
                | Lex::Mid
                | Lex::Through
                | Lex::From
                | Lex::To
                | Lex::Before
                | Lex::After
                | Lex::Between
                | Lex::And
                | Lex::Or
                | Lex::Each
                | Lex::Every
                | Lex::That
                | Lex::Ended
        ) || (self.punct(i.wrapping_sub(1), b'-')
            && matches!(self.lex(i.wrapping_sub(2)), Lex::Mid | Lex::Month(_)))
            // "as early as March"; "in February, March and April"
            || self.word_is(i.wrapping_sub(1), "as")
            || (self.punct(i.wrapping_sub(1), b',') && matches!(self.lex(i.wrapping_sub(2)), Lex::Month(_)));
        // "the March accession", "the May elections": a month modifying a noun. "The March on
        // Washington" is an event, and "the May government" a prime minister's.
        let modifies_noun = prev == Lex::The
            && self.tokens.get(j).is_some_and(|n| n.kind == Kind::Word && !n.cap && n.len > 2)
            && self.lex(j) == Lex::None
            && !self
                .word_in(j, &["into", "across", "toward", "towards", "against", "with", "past"])
            && !(month == 5
                && self.word_in(
                    j,
                    &["government", "administration", "cabinet", "ministry", "era", "deal"],
                ));
        if matches!(month, 3 | 5) && !introduced && !modifies_noun {
            return None;
        }
        // "as early as May", but "action as may befit the occasion" is the modal verb.
        if month == 5
            && self.word_is(i.wrapping_sub(1), "as")
            && !self.word_in(i.wrapping_sub(2), &["early", "late", "soon", "recently"])
        {
            return None;
        }
        // "key issues in November congressional elections": a vote is on the calendar, so
        // without a past verb the coming one is meant.
        const VOTES: [&str; 5] = ["election", "elections", "polls", "vote", "referendum"];
        let vote = |k: usize| self.word_in(k, &VOTES);
        // "elections in November" as well.
        let vote_before = prev == Lex::In && i >= 2 && vote(i - 2);
        let year = if vote(j)
            || vote_before
            || (self.tokens.get(j).is_some_and(|t| !t.cap) && vote(j + 1))
        {
            YearRef::Scheduled
        } else {
            YearRef::Implicit
        };
        Some(Core::new(j, Expr::Date { year, month, day: None }))
    }

    fn season_core(&self, i: usize, season: u8, year: YearRef) -> Option<Core> {
        let mut end = i + 1;
        let k = if self.lex(end) == Lex::Of { end + 1 } else { end };
        let mut year = year;
        if let Some((year_end, y)) = self.year_number(k) {
            year = YearRef::Explicit(y);
            end = year_end;
        } else if k > end && matches!(season, 0 | 2) {
            // "the fall of communism", "the spring of hope": a collapse, not a season.
            return None;
        } else if year == YearRef::Implicit {
            // "fall" and "spring" are common verbs and nouns: want a determiner or preposition.
            let prev = if i > 0 { self.lex(i - 1) } else { Lex::None };
            let introduced = matches!(
                prev,
                Lex::The
                    | Lex::In
                    | Lex::This
                    | Lex::Last
                    | Lex::Next
                    | Lex::Early
                    | Lex::Late
                    | Lex::Mid
                    | Lex::During
                    | Lex::Since
                    | Lex::Until
                    | Lex::By
                    | Lex::Of
                    | Lex::Each
                    | Lex::Every
                    | Lex::That
                    | Lex::Past
                    | Lex::Coming
            );
            // "a late fall on the exchange", "a sharp fall": a drop, not autumn.
            if season == 2
                && matches!(prev, Lex::Early | Lex::Late)
                && i > 1
                && matches!(self.lex(i - 2), Lex::A | Lex::An)
            {
                return None;
            }
            // "the spring broke": after a bare "the" a season needs a preposition in front.
            let before_the = if i > 1 { self.lex(i - 2) } else { Lex::None };
            let after_bare_the = prev == Lex::The
                && !matches!(
                    before_the,
                    Lex::In
                        | Lex::During
                        | Lex::By
                        | Lex::Since
                        | Lex::Until
                        | Lex::Of
                        | Lex::Through
                        | Lex::Over
                        | Lex::For
                        | Lex::Before
                        | Lex::After
                );
            if !introduced || (after_bare_the && matches!(season, 0 | 2)) {
                return None;
            }
            // "firms that fall into trouble": after "that", a verb goes on with a word;
            // "That fall, he left" does not.
            let word_follows = self.tokens.get(end).is_some_and(|n| n.kind == Kind::Word && !n.cap);
            if prev == Lex::That && matches!(season, 0 | 2) && word_follows {
                return None;
            }
            // "the Winter Olympics", "the Summer Games": a capitalised season before another
            // capitalised word is part of a name.
            if self.tokens[i].cap
                && self
                    .tokens
                    .get(end)
                    .is_some_and(|n| n.kind == Kind::Word && n.cap && n.lex == Lex::None)
            {
                return None;
            }
        }
        Some(Core::new(end, Expr::Season { season, year }).with_article())
    }

    fn holiday_core(&self, i: usize, holiday: Holiday, year: YearRef) -> Option<Core> {
        if !self.tokens[i].cap {
            return None;
        }
        let mut end = i + 1;
        let mut eve = false;
        let mut holiday = holiday;
        match self.lex(end) {
            Lex::Eve => {
                eve = true;
                end += 1;
            }
            Lex::Unit(Unit::Day, false) => end += 1,
            // "Easter Sunday", "Easter Monday"
            Lex::Weekday(w @ (1 | 7)) if holiday == Holiday::Easter && self.tokens[end].cap => {
                holiday = Holiday::FromFeast { feast: Feast::Easter, days: (w % 7) as i8 };
                end += 1;
            }
            _ => {}
        }
        let mut year = year;
        // "Christmas 2004", "Christmas Day of 2004"
        if let Some((year_end, y)) = self.year_after(end) {
            year = YearRef::Explicit(y);
            end = year_end;
        }
        let day = Expr::Holiday { holiday, year, eve };
        // "Easter week", "Thanksgiving week": the week the holiday falls in.
        if !eve && end == i + 1 && self.lex(end) == Lex::Unit(Unit::Week, false) {
            return Some(Core::new(end + 1, Expr::WeekOf(Box::new(day))));
        }
        Some(Core::new(end, day))
    }

    /// Holidays named in several words: "Labor Day", "Valentine's Day", "Good Friday",
    /// "Martin Luther King Jr. Day". United States dates where countries differ.
    fn named_holiday(&self, i: usize, holiday: Holiday) -> Option<Core> {
        // "Ukraine's Independence Day" is not July 4.
        if i > 1 && self.possessive_s(i - 2) {
            return None;
        }
        let mut j = i + 1;
        if let Holiday::FeastWeek { feast, sunday, weekday } = holiday {
            // "Ascension Day" is its Thursday.
            let (w, end) = match self.lex(j) {
                Lex::Weekday(w) if weekday == 0 || w == weekday => (w, j + 1),
                Lex::Unit(Unit::Day, false) if self.word_is(i, "ascension") => (weekday, j + 1),
                _ => return None,
            };
            if !self.tokens[j].cap {
                return None;
            }
            // The week's Sunday is day 0 of it, its Saturday day 6.
            let days = sunday + (w % 7) as i8;
            return Some(self.holiday_at(end, Holiday::FromFeast { feast, days }));
        }
        if self.word_is(i, "martin") {
            if !(self.word_is(j, "luther") && self.word_is(j + 1, "king")) {
                return None;
            }
            j += 2;
            if self.word_is(j, "jr") {
                j += 1;
                if self.punct(j, b'.') {
                    j += 1;
                }
            }
        }
        // "Veterans' Day", "Valentine's Day", "Mother's Day"
        if self.punct(j, b'\'') {
            j += 1;
            if self.word_is(j, "s") {
                j += 1;
            }
        }
        // "Remembrance Sunday", the second Sunday of November (United Kingdom).
        if self.lex(j) == Lex::Weekday(7) && self.tokens[j].cap && self.word_is(i, "remembrance") {
            return Some(self.holiday_at(j + 1, Holiday::Nth { month: 11, weekday: 7, n: 2 }));
        }
        if !(self.lex(j) == Lex::Unit(Unit::Day, false) && self.tokens[j].cap) {
            return None;
        }
        Some(self.holiday_at(j + 1, holiday))
    }

    /// Business shorthand: "Q3 2010", "Q1", "H2 2009", "FY2021", "FY 2010", "FY21". The
    /// letters must be capitals glued to the number, and nothing glued after it ("H1N1").
    fn shorthand_period(&self, i: usize) -> Option<Core> {
        let n = self.tokens.get(i + 1).filter(|n| n.kind == Kind::Number && !n.grouped)?;
        // "N1H1" is a virus, not a half-year.
        if self.glued(i) {
            return None;
        }
        let glued = self.glued(i + 1);
        let after = i + 2;
        let alone = !self
            .tokens
            .get(after)
            .is_some_and(|a| self.glued(after) && matches!(a.kind, Kind::Word | Kind::Number));
        if !alone {
            return None;
        }
        let letters = self.slice(i);
        let year_after = |k: usize| match self.year_number(k) {
            Some((end, y)) => (end, YearRef::Explicit(y)),
            None => (k, YearRef::Implicit),
        };
        match letters {
            "Q" if glued && n.len == 1 && (1..=4).contains(&n.num) => {
                let (end, year) = year_after(after);
                Some(Core::new(end, Expr::Quarter { quarter: n.num as u8, year }))
            }
            // "H1 N1", spaced, and "this H1 swine flu virus" are the virus too.
            "H" if glued
                && n.len == 1
                && (1..=2).contains(&n.num)
                && !(self.tokens.get(after).is_some_and(|_| self.slice(after) == "N")
                    && self.glued(after + 1))
                && !self.word_in(after, &["swine", "flu", "virus", "strain", "influenza"]) =>
            {
                let (end, year) = year_after(after);
                // "H1N1, H1N1, H1 OH!": a bare "H1" in a text about the virus is the virus.
                if year == YearRef::Implicit && n.num == 1 && self.text.contains("H1N1") {
                    return None;
                }
                Some(Core::new(end, Expr::Half { half: n.num as u8, year }))
            }
            "FY" if n.len == 4 || (glued && n.len == 2) => {
                let (end, year) = self.year_number(i + 1).filter(|_| n.len == 4).or_else(|| {
                    // "FY21": the century that puts it nearest the document.
                    let century = (self.year + 10 - n.num as i32).div_euclid(100) * 100;
                    Some((after, century + n.num as i32))
                })?;
                Some(Core::new(end, Expr::Year(year)))
            }
            _ => None,
        }
    }

    /// A holiday whose name ends before `end`, with an optional year after it.
    fn holiday_at(&self, end: usize, holiday: Holiday) -> Core {
        // "Memorial Day 2009", "Labor Day of 1936"
        let (end, year) = match self.year_after(end) {
            Some((year_end, y)) => (year_end, YearRef::Explicit(y)),
            None => (end, YearRef::Implicit),
        };
        Core::new(end, Expr::Holiday { holiday, year, eve: false })
    }

    /// "third quarter", "third-quarter", "first half", "first nine months".
    fn ordinal_core(&self, i: usize, n: u8) -> Option<Core> {
        let mut j = i + 1;
        if self.punct(j, b'-') && self.glued(j) {
            j += 1;
        }
        match self.lex(j) {
            // "the fourth of July"
            Lex::Of if (1..=31).contains(&n) && self.tokens.get(j + 1).is_some_and(|m| m.cap) => {
                let Lex::Month(month) = self.lex(j + 1) else { return None };
                let (end, year) = match self.year_number(j + 2) {
                    Some((end, y)) => (end, YearRef::Explicit(y)),
                    None => (j + 2, YearRef::Implicit),
                };
                Some(Core::new(end, Expr::Date { year, month, day: Some(n) }).with_article())
            }
            Lex::Unit(Unit::Week, false) if self.lex(j + 1) == Lex::Of => {
                self.week_of_month(j, Some(n))
            }
            Lex::Unit(Unit::Quarter, false) if (1..=4).contains(&n) => {
                let (end, year) = self.of_year(j + 1);
                Some(Core::new(end, Expr::Quarter { quarter: n, year }).with_article())
            }
            Lex::Half if (1..=2).contains(&n) => {
                if let Some(decade) = self.half_of_decade(j + 1, n) {
                    return Some(decade);
                }
                let (end, year) = self.of_year(j + 1);
                Some(Core::new(end, Expr::Half { half: n, year }).with_article())
            }
            // "the twentieth century"
            Lex::Unit(Unit::Century, false) if (1..=30).contains(&n) => {
                Some(Core::new(j + 1, Expr::Century(n as i32 - 1)).with_article())
            }
            // "the first two quarters of 1990" is the first half of that year.
            Lex::Num(2) if n == 1 && self.lex(j + 1) == Lex::Unit(Unit::Quarter, true) => {
                let (end, year) = self.of_year(j + 2);
                Some(Core::new(end, Expr::Half { half: 1, year }).with_article())
            }
            _ if n == 1 => {
                let (end, unit, amount) = self.amount_unit(j)?;
                Some(Core::new(end, Expr::Duration { unit, amount }).with_article())
            }
            _ => None,
        }
    }

    /// A part of the day on its own: "by mid-afternoon", "in the morning", "mid-afternoon
    /// yesterday". Alone, "morning" is too often a plain noun ("morning talk show"); after
    /// "mid" or in "in the morning" it is the part of the day the story is at.
    fn part_of_day_core(&self, i: usize, part: PartOfDay) -> Option<Core> {
        let prev = if i > 0 { self.lex(i - 1) } else { Lex::None };
        // "the night before": that part of the narrative's day before ("the morning after"
        // is mostly the idiom).
        if prev == Lex::The && self.lex(i + 1) == Lex::Before && self.clause_end(i + 2) {
            let day = Box::new(Expr::Anaphoric { unit: Unit::Day, offset: -1 });
            let time = Expr::Time { day: Some(day), clock: Clock::Part(part) };
            return Some(Core::new(i + 2, time).with_article());
        }
        let after_mid =
            prev == Lex::Mid || (i > 1 && self.punct(i - 1, b'-') && self.lex(i - 2) == Lex::Mid);
        let in_the = i > 1 && prev == Lex::The && matches!(self.lex(i - 2), Lex::In | Lex::During);
        if !(after_mid || in_the) {
            return None;
        }
        let day = match self.lex(i + 1) {
            Lex::Yesterday => Some(Expr::Deictic { unit: Unit::Day, offset: -1 }),
            Lex::Today => Some(Expr::Deictic { unit: Unit::Day, offset: 0 }),
            Lex::Tomorrow => Some(Expr::Deictic { unit: Unit::Day, offset: 1 }),
            Lex::Weekday(w) if self.tokens[i + 1].cap => {
                Some(Expr::Weekday { weekday: w, relative: None })
            }
            _ => None,
        };
        let end = if day.is_some() { i + 2 } else { i + 1 };
        Some(
            Core::new(end, Expr::Time { day: day.map(Box::new), clock: Clock::Part(part) })
                .with_article(),
        )
    }

    /// An optional "of 1989" / "1989" / "of this year" after a quarter or half.
    /// "(the first half) of the 1980s", "(the last half) of the '80s", "(the second half) of
    /// the 20th century": the decade or century with START or END, from the token after
    /// "half".
    fn half_of_decade(&self, i: usize, half: u8) -> Option<Core> {
        if self.lex(i) != Lex::Of {
            return None;
        }
        let k = if self.lex(i + 1) == Lex::The { i + 2 } else { i + 1 };
        let decade = self.core(k)?;
        // "the second half of the 20th century" as well.
        if !matches!(decade.expr, Expr::Decade(_) | Expr::Century(_)) || decade.modifier.is_some() {
            return None;
        }
        let modifier = if half == 1 { Modifier::Start } else { Modifier::End };
        Some(Core::new(decade.end, decade.expr).with_modifier(modifier).with_article())
    }

    /// "(the first) week of June", "(the last) week of May 2010": the ISO week holding the
    /// middle day of that seven-day stretch of the month. `i` is at "week"; `nth` is `None`
    /// for the last week.
    fn week_of_month(&self, i: usize, nth: Option<u8>) -> Option<Core> {
        if self.lex(i + 1) != Lex::Of || !self.tokens.get(i + 2).is_some_and(|t| t.cap) {
            return None;
        }
        let Lex::Month(month) = self.lex(i + 2) else { return None };
        let (end, year) = match self.year_number(i + 3) {
            Some((end, y)) => (end, YearRef::Explicit(y)),
            None => (i + 3, YearRef::Implicit),
        };
        // Without its year, February is taken as 28 days: the last week's middle day moves
        // by at most one.
        const LENGTHS: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let day = match nth {
            Some(n @ 1..=4) => 7 * n - 3,
            Some(_) => return None,
            None => LENGTHS[month as usize - 1] - 3,
        };
        let date = Expr::Date { year, month, day: Some(day) };
        Some(Core::new(end, Expr::WeekOf(Box::new(date))).with_article())
    }

    /// "this year", "last year", "next year" after a month or a date ("June 25 last year"),
    /// as the offset of that year from the document's; not "last year's".
    fn year_offset(&self, i: usize) -> Option<(usize, i32)> {
        let offset = match self.lex(i) {
            Lex::This => 0,
            Lex::Last => -1,
            Lex::Next => 1,
            _ => return None,
        };
        (self.lex(i + 1) == Lex::Unit(Unit::Year, false) && !self.punct(i + 2, b'\''))
            .then_some((i + 2, offset))
    }

    /// A year at `i`, or after "of" there ("2004", "of 1936"): the end and the year.
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        self.year_number(if self.lex(i) == Lex::Of { i + 1 } else { i })
    }

    fn of_year(&self, i: usize) -> (usize, YearRef) {
        let k = if self.lex(i) == Lex::Of { i + 1 } else { i };
        if let Some((end, y)) = self.year_after(i) {
            return (end, YearRef::Explicit(y));
        }
        if self.lex(i) == Lex::Of {
            // "the second half of the year": the year the clause is in.
            if self.lex(k) == Lex::The
                && self.lex(k + 1) == Lex::Unit(Unit::Year, false)
                && !self.punct(k + 2, b'\'')
            {
                return (k + 2, YearRef::Implicit);
            }
            if let Some((end, offset)) = self.year_offset(k) {
                return (end, YearRef::Relative(offset));
            }
        }
        (i, YearRef::Implicit)
    }

    /// "(of) that year", "(of) that same year", "(of) the same year" at `i`: returns the end.
    fn that_year(&self, i: usize) -> Option<usize> {
        let mut k = if self.lex(i) == Lex::Of { i + 1 } else { i };
        if !matches!(self.lex(k), Lex::That | Lex::The) {
            return None;
        }
        let the = self.lex(k) == Lex::The;
        k += 1;
        let same = self.word_is(k, "same");
        if same {
            k += 1;
        }
        // "the year" alone is not "that year".
        let year = self.lex(k) == Lex::Unit(Unit::Year, false) && !self.punct(k + 1, b'\'');
        (year && (same || !the)).then_some(k + 1)
    }

    /// "last week", "next Monday", "this summer", "the past two months", "the following day".
    fn relative_core(&self, i: usize, word: Lex) -> Option<Core> {
        let offset = match word {
            Lex::Last | Lex::Previous | Lex::Past => -1,
            Lex::Next | Lex::Coming | Lex::Following | Lex::Upcoming => 1,
            _ => 0,
        };
        // Relative to the narrative rather than to the document time; "the next day" too,
        // while "next week" counts from the publication.
        let after_the = i > 0 && self.lex(i - 1) == Lex::The;
        let anaphoric = matches!(word, Lex::Previous | Lex::Following | Lex::That | Lex::Same)
            || (word == Lex::Next && after_the && self.lex(i + 1) == Lex::Unit(Unit::Day, false));
        // "this coming Sunday" is "coming Sunday".
        if word == Lex::This && self.lex(i + 1) == Lex::Coming {
            return self.relative_core(i + 1, Lex::Coming);
        }
        let j = i + 1;
        // Without "the", "following" is a preposition: "following Tuesday's earthquake".
        if word == Lex::Following && !after_the {
            return None;
        }
        // "This Week", "Next Year": title case names a programme or a publication.
        if matches!(self.lex(j), Lex::Unit(..)) && self.tokens[j].cap {
            return None;
        }
        match self.lex(j) {
            // "the past year and a half": a stretch of a year and a half up to now.
            Lex::Unit(unit, false)
                if after_the
                    && matches!(word, Lex::Past | Lex::Last | Lex::Next | Lex::Coming)
                    && self.lex(j + 1) == Lex::And
                    && self.lex(j + 2) == Lex::A
                    && self.lex(j + 3) == Lex::Half =>
            {
                Some(Core::new(j + 4, Expr::Duration { unit, amount: Some(1.5) }).with_article())
            }
            Lex::Unit(unit, false) => {
                // "his last day" is the final one, not yesterday, and "that day" mostly
                // points at an event; "earlier that day" is a time, though.
                let qualified = i > 0 && matches!(self.lex(i - 1), Lex::Earlier | Lex::Later);
                // "the past hour", "the next hour": the stretch of an hour up to or from now.
                if unit == Unit::Hour
                    && i > 0
                    && self.lex(i - 1) == Lex::The
                    && matches!(word, Lex::Past | Lex::Last | Lex::Next | Lex::Coming)
                {
                    return Some(
                        Core::new(j + 1, Expr::Duration { unit, amount: Some(1.0) }).with_article(),
                    );
                }
                // "over the next year", "in the next month": a stretch ahead (reported
                // speech makes many clauses look past: "…in the next week," he said). Alone,
                // "the next year" in a past clause is the one after the narrative's ("said in
                // 2005. It happened the next year").
                if word == Lex::Next
                    && after_the
                    && matches!(unit, Unit::Week | Unit::Month | Unit::Year)
                {
                    let expr = if i > 1
                        && self.word_in(i - 2, &["over", "within", "during", "for", "in"])
                    {
                        Expr::Duration { unit, amount: Some(1.0) }
                    } else if self.tense(i - 1, j + 1).is_past() {
                        Expr::Anaphoric { unit, offset: 1 }
                    } else {
                        Expr::Deictic { unit, offset: 1 }
                    };
                    return Some(Core::new(j + 1, expr).with_article());
                }
                // "the last quarter of 2010", "the last quarter of last year": the fourth.
                if unit == Unit::Quarter && word == Lex::Last && self.lex(j + 1) == Lex::Of {
                    let (end, year) = self.of_year(j + 1);
                    if end > j + 1 {
                        return Some(
                            Core::new(end, Expr::Quarter { quarter: 4, year }).with_article(),
                        );
                    }
                }
                // "the last week of May"
                if unit == Unit::Week
                    && word == Lex::Last
                    && let Some(week) = self.week_of_month(j, None)
                {
                    return Some(week);
                }
                if unit < Unit::Day
                    || (unit == Unit::Day
                        && (word == Lex::Last || (word == Lex::That && !qualified)))
                {
                    return None;
                }
                // "this year's third quarter", "last year's quarter"
                if unit == Unit::Year
                    && self.possessive_s(j + 1)
                    && matches!(word, Lex::This | Lex::Last | Lex::Next)
                {
                    let k = j + 3;
                    let quarter = match (self.lex(k), self.lex(k + 1)) {
                        (Lex::Ordinal(q @ 1..=4), Lex::Unit(Unit::Quarter, false)) => {
                            Some((k + 2, Some(q)))
                        }
                        (Lex::Unit(Unit::Quarter, false) | Lex::Period, _) => Some((k + 1, None)),
                        _ => None,
                    };
                    match quarter {
                        Some((end, Some(q))) => {
                            return Some(
                                Core::new(
                                    end,
                                    Expr::Quarter { quarter: q, year: YearRef::Offset(offset) },
                                )
                                .with_article(),
                            );
                        }
                        Some((end, None)) => {
                            return Some(
                                Core::new(end, Expr::ReportQuarter { offset: 4 * offset })
                                    .with_article(),
                            );
                        }
                        None => {}
                    }
                }
                // "the past week" said on a Friday is mostly this week, not the one before.
                if unit == Unit::Week && after_the && matches!(word, Lex::Past | Lex::Last) {
                    return Some(Core::new(j + 1, Expr::TrailingWeek).with_article());
                }
                if word == Lex::Latest {
                    return (unit == Unit::Quarter).then(|| {
                        Core::new(j + 1, Expr::ReportQuarter { offset: 0 }).with_article()
                    });
                }
                let expr = if anaphoric {
                    Expr::Anaphoric { unit, offset }
                } else {
                    Expr::Deictic { unit, offset }
                };
                Some(Core::new(j + 1, expr).with_article())
            }
            Lex::Unit(unit, true)
                if matches!(
                    word,
                    Lex::Past
                        | Lex::Last
                        | Lex::Coming
                        | Lex::Next
                        | Lex::Previous
                        | Lex::Following
                ) =>
            {
                // "the coming days": an unspecified stretch.
                Some(Core::new(j + 1, Expr::Duration { unit, amount: None }).with_article())
            }
            // "the last half dozen years" counts years, not halves.
            Lex::Half if word == Lex::Last && self.lex(j + 1) != Lex::Dozen => {
                if let Some(decade) = self.half_of_decade(j + 1, 2) {
                    return Some(decade);
                }
                let (end, year) = self.of_year(j + 1);
                Some(Core::new(end, Expr::Half { half: 2, year }).with_article())
            }
            // "last fiscal year", "the previous fiscal year"
            Lex::Fiscal
                if self.lex(j + 1) == Lex::Unit(Unit::Year, false)
                    && !matches!(word, Lex::Past | Lex::Latest) =>
            {
                let unit = Unit::Year;
                let expr = if anaphoric {
                    Expr::Anaphoric { unit, offset }
                } else {
                    Expr::Deictic { unit, offset }
                };
                Some(Core::new(j + 2, expr).with_article())
            }
            Lex::Period if word == Lex::Latest => {
                Some(Core::new(j + 1, Expr::ReportQuarter { offset: 0 }).with_article())
            }
            // "this coming Sunday, March eighth"
            Lex::Weekday(_)
                if self.tokens[j].cap
                    && let Some(date) = self.date_after_weekday(j) =>
            {
                Some(date)
            }
            Lex::Weekday(w) if self.tokens[j].cap && !anaphoric => {
                Some(Core::new(j + 1, Expr::Weekday { weekday: w, relative: Some(offset) }))
            }
            Lex::Weekday(w)
                if self.tokens[j].cap && matches!(word, Lex::Previous | Lex::Following) =>
            {
                Some(Core::new(j + 1, Expr::WeekdayFrom { weekday: w, offset }).with_article())
            }
            Lex::Month(m) if self.tokens[j].cap && !anaphoric && word != Lex::Past => {
                // "This September 18, 2010", "next March 3": the day too, in the year that
                // "this" or "next" says unless one is written.
                if let Some(mut date) = self.month_core(j, m)
                    && let Expr::Date { day, year, .. } = &mut date.expr
                    && (day.is_some() || matches!(year, YearRef::Explicit(_)))
                {
                    // "In this July 31 file photo" is any recent July 31: the tense decides.
                    if *year == YearRef::Implicit && offset != 0 {
                        *year = YearRef::Relative(offset);
                    }
                    return Some(date);
                }
                Some(Core::new(
                    j + 1,
                    Expr::Date { year: YearRef::Relative(offset), month: m, day: None },
                ))
            }
            Lex::Season(s) if !anaphoric => self.season_core(j, s, YearRef::Relative(offset)),
            Lex::Holiday(h) if !anaphoric => self.holiday_core(j, h, YearRef::Relative(offset)),
            // "told Reuters that overnight the capital was dark": "overnight" stands alone.
            Lex::PartOfDay(_) if self.word_is(j, "overnight") => None,
            Lex::PartOfDay(part) => {
                let day = match word {
                    Lex::This => Expr::Deictic { unit: Unit::Day, offset: 0 },
                    Lex::Last if part == PartOfDay::Night => {
                        Expr::Deictic { unit: Unit::Day, offset: -1 }
                    }
                    Lex::That | Lex::Same => Expr::Anaphoric { unit: Unit::Day, offset: 0 },
                    Lex::Following | Lex::Next => Expr::Anaphoric { unit: Unit::Day, offset: 1 },
                    Lex::Previous => Expr::Anaphoric { unit: Unit::Day, offset: -1 },
                    _ => return None,
                };
                Some(
                    Core::new(
                        j + 1,
                        Expr::Time { day: Some(Box::new(day)), clock: Clock::Part(part) },
                    )
                    .with_article(),
                )
            }
            Lex::Ordinal(n) if word == Lex::Latest || word == Lex::Past => {
                self.ordinal_core(j, n).map(Core::with_article)
            }
            _ if matches!(
                word,
                Lex::Past | Lex::Last | Lex::Next | Lex::Coming | Lex::Previous | Lex::Following
            ) =>
            {
                // "the past two months", "the next several days"
                let (end, unit, amount) = self.amount_unit(j)?;
                Some(Core::new(end, Expr::Duration { unit, amount }).with_article())
            }
            _ => None,
        }
    }

    /// Bare unit words: "the year", "the week", "years" after "for".
    fn unit_core(&self, i: usize, unit: Unit, plural: bool) -> Option<Core> {
        let prev = if i > 0 { self.lex(i - 1) } else { Lex::None };
        // "on weekends": every weekend.
        if unit == Unit::Weekend && plural && i > 0 && self.word_is(i - 1, "on") {
            return Some(Core::new(i + 1, Expr::Set("XXXX-WXX-WE")));
        }
        // "the quarter-to-quarter comparison", "day-to-day business": a manner, not a time.
        if self.punct(i + 1, b'-') && self.glued(i + 1) && self.lex(i + 2) == Lex::To {
            return None;
        }
        // "a day-long meeting", "a decades-long battle": a stretch of that unit.
        if unit >= Unit::Hour
            && self.punct(i + 1, b'-')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.word_is(i + 2, "long")
        {
            let amount = if plural { None } else { Some(1.0) };
            return Some(Core::new(i + 3, Expr::Duration { unit, amount }));
        }
        if plural {
            // "the weeks ahead"
            if unit >= Unit::Day && prev == Lex::The && self.lex(i + 1) == Lex::Ahead {
                return Some(
                    Core::new(i + 2, Expr::Duration { unit, amount: None }).with_article(),
                );
            }
            // "for years", "within weeks", "within hours"
            if unit >= Unit::Minute
                && matches!(prev, Lex::For | Lex::Within | Lex::Over)
                && !matches!(self.lex(i + 1), Lex::Of | Lex::Ago)
            {
                return Some(Core::new(i + 1, Expr::Duration { unit, amount: None }));
            }
            return None;
        }
        if unit == Unit::Year && !plural {
            // "year-end results": in business news the year ends on a day, when the books
            // close on Dec. 31.
            if self.punct(i + 1, b'-') && self.lex(i + 2) == Lex::End {
                let day = Expr::Date { year: YearRef::Relative(0), month: 12, day: Some(31) };
                return Some(Core::new(i + 3, day).with_article());
            }
            // "by year end", "by year's end": the end of the year, as "the end of the year".
            let end = if self.lex(i + 1) == Lex::End && self.lex(i + 2) != Lex::Of {
                Some(i + 2)
            } else if self.possessive_s(i + 1) && self.lex(i + 3) == Lex::End {
                Some(i + 4)
            } else {
                None
            };
            if let Some(end) = end {
                let year = Expr::Deictic { unit: Unit::Year, offset: 0 };
                return Some(Core::new(end, year).with_modifier(Modifier::End).with_article());
            }
        }
        // "year-earlier", "year-ago": the same period a year before, in earnings reports.
        if unit == Unit::Year
            && self.punct(i + 1, b'-')
            && matches!(self.lex(i + 2), Lex::Earlier | Lex::Ago)
        {
            let j = i + 3;
            let period = match self.lex(j) {
                Lex::Unit(Unit::Quarter, false) | Lex::Period => Some(j + 1),
                Lex::Ordinal(1..=4) if self.lex(j + 1) == Lex::Unit(Unit::Quarter, false) => {
                    Some(j + 2)
                }
                _ => None,
            };
            if let Some(end) = period {
                return Some(Core::new(end, Expr::ReportQuarter { offset: -4 }).with_article());
            }
            if let Some((end, unit, amount)) = self.amount_unit(j) {
                return Some(Core::new(end, Expr::Duration { unit, amount }).with_article());
            }
            return Some(Core::new(
                j,
                Expr::Shift { unit: Unit::Year, amount: Some(1.0), sign: -1 },
            ));
        }
        if prev != Lex::The {
            return None;
        }
        match unit {
            Unit::Quarter => {
                Some(Core::new(i + 1, Expr::ReportQuarter { offset: 0 }).with_article())
            }
            // "the year two thousand"
            Unit::Year if self.year_number(i + 1).is_some() => {
                let (end, year) = self.year_number(i + 1)?;
                Some(Core::new(end, Expr::Year(year)).with_article())
            }
            Unit::Day => {
                // "the day before yesterday", "the day after Christmas"
                if let (Lex::Before | Lex::After, Some(day)) =
                    (self.lex(i + 1), self.day_core(i + 2))
                {
                    let offset = if self.lex(i + 1) == Lex::Before { -1 } else { 1 };
                    return Some(
                        Core::new(day.end, Expr::DayFrom { day: Box::new(day.expr), offset })
                            .with_article(),
                    );
                }
                // "the day before", "the day after": neighbours of the reference day. "The day"
                // alone is usually an event's day, which annotators rarely tag.
                let offset =
                    self.before_after(i + 1).filter(|_| self.sentence_end_or_punct(i + 2))?;
                Some(Core::new(i + 2, Expr::Anaphoric { unit, offset }).with_article())
            }
            Unit::Week | Unit::Weekend | Unit::Month | Unit::Year => {
                // "Album Of The Week", "player of the year awards": a title, not a time.
                let of_the = i > 1 && prev == Lex::The && self.lex(i - 2) == Lex::Of;
                const PRIZES: [&str; 4] = ["award", "awards", "prize", "title"];
                if of_the && (self.tokens[i].cap || self.word_in(i + 1, &PRIZES)) {
                    return None;
                }
                // "the week of March 6", "the weekend of 14 August"
                if matches!(unit, Unit::Week | Unit::Weekend)
                    && self.lex(i + 1) == Lex::Of
                    && let Some(day) = self.day_core(i + 2)
                {
                    let end = day.end;
                    let day = Box::new(day.expr);
                    let expr =
                        if unit == Unit::Week { Expr::WeekOf(day) } else { Expr::WeekendOf(day) };
                    return Some(Core::new(end, expr).with_article());
                }
                // "the year before,", "the month after.": a neighbour of the narrative's.
                if unit != Unit::Weekend
                    && self.clause_end(i + 2)
                    && let Some(offset) = self.before_after(i + 1)
                {
                    return Some(Core::new(i + 2, Expr::Anaphoric { unit, offset }).with_article());
                }
                // "the day of the attack" is an event; "the year" is the current one.
                if self.lex(i + 1) == Lex::Of {
                    return None;
                }
                // "the year ended March 31" is a fiscal year: a stretch of one year.
                if self.lex(i + 1) == Lex::Ended {
                    return Some(
                        Core::new(i + 1, Expr::Duration { unit, amount: Some(1.0) }).with_article(),
                    );
                }
                Some(Core::new(i + 1, Expr::Deictic { unit, offset: 0 }).with_article())
            }
            _ => None,
        }
    }

    /// An expression at `i` that names one day ("yesterday", "last Tuesday", "March 6").
    fn day_core(&self, i: usize) -> Option<Core> {
        let core = self.core(i)?;
        let is_day = matches!(
            core.expr,
            Expr::Weekday { .. }
                | Expr::Date { day: Some(_), .. }
                | Expr::Deictic { unit: Unit::Day, .. }
                | Expr::Holiday { .. }
        );
        is_day.then_some(core)
    }

    /// A plural "s" or "'s" glued on at `i` ("1990s", "the 70's"): the end after it.
    fn plural_s(&self, i: usize) -> Option<usize> {
        let j = if self.punct(i, b'\'') && self.glued(i) { i + 1 } else { i };
        (self.word_is(j, "s") && self.glued(j)).then_some(j + 1)
    }

    /// "before" (-1) or "after" (+1) at `i`, as a step from the narrative's period.
    fn before_after(&self, i: usize) -> Option<i32> {
        match self.lex(i) {
            Lex::Before => Some(-1),
            Lex::After => Some(1),
            _ => None,
        }
    }

    /// Whether the text or its clause ends at `i`; not a quotation mark, which may open the
    /// event a preposition is about ("two days after \"top kill\" began").
    fn clause_end(&self, i: usize) -> bool {
        self.tokens.get(i).is_none_or(|t| {
            t.kind == Kind::Punct
                && matches!(t.num as u8, b',' | b'.' | b';' | b':' | b'!' | b'?' | b')')
        })
    }

    fn sentence_end_or_punct(&self, i: usize) -> bool {
        self.tokens.get(i).is_none_or(|t| t.kind == Kind::Punct)
    }

    /// "every Monday", "each year", "every two weeks".
    fn set_core(&self, i: usize) -> Option<Core> {
        let j = i + 1;
        // "every other day", "every other week": one in two.
        if self.word_is(j, "other")
            && let Lex::Unit(unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false) =
                self.lex(j + 1)
        {
            let value = match unit {
                Unit::Day => "P2D",
                Unit::Week => "P2W",
                Unit::Month => "P2M",
                _ => "P2Y",
            };
            return Some(Core::new(j + 2, Expr::Set(value)));
        }
        match self.lex(j) {
            Lex::Unit(unit, false) => Some(Core::new(j + 1, Expr::Set(set_value(unit)))),
            Lex::Weekday(w) => Some(Core::new(j + 1, Expr::Set(WEEKDAY_SETS[w as usize - 1]))),
            Lex::PartOfDay(part) => Some(Core::new(
                j + 1,
                Expr::Set(match part {
                    PartOfDay::Morning => "XXXX-XX-XXTMO",
                    PartOfDay::Afternoon => "XXXX-XX-XXTAF",
                    PartOfDay::Evening => "XXXX-XX-XXTEV",
                    PartOfDay::Night => "XXXX-XX-XXTNI",
                }),
            )),
            Lex::Season(s) => Some(Core::new(
                j + 1,
                Expr::Set(["XXXX-SP", "XXXX-SU", "XXXX-FA", "XXXX-WI"][s as usize]),
            )),
            Lex::SeasonWord => Some(Core::new(j + 1, Expr::Set("P3M"))),
            Lex::Month(m) if self.tokens[j].cap => {
                Some(Core::new(j + 1, Expr::Set(MONTH_SETS[m as usize - 1])))
            }
            _ => {
                // "every ten minutes", "every 15 to 20 minutes": the period is the amount.
                let (end, unit, amount) = self.amount_unit(j)?;
                Some(Core::new(end, Expr::SetEvery(unit, amount)))
            }
        }
    }
}

const WEEKDAY_SETS: [&str; 7] = [
    "XXXX-WXX-1",
    "XXXX-WXX-2",
    "XXXX-WXX-3",
    "XXXX-WXX-4",
    "XXXX-WXX-5",
    "XXXX-WXX-6",
    "XXXX-WXX-7",
];
/// Every weekday's part of the day, indexed by weekday (Monday first) and `PartOfDay` order.
const WEEKDAY_PART_SETS: [[&str; 4]; 7] = [
    ["XXXX-WXX-1TMO", "XXXX-WXX-1TAF", "XXXX-WXX-1TEV", "XXXX-WXX-1TNI"],
    ["XXXX-WXX-2TMO", "XXXX-WXX-2TAF", "XXXX-WXX-2TEV", "XXXX-WXX-2TNI"],
    ["XXXX-WXX-3TMO", "XXXX-WXX-3TAF", "XXXX-WXX-3TEV", "XXXX-WXX-3TNI"],
    ["XXXX-WXX-4TMO", "XXXX-WXX-4TAF", "XXXX-WXX-4TEV", "XXXX-WXX-4TNI"],
    ["XXXX-WXX-5TMO", "XXXX-WXX-5TAF", "XXXX-WXX-5TEV", "XXXX-WXX-5TNI"],
    ["XXXX-WXX-6TMO", "XXXX-WXX-6TAF", "XXXX-WXX-6TEV", "XXXX-WXX-6TNI"],
    ["XXXX-WXX-7TMO", "XXXX-WXX-7TAF", "XXXX-WXX-7TEV", "XXXX-WXX-7TNI"],
];
const MONTH_SETS: [&str; 12] = [
    "XXXX-01", "XXXX-02", "XXXX-03", "XXXX-04", "XXXX-05", "XXXX-06", "XXXX-07", "XXXX-08",
    "XXXX-09", "XXXX-10", "XXXX-11", "XXXX-12",
];

fn set_value(unit: Unit) -> &'static str {
    match unit {
        Unit::Second => "PT1S",
        Unit::Minute => "PT1M",
        Unit::Hour => "PT1H",
        Unit::Day => "P1D",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Week => "P1W",
        Unit::Fortnight => "P2W",
        Unit::Month => "P1M",
        Unit::Quarter => "P1Q",
        Unit::Year => "P1Y",
        Unit::Decade => "P10Y",
        Unit::Century => "P100Y",
    }
}
