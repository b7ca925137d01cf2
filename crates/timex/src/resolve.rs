//! Normalization: turns recognized expressions into TIMEX3 values, anchored to the document
//! time and to a narrative reference time that moves with each fully specified day.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::grammar::{Clock, EVENTS, Expr, Match, Tense, YearRef};
use crate::lexer::{Feast, Holiday, Lex, Token, Unit};
use crate::{
    Config, Granularity, RangeLink, RangeRole, Timex, TimexType, interval_of_value, week_value,
};

/// What the narrative has established so far.
struct Context {
    dct: NaiveDate,
    /// Last day the text pinned down (the document time until then).
    reference: NaiveDate,
    /// Year of the last explicitly dated expression, for "that year".
    reference_year: i32,
    /// Month of the last expression that named one, for "the following month".
    reference_month: NaiveDate,
    /// Last fiscal quarter mentioned, for "the quarter" and "a year earlier" in earnings news.
    report_quarter: Option<(i32, u8)>,
    follow_narrative: bool,
    /// The finest unit the text has named so far (`Unit::Century` before any): until a day
    /// is named, "two days later" has nothing to count from; until a month or day is, "a
    /// month later" has not either.
    narrated: Unit,
    /// While the second end of a range is resolved: the first day of its first end.
    range_start: Option<NaiveDate>,
    /// The match being resolved names a weekday ("Monday 7 September"): a schedule, which a
    /// chronology does not claim.
    weekday_named: bool,
    /// The match being resolved says "this" ("this weekend"), not "the".
    this_named: bool,
    /// The day each event of `EVENTS` was last dated ("the April 20 explosion").
    events: [Option<NaiveDate>; EVENTS.len()],
    /// The day the text is written on: the document time, or the day of a later update
    /// stamp of a live report ("(Update 4:33 a.m. Thursday in Cairo …)" in a report dated
    /// Wednesday), from which weekdays are counted.
    today: NaiveDate,
    /// The year each yearless month was last put in ("until September … in September"),
    /// and the byte it was named at: a mention close after it without a tense keeps it.
    month_years: [Option<(i32, usize)>; 12],
    /// The byte the match being resolved starts at.
    at: usize,
}

/// How close after a yearless month a mention of it without a tense is taken to name the
/// same one: a few sentences (an exchange in an interview).
const MONTH_ECHO_BYTES: usize = 300;

