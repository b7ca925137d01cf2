//! The article model: what every reader produces and every later stage consumes.
//!
//! An [`Article`] is one news report: its text plus what is known about where it came
//! from (outlet, URL, title, publication time) and where Dateline read it (its
//! [`Provenance`]). Its [`ArticleId`] is derived from the URL when there is one and from
//! the normalized text otherwise, so the same report read from two files gets the same
//! id, and renaming a file never changes it.
//!
//! ```
//! use article::{Article, ArticleId, Provenance, Published};
//! let article = Article::new(
//!     "Macron met Putin on Monday.".to_string(),
//!     Provenance::file("samples/a.txt"),
//! )
//! .with_published(Published::date(chrono::NaiveDate::from_ymd_opt(2022, 2, 8).unwrap()));
//! assert_eq!(article.id, ArticleId::from_text("Macron  met Putin on Monday.\n"));
//! ```

use std::fmt;

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Serialize, Serializer};

/// A stable identifier: 16 hex digits of a 64-bit FNV-1a hash of the canonical URL, or of
/// the whitespace-normalized text when the article has no URL.
///
/// FNV-1a is used because its definition is fixed and tiny, so ids stay the same across
/// versions of Dateline and of its dependencies.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleId(pub u64);

impl ArticleId {
    /// The id of an article published at `url`. Scheme, `www.`, fragments, common
    /// tracking parameters and a trailing slash do not change it.
    pub fn from_url(url: &str) -> ArticleId {
        let mut hash = Fnv::new();
        hash.write(b"url:");
        hash.write(canonical_url(url).as_bytes());
        ArticleId(hash.finish())
    }

    /// The id of an article known only by its text. Runs of (ASCII) whitespace count as
    /// one space and leading and trailing whitespace is ignored, so re-wrapped copies
    /// agree.
    pub fn from_text(text: &str) -> ArticleId {
        ArticleId(text_fingerprint(text))
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl fmt::Debug for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ArticleId({self})")
    }
}

impl Serialize for ArticleId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Hash of the text with runs of ASCII whitespace collapsed to one space and leading and
/// trailing whitespace ignored; used for ids and exact-duplicate detection. Works on
/// bytes, so it runs at memory speed.
pub fn text_fingerprint(text: &str) -> u64 {
    let mut hash = Fnv::new();
    hash.write(b"text:");
    let mut pending_space = false;
    let mut started = false;
    for &byte in text.as_bytes() {
        if byte.is_ascii_whitespace() {
            pending_space = started;
            continue;
        }
        if pending_space {
            hash.write_byte(b' ');
            pending_space = false;
        }
        started = true;
        hash.write_byte(byte);
    }
    hash.finish()
}

/// The form of a URL used for identity: lowercase scheme-less host without `www.`,
/// path without trailing slash, query without `utm_*` and similar tracking parameters,
/// no fragment.
pub fn canonical_url(url: &str) -> String {
    let url = url.trim();
    let without_fragment = url.split('#').next().unwrap_or(url);
    let without_scheme = match without_fragment.find("://") {
        Some(idx) => &without_fragment[idx + 3..],
        None => without_fragment,
    };
    let (host_and_path, query) = match without_scheme.split_once('?') {
        Some((head, query)) => (head, Some(query)),
        None => (without_scheme, None),
    };
    let (host, path) = match host_and_path.find('/') {
        Some(idx) => (&host_and_path[..idx], &host_and_path[idx..]),
        None => (host_and_path, ""),
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let mut canonical = String::with_capacity(url.len());
    canonical.push_str(host);
    canonical.push_str(path.trim_end_matches('/'));
    if let Some(query) = query {
        let kept: Vec<&str> = query
            .split('&')
            .filter(|param| {
                let key = param.split('=').next().unwrap_or("");
                !(key.is_empty()
                    || key.starts_with("utm_")
                    || matches!(key, "fbclid" | "gclid" | "ref" | "cmpid" | "ncid" | "ito"))
            })
            .collect();
        if !kept.is_empty() {
            canonical.push('?');
            canonical.push_str(&kept.join("&"));
        }
    }
    canonical
}

/// 64-bit FNV-1a.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_byte(byte);
        }
    }

    #[inline]
    fn write_byte(&mut self, byte: u8) {
        self.0 ^= u64::from(byte);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// When an article was published: always a calendar day, and the time of day and the
/// zone offset when the source gave them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Published {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    /// Offset from UTC of `date` and `time`, when the source said.
    pub offset: Option<FixedOffset>,
}

impl Published {
    pub fn date(date: NaiveDate) -> Published {
        Published { date, time: None, offset: None }
    }

    pub fn datetime(datetime: NaiveDateTime, offset: Option<FixedOffset>) -> Published {
        Published { date: datetime.date(), time: Some(datetime.time()), offset }
    }
}

