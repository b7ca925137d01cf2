//! Reads one saved HTML page as one article: the main text found by Readability, and the
//! title, outlet, URL and publication date from the page's metadata.
//!
//! The page is parsed once. Metadata is read from the parsed document before Readability
//! runs, because Readability rewrites the document as it goes. The article's HTML is
//! turned into plain text by [`html_to_text`], which the feed reader shares.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;

use article::{Article, Provenance};
use dom_smoothie::{Config, Readability};
use serde_json::Value;

use crate::dates::parse_published;
use crate::{FileOutput, Source};

/// Below this many characters Readability's pick is suspect (a caption, a teaser), and a
/// longer `<article>`, `<main>` or paragraph text is preferred.
const TOO_LITTLE_TEXT: usize = 200;

/// Meta tags that carry the publication date, best first. Keys are the lowercased
/// `property`, `name` or `itemprop` attribute.
const DATE_META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "datepublished",
];

pub(crate) fn read(source: &Source<'_>, output: &mut FileOutput) {
    let mut readability = Readability::from(source.text);
    let metadata = PageMetadata::extract(&readability);
    remove_page_furniture(&readability);
    // Readability rewrites the document, and a fallback needs the page as it was.
    let original =
        Readability { doc: readability.doc.clone(), doc_url: None, config: Config::default() };

    let mut readability_date = None;
    let mut text = String::new();
    let mut readability_problem = None;
    // A panic inside Readability on one odd page must not end the whole run; the page
    // then gets the same fallback as a failed parse.
    let parsed = std::panic::catch_unwind(AssertUnwindSafe(|| readability.parse()));
    match parsed {
        Ok(Ok(found)) => {
            text = html_to_text(&found.content);
            readability_date = found.published_time.clone();
            if text.chars().count() < TOO_LITTLE_TEXT {
                readability_problem = Some("Readability found too little text".to_string());
            }
        }
        Ok(Err(error)) => readability_problem = Some(format!("Readability failed ({error})")),
        Err(_) => readability_problem = Some("Readability crashed".to_string()),
    }
    if let Some(problem) = readability_problem {
        match fallback_text(&original) {
            // Twice as long, so that a short brief is not swapped for the same text plus
            // its headline and byline.
            Some((fallback, from)) if fallback.len() > 2 * text.len() => {
                output.warn(source.diagnostic(None, format!("{problem}; used the text of {from}")));
                text = fallback;
            }
            _ => {}
        }
    }
    if text.trim().is_empty() {
        output.skip(source.diagnostic(None, "no article text found in the page"));
        return;
    }

    let outlet = metadata.outlet.clone().or_else(|| source.outlet_hint.map(str::to_string));
    let title = metadata.title(outlet.as_deref());
    let mut article = Article::new(text, Provenance::file(source.path))
        .with_url(metadata.url())
        .with_outlet(outlet)
        .with_title(title);
    let candidates = metadata.date_candidates.iter().map(String::as_str);
    match candidates.chain(readability_date.as_deref()).find_map(parse_published) {
        Some(published) => article = article.with_published(published),
        None => {
            let message = match metadata.date_candidates.first() {
                Some(raw) => format!("no publication date found (could not read {raw:?})"),
                None => "no publication date found".to_string(),
            };
            output.warn(source.diagnostic(None, message));
        }
    }
    output.articles.push(article);
}

/// Removes elements that are never the story: navigation, and blocks whose class or id
/// names an ad slot, a cookie banner, reader comments, related stories or share buttons.
///
/// Readability drops most of these by itself, but not an ad slot or a newsletter box in
/// the middle of the story body, nor a comment section the page puts inside `<article>`.
fn remove_page_furniture(page: &Readability) {
    page.doc.select("nav, [role=navigation], [role=complementary]").remove();
    for element in page.doc.select("[class], [id]").iter() {
        let class = element.attr("class").unwrap_or_default();
        let id = element.attr("id").unwrap_or_default();
        if !class.split_whitespace().chain(id.split_whitespace()).any(is_furniture_name) {
            continue;
        }
        // A wrapper with an unlucky name ("page-has-related") may hold the story itself.
        let holds_story = element.is("html, body, main")
            || element.select("h1, main, [itemprop=articleBody]").exists();
        if !holds_story {
            element.remove();
        }
    }
}

