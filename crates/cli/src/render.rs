//! Renders a timeline run as text for a terminal, as Markdown, or as the stable JSON
//! documented in `docs/timeline-json.md`.

use std::fmt::Write;

use dateline::consolidate::{Disagreement, Quote};
use dateline::{TimelineRun, timeline::Citation, timeline::Event};

/// Output width for wrapped text.
const WIDTH: usize = 100;

/// How many shared quotes and disagreements the text and Markdown outputs show (JSON
/// has them all).
const MAX_SHOWN: usize = 10;

/// The quotes worth a reader's attention: those more than one outlet carried.
fn shared_quotes(run: &TimelineRun) -> impl Iterator<Item = &Quote> {
    run.quotes.iter().filter(|quote| quote.outlets.len() > 1).take(MAX_SHOWN)
}

/// How many quotations an entry shows.
const QUOTES_PER_ENTRY: usize = 2;

/// The attributed quotations tied to an entry's date, most widely carried first.
fn quotes_of<'r>(
    run: &'r TimelineRun,
    entry: &'r dateline::timeline::Entry,
) -> impl Iterator<Item = &'r Quote> {
    run.quotes
        .iter()
        .filter(move |quote| {
            quote.speaker.is_some() && quote.date.is_some_and(|day| entry.date.contains(day))
        })
        .take(QUOTES_PER_ENTRY)
}

/// The disagreements first reported on an entry's date, flagged under it; the closing
/// section lists them all with their citations.
fn disagreements_of<'r>(
    run: &'r TimelineRun,
    entry: &'r dateline::timeline::Entry,
) -> impl Iterator<Item = &'r Disagreement> {
    run.disagreements.iter().take(MAX_SHOWN).filter(move |disagreement| {
        disagreement.first_reported.is_some_and(|day| entry.date.contains(day))
    })
}

/// What a disagreement counts, with the words around it: "troops (border, Ukraine)".
fn counted(disagreement: &Disagreement) -> String {
    let mut label = disagreement.quantity.clone();
    if !disagreement.context.is_empty() {
        label.push_str(&format!(" ({})", disagreement.context.join(", ")));
    }
    label
}

/// A claimed figure as written, hedged when every report hedges it: "about 110,000".
fn figure(claim: &dateline::consolidate::Claim) -> String {
    let about = if claim.approximate { "about " } else { "" };
    format!("{about}{}", claim.value)
}

fn disagreement_flag(disagreement: &Disagreement) -> String {
    let claims: Vec<String> = disagreement
        .claims
        .iter()
        .map(|claim| format!("{} ({})", figure(claim), claim.outlets.join(", ")))
        .collect();
    format!("sources disagree on {}: {}", counted(disagreement), claims.join(" against "))
}

fn quote_line(quote: &Quote) -> String {
    let carried = match quote.outlets.len() {
        1 => quote.outlets[0].clone(),
        n => format!("{n} outlets"),
    };
    format!("{}: \"{}\" ({carried})", speaker(quote), quote.text)
}

fn speaker(quote: &Quote) -> &str {
    quote.speaker.as_deref().unwrap_or("unattributed")
}

fn quantity(disagreement: &Disagreement) -> String {
    let mut label = counted(disagreement);
    if let Some(day) = disagreement.first_reported {
        label.push_str(&format!(", reported {day}"));
    }
    label
}

fn claim_line(claim: &dateline::consolidate::Claim) -> String {
    format!("{}: {}", figure(claim), claim.outlets.join(", "))
}

fn quote_carriers(quote: &Quote) -> String {
    let first =
        quote.first_reported.map(|day| format!("; first reported {day}")).unwrap_or_default();
    format!("carried by {} outlets: {}{first}", quote.outlets.len(), quote.outlets.join(", "))
}