impl fmt::Display for Published {
    /// ISO 8601: `2022-02-08`, `2022-02-08T14:05:00` or `2022-02-08T14:05:00+01:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        if let Some(time) = self.time {
            write!(f, "T{}", time.format("%H:%M:%S"))?;
            if let Some(offset) = self.offset {
                write!(f, "{offset}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Where Dateline read an article: the file, and inside it the line (JSONL) or the record
/// number (feed item, 1-based) when the file holds several articles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Provenance {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
}

impl Provenance {
    pub fn file(path: impl Into<String>) -> Provenance {
        Provenance { path: path.into(), line: None, record: None }
    }

    pub fn line(path: impl Into<String>, line: u64) -> Provenance {
        Provenance { path: path.into(), line: Some(line), record: None }
    }

    pub fn record(path: impl Into<String>, record: u64) -> Provenance {
        Provenance { path: path.into(), line: None, record: Some(record) }
    }
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(record) = self.record {
            write!(f, "#{record}")?;
        }
        Ok(())
    }
}

/// Another place the same article was found: a syndicated copy or the same story read
/// from a second feed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Carrier {
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub provenance: Provenance,
}

/// One news report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Article {
    pub id: ArticleId,
    /// The identifier the source gave it, if any (a JSONL `id`, a feed `guid`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<Published>,
    pub text: String,
    pub provenance: Provenance,
    /// Other outlets and files that carried this same article (filled by deduplication).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_carried_by: Vec<Carrier>,
}

impl Article {
    /// An article with only text and provenance; its id comes from the text.
    pub fn new(text: String, provenance: Provenance) -> Article {
        Article {
            id: ArticleId::from_text(&text),
            source_id: None,
            outlet: None,
            url: None,
            title: None,
            published: None,
            text,
            provenance,
            also_carried_by: Vec::new(),
        }
    }

    /// Sets the URL, and with it the id.
    pub fn with_url(mut self, url: Option<String>) -> Article {
        if let Some(url) = url.as_deref().map(str::trim).filter(|url| !url.is_empty()) {
            self.id = ArticleId::from_url(url);
            self.url = Some(url.to_string());
        }
        self
    }

    pub fn with_outlet(mut self, outlet: Option<String>) -> Article {
        self.outlet = outlet.map(|o| o.trim().to_string()).filter(|o| !o.is_empty());
        self
    }

    pub fn with_title(mut self, title: Option<String>) -> Article {
        self.title = title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        self
    }

    pub fn with_published(mut self, published: Published) -> Article {
        self.published = Some(published);
        self
    }

    /// The name to cite the article by: its outlet, or failing that the host of its URL,
    /// or failing that its file name.
    pub fn source_label(&self) -> String {
        if let Some(outlet) = &self.outlet {
            return outlet.clone();
        }
        if let Some(url) = &self.url {
            let canonical = canonical_url(url);
            let host = canonical.split('/').next().unwrap_or("");
            if !host.is_empty() {
                return host.to_string();
            }
        }
        let path = self.provenance.path.as_str();
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let name = name.strip_suffix(".gz").unwrap_or(name);
        match name.rfind('.') {
            Some(dot) if dot > 0 => name[..dot].to_string(),
            _ => name.to_string(),
        }
    }

    /// Every outlet that carried this article, its own first, without repeats.
    pub fn outlets(&self) -> Vec<String> {
        let mut outlets = vec![self.source_label()];
        for carrier in &self.also_carried_by {
            let label = carrier.outlet.clone().unwrap_or_else(|| carrier.provenance.path.clone());
            if !outlets.contains(&label) {
                outlets.push(label);
            }
        }
        outlets
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_ids_ignore_tracking_and_scheme() {
        let a = ArticleId::from_url("https://www.Example.com/news/story-1/?utm_source=rss#top");
        let b = ArticleId::from_url("http://example.com/news/story-1");
        assert_eq!(a, b);
        let c = ArticleId::from_url("http://example.com/news/story-2");
        assert_ne!(a, c);
        assert_eq!(canonical_url("https://x.org/a?id=3&utm_medium=x"), "x.org/a?id=3");
    }

    #[test]
    fn text_ids_ignore_wrapping() {
        assert_eq!(ArticleId::from_text("a b\n c "), ArticleId::from_text(" a  b c"));
        assert_ne!(ArticleId::from_text("a b c"), ArticleId::from_text("a b d"));
        // The id is a fixed function of the text: stable across runs and versions.
        assert_eq!(
            ArticleId::from_text("a b c").to_string(),
            format!("{:016x}", text_fingerprint("a b c"))
        );
    }

    #[test]
    fn url_id_differs_from_text_id_of_same_string() {
        assert_ne!(ArticleId::from_url("abc"), ArticleId::from_text("abc"));
    }

    #[test]
    fn source_label_falls_back_to_host_then_file_stem() {
        let article = Article::new("x".into(), Provenance::file("data/samples/000_a63.txt"));
        assert_eq!(article.source_label(), "000_a63");
        let article = article.with_url(Some("https://www.agency.example/x".into()));
        assert_eq!(article.source_label(), "agency.example");
        let article = article.with_outlet(Some(" The Ledger ".into()));
        assert_eq!(article.source_label(), "The Ledger");
        let gz = Article::new("x".into(), Provenance::file("feeds/a.xml.gz"));
        assert_eq!(gz.source_label(), "a");
    }

    #[test]
    fn published_displays_iso() {
        let date = NaiveDate::from_ymd_opt(2022, 2, 8).unwrap();
        assert_eq!(Published::date(date).to_string(), "2022-02-08");
        let datetime = date.and_hms_opt(14, 5, 0).unwrap();
        let offset = FixedOffset::east_opt(3600);
        assert_eq!(Published::datetime(datetime, offset).to_string(), "2022-02-08T14:05:00+01:00");
    }
}
