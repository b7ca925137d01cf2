//! TempEval-3 Task A: read TimeML documents, tag them, and score a system against gold.
//!
//! Everything works on file contents; reading and writing files is the caller's job.
//! Only TIMEX3 inside `<TEXT>` count; the document creation time in `<DCT>` anchors the tagger.
//! Offsets are compared on the text with every tag removed, so a system that keeps the text
//! character for character identical is scored exactly like the official toolkit does,
//! except that overlap is measured on characters rather than on tokens.

use chrono::NaiveDate;
use serde::Serialize;

use crate::{Config, Granularity, Timex, TimexType, tag_with};

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

/// Tags a TimeML document: drops the TIMEX3 tags inside `<TEXT>`, keeps the text byte for
/// byte, and inserts `<TIMEX3 tid=".." type=".." value="..">` around each timex found.
///
/// Other annotations are kept where the official toolkit can still read the result: an
/// element (EVENT, SIGNAL…) that would nest or cross an inserted TIMEX3 is dropped, and so
/// are the instances and links that referred to it or to the TIMEX3s that were removed.
pub fn annotate(tml: &str) -> Result<String> {
    let dct = document_time(tml)?;
    annotate_with(tml, &Config::new(dct))
}

/// [`annotate`] with explicit tagger settings (the document time is taken from `config`).
pub fn annotate_with(tml: &str, config: &Config) -> Result<String> {
    let range = text_range(tml)?;
    let w = walk(&tml[range.clone()])?;
    let timexes = timeml_reading(&w.plain, tag_with(&w.plain, config), config);
    // Where each timex opens and closes in `kept`: before its first character, and right
    // after its last one.
    let bounds: Vec<(usize, usize)> = timexes
        .iter()
        .map(|t| {
            let open_at = w.kept_position[t.span.start];
            let close_at = w.kept_position[t.span.end - 1] + utf8_len(&w.plain, t.span.end - 1);
            (open_at, close_at)
        })
        .collect();
    let elements = elements(&w.kept);
    let dropped: Vec<&Element> = elements
        .iter()
        .filter(|e| bounds.iter().any(|&(open, close)| e.open.start < close && e.close.end > open))
        .collect();

    // Edits in `kept` order; at one position a close comes before an open.
    enum Edit {
        Close,
        Open(usize),
        Skip(usize),
    }
    let mut edits: Vec<(usize, u8, Edit)> = Vec::new();
    for (k, &(open_at, close_at)) in bounds.iter().enumerate() {
        edits.push((open_at, 1, Edit::Open(k)));
        edits.push((close_at, 0, Edit::Close));
    }
    for e in &dropped {
        edits.push((e.open.start, 2, Edit::Skip(e.open.end)));
        edits.push((e.close.start, 2, Edit::Skip(e.close.end)));
    }
    edits.sort_by_key(|&(at, order, _)| (at, order));

    let mut out = String::with_capacity(tml.len() + timexes.len() * 80);
    out.push_str(&tml[..range.start]);
    let mut copied = 0;
    for (at, _, edit) in edits {
        out.push_str(&w.kept[copied.min(at)..at]);
        copied = copied.max(at);
        match edit {
            Edit::Close => out.push_str("</TIMEX3>"),
            Edit::Open(k) => {
                let t = &timexes[k];
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
            }
            Edit::Skip(end) => copied = copied.max(end),
        }
    }
    out.push_str(&w.kept[copied..]);
    out.push_str(&without_dangling_links(&tml[range.end..], &dropped));
    Ok(out)
}

