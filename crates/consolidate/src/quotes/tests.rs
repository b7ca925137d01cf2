use expect_test::{Expect, expect};
use timeline::AnalyzedArticle;

use super::*;

use crate::test_article as analyzed;

fn check(articles: &[AnalyzedArticle], expect: Expect) {
    let shown: Vec<String> = quotes(articles, &QuoteConfig::default())
        .iter()
        .map(|q| {
            format!(
                "{}: \"{}\" [{}; {} citations]",
                q.speaker.as_deref().unwrap_or("?"),
                q.text,
                q.outlets.join(", "),
                q.citations.len()
            )
        })
        .collect();
    expect.assert_eq(&shown.join("\n"));
}

#[test]
fn speakers_before_and_after_the_quotation() {
    check(
        &[analyzed(
            "Wire",
            8,
            "\"A number of his ideas, proposals are possible as a basis for further steps,\" Putin said after the talks. \
             The drills will end soon, after which soldiers \"will return to their permanent locations,\" said Kremlin spokesman Dmitry Peskov. \
             U.S. President Joe Biden promised in a press conference on Monday that \"if Russia invades there will no longer be a Nord Stream 2.\" \
             Macron told reporters his goal to \"freeze the game\" was met, and he said \"the coming days will be crucial for all of us.\" \
             \"We will pay for every consequence of that failure,\" the company said.",
        )],
        expect![[r#"
            Putin: "A number of his ideas, proposals are possible as a basis for further steps" [Wire; 1 citations]
            the company: "We will pay for every consequence of that failure" [Wire; 1 citations]
            Joe Biden: "if Russia invades there will no longer be a Nord Stream 2." [Wire; 1 citations]
            Macron: "the coming days will be crucial for all of us." [Wire; 1 citations]
            Dmitry Peskov: "will return to their permanent locations" [Wire; 1 citations]"#]],
    );
}

#[test]
fn the_same_words_from_several_outlets_are_one_quote() {
    check(
        &[
            analyzed(
                "Wire",
                8,
                "Putin in turn said Moscow would \"do everything to find compromises that suit everyone,\" adding that several proposals could form a basis.",
            ),
            analyzed(
                "Daily",
                8,
                "Putin hailed the French efforts “to resolve the issue of security in Europe,” and promised to “do everything to find compromises that suit everyone,” since there would be “no winners” should war break out.",
            ),
            analyzed(
                "Post",
                9,
                "He promised to \"find compromises that suit everyone\" in the talks, Russian President Vladimir Putin's office said.",
            ),
        ],
        expect![[r#"
            Putin: "do everything to find compromises that suit everyone" [Wire, Daily, Post; 3 citations]
            Putin: "to resolve the issue of security in Europe" [Daily; 1 citations]"#]],
    );
}

#[test]
fn scare_quotes_and_unclosed_quotations_are_left_out() {
    check(
        &[analyzed(
            "Wire",
            8,
            "NATO called the demands \"non-starters\" on Friday.\n\n\"This quotation goes on into the next paragraph without closing\n\nAnd this paragraph has none.",
        )],
        expect![[r#""#]],
    );
}
