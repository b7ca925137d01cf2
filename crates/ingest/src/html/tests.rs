//! Tests of the HTML reader, on fictional pages shaped like real news sites.

use expect_test::{Expect, expect};

use dom_smoothie::Readability;

use super::{PageMetadata, fallback_text, html_to_text, is_furniture_name};
use crate::{FileOutput, Source};

fn read_page(path: &str, html: &str, outlet_hint: Option<&str>) -> FileOutput {
    let mut output = FileOutput::default();
    super::read(&Source { path, text: html, outlet_hint }, &mut output);
    output
}

/// Renders what the reader produced, one field a line, for golden comparison.
fn render(output: &FileOutput) -> String {
    let mut rendered = String::new();
    for article in &output.articles {
        rendered.push_str(&format!(
            "provenance: {}\ntitle: {:?}\noutlet: {:?}\nurl: {:?}\npublished: {}\ntext:\n{}\n",
            article.provenance,
            article.title,
            article.outlet,
            article.url,
            article.published.map_or("none".to_string(), |p| p.to_string()),
            article.text,
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

fn check(path: &str, html: &str, outlet_hint: Option<&str>, expect: Expect) {
    expect.assert_eq(&render(&read_page(path, html, outlet_hint)));
}

#[test]
fn news_page_keeps_story_and_drops_page_furniture() {
    let html = include_str!("../../tests/data/html/news_page.html");
    let output = read_page("pages/bridge.html", html, Some("ledger-folder"));
    let article = &output.articles[0];
    for furniture in [
        "cookie",
        "Subscribe",
        "ADVERTISEMENT",
        "Related stories",
        "Ferry workers",
        "Commenter42",
        "All rights reserved",
    ] {
        assert!(!article.text.contains(furniture), "{furniture:?} in {:?}", article.text);
    }
    check(
        "pages/bridge.html",
        html,
        Some("ledger-folder"),
        expect![[r#"
            provenance: pages/bridge.html
            title: Some("Harbour bridge reopens after storm repairs")
            outlet: Some("The Valley Ledger")
            url: Some("https://www.valleyledger.example/news/2026/03/05/harbour-bridge-reopens")
            published: 2026-03-05T09:15:00+01:00
            text:
            The Harbour bridge in Port Elvin reopened to traffic on Thursday morning, six weeks after the February storm tore away part of its eastern railing and damaged two support cables.

            Engineers from the regional roads authority worked in shifts through the night to finish load tests, and the first buses crossed at 6 a.m. “We are relieved,” said the harbour master, Ines Dalgaard.

            Cost of the repairs

            The repairs cost 4.2 million euros, according to the council, which said it would ask the national government to cover half of the bill. Traffic & parking restrictions in the old town will be lifted on Monday.

            The bridge is safer now than it was before the storm.

            Residents of the northern districts had faced detours of up to forty minutes while the bridge was closed, and local shops reported falling trade.

            Bridge closed: 22 January

            Bridge reopened: 5 March
        "#]],
    );
}

#[test]
fn date_only_in_time_element_inside_the_article() {
    check(
        "date_in_time.html",
        include_str!("../../tests/data/html/date_in_time.html"),
        None,
        expect![[r#"
        provenance: date_in_time.html
        title: Some("Council approves new tram line")
        outlet: Some("Northside Courier")
        url: None
        published: 2026-02-17
        text:
        Published 17 February 2026

        The city council voted 31 to 12 on Tuesday evening to build a tram line between the central station and the university campus, ending a debate that has lasted almost a decade.

        Construction is expected to start next spring and take three years. The council estimates the cost at 180 million euros, two thirds of which would come from regional funds.

        Opponents said the money would be better spent on buses, which can be rerouted as the city grows, and warned that the works would block the main shopping street for months.
    "#]],
    );
}

#[test]
fn date_only_in_json_ld_graph() {
    check(
        "date_in_graph.html",
        include_str!("../../tests/data/html/date_in_graph.html"),
        None,
        expect![[r#"
        provenance: date_in_graph.html
        title: Some("Drought forces water limits in three provinces")
        outlet: Some("Meridian Wire")
        url: None
        published: 2026-07-21T16:40:00+02:00
        text:
        Authorities in three southern provinces ordered limits on water use on Tuesday as reservoirs fell to their lowest level in thirty years after months without significant rain.

        Households may no longer water gardens or fill swimming pools, and farmers face a quota cut by a quarter. Fines for breaking the rules start at 300 euros.

        Meteorologists expect no relief before September, when the autumn rains usually begin.
    "#]],
    );
}

#[test]
fn page_without_date_is_kept_with_a_warning() {
    check(
        "x/no_date.html",
        include_str!("../../tests/data/html/no_date.html"),
        Some("Town Crier"),
        expect![[r#"
        provenance: x/no_date.html
        title: Some("Library extends opening hours")
        outlet: Some("Town Crier")
        url: None
        published: none
        text:
        The municipal library will stay open until nine in the evening from next month, the culture department announced, after a survey found that most members wanted later hours.

        The longer hours will be paid for by closing the mobile library service, which had few users.
        warning: x/no_date.html: no publication date found
    "#]],
    );
}

#[test]
fn page_without_text_is_skipped() {
    check(
        "x/near_empty.html",
        include_str!("../../tests/data/html/near_empty.html"),
        None,
        expect![[r#"
        skipped: x/near_empty.html: no article text found in the page
    "#]],
    );
}

#[test]
fn fragments_become_paragraphs() {
    let check = |html: &str, expect: Expect| expect.assert_eq(&html_to_text(html));
    check(
        "<p>One  &amp;\n two</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul>",
        expect![[r#"
            One & two

            Three
            four

            a

            b"#]],
    );
    check(
        "Before<script>var x = '<p>no</p>';</script><style>p{}</style> after &lt;tag&gt; &#8220;q&#x201D; &bogus; a < b",
        expect!["Before after <tag> “q” &bogus; a < b"],
    );
    check(
        "<!-- c --><div><![CDATA[raw <b>]]></div><img alt='x > y' src=a>tail",
        expect![[r#"
        raw <b>

        tail"#]],
    );
    check("", expect![[r#""#]]);
    check(
        "<svg viewBox='0 0 1 1'/>Kept<iframe src=x></iframe> <title>Page</title>text",
        expect!["Kept text"],
    );
    check("Profits x<y and 3 <4", expect!["Profits x<y and 3 <4"]);
}

/// The metadata of a page built from `head` and `body`, as the reader would see it.
fn metadata(
    head: &str,
    body: &str,
) -> (Option<String>, Option<String>, Option<String>, Vec<String>) {
    let html = format!("<html><head>{head}</head><body>{body}</body></html>");
    let page = Readability::from(html.as_str());
    let metadata = PageMetadata::extract(&page);
    let title = metadata.title(metadata.outlet.as_deref());
    (title, metadata.outlet.clone(), metadata.url(), metadata.date_candidates)
}

#[test]
fn title_sources_in_order_and_site_name_stripped() {
    let og = r#"<meta property="og:title" content="From og - Daily Post"><meta property="og:site_name" content="Daily Post">"#;
    let json_ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>"#;
    let title = "<title>From title | Daily Post</title>";
    let h1 = "<h1>From h1</h1>";
    assert_eq!(metadata(&format!("{og}{json_ld}{title}"), h1).0.as_deref(), Some("From og"));
    assert_eq!(metadata(&format!("{json_ld}{title}"), h1).0.as_deref(), Some("From JSON-LD"));
    let site = r#"<meta name="application-name" content="Daily Post">"#;
    assert_eq!(metadata(&format!("{site}{title}"), h1).0.as_deref(), Some("From title"));
    // Only a suffix naming the site is dropped; a headline with a dash keeps it.
    let dashed = "<title>Strike ends - for now</title>";
    assert_eq!(
        metadata(&format!("{site}{dashed}"), h1).0.as_deref(),
        Some("Strike ends - for now")
    );
    assert_eq!(metadata("", h1).0.as_deref(), Some("From h1"));
    assert_eq!(metadata("", "<p>no title</p>").0, None);
}

#[test]
fn outlet_sources_in_order() {
    let json_ld = r#"<script type="application/ld+json">[{"@type":"WebPage"},{"@type":"BlogPosting","publisher":{"name":"LD Publisher"}}]</script>"#;
    let app = r#"<meta name="application-name" content="App Name">"#;
    let og = r#"<meta property="og:site_name" content="OG Site">"#;
    assert_eq!(metadata(&format!("{app}{json_ld}{og}"), "").1.as_deref(), Some("OG Site"));
    assert_eq!(metadata(&format!("{app}{json_ld}"), "").1.as_deref(), Some("LD Publisher"));
    assert_eq!(metadata(app, "").1.as_deref(), Some("App Name"));
    let main_entity = r#"<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","publisher":"Entity Press"}}</script>"#;
    assert_eq!(metadata(main_entity, "").1.as_deref(), Some("Entity Press"));
    let broken = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":\"Line\nBreak News\"}}</script>";
    assert_eq!(metadata(broken, "").1.as_deref(), Some("Line Break News"));
}

#[test]
fn url_prefers_canonical_and_resolves_relative_ones() {
    let og = r#"<meta property="og:url" content="https://news.example/a?utm_source=x">"#;
    let canonical = r#"<link rel="canonical" href="https://news.example/a">"#;
    let relative = r#"<link rel="canonical" href="/story/a">"#;
    assert_eq!(
        metadata(&format!("{og}{canonical}"), "").2.as_deref(),
        Some("https://news.example/a")
    );
    assert_eq!(
        metadata(&format!("{og}{relative}"), "").2.as_deref(),
        Some("https://news.example/story/a")
    );
    assert_eq!(metadata(relative, "").2, None);
    assert_eq!(metadata(og, "").2.as_deref(), Some("https://news.example/a?utm_source=x"));
}

#[test]
fn date_sources_in_order() {
    let dates = |head: &str, body: &str| metadata(head, body).3;
    let graph = r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-01-03"}]}</script>"#;
    let body = r#"<time datetime="2026-01-05">comment</time><article><time datetime="2026-01-04">x</time></article><span><time itemprop="datePublished">2 January 2026</time></span>"#;
    let expected = ["2026-01-01", "2026-01-03", "2 January 2026", "2026-01-04", "2026-01-05"];
    assert_eq!(
        dates(&format!(r#"<meta name="DC.date" content="2026-01-01">{graph}"#), body),
        expected
    );
    for name in ["sailthru.date", "parsely-pub-date", "pubdate", "date"] {
        let head = format!(r#"<meta name="{name}" content="2026-02-01T10:00:00Z">"#);
        assert_eq!(dates(&head, ""), ["2026-02-01T10:00:00Z"], "{name}");
    }
    // An unreadable date is reported, and a page without any kept.
    let html = r#"<html><head><meta name="pubdate" content="last Tuesday"></head><body><p>The ferry was late again on Tuesday, the third time this week.</p></body></html>"#;
    check(
        "late.html",
        html,
        None,
        expect![[r#"
        provenance: late.html
        title: None
        outlet: None
        url: None
        published: none
        text:
        The ferry was late again on Tuesday, the third time this week.
        warning: late.html: no publication date found (could not read "last Tuesday")
    "#]],
    );
}

#[test]
fn fallback_prefers_article_then_main_then_paragraphs() {
    let fallback = |body: &str| {
        let html = format!("<html><body>{body}</body></html>");
        fallback_text(&Readability::from(html.as_str()))
    };
    let found = fallback(
        "<main><p>Main text.</p><article><p>Short.</p></article><article><p>Longer article.</p></article></main>",
    );
    assert_eq!(found, Some(("Longer article.".to_string(), "<article>")));
    let found = fallback("<div><main><p>Main text.</p><p>More.</p></main></div>");
    assert_eq!(found, Some(("Main text.\n\nMore.".to_string(), "<main>")));
    let found = fallback("<div><p>One.</p></div><p>Two  lines\n here.</p>");
    assert_eq!(found, Some(("One.\n\nTwo lines here.".to_string(), "the page's <p> elements")));
    assert_eq!(fallback("<div>No paragraphs.</div>"), None);
    let found =
        fallback("<main><p>Seen.</p><p hidden>Unseen.</p><p style='display: none'>No.</p></main>");
    assert_eq!(found, Some(("Seen.".to_string(), "<main>")));
}

#[test]
fn furniture_wrapping_the_story_is_kept() {
    let html = r#"<html><body><div class="page-has-related"><h1>Dam opens</h1>
<p>The new dam on the river opened on Friday after four years of construction work by the state.</p>
<div class="related-links"><a href="/x">Older dam story</a></div></div></body></html>"#;
    let output = read_page("dam.html", html, None);
    assert!(output.articles[0].text.contains("four years"), "{:?}", output.articles[0].text);
    assert!(!output.articles[0].text.contains("Older dam"), "{:?}", output.articles[0].text);
}

#[test]
fn furniture_names() {
    for name in [
        "ad",
        "ad-slot",
        "adsbygoogle",
        "cookie-banner",
        "CookieConsent",
        "comments",
        "comment-list",
        "related-stories",
        "newsletter-signup",
        "share-buttons",
    ] {
        assert!(is_furniture_name(name), "{name}");
    }
    for name in
        ["headline", "add-to-list", "article-body", "commentary", "story", "shadow", "loading"]
    {
        assert!(!is_furniture_name(name), "{name}");
    }
}

#[test]
fn pages_reach_the_html_reader_through_read_bytes() {
    let output = crate::read_bytes(
        "site/bridge.htm",
        include_str!("../../tests/data/html/news_page.html").as_bytes(),
        None,
    );
    assert_eq!(output.articles.len(), 1, "{output:?}");
    assert_eq!(output.articles[0].provenance, article::Provenance::file("site/bridge.htm"));
}

#[test]
fn meta_charset_decides_how_bytes_are_decoded() {
    let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Caf\xe9 news</title></head><body><article><p>The caf\xe9 on the corner \x96 open since 1990 \x96 closed on Friday after a long dispute with its landlord over rent.</p></article></body></html>";
    let output = crate::read_bytes("cp1252.html", page, None);
    assert_eq!(output.articles.len(), 1, "{output:?}");
    assert!(output.articles[0].text.contains("The café on the corner – open since 1990"));
    assert!(
        output.warnings.iter().all(|w| !w.to_string().contains("UTF-8")),
        "{:?}",
        output.warnings
    );
}