pub(crate) fn resolve_all(tokens: &[Token], matches: &[Match], config: &Config) -> Vec<Timex> {
    let dct = config.document_time;
    let mut ctx = Context {
        dct,
        reference: dct,
        reference_year: dct.year(),
        reference_month: dct,
        report_quarter: None,
        follow_narrative: config.follow_narrative,
        narrated: Unit::Century,
        range_start: None,
        weekday_named: false,
        this_named: false,
        events: [None; EVENTS.len()],
        today: written_on(matches, dct),
        month_years: [None; 12],
        at: 0,
    };
    let mut out = Vec::with_capacity(matches.len());
    // Index of each match in `out`, to translate range links.
    let mut position: Vec<Option<usize>> = Vec::with_capacity(matches.len());
    for m in matches {
        let report_quarter = ctx.report_quarter;
        // "July-September", "Dec. 20 to Jan. 5": an end without a year follows its start.
        ctx.range_start = match m.range {
            // Only a named month or day ("Dec. 20 to Jan. 5") orders the other end; a bare
            // "2am" in "between 2am and 3am on 27 May" says nothing about the year.
            Some((RangeRole::To, from))
                if matches!(
                    matches[from].expr,
                    Expr::Date { .. } | Expr::Weekday { relative: None, .. }
                ) =>
            {
                position[from]
                    .and_then(|i| out.get(i))
                    .and_then(|t: &Timex| t.anchored.as_ref())
                    .map(|interval| interval.first)
            }
            _ => None,
        };
        let weekday = tokens[m.start..m.end].iter().find_map(|t| match t.lex {
            Lex::Weekday(w) => Some(w),
            _ => None,
        });
        ctx.weekday_named = weekday.is_some();
        ctx.at = tokens[m.start].start as usize;
        ctx.this_named = tokens[m.start].lex == Lex::This;
        let narrative = (ctx.reference, ctx.reference_year, ctx.reference_month);
        let same_day =
            m.same_day_as.and_then(|j| position[j]).and_then(|i| same_day(m, weekday?, &out[i]));
        let expr = same_day
            .or_else(|| first_end_year(m, matches))
            .or_else(|| ctx.weekday_range_start(m, matches))
            .or_else(|| ctx.weekday_year(m, weekday?));
        let compared = m
            .compare_to
            .and_then(|j| position[j])
            .map(|i| &out[i])
            .filter(|t: &&Timex| matches!(t.granularity, Granularity::Month | Granularity::Quarter))
            .and_then(|t| year_before(&t.value));
        // "two days after the explosion", once the story has dated the explosion.
        let from_event = match (m.from_event, &m.expr) {
            (Some((event, sign)), &Expr::Duration { unit, amount: Some(n) }) => ctx.events
                [event as usize]
                .and_then(|day| ctx.unit_offset(day, unit, n * sign as f64, true)),
            _ => None,
        };
        let mut resolved = match (compared, from_event) {
            (Some(value), _) => Some((TimexType::Date, value)),
            (None, Some(dated)) => Some(dated),
            (None, None) => ctx.resolve(expr.as_ref().unwrap_or(&m.expr), m.tense),
        };
        // "He graduated three years later", "I was hosting him the next day": counted forward
        // from the narrative, a past clause landed after the publication date, so the anchor
        // was the wrong one. Leave the value unknown and the narrative where it was.
        if let Some(unknown) = past_beyond_publication(m, resolved.as_ref(), dct) {
            resolved = Some((TimexType::Date, unknown.to_string()));
            (ctx.reference, ctx.reference_year, ctx.reference_month) = narrative;
        }
        if m.aside || m.baseline {
            ctx.report_quarter = report_quarter;
        }
        if m.baseline {
            (ctx.reference, ctx.reference_year, ctx.reference_month) = narrative;
        }
        let Some((kind, value)) = resolved else {
            position.push(None);
            continue;
        };
        let span = tokens[m.start].start as usize..tokens[m.end - 1].end as usize;
        let (granularity, anchored) = match kind {
            TimexType::Date | TimexType::Time => match interval_of_value(&value) {
                Some((g, interval)) => (g, Some(interval)),
                None => (Granularity::None, None),
            },
            _ => (Granularity::None, None),
        };
        if let (Expr::Date { year: YearRef::Implicit, month, .. }, Some(interval)) =
            (&m.expr, anchored)
            && matches!(granularity, Granularity::Month | Granularity::Day)
            && interval.first.month() == *month as u32
        {
            ctx.month_years[*month as usize - 1] = Some((interval.first.year(), ctx.at));
        }
        if let (Some(event), Some(interval), Granularity::Day) =
            (m.names_event, anchored, granularity)
        {
            ctx.events[event as usize] = Some(interval.first);
        }
        // A live report updated a day or two after its date writes each update from its
        // own stamp's day (the latest update comes first).
        if let (true, Some(interval)) = (m.stamp, anchored) {
            let latest = add_days(dct, 2).unwrap_or(dct);
            ctx.today = interval.first.clamp(dct, latest);
        }
        position.push(Some(out.len()));
        out.push(Timex {
            span,
            kind,
            value,
            modifier: m.modifier,
            granularity,
            anchored,
            range: None,
        });
        if let Some(other) = m.next_to.and_then(|j| position[j]) {
            let this = out.len() - 1;
            // Of two days joined ("Monday or Tuesday"), the second follows the first; of two
            // zones' clocks, the one farther from publication moves.
            let second_follows = matches!(m.expr, Expr::Weekday { .. });
            keep_adjacent(&mut out, other, this, dct, second_follows);
        }
    }
    // "The next day, Jan. 28, he disappeared", "two days ago, Feb. 6,": a date in
    // apposition names the day the count reached, whatever anchor the count had.
    for k in 1..matches.len() {
        let (a, b) = (&matches[k - 1], &matches[k]);
        let counted = matches!(
            a.expr,
            Expr::Anaphoric { unit: Unit::Day, .. }
                | Expr::Shift { unit: Unit::Day, amount: Some(_), .. }
                | Expr::Ago { unit: Unit::Day, amount: Some(_), .. }
        );
        let apposed = b.start == a.end + 1
            && tokens[a.end].is_punct(b',')
            && matches!(b.expr, Expr::Date { day: Some(_), .. });
        if let (true, true, Some(i), Some(j)) = (counted, apposed, position[k - 1], position[k])
            && out[j].granularity == Granularity::Day
        {
            out[i].kind = TimexType::Date;
            out[i].value = out[j].value.clone();
            out[i].granularity = Granularity::Day;
            out[i].anchored = out[j].anchored;
        }
    }
    for (k, m) in matches.iter().enumerate() {
        if let (Some((role, other)), Some(this)) = (m.range, position[k])
            && let Some(other) = position[other]
        {
            let other_span = out[other].span.clone();
            out[this].range = Some(RangeLink { role, other: other_span });
        }
    }
    out
}

/// "on the 28th of January, that very violent Friday afternoon": the weekday is the date
/// just named when that date falls on it.
fn same_day(m: &Match, weekday: u8, date: &Timex) -> Option<Expr> {
    let interval = date.anchored.filter(|_| date.granularity == Granularity::Day)?;
    let day = interval.first;
    if day.weekday() != weekday_of(weekday) {
        return None;
    }
    let date = Expr::Date {
        year: YearRef::Explicit(day.year()),
        month: day.month() as u8,
        day: Some(day.day() as u8),
    };
    Some(match m.expr {
        Expr::Time { clock, .. } => Expr::Time { day: Some(Box::new(date)), clock },
        _ => date,
    })
}

/// The day the text was written: the document time, or the day after when the date is
/// stale. A report cannot tell of the day after its writing as done, so several past
/// mentions of the next day's weekday ("new estimates released Thursday" in a report dated
/// Wednesday), outnumbering those of the day itself and the day before, say it was written
/// a day later than dated.
fn written_on(matches: &[Match], dct: NaiveDate) -> NaiveDate {
    let weekday_number = |date: NaiveDate| date.weekday().number_from_monday() as u8;
    let Some(next) = add_days(dct, 1) else { return dct };
    let (next_day, this_day) = (weekday_number(next), weekday_number(dct));
    let before = weekday_number(add_days(dct, -1).unwrap_or(dct));
    let (mut ahead, mut behind) = (0, 0);
    for m in matches {
        let Some(weekday) = m.expr.named_weekday() else { continue };
        if weekday == next_day && m.tense.is_past() {
            ahead += 1;
        } else if weekday == this_day || weekday == before {
            behind += 1;
        }
    }
    if ahead >= 3 && ahead > behind { next } else { dct }
}

