//! Reads RSS 0.9x/1.0/2.0, Atom and JSON Feed files; each item or entry is one article.
//!
//! feed-rs does the parsing. Alongside it, a plain scan of the text finds where each
//! `<item>` or `<entry>` sits, which gives diagnostics their line numbers and gives dates
//! as written: feed-rs converts every date to UTC, and the offset the outlet wrote decides
//! which calendar day an article belongs to. When feed-rs rejects the whole file (one bad
//! tag in one item is enough) the same scan recovers the items it can.

use std::borrow::Cow;
use std::ops::Range;

use article::{Article, Provenance, Published};
use chrono::{DateTime, FixedOffset, NaiveTime, Utc};
use serde_json::Value;

use crate::dates::parse_published;
use crate::html::{decode_entity, html_to_text};
use crate::{FileOutput, Source};

/// Item elements whose text is a publication date, best first.
const ITEM_DATE_ELEMENTS: &[&str] =
    &["pubDate", "dc:date", "published", "dcterms:issued", "updated"];

/// Channel elements whose text dates the whole feed, best first.
const FEED_DATE_ELEMENTS: &[&str] =
    &["pubDate", "dc:date", "lastBuildDate", "updated", "published"];

pub(crate) fn read(source: &Source<'_>, output: &mut FileOutput) {
    let blocks = item_blocks(source.text);
    let head = &source.text[..blocks.first().map_or(source.text.len(), |block| block.start)];
    let parser = feed_rs::parser::Builder::new()
        .sanitize_content(false)
        // An empty id means "the feed gave none"; feed-rs would otherwise invent a hash.
        .id_generator(|_, _, _| String::new())
        .timestamp_parser(|raw| parse_published(raw).map(to_utc))
        .build();
    match parser.parse(with_utf8_declaration(source.text).as_bytes()) {
        Ok(feed) if !feed.entries.is_empty() || blocks.is_empty() => {
            let channel = Channel {
                outlet: feed.title.as_ref().map(|title| html_to_text(&title.content)),
                published: raw_date(head, FEED_DATE_ELEMENTS)
                    .or_else(|| feed.published.or(feed.updated).map(from_utc)),
            };
            // The scan is trusted to line up with feed-rs's entries only when both
            // found the same number of items.
            let aligned = blocks.len() == feed.entries.len();
            let mut lines = LineCounter::default();
            if feed.entries.is_empty() {
                output.warn(source.diagnostic(None, "feed has no items"));
            }
            for (idx, entry) in feed.entries.into_iter().enumerate() {
                let block = aligned.then(|| &source.text[blocks[idx].clone()]);
                let mut item = Item::from_entry(entry, block);
                item.line = aligned.then(|| lines.line_of(source.text, blocks[idx].start));
                emit(source, &channel, idx + 1, item, output);
            }
        }
        parsed => {
            let reason = match parsed {
                Err(error) => format!("feed could not be parsed ({error})"),
                Ok(_) => "feed parser found no items".to_string(),
            };
            if blocks.is_empty() {
                output.skip(
                    source
                        .diagnostic(None, format!("{reason}, and no <item> or <entry> was found")),
                );
                return;
            }
            output.warn(source.diagnostic(
                None,
                format!("{reason}; read its {} items with a lenient scan", blocks.len()),
            ));
            let channel = Channel {
                outlet: element_text(head, "title").map(|title| html_to_text(&title)),
                published: raw_date(head, FEED_DATE_ELEMENTS),
            };
            let mut lines = LineCounter::default();
            for (idx, range) in blocks.iter().enumerate() {
                let mut item = Item::scan(&source.text[range.clone()]);
                item.line = Some(lines.line_of(source.text, range.start));
                emit(source, &channel, idx + 1, item, output);
            }
        }
    }
}