fn is_furniture_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let name = name.as_str();
    const PREFIXES: &[&str] = &[
        "ad-",
        "ad_",
        "ads-",
        "ads_",
        "adslot",
        "adsbygoogle",
        "adunit",
        "dfp-",
        "gpt-ad",
        "sponsor",
        "promo",
        "newsletter",
        "related",
        "comment-",
        "comments-",
        "comment_",
        "social",
        "share",
        "outbrain",
        "taboola",
        "recirc",
        "most-read",
        "most-popular",
        "trending",
        "breadcrumb",
    ];
    const PARTS: &[&str] =
        &["advert", "cookie", "consent", "gdpr", "-related", "-comments", "disqus"];
    matches!(name, "ad" | "ads" | "comment" | "comments")
        || PREFIXES.iter().any(|prefix| name.starts_with(prefix))
        || PARTS.iter().any(|part| name.contains(part))
}

/// What the page says about itself, read before Readability alters the document.
#[derive(Debug, Default)]
struct PageMetadata {
    /// Raw date strings in order of trust: meta tags, JSON-LD, `<time>` elements.
    date_candidates: Vec<String>,
    og_title: Option<String>,
    json_ld_headline: Option<String>,
    html_title: Option<String>,
    first_h1: Option<String>,
    outlet: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
}

impl PageMetadata {
    fn extract(page: &Readability) -> PageMetadata {
        let doc = &page.doc;
        let mut meta: HashMap<String, String> = HashMap::new();
        for element in doc.select("meta").iter() {
            let Some(content) = element.attr("content") else { continue };
            let content = collapse_whitespace(&content);
            if content.is_empty() {
                continue;
            }
            for key_attr in ["property", "name", "itemprop"] {
                if let Some(key) = element.attr(key_attr) {
                    meta.entry(key.trim().to_ascii_lowercase()).or_insert_with(|| content.clone());
                }
            }
        }
        let json_ld = JsonLd::extract(
            doc.select("script")
                .iter()
                .filter(|script| {
                    let kind = script.attr("type").unwrap_or_default();
                    kind.to_ascii_lowercase().contains("ld+json")
                })
                .map(|script| script.text().to_string()),
        );

        let mut date_candidates: Vec<String> =
            DATE_META_KEYS.iter().filter_map(|key| meta.get(*key).cloned()).collect();
        date_candidates.extend(json_ld.date_published.iter().cloned());
        // A `<time>` marked as the publication date beats one merely inside the article,
        // which beats any other (a comment's or a related story's).
        let mut times: Vec<(u8, String)> = Vec::new();
        for time in doc.select("time").iter() {
            let marked =
                time.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
                    || time.has_attr("pubdate");
            let rank = if marked {
                0
            } else if time.is("article time") {
                1
            } else {
                2
            };
            let value = match time.attr("datetime") {
                Some(datetime) if !datetime.trim().is_empty() => datetime.trim().to_string(),
                _ if marked => collapse_whitespace(&time.text()),
                _ => continue,
            };
            times.push((rank, value));
        }
        times.sort_by_key(|(rank, _)| *rank);
        date_candidates.extend(times.into_iter().map(|(_, value)| value));

        let html_title =
            doc.select("head title").iter().next().or_else(|| doc.select("title").iter().next());
        let outlet = meta
            .get("og:site_name")
            .cloned()
            .or(json_ld.publisher)
            .or_else(|| meta.get("application-name").cloned());
        let canonical = doc
            .select("link")
            .iter()
            .find(|link| {
                link.attr("rel").is_some_and(|rel| {
                    rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))
                })
            })
            .and_then(|link| link.attr("href"))
            .map(|href| href.trim().to_string());
        PageMetadata {
            date_candidates,
            og_title: meta.get("og:title").cloned(),
            json_ld_headline: json_ld.headline,
            html_title: html_title.map(|title| collapse_whitespace(&title.text())),
            first_h1: doc.select("h1").iter().next().map(|h1| collapse_whitespace(&h1.text())),
            outlet,
            canonical,
            og_url: meta.get("og:url").cloned(),
        }
    }

    fn title(&self, site_name: Option<&str>) -> Option<String> {
        [&self.og_title, &self.json_ld_headline, &self.html_title, &self.first_h1]
            .into_iter()
            .flatten()
            .map(|title| strip_site_name(title, site_name))
            .find(|title| !title.is_empty())
    }

    /// The canonical link, else `og:url`. A relative canonical link is resolved against
    /// `og:url`'s origin, and dropped when it cannot be: a bare path would make articles
    /// from different sites look like one.
    fn url(&self) -> Option<String> {
        let absolute = |url: &str| url.contains("://");
        let og_url = self.og_url.as_deref().filter(|url| absolute(url));
        if let Some(canonical) = self.canonical.as_deref().filter(|url| !url.is_empty()) {
            if absolute(canonical) {
                return Some(canonical.to_string());
            }
            if let Some(rest) = canonical.strip_prefix("//") {
                return Some(format!("https://{rest}"));
            }
            if let (Some(path), Some(base)) = (canonical.strip_prefix('/'), og_url) {
                let scheme_end = base.find("://").map_or(0, |idx| idx + 3);
                let origin_end =
                    base[scheme_end..].find('/').map_or(base.len(), |idx| idx + scheme_end);
                return Some(format!("{}/{path}", &base[..origin_end]));
            }
        }
        og_url.map(str::to_string)
    }
}

