//! TempEval-3 Task A: read TimeML documents, tag them, and score a system against gold.
//!
//! Everything works on file contents; reading and writing files is the caller's job.
//! Only TIMEX3 inside `<TEXT>` count; the document creation time in `<DCT>` anchors the tagger.
//! Offsets are compared on the text with every tag removed, so a system that keeps the text
//! character for character identical is scored exactly like the official toolkit does,
//! except that overlap is measured on characters rather than on tokens.

use chrono::NaiveDate;
use serde::Serialize;

use crate::{Config, tag_with};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TimemlError {
    #[error("no <TEXT> element")]
    MissingText,
    #[error("no document creation time in <DCT>")]
    MissingDct,
    #[error("document creation time {0:?} is not a date")]
    BadDct(String),
    #[error("unterminated tag at byte {0} of <TEXT>")]
    UnterminatedTag(usize),
    #[error("document pair {index}: {error}")]
    InPair { index: usize, error: Box<TimemlError> },
}

pub type Result<T, E = TimemlError> = std::result::Result<T, E>;

/// A TIMEX3 read from a document's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnotatedTimex {
    /// Byte range in the text with all tags removed.
    pub span: std::ops::Range<usize>,
    pub kind: String,
    pub value: String,
}

/// The `<TEXT>` of a TimeML document taken apart.
#[derive(Clone, Debug)]
pub struct TextElement {
    /// The text with every tag removed: what a tagger sees.
    pub plain: String,
    /// The TIMEX3 annotations found in it.
    pub timexes: Vec<AnnotatedTimex>,
}

/// The document creation time of a TimeML document.
pub fn document_time(tml: &str) -> Result<NaiveDate> {
    let dct_start = tml.find("<DCT>").ok_or(TimemlError::MissingDct)?;
    let dct_end = tml[dct_start..].find("</DCT>").map_or(tml.len(), |e| dct_start + e);
    let dct = &tml[dct_start..dct_end];
    let value_at = dct.find("value=\"").ok_or(TimemlError::MissingDct)? + 7;
    let value = &dct[value_at..];
    let value = &value[..value.find('"').ok_or(TimemlError::MissingDct)?];
    let digits: String =
        value.chars().take_while(|c| *c != 'T').filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 8 {
        return Err(TimemlError::BadDct(value.to_string()));
    }
    NaiveDate::parse_from_str(&digits[..8], "%Y%m%d")
        .map_err(|_| TimemlError::BadDct(value.to_string()))
}

/// Byte range of the contents of `<TEXT>`.
fn text_range(tml: &str) -> Result<std::ops::Range<usize>> {
    let open = tml.find("<TEXT>").ok_or(TimemlError::MissingText)? + "<TEXT>".len();
    let close = tml[open..].find("</TEXT>").ok_or(TimemlError::MissingText)? + open;
    Ok(open..close)
}

fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let mut from = 0;
    while let Some(at) = tag[from..].find(name) {
        let at = from + at;
        let before_ok = at > 0 && tag.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = &tag[at + name.len()..];
        if before_ok && let Some(rest) = rest.strip_prefix("=\"") {
            return rest.find('"').map(|end| &rest[..end]);
        }
        from = at + name.len();
    }
    None
}

/// Walks the contents of `<TEXT>`: the plain text, the TIMEX3s, and for annotation the
/// contents with TIMEX3 tags dropped plus, for each plain byte, its position there.
struct Walk {
    plain: String,
    timexes: Vec<AnnotatedTimex>,
    kept: String,
    kept_position: Vec<usize>,
}

fn walk(text: &str) -> Result<Walk> {
    let mut w = Walk {
        plain: String::with_capacity(text.len()),
        timexes: Vec::new(),
        kept: String::with_capacity(text.len()),
        kept_position: Vec::with_capacity(text.len() + 1),
    };
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = text;
    let mut offset = 0;
    while let Some(lt) = rest.find('<') {
        let chunk = &rest[..lt];
        let base = w.kept.len();
        w.kept_position.extend((0..chunk.len()).map(|k| base + k));
        w.plain.push_str(chunk);
        w.kept.push_str(chunk);
        let gt = rest[lt..].find('>').ok_or(TimemlError::UnterminatedTag(offset + lt))? + lt;
        let tag = &rest[lt..=gt];
        if tag.starts_with("<TIMEX3") && !tag.ends_with("/>") {
            let kind = attribute(tag, "type").unwrap_or("").to_string();
            let value = attribute(tag, "value").unwrap_or("").to_string();
            open = Some((w.plain.len(), kind, value));
        } else if tag.starts_with("</TIMEX3") {
            // An empty TIMEX3 annotates no text and is not scored.
            if let Some((start, kind, value)) =
                open.take().filter(|(start, ..)| *start < w.plain.len())
            {
                w.timexes.push(AnnotatedTimex { span: start..w.plain.len(), kind, value });
            }
        } else {
            w.kept.push_str(tag);
        }
        offset += gt + 1;
        rest = &rest[gt + 1..];
    }
    let base = w.kept.len();
    w.kept_position.extend((0..rest.len()).map(|k| base + k));
    w.plain.push_str(rest);
    w.kept.push_str(rest);
    w.kept_position.push(w.kept.len());
    Ok(w)
}