/// Reads a JSON Feed (https://jsonfeed.org). Returns `false`, having done nothing, when
/// the document is not one, so the caller can read it as plain JSON articles instead.
pub(crate) fn read_json_feed(source: &Source<'_>, output: &mut FileOutput) -> bool {
    // Cheap test first: the caller parses other JSON documents itself.
    if !source.text.contains("jsonfeed.org") {
        return false;
    }
    let Ok(feed) = serde_json::from_str::<Value>(source.text) else { return false };
    let is_json_feed =
        feed.get("version").and_then(Value::as_str).is_some_and(|v| v.contains("jsonfeed.org"));
    if !is_json_feed {
        return false;
    }
    let Some(items) = feed.get("items").and_then(Value::as_array) else {
        output.skip(source.diagnostic(None, "JSON Feed has no \"items\" array"));
        return true;
    };
    let string = |value: &Value, key: &str| {
        value
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let channel = Channel {
        outlet: string(&feed, "title").map(|title| html_to_text(&title)),
        published: None,
    };
    let offsets = json_item_offsets(source.text);
    let mut lines = LineCounter::default();
    for (idx, value) in items.iter().enumerate() {
        let mut item = Item {
            title: string(value, "title"),
            link: string(value, "url").or_else(|| string(value, "external_url")),
            id: value.get("id").and_then(|id| match id {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }),
            line: offsets.get(idx).map(|&offset| lines.line_of(source.text, offset)),
            ..Item::default()
        };
        item.raw_dates.extend(string(value, "date_published"));
        if let Some(modified) = string(value, "date_modified") {
            item.modified = parse_published(&modified);
        }
        item.bodies.extend(string(value, "content_html").map(|html| html_to_text(&html)));
        item.bodies.extend(string(value, "content_text").map(|text| plain_text(&text)));
        item.bodies.extend(string(value, "summary").map(|text| html_to_text(&text)));
        emit(source, &channel, idx + 1, item, output);
    }
    true
}

/// Line numbers for offsets that only grow, counting each newline once: a feed has
/// thousands of items, and counting from the start for each would be quadratic.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    /// 0-based line of `offset`.
    newlines: u64,
}

impl LineCounter {
    fn line_of(&mut self, text: &str, offset: usize) -> u64 {
        let offset = offset.min(text.len());
        if offset < self.offset {
            *self = LineCounter::default();
        }
        let newlines = memchr::memchr_iter(b'\n', &text.as_bytes()[self.offset..offset]).count();
        self.newlines += newlines as u64;
        self.offset = offset;
        self.newlines + 1
    }
}

/// What a feed says about itself that its items inherit.
struct Channel {
    outlet: Option<String>,
    published: Option<Published>,
}

/// One item, from whichever parser read it, with its text already converted.
#[derive(Default)]
struct Item {
    title: Option<String>,
    link: Option<String>,
    id: Option<String>,
    /// Date strings as written in the file, best first.
    raw_dates: Vec<String>,
    /// The date feed-rs read, used when no raw date parses.
    parsed_date: Option<Published>,
    /// A last-modified date, used when there is no publication date.
    modified: Option<Published>,
    /// Plain-text candidates (content, description, summary); the longest wins.
    bodies: Vec<String>,
    line: Option<u64>,
}

impl Item {
    fn from_entry(entry: feed_rs::model::Entry, block: Option<&str>) -> Item {
        let mut bodies = Vec::new();
        if let Some((content, body)) =
            entry.content.as_ref().and_then(|content| Some((content, content.body.as_ref()?)))
        {
            bodies.push(fragment_to_text(body, content.content_type.as_str() == "text/plain"));
        }
        if let Some(summary) = &entry.summary {
            bodies.push(fragment_to_text(
                &summary.content,
                summary.content_type.as_str() == "text/plain",
            ));
        }
        let link = entry
            .links
            .iter()
            .find(|link| link.rel.as_deref().is_none_or(|rel| rel == "alternate"))
            .or(entry.links.first())
            .map(|link| link.href.clone());
        Item {
            title: entry.title.as_ref().map(|title| html_to_text(&title.content)),
            link,
            id: Some(entry.id).filter(|id| !id.trim().is_empty()),
            raw_dates: block.map(|block| raw_dates(block, ITEM_DATE_ELEMENTS)).unwrap_or_default(),
            parsed_date: entry.published.map(from_utc),
            modified: entry.updated.map(from_utc),
            bodies,
            line: None,
        }
    }