/// The unknown value to put in place of a forward count ("three years later", "the next
/// day") that a past clause resolved to after the publication date; for years, decades and
/// centuries an untensed clause too ("Two decades later, they agree").
fn past_beyond_publication(
    m: &Match,
    resolved: Option<&(TimexType, String)>,
    dct: NaiveDate,
) -> Option<&'static str> {
    let unit = match m.expr {
        Expr::Shift { unit, amount: Some(_), sign: 1 } => unit,
        Expr::Anaphoric { unit, offset } if offset > 0 => unit,
        _ => return None,
    };
    // "Two decades later, they agree": years counted past the publication date are no
    // plan unless the clause says so.
    let long = matches!(unit, Unit::Year | Unit::Decade | Unit::Century);
    if !(m.tense.is_past() || (long && m.tense == Tense::Unknown)) {
        return None;
    }
    let (_, interval) = interval_of_value(&resolved?.1)?;
    (interval.first > dct).then(|| unknown_value(unit))
}

/// A value of `unit`'s granularity with nothing known: "XXXX-XX-XX" for a day or less.
fn unknown_value(unit: Unit) -> &'static str {
    match unit {
        Unit::Week | Unit::Weekend => "XXXX-WXX",
        Unit::Month | Unit::Quarter => "XXXX-XX",
        Unit::Year | Unit::Decade | Unit::Century => "XXXX",
        _ => "XXXX-XX-XX",
    }
}

/// The nearest `weekday` strictly before `day` (a negative `offset`) or after it.
fn weekday_beside(day: NaiveDate, weekday: u8, offset: i32) -> Option<NaiveDate> {
    let target = weekday_of(weekday).num_days_from_monday() as i64;
    let from = day.weekday().num_days_from_monday() as i64;
    let days = if offset < 0 {
        -(from - target - 1).rem_euclid(7) - 1
    } else {
        (target - from - 1).rem_euclid(7) + 1
    };
    add_days(day, days)
}

/// "between January and March 2003", "Dec. 20 to Jan. 5, 2011": the first end of a range
/// has the year of the second, or the year before when it comes later in that year.
fn first_end_year(m: &Match, matches: &[Match]) -> Option<Expr> {
    let (RangeRole::From, other) = m.range? else { return None };
    let Expr::Date { year: YearRef::Implicit, month, day } = m.expr else { return None };
    let Expr::Date { year: YearRef::Explicit(y), month: m2, day: d2 } = matches[other].expr else {
        return None;
    };
    let later = (month, day.unwrap_or(1)) > (m2, d2.unwrap_or(31));
    let year = if later { y - 1 } else { y };
    Some(Expr::Date { year: YearRef::Explicit(year), month, day })
}

/// Times on neighbouring weekdays written together (one moment in two time zones, an
/// overnight span) and neighbouring days joined ("Monday or Tuesday") are a day apart: when
/// tense put them a week apart, the one further from the document time moves next to the
/// other, or the second (`move_b`) next to the first.
fn keep_adjacent(out: &mut [Timex], a: usize, b: usize, dct: NaiveDate, move_b: bool) {
    let (Some(da), Some(db)) = (&out[a].anchored, &out[b].anchored) else { return };
    let (da, db) = (da.first, db.first);
    if (da - db).num_days().abs() <= 1 {
        return;
    }
    let far = |d: NaiveDate| (d - dct).num_days().abs();
    let (moved, anchor) = if !move_b && far(da) > far(db) { (a, db) } else { (b, da) };
    let old = out[moved].anchored.as_ref().map_or(anchor, |i| i.first);
    // The day with the moved weekday next to the anchor.
    let Some(new) = [-1, 1]
        .into_iter()
        .filter_map(|d| add_days(anchor, d))
        .find(|d| d.weekday() == old.weekday())
    else {
        return;
    };
    let t = &mut out[moved];
    let (Some(interval), Some(rest)) = (t.anchored.as_mut(), t.value.get(10..)) else { return };
    t.value = format!("{}{rest}", day_value(new));
    interval.first = new;
    interval.last = new;
}

/// The same period a year before: `2008-09` gives `2007-09`, `1989-Q3` gives `1988-Q3`.
fn year_before(value: &str) -> Option<String> {
    let year: i32 = value.get(..4)?.parse().ok()?;
    let rest = value.get(4..)?;
    rest.starts_with('-').then(|| format!("{:04}{rest}", year - 1))
}

fn day_value(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

fn month_value(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

fn year_value(year: i32) -> String {
    if year < 0 { format!("BC{:04}", -year) } else { format!("{year:04}") }
}

fn add_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let first = date.with_day(1)?;
    if months >= 0 {
        first.checked_add_months(Months::new(months as u32))
    } else {
        first.checked_sub_months(Months::new(months.unsigned_abs()))
    }
}

fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days as u64))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

fn quarter_of(date: NaiveDate) -> (i32, u8) {
    (date.year(), ((date.month() - 1) / 3 + 1) as u8)
}

fn shift_quarter((year, quarter): (i32, u8), by: i32) -> (i32, u8) {
    let index = year * 4 + quarter as i32 - 1 + by;
    (index.div_euclid(4), (index.rem_euclid(4) + 1) as u8)
}

fn weekday_of(n: u8) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// Western Easter Sunday (anonymous Gregorian algorithm).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