/// What the JSON-LD blocks of a page say about its article.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
    publisher: Option<String>,
}

impl JsonLd {
    /// Reads the texts of the page's `application/ld+json` scripts.
    fn extract(blocks: impl Iterator<Item = String>) -> JsonLd {
        let mut found = JsonLd::default();
        for text in blocks {
            let text = text.trim();
            let text =
                text.strip_prefix("<![CDATA[").and_then(|t| t.strip_suffix("]]>")).unwrap_or(text);
            // The usual fault in real JSON-LD is a raw line break inside a string, which
            // reads fine as a space. Anything worse makes the block simply not evidence.
            let parsed = serde_json::from_str::<Value>(text).or_else(|_| {
                let repaired: String =
                    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
                serde_json::from_str::<Value>(&repaired)
            });
            let Ok(value) = parsed else { continue };
            let mut articles = Vec::new();
            collect_articles(&value, &mut articles);
            for article in articles {
                let string = |key: &str| match article.get(key) {
                    Some(Value::String(s)) if !s.trim().is_empty() => Some(collapse_whitespace(s)),
                    _ => None,
                };
                found.headline =
                    found.headline.or_else(|| string("headline")).or_else(|| string("name"));
                found.date_published = found.date_published.or_else(|| string("datePublished"));
                found.publisher =
                    found.publisher.or_else(|| publisher_name(article.get("publisher")));
            }
        }
        found
    }
}

/// Pushes the objects typed as an article, looking inside arrays and `@graph`.
fn collect_articles<'a>(value: &'a Value, articles: &mut Vec<&'a Value>) {
    match value {
        Value::Array(items) => items.iter().for_each(|item| collect_articles(item, articles)),
        Value::Object(object) => {
            for nested in ["@graph", "mainEntity"] {
                if let Some(value) = object.get(nested) {
                    collect_articles(value, articles);
                }
            }
            let is_article = |kind: &Value| {
                kind.as_str()
                    .is_some_and(|kind| kind.ends_with("Article") || kind.ends_with("BlogPosting"))
            };
            let typed_article = match object.get("@type") {
                Some(Value::Array(kinds)) => kinds.iter().any(is_article),
                Some(kind) => is_article(kind),
                None => false,
            };
            if typed_article {
                articles.push(value);
            }
        }
        _ => {}
    }
}

fn publisher_name(publisher: Option<&Value>) -> Option<String> {
    match publisher? {
        Value::String(name) => Some(collapse_whitespace(name)).filter(|n| !n.is_empty()),
        Value::Object(object) => publisher_name(object.get("name")),
        Value::Array(items) => items.iter().find_map(|item| publisher_name(Some(item))),
        _ => None,
    }
}

/// The text of the page's longest `<article>`, else its `<main>`, else all `<p>` in the
/// body, with a name for the warning.
fn fallback_text(page: &Readability) -> Option<(String, &'static str)> {
    let doc = &page.doc;
    // Readability ignores what the reader cannot see, and so does the fallback.
    doc.select("[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none']")
        .remove();
    let longest = |selector: &str| {
        doc.select(selector)
            .iter()
            .map(|element| html_to_text(&element.html()))
            .max_by_key(String::len)
            .filter(|text| !text.is_empty())
    };
    if let Some(text) = longest("article") {
        return Some((text, "<article>"));
    }
    if let Some(text) = longest("main") {
        return Some((text, "<main>"));
    }
    let paragraphs: Vec<String> = doc
        .select("body p")
        .iter()
        .map(|p| collapse_whitespace(&p.text()))
        .filter(|p| !p.is_empty())
        .collect();
    (!paragraphs.is_empty()).then(|| (paragraphs.join("\n\n"), "the page's <p> elements"))
}