    /// Reads an item from its raw text, for feeds feed-rs rejected.
    fn scan(block: &str) -> Item {
        let mut bodies = Vec::new();
        for name in ["content:encoded", "content", "description", "summary"] {
            bodies.extend(element_text(block, name).map(|html| html_to_text(&html)));
        }
        // RSS writes the link as text, Atom as an `href`, preferably rel="alternate".
        let link =
            element_text(block, "link").filter(|link| !link.trim().is_empty()).or_else(|| {
                let tags = start_tags(block, "link");
                let alternate = tags.iter().find(|tag| {
                    attribute(tag, "rel").is_none_or(|rel| rel == "alternate")
                        && attribute(tag, "href").is_some()
                });
                alternate.or(tags.first()).and_then(|tag| attribute(tag, "href"))
            });
        Item {
            title: element_text(block, "title").map(|title| html_to_text(&title)),
            link,
            id: element_text(block, "guid").or_else(|| element_text(block, "id")),
            raw_dates: raw_dates(block, ITEM_DATE_ELEMENTS),
            bodies,
            ..Item::default()
        }
    }
}

/// Turns an item into an article, or skips it when it has no text.
fn emit(source: &Source<'_>, channel: &Channel, n: usize, item: Item, output: &mut FileOutput) {
    let Some(text) =
        item.bodies.into_iter().max_by_key(|text| text.chars().count()).filter(|t| !t.is_empty())
    else {
        output.skip(source.diagnostic(
            item.line,
            format!("feed item {n} has no text (no content or description)"),
        ));
        return;
    };
    // RSS guids are permalinks unless marked otherwise, so one can stand in for a link.
    let guid_link =
        item.id.as_deref().filter(|id| id.starts_with("http://") || id.starts_with("https://"));
    let link = item.link.filter(|link| !link.trim().is_empty()).or(guid_link.map(str::to_string));
    let outlet = channel
        .outlet
        .clone()
        .filter(|o| !o.is_empty())
        .or_else(|| source.outlet_hint.map(str::to_string));
    let mut article = Article::new(text, Provenance::record(source.path, n as u64))
        .with_url(link)
        .with_outlet(outlet)
        .with_title(item.title);
    article.source_id = item.id.map(|id| id.trim().to_string()).filter(|id| !id.is_empty());

    let from_raw = item.raw_dates.iter().find_map(|raw| parse_published(raw));
    let unreadable = || match item.raw_dates.first() {
        Some(raw) => format!("feed item {n}: could not read its date {raw:?}"),
        None => format!("feed item {n} has no publication date"),
    };
    if let Some(published) = from_raw.or(item.parsed_date) {
        article = article.with_published(published);
    } else if let Some(modified) = item.modified {
        output.warn(
            source.diagnostic(item.line, format!("{}; used its last-modified date", unreadable())),
        );
        article = article.with_published(modified);
    } else if let Some(feed_date) = channel.published {
        output
            .warn(source.diagnostic(item.line, format!("{}; used the feed's date", unreadable())));
        article = article.with_published(feed_date);
    } else if item.raw_dates.is_empty() {
        output.warn(source.diagnostic(item.line, unreadable()));
    } else {
        output.warn(
            source.diagnostic(item.line, format!("{}; no publication date found", unreadable())),
        );
    }
    output.articles.push(article);
}

/// The text with its XML declaration saying UTF-8. The caller has already decoded the
/// file, so a declared `ISO-8859-1` is stale, and the XML parser would decode the text a
/// second time by it and garble every accented letter.
fn with_utf8_declaration(text: &str) -> Cow<'_, str> {
    let start = text.len() - text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']).len();
    let Some(declaration) = text[start..].strip_prefix("<?xml") else { return Cow::Borrowed(text) };
    let Some(end) = declaration.find("?>") else { return Cow::Borrowed(text) };
    let declaration = &declaration[..end];
    let Some(encoding) = declaration.find("encoding") else { return Cow::Borrowed(text) };
    let value = &declaration[encoding..];
    let Some(quote_start) = value.find(['"', '\'']) else { return Cow::Borrowed(text) };
    let quote = value.as_bytes()[quote_start];
    let Some(quote_len) = value[quote_start + 1..].find(char::from(quote)) else {
        return Cow::Borrowed(text);
    };
    let name = &value[quote_start + 1..quote_start + 1 + quote_len];
    if name.eq_ignore_ascii_case("utf-8") {
        return Cow::Borrowed(text);
    }
    let name_start = start + 5 + encoding + quote_start + 1;
    Cow::Owned(format!("{}UTF-8{}", &text[..name_start], &text[name_start + name.len()..]))
}