fn holiday_date(holiday: Holiday, year: i32, eve: bool) -> Option<NaiveDate> {
    let date = match holiday {
        Holiday::Christmas => NaiveDate::from_ymd_opt(year, 12, 25),
        Holiday::Halloween => NaiveDate::from_ymd_opt(year, 10, 31),
        Holiday::Easter => easter(year),
        Holiday::FromFeast { feast, days } => {
            let feast = match feast {
                Feast::Easter => easter(year),
                Feast::Thanksgiving => holiday_date(Holiday::Thanksgiving, year, false),
            }?;
            feast.checked_add_signed(chrono::Duration::days(days as i64))
        }
        // Only ever a word before a weekday; the grammar makes it a day.
        Holiday::FeastWeek { .. } => None,
        Holiday::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month as u32, day as u32),
        Holiday::Nth { month, weekday, n: -1 } => {
            // The last one: a week back from the same weekday of the next month's first week.
            let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month as u32 + 1) };
            NaiveDate::from_weekday_of_month_opt(y, m, weekday_of(weekday), 1)
                .and_then(|d| d.checked_sub_days(Days::new(7)))
        }
        Holiday::Nth { month, weekday, n } => NaiveDate::from_weekday_of_month_opt(
            year,
            month as u32,
            weekday_of(weekday),
            n.max(1) as u8,
        ),
        // Fourth Thursday of November (United States).
        Holiday::Thanksgiving => NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Thu, 4),
        Holiday::ElectionDay => NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Mon, 1)
            .and_then(|monday| monday.succ_opt()),
    }?;
    if eve { date.pred_opt() } else { Some(date) }
}

impl Context {
    /// The day anaphoric expressions count from.
    fn anchor(&self) -> NaiveDate {
        if self.follow_narrative { self.reference } else { self.dct }
    }

    /// What "six years later", "two months later" and "the following year" count from: a
    /// year or month named after the narrative's last day ("in 1975. Six years later") is
    /// the newer anchor.
    fn shift_anchor(&self, unit: Unit) -> NaiveDate {
        let day = self.anchor();
        if !self.follow_narrative {
            return day;
        }
        let month = self.reference_month;
        match unit {
            Unit::Month | Unit::Quarter
                if (month.year(), month.month()) != (day.year(), day.month()) =>
            {
                month
            }
            Unit::Year | Unit::Decade | Unit::Century if self.reference_year != day.year() => {
                let m = if month.year() == self.reference_year { month.month() } else { 1 };
                NaiveDate::from_ymd_opt(self.reference_year, m, 1).unwrap_or(day)
            }
            _ => day,
        }
    }

    /// "Tuesday 12 January", "the night of Wednesday, Jan. 12" without a year: the year whose
    /// date falls on the `weekday` the match names, when the one tense and distance pick does
    /// not and a neighbour does.
    fn weekday_year(&self, m: &Match, weekday: u8) -> Option<Expr> {
        let date = match &m.expr {
            Expr::Time { day: Some(day), .. } => day.as_ref(),
            expr => expr,
        };
        let Expr::Date { year: YearRef::Implicit, month, day: Some(day) } = *date else {
            return None;
        };
        let implicit = self.implicit_year(month as u32, Some(day as u32), m.tense);
        let on_weekday = |y: i32| {
            NaiveDate::from_ymd_opt(y, month as u32, day as u32)
                .is_some_and(|d| d.weekday() == weekday_of(weekday))
        };
        if on_weekday(implicit) {
            return None;
        }
        let year = [implicit - 1, implicit + 1].into_iter().find(|&y| on_weekday(y))?;
        let date = Expr::Date { year: YearRef::Explicit(year), month, day: Some(day) };
        Some(match m.expr {
            Expr::Time { clock, .. } => Expr::Time { day: Some(Box::new(date)), clock },
            _ => date,
        })
    }

    /// "from Thursday to Saturday", "between Friday and Monday": the range never runs
    /// backwards. With a tense at the first end (nearer its verb), that tense places the
    /// second end and the first is the last such weekday before it ("talks ran from Monday
    /// to Wednesday" said on a Monday); without one, the first end is placed as usual and the
    /// second follows it ("is protesting from Thursday through Saturday").
    fn weekday_range_start(&self, m: &Match, matches: &[Match]) -> Option<Expr> {
        let (RangeRole::From, other) = m.range? else { return None };
        let Expr::Weekday { weekday: first, relative: None } = m.expr else { return None };
        let to = &matches[other];
        let Expr::Weekday { weekday: second, relative: None } = to.expr else { return None };
        if m.tense == Tense::Unknown {
            return None;
        }
        let end = self.weekday_date(second, None, m.tense);
        let start = weekday_beside(end, first, -1)?;
        Some(Expr::Date {
            year: YearRef::Explicit(start.year()),
            month: start.month() as u8,
            day: Some(start.day() as u8),
        })
    }

    /// The year "that year" and "June of that year" mean: the one the narrative is in.
    fn narrative_year(&self) -> i32 {
        if self.follow_narrative { self.reference_year } else { self.dct.year() }
    }

    /// Notes that the text has named a period of `unit`.
    fn named(&mut self, unit: Unit) {
        self.narrated = self.narrated.min(unit);
    }

    fn set_reference_day(&mut self, date: NaiveDate) {
        self.narrated = Unit::Day;
        self.reference = date;
        self.reference_year = date.year();
        self.reference_month = date;
    }

