//! Tests of the feed readers, on fictional feeds shaped like real ones.

use expect_test::{Expect, expect};

use crate::{FileOutput, Source};

/// Renders what a reader produced, one field a line, for golden comparison.
fn render(output: &FileOutput) -> String {
    let mut rendered = String::new();
    for article in &output.articles {
        rendered.push_str(&format!(
            "{} title={:?} outlet={:?} url={:?} source_id={:?} published={}\n  {}\n",
            article.provenance,
            article.title,
            article.outlet,
            article.url,
            article.source_id,
            article.published.map_or("none".to_string(), |p| p.to_string()),
            article.text.replace("\n\n", "\n¶ ").replace('\n', "\n  "),
        ));
    }
    for skipped in &output.skipped {
        rendered.push_str(&format!("skipped: {skipped}\n"));
    }
    for warning in &output.warnings {
        rendered.push_str(&format!("warning: {warning}\n"));
    }
    rendered
}

fn check(path: &str, text: &str, outlet_hint: Option<&str>, expect: Expect) {
    let mut output = FileOutput::default();
    super::read(&Source { path, text, outlet_hint }, &mut output);
    expect.assert_eq(&render(&output));
}

fn check_json(path: &str, text: &str, expect: Expect) {
    let mut output = FileOutput::default();
    let is_feed =
        super::read_json_feed(&Source { path, text, outlet_hint: Some("hint") }, &mut output);
    expect.assert_eq(&format!("json feed: {is_feed}\n{}", render(&output)));
}