fn to_utc(published: Published) -> DateTime<Utc> {
    let naive = published.date.and_time(published.time.unwrap_or(NaiveTime::MIN));
    let offset_seconds = published.offset.map_or(0, |offset| offset.local_minus_utc());
    DateTime::from_naive_utc_and_offset(
        naive - chrono::TimeDelta::seconds(offset_seconds.into()),
        Utc,
    )
}

fn from_utc(datetime: DateTime<Utc>) -> Published {
    Published::datetime(datetime.naive_utc(), FixedOffset::east_opt(0))
}

/// A fragment that says it is plain text is read as paragraphs, unless it plainly holds
/// markup anyway (feeds mislabel their content often).
fn fragment_to_text(body: &str, is_plain: bool) -> String {
    let looks_like_html =
        ["</", "<br", "<p>", "<p ", "&lt;", "&amp;", "&#"].iter().any(|m| body.contains(m));
    if is_plain && !looks_like_html { plain_text(body) } else { html_to_text(body) }
}

/// Paragraphs are separated by blank lines; single line breaks are wrapping.
fn plain_text(text: &str) -> String {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        for word in line.split_whitespace() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.join("\n\n")
}

/// The byte ranges of the `<item>` and `<entry>` elements, in order. An element whose
/// end tag is missing ends where the next one starts.
fn item_blocks(text: &str) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let mut open: Option<usize> = None;
    for tag in tags(text) {
        if tag.name != "item" && tag.name != "entry" {
            continue;
        }
        match (tag.closing, open) {
            (false, Some(start)) => {
                blocks.push(start..tag.start);
                open = Some(tag.start);
            }
            (false, None) => open = Some(tag.start),
            (true, Some(start)) => {
                blocks.push(start..tag.end);
                open = None;
            }
            (true, None) => {}
        }
    }
    if let Some(start) = open {
        blocks.push(start..text.len());
    }
    blocks
}

/// A start or end tag found by [`tags`].
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    start: usize,
    end: usize,
}

/// The tags of an XML text in order, skipping comments, CDATA sections, processing
/// instructions and declarations, so that markup inside CDATA is not mistaken for tags.
fn tags(text: &str) -> impl Iterator<Item = Tag<'_>> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let lt = pos + memchr::memchr(b'<', &bytes[pos..])?;
            let rest = &text[lt..];
            let skip_past = |end_marker: &str| {
                rest.find(end_marker).map_or(text.len(), |idx| lt + idx + end_marker.len())
            };
            if rest.starts_with("<![CDATA[") {
                pos = skip_past("]]>");
                continue;
            }
            if rest.starts_with("<!--") {
                pos = skip_past("-->");
                continue;
            }
            if rest.starts_with("<!") || rest.starts_with("<?") {
                pos = skip_past(">");
                continue;
            }
            let closing = rest.as_bytes().get(1) == Some(&b'/');
            let name_start = lt + 1 + usize::from(closing);
            let name_len = bytes[name_start..]
                .iter()
                .take_while(|b| !(b.is_ascii_whitespace() || matches!(b, b'>' | b'/' | b'<')))
                .count();
            if name_len == 0 {
                pos = lt + 1;
                continue;
            }
            let end = tag_end(bytes, name_start + name_len);
            pos = end;
            return Some(Tag {
                name: &text[name_start..name_start + name_len],
                closing,
                start: lt,
                end,
            });
        }
    })
}

/// The index just past the `>` closing a tag, skipping quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut pos = from;
    let mut quote = None;
    while pos < bytes.len() {
        match (bytes[pos], quote) {
            (b'>', None) => return pos + 1,
            (b'"' | b'\'', None) => quote = Some(bytes[pos]),
            (c, Some(q)) if c == q => quote = None,
            // A tag never spans a new `<` outside quotes; a malformed one ends there.
            (b'<', None) => return pos,
            _ => {}
        }
        pos += 1;
    }
    bytes.len()
}