pub fn text(run: &TimelineRun) -> String {
    let timeline = &run.timeline;
    let mut out = String::new();
    let n_outlets = distinct_outlets(run);
    let _ = writeln!(
        out,
        "Timeline: {} {} from {} {} ({} {}), {} sentences{}",
        timeline.entries.len(),
        plural(timeline.entries.len(), "date", "dates"),
        timeline.n_articles,
        plural(timeline.n_articles, "article", "articles"),
        n_outlets,
        plural(n_outlets, "outlet", "outlets"),
        timeline.n_sentences,
        timeline.query.as_deref().map(|q| format!(", query {q:?}")).unwrap_or_default(),
    );
    if timeline.entries.is_empty() {
        out.push_str("\nNo dated events found.\n");
    }
    for entry in &timeline.entries {
        let _ = writeln!(
            out,
            "\n{}  [{}; {} {}, {} {}]",
            entry.date.label(),
            granularity_word(entry),
            entry.outlets.len(),
            plural(entry.outlets.len(), "outlet", "outlets"),
            entry.n_sentences,
            plural(entry.n_sentences, "sentence", "sentences"),
        );
        for event in &entry.events {
            wrap_into(&mut out, &event.text, "  * ", "    ");
            let reported = if event.outlets.len() > 1 {
                format!("reported by {} outlets: {}", event.outlets.len(), event.outlets.join(", "))
            } else {
                format!("reported by {}", event.outlets.join(", "))
            };
            wrap_into(&mut out, &reported, "    ", "    ");
            for citation in &event.citations {
                wrap_into(&mut out, &cite_line(citation), "      - ", "        ");
            }
        }
        for quote in quotes_of(run, entry) {
            wrap_into(&mut out, &quote_line(quote), "  > ", "    ");
        }
        for disagreement in disagreements_of(run, entry) {
            wrap_into(&mut out, &disagreement_flag(disagreement), "  ! ", "    ");
        }
    }
    let mut quotes = shared_quotes(run).peekable();
    if quotes.peek().is_some() {
        out.push_str("\nWho said what (quotes carried by more than one outlet)\n");
        for quote in quotes {
            wrap_into(&mut out, &format!("{}: \"{}\"", speaker(quote), quote.text), "  * ", "    ");
            wrap_into(&mut out, &quote_carriers(quote), "    ", "    ");
            for citation in &quote.citations {
                wrap_into(&mut out, &cite_line(citation), "      - ", "        ");
            }
        }
    }
    if !run.disagreements.is_empty() {
        out.push_str("\nWhere sources disagree\n");
        for disagreement in run.disagreements.iter().take(MAX_SHOWN) {
            wrap_into(&mut out, &quantity(disagreement), "  * ", "    ");
            for claim in &disagreement.claims {
                wrap_into(&mut out, &claim_line(claim), "    ", "      ");
                for citation in &claim.citations {
                    wrap_into(&mut out, &cite_line(citation), "      - ", "        ");
                }
            }
        }
    }
    out
}