#[test]
fn rss2_with_cdata_content_malformed_dates_and_an_empty_item() {
    check(
        "feeds/ledger.xml",
        include_str!("../../tests/data/feed/rss2.xml"),
        None,
        expect![[r#"
        feeds/ledger.xml#1 title=Some("Harbour bridge reopens after storm repairs") outlet=Some("The Valley Ledger – News") url=Some("https://www.valleyledger.example/news/2026/03/05/harbour-bridge-reopens") source_id=Some("ledger-48211") published=2026-03-05T09:15:00+01:00
          The Harbour bridge in Port Elvin reopened to traffic on Thursday morning, six weeks after the February storm.
          ¶ “We are relieved,” said the harbour master. The repairs cost 4.2 million euros.
        feeds/ledger.xml#2 title=Some("Ferry workers announce strike over pay & hours") outlet=Some("The Valley Ledger – News") url=Some("https://www.valleyledger.example/news/2026/03/04/ferry-strike") source_id=Some("https://www.valleyledger.example/news/2026/03/04/ferry-strike") published=2026-03-04T17:40:00+01:00
          Ferry crews will walk out for 48 hours from 12 March, their union said.
          ¶ Talks broke down on Wednesday.
        feeds/ledger.xml#4 title=Some("Storm damage bill tops 30 million") outlet=Some("The Valley Ledger – News") url=Some("https://www.valleyledger.example/news/storm-damage") source_id=None published=2026-03-06T08:00:00+01:00
          The council published its estimate of the storm damage on Friday.
        skipped: feeds/ledger.xml:25: feed item 3 has no text (no content or description)
        warning: feeds/ledger.xml:31: feed item 4: could not read its date "sometime last week"; used the feed's date
    "#]],
    );
}

#[test]
fn atom_with_html_content() {
    check(
        "feeds/meridian.atom",
        include_str!("../../tests/data/feed/atom.xml"),
        None,
        expect![[r#"
        feeds/meridian.atom#1 title=Some("Drought forces water limits in three provinces") outlet=Some("Meridian Wire") url=Some("https://meridianwire.example/2026/07/21/drought-limits") source_id=Some("tag:meridianwire.example,2026:drought-limits") published=2026-07-21T16:40:00+02:00
          Authorities in three southern provinces ordered limits on water use on Tuesday.
          ¶ Fines start at 300 euros.
        feeds/meridian.atom#2 title=Some("Reservoir levels: a correction") outlet=Some("Meridian Wire") url=Some("https://meridianwire.example/2026/07/22/correction") source_id=Some("tag:meridianwire.example,2026:correction") published=2026-07-22T05:30:00+00:00
          An earlier version of this report gave the wrong level for the Alcor reservoir.
          ¶ It is at 18 percent of capacity, not 8 percent.
    "#]],
    );
}

#[test]
fn malformed_xml_is_recovered_item_by_item() {
    check(
        "feeds/herald.xml",
        include_str!("../../tests/data/feed/malformed.xml"),
        None,
        expect![[r#"
        feeds/herald.xml#1 title=Some("Fishing quota talks resume") outlet=Some("Coastal Herald") url=Some("https://herald.example/quota-talks") source_id=None published=2026-03-10T12:00:00+00:00
          Talks on next year's fishing quotas resumed in Brussels on Tuesday.
        feeds/herald.xml#2 title=Some("Lighthouse restored & reopened") outlet=Some("Coastal Herald") url=Some("https://herald.example/lighthouse") source_id=None published=2026-03-11T07:00:00+00:00
          The old lighthouse at Kell Point opened to visitors after a two-year restoration.
        feeds/herald.xml#3 title=Some("Harbour dredging starts") outlet=Some("Coastal Herald") url=Some("https://herald.example/dredging") source_id=None published=2026-03-09T09:15:00
          Dredgers began clearing silt from the harbour entrance on Monday.
        warning: feeds/herald.xml: feed could not be parsed (unable to parse XML: Parser error: ill-formed document: entity or character reference not closed: `;` not found before end of input); read its 3 items with a lenient scan
        warning: feeds/herald.xml:12: feed item 2 has no publication date; used the feed's date
    "#]],
    );
}

#[test]
fn json_feed() {
    check_json(
        "feeds/courier.json",
        include_str!("../../tests/data/feed/json_feed.json"),
        expect![[r#"
        json feed: true
        feeds/courier.json#1 title=Some("Council approves new tram line") outlet=Some("Northside Courier") url=Some("https://courier.example/local/tram-line-approved") source_id=Some("courier-9001") published=2026-02-17T19:30:00+01:00
          The city council voted 31 to 12 on Tuesday to build a tram line.
          ¶ Work starts next spring.
        feeds/courier.json#2 title=Some("Library extends opening hours") outlet=Some("Northside Courier") url=None source_id=Some("9002") published=2026-02-18
          The library will stay open until nine in the evening.
          ¶ The mobile library service will close.
        skipped: feeds/courier.json:20: feed item 3 has no text (no content or description)
        warning: feeds/courier.json:14: feed item 2 has no publication date; used its last-modified date
    "#]],
    );
}

#[test]
fn json_that_is_not_a_feed_is_left_alone() {
    check_json(
        "a.json",
        r#"{"version": "2", "items": []}"#,
        expect![[r#"
        json feed: false
    "#]],
    );
    check_json(
        "b.json",
        r#"[{"text": "x"}]"#,
        expect![[r#"
        json feed: false
    "#]],
    );
    check_json(
        "c.json",
        "not json",
        expect![[r#"
        json feed: false
    "#]],
    );
}

#[test]
fn rss1_rdf_with_dc_dates() {
    let rdf = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://gazette.example/">
    <title>Upland Gazette</title>
    <items><rdf:Seq><rdf:li rdf:resource="https://gazette.example/a"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://gazette.example/a">
    <title>Pass road closed by snow</title>
    <link>https://gazette.example/a</link>
    <description>The pass road will stay closed until Friday.</description>
    <dc:date>2026-01-14T06:30:00-05:00</dc:date>
  </item>
</rdf:RDF>"#;
    check(
        "rdf.rdf",
        rdf,
        None,
        expect![[r#"
        rdf.rdf#1 title=Some("Pass road closed by snow") outlet=Some("Upland Gazette") url=Some("https://gazette.example/a") source_id=None published=2026-01-14T06:30:00-05:00
          The pass road will stay closed until Friday.
    "#]],
    );
}

#[test]
fn unreadable_file_is_skipped_and_empty_feed_warned() {
    check(
        "notes.xml",
        "<notes><note>hello</note></notes>",
        Some("Folder Outlet"),
        expect![[r#"
        skipped: notes.xml: feed could not be parsed (unable to parse feed: no root element), and no <item> or <entry> was found
    "#]],
    );
    let empty = r#"<rss version="2.0"><channel><title>Quiet</title></channel></rss>"#;
    check(
        "empty.rss",
        empty,
        None,
        expect![[r#"
        warning: empty.rss: feed has no items
    "#]],
    );
}

#[test]
fn outlet_falls_back_to_the_hint() {
    let rss = r#"<rss version="2.0"><channel>
<item><title>Untitled feed item</title><guid>https://x.example/1</guid>
<pubDate>Wed, 30 Feb 2026 10:00:00 GMT</pubDate><description>Body text.</description></item>
</channel></rss>"#;
    check(
        "hinted.xml",
        rss,
        Some("Hint Outlet"),
        expect![[r#"
        hinted.xml#1 title=Some("Untitled feed item") outlet=Some("Hint Outlet") url=Some("https://x.example/1") source_id=Some("https://x.example/1") published=none
          Body text.
        warning: hinted.xml:2: feed item 1: could not read its date "Wed, 30 Feb 2026 10:00:00 GMT"; no publication date found
    "#]],
    );
}

#[test]
fn declared_encoding_does_not_garble_decoded_text() {
    // The file was already decoded to UTF-8 by the caller; the declaration is stale.
    let rss = r#"<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Le Café</title>
<item><title>Été</title><link>https://cafe.example/ete</link><description>Très chaud à Genève.</description></item>
</channel></rss>"#;
    check(
        "latin.xml",
        rss,
        None,
        expect![[r#"
        latin.xml#1 title=Some("Été") outlet=Some("Le Café") url=Some("https://cafe.example/ete") source_id=None published=none
          Très chaud à Genève.
        warning: latin.xml:2: feed item 1 has no publication date
    "#]],
    );
}

#[test]
fn files_reach_the_feed_readers_through_read_bytes() {
    let feeds = [
        ("a/rss2.xml", include_str!("../../tests/data/feed/rss2.xml")),
        ("a/atom.txt", include_str!("../../tests/data/feed/atom.xml")),
        ("a/courier.json", include_str!("../../tests/data/feed/json_feed.json")),
    ];
    for (path, text) in feeds {
        let output = crate::read_bytes(path, text.as_bytes(), None);
        let counts = (output.articles.len(), output.skipped.len());
        let expected = match path {
            "a/rss2.xml" => (3, 1),
            "a/atom.txt" => (2, 0),
            _ => (2, 1),
        };
        assert_eq!(counts, expected, "{path}: {output:?}");
        assert!(
            output
                .articles
                .iter()
                .all(|a| a.provenance.path == path && a.provenance.record.is_some())
        );
    }
}

#[test]
fn html_entities_that_xml_does_not_know() {
    // Real feeds write HTML entities straight into XML, undeclared; they must come out
    // decoded all the same.
    let rss = r#"<rss version="2.0"><channel><title>Caf&eacute; Society</title>
<item><title>Caf&eacute; closes</title><link>https://cafe.example/1</link>
<pubDate>Fri, 06 Mar 2026 18:00:00 +0100</pubDate>
<description>The caf&eacute; on Rue&nbsp;Haute closed on Friday &mdash; after 60 years.</description></item>
</channel></rss>"#;
    check(
        "entities.xml",
        rss,
        None,
        expect![[r#"
        entities.xml#1 title=Some("Café closes") outlet=Some("Café Society") url=Some("https://cafe.example/1") source_id=None published=2026-03-06T18:00:00+01:00
          The café on Rue Haute closed on Friday — after 60 years.
    "#]],
    );
}

#[test]
fn latin1_bytes_are_decoded_by_the_declared_encoding() {
    // Bytes as a Latin-1 server sends them: "Été", "Très chaud à Genève".
    let mut rss: Vec<u8> = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Le Caf\xe9</title>\n<item><title>\xc9t\xe9</title><link>https://cafe.example/ete</link><pubDate>Fri, 06 Mar 2026 18:00:00 +0100</pubDate><description>Tr\xe8s chaud \xe0 Gen\xe8ve.</description></item>\n</channel></rss>".to_vec();
    let output = crate::read_owned("latin1.xml", std::mem::take(&mut rss), None);
    assert!(output.warnings.is_empty(), "{:?}", output.warnings);
    assert_eq!(output.articles.len(), 1);
    assert_eq!(output.articles[0].title.as_deref(), Some("Été"));
    assert_eq!(output.articles[0].text, "Très chaud à Genève.");
    assert_eq!(output.articles[0].outlet.as_deref(), Some("Le Café"));
}

#[test]
fn undeclared_invalid_utf8_is_decoded_lossily_with_a_warning() {
    let rss = b"<rss version=\"2.0\"><channel><title>Caf\xe9</title><item><title>A</title><pubDate>Fri, 06 Mar 2026 18:00:00 +0100</pubDate><description>Tr\xe8s bien.</description></item></channel></rss>";
    let output = crate::read_bytes("plain.xml", rss, None);
    assert_eq!(output.articles.len(), 1);
    assert!(output.articles[0].text.contains('\u{fffd}'));
    assert!(output.warnings.iter().any(|w| w.to_string().contains("invalid UTF-8")));
}

#[test]
fn atom_entry_document_is_one_article() {
    let entry = r#"<?xml version="1.0" encoding="UTF-8"?>
<entry xmlns="http://www.w3.org/2005/Atom">
  <title>Water ban lifted</title>
  <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
  <updated>2026-03-13T08:30:00+01:00</updated>
  <content type="text">Tap water in Varnholt is safe to drink again, the water company said on Friday.</content>
</entry>"#;
    // No telling extension: the content alone says it is Atom.
    let output = crate::read_bytes("entry.dat", entry.as_bytes(), None);
    assert_eq!(output.articles.len(), 1, "{output:?}");
    assert_eq!(output.articles[0].title.as_deref(), Some("Water ban lifted"));
    assert!(output.articles[0].text.starts_with("Tap water in Varnholt"));
    assert_eq!(
        output.articles[0].published.map(|p| p.date.to_string()).as_deref(),
        Some("2026-03-13")
    );
}