/// The text of the first `<name>` element in `block`: CDATA kept as is, character
/// references decoded. `None` when absent or self-closing.
fn element_text(block: &str, name: &str) -> Option<String> {
    let mut tags = tags(block);
    let open = tags.find(|tag| !tag.closing && tag.name == name)?;
    if block[open.start..open.end].ends_with("/>") {
        return None;
    }
    // Without its end tag the element runs to the end of the item.
    let end = tags.find(|tag| tag.closing && tag.name == name).map_or(block.len(), |tag| tag.start);
    Some(xml_text(&block[open.end..end]).trim().to_string())
}

/// The start tags named `name` in `block`, as written.
fn start_tags<'a>(block: &'a str, name: &str) -> Vec<&'a str> {
    tags(block)
        .filter(|tag| !tag.closing && tag.name == name)
        .map(|tag| &block[tag.start..tag.end])
        .collect()
}

/// The value of attribute `name` in a start tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(idx) = rest.find(name) {
        let before_ok = idx > 0 && rest.as_bytes()[idx - 1].is_ascii_whitespace();
        let after = rest[idx + name.len()..].trim_start();
        rest = &rest[idx + name.len()..];
        let Some(value) = after.strip_prefix('=').map(str::trim_start).filter(|_| before_ok) else {
            continue;
        };
        let quote = value.chars().next()?;
        if quote == '"' || quote == '\'' {
            let end = value[1..].find(quote)?;
            return Some(xml_text(&value[1..1 + end]));
        }
    }
    None
}

/// Text content of XML: CDATA sections verbatim, references elsewhere decoded.
fn xml_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    loop {
        let (before, cdata) = match rest.find("<![CDATA[") {
            Some(idx) => (&rest[..idx], Some(&rest[idx + 9..])),
            None => (rest, None),
        };
        decode_references(before, &mut out);
        let Some(cdata) = cdata else { break };
        let end = cdata.find("]]>").unwrap_or(cdata.len());
        out.push_str(&cdata[..end]);
        rest = cdata.get(end + 3..).unwrap_or("");
    }
    out
}

fn decode_references(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_entity(rest) {
            // Only XML's own references are decoded here; an HTML one such as `&nbsp;`
            // belongs to escaped markup and is decoded with it.
            Some((decoded, len)) if rest.starts_with("&#") || is_xml_entity(&rest[..len]) => {
                out.push_str(&decoded);
                rest = &rest[len..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn is_xml_entity(reference: &str) -> bool {
    matches!(reference, "&amp;" | "&lt;" | "&gt;" | "&quot;" | "&apos;")
}

/// The date strings in `block`, in the order of `names`.
fn raw_dates(block: &str, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .filter_map(|name| element_text(block, name))
        .filter(|date| !date.is_empty())
        .collect()
}

fn raw_date(block: &str, names: &[&str]) -> Option<Published> {
    raw_dates(block, names).iter().find_map(|raw| parse_published(raw))
}

/// The byte offsets at which the objects of a JSON Feed's top-level `items` array start.
fn json_item_offsets(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut offsets = Vec::new();
    let mut depth = 0usize;
    let mut in_items = false;
    let mut last_key_is_items = false;
    let mut pos = 0;
    while pos < bytes.len() {
        match bytes[pos] {
            b'"' => {
                let start = pos + 1;
                pos = start;
                while pos < bytes.len() && bytes[pos] != b'"' {
                    pos += if bytes[pos] == b'\\' { 2 } else { 1 };
                }
                if depth == 1 {
                    last_key_is_items = &text[start..pos.min(text.len())] == "items";
                }
            }
            b'[' | b'{' => {
                if bytes[pos] == b'[' && depth == 1 && last_key_is_items {
                    in_items = true;
                } else if in_items && depth == 2 && bytes[pos] == b'{' {
                    offsets.push(pos);
                }
                depth += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    in_items = false;
                }
            }
            _ => {}
        }
        pos += 1;
    }
    offsets
}

#[cfg(test)]
mod tests;