/// Reads the `<TEXT>` element of a TimeML document.
pub fn read_text(tml: &str) -> Result<TextElement> {
    let range = text_range(tml)?;
    let w = walk(&tml[range])?;
    Ok(TextElement { plain: w.plain, timexes: w.timexes })
}

/// Tags a TimeML document: drops the TIMEX3 tags inside `<TEXT>`, keeps everything else
/// byte for byte, and inserts `<TIMEX3 tid=".." type=".." value="..">` around each timex found.
pub fn annotate(tml: &str) -> Result<String> {
    let dct = document_time(tml)?;
    annotate_with(tml, &Config::new(dct))
}

/// [`annotate`] with explicit tagger settings (the document time is taken from `config`).
pub fn annotate_with(tml: &str, config: &Config) -> Result<String> {
    let range = text_range(tml)?;
    let w = walk(&tml[range.clone()])?;
    let timexes = tag_with(&w.plain, config);
    let mut out = String::with_capacity(tml.len() + timexes.len() * 80);
    out.push_str(&tml[..range.start]);
    let mut copied = 0;
    for (k, t) in timexes.iter().enumerate() {
        let open_at = w.kept_position[t.span.start];
        // Right after the last character, before any closing tag that follows it.
        let close_at = w.kept_position[t.span.end - 1] + utf8_len(&w.plain, t.span.end - 1);
        let (open_at, close_at) = balance(&w.kept, open_at.max(copied), close_at);
        out.push_str(&w.kept[copied..open_at]);
        out.push_str(&format!(
            "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"",
            k + 1,
            t.kind.as_str(),
            t.value
        ));
        if let Some(m) = t.modifier {
            out.push_str(&format!(" mod=\"{}\"", m.as_str()));
        }
        out.push('>');
        out.push_str(&w.kept[open_at..close_at]);
        out.push_str("</TIMEX3>");
        copied = close_at;
    }
    out.push_str(&w.kept[copied..]);
    out.push_str(&tml[range.end..]);
    Ok(out)
}

/// Widens `open..close` over neighbouring tags until the elements inside it are balanced, so
/// the inserted TIMEX3 nests properly: "last <EVENT>week</EVENT>" closes after `</EVENT>`, and
/// "<EVENT>last week</EVENT> ago" opens before `<EVENT>`.
fn balance(kept: &str, mut open: usize, mut close: usize) -> (usize, usize) {
    let depth = |from: usize, to: usize| {
        let (mut opened, mut unopened) = (0i32, 0i32);
        let mut rest = &kept[from..to];
        while let Some(lt) = rest.find('<') {
            let Some(gt) = rest[lt..].find('>') else { break };
            let tag = &rest[lt..=lt + gt];
            if tag.starts_with("</") {
                if opened > 0 { opened -= 1 } else { unopened += 1 }
            } else if !tag.ends_with("/>") {
                opened += 1;
            }
            rest = &rest[lt + gt + 1..];
        }
        (opened, unopened)
    };
    let (mut opened, mut unopened) = depth(open, close);
    // Each step swallows one adjacent tag; text in between stops the widening.
    while opened > 0 && kept[close..].starts_with("</") {
        close += kept[close..].find('>').map_or(0, |gt| gt + 1);
        opened -= 1;
    }
    while unopened > 0 && kept[..open].ends_with('>') {
        let Some(lt) = kept[..open].rfind('<') else { break };
        if kept[lt..open].starts_with("</") {
            break;
        }
        open = lt;
        unopened -= 1;
    }
    (open, close)
}

fn utf8_len(s: &str, at: usize) -> usize {
    s[at..].chars().next().map_or(1, char::len_utf8)
}

/// Precision, recall and F1 (all in 0..=1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf { precision, recall, f1 }
    }
}

/// TempEval-3 Task A scores.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Exact span match.
    pub strict: Prf,
    /// Any overlap.
    pub relaxed: Prf,
    /// Value accuracy over relaxed matches, times relaxed precision, recall and F1.
    pub value: Prf,
    /// Type accuracy over relaxed matches, times relaxed precision, recall and F1.
    pub kind: Prf,
    pub n_gold: usize,
    pub n_system: usize,
    pub n_strict: usize,
    /// Gold timexes overlapped by a system timex.
    pub n_relaxed_gold: usize,
    /// System timexes overlapping a gold timex.
    pub n_relaxed_system: usize,
    pub n_value_correct: usize,
    pub n_type_correct: usize,
    /// Document pairs whose plain texts differ (offsets then do not line up).
    pub n_text_mismatch: usize,
}

