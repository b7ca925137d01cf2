//! Golden tests for sentence segmentation on news prose.

use expect_test::{Expect, expect};

use super::*;

fn check(text: &str, expect: Expect) {
    let sentences = split_sentences(text, &SegmentConfig::default());
    let shown: Vec<&str> = sentences.iter().map(|range| &text[range.clone()]).collect();
    expect.assert_eq(&shown.join("\n"));
}

#[test]
fn abbreviations_and_dates() {
    check(
        "The U.S. and NATO delivered their written responses on Jan. 26 and are still waiting. \
         Mr. Putin met Gov. Hochul at 3 p.m. Monday in Washington, D.C. The talks lasted five hours.",
        expect![[r#"
            The U.S. and NATO delivered their written responses on Jan. 26 and are still waiting.
            Mr. Putin met Gov. Hochul at 3 p.m. Monday in Washington, D.C.
            The talks lasted five hours."#]],
    );
}

#[test]
fn acronym_at_sentence_end() {
    check(
        "Russia wants guarantees from the U.S. The Kremlin said so. U.S. officials disagree.",
        expect![[r#"
            Russia wants guarantees from the U.S.
            The Kremlin said so.
            U.S. officials disagree."#]],
    );
}

#[test]
fn initials_decimals_and_numbers() {
    check(
        "John F. Kennedy was elected in 1960. Unemployment rose to 3.5 percent. It fell to 3.2. Officials cheered.",
        expect![[r#"
            John F. Kennedy was elected in 1960.
            Unemployment rose to 3.5 percent.
            It fell to 3.2.
            Officials cheered."#]],
    );
}

#[test]
fn quotes_stay_with_their_sentence() {
    check(
        "Putin said Moscow would \"do everything to find compromises that suit everyone.\" Macron agreed. \
         \"Why now?\" he asked. “We will fight. We will win,” she said.",
        expect![[r#"
            Putin said Moscow would "do everything to find compromises that suit everyone."
            Macron agreed.
            "Why now?" he asked.
            “We will fight.
            We will win,” she said."#]],
    );
}

#[test]
fn paragraphs_and_line_breaks() {
    check(
        "First paragraph ends here.\n\nSecond one has no period\nThird line is a sentence.\nA wrapped line that\ncontinues here.",
        expect![[r#"
            First paragraph ends here.
            Second one has no period
            Third line is a sentence.
            A wrapped line that
            continues here."#]],
    );
}

#[test]
fn glued_headline() {
    check(
        "BP wrestles with oil spill hitch in Gulf of Mexico A relief well will not be finished for weeks. Engineers are scrambling.",
        expect![[r#"
            BP wrestles with oil spill hitch in Gulf of Mexico
            A relief well will not be finished for weeks.
            Engineers are scrambling."#]],
    );
}

#[test]
fn month_abbreviation_at_end_and_company_names() {
    check(
        "The drills run from Feb. 10 to Feb 20. After that, troops return. Shares of Acme Inc. rose. Apple Inc. The company said no.",
        expect![[r#"
            The drills run from Feb. 10 to Feb 20.
            After that, troops return.
            Shares of Acme Inc. rose.
            Apple Inc.
            The company said no."#]],
    );
}

#[test]
fn spans_are_byte_ranges_into_the_original() {
    let text = "  Café owners protest.  Ça va?\n";
    let sentences = split_sentences(text, &SegmentConfig::default());
    assert_eq!(sentences, [2..23, 25..32]);
    assert_eq!(&text[sentences[1].clone()], "Ça va?");
}

#[test]
fn empty_and_whitespace_only() {
    assert!(split_sentences("", &SegmentConfig::default()).is_empty());
    assert!(split_sentences(" \n\n \t", &SegmentConfig::default()).is_empty());
}

#[test]
fn line_break_policies() {
    let text = "one line\ntwo line";
    let boundary = SegmentConfig { line_breaks: LineBreaks::Boundary, ..SegmentConfig::default() };
    let space = SegmentConfig { line_breaks: LineBreaks::Space, ..SegmentConfig::default() };
    assert_eq!(split_sentences(text, &boundary).len(), 2);
    assert_eq!(split_sentences(text, &space).len(), 1);
}