    /// Picks the year for a day or month given without one, from its distance to the document
    /// time and the tense of the clause.
    fn implicit_year(&self, month: u32, day: Option<u32>, tense: Tense) -> i32 {
        let tense = tense.settled();
        let dct = self.dct;
        let year = dct.year();
        let candidate = |y: i32| NaiveDate::from_ymd_opt(y, month, day.unwrap_or(15).min(28));
        if let Some(start) = self.range_start {
            let year = start.year();
            return match candidate(year) {
                Some(date) if date < start => year + 1,
                _ => year,
            };
        }
        // "Mubarak will not leave until September. – Yes, in September": the month named
        // again without a tense is the one named before.
        if tense == Tense::Unknown
            && day.is_none()
            && let Some((named, at)) = self.month_years[month as usize - 1]
            && self.at < at + MONTH_ECHO_BYTES
        {
            return named;
        }
        let Some(same) = candidate(year) else { return year };
        // A chronology ("April 20, 2010 - Explosion … April 22 - The rig sinks") read months
        // later: a day a little after the last one named goes on from it rather than jumping
        // ahead of the publication date.
        let last = self.reference;
        if self.follow_narrative
            && self.narrated == Unit::Day
            && day.is_some()
            && !self.weekday_named
            && matches!(tense, Tense::Unknown | Tense::Past | Tense::Elapsed)
            && last.year() < year
            && same > dct
            && let Some(next) = candidate(last.year())
            && next >= last
            && (next - last).num_days() <= 183
        {
            return last.year();
        }
        let distance = (same - dct).num_days();
        // News mostly talks about its own year and about the past: a date more than four
        // months ahead is last year's unless the clause is in the future, and a date long
        // gone is next year's only in a future clause or when it is nine months gone (under
        // three months ahead). Measured on Timeline17 text: a looser window ("April" in a
        // late-December report) wrongly moved more past events into next year than it
        // rightly moved announced ones.
        match tense {
            Tense::Future if distance < -120 => year + 1,
            Tense::Future => year,
            _ if distance > 120 => year - 1,
            // The month under way is not ahead ("announced at the beginning of June").
            Tense::Elapsed if distance > 0 && !(day.is_none() && month == dct.month()) => year - 1,
            Tense::Unknown if distance < -275 => year + 1,
            _ => year,
        }
    }

    /// The year of "last March" (the latest March before last month: who means the month
    /// just ended says "last month"), "next March" (the first after this month) or "this
    /// March".
    fn relative_year(&self, month: u32, offset: i32) -> i32 {
        let year = self.dct.year();
        match offset {
            -1 if month + 1 >= self.dct.month() => year - 1,
            1 if month <= self.dct.month() => year + 1,
            _ => year,
        }
    }

    fn weekday_date(&self, weekday: u8, relative: Option<i32>, tense: Tense) -> NaiveDate {
        // What is told of as done is counted back from the day of writing, which a live
        // report's update stamp may put after the publication date; what is announced
        // keeps counting from publication ("Mubarak will step down Thursday night" in an
        // update stamped Friday was written before it).
        let from = if tense == Tense::Future { self.dct } else { self.today };
        let target = weekday_of(weekday).num_days_from_monday() as i64;
        let now = from.weekday().num_days_from_monday() as i64;
        let back = (now - target).rem_euclid(7);
        let forward = (target - now).rem_euclid(7);
        let days = match relative {
            Some(-1) => -(if back == 0 { 7 } else { back }),
            Some(1) => {
                if forward == 0 {
                    7
                } else {
                    forward
                }
            }
            Some(_) => target - now,
            None if tense == Tense::Future => forward,
            None if tense == Tense::Intended => {
                if forward <= back {
                    forward
                } else {
                    -back
                }
            }
            // Without a tense cue, tomorrow's weekday is more likely announced than six days old.
            None if tense == Tense::Unknown && forward == 1 => forward,
            None => -back,
        };
        add_days(from, days).unwrap_or(from)
    }

    /// The day an expression denotes, when it denotes one.
    fn day_of(&mut self, expr: &Expr, tense: Tense) -> Option<NaiveDate> {
        match *expr {
            Expr::Date { year, month, day: Some(day) } => {
                let y = match year {
                    YearRef::Explicit(y) => y,
                    YearRef::Relative(offset) => self.relative_year(month as u32, offset),
                    YearRef::Offset(offset) => self.dct.year() + offset,
                    YearRef::Narrative => self.narrative_year(),
                    YearRef::Implicit => self.implicit_year(month as u32, Some(day as u32), tense),
                    YearRef::Scheduled => {
                        self.implicit_year(month as u32, Some(day as u32), tense.or_ahead())
                    }
                };
                let date = NaiveDate::from_ymd_opt(y, month as u32, day as u32)?;
                // "up 5% since year-end": a starting point cannot lie ahead. A year the text
                // gives stays.
                if tense == Tense::Elapsed && date > self.dct && year == YearRef::Relative(0) {
                    return NaiveDate::from_ymd_opt(y - 1, month as u32, day as u32);
                }
                Some(date)
            }
            // The second end of a range does not come before the first: placed there, it is
            // the first such weekday after it ("from Sept. 14 to Thursday" keeps its own).
            Expr::Weekday { weekday, relative: None }
                if let Some(start) = self.range_start
                    && self.weekday_date(weekday, None, tense) <= start =>
            {
                weekday_beside(start, weekday, 1)
            }
            Expr::Weekday { weekday, relative } => {
                Some(self.weekday_date(weekday, relative, tense))
            }
            Expr::WeekdayFrom { weekday, offset } => weekday_beside(self.anchor(), weekday, offset),
            Expr::WeekdayOfWeek { weekday, week } => {
                let dct = self.dct;
                let monday = dct.weekday().num_days_from_monday() as i64;
                let target = weekday_of(weekday).num_days_from_monday() as i64;
                add_days(dct, 7 * week as i64 - monday + target)
            }
            // The first such weekday from two days before publication on.
            Expr::NearWeekday(weekday) => weekday_beside(add_days(self.dct, -3)?, weekday, 1),
            // "a week from Monday" counts from the coming Monday unless the clause is past.
            Expr::DayFrom { ref day, offset } => {
                let tense = if offset > 1 { tense.or_ahead() } else { tense };
                add_days(self.day_of(day, tense)?, offset as i64)
            }
            Expr::Deictic { unit: Unit::Day, offset } => add_days(self.dct, offset as i64),
            Expr::Anaphoric { unit: Unit::Day, offset } => add_days(self.anchor(), offset as i64),
            Expr::Holiday { holiday, year, eve } => {
                let y = match year {
                    YearRef::Explicit(y) => y,
                    YearRef::Offset(offset) => self.dct.year() + offset,
                    YearRef::Narrative => self.narrative_year(),
                    YearRef::Relative(offset) => {
                        let this = holiday_date(holiday, self.dct.year(), eve)?;
                        match offset {
                            -1 if this >= self.dct => self.dct.year() - 1,
                            1 if this <= self.dct => self.dct.year() + 1,
                            _ => self.dct.year(),
                        }
                    }
                    YearRef::Implicit | YearRef::Scheduled => {
                        let this = holiday_date(holiday, self.dct.year(), eve)?;
                        self.implicit_year(this.month(), Some(this.day()), tense)
                    }
                };
                holiday_date(holiday, y, eve)
            }
            _ => None,
        }
    }