/// Drops a trailing " | Site", " - Site" (and similar) when "Site" is the outlet's name.
fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let title = collapse_whitespace(title);
    let Some(site_name) = site_name.map(str::trim).filter(|s| !s.is_empty()) else {
        return title;
    };
    let separators = [" | ", " - ", " – ", " — ", " :: ", " · "];
    let stripped = separators.iter().find_map(|separator| {
        let (head, tail) = title.rsplit_once(separator)?;
        let head = head.trim();
        (tail.trim().eq_ignore_ascii_case(site_name) && !head.is_empty()).then(|| head.to_string())
    });
    stripped.unwrap_or(title)
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain text of an HTML fragment or page: tags dropped, entities decoded, whitespace
/// collapsed, and a blank line between paragraphs (a line break for `<br>`). Scripts,
/// styles and similar non-text elements are dropped with their content.
///
/// A single forward scan rather than a DOM: feed items carry fragments that are often not
/// well-formed, and this never needs more than one pass over the input.
pub fn html_to_text(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut text = TextBuilder::default();
    let mut pos = 0;
    while pos < bytes.len() {
        let Some(lt) = memchr::memchr(b'<', &bytes[pos..]).map(|idx| pos + idx) else {
            text.push_html_text(&html[pos..]);
            break;
        };
        text.push_html_text(&html[pos..lt]);
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            pos = rest.find("-->").map_or(bytes.len(), |end| lt + end + 3);
            continue;
        }
        if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let end = cdata.find("]]>").unwrap_or(cdata.len());
            text.push_html_text(&cdata[..end]);
            pos = (lt + 9 + end + 3).min(bytes.len());
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            pos = memchr::memchr(b'>', &bytes[lt..]).map_or(bytes.len(), |end| lt + end + 1);
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_'))
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            // A stray `<`, as in "a < b": it is text.
            text.push_char('<');
            pos = lt + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        if bytes[end - 1] != b'>' {
            // No `>` follows, so this is text such as "x<y", not a tag.
            text.push_char('<');
            pos = lt + 1;
            continue;
        }
        pos = end;
        let self_closing = bytes[..end].ends_with(b"/>");
        if !closing && !self_closing && is_dropped_element(&name) {
            pos = closing_tag_end(html, pos, &name);
            continue;
        }
        match name.as_str() {
            "br" => text.line_break(),
            "td" | "th" => text.space(),
            "tr" | "dt" | "dd" => text.line_break(),
            name if is_block_element(name) => text.paragraph_break(),
            _ => {}
        }
    }
    text.finish()
}

fn is_dropped_element(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "title"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "select"
    )
}

fn is_block_element(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "blockquote"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "main"
            | "figure"
            | "figcaption"
            | "table"
            | "caption"
            | "pre"
            | "hr"
            | "address"
            | "details"
            | "summary"
            | "form"
            | "fieldset"
    )
}

/// The index just past the `>` that ends the tag whose attributes start at `from`,
/// skipping `>` inside quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut pos = from;
    while pos < bytes.len() {
        match bytes[pos] {
            b'>' => return pos + 1,
            quote @ (b'"' | b'\'') => match memchr::memchr(quote, &bytes[pos + 1..]) {
                Some(end) => pos += end + 2,
                // An unclosed quote: fall back to the next `>` so the rest is not lost.
                None => {
                    return memchr::memchr(b'>', &bytes[pos..])
                        .map_or(bytes.len(), |end| pos + end + 1);
                }
            },
            _ => pos += 1,
        }
    }
    bytes.len()
}

/// The index just past `</name ...>` at or after `from`, or the end of the input.
fn closing_tag_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut pos = from;
    while let Some(idx) = memchr::memchr(b'<', &bytes[pos..]) {
        let lt = pos + idx;
        let candidate = &bytes[lt + 1..];
        if candidate.first() == Some(&b'/')
            && candidate.len() > name.len()
            && candidate[1..=name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return tag_end(bytes, lt + 1 + name.len());
        }
        pos = lt + 1;
    }
    bytes.len()
}