/// Scores system documents against gold ones, pooled over all pairs (micro-average).
pub fn score(pairs: &[(&str, &str)]) -> Result<Scores> {
    let mut s = Scores::default();
    for (index, (gold, system)) in pairs.iter().enumerate() {
        let wrap = |error| TimemlError::InPair { index, error: Box::new(error) };
        let gold = read_text(gold).map_err(wrap)?;
        let system = read_text(system).map_err(wrap)?;
        if gold.plain != system.plain {
            s.n_text_mismatch += 1;
        }
        s.n_gold += gold.timexes.len();
        s.n_system += system.timexes.len();
        let overlaps = |a: &AnnotatedTimex, b: &AnnotatedTimex| {
            a.span.start < b.span.end && b.span.start < a.span.end
        };
        for g in &gold.timexes {
            if system.timexes.iter().any(|t| t.span == g.span) {
                s.n_strict += 1;
            }
            if let Some(t) = system.timexes.iter().find(|t| overlaps(g, t)) {
                s.n_relaxed_gold += 1;
                s.n_value_correct += usize::from(t.value == g.value);
                s.n_type_correct += usize::from(t.kind == g.kind);
            }
        }
        s.n_relaxed_system +=
            system.timexes.iter().filter(|t| gold.timexes.iter().any(|g| overlaps(g, t))).count();
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    s.strict = Prf::new(ratio(s.n_strict, s.n_system), ratio(s.n_strict, s.n_gold));
    s.relaxed = Prf::new(ratio(s.n_relaxed_system, s.n_system), ratio(s.n_relaxed_gold, s.n_gold));
    let scaled = |accuracy: f64| Prf {
        precision: accuracy * s.relaxed.precision,
        recall: accuracy * s.relaxed.recall,
        f1: accuracy * s.relaxed.f1,
    };
    s.value = scaled(ratio(s.n_value_correct, s.n_relaxed_gold));
    s.kind = scaled(ratio(s.n_type_correct, s.n_relaxed_gold));
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>\nIt fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>, the <EVENT eid=\"e1\">worst</EVENT> in <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P5Y\">five years</TIMEX3> &amp; more.\n</TEXT>\n</TimeML>\n";

    #[test]
    fn annotate_keeps_text_and_other_tags() {
        let out = annotate(DOC).unwrap();
        expect_test::expect![[r#"
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>
            It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, the <EVENT eid="e1">worst</EVENT> in <TIMEX3 tid="t2" type="DURATION" value="P5Y">five years</TIMEX3> &amp; more.
            </TEXT>
            </TimeML>
        "#]]
        .assert_eq(&out);
        assert_eq!(read_text(&out).unwrap().plain, read_text(DOC).unwrap().plain);
    }

    #[test]
    fn scores_a_perfect_system_and_an_empty_one() {
        let perfect = score(&[(DOC, &annotate(DOC).unwrap())]).unwrap();
        assert_eq!((perfect.strict.f1, perfect.value.f1, perfect.kind.f1), (1.0, 1.0, 1.0));
        let empty = DOC
            .replace("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">", "")
            .replacen("</TIMEX3>,", ",", 1);
        let s = score(&[(DOC, &empty)]).unwrap();
        assert_eq!((s.n_gold, s.n_system, s.n_strict), (2, 1, 1));
        assert_eq!(s.relaxed.precision, 1.0);
        assert_eq!(s.relaxed.recall, 0.5);
    }

    #[test]
    fn relaxed_match_counts_overlaps_and_values() {
        let system = DOC.replace(">five years<", ">five<").replace("P5Y", "P4Y");
        let s = score(&[(DOC, &system)]).unwrap();
        assert_eq!((s.n_strict, s.n_relaxed_gold, s.n_value_correct), (1, 2, 1));
        assert_eq!(s.value.f1, 0.5);
    }

    #[test]
    fn inserted_tags_nest_with_existing_ones() {
        let doc = "<DCT><TIMEX3 value=\"1998-01-08\"></TIMEX3></DCT><TEXT>It fell last <EVENT eid=\"e1\">week</EVENT>, <EVENT eid=\"e2\">two days</EVENT> ago.</TEXT>";
        expect_test::expect![[r#"<DCT><TIMEX3 value="1998-01-08"></TIMEX3></DCT><TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-W01">last <EVENT eid="e1">week</EVENT></TIMEX3>, <TIMEX3 tid="t2" type="DATE" value="1998-01-06"><EVENT eid="e2">two days</EVENT> ago</TIMEX3>.</TEXT>"#]]
            .assert_eq(&annotate(doc).unwrap());
    }

    #[test]
    fn reports_missing_parts() {
        assert_eq!(document_time("<TEXT></TEXT>"), Err(TimemlError::MissingDct));
        assert_eq!(read_text("<DCT></DCT>").err(), Some(TimemlError::MissingText));
    }
}