/// TimeML annotates "three days later" as the duration "three days" and leaves "later" to
/// a SIGNAL, where [`tag_with`] gives the day it lands on; so too "[20 hours] before the
/// explosion", which `tag_with` counts from the explosion's date. Each such timex is
/// rewritten that way, except for counts of years: "a year earlier" in a report names the
/// period a year back, which TimeML annotates as a date.
fn timeml_reading(text: &str, mut timexes: Vec<Timex>, config: &Config) -> Vec<Timex> {
    for t in &mut timexes {
        if !matches!(t.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        let span = &text[t.span.clone()];
        let amount = ["later", "earlier"]
            .iter()
            .find_map(|signal| {
                let cut = span.len().checked_sub(signal.len())?;
                let tail = span.get(cut..)?;
                let head = &span[..cut];
                (tail.eq_ignore_ascii_case(signal) && head.ends_with(char::is_whitespace))
                    .then(|| head.trim_end())
            })
            // Counted from an event: the whole span is the amount, and the value a day
            // ("one day" alone is an amount too, but someday is no date).
            .or_else(|| t.anchored.is_some().then_some(span));
        let Some(amount) = amount else { continue };
        let alone = tag_with(amount, config);
        if let [d] = alone.as_slice()
            && d.kind == TimexType::Duration
            && d.span == (0..amount.len())
            && !d.value.ends_with('Y')
        {
            *t = Timex {
                span: t.span.start..t.span.start + amount.len(),
                kind: TimexType::Duration,
                value: d.value.clone(),
                modifier: d.modifier,
                granularity: Granularity::None,
                anchored: None,
                range: None,
            };
        }
    }
    timexes
}

/// An element of `<TEXT>` other than TIMEX3: where its opening and closing tags are.
struct Element {
    open: std::ops::Range<usize>,
    close: std::ops::Range<usize>,
    /// Its `eid` (EVENT) or `sid` (SIGNAL), if any.
    id: Option<String>,
}

/// The elements of `kept` (TEXT without TIMEX3), matching tags by name on a stack.
fn elements(kept: &str) -> Vec<Element> {
    // The element name of an opening or closing tag: "EVENT" for `<EVENT eid="e1">`.
    fn name_of(tag: &str) -> &str {
        tag.trim_start_matches(['<', '/'])
            .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .next()
            .unwrap_or("")
    }
    let mut stack: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(lt) = kept[from..].find('<').map(|lt| from + lt) {
        let Some(gt) = kept[lt..].find('>').map(|gt| lt + gt) else { break };
        let tag = &kept[lt..=gt];
        from = gt + 1;
        if tag.ends_with("/>") || tag.starts_with("<!") || tag.starts_with("<?") {
            continue;
        }
        if tag.starts_with("</") {
            let name = name_of(tag);
            if let Some(depth) = stack.iter().rposition(|(open_tag, _)| name_of(open_tag) == name) {
                let (open_tag, open) = stack.remove(depth);
                let id = attribute(open_tag, "eid").or_else(|| attribute(open_tag, "sid"));
                out.push(Element { open, close: lt..gt + 1, id: id.map(str::to_string) });
            }
        } else {
            stack.push((tag, lt..gt + 1));
        }
    }
    out
}

/// The part of a document after `</TEXT>` without the links that would dangle: those to a
/// TIMEX3 other than the document time (the original TIMEX3s are gone), and the instances
/// and links of dropped elements.
fn without_dangling_links(tail: &str, dropped: &[&Element]) -> String {
    let dropped_ids: std::collections::HashSet<&str> =
        dropped.iter().filter_map(|e| e.id.as_deref()).collect();
    let mut dropped_instances: std::collections::HashSet<String> = Default::default();
    let mut out = String::with_capacity(tail.len());
    let mut from = 0;
    while let Some(lt) = tail[from..].find('<').map(|lt| from + lt) {
        let Some(gt) = tail[lt..].find('>').map(|gt| lt + gt) else { break };
        let tag = &tail[lt..=gt];
        let drop = if tag.starts_with("<MAKEINSTANCE") {
            let gone = attribute(tag, "eventID").is_some_and(|id| dropped_ids.contains(id));
            if gone && let Some(instance) = attribute(tag, "eiid") {
                dropped_instances.insert(instance.to_string());
            }
            gone
        } else if tag.starts_with("<TLINK")
            || tag.starts_with("<SLINK")
            || tag.starts_with("<ALINK")
        {
            let to_old_timex = ["timeID", "relatedToTime"]
                .iter()
                .any(|name| attribute(tag, name).is_some_and(|id| id != "t0"));
            let to_dropped =
                ["eventInstanceID", "relatedToEventInstance", "subordinatedEventInstance"]
                    .iter()
                    .any(|name| {
                        attribute(tag, name).is_some_and(|id| dropped_instances.contains(id))
                    })
                    || attribute(tag, "signalID").is_some_and(|id| dropped_ids.contains(id));
            to_old_timex || to_dropped
        } else {
            false
        };
        if drop {
            out.push_str(&tail[from..lt]);
            // A tag alone on its line takes its line break with it.
            from = if tail[gt + 1..].starts_with('\n') && out.ends_with('\n') {
                gt + 2
            } else {
                gt + 1
            };
        } else {
            out.push_str(&tail[from..=gt]);
            from = gt + 1;
        }
    }
    out.push_str(&tail[from..]);
    out
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
    /// Gold timexes paired with a system timex (relaxed matches).
    pub n_relaxed_gold: usize,
    /// System timexes paired with a gold timex (equal to `n_relaxed_gold`; pairs are one
    /// to one).
    pub n_relaxed_system: usize,
    pub n_value_correct: usize,
    pub n_type_correct: usize,
    /// Document pairs whose plain texts differ (offsets then do not line up).
    pub n_text_mismatch: usize,
}

/// Pairs gold and system timexes one to one, as the official toolkit's TimeML normalizer
/// does: walking both in order of their first character (gold first on ties), a timex
/// that starts inside a still-unpaired timex of the other side pairs with it. So one gold
/// timex split in two by the system pairs with the first half only, and two gold timexes
/// merged into one by the system recall only the first. Returns (gold, system) indexes.
fn pair_up(gold: &[AnnotatedTimex], system: &[AnnotatedTimex]) -> Vec<(usize, usize)> {
    let mut order: Vec<(usize, bool, usize)> = gold
        .iter()
        .enumerate()
        .map(|(idx, t)| (t.span.start, false, idx))
        .chain(system.iter().enumerate().map(|(idx, t)| (t.span.start, true, idx)))
        .collect();
    order.sort_unstable();
    let mut gold_paired = vec![false; gold.len()];
    let mut system_paired = vec![false; system.len()];
    let mut pairs = Vec::new();
    for (start, is_system, idx) in order {
        let (others, others_paired) =
            if is_system { (gold, &mut gold_paired) } else { (system, &mut system_paired) };
        let covering = others.iter().enumerate().position(|(other_idx, other)| {
            !others_paired[other_idx] && other.span.start <= start && start < other.span.end
        });
        let Some(other_idx) = covering else { continue };
        others_paired[other_idx] = true;
        if is_system {
            system_paired[idx] = true;
            pairs.push((other_idx, idx));
        } else {
            gold_paired[idx] = true;
            pairs.push((idx, other_idx));
        }
    }
    pairs
}

/// Scores system documents against gold ones, pooled over all pairs (micro-average), with
/// the official TempEval-3 definitions: timexes are paired one to one ([`pair_up`]);
/// relaxed precision and recall are pairs over system and over gold timexes; strict
/// counts pairs with identical spans; value and type accuracy are taken over the pairs
/// and multiplied by relaxed precision, recall and F1.
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
        for (g, t) in pair_up(&gold.timexes, &system.timexes) {
            let (g, t) = (&gold.timexes[g], &system.timexes[t]);
            s.n_strict += usize::from(g.span == t.span);
            s.n_relaxed_gold += 1;
            s.n_relaxed_system += 1;
            s.n_value_correct += usize::from(t.value == g.value);
            s.n_type_correct += usize::from(t.kind == g.kind);
        }
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
    fn an_amount_before_later_is_written_as_its_duration() {
        let doc = DOC.replace(
            "It fell",
            "Talks began on Jan. 2. Three days later they broke off; a minute and a half \
             later the line went dead. Sales rose from a year earlier. The Jan. 3 explosion \
             came 20 hours before the explosion. It will one day fall. It fell",
        );
        let out = annotate(&doc).unwrap();
        let text = &out[out.find("<TEXT>").unwrap()..out.find("It fell").unwrap()];
        expect_test::expect![[r#"
            <TEXT>
            Talks began on <TIMEX3 tid="t1" type="DATE" value="1998-01-02">Jan. 2</TIMEX3>. <TIMEX3 tid="t2" type="DURATION" value="P3D">Three days</TIMEX3> later they broke off; <TIMEX3 tid="t3" type="DURATION" value="PT1M30S">a minute and a half</TIMEX3> later the line went dead. Sales rose from <TIMEX3 tid="t4" type="DATE" value="1997">a year earlier</TIMEX3>. The <TIMEX3 tid="t5" type="DATE" value="1998-01-03">Jan. 3</TIMEX3> explosion came <TIMEX3 tid="t6" type="DURATION" value="PT20H">20 hours</TIMEX3> before the explosion. It will <TIMEX3 tid="t7" type="DATE" value="FUTURE_REF">one day</TIMEX3> fall. "#]]
        .assert_eq(text);
        // The tagger itself keeps the day the count lands on.
        let plain = read_text(&doc).unwrap().plain;
        let dct = NaiveDate::from_ymd_opt(1998, 1, 8).unwrap();
        let days: Vec<String> = crate::tag(&plain, dct).iter().map(|t| t.value.clone()).collect();
        assert_eq!(days[..2], ["1998-01-02", "1998-01-05"]);
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
    fn elements_crossing_an_inserted_timex_are_dropped_with_their_links() {
        let doc = "<DCT><TIMEX3 tid=\"t0\" value=\"1998-01-08\"></TIMEX3></DCT><TEXT>It <EVENT eid=\"e3\">fell</EVENT> last <EVENT eid=\"e1\">week</EVENT>, <EVENT eid=\"e2\">two days</EVENT> ago.</TEXT>
<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" />
<MAKEINSTANCE eiid=\"ei3\" eventID=\"e3\" />
<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei3\" relatedToTime=\"t0\" />
<TLINK lid=\"l2\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei3\" relatedToTime=\"t7\" />
<TLINK lid=\"l3\" relType=\"BEFORE\" eventInstanceID=\"ei3\" relatedToEventInstance=\"ei1\" />
</TimeML>";
        expect_test::expect![[r#"
            <DCT><TIMEX3 tid="t0" value="1998-01-08"></TIMEX3></DCT><TEXT>It <EVENT eid="e3">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-W01">last week</TIMEX3>, <TIMEX3 tid="t2" type="DATE" value="1998-01-06">two days ago</TIMEX3>.</TEXT>
            <MAKEINSTANCE eiid="ei3" eventID="e3" />
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0" />
            </TimeML>"#]]
        .assert_eq(&annotate(doc).unwrap());
    }

    #[test]
    fn timexes_pair_one_to_one_like_the_official_toolkit() {
        let gold = "<DCT><TIMEX3 value=\"1998-01-08\"></TIMEX3></DCT><TEXT>\
            <TIMEX3 type=\"DATE\" value=\"1998-Q4\">the quarter a year ago</TIMEX3> and \
            <TIMEX3 type=\"DATE\" value=\"1998-01-08\">Thursday</TIMEX3>, \
            <TIMEX3 type=\"DATE\" value=\"1998-01-08\">Jan. 8</TIMEX3></TEXT>";
        let system = "<DCT><TIMEX3 value=\"1998-01-08\"></TIMEX3></DCT><TEXT>\
            <TIMEX3 type=\"DATE\" value=\"1998-Q4\">the quarter</TIMEX3> \
            <TIMEX3 type=\"DATE\" value=\"1997\">a year ago</TIMEX3> and \
            <TIMEX3 type=\"DATE\" value=\"1998-01-08\">Thursday, Jan. 8</TIMEX3></TEXT>";
        let s = score(&[(gold, system)]).unwrap();
        // Split: only "the quarter" pairs; merged: only "Thursday" is recalled.
        assert_eq!((s.n_gold, s.n_system), (3, 3));
        assert_eq!((s.n_relaxed_gold, s.n_relaxed_system, s.n_strict), (2, 2, 0));
        assert_eq!((s.n_value_correct, s.n_type_correct), (2, 2));
        assert!((s.relaxed.precision - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.relaxed.recall - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn reports_missing_parts() {
        assert_eq!(document_time("<TEXT></TEXT>"), Err(TimemlError::MissingDct));
        assert_eq!(read_text("<DCT></DCT>").err(), Some(TimemlError::MissingText));
    }
}