    fn resolve(&mut self, expr: &Expr, tense: Tense) -> Option<(TimexType, String)> {
        // Only a weekday (alone or under a clock time) has a nearest day either side.
        let tense = match expr {
            Expr::Weekday { .. } | Expr::Time { day: Some(_), .. } => tense,
            _ => tense.settled(),
        };
        let date = |v: String| Some((TimexType::Date, v));
        let dct = self.dct;
        match *expr {
            Expr::Date { year, month, day } => {
                if day.is_some() {
                    let d = self.day_of(expr, tense)?;
                    self.set_reference_day(d);
                    return date(day_value(d));
                }
                let y = match year {
                    YearRef::Explicit(y) => {
                        self.reference_year = y;
                        y
                    }
                    YearRef::Offset(offset) => dct.year() + offset,
                    YearRef::Narrative => self.narrative_year(),
                    YearRef::Relative(offset) => self.relative_year(month as u32, offset),
                    YearRef::Implicit => self.implicit_year(month as u32, None, tense),
                    YearRef::Scheduled => self.implicit_year(month as u32, None, tense.or_ahead()),
                };
                if let Some(first) = NaiveDate::from_ymd_opt(y, month as u32, 1) {
                    self.reference_month = first;
                }
                self.named(Unit::Month);
                date(month_value(y, month as u32))
            }
            Expr::Year(y) => {
                self.reference_year = y;
                self.named(Unit::Year);
                date(year_value(y))
            }
            Expr::Decade(d) => date(format!("{d:03}")),
            Expr::Century(c) if c < 0 => date(format!("BC{:02}", -c - 1)),
            Expr::Century(c) => date(format!("{c:02}")),
            // Looking back ("up 4% from the previous Friday") compares; it does not move the
            // story on.
            Expr::WeekdayFrom { offset, .. } if offset < 0 => {
                date(day_value(self.day_of(expr, tense)?))
            }
            Expr::WeekOf(ref day) => date(week_value(self.day_of(day, tense)?)),
            Expr::WeekendOf(ref day) => date(week_value(self.day_of(day, tense)?) + "-WE"),
            Expr::Weekday { .. }
            | Expr::WeekdayFrom { .. }
            | Expr::WeekdayOfWeek { .. }
            | Expr::DayFrom { .. }
            | Expr::NearWeekday(_)
            | Expr::Holiday { .. } => {
                let d = self.day_of(expr, tense)?;
                self.set_reference_day(d);
                date(day_value(d))
            }
            Expr::Quarter { quarter, year } => {
                let (this_year, this_quarter) = quarter_of(dct);
                let y = match year {
                    YearRef::Explicit(y) => y,
                    YearRef::Relative(offset) | YearRef::Offset(offset) => dct.year() + offset,
                    YearRef::Narrative => self.narrative_year(),
                    YearRef::Implicit if quarter > this_quarter && tense.is_past() => this_year - 1,
                    // Untensed, the nearer one: "fourth-quarter sales" in January are the
                    // quarter just ended, not the one nine months ahead.
                    YearRef::Implicit
                        if tense == Tense::Unknown && quarter as i32 - this_quarter as i32 > 2 =>
                    {
                        this_year - 1
                    }
                    YearRef::Implicit | YearRef::Scheduled => this_year,
                };
                // Only quarters already over can be the subject of a report.
                if (y, quarter) < (this_year, this_quarter) {
                    self.report_quarter = Some((y, quarter));
                }
                date(format!("{y:04}-Q{quarter}"))
            }
            Expr::ReportYear { offset } => {
                let (year, _) =
                    self.report_quarter.unwrap_or_else(|| shift_quarter(quarter_of(dct), -1));
                date(year_value(year + offset))
            }
            Expr::ReportQuarterOf { year } => {
                let (_, q) =
                    self.report_quarter.unwrap_or_else(|| shift_quarter(quarter_of(dct), -1));
                date(format!("{year:04}-Q{q}"))
            }
            Expr::Half { half, year } => {
                let y = match year {
                    YearRef::Explicit(y) => y,
                    YearRef::Relative(offset) | YearRef::Offset(offset) => dct.year() + offset,
                    YearRef::Narrative => self.narrative_year(),
                    YearRef::Implicit | YearRef::Scheduled => {
                        let this_half = if dct.month() <= 6 { 1 } else { 2 };
                        if half > this_half && tense.is_past() {
                            dct.year() - 1
                        } else {
                            dct.year()
                        }
                    }
                };
                date(format!("{y:04}-H{half}"))
            }
            Expr::Season { season, year } => {
                // Season index of the document time: winter spans the turn of the year.
                let current = match dct.month() {
                    3..=5 => 0,
                    6..=8 => 1,
                    9..=11 => 2,
                    _ => 3,
                };
                let base = if dct.month() <= 2 { dct.year() - 1 } else { dct.year() };
                let y = match year {
                    YearRef::Explicit(y) => y,
                    YearRef::Offset(offset) => dct.year() + offset,
                    YearRef::Narrative => self.narrative_year(),
                    YearRef::Relative(-1) if season >= current => base - 1,
                    // "last fall" said in February is the fall of the season-year just past.
                    YearRef::Relative(-1) => base,
                    YearRef::Relative(1) if season <= current => base + 1,
                    YearRef::Relative(_) if season == 3 => base,
                    YearRef::Relative(_) => dct.year(),
                    YearRef::Implicit | YearRef::Scheduled => match tense {
                        _ if tense.is_past() && season > current => base - 1,
                        Tense::Future if season < current => base + 1,
                        _ => base,
                    },
                };
                let code = ["SP", "SU", "FA", "WI"][season as usize];
                date(format!("{y:04}-{code}"))
            }
            Expr::ReportQuarter { offset } => {
                let base =
                    self.report_quarter.unwrap_or_else(|| shift_quarter(quarter_of(dct), -1));
                let (y, q) = shift_quarter(base, offset);
                date(format!("{y:04}-Q{q}"))
            }
            Expr::Deictic { unit: Unit::Weekend, offset } => {
                // "the weekend" is the one just past unless the clause looks ahead, or unless
                // it is already Thursday or Friday and no verb says ("a look ahead to the
                // weekend's football"); "last weekend" is the one just past, "next weekend"
                // the coming one.
                let weekday = dct.weekday().num_days_from_monday() as i64;
                let in_weekend = weekday >= 5;
                // Said on a Thursday or Friday, "this weekend" is the coming one whatever the
                // verb ("was not enthusiastic about this weekend's meeting").
                let late_week =
                    (3..5).contains(&weekday) && (tense == Tense::Unknown || self.this_named);
                let ahead = offset > 0 || (offset == 0 && (tense == Tense::Future || late_week));
                let days = match (ahead, in_weekend) {
                    (true, _) | (false, true) => 0,
                    (false, false) => -7,
                };
                // "the weekend before last", "the weekend after next": a week further out.
                let beyond = 7 * i64::from(offset.signum()) * i64::from(offset.abs() > 1);
                let week = week_value(add_days(
                    dct,
                    days + beyond + 7 * i64::from(offset > 0 && in_weekend),
                )?);
                date(format!("{week}-WE"))
            }
            // Said on a Sunday, what "this week" will bring is in the week ahead: the
            // calendar week has only the Sunday left.
            Expr::Deictic { unit: Unit::Week, offset: 0 }
                if tense == Tense::Future && dct.weekday() == Weekday::Sun =>
            {
                self.unit_offset(dct, Unit::Week, 1.0, false)
            }
            Expr::Deictic { unit, offset } => self.unit_offset(dct, unit, offset as f64, false),
            Expr::TrailingWeek => date(week_value(add_days(dct, -3)?)),
            Expr::Anaphoric { unit, offset } => {
                let anchor = self.shift_anchor(unit);
                self.unit_offset(anchor, unit, offset as f64, true)
            }
            Expr::Ago { unit, amount, sign } => match amount {
                None => date(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string()),
                // "a half-century ago", "two and a half decades ago": counted in years.
                Some(n) if n.fract() != 0.0 && matches!(unit, Unit::Decade | Unit::Century) => {
                    let years = if unit == Unit::Decade { 10.0 } else { 100.0 };
                    self.unit_offset(dct, Unit::Year, (n * years * sign as f64).round(), false)
                }
                Some(n) => {
                    if let (Unit::Year, Some(q), true) = (unit, self.report_quarter, n == 1.0) {
                        let (y, q) = shift_quarter(q, 4 * sign);
                        return date(format!("{y:04}-Q{q}"));
                    }
                    self.unit_offset(dct, unit, n * sign as f64, false)
                }
            },
            Expr::Shift { unit, amount, sign } => match amount {
                // "A few days later" counts an unknown stretch from the narrative's last
                // point: the stretch is what the text says, and in a story told in the past
                // neither "future" nor "past" is.
                None => Some((TimexType::Duration, duration_value(unit, None))),
                Some(n) => {
                    if let (Unit::Year, Some(q), true) = (unit, self.report_quarter, n == 1.0) {
                        let (y, q) = shift_quarter(q, 4 * sign);
                        return date(format!("{y:04}-Q{q}"));
                    }
                    // "A day later, Reuters reported" in a story that has named no date yet:
                    // counting from the publication day would put a past event ahead of it.
                    let unnamed = self.narrated > unit.max(Unit::Day);
                    let calendar = matches!(
                        unit,
                        Unit::Day
                            | Unit::Week
                            | Unit::Weekend
                            | Unit::Month
                            | Unit::Year
                            | Unit::Decade
                            | Unit::Century
                    ) || (unit == Unit::Hour && n >= 24.0);
                    if sign > 0
                        && unnamed
                        && calendar
                        && self.follow_narrative
                        && tense != Tense::Future
                    {
                        return date(unknown_value(unit).to_string());
                    }
                    let anchor = self.shift_anchor(unit);
                    self.unit_offset(anchor, unit, n * sign as f64, true)
                }
            },
            Expr::Duration { unit, amount } => {
                Some((TimexType::Duration, duration_value(unit, amount)))
            }
            Expr::Set(value) => Some((TimexType::Set, value.to_string())),
            Expr::SetEvery(unit, amount) => Some((TimexType::Set, duration_value(unit, amount))),
            Expr::Vague(value) => date(value.to_string()),
            Expr::Time { ref day, clock } => {
                let d = match day {
                    Some(day) => {
                        let d = self.day_of(day, tense)?;
                        self.set_reference_day(d);
                        d
                    }
                    None => self.anchor(),
                };
                let value = match clock {
                    Clock::At(h, m) => format!("{}T{h:02}:{m:02}", day_value(d)),
                    Clock::Part(part) => format!("{}T{}", day_value(d), part.code()),
                };
                Some((TimexType::Time, value))
            }
        }
    }