pub fn markdown(run: &TimelineRun) -> String {
    let timeline = &run.timeline;
    let mut out = String::from("# Timeline\n\n");
    let _ = writeln!(
        out,
        "{} dates from {} articles, {} outlets.{}\n",
        timeline.entries.len(),
        timeline.n_articles,
        distinct_outlets(run),
        timeline.query.as_deref().map(|q| format!(" Query: *{q}*.")).unwrap_or_default()
    );
    for entry in &timeline.entries {
        let _ = writeln!(out, "## {} ({})\n", entry.date.label(), granularity_word(entry));
        for event in &entry.events {
            let _ = writeln!(out, "- {}  ", escape_markdown(&event.text));
            let _ = writeln!(out, "  *Reported by {}.*", event.outlets.join(", "));
            for citation in &event.citations {
                let _ = writeln!(out, "  - {}", escape_markdown(&cite_line(citation)));
            }
        }
        for quote in quotes_of(run, entry) {
            let _ = writeln!(out, "\n> {}", escape_markdown(&quote_line(quote)));
        }
        for disagreement in disagreements_of(run, entry) {
            let flag = escape_markdown(&disagreement_flag(disagreement));
            let _ = writeln!(out, "\n**!** {flag}");
        }
        out.push('\n');
    }
    let mut quotes = shared_quotes(run).peekable();
    if quotes.peek().is_some() {
        out.push_str("## Who said what\n\n");
        for quote in quotes {
            let _ = writeln!(
                out,
                "- **{}**: \"{}\"  ",
                escape_markdown(speaker(quote)),
                escape_markdown(&quote.text)
            );
            let _ = writeln!(out, "  *{}.*", quote_carriers(quote));
            for citation in &quote.citations {
                let _ = writeln!(out, "  - {}", escape_markdown(&cite_line(citation)));
            }
        }
        out.push('\n');
    }
    if !run.disagreements.is_empty() {
        out.push_str("## Where sources disagree\n\n");
        for disagreement in run.disagreements.iter().take(MAX_SHOWN) {
            let _ = writeln!(out, "- **{}**", escape_markdown(&quantity(disagreement)));
            for claim in &disagreement.claims {
                let _ = writeln!(out, "  - {}", escape_markdown(&claim_line(claim)));
                for citation in &claim.citations {
                    let _ = writeln!(out, "    - {}", escape_markdown(&cite_line(citation)));
                }
            }
        }
        out.push('\n');
    }
    out
}

pub fn json(run: &TimelineRun) -> serde_json::Result<String> {
    let mut value = serde_json::to_value(&run.timeline)?;
    let object = value.as_object_mut().expect("a timeline serializes to an object");
    object.insert("format_version".into(), 1.into());
    object.insert("quotes".into(), serde_json::to_value(&run.quotes)?);
    object.insert("disagreements".into(), serde_json::to_value(&run.disagreements)?);
    object.insert(
        "input".into(),
        serde_json::json!({
            "summary": run.corpus_summary,
            "skipped": run.skipped,
            "warnings": run.warnings,
        }),
    );
    serde_json::to_string_pretty(&value)
}

fn cite_line(citation: &Citation) -> String {
    let what = match (&citation.title, &citation.lead) {
        (Some(title), _) => format!("\"{title}\""),
        (None, Some(lead)) => format!("untitled, opening \"{lead}\""),
        (None, None) => format!("article {}", citation.article_id),
    };
    let when = citation.published.map(|p| format!(", {}", p.date)).unwrap_or_default();
    format!(
        "{}{when}: {what}, sentence {} ({})",
        citation.outlet,
        citation.sentence_idx + 1,
        citation.source
    )
}

fn granularity_word(entry: &dateline::timeline::Entry) -> &'static str {
    if entry.date.is_range {
        return "range";
    }
    match entry.date.granularity {
        dateline::timeline::Granularity::Day => "day",
        dateline::timeline::Granularity::Week => "week",
        dateline::timeline::Granularity::Month => "month",
        dateline::timeline::Granularity::Quarter => "quarter",
        dateline::timeline::Granularity::Season => "season",
        dateline::timeline::Granularity::HalfYear => "half year",
        dateline::timeline::Granularity::Year => "year",
        dateline::timeline::Granularity::Decade => "decade",
        dateline::timeline::Granularity::Century => "century",
    }
}

fn distinct_outlets(run: &TimelineRun) -> usize {
    let mut outlets: Vec<&str> = run
        .timeline
        .entries
        .iter()
        .flat_map(|entry| entry.events.iter().flat_map(|event: &Event| event.outlets.iter()))
        .map(String::as_str)
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    outlets.len()
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Appends `text` wrapped at [`WIDTH`], the first line after `first`, the rest after
/// `rest`.
fn wrap_into(out: &mut String, text: &str, first: &str, rest: &str) {
    let mut line = String::from(first);
    let mut line_has_word = false;
    for word in text.split_whitespace() {
        if line_has_word && line.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = String::from(rest);
            line_has_word = false;
        }
        if line_has_word {
            line.push(' ');
        }
        line.push_str(word);
        line_has_word = true;
    }
    out.push_str(&line);
    out.push('\n');
}