/// Accumulates text, collapsing whitespace and merging adjacent breaks so that the output
/// never starts or ends with a break and never has more than one blank line in a row.
#[derive(Default)]
struct TextBuilder {
    out: String,
    /// The strongest separator seen since the last character.
    pending: Separator,
}

#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Separator {
    #[default]
    None,
    Space,
    Line,
    Paragraph,
}

impl TextBuilder {
    fn separate(&mut self, separator: Separator) {
        self.pending = self.pending.max(separator);
    }

    fn space(&mut self) {
        self.separate(Separator::Space);
    }

    fn line_break(&mut self) {
        self.separate(Separator::Line);
    }

    fn paragraph_break(&mut self) {
        self.separate(Separator::Paragraph);
    }

    fn push_char(&mut self, c: char) {
        if c.is_whitespace() {
            self.space();
            return;
        }
        // Soft hyphens and zero-width characters are invisible in a browser.
        if matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}') {
            return;
        }
        if !self.out.is_empty() {
            match self.pending {
                Separator::None => {}
                Separator::Space => self.out.push(' '),
                Separator::Line => self.out.push('\n'),
                Separator::Paragraph => self.out.push_str("\n\n"),
            }
        }
        self.pending = Separator::None;
        self.out.push(c);
    }

    /// Pushes text that may hold character references.
    fn push_html_text(&mut self, text: &str) {
        let mut rest = text;
        while let Some(amp) = rest.find('&') {
            rest[..amp].chars().for_each(|c| self.push_char(c));
            rest = &rest[amp..];
            match decode_entity(rest) {
                Some((decoded, len)) => {
                    decoded.chars().for_each(|c| self.push_char(c));
                    rest = &rest[len..];
                }
                None => {
                    self.push_char('&');
                    rest = &rest[1..];
                }
            }
        }
        rest.chars().for_each(|c| self.push_char(c));
    }

    fn finish(self) -> String {
        self.out
    }
}

/// Decodes the character reference at the start of `input` (which starts with `&`),
/// returning the text and the number of bytes it took.
pub(crate) fn decode_entity(input: &str) -> Option<(String, usize)> {
    let body = &input[1..];
    let end = body.find(';').filter(|&end| end <= 32)?;
    let name = &body[..end];
    let len = end + 2;
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        let c = char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}');
        return Some((c.to_string(), len));
    }
    let decoded = match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "ensp" | "emsp" | "thinsp" => " ",
        "shy" => "\u{ad}",
        "mdash" => "—",
        "ndash" => "–",
        "minus" => "−",
        "hellip" => "…",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "laquo" => "«",
        "raquo" => "»",
        "lsaquo" => "‹",
        "rsaquo" => "›",
        "bull" => "•",
        "middot" => "·",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "times" => "×",
        "divide" => "÷",
        "plusmn" => "±",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "sect" => "§",
        "para" => "¶",
        "dagger" => "†",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "iexcl" => "¡",
        "iquest" => "¿",
        "aacute" => "á",
        "Aacute" => "Á",
        "agrave" => "à",
        "Agrave" => "À",
        "acirc" => "â",
        "auml" => "ä",
        "Auml" => "Ä",
        "atilde" => "ã",
        "aring" => "å",
        "aelig" => "æ",
        "ccedil" => "ç",
        "Ccedil" => "Ç",
        "eacute" => "é",
        "Eacute" => "É",
        "egrave" => "è",
        "Egrave" => "È",
        "ecirc" => "ê",
        "euml" => "ë",
        "iacute" => "í",
        "igrave" => "ì",
        "icirc" => "î",
        "iuml" => "ï",
        "ntilde" => "ñ",
        "Ntilde" => "Ñ",
        "oacute" => "ó",
        "Oacute" => "Ó",
        "ograve" => "ò",
        "ocirc" => "ô",
        "ouml" => "ö",
        "Ouml" => "Ö",
        "otilde" => "õ",
        "oslash" => "ø",
        "Oslash" => "Ø",
        "uacute" => "ú",
        "ugrave" => "ù",
        "ucirc" => "û",
        "uuml" => "ü",
        "Uuml" => "Ü",
        "szlig" => "ß",
        "scaron" => "š",
        "Scaron" => "Š",
        "zcaron" => "ž",
        "Zcaron" => "Ž",
        _ => return None,
    };
    Some((decoded.to_string(), len))
}

#[cfg(test)]
mod tests;