    /// The period `amount` units away from `anchor`, at the unit's granularity.
    fn unit_offset(
        &mut self,
        anchor: NaiveDate,
        unit: Unit,
        amount: f64,
        moves_reference: bool,
    ) -> Option<(TimexType, String)> {
        // "a billion years ago" has no calendar anchor worth computing (and would overflow).
        if amount.abs() > 10_000.0 {
            return Some((
                TimexType::Date,
                if amount < 0.0 { "PAST_REF" } else { "FUTURE_REF" }.to_string(),
            ));
        }
        let whole = amount.round() as i64;
        let value = match unit {
            // Clock units: the day it happens is the best calendar anchor; "48 hours later"
            // is two days on.
            Unit::Hour if amount.abs() >= 24.0 => {
                day_value(add_days(anchor, (amount / 24.0).trunc() as i64)?)
            }
            Unit::Second | Unit::Minute | Unit::Hour => day_value(anchor),
            Unit::Day => {
                let d = add_days(anchor, whole)?;
                // Anaphoric shifts move the narrative on; of the deictic days only "yesterday",
                // "today" and "tomorrow" do, as stories seldom continue from "three days ago".
                if moves_reference || whole.abs() <= 1 {
                    self.set_reference_day(d);
                }
                day_value(d)
            }
            Unit::Week | Unit::Fortnight => {
                // "a week and a half ago" is ten or eleven days back, counted in days.
                let factor = if unit == Unit::Fortnight { 14.0 } else { 7.0 };
                week_value(add_days(anchor, (amount * factor).trunc() as i64)?)
            }
            Unit::Weekend => format!("{}-WE", week_value(add_days(anchor, whole * 7)?)),
            Unit::Month => {
                let d = add_months(anchor, whole as i32)?;
                // "Last month … later that month", "the following month … two months later".
                if moves_reference || whole.abs() <= 1 {
                    self.reference_month = d;
                    self.named(Unit::Month);
                }
                month_value(d.year(), d.month())
            }
            Unit::Quarter => {
                let (y, q) = shift_quarter(quarter_of(anchor), whole as i32);
                format!("{y:04}-Q{q}")
            }
            Unit::Year => {
                if amount.fract() != 0.0 {
                    let d = add_months(anchor, (amount * 12.0).round() as i32)?;
                    month_value(d.year(), d.month())
                } else {
                    let year = anchor.year() + whole as i32;
                    // "Last year … that year", "the following year … two years later".
                    if moves_reference || whole.abs() <= 1 {
                        self.reference_year = year;
                        self.named(Unit::Year);
                    }
                    year_value(year)
                }
            }
            Unit::Decade => format!("{:03}", (anchor.year() + 10 * whole as i32).div_euclid(10)),
            Unit::Century => format!("{:02}", (anchor.year() + 100 * whole as i32).div_euclid(100)),
        };
        Some((TimexType::Date, value))
    }
}

