//! Golden tests of the tagger: each case shows every timex found with its type and value.
//! Refresh with `UPDATE_EXPECT=1 cargo test -p timex` and review the diff.

use chrono::NaiveDate;
use expect_test::{Expect, expect};

/// Tags `input` as if published on Tuesday 2022-02-08 and lists what was found.
fn check(input: &str, expected: Expect) {
    check_on((2022, 2, 8), input, expected);
}

/// Tags `input` as if published on the given day and lists what was found.
fn check_on((year, month, day): (i32, u32, u32), input: &str, expected: Expect) {
    let dct = NaiveDate::from_ymd_opt(year, month, day).unwrap();
    let found = crate::tag(input, dct);
    let lines: Vec<String> = found
        .iter()
        .map(|t| {
            let mut line = format!("{:?} {} {}", &input[t.span.clone()], t.kind.as_str(), t.value);
            if let Some(m) = t.modifier {
                line.push_str(&format!(" mod={}", m.as_str()));
            }
            if let Some(r) = &t.range {
                line.push_str(&format!(" range={:?}:{:?}", r.role, &input[r.other.clone()]));
            }
            line
        })
        .collect();
    expected.assert_eq(&lines.join("\n"));
}

#[test]
fn sample_articles() {
    check(
        "French President Emmanuel Macron travels to Kyiv on February 8 after extended talks. \
         Feb. 8: What you need to know today. Macron met with Putin on Monday. \
         The leaders will speak again on Tuesday.",
        expect![[r#"
            "February 8" DATE 2022-02-08
            "Feb. 8" DATE 2022-02-08
            "today" DATE 2022-02-08
            "Monday" DATE 2022-02-07
            "Tuesday" DATE 2022-02-08"#]],
    );
    check(
        "Russia will hold exercises in Belarus from Feb. 10 to Feb 20. The U.S. and NATO \
         delivered their responses on Jan. 26. Two days later, Moscow replied.",
        expect![[r#"
            "Feb. 10" DATE 2022-02-10 range=From:"Feb 20"
            "Feb 20" DATE 2022-02-20 range=To:"Feb. 10"
            "Jan. 26" DATE 2022-01-26
            "Two days later" DATE 2022-01-28"#]],
    );
    check(
        "A decision is expected later this month. Some 150,000 soldiers could be ready for an \
         invasion by the middle of the month.",
        expect![[r#"
            "later this month" DATE 2022-02 mod=END
            "the middle of the month" DATE 2022-02 mod=MID"#]],
    );
    check(
        "Crimea has been annexed since April 2014. Fighting in 2014 and 2015 killed thousands. \
         NATO should return to where it was in 1997.",
        expect![[r#"
            "April 2014" DATE 2014-04
            "2014" DATE 2014
            "2015" DATE 2015
            "1997" DATE 1997"#]],
    );
    check(
        "During their five-hour meeting he said the crisis would be solved in the near future.",
        expect![[r#"
            "five-hour" DURATION PT5H
            "the near future" DATE FUTURE_REF"#]],
    );
}

#[test]
fn absolute_dates() {
    check(
        "Feb. 8, 2022; 8 February; February 8th; 2/8/2022; 2022-02-08; the 8th of February 2022.",
        expect![[r#"
            "Feb. 8, 2022" DATE 2022-02-08
            "8 February" DATE 2022-02-08
            "February 8th" DATE 2022-02-08
            "2/8/2022" DATE 2022-02-08
            "2022-02-08" DATE 2022-02-08
            "8th of February 2022" DATE 2022-02-08"#]],
    );
    check(
        "It happened on Monday, Oct. 26, 1998, and again in Sept. 1999.",
        expect![[r#"
        "Monday, Oct. 26, 1998" DATE 1998-10-26
        "Sept. 1999" DATE 1999-09"#]],
    );
    // A date with the year said as "last year" (said in May: 22 June is last year's), a
    // holiday "of" a year, and the last quarter of a year.
    check_on(
        (2010, 5, 30),
        "On 22 June last year engineers worried; on May 1 this year a pipe broke. He spoke on \
         Labor Day of 1936. Dividends for the last quarter of 2009 were paid in March.",
        expect![[r#"
            "22 June last year" DATE 2009-06-22
            "May 1 this year" DATE 2010-05-01
            "Labor Day of 1936" DATE 1936-09-07
            "the last quarter of 2009" DATE 2009-Q4
            "March" DATE 2010-03"#]],
    );
}

#[test]
fn months_years_decades_centuries() {
    check(
        "In March 2020 prices rose. In January, they fell. Growth in the 1990s and the '80s \
         outpaced the 20th century. Mid-2019 was calm, unlike early 2020 or late November.",
        expect![[r#"
            "March 2020" DATE 2020-03
            "January" DATE 2022-01
            "the 1990s" DATE 199
            "the '80s" DATE 198
            "the 20th century" DATE 19
            "Mid-2019" DATE 2019 mod=MID
            "early 2020" DATE 2020 mod=START
            "late November" DATE 2021-11 mod=END"#]],
    );
    // A half of a century; an adverb after an article makes a participle an adjective ("a
    // still unspecified date"), so "would" decides.
    check(
        "It grew throughout the second half of the 20th century. It would be paid on a still \
         unspecified date in January.",
        expect![[r#"
            "the second half of the 20th century" DATE 19 mod=END
            "January" DATE 2022-01"#]],
    );
    // "the 70s" without its century; but not temperatures, ratings or ages.
    check(
        "Remember gas lines in the 70s and the pandemics of the 50s and 60s? Highs will reach \
         the 70s; his approval is in the 20s; he is in his 80s.",
        expect![[r#"
            "the 70s" DATE 197
            "the 50s" DATE 195
            "60s" DATE 196"#]],
    );
    // A fiscal year "ended" on a date is a stretch of one year.
    check(
        "In the fiscal year ended Jan. 31, sales rose; the current fiscal year looks better.",
        expect![[r#"
            "the fiscal year" DURATION P1Y
            "Jan. 31" DATE 2022-01-31
            "the current fiscal year" DATE 2022"#]],
    );
    check(
        "Revenue for fiscal 2021 and the first half of 2021 grew.",
        expect![[r#"
        "fiscal 2021" DATE 2021
        "the first half of 2021" DATE 2021-H1"#]],
    );
}

#[test]
fn report_periods_a_year_before() {
    // Earnings news compares the report's quarter with the same quarter a year before.
    check(
        "Profit rose in the third quarter. For the quarter a year ago, it earned less; that \
         compares with the corresponding period last year.",
        expect![[r#"
            "the third quarter" DATE 2021-Q3
            "the quarter a year ago" DATE 2020-Q3
            "the corresponding period last year" DATE 2020-Q3"#]],
    );
}

#[test]
fn a_quarter_named_in_passing_is_not_the_report() {
    // The report is on the third quarter; "a flat second quarter" is an aside, so "a year ago"
    // is still the third quarter of the year before. "quarter-to-quarter" is no time at all.
    check(
        "Profit rose in the third quarter. After a flat second quarter, sales grew. The \
         quarter-to-quarter comparison helped; taxes were lower than a year ago.",
        expect![[r#"
            "the third quarter" DATE 2021-Q3
            "second quarter" DATE 2021-Q2
            "a year ago" DATE 2020-Q3"#]],
    );
}

#[test]
fn comparisons_over_several_months_are_years() {
    // The report is on the third quarter, but a sentence about the first nine months compares
    // with the year before as a whole.
    check(
        "Profit rose in the third quarter from a year earlier. In the first nine months, net \
         was $3 billion, up from $2 billion a year earlier and above the 2020 period.",
        expect![[r#"
            "the third quarter" DATE 2021-Q3
            "a year earlier" DATE 2020-Q3
            "the first nine months" DURATION P9M
            "a year earlier" DATE 2020
            "the 2020 period" DATE 2020"#]],
    );
}

#[test]
fn seasons_quarters_weeks() {
    check(
        "Losses run through the first two quarters of 2023.",
        expect![[r#""the first two quarters of 2023" DATE 2023-H1"#]],
    );
    // Said in February: the fall just past belongs to the season-year that began in 2021.
    check(
        "Hiring began last fall and slowed last spring.",
        expect![[r#"
        "last fall" DATE 2021-FA
        "last spring" DATE 2021-SP"#]],
    );
    check(
        "Sales fell in the third quarter and the fourth-quarter outlook is weak. Last summer \
         was hot; this fall will be cooler. Results came last week and more are due next week.",
        expect![[r#"
            "the third quarter" DATE 2021-Q3
            "fourth-quarter" DATE 2021-Q4
            "Last summer" DATE 2021-SU
            "this fall" DATE 2022-FA
            "last week" DATE 2022-W05
            "next week" DATE 2022-W07"#]],
    );
    // "The past week" is the seven days up to publication: said on a Friday, mostly this
    // week; on a Tuesday, mostly the one before.
    let past_week = "Over the past week the index fell; in the last week or so it rose.";
    check_on(
        (2022, 2, 11),
        past_week,
        expect![[r#"
            "the past week" DATE 2022-W06
            "the last week or so" DATE 2022-W06 mod=APPROX"#]],
    );
    check(
        past_week,
        expect![[r#"
        "the past week" DATE 2022-W05
        "the last week or so" DATE 2022-W05 mod=APPROX"#]],
    );
    check(
        "Net income rose 5% in the quarter from the year-earlier quarter. A year earlier it was \
         flat.",
        expect![[r#"
            "the quarter" DATE 2021-Q4
            "the year-earlier quarter" DATE 2020-Q4
            "A year earlier" DATE 2021"#]],
    );
}

#[test]
fn one_moment_in_two_zones_stays_on_neighbouring_days() {
    // Published on a Tuesday: Cairo is already into Wednesday.
    check(
        "Crowds gathered at 12:48 a.m. Wednesday in Cairo, 5:48 p.m. ET Tuesday. The vote came \
         at 1:30 a.m. Monday (2230 GMT Sunday).",
        expect![[r#"
            "12:48 a.m. Wednesday" TIME 2022-02-09T00:48
            "5:48 p.m. ET Tuesday" TIME 2022-02-08T17:48
            "1:30 a.m. Monday" TIME 2022-02-07T01:30
            "2230 GMT Sunday" TIME 2022-02-06T22:30"#]],
    );
}

#[test]
fn halves_and_fiscal_years_counted_from_now() {
    check(
        "It may be the 2nd half of 2023 before a ruling. Debt rose in the last fiscal year and \
         will rise next fiscal year.",
        expect![[r#"
            "the 2nd half of 2023" DATE 2023-H2
            "the last fiscal year" DATE 2021
            "next fiscal year" DATE 2023"#]],
    );
}

#[test]
fn page_stamps_are_on_the_publication_day() {
    // The story has moved to Monday; the stamps of the page have not.
    check(
        "A jury on Monday found him guilty. (Posted at 11:56 a. m) The jury has ruled. \
         (Updated 2:21 p.m.) 9 February 2022 Last updated at 01:53 GMT. (Update 12:20 a.m. \
         Cairo, 5:20 p.m. ET)",
        expect![[r#"
            "Monday" DATE 2022-02-07
            "11:56 a. m" TIME 2022-02-08T11:56
            "2:21 p.m." TIME 2022-02-08T14:21
            "9 February 2022" DATE 2022-02-09
            "01:53 GMT" TIME 2022-02-09T01:53
            "12:20 a.m." TIME 2022-02-09T00:20
            "5:20 p.m. ET" TIME 2022-02-08T17:20"#]],
    );
}

#[test]
fn days_in_words_and_dates_after_this_or_next() {
    check(
        "Terms start on January third and end on June twenty-first. March first-quarter sales \
         fell. In this July 31 file photo, a boat passes. The vote is next March 3. Women march \
         this coming Sunday, February thirteenth.",
        expect![[r#"
            "January third" DATE 2022-01-03
            "June twenty-first" DATE 2021-06-21
            "first-quarter" DATE 2022-Q1
            "this July 31" DATE 2021-07-31
            "next March 3" DATE 2022-03-03
            "this coming Sunday, February thirteenth" DATE 2022-02-13"#]],
    );
}

#[test]
fn participles_and_auxiliaries() {
    // "shown" after a comma is past; "given" after a noun describes it; "is plugged" is not
    // a past.
    check(
        "Dr Murray, shown here in April, joined the tour. The jab given out in the autumn \
         works. Growth slows in the third quarter of the year, assuming the leak is plugged. \
         He has made a mark in the last half dozen years.",
        expect![[r#"
            "April" DATE 2021-04
            "the autumn" DATE 2021-FA
            "the third quarter of the year" DATE 2022-Q3"#]],
    );
}

#[test]
fn later_counts_from_the_year_or_month_just_named() {
    check(
        "Sadat made him vice president in 1975. Six years later, Sadat died. The firm opened \
         in March 2009; two months later it closed.",
        expect![[r#"
            "1975" DATE 1975
            "Six years later" DATE 1981
            "March 2009" DATE 2009-03
            "two months later" DATE 2009-05"#]],
    );
    // Before the text names any date, "later" has nothing to count from: the publication
    // day would put a past event ahead of it. A plan ahead still counts from it.
    check(
        "He sent the idea to BP. A month later, he got three replies. Twelve days later, he \
         is still waiting. The crew will return two days later. The rig burned on April 20; \
         barely 48 hours later it sank.",
        expect![[r#"
            "A month later" DATE XXXX-XX
            "Twelve days later" DATE XXXX-XX-XX
            "two days later" DATE 2022-02-10
            "April 20" DATE 2021-04-20
            "48 hours later" DATE 2021-04-22"#]],
    );
    // An unknown count from the narrative ("a few days later", "several years earlier") is
    // the stretch the text gives, not a vague future or past.
    check(
        "The rig burned on April 20. A few hours later, it sank; several years earlier, it had \
         failed an audit.",
        expect![[r#"
            "April 20" DATE 2021-04-20
            "A few hours later" DURATION PTXH
            "several years earlier" DURATION PXY"#]],
    );
    // An amount counted from an event the story has dated is a date: "two days after the
    // explosion". Not from another, named one, nor "the 24 hours before" it (a stretch).
    check(
        "The April 20 explosion killed 11. Two days after the explosion the rig sank; in the 24 \
         hours before the explosion gas leaked. The accident on 12 January was grim, and aid \
         came three weeks after the devastating accident, 20 years after the Exxon Valdez \
         accident.",
        expect![[r#"
            "April 20" DATE 2021-04-20
            "Two days" DATE 2021-04-22
            "the 24 hours" DURATION PT24H
            "12 January" DATE 2022-01-12
            "three weeks" DATE 2022-W05
            "20 years" DURATION P20Y"#]],
    );
    // A chronology read months later goes on from its last day; a weekday's date is a
    // schedule and keeps the publication's year.
    check(
        "Timeline: Feb. 20, 2021 - The rig explodes. Feb. 22 - It sinks. March 1 - BP pays. \
         The show airs on Friday 11 March.",
        expect![[r#"
            "Feb. 20, 2021" DATE 2021-02-20
            "Feb. 22" DATE 2021-02-22
            "March 1" DATE 2021-03-01
            "Friday 11 March" DATE 2022-03-11"#]],
    );
    // "last year" and "the following year" move the narrative's year; a point of comparison
    // ("down from $25bn a year earlier") does not.
    check(
        "Last year, sales fell; that year the CEO quit. Bids come next year and the year \
         after. In 1998 it began; the following year it grew, and two years later it peaked. \
         BP made $14bn in 2009, down from $25bn a year earlier. The year before, it lost money.",
        expect![[r#"
            "Last year" DATE 2021
            "that year" DATE 2021
            "next year" DATE 2023
            "the year after" DATE 2024
            "1998" DATE 1998
            "the following year" DATE 1999
            "two years later" DATE 2001
            "2009" DATE 2009
            "a year earlier" DATE 2008
            "The year before" DATE 2008"#]],
    );
    // A past clause counted forward past the publication date had the wrong anchor: unknown,
    // and the narrative stays where it was. A plan still counts forward.
    check(
        "The band formed in 2019. He joined four years later. I was hosting him the next day. \
         They will meet again two days later.",
        expect![[r#"
            "2019" DATE 2019
            "four years later" DATE XXXX
            "the next day" DATE XXXX-XX-XX
            "two days later" DATE 2022-02-10"#]],
    );
    // Years counted past the publication date from a point that is now are no plan either,
    // whatever the tense.
    check(
        "The crisis is still debated today. Two decades later, they agree on one thing. Even \
         21 years later, the otters have not come back.",
        expect![[r#"
            "today" DATE 2022-02-08
            "Two decades later" DATE XXXX
            "21 years later" DATE XXXX"#]],
    );
    // "June of that year" is in the year just named.
    check(
        "SARS was declared a pandemic in March 2003. By June of that year, the warning was \
         lifted; on May 3 that same year he quit. He was lobbied on 15 October and 9 November \
         that year.",
        expect![[r#"
            "March 2003" DATE 2003-03
            "June of that year" DATE 2003-06
            "May 3 that same year" DATE 2003-05-03
            "15 October" DATE 2003-10-15
            "9 November that year" DATE 2003-11-09"#]],
    );
    // "the year before" and "six years before" count back like "earlier"; but "two days
    // after \"top kill\" began" counts from an event, and "fewer than the week before"
    // compares amounts.
    check(
        "In 1998, the herd hit ten million, up from two million six years before. The year \
         before, it had shrunk. Two days after \"top kill\" began, he flew in. Claims were \
         42,000 fewer than the week before.",
        expect![[r#"
            "1998" DATE 1998
            "six years before" DATE 1992
            "The year before" DATE 1997
            "Two days" DURATION P2D
            "the week before" DATE 2022-W05"#]],
    );
}

#[test]
fn since_following_and_adverbs_in_tense() {
    // "since" reaches back over a noun phrase; "following" without "the" is a preposition;
    // an adverb between auxiliary and participle keeps the future.
    check(
        "Sales rose since his death on 25 June. Aid poured in following Friday's earthquake. \
         Details will be officially released Monday.",
        expect![[r#"
            "25 June" DATE 2021-06-25
            "Friday" DATE 2022-02-04
            "Monday" DATE 2022-02-14"#]],
    );
}

#[test]
fn possessive_days_waited_for_disasters_and_titles() {
    check(
        "Preparations are under way for Saturday's concert. Markets rose ahead of Friday's vote \
         but were blamed for Monday's fall. He won the player of the year award and Album Of \
         The Week. After Thursday's accident the agency may wait; millions will need help after \
         Sunday's earthquake. Egypt braced for a march of millions Friday. Schools are likely \
         to reopen on Wednesday. A cool late autumn may be helping the virus.",
        expect![[r#"
            "Saturday" DATE 2022-02-12
            "Friday" DATE 2022-02-11
            "Monday" DATE 2022-02-07
            "Thursday" DATE 2022-02-03
            "Sunday" DATE 2022-02-06
            "Friday" DATE 2022-02-11
            "Wednesday" DATE 2022-02-09
            "late autumn" DATE 2021-FA mod=END"#]],
    );
}

#[test]
fn scheduled_votes_quarters_just_ended_and_the_month_may() {
    // Said in February: the coming October vote, unless the clause is past; "fourth-quarter"
    // without a tense is the quarter just ended.
    check(
        "Both are key issues in October elections. Turnout in the January elections was low. \
         The firm forecast fourth-quarter sales of $10 billion. He heads into elections in \
         October. In mid-May, 45 percent approved, as early as May. Act as may befit you.",
        expect![[r#"
            "October" DATE 2022-10
            "January" DATE 2022-01
            "fourth-quarter" DATE 2021-Q4
            "October" DATE 2022-10
            "mid-May" DATE 2022-05 mod=MID
            "May" DATE 2022-05"#]],
    );
}

#[test]
fn a_ranking_or_an_amount_over_years_is_a_stretch() {
    check(
        "They could make 2.5 billion doses in one year. It will cut 500 jobs in two years. \
         Whether in 18 months or in two years, it will come.",
        expect![[r#"
            "one year" DURATION P1Y
            "two years" DURATION P2Y
            "18 months" DATE 2023-08
            "two years" DATE 2024"#]],
    );
    check(
        "It could be the second setback in five years. For the first time in thirty years, I \
         will vote. Prices will fall in five years. The second will start in a week.",
        expect![[r#"
            "five years" DURATION P5Y
            "thirty years" DURATION P30Y
            "five years" DATE 2027
            "a week" DATE 2022-W07"#]],
    );
}

#[test]
fn was_right_after_the_date_puts_it_behind() {
    // Said in February: "April and May … there was violence" are last year's (the two months
    // share the clause); "May, he said" may report a plan.
    check(
        "In the protests in April and May there was violence. The accident of April 20 was \
         avoidable. The vote is in May, he said.",
        expect![[r#"
            "April" DATE 2021-04
            "May" DATE 2021-05
            "April 20" DATE 2021-04-20
            "May" DATE 2022-05"#]],
    );
}

#[test]
fn clock_times_with_a_day_after_them_and_names_with_numbers() {
    // Comment stamps put the day after the time; "2:30 this afternoon" is after noon; a
    // number glued to a word is a name; "an extra week" is not a rate.
    check(
        "Last updated: 1 may, 2021. At 01:20 24th Mar 2021, Tanya wrote: hi. At 2:30 this \
         afternoon, he left, back at 12 noon. A question \
         from @marysmith1992 about the M1911, priced pre1991. It gave authorities an extra \
         week.",
        expect![[r#"
            "1 may, 2021" DATE 2021-05-01
            "01:20 24th Mar 2021" TIME 2021-03-24T01:20
            "2:30" TIME 2022-02-08T14:30
            "this afternoon" TIME 2022-02-08TAF
            "12 noon" TIME 2022-02-08T12:00
            "1991" DATE 1991
            "an extra week" DURATION P1W"#]],
    );
}

#[test]
fn a_refusal_with_would_is_reported() {
    check(
        "The admiral wouldn't budge Friday. A spokesman would not comment Monday night. She \
         would only say Sunday that talks go on. The talks would resume Monday, he said.",
        expect![[r#"
            "Friday" DATE 2022-02-04
            "Monday night" TIME 2022-02-07TNI
            "Sunday" DATE 2022-02-06
            "Monday" DATE 2022-02-14"#]],
    );
}

#[test]
fn the_first_end_of_a_range_takes_the_year_of_the_second() {
    check(
        "Stocks fell between January and March 2003. Drills ran from Dec. 20 to Jan. 5, 2011, \
         and talks May 3 to June 5, 2009. A cut set for December 1 until January 1, 2012 was \
         postponed. It peaked between April 23 and 28 and then fell; it ran from May 3 to 5 \
         in Mexico; prices rose from May 3 to 5 percent.",
        expect![[r#"
            "January" DATE 2003-01 range=From:"March 2003"
            "March 2003" DATE 2003-03 range=To:"January"
            "Dec. 20" DATE 2010-12-20 range=From:"Jan. 5, 2011"
            "Jan. 5, 2011" DATE 2011-01-05 range=To:"Dec. 20"
            "May 3" DATE 2009-05-03 range=From:"June 5, 2009"
            "June 5, 2009" DATE 2009-06-05 range=To:"May 3"
            "December 1" DATE 2009-12-01
            "January 1, 2012" DATE 2012-01-01
            "April 23" DATE 2012-04-23 range=From:"28"
            "28" DATE 2012-04-28 range=To:"April 23"
            "May 3" DATE 2012-05-03 range=From:"5"
            "5" DATE 2012-05-05 range=To:"May 3"
            "May 3" DATE 2022-05-03"#]],
    );
}

#[test]
fn a_weekday_picks_the_year_of_its_date() {
    // Said on 8 February 2022: 13 December fell on a Monday in 2021, 12 January 2021 on a
    // Tuesday; 5 March is on a Saturday this year.
    check(
        "The gig was recorded on Monday 13 December. It hit on Tuesday 12 January. The show \
         is on Saturday, March 5. It aired on Tuesday 12 January at 9pm.",
        expect![[r#"
            "Monday 13 December" DATE 2021-12-13
            "Tuesday 12 January" DATE 2021-01-12
            "Saturday, March 5" DATE 2022-03-05
            "Tuesday 12 January at 9pm" TIME 2021-01-12T21:00"#]],
    );
}

#[test]
fn last_and_a_month_skips_the_month_just_ended() {
    // In February, "last January" is a year back (the month just ended is "last month");
    // "last December" is the one seven weeks ago.
    check(
        "An election took place last January. The rig exploded last December.",
        expect![[r#"
            "last January" DATE 2021-01
            "last December" DATE 2021-12"#]],
    );
}

#[test]
fn weeks_of_a_month() {
    // The ISO week holding the middle day of the month's first, second... or last seven days.
    check(
        "The vote is due in the first week of June. Talks were held in the second week of \
         January and end in the last week of May 2023. Last week, they met.",
        expect![[r#"
            "the first week of June" DATE 2022-W22
            "the second week of January" DATE 2022-W02
            "the last week of May 2023" DATE 2023-W21
            "Last week" DATE 2022-W05"#]],
    );
}

#[test]
fn weekdays_follow_tense() {
    check(
        "Macron met Putin on Monday and will meet Scholz on Friday.",
        expect![[r#"
        "Monday" DATE 2022-02-07
        "Friday" DATE 2022-02-11"#]],
    );
    check(
        "The ruling came last Friday; talks resume next Wednesday.",
        expect![[r#"
        "last Friday" DATE 2022-02-04
        "next Wednesday" DATE 2022-02-09"#]],
    );
    // A present progressive is an arrangement ahead, unless a comma or a new sentence
    // (a caption run in without its full stop) comes between.
    check(
        "A panel is meeting Thursday in Boise. Oil is extending west, according to an image \
         taken Sunday. They are getting on with their lives On Friday a man was found. Join us \
         on Saturday; show up early, but be there on Friday. By Monday, 89m gallons had \
         spilled. By June, the company will have spent more.",
        expect![[r#"
            "Thursday" DATE 2022-02-10
            "Sunday" DATE 2022-02-06
            "Friday" DATE 2022-02-04
            "Saturday" DATE 2022-02-12
            "Friday" DATE 2022-02-11
            "Monday" DATE 2022-02-07
            "June" DATE 2022-06"#]],
    );
    // A plan told in the past lies after the telling, which may be before publication: the
    // nearest such weekday, either side. "is expected" still looks ahead.
    check(
        "The WFP said it expected to reach 60,000 people on Monday. Six Flags said it planned \
         to reopen on Thursday. The vote is expected on Saturday. The board was to meet on \
         Wednesday; the first decision I took on Monday was to allow imports. He was going \
         to dissolve the cabinet Sunday.",
        expect![[r#"
            "Monday" DATE 2022-02-07
            "Thursday" DATE 2022-02-10
            "Saturday" DATE 2022-02-12
            "Wednesday" DATE 2022-02-09
            "Monday" DATE 2022-02-07
            "Sunday" DATE 2022-02-06"#]],
    );
    // A gathering called for is ahead when the call is told in the present, the nearest
    // such day when told in the past; "called for calm" dates the call itself.
    check_on(
        (2011, 2, 11),
        "Opposition leaders called for a rally Monday. A page is calling for protests on \
         Thursday and a delay in Sunday's debate. Clerics called for its followers to march \
         after Saturday's prayers. The envoy called for calm Wednesday.",
        expect![[r#"
            "Monday" DATE 2011-02-14
            "Thursday" DATE 2011-02-17
            "Sunday" DATE 2011-02-13
            "Saturday" DATE 2011-02-12
            "Wednesday" DATE 2011-02-09"#]],
    );
    // A past verb with only its object before the date puts it behind, into last year when
    // this year's is still ahead; a clause in between does not ("should go home by").
    check_on(
        (2011, 2, 11),
        "Pirates hijacked the ship on April 18. He decided the boy should go home by April 14. \
         She's got a runoff on May 22.",
        expect![[r#"
            "April 18" DATE 2010-04-18
            "April 14" DATE 2011-04-14
            "May 22" DATE 2011-05-22"#]],
    );
    // A timetable in the present looks ahead, into next year when said in November;
    // "begins to" tells a story in the present.
    check_on(
        (2022, 11, 23),
        "Trading resumes Tuesday. Drilling starts on 16 May. The rule takes effect on \
         April 30. On Monday evening, the mud begins to swirl.",
        expect![[r#"
            "Tuesday" DATE 2022-11-29
            "16 May" DATE 2023-05-16
            "April 30" DATE 2023-04-30
            "Monday evening" TIME 2022-11-21TEV"#]],
    );
    // Said in November: "hopes" here is a noun, and the story is past.
    check_on(
        (2022, 11, 8),
        "By the end of May, the company's best hopes rested on mud.",
        expect![[r#""the end of May" DATE 2022-05 mod=END"#]],
    );
}

#[test]
fn live_report_updates_are_written_on_their_stamps_day() {
    // Published on Wednesday 2011-02-02; the latest update, first, is stamped Thursday in
    // Cairo: what it tells as done on Thursday is that day. An older update, stamped
    // Wednesday, announces Thursday ahead.
    check_on(
        (2011, 2, 2),
        "(Update 4:33 a.m. Thursday in Cairo, 9:33 p.m. ET Wednesday) Heavy gunfire \
         reverberated in central Cairo early Thursday. (Update 8:02 p.m. Wednesday) The \
         president will speak Thursday night; protesters marched on Tuesday.",
        expect![[r#"
            "4:33 a.m. Thursday" TIME 2011-02-03T04:33
            "9:33 p.m. ET Wednesday" TIME 2011-02-02T21:33
            "early Thursday" DATE 2011-02-03 mod=START
            "8:02 p.m. Wednesday" TIME 2011-02-02T20:02
            "Thursday night" TIME 2011-02-03TNI
            "Tuesday" DATE 2011-02-01"#]],
    );
}

#[test]
fn weekdays_counted_from_the_narrative() {
    // "the previous Friday" and "the following Monday" count from the day the text last
    // pinned down, not from publication.
    check(
        "The index closed on Friday, Jan. 14, down 4% from the previous Friday. \
         Trading resumed the following Monday.",
        expect![[r#"
            "Friday, Jan. 14" DATE 2022-01-14
            "the previous Friday" DATE 2022-01-07
            "the following Monday" DATE 2022-01-17"#]],
    );
    // "the then current price" is the present of the narrative, so a past reference.
    check(
        "Shares were sold at the then-current price.",
        expect![[r#""then-current" DATE PAST_REF"#]],
    );
}

#[test]
fn a_weekday_on_each_day_of_a_list() {
    check(
        "The festival runs Saturday 12 and Sunday 13 February; a rally follows on Friday 18 to \
         Sunday, 20 February.",
        expect![[r#"
            "Saturday 12" DATE 2022-02-12
            "Sunday 13 February" DATE 2022-02-13
            "Friday 18" DATE 2022-02-18 range=From:"Sunday, 20 February"
            "Sunday, 20 February" DATE 2022-02-20 range=To:"Friday 18""#]],
    );
}

#[test]
fn a_second_day_of_the_same_month() {
    // "April 24 and 25" names two days; "March 3 and 40 people" does not.
    check(
        "The summit is on April 24 and 25. Talks ran March 3 and 40 people came.",
        expect![[r#"
            "April 24" DATE 2022-04-24
            "25" DATE 2022-04-25
            "March 3" DATE 2021-03-03"#]],
    );
}

#[test]
fn days_and_weeks_around_a_named_day() {
    check(
        "He arrived the day before yesterday and leaves the day after tomorrow. A hearing is \
         set for the week of March 7, a rally for the weekend of March 12. The day after \
         Christmas was calm; Easter week will be busy. At 1209 a.m. on Xmas Day he tweeted.",
        expect![[r#"
            "the day before yesterday" DATE 2022-02-06
            "the day after tomorrow" DATE 2022-02-10
            "the week of March 7" DATE 2022-W10
            "the weekend of March 12" DATE 2022-W10-WE
            "The day after Christmas" DATE 2021-12-26
            "Easter week" DATE 2022-W15
            "1209 a.m." TIME 2021-12-25T00:09
            "Xmas Day" DATE 2021-12-25"#]],
    );
    // A year a few plain words later is the day's.
    check(
        "The Christmas Day tsunami in 2004 killed many; prices rose on March 3 in 2010.",
        expect![[r#"
            "Christmas Day" DATE 2004-12-25
            "2004" DATE 2004
            "March 3" DATE 2010-03-03
            "2010" DATE 2010"#]],
    );
}

#[test]
fn should_and_could_look_ahead_unless_they_say_what_was_possible() {
    check(
        "The cap could be in place by Friday. Officials should decide on Thursday. Mr. Lee \
         could not be reached on Monday. On Sunday, I could smell the oil. His statement \
         Saturday that talks should resume was welcomed. The test was due to begin on Monday, \
         but was delayed. Nobody could be reached on Sunday.",
        expect![[r#"
            "Friday" DATE 2022-02-11
            "Thursday" DATE 2022-02-10
            "Monday" DATE 2022-02-07
            "Sunday" DATE 2022-02-06
            "Saturday" DATE 2022-02-05
            "Monday" DATE 2022-02-07
            "Sunday" DATE 2022-02-06"#]],
    );
}

#[test]
fn a_past_verb_reaches_over_a_place() {
    // The verb is firmly past across a short place phrase; a participle describing a noun
    // says nothing of its date.
    check(
        "The singer was buried at a ceremony in April. He died at his home in June. A holiday \
         booked in Mexico in March is off.",
        expect![[r#"
            "April" DATE 2021-04
            "June" DATE 2021-06
            "March" DATE 2022-03"#]],
    );
}

#[test]
fn tense_cues_that_do_not_look_ahead() {
    // "next to" is a place, "vacation plans" a noun, and a plan in the past perfect is over:
    // all three weekdays are the ones before publication.
    check(
        "A car bomb exploded next to the embassy in Nairobi on Friday. \
         On Thursday, when she set aside vacation plans, the envoy flew in. \
         The offer had been scheduled to expire at midnight Saturday.",
        expect![[r#"
            "Friday" DATE 2022-02-04
            "Thursday" DATE 2022-02-03
            "midnight Saturday" TIME 2022-02-05T24:00"#]],
    );
    // "could" in news mostly reports what did or did not happen.
    check(
        "The envoy could not be reached for comment Monday.",
        expect![[r#""Monday" DATE 2022-02-07"#]],
    );
    // A postponed date is a later one, even in a past-tense clause.
    check(
        "Officials postponed until Thursday any action; the agency extended its deadline to \
         Friday.",
        expect![[r#"
            "Thursday" DATE 2022-02-10
            "Friday" DATE 2022-02-11"#]],
    );
    // Plans that still look ahead keep the clause in the future.
    check(
        "Protesters are planning to march on Saturday. The vote is planned for Thursday.",
        expect![[r#"
            "Saturday" DATE 2022-02-12
            "Thursday" DATE 2022-02-10"#]],
    );
    // A plan reported in the past tense still looks ahead; "plans for" is a noun phrase.
    check(
        "They held a vigil on Sunday and were planning to march on Saturday. On Friday, when \
         she set aside vacation plans for the trip, the envoy flew in.",
        expect![[r#"
            "Sunday" DATE 2022-02-06
            "Saturday" DATE 2022-02-12
            "Friday" DATE 2022-02-04"#]],
    );
}

#[test]
fn parts_of_day_and_clock_times() {
    check(
        "The summit opened this morning and continues tonight. Officials met Friday night and \
         again at 10:35 a.m. EST; the vote is at 3 p.m. tomorrow, or at noon.",
        expect![[r#"
            "this morning" TIME 2022-02-08TMO
            "tonight" TIME 2022-02-08TNI
            "Friday night" TIME 2022-02-04TNI
            "10:35 a.m. EST" TIME 2022-02-04T10:35
            "3 p.m. tomorrow" TIME 2022-02-09T15:00
            "noon" TIME 2022-02-09T12:00"#]],
    );
    // US and other zone abbreviations belong to the clock time when written in capitals.
    check(
        "Trading opens at 9:30 a.m. ET and the talk starts at 6 p.m. JST, Smith et al. said.",
        expect![[r#"
            "9:30 a.m. ET" TIME 2022-02-08T09:30
            "6 p.m. JST" TIME 2022-02-08T18:00"#]],
    );
}

#[test]
fn parts_of_the_day_on_their_own() {
    // After "mid" or in "in the morning" a part of the day is the story's day; the talk-show
    // "morning" is a plain noun.
    check(
        "Shares rose at mid-afternoon yesterday. The talks broke off in the evening. \
         By mid afternoon, officials spoke on the morning talk show.",
        expect![[r#"
            "mid-afternoon yesterday" TIME 2022-02-07TAF mod=MID
            "the evening" TIME 2022-02-07TEV
            "mid afternoon" TIME 2022-02-07TAF mod=MID"#]],
    );
}

#[test]
fn holidays() {
    check(
        "Troops were home by Christmas. The ceasefire held over New Year's Day, Easter and \
         Thanksgiving.",
        expect![[r#"
            "Christmas" DATE 2021-12-25
            "New Year's Day" DATE 2022-01-01
            "Easter" DATE 2022-04-17
            "Thanksgiving" DATE 2021-11-25"#]],
    );
}

#[test]
fn relative_expressions() {
    check(
        "Yesterday's talks failed. Last month prices rose; next month they may fall. Two weeks \
         ago the envoy left. Earlier this year the plan changed.",
        expect![[r#"
            "Yesterday" DATE 2022-02-07
            "Last month" DATE 2022-01
            "next month" DATE 2022-03
            "Two weeks ago" DATE 2022-W04
            "Earlier this year" DATE 2022 mod=START"#]],
    );
    // "back" after an amount is "ago"; "five years back to 2017" goes somewhere.
    check(
        "A couple of years back the heat killed thousands; a few weeks back it rained. Rewind \
         five years back to 2017.",
        expect![[r#"
            "A couple of years back" DATE 2020
            "a few weeks back" DATE PAST_REF
            "five years" DURATION P5Y
            "2017" DATE 2017"#]],
    );
    check(
        "Officials said the deal will be signed in three days. It was agreed the past several \
         months and will be reviewed in the coming days.",
        expect![[r#"
            "three days" DATE 2022-02-11
            "the past several months" DURATION PXM
            "the coming days" DURATION PXD"#]],
    );
    check(
        "The talks began on Jan. 26. The next day the envoys left.",
        expect![[r#"
        "Jan. 26" DATE 2022-01-26
        "The next day" DATE 2022-01-27"#]],
    );
}

#[test]
fn durations() {
    check(
        "a five-hour meeting, twenty four hours, a decade, 5 1/2 years, at least 72 hours, \
         two and a half weeks, several days, for years",
        expect![[r#"
            "five-hour" DURATION PT5H
            "twenty four hours" DURATION PT24H
            "a decade" DURATION P10Y
            "5 1/2 years" DURATION P5Y6M
            "at least 72 hours" DURATION PT72H mod=EQUAL_OR_MORE
            "two and a half weeks" DURATION P2W4D
            "several days" DURATION PXD
            "years" DURATION PXY"#]],
    );
    // Halves of a unit: "half an hour" is thirty minutes, "a half-century ago" fifty years.
    check_on(
        (2010, 5, 30),
        "The worst crisis in half a century, over the past half century; half an hour later \
         a half-hour special aired, as a half-century ago. A quarter-century war lasted \
         three-and-a-half years.",
        expect![[r#"
            "half a century" DURATION P50Y
            "the past half century" DURATION P50Y
            "half an hour later" DATE 2010-05-30
            "a half-hour" DURATION PT30M
            "a half-century ago" DATE 1960
            "A quarter-century" DURATION P25Y
            "three-and-a-half years" DURATION P3Y6M"#]],
    );
    // "from today" counts like "from now", to the day.
    check(
        "Travellers arriving more than 30 days from today, or a week from today, can wait.",
        expect![[r#"
            "more than 30 days from today" DATE 2022-03-10 mod=MORE_THAN
            "a week from today" DATE 2022-02-15"#]],
    );
    // Spoken "couple" without "of", and a year and a half counted back from now.
    check(
        "Prices rose over the past couple years and may fall in the next couple days. Over the \
         past year and a half, a couple of firms closed.",
        expect![[r#"
            "the past couple years" DURATION P2Y
            "the next couple days" DURATION P2D
            "the past year and a half" DURATION P1Y6M"#]],
    );
}

#[test]
fn sets_and_vague_references() {
    check(
        "The group meets every Monday and reports annually, each season and daily. It recently \
         grew and is now larger; currently it leads. It will sell as soon as possible, not as \
         soon as it can.",
        expect![[r#"
            "every Monday" SET XXXX-WXX-1
            "annually" SET P1Y
            "each season" SET P3M
            "daily" SET P1D
            "recently" DATE PAST_REF
            "now" DATE PRESENT_REF
            "currently" DATE PRESENT_REF
            "as soon as possible" DATE FUTURE_REF"#]],
    );
    // Plural days and "every other" are sets too.
    check(
        "They meet every other day and on weekends; the shop closes on Mondays.",
        expect![[r#"
            "every other day" SET P2D
            "weekends" SET XXXX-WXX-WE
            "Mondays" SET XXXX-WXX-1"#]],
    );
    // "get around Wednesday's ruling" is no hedge (and the ruling is made); "around noon"
    // is.
    check(
        "They will get around Wednesday's ruling by around noon.",
        expect![[r#"
            "Wednesday" DATE 2022-02-02
            "around noon" TIME 2022-02-02T12:00 mod=APPROX"#]],
    );
    // A weekday with a plural part of the day is a set; a singular one is that day.
    check(
        "On Sunday mornings they pray. He left Friday night.",
        expect![[r#"
        "Sunday mornings" SET XXXX-WXX-7TMO
        "Friday night" TIME 2022-02-04TNI"#]],
    );
    // "the past hour" is a stretch; "at the last minute" is an idiom.
    check(
        "Shares fell over the past hour. He arrived at the last minute.",
        expect![[r#""the past hour" DURATION PT1H"#]],
    );
    // "one day" before a verb is some day ahead; after "for" it is a stretch.
    check(
        "Islam will one day be the second religion. He was in the job for one day.",
        expect![[r#"
            "one day" DATE FUTURE_REF
            "one day" DURATION P1D"#]],
    );
    // A rate after a count or an amount is a set, "of" after it too when counted; "for a
    // week" and "features a week of concerts" stay stretches of time.
    check(
        "It saves $500 million a year and runs four flights a week; the strike lasted for a \
         week. It pumps 5,000 barrels a day of oil; the festival features a week of concerts.",
        expect![[r#"
            "a year" SET P1Y
            "a week" SET P1W
            "a week" DURATION P1W
            "a day" SET P1D
            "a week" DURATION P1W"#]],
    );
    // Abbreviated amounts and "more oil a day" are rates too; "more than a year" is not.
    check(
        "It brought in $1.3 m a year and costs $2bn a year; five times more oil a day leaks, \
         output falls 10 percent a year. He has worked there for more then a year.",
        expect![[r#"
            "a year" SET P1Y
            "a year" SET P1Y
            "a day" SET P1D
            "a year" SET P1Y
            "a year" DURATION P1Y"#]],
    );
    // "the future" is a time after "in", "into", "for" or "about", a topic elsewhere and
    // before "of".
    check(
        "Talks may resume in the future. The future of our peoples matters; the future looks \
         bleak, and they worry about the future and about tomorrow's vote, which lasts about \
         two hours. They spoke about the future of the company.",
        expect![[r#"
            "the future" DATE FUTURE_REF
            "the future" DATE FUTURE_REF
            "tomorrow" DATE 2022-02-09
            "two hours" DURATION PT2H mod=APPROX"#]],
    );
    // "now that" is still the present; "Now," opening a sentence is a discourse word.
    check(
        "Now, the alliance matters more now that the troops are there.",
        expect![[r#""now" DATE PRESENT_REF"#]],
    );
}

#[test]
fn dates_taking_effect_look_ahead() {
    // A date something takes effect on is announced ahead, even in a past-tense clause.
    check(
        "The company created a new office, effective Jan. 3. The pact signed in October \
         is effective Dec. 1, and the board said the rule was effective Jan. 10.",
        expect![[r#"
            "Jan. 3" DATE 2022-01-03
            "October" DATE 2021-10
            "Dec. 1" DATE 2022-12-01
            "Jan. 10" DATE 2022-01-10"#]],
    );
}

#[test]
fn qualified_and_compound_durations() {
    check(
        "After their third day-long meeting and a decades-long battle, the loan runs for an \
         additional year; the index lagged for eight trading days and two extra weeks.",
        expect![[r#"
            "day-long" DURATION P1D
            "decades-long" DURATION PXDE
            "an additional year" DURATION P1Y
            "eight trading days" DURATION P8D
            "two extra weeks" DURATION P2W"#]],
    );
}

#[test]
fn ranges_of_amounts() {
    // "two to three weeks" is one stretch of uncertain length; "5 to 10 percent" is no time.
    check(
        "Shipments resume within two to three weeks, after the next 12 to 18 months; prices \
         rose 5 to 10 percent.",
        expect![[r#"
            "two to three weeks" DURATION PXW
            "the next 12 to 18 months" DURATION PXM"#]],
    );
    // "or" joins two amounts the same way; before "ago" the point is about the middle.
    check(
        "Tests take two or three days. Four or five hours ago the streets were empty; \
         2-3 years ago police swept the district.",
        expect![[r#"
            "two or three days" DURATION PXD
            "Four or five hours ago" DATE 2022-02-08 mod=APPROX
            "2-3 years ago" DATE 2019 mod=APPROX"#]],
    );
}

#[test]
fn numbers_written_as_words() {
    check(
        "In nineteen ninety-six, after twenty-one days and thirty years.",
        expect![[r#"
        "nineteen ninety-six" DATE 1996
        "twenty-one days" DURATION P21D
        "thirty years" DURATION P30Y"#]],
    );
    // "two thousand" is a year, or an amount when it counts something.
    check(
        "In two thousand and nine prices fell; by the year two thousand has passed. A thirty \
         two thousand dollar car; two thousand people marched, two thousand five hundred in all.",
        expect![[r#"
            "two thousand and nine" DATE 2009
            "the year two thousand" DATE 2000"#]],
    );
}

#[test]
fn false_positives() {
    check(
        "Thousands may march on Kyiv. A march on Kyiv. 1,200 troops and the Minsk 2 accord. \
         He finished first, scored 3-2, call 555-1234. Prices rose 2000 percent; $1990 was \
         paid. He is a 6-year-old boy and she is 52 years old. May I ask? The spring broke. \
         The Sunday Times and the Mail on Sunday reported it. He told BBC Radio 4's Today \
         programme and NBC's \"Today Show\" what USA Today had printed. Saturday Night Live, \
         The Tonight Show and Monday Night Football mocked it.",
        expect![""],
    );
    // "the March accession" names the month; "the March on Washington" and "the May
    // government" do not.
    check(
        "The March accession is set. The March on Washington grew. The May government fell.",
        expect![[r#""March" DATE 2022-03"#]],
    );
    // Titles: "Nine Days That Changed the World", "the Six Day War"; shouting is no title.
    check(
        "He made \"Nine Days That Changed the World\" about the Six Day War. One Year Later, \
         Images Still Shock. TWO DAYS LATER the oil came.",
        expect![[r#""TWO DAYS LATER" DATE XXXX-XX-XX"#]],
    );
    // "the past" is a time as a noun, not as an adjective before another noun.
    check(
        "Firms have in the past accused each other. Reflect on the past. Given the past \
         relationship and the past Republican congress, the past restriction stays.",
        expect![[r#"
            "the past" DATE PAST_REF
            "the past" DATE PAST_REF"#]],
    );
    // An ocean current is no present; the current cap of $75m is.
    check(
        "Oil entered the loop current, and a current that could carry it east. The current is \
         strong. The bill lifts the current $75 million cap.",
        expect![[r#""current" DATE PRESENT_REF"#]],
    );
    // A capitalised season before another capitalised word is part of a name.
    check(
        "She covered the Winter Olympics and the Summer Games, and skied in the winter.",
        expect![[r#""the winter" DATE 2021-WI"#]],
    );
    // A count before a plural noun is not a year, except after a preposition of time.
    check(
        "Between 1,000 and 2000 troops left. In 2003 profits fell; since 1998 sales rose.",
        expect![[r#"
            "2003" DATE 2003
            "1998" DATE 1998"#]],
    );
    // A date naming a place is a name: "the 6th of October bridge", "Zamalek 6 October
    // Bridge", "July 26 Street".
    check(
        "Crowds filled the 6th of October bridge, then 6 October Bridge and July 26 Street.",
        expect![""],
    );
}

#[test]
fn the_weekend_seen_from_late_in_the_week() {
    // On Thursday 2022-02-10 an untensed weekend is the coming one; a past verb keeps the
    // one just gone, unless the text says "this weekend".
    let dct = NaiveDate::from_ymd_opt(2022, 2, 10).unwrap();
    let text = "A look ahead to the weekend's football. The plan failed over the weekend. \
                They were not keen on this weekend's summit.";
    let values: Vec<String> = crate::tag(text, dct).into_iter().map(|t| t.value).collect();
    assert_eq!(values, ["2022-W06-WE", "2022-W05-WE", "2022-W06-WE"]);
}

#[test]
fn json_shape_is_stable() {
    let dct = NaiveDate::from_ymd_opt(2022, 2, 8).unwrap();
    let found = crate::tag("from Feb. 10 to Feb. 20", dct);
    expect![[r#"[{"span":{"start":5,"end":12},"kind":"DATE","value":"2022-02-10","modifier":null,"granularity":"Day","anchored":{"first":"2022-02-10","last":"2022-02-10"},"range":{"role":"From","other":{"start":16,"end":23}}},{"span":{"start":16,"end":23},"kind":"DATE","value":"2022-02-20","modifier":null,"granularity":"Day","anchored":{"first":"2022-02-20","last":"2022-02-20"},"range":{"role":"To","other":{"start":5,"end":12}}}]"#]].assert_eq(&serde_json::to_string(&found).unwrap());
}

#[test]
fn intervals_of_values() {
    let shown: Vec<String> = [
        "2022-02-07",
        "2022-W06",
        "2022-02",
        "2022-Q3",
        "2022-H2",
        "2022-WI",
        "2022",
        "199X",
        "19",
        "P3Y",
    ]
    .iter()
    .map(|v| match crate::interval_of_value(v) {
        Some((g, i)) => format!("{v} {g:?} {}..{}", i.first, i.last),
        None => format!("{v} none"),
    })
    .collect();
    expect![[r#"
        2022-02-07 Day 2022-02-07..2022-02-07
        2022-W06 Week 2022-02-07..2022-02-13
        2022-02 Month 2022-02-01..2022-02-28
        2022-Q3 Quarter 2022-07-01..2022-09-30
        2022-H2 HalfYear 2022-07-01..2022-12-31
        2022-WI Season 2022-12-01..2023-02-28
        2022 Year 2022-01-01..2022-12-31
        199X Decade 1990-01-01..1999-12-31
        19 Century 1900-01-01..1999-12-31
        P3Y none"#]]
    .assert_eq(&shown.join("\n"));
}

#[test]
fn never_panics_on_odd_input() {
    // Every pair of tricky tokens, glued and spaced, at the start and the end of the text.
    let pieces = [
        "Feb.",
        "8",
        "2022",
        "-",
        "/",
        ":",
        "'",
        "s",
        "th",
        "a",
        ".",
        "m",
        "the",
        "last",
        "next",
        "year",
        "years",
        "quarter",
        "1,000,000,000",
        "99999999999",
        "ago",
        "later",
        "mid",
        "of",
        "Monday",
        "May",
        "fall",
        "at",
        "least",
        "1/2",
        "half",
        "first",
        "’",
        "é",
        "\u{2013}",
        "nineteen",
        "ninety",
        "two",
        "thousand",
        "Christmas",
        "Eve",
        "noon",
        "EST",
        "0",
        "31",
        "current",
        "then",
        "day",
        "before",
        "week",
        "every",
        "other",
        "and",
        "one",
        "nights",
    ];
    let dct = NaiveDate::from_ymd_opt(2022, 2, 8).unwrap();
    for a in pieces {
        for b in pieces {
            for c in pieces {
                for text in [format!("{a}{b} {c}"), format!("{a} {b}{c}"), format!("{a} {b} {c}")] {
                    for t in crate::tag(&text, dct) {
                        assert!(
                            text.is_char_boundary(t.span.start)
                                && text.is_char_boundary(t.span.end)
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn more_forms() {
    check(
        "In the winter of nineteen ninety-four, growth in the nineties slowed. By year-end and \
         at the year's end, up 5% since year-end, these days, in the near term. Election Day came. The Daily \
         Telegraph said so in late-November. January this year and June last year differ. \
         This year's third quarter beat last year's quarter. It took more than two thousand \
         years and nearly five months, about three days.",
        expect![[r#"
            "the winter of nineteen ninety-four" DATE 1994-WI
            "the nineties" DATE 199
            "year-end" DATE 2022-12-31
            "the year's end" DATE 2022 mod=END
            "year-end" DATE 2021-12-31
            "these days" DATE PRESENT_REF
            "the near term" DATE FUTURE_REF
            "Election Day" DATE 2021-11-02
            "late-November" DATE 2021-11 mod=END
            "January this year" DATE 2022-01
            "June last year" DATE 2021-06
            "This year's third quarter" DATE 2022-Q3
            "last year's quarter" DATE 2020-Q4
            "more than two thousand years" DURATION P2000Y mod=MORE_THAN
            "nearly five months" DURATION P5M mod=EQUAL_OR_LESS
            "three days" DURATION P3D mod=APPROX"#]],
    );
    // "over" an amount is "more than" after "for", "in" or a verb of lasting; elsewhere it
    // is "during".
    check(
        "Friends for over two decades, the first quake in over a century, a tour to last over \
         a week; the plant was used over three years; over 30 years ago it began. It takes \
         24-48 hours, not 9/11 - 2 hrs.",
        expect![[r#"
            "over two decades" DURATION P20Y mod=MORE_THAN
            "over a century" DURATION P100Y mod=MORE_THAN
            "over a week" DURATION P1W mod=MORE_THAN
            "three years" DURATION P3Y
            "over 30 years ago" DATE 1992 mod=MORE_THAN
            "24-48 hours" DURATION PTXH
            "2 hrs" DURATION PT2H"#]],
    );
}

#[test]
fn weekends_and_tense_cues() {
    check(
        "Protests grew over the weekend. The envoy is to return Thursday and talks are set to \
         resume Wednesday; Monday's vote was close. Officials meet Wednesday.",
        expect![[r#"
            "the weekend" DATE 2022-W05-WE
            "Thursday" DATE 2022-02-10
            "Wednesday" DATE 2022-02-09
            "Monday" DATE 2022-02-07
            "Wednesday" DATE 2022-02-09"#]],
    );
}

#[test]
fn centuries_frequencies_and_fractions() {
    check(
        "In the twentieth century and the twenty-first century, on his last day, a quarter of \
         voters met twice a week and once a year.",
        expect![[r#"
            "the twentieth century" DATE 19
            "the twenty-first century" DATE 20
            "twice a week" SET P1W
            "once a year" SET P1Y"#]],
    );
}

#[test]
fn narrative_months_and_years() {
    check(
        "Protests began in March 2020. The following month the government fell, and later \
         that year elections were held.",
        expect![[r#"
            "March 2020" DATE 2020-03
            "The following month" DATE 2020-04
            "later that year" DATE 2020 mod=END"#]],
    );
}

#[test]
fn british_forms() {
    check(
        "Protesters gathered on Friday 28 January and again on 28/01/2011; the curfew starts \
         at 21:00 GMT. The score was 21:07 at half time.",
        expect![[r#"
            "Friday 28 January" DATE 2022-01-28
            "28/01/2011" DATE 2011-01-28
            "21:00 GMT" TIME 2011-01-28T21:00"#]],
    );
}

#[test]
fn compounds_and_anaphora() {
    check(
        "The deal closes by year end. The vote came on Jan. 26; earlier that day talks stalled. \
         The dynasty lasted almost a hundred years, a week or so.",
        expect![[r#"
            "year end" DATE 2022 mod=END
            "Jan. 26" DATE 2022-01-26
            "earlier that day" DATE 2022-01-26 mod=START
            "a hundred years" DURATION P100Y mod=EQUAL_OR_LESS
            "a week or so" DURATION P1W mod=APPROX"#]],
    );
}

#[test]
fn wire_clock_times_and_sets_with_amounts() {
    check(
        "The quake struck at 2153 GMT on Monday. Aftershocks came every ten minutes, then every 15 to 20 \
         minutes and every three years. In 2100, nobody will remember; 2199 troops left; 2159: the speech ended.",
        expect![[r#"
            "2153 GMT" TIME 2022-02-07T21:53
            "Monday" DATE 2022-02-07
            "every ten minutes" SET PT10M
            "every 15 to 20 minutes" SET PTXM
            "every three years" SET P3Y
            "2100" DATE 2100"#]],
    );
}

#[test]
fn september_eleventh_attacks() {
    check(
        "Markets have not fallen so fast since the Sept. 11 attacks, the attacks of September 11. \
         The board met on Sept. 11 to approve the deal.",
        expect![[r#"
            "Sept. 11" DATE 2001-09-11
            "September 11" DATE 2001-09-11
            "Sept. 11" DATE 2021-09-11"#]],
    );
}

#[test]
fn range_ends_follow_their_start() {
    // Each end alone would be put in the document's year or the one before; as a range, the
    // second end comes after the first.
    check(
        "The peak season runs July-September. Talks run from Dec. 20 to Jan. 5.",
        expect![[r#"
            "July" DATE 2021-07 range=From:"September"
            "September" DATE 2021-09 range=To:"July"
            "Dec. 20" DATE 2021-12-20 range=From:"Jan. 5"
            "Jan. 5" DATE 2022-01-05 range=To:"Dec. 20""#]],
    );
    // Weekdays too: the tense at the first end places the range, or else the first end is
    // placed alone and the second follows it. Published on a Tuesday.
    check(
        "Protests will run from Thursday to Monday. Talks ran from Friday to Monday. A campaign \
         is protesting in 50 cities from Tuesday through Saturday. Shares bought from Jan. 14 \
         to Thursday. Single out Feb. 7 - 18 hrs ago; sales rose Feb. 3 - 10 percent.",
        expect![[r#"
            "Thursday" DATE 2022-02-10 range=From:"Monday"
            "Monday" DATE 2022-02-14 range=To:"Thursday"
            "Friday" DATE 2022-02-04 range=From:"Monday"
            "Monday" DATE 2022-02-07 range=To:"Friday"
            "Tuesday" DATE 2022-02-08 range=From:"Saturday"
            "Saturday" DATE 2022-02-12 range=To:"Tuesday"
            "Jan. 14" DATE 2022-01-14 range=From:"Thursday"
            "Thursday" DATE 2022-02-03 range=To:"Jan. 14"
            "Feb. 7" DATE 2022-02-07
            "18 hrs ago" DATE 2022-02-08
            "Feb. 3" DATE 2022-02-03"#]],
    );
}

#[test]
fn two_digit_years_take_the_nearest_century() {
    check(
        "Recovery slips from the third quarter of '09 into '10, as in '98.",
        expect![[r#""the third quarter of '09" DATE 2009-Q3"#]],
    );
    // A past verb right before a date puts it behind publication; what was agreed or said
    // may lie ahead; "will be paid" is not past.
    check(
        "The singer died in June. Both sides agreed to meet on March 3, officials said. The \
         dividend will be paid Dec. 14. Analysts said sales would rise in August.",
        expect![[r#"
            "June" DATE 2021-06
            "March 3" DATE 2022-03-03
            "Dec. 14" DATE 2022-12-14
            "August" DATE 2022-08"#]],
    );
    // A term that "ends in September" has not ended yet.
    check(
        "He made no mention of leaving office before his term ends in September.",
        expect![[r#""September" DATE 2022-09"#]],
    );
    // "A year earlier" compares with the month or quarter its sentence is about.
    check(
        "Growth was 2.8 percent in the second quarter. Sales in September had declined 27 \
         percent compared with a year earlier.",
        expect![[r#"
            "the second quarter" DATE 2021-Q2
            "September" DATE 2021-09
            "a year earlier" DATE 2020-09"#]],
    );
    // Words that are not tense cues ("started coming ashore", "the next afternoon"), "we'd"
    // as "would" or "had", and a deadline ahead.
    check(
        "Oil started coming ashore a week after the 20 September explosion. He learned the next \
         afternoon, April 16, that it failed. We'd meet in June. She'd left in June. Between \
         2am and 3am on 27 May, aides wrote drafts. The bill must pass by November. Guards \
         stand by Friday in Cairo.",
        expect![[r#"
            "a week" DURATION P1W
            "20 September" DATE 2021-09-20
            "the next afternoon" TIME 2021-09-21TAF
            "April 16" DATE 2022-04-16
            "June" DATE 2022-06
            "June" DATE 2021-06
            "2am" TIME 2022-05-27T02:00 range=From:"3am"
            "3am" TIME 2022-05-27T03:00 range=To:"2am"
            "27 May" DATE 2022-05-27
            "November" DATE 2022-11
            "Friday" DATE 2022-02-04"#]],
    );
    // "will have a flight" is not a perfect; a promise after the date is a past one; a
    // past verb across "until" or "with" says nothing of the date.
    check(
        "Delta will have a flight on Saturday. In early September, the campaign promised to \
         release records. Schools will remain closed until March 7. It conflicted with \
         Valentine's Day plans.",
        expect![[r#"
            "Saturday" DATE 2022-02-12
            "early September" DATE 2021-09 mod=START
            "March 7" DATE 2022-03-07
            "Valentine's Day" DATE 2022-02-14"#]],
    );
    // A weekday's event ("Saturday's concert") is past unless its clause looks ahead; a
    // modal perfect ("may have been killed") looks back; "won't" is not "won".
    check(
        "Saturday's tribute concert will raise money. Wednesday's ruling angered them. Many \
         may have been killed by Tuesday's earthquake. The well won't be ready until November. \
         The report blamed failures for the April 20 explosion; the Saturday storm will be wet. \
         Shares fell despite better than expected results on Thursday.",
        expect![[r#"
            "Saturday" DATE 2022-02-12
            "Wednesday" DATE 2022-02-02
            "Tuesday" DATE 2022-02-08
            "November" DATE 2022-11
            "April 20" DATE 2021-04-20
            "Saturday" DATE 2022-02-12
            "Thursday" DATE 2022-02-03"#]],
    );
    // A point of comparison does not move the narrative: "the previous month" is July.
    check(
        "Orders dipped 4 percent in August, the largest decline since October 2006. Steel \
         orders were down from the previous month.",
        expect![[r#"
            "August" DATE 2021-08
            "October 2006" DATE 2006-10
            "the previous month" DATE 2021-07"#]],
    );
    // A starting point is in the past whatever the rest of the sentence plans.
    check(
        "The carrier has been on patrol since March and was scheduled to return in May.",
        expect![[r#"
            "March" DATE 2021-03
            "May" DATE 2022-05"#]],
    );
}

#[test]
fn halves_of_decades() {
    check(
        "The trend of the last half of the '80s ran into the first half of the 1990s and the \
         first half of 1991.",
        expect![[r#"
            "the last half of the '80s" DATE 198 mod=END
            "the first half of the 1990s" DATE 199 mod=START
            "the first half of 1991" DATE 1991-H1"#]],
    );
}

#[test]
fn holidays_named_in_several_words() {
    check(
        "The day after Labor Day, Memorial Day 2021, Independence Day, Veterans Day, Martin \
         Luther King Jr. Day, Presidents' Day, Boxing Day, Valentine's Day, Good Friday, May Day, Columbus Day, \
         Mother's Day, Father's Day, the July Fourth weekend and the Fourth of July. Ukraine's Independence Day; a good \
         day; Mother's day care.",
        expect![[r#"
            "The day after Labor Day" DATE 2021-09-07
            "Memorial Day 2021" DATE 2021-05-31
            "Independence Day" DATE 2021-07-04
            "Veterans Day" DATE 2021-11-11
            "Martin Luther King Jr. Day" DATE 2022-01-17
            "Presidents' Day" DATE 2022-02-21
            "Boxing Day" DATE 2021-12-26
            "Valentine's Day" DATE 2022-02-14
            "Good Friday" DATE 2022-04-15
            "May Day" DATE 2022-05-01
            "Columbus Day" DATE 2021-10-11
            "Mother's Day" DATE 2022-05-08
            "Father's Day" DATE 2021-06-20
            "July Fourth" DATE 2021-07-04
            "the Fourth of July" DATE 2021-07-04"#]],
    );
}

#[test]
fn a_present_progressive_arranges_a_weekday_ahead() {
    // Published on a Tuesday; the Friday before was Feb. 4.
    check(
        "The band will play Friday. He said he is still making calls to add acts for Friday. \
         They are now meeting on Thursday.",
        expect![[r#"
            "Friday" DATE 2022-02-11
            "Friday" DATE 2022-02-11
            "now" DATE PRESENT_REF
            "Thursday" DATE 2022-02-10"#]],
    );
}

#[test]
fn a_weekday_in_apposition_is_the_date_before_it() {
    // Said on Monday 14 February 2022: a bare Friday would be Feb. 11.
    check_on(
        (2022, 2, 14),
        "Protesters were beaten back on the 28th of January, that very violent Friday \
         afternoon, as the army arrived a couple of hours later. The hearing on Feb. 9 was \
         cut short, and the panel met Friday. They marched on Jan. 28, a Friday.",
        expect![[r#"
            "28th of January" DATE 2022-01-28
            "Friday afternoon" TIME 2022-01-28TAF
            "a couple of hours later" DATE 2022-01-28
            "Feb. 9" DATE 2022-02-09
            "Friday" DATE 2022-02-11
            "Jan. 28" DATE 2022-01-28
            "Friday" DATE 2022-01-28"#]],
    );
}

#[test]
fn what_happens_ahead_of_a_weekday_is_the_nearer_one() {
    // 2022-02-08 is a Tuesday: the nearer Thursday is ahead, the nearer Sunday behind.
    check(
        "Ahead of Senate hearings Thursday, lawmakers released a letter. Speaking ahead of the \
         awards on Sunday, he said forty stars had signed up. Ahead of schedule, the crew \
         finished on Friday.",
        expect![[r#"
            "Thursday" DATE 2022-02-10
            "Sunday" DATE 2022-02-06
            "Friday" DATE 2022-02-04"#]],
    );
    // A month looked forward to; a past verb the lexicon knows.
    check_on(
        (2010, 6, 19),
        "Lawmakers used hearings to gather ammunition ahead of November elections.",
        expect![[r#""November" DATE 2010-11"#]],
    );
    check_on(
        (2008, 12, 1),
        "A painter used his discount in February to buy a car.",
        expect![[r#""February" DATE 2008-02"#]],
    );
    // On a Monday.
    check_on(
        (2022, 2, 7),
        "Ahead of congressional hearings on Tuesday and Thursday, lawmakers released a letter.",
        expect![[r#"
            "Tuesday" DATE 2022-02-08
            "Thursday" DATE 2022-02-10"#]],
    );
}

#[test]
fn days_counted_from_easter_and_thanksgiving() {
    // Easter 2022 fell on April 17 and Thanksgiving on November 24.
    check(
        "Ash Wednesday, Palm Sunday, Maundy Thursday, Holy Saturday, Easter Sunday, Easter \
         Monday, Ascension Day, Pentecost, the Whitsun fair and Whit Monday; Black Friday and Cyber Monday; St. \
         Patrick's Day, Bastille Day, Canada Day, Anzac Day, Remembrance Sunday, Mothers Day. \
         Not days: Black Monday in 1987, the Bloody Sunday inquiry, a black Friday mood, good \
         Friday prayers.",
        expect![[r#"
            "Ash Wednesday" DATE 2022-03-02
            "Palm Sunday" DATE 2022-04-10
            "Maundy Thursday" DATE 2022-04-14
            "Holy Saturday" DATE 2022-04-16
            "Easter Sunday" DATE 2022-04-17
            "Easter Monday" DATE 2022-04-18
            "Ascension Day" DATE 2022-05-26
            "Pentecost" DATE 2022-06-05
            "Whitsun" DATE 2022-06-05
            "Whit Monday" DATE 2022-06-06
            "Black Friday" DATE 2021-11-26
            "Cyber Monday" DATE 2021-11-29
            "St. Patrick's Day" DATE 2022-03-17
            "Bastille Day" DATE 2021-07-14
            "Canada Day" DATE 2021-07-01
            "Anzac Day" DATE 2022-04-25
            "Remembrance Sunday" DATE 2021-11-14
            "Mothers Day" DATE 2022-05-08
            "1987" DATE 1987
            "Friday" DATE 2022-02-04
            "Friday" DATE 2022-02-04"#]],
    );
}

#[test]
fn day_first_ranges_and_wire_clock_times() {
    check(
        "Festival week: 17-23 October 2009, then 3 to 5 March. Scores 5-3 March on. The quake \
         struck at 1653 local time (2153 GMT) on Tuesday. Aired February 1, 2011 - 14:00:00 ET.",
        expect![[r#"
            "17" DATE 2009-10-17 range=From:"23 October 2009"
            "23 October 2009" DATE 2009-10-23 range=To:"17"
            "3" DATE 2022-03-03 range=From:"5 March"
            "5 March" DATE 2022-03-05 range=To:"3"
            "3 March" DATE 2022-03-03
            "1653 local time" TIME 2022-02-08T16:53
            "2153 GMT" TIME 2022-02-08T21:53
            "Tuesday" DATE 2022-02-08
            "February 1, 2011" DATE 2011-02-01
            "14:00:00 ET" TIME 2011-02-01T14:00"#]],
    );
}

#[test]
fn plural_centuries_and_verbs_that_look_like_seasons() {
    check(
        "Music of the 18th and 19th centuries. Large firms that fall into trouble. That fall, \
         he left. He told Reuters that overnight the capital was dark. Poverty after the fall \
         of communism. On Jan. 3 he was sedated during the previous night. Director, 1977-79; \
         the 2008-09 season; data for 2010-06.",
        expect![[r#"
            "the 18th" DATE 17
            "19th centuries" DATE 18
            "fall" DATE 2021-FA
            "Jan. 3" DATE 2022-01-03
            "the previous night" TIME 2022-01-02TNI
            "1977" DATE 1977 range=From:"79"
            "79" DATE 1979 range=To:"1977"
            "2008" DATE 2008 range=From:"09"
            "09" DATE 2009 range=To:"2008"
            "2010" DATE 2010"#]],
    );
}

#[test]
fn business_shorthand_and_weeks_around_a_weekday() {
    check(
        "Q3 2021 profit rose; in Q1, H1 2021, FY2021 and FY 2020, the 3rd quarter of 2021. \
         H1N1 flu, H1 N1, this H1 swine flu or H5N1; a Q&A. January-March. On Tuesday last \
         week and Friday next week.",
        expect![[r#"
            "Q3 2021" DATE 2021-Q3
            "Q1" DATE 2022-Q1
            "H1 2021" DATE 2021-H1
            "FY2021" DATE 2021
            "FY 2020" DATE 2020
            "the 3rd quarter of 2021" DATE 2021-Q3
            "January" DATE 2022-01 range=From:"March"
            "March" DATE 2022-03 range=To:"January"
            "Tuesday last week" DATE 2022-02-01
            "Friday next week" DATE 2022-02-18"#]],
    );
    // A bare "H1" in a text that names H1N1 is the virus; one with its year is not.
    check("Save H1N1, H1N1, H1 OH! Sales fell in H1 2021.", expect![[r#""H1 2021" DATE 2021-H1"#]]);
}

#[test]
fn unspecified_stretches_of_small_units() {
    // "for hours", "within minutes" as for weeks and years; "hours of footage" is an amount.
    check(
        "Within hours, police came. Talks went on for hours. Within minutes it fell. They \
         watched hours of footage.",
        expect![[r#"
            "hours" DURATION PTXH
            "hours" DURATION PTXH
            "minutes" DURATION PTXM"#]],
    );
}

#[test]
fn years_naming_which_ones_and_abbreviated_units_and_months() {
    // A recent year after "the" or a possessive names which ones; a bare count stays a count.
    check(
        "He cited the 2003 incidents and Haiti's 2004 floods after the 2008-2009 crisis; \
         1500 troops left. 2010 has been a deadly year; the Act of 1990 requires it; its 2009 \
         revenues rose. Raid - 9 hrs ago; a 10 min walk. A flu shot last Nov. and, \
         perhaps as early as March, inspections in February, March and April.",
        expect![[r#"
            "2003" DATE 2003
            "2004" DATE 2004
            "2008" DATE 2008 range=From:"2009"
            "2009" DATE 2009 range=To:"2008"
            "2010" DATE 2010
            "1990" DATE 1990
            "2009" DATE 2009
            "9 hrs ago" DATE 2022-02-08
            "10 min" DURATION PT10M
            "Nov." DATE 2021-11
            "March" DATE 2022-03
            "February" DATE 2022-02
            "March" DATE 2022-03
            "April" DATE 2022-04"#]],
    );
}

#[test]
fn negated_pasts_overnight_spans_and_stretches_ahead() {
    // "didn't" is past; "is not stopped" is a passive, not a past event; a curfew "from
    // 3 p.m. to 8 a.m. on Monday" runs overnight, while "from 9 a.m. to 5 p.m. on Monday"
    // is one day; "the next 100 hours" look ahead.
    check(
        "The interview didn't air on Monday. If the flow is not stopped in August, it spreads. \
         A curfew ran from 3 p.m. to 8 a.m. on Monday; talks ran from 9 a.m. to 5 p.m. on \
         Thursday. Lock them in a room for the next 100 hours, until Friday.",
        expect![[r#"
            "Monday" DATE 2022-02-07
            "August" DATE 2021-08
            "3 p.m." TIME 2022-02-06T15:00 range=From:"8 a.m."
            "8 a.m." TIME 2022-02-07T08:00 range=To:"3 p.m."
            "Monday" DATE 2022-02-07
            "9 a.m." TIME 2022-02-03T09:00 range=From:"5 p.m."
            "5 p.m." TIME 2022-02-03T17:00 range=To:"9 a.m."
            "Thursday" DATE 2022-02-03
            "the next 100 hours" DURATION PT100H
            "Friday" DATE 2022-02-11"#]],
    );
}

#[test]
fn one_step_beyond_the_nearest_and_days_counted_from_a_day() {
    // "before last" and "after next" go one step past "last" and "next", but not when they
    // qualify what follows ("the day before last Tuesday's hearing"); "a week from Monday"
    // counts from the coming Monday, while "for three days from Monday" is a stretch; "the
    // turn of the century" is the years about the last change of century.
    check(
        "He spoke on the Thursday before last. We meet the week after next, not the weekend \
         before last or the year after next. The vote is a week from Monday; the fair runs \
         for three days from Monday. The day before last Tuesday's hearing was quiet. At the \
         turn of the century the town grew; the church dates from the turn of the 19th \
         century. The turn of events surprised him.",
        expect![[r#"
            "the Thursday before last" DATE 2022-01-27
            "the week after next" DATE 2022-W08
            "the weekend before last" DATE 2022-W04-WE
            "the year after next" DATE 2024
            "a week from Monday" DATE 2022-02-21
            "three days" DURATION P3D
            "Monday" DATE 2022-02-07
            "The day before last Tuesday" DATE 2022-01-31
            "the turn of the century" DATE 2000 mod=APPROX
            "the turn of the 19th century" DATE 1800 mod=APPROX"#]],
    );
}

#[test]
fn a_meeting_told_in_the_present_is_ahead() {
    // "meet" in the present is a meeting on the calendar, unless negated in the past.
    check(
        "When the leaders meet on Saturday, they must act. The board meets Monday. They did \
         not meet on Friday. It is hard to meet demand into the summer.",
        expect![[r#"
            "Saturday" DATE 2022-02-12
            "Monday" DATE 2022-02-14
            "Friday" DATE 2022-02-04
            "the summer" DATE 2021-SU"#]],
    );
}

#[test]
fn stretches_ahead_and_amounts_compared() {
    // "over the next year" is the twelve months ahead, but "the next year" alone in a past
    // story is the year after the narrative's; "moved to Paris" is no intention, so its day
    // is past; "six weeks earlier than planned" compares two dates and stays an amount.
    check(
        "BP will sell assets over the next year. Flu cases may peak within the next month or \
         so. He moved to Paris on Monday. He was hired in 1990 and married the next year. The \
         ban ended six weeks earlier than planned; results come a week later than indicated.",
        expect![[r#"
            "the next year" DURATION P1Y
            "the next month or so" DURATION P1M mod=APPROX
            "Monday" DATE 2022-02-07
            "1990" DATE 1990
            "the next year" DATE 1991
            "six weeks" DURATION P6W
            "a week" DURATION P1W"#]],
    );
}

#[test]
fn live_blog_entry_times_and_quotations_after_the_date() {
    // Entries of a live page open with a 24-hour time: on a page with several, such a
    // number is that time on the day of publication, not a year ("1839 Canadian
    // diplomats"); one alone stays a year. A quotation after the date has its own tense.
    check(
        "Live coverage.\n2040 Officials say aid is coming.\n1839 Canadian diplomats are \
         racing to help.\n1358 President Obama will speak at 1500 GMT.\n\
         On \"60 Minutes\" Sunday evening, McCain, saying \"this may sound unusual,\" said he \
         would stop.",
        expect![[r#"
            "2040" TIME 2022-02-08T20:40
            "1839" TIME 2022-02-08T18:39
            "1358" TIME 2022-02-08T13:58
            "1500 GMT" TIME 2022-02-08T15:00
            "Sunday evening" TIME 2022-02-06TEV"#]],
    );
    check(
        "Records.\n1839 Canadian settlers arrived in the valley.",
        expect![[r#""1839" DATE 1839"#]],
    );
    // Entry times may also stand mid-line before a colon ("…tweets 2029: Wonkette…"),
    // three or more with one outside 18:00-20:59; a chronology of years reads as clocks of
    // those hours only, and stays years.
    check(
        "Live. Read her tweets 2103: Mr Gibbs ends. Big night 2059: Media critic says. \
         Obama 2029: Wonkette We planned.",
        expect![[r#"
            "2103" TIME 2022-02-08T21:03
            "2059" TIME 2022-02-08T20:59
            "2029" TIME 2022-02-08T20:29"#]],
    );
    check(
        "Flu pandemics. 1957: Asian flu killed two million. 1968: Hong Kong flu. 2009: Swine \
         flu spread. 2005: Bird flu.",
        expect![[r#"
            "1957" DATE 1957
            "1968" DATE 1968
            "2009" DATE 2009
            "2005" DATE 2005"#]],
    );
    // Newest first, such entries run over midnight like update stamps; an entry may open
    // on a quotation.
    check(
        "Live coverage.\n0010 The page closes.\n2350 \"It is awful,\" she says.\n2200 Aid \
         arrives.\n1800 Rain falls.",
        expect![[r#"
            "0010" TIME 2022-02-09T00:10
            "2350" TIME 2022-02-08T23:50
            "2200" TIME 2022-02-08T22:00
            "1800" TIME 2022-02-08T18:00"#]],
    );
}

#[test]
fn live_page_entries_roll_over_midnight_and_follow_the_days_they_name() {
    // Newest entry first. Read upward, in time order, a clock more than twelve hours
    // earlier than the one before it is on the next day; without other evidence the oldest
    // entry is on the page's date.
    check(
        "(Update 12:30 a.m. in Cairo, 5:30 p.m. ET) Crowds stayed. (Update 11:30 p.m. in Cairo, \
         4:30 p.m. ET) Police withdrew. (Update 10 p.m. in Cairo, 3 p.m. ET) Talks failed.",
        expect![[r#"
            "12:30 a.m." TIME 2022-02-09T00:30
            "5:30 p.m. ET" TIME 2022-02-08T17:30
            "11:30 p.m." TIME 2022-02-08T23:30
            "4:30 p.m. ET" TIME 2022-02-08T16:30
            "10 p.m." TIME 2022-02-08T22:00
            "3 p.m. ET" TIME 2022-02-08T15:00"#]],
    );
    // A page dated Tuesday whose entries tell of Wednesday and, after midnight, Thursday:
    // the entries are on the days they name, and so are the weekdays they name.
    check(
        "(Update 1:10 a.m. in Cairo, 6:10 p.m. ET) Crowds stayed in the square early Thursday. \
         (Update 11:40 p.m. in Cairo, 4:40 p.m. ET) Police withdrew Wednesday. (Update 9:05 \
         p.m. in Cairo, 2:05 p.m. ET) Talks failed Wednesday, and on Wednesday the army moved.",
        expect![[r#"
            "1:10 a.m." TIME 2022-02-10T01:10
            "6:10 p.m. ET" TIME 2022-02-09T18:10
            "early Thursday" DATE 2022-02-10 mod=START
            "11:40 p.m." TIME 2022-02-09T23:40
            "4:40 p.m. ET" TIME 2022-02-09T16:40
            "Wednesday" DATE 2022-02-09
            "9:05 p.m." TIME 2022-02-09T21:05
            "2:05 p.m. ET" TIME 2022-02-09T14:05
            "Wednesday" DATE 2022-02-09
            "Wednesday" DATE 2022-02-09"#]],
    );
}

#[test]
fn a_report_dated_the_day_before_its_writing() {
    // Dated Tuesday but telling of Wednesday as done, three times over: written Wednesday.
    // One such mention is only last Wednesday.
    check(
        "Estimates released Wednesday put the flow higher. An aide said Wednesday that the mud \
         was working. The director resigned Wednesday. The president will fly in on Friday.",
        expect![[r#"
            "Wednesday" DATE 2022-02-09
            "Wednesday" DATE 2022-02-09
            "Wednesday" DATE 2022-02-09
            "Friday" DATE 2022-02-11"#]],
    );
    check("The director resigned Wednesday.", expect![[r#""Wednesday" DATE 2022-02-02"#]]);
}

#[test]
fn counts_of_people_and_the_night_before() {
    // "2000 people" is a count; "the night before" is the night before the story's day,
    // while "the morning after" is left alone (mostly the idiom); "a late fall" is a drop;
    // a title's "Now" is no time, while shouting in capitals keeps its "NOW".
    check(
        "A field with 2000 people in it. The storm hit on Sunday; the plane had landed the \
         night before. The challenge is the morning after. Shares sank in a late fall. The \
         Hope For Haiti Now telethon raised $57m. THE NATION IS NOW STUCK.",
        expect![[r#"
            "Sunday" DATE 2022-02-06
            "the night before" TIME 2022-02-05TNI
            "NOW" DATE PRESENT_REF"#]],
    );
}

#[test]
fn this_week_ahead_said_on_a_sunday() {
    // Published on Sunday 6 February 2022: what "this week" will bring is in the week ahead;
    // what it brought, or what someone "has said" in it, is in the week that ends today.
    check_on(
        (2022, 2, 6),
        "The stock market could reopen this week. Prices fell this week. Mubarak has said \
         this week that he would stay.",
        expect![[r#"
            "this week" DATE 2022-W06
            "this week" DATE 2022-W05
            "this week" DATE 2022-W05"#]],
    );
}

#[test]
fn neighbouring_days_joined_stay_neighbours() {
    // Published on Sunday 30 May 2010: the effort begins "Monday or Tuesday", the next two
    // days, though "Tuesday" alone in that clause would be last Tuesday; "by Monday or
    // Tuesday" said on a Tuesday is next week's pair. "arrived Monday and will leave
    // Tuesday", said on a Wednesday, are not joined.
    check_on(
        (2010, 5, 30),
        "BP gets started with its latest effort, beginning Monday or Tuesday.",
        expect![[r#"
            "Monday" DATE 2010-05-31
            "Tuesday" DATE 2010-06-01"#]],
    );
    check_on(
        (2010, 6, 8),
        "The spill should be down to a trickle by Monday or Tuesday.",
        expect![[r#"
            "Monday" DATE 2010-06-14
            "Tuesday" DATE 2010-06-15"#]],
    );
    check_on(
        (2010, 6, 9),
        "He arrived Monday and will leave Tuesday.",
        expect![[r#"
        "Monday" DATE 2010-06-07
        "Tuesday" DATE 2010-06-15"#]],
    );
}

#[test]
fn years_and_centuries_before_the_common_era() {
    // "BC", "B.C." and "BCE" after a year or a century; not "the 2010 BC Lions".
    check(
        "The artifacts date from the fourth century BC. Rome was founded in 753 B.C. and Troy \
         fell about 1180 BCE. He played for the 2010 BC Lions.",
        expect![[r#"
            "the fourth century BC" DATE BC03
            "753 B.C." DATE BC0753
            "1180 BCE" DATE BC1180 mod=APPROX
            "2010" DATE 2010"#]],
    );
}

#[test]
fn a_clock_time_after_a_date_is_no_year() {
    // A dispatch heading: "19 JANUARY, 1300 GMT" is a day and a time on it, not the year
    // 1300; "$19,300 (2006 est.)" keeps its year.
    check_on(
        (2010, 1, 19),
        "19 JANUARY, 1300 GMT, THREE HOURS FROM SANTO DOMINGO. GDP per capita: $19,300 (2006 \
         est.)",
        expect![[r#"
            "19 JANUARY" DATE 2010-01-19
            "1300 GMT" TIME 2010-01-19T13:00
            "THREE HOURS" DURATION PT3H
            "2006" DATE 2006"#]],
    );
}

#[test]
fn day_counts_in_apposition_and_in_halves() {
    // A yearless date right after a year and a comma is in that year.
    check_on(
        (2009, 5, 6),
        "But this year, on 10th May it was sunny. In 2008, on May 10, it rained.",
        expect![[r#"
            "this year" DATE 2009
            "10th May" DATE 2009-05-10
            "2008" DATE 2008
            "May 10" DATE 2008-05-10"#]],
    );
    // Half a week is counted in days: ten days back from Friday 11 February is Tuesday 1
    // February, in week 5 (two whole weeks would be week 4).
    check_on(
        (2022, 2, 11),
        "She resigned a week and a half ago.",
        expect![[r#""a week and a half ago" DATE 2022-W05"#]],
    );
    // "The next day, Jan. 28,": the date names the day counted to, even when the count's
    // own anchor (here last year) could not.
    check(
        "I said one year ago that it would change. The next day, Jan. 28, he disappeared. \
         Two days later, Jan. 30, he called.",
        expect![[r#"
            "one year ago" DATE 2021
            "The next day" DATE 2022-01-28
            "Jan. 28" DATE 2022-01-28
            "Two days later" DATE 2022-01-30
            "Jan. 30" DATE 2022-01-30"#]],
    );
}

#[test]
fn a_month_named_again_keeps_its_year() {
    // Said in February, the answer's bare "September" is the one just asked about.
    check_on(
        (2011, 2, 6),
        "Q: He will not leave until September? A: Yes, in September.",
        expect![[r#"
            "September" DATE 2011-09
            "September" DATE 2011-09"#]],
    );
    // Alone, an untensed month seven months ahead is last year's.
    check_on((2011, 2, 6), "A: Yes, in September.", expect![[r#""September" DATE 2010-09"#]]);
}

#[test]
fn british_clock_times_with_a_dot() {
    // "8.30 pm" and "10.40 am" are clock times; without a.m. or p.m. a dotted number is one
    // before a zone or "local time", or as a 24-hour "at 21.45 on 20 April"; prices and
    // percentages stay out.
    check(
        "Tune in at 8.30 pm. He had a dose at 10.40 am on the day. The call came at 21.45 on \
         20 April 2021; the leak began before 19.55 local time. Shares closed at 10.50 on Friday, \
         up from 1.25 percent to 4.01 million.",
        expect![[r#"
            "8.30 pm" TIME 2022-02-08T20:30
            "10.40 am" TIME 2022-02-08T10:40
            "21.45" TIME 2021-04-20T21:45
            "20 April 2021" DATE 2021-04-20
            "19.55 local time" TIME 2021-04-20T19:55
            "Friday" DATE 2022-02-04"#]],
    );
    // A clock time that opens a sentence and a colon heads a live entry: it is on the
    // page's day, not on the day the story last named.
    check(
        "The rig sank on April 22. 3.17 pm: Senator Nelson speaks. 4pm: So what is going on?",
        expect![[r#"
            "April 22" DATE 2021-04-22
            "3.17 pm" TIME 2022-02-08T15:17
            "4pm" TIME 2022-02-08T16:00"#]],
    );
}

#[test]
fn oclock_times() {
    // "o'clock" makes a time of a number or a number word; "in the morning", "last night"
    // and "tonight" place it; midnight opening a span is the day's first minute; "the Six
    // O'clock News" is a programme.
    check(
        "He worked between midnight and six o'clock in the morning. I got home at nine \
         o'clock last night. We meet at 10 o'clock tonight. Four o'clock came. The Six \
         O'clock News ran.",
        expect![[r#"
            "midnight" TIME 2022-02-08T00:00 range=From:"six o'clock in the morning"
            "six o'clock in the morning" TIME 2022-02-08T06:00 range=To:"midnight"
            "nine o'clock last night" TIME 2022-02-07T21:00
            "10 o'clock" TIME 2022-02-08T22:00
            "tonight" TIME 2022-02-08TNI
            "Four o'clock" TIME 2022-02-08T04:00"#]],
    );
}

#[test]
fn what_can_be_done_and_things_named_after_holidays() {
    // Said on Wednesday 24 September 2008: what can (not) be done on a weekday is the
    // nearest such day either side, and ahead when it is a deadline; "can happen in a day"
    // stays a stretch. "April's Deepwater Horizon disaster" has happened.
    check_on(
        (2008, 9, 24),
        "He can not show up on Friday. They can both fly to DC on Saturday. Can they do it \
         by Tuesday? So much can happen in a day. BP can emerge from April's Deepwater \
         Horizon disaster.",
        expect![[r#"
            "Friday" DATE 2008-09-26
            "Saturday" DATE 2008-09-27
            "Tuesday" DATE 2008-09-30
            "a day" DURATION P1D
            "April" DATE 2008-04"#]],
    );
    // A gerund after a preposition plans nothing: this November is six months ahead,
    // so the story's is last year's.
    check_on(
        (2009, 5, 6),
        "On 16th November, a friend woke me up for preparing to work.",
        expect![[r#""16th November" DATE 2008-11-16"#]],
    );
    // A sentence that opens with a deadline tells its verb later, comma or not: said on
    // Sunday 9 May 2010, "Until Saturday" is yesterday.
    check_on(
        (2010, 5, 9),
        "Until Saturday none of the thick sludge -- those iconic images of past spills -- had \
         washed ashore.",
        expect![[r#""Saturday" DATE 2010-05-08"#]],
    );
    // After a quotation that closes a sentence, too.
    check_on(
        (2010, 11, 8),
        "\"It looked like incompetence.\" By the end of May, the company's best hopes of \
         plugging the leak rested on the top kill.",
        expect![[r#""the end of May" DATE 2010-05 mod=END"#]],
    );
    // "Mr." and "vs." end no sentence: the tense scan goes on to "will".
    check_on(
        (2008, 9, 24),
        "They will still be panicking on Wall St. after Friday. Mr. Smith will meet Mr. Jones \
         vs. all odds in March.",
        expect![[r#"
            "Friday" DATE 2008-09-26
            "March" DATE 2009-03"#]],
    );
    // What was decided is done, whatever the clause plans; "ahead of Friday's ruling" is
    // still ahead. Said on Friday 7 January 2000.
    check_on(
        (2000, 1, 7),
        "They would look for ways to get around Wednesday's ruling. Lawyers met ahead of \
         Tuesday's ruling.",
        expect![[r#"
            "Wednesday" DATE 2000-01-05
            "Tuesday" DATE 2000-01-11"#]],
    );
    // Said on Sunday 30 January 2011: the nearest Saturday is yesterday.
    check_on(
        (2011, 1, 30),
        "He asked the government to resign so he can appoint a new one Saturday.",
        expect![[r#""Saturday" DATE 2011-01-29"#]],
    );
    check(
        "It lights up like a Christmas tree; he is off my Christmas card list; Easter eggs \
         sold out before Easter.",
        expect![[r#""Easter" DATE 2022-04-17"#]],
    );
}

#[test]
fn the_same_period_a_year_back() {
    // "the same month last year" is the month the story is at, a year back; "the same
    // quarter last year" the report's quarter a year back, like "the corresponding period";
    // "the same period" may be any stretch, and only its year is sure.
    check_on(
        (2010, 11, 5),
        "Output fell 7.7 percent in October from the same month last year. Sales rose from \
         the same quarter last year; ad spending since the spill tripled from the same \
         period last year.",
        expect![[r#"
            "October" DATE 2010-10
            "the same month last year" DATE 2009-10
            "the same quarter last year" DATE 2009-Q3
            "last year" DATE 2009"#]],
    );
}

#[test]
fn the_date_of_a_report_is_behind_us() {
    // Said on 25 May 2010: "wrote in an e-mail June 23" and "said in a letter on June 20"
    // date the writing, so last year; "said June 30 would be the deadline" names a date
    // the report is about. The month under way is not ahead of a finished act.
    check_on(
        (2010, 5, 25),
        "He said June 30 would be the deadline. She wrote in an e-mail June 23 to colleagues. \
         Officials said in a letter on June 20 that the lease was delayed.",
        expect![[r#"
            "June 30" DATE 2010-06-30
            "June 23" DATE 2009-06-23
            "June 20" DATE 2009-06-20"#]],
    );
    check_on(
        (2011, 2, 1),
        "U.S. stocks started February with a bang Tuesday.",
        expect![[r#"
            "February" DATE 2011-02
            "Tuesday" DATE 2011-02-01"#]],
    );
}