/// TIMEX3 duration value: `P3Y`, `PT5H`, `P2Y6M` for two and a half years, `PXD` when unknown.
pub(crate) fn duration_value(unit: Unit, amount: Option<f64>) -> String {
    let (time, letter, factor) = match unit {
        Unit::Second => (true, "S", 1.0),
        Unit::Minute => (true, "M", 1.0),
        Unit::Hour => (true, "H", 1.0),
        Unit::Day => (false, "D", 1.0),
        Unit::Weekend => (false, "WE", 1.0),
        Unit::Week => (false, "W", 1.0),
        Unit::Fortnight => (false, "W", 2.0),
        Unit::Month => (false, "M", 1.0),
        Unit::Quarter => (false, "Q", 1.0),
        Unit::Year => (false, "Y", 1.0),
        Unit::Decade => (false, "Y", 10.0),
        Unit::Century => (false, "Y", 100.0),
    };
    let prefix = if time { "PT" } else { "P" };
    let Some(amount) = amount else {
        let letter = match unit {
            Unit::Decade => "DE",
            Unit::Century => "CE",
            _ => letter,
        };
        return format!("{prefix}X{letter}");
    };
    let amount = amount * factor;
    let whole = amount.trunc() as u64;
    if amount.fract() == 0.0 {
        return format!("{prefix}{whole}{letter}");
    }
    // Halves are written in the next smaller unit.
    let rest = match unit {
        Unit::Year => format!("{}M", (amount.fract() * 12.0).round() as u64),
        Unit::Month => format!("{}D", (amount.fract() * 30.0).round() as u64),
        Unit::Week => format!("{}D", (amount.fract() * 7.0).round() as u64),
        Unit::Day => format!("T{}H", (amount.fract() * 24.0).round() as u64),
        Unit::Hour => format!("{}M", (amount.fract() * 60.0).round() as u64),
        Unit::Minute => format!("{}S", (amount.fract() * 60.0).round() as u64),
        _ => return format!("{prefix}{amount}{letter}"),
    };
    if whole == 0 {
        return format!("{prefix}{rest}");
    }
    format!("{prefix}{whole}{letter}{rest}")
}
